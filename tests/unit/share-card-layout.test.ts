import { describe, expect, it } from 'vitest';
import {
  breakUnits,
  CARD_HEIGHT,
  CARD_WIDTH,
  layoutCard,
  textsToMeasure,
  type CardLayout,
  type CardText,
  type Measure,
  type TextBlock,
} from '~/lib/share-card-layout';

/**
 * A stand-in for the fonts: every character is 60 px wide at 100 px (bold) or 52 px (regular),
 * Lao combining marks take no room. It answers only for texts the layout announced in
 * textsToMeasure(), as the real renderer does.
 */
function standInMeasure(card: CardText): Measure {
  const announced = new Set(textsToMeasure(card).map(({ text, weight }) => `${weight} ${text}`));
  return (text, weight) => {
    if (!announced.has(`${weight} ${text}`)) throw new Error(`measured without notice: "${text}" (${weight})`);
    const chars = [...text].filter((char) => !/\p{M}/u.test(char)).length;
    return chars * (weight === 700 ? 60 : 52);
  };
}

const layout = (card: Partial<CardText> & { title: string }): CardLayout => {
  const full: CardText = { details: [], siteName: 'Learning Route Attapeu', ...card };
  return layoutCard(full, standInMeasure(full));
};

/** Width of a line in pixels with the stand-in fonts. */
const lineWidth = (line: string, block: TextBlock) =>
  ([...line].filter((char) => !/\p{M}/u.test(char)).length * (block.weight === 700 ? 60 : 52) * block.size) / 100;

const bottomOf = (block: TextBlock) => block.top + block.lines.length * block.size * block.lineHeight;

const blocksOf = (card: CardLayout) =>
  [card.kind, card.title, card.laoLabel, card.lao, card.details, card.summary].filter(
    (block): block is TextBlock => block !== undefined,
  );

describe('breakUnits', () => {
  it('breaks at spaces, and after hyphens, dashes and slashes', () => {
    expect(breakUnits('Pro-poor public–private  partners LAO/I28')).toEqual([
      { text: 'Pro-', join: '' },
      { text: 'poor', join: '' },
      { text: 'public–', join: ' ' },
      { text: 'private', join: '' },
      { text: 'partners', join: ' ' },
      { text: 'LAO/', join: ' ' },
      { text: 'I28', join: '' },
    ]);
  });

  it('breaks a run of Lao script between its words, where Lao writes no space', () => {
    const units = breakUnits('ເມືອງປາກຊ່ອງ (Paksong)');
    expect(units.length).toBeGreaterThan(2);
    expect(units.map((unit) => unit.text).join('')).toBe('ເມືອງປາກຊ່ອງ(Paksong)');
    expect(units.at(-1)).toEqual({ text: '(Paksong)', join: ' ' });
    // No piece starts with a combining vowel or tone mark: marks stay with their letter.
    expect(units.filter((unit) => /^\p{M}/u.test(unit.text))).toEqual([]);
  });
});

describe('layoutCard', () => {
  it('sets a short title large, on one line, under its kind, with the site name in the band', () => {
    const card = layout({ title: 'Houn', kind: 'Place' });
    expect(card.title.lines).toEqual(['Houn']);
    expect(card.title.size).toBe(72);
    expect(card.kind?.lines).toEqual(['Place']);
    expect(card.title.top).toBeGreaterThan(bottomOf(card.kind as TextBlock));
    expect(card.band.name.lines).toEqual(['Learning Route Attapeu']);
    expect(bottomOf(card.band.name)).toBeLessThanOrEqual(card.band.height);
    expect(card.titleShortened).toBe(false);
  });

  it('breaks a long title into balanced lines that fit the column, smaller when it must', () => {
    const card = layout({
      title: 'Enhancing farmers capabilities in coffee plantation and sales',
      kind: 'Innovation plan',
      details: ['2nd position'],
      picture: { width: 280, height: 330 },
    });
    const { lines } = card.title;
    expect(lines.join(' ')).toBe('Enhancing farmers capabilities in coffee plantation and sales');
    expect(lines.length).toBeGreaterThan(1);
    expect(card.title.size).toBeGreaterThan(40);
    for (const line of lines) expect(lineWidth(line, card.title)).toBeLessThanOrEqual(card.column.width);
    // Balanced: no line is less than half as long as the longest.
    const lengths = lines.map((line) => lineWidth(line, card.title));
    expect(Math.min(...lengths)).toBeGreaterThan(Math.max(...lengths) / 2);
  });

  it('keeps every block inside the card, below the band, one under the other', () => {
    const card = layout({
      title: 'Rural Livelihoods Improvement Programme (RLIP)',
      kind: 'Case study',
      pictogram: true,
      lao: { label: 'In Lao script', text: 'ອັດຕະປື' },
      details: ['Attapeu province', 'Since 1994'],
      picture: { width: 280, height: 330 },
    });
    const blocks = blocksOf(card);
    expect(blocks).toHaveLength(5);
    blocks.forEach((block, i) => {
      expect(block.top).toBeGreaterThanOrEqual(card.band.height);
      expect(bottomOf(block)).toBeLessThanOrEqual(CARD_HEIGHT);
      if (i > 0) expect(block.top).toBeGreaterThanOrEqual(bottomOf(blocks[i - 1] as TextBlock));
      for (const line of block.lines)
        expect(block.left + lineWidth(line, block)).toBeLessThanOrEqual(card.panel?.left ?? CARD_WIDTH);
    });
    expect(card.kind?.left).toBeGreaterThan(card.column.left);
    expect(card.pictogram).toMatchObject({ left: card.column.left, width: 40, height: 40 });
  });

  it('puts the picture in a panel on the right, in its own proportions, and narrows the text column', () => {
    const card = layout({ title: 'Houn', picture: { width: 280, height: 330 } });
    const { panel, picture } = card;
    expect(panel && picture).toBeTruthy();
    if (!panel || !picture) return;
    expect(panel.left + panel.width).toBeLessThanOrEqual(CARD_WIDTH);
    expect(panel.top + panel.height).toBeLessThanOrEqual(CARD_HEIGHT);
    expect(picture.width / picture.height).toBeCloseTo(280 / 330, 2);
    expect(picture.left).toBeGreaterThan(panel.left);
    expect(card.column.left + card.column.width).toBeLessThan(panel.left);
    expect(layout({ title: 'Houn' }).column.width).toBeGreaterThan(card.column.width);
  });

  it('breaks a Lao title between words, never inside one, and gives it taller lines', () => {
    const title = 'ເມືອງປາກຊ່ອງ ສະໜາມໄຊ ແຂວງອັດຕະປື ກາເຟ ຊີ້ນ ຫຼາ ເມືອງປາກຊ່ອງ ສະໜາມໄຊ ແຂວງອັດຕະປື';
    const card = layout({ title, picture: { width: 280, height: 330 } });
    const words = new Set(breakUnits(title).map((unit) => unit.text));
    expect(card.title.lines.length).toBeGreaterThan(1);
    for (const line of card.title.lines) {
      expect(line.split(' ').every((piece) => [...words].some((word) => piece.startsWith(word)))).toBe(true);
      expect(/^\p{M}/u.test(line)).toBe(false);
    }
    expect(card.title.lines.join('').replaceAll(' ', '')).toBe(title.replaceAll(' ', ''));
    expect(card.title.lineHeight).toBeGreaterThan(layout({ title: 'Houn' }).title.lineHeight);
  });

  it('cuts a word too long for any line into pieces that fit', () => {
    const word = 'Supercalifragilisticexpialidocious'.repeat(2);
    const card = layout({ title: word, picture: { width: 280, height: 330 } });
    expect(card.title.lines.length).toBeGreaterThan(1);
    expect(card.title.lines.join('')).toBe(word);
    for (const line of card.title.lines) expect(lineWidth(line, card.title)).toBeLessThanOrEqual(card.column.width);
  });

  it('sets a long title smaller rather than cutting it while the card has room', () => {
    const title =
      'Enhancing group organization and farmers knowledge in cardamom plantation in Sayaboury through farmers-to-farmers extension';
    const card = layout({
      title,
      kind: 'Innovation plan',
      details: ['3rd position'],
      picture: { width: 280, height: 330 },
    });
    expect(card.titleShortened).toBe(false);
    expect(card.title.lines.join(' ').replace('- ', '-')).toBe(title);
    expect(bottomOf(card.details as TextBlock)).toBeLessThanOrEqual(CARD_HEIGHT);
  });

  it('shortens a title too long for the card at its smallest size, with an ellipsis, and says so', () => {
    const title = Array.from({ length: 90 }, (_, i) => `word${i}`).join(' ');
    const card = layout({ title, kind: 'Lesson', details: ['Community level'] });
    expect(card.titleShortened).toBe(true);
    expect(card.title.size).toBe(40);
    expect(card.title.lines.at(-1)).toMatch(/…$/);
    expect(bottomOf(card.details as TextBlock)).toBeLessThanOrEqual(CARD_HEIGHT);
    for (const line of card.title.lines) expect(lineWidth(line, card.title)).toBeLessThanOrEqual(card.column.width);
  });

  it('joins details with a middle dot and wraps them between the items first', () => {
    const card = layout({ title: 'Organic coffee in Dakseum', details: ['Dakseum, Sanxay, Attapeu', 'Since 1994'] });
    expect(card.details?.lines).toEqual(['Dakseum, Sanxay, Attapeu · Since 1994']);
  });

  it('gives a summary the room under the title, in up to four lines', () => {
    const summary =
      'What participants said they would take home: lessons for the community, the private sector and the public sector, and on sharing risks and benefits.';
    const card = layout({ title: 'Lessons', summary });
    expect(card.summary?.lines.join(' ')).toBe(summary);
    expect(card.summary?.lines.length).toBeLessThanOrEqual(4);
    expect(card.summary?.top).toBeGreaterThan(bottomOf(card.title));
  });

  it('measures nothing it did not announce', () => {
    expect(() =>
      layout({
        title: 'A title – with/breaks',
        kind: 'Source',
        pictogram: true,
        lao: { label: 'In Lao script', text: 'ເມືອງຮຸນ' },
        details: ['One', 'Two three'],
        summary: 'A summary.',
        picture: { width: 1, height: 1 },
      }),
    ).not.toThrow();
  });
});
