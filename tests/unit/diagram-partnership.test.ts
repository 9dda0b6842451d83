import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  DIAGRAM_WIDTH,
  renderPartnershipDiagram,
  textWidth,
  wrapText,
  type DiagramActor,
  type PartnershipDiagramInput,
} from '~/lib/diagram/partnership';

const group: DiagramActor = { sector: 'community', tag: 'Community', name: "Organic Asparagus Producers' Group" };
const swift: DiagramActor = { sector: 'private', tag: 'Private', name: 'Swift Co.' };
const rlip: DiagramActor = { sector: 'public', tag: 'Public', name: 'RLIP' };
const unnamed: DiagramActor = {
  sector: 'private',
  tag: 'Private',
  name: 'Private companies',
  unknown: 'not named in the sources',
};

const input = (links: PartnershipDiagramInput['links']): PartnershipDiagramInput => ({
  id: 'pd',
  title: 'Partnership diagram: the group and its partners',
  desc: 'The full list follows the diagram.',
  centre: group,
  links,
});

/** Text content of the SVG's <text> elements, in document order. */
const texts = (svg: string) =>
  [...svg.matchAll(/<text\b[^>]*>(.*?)<\/text>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );

/** The group of the first box of a side, e.g. `boxOf(svg, 'public')`. */
const boxOf = (svg: string, sector: string) =>
  new RegExp(`<g class="pd-box pd-${sector}[^"]*">.*?</g>`).exec(svg)?.[0] ?? '';

/** Start tags of an element, e.g. all <line> tags. */
const tags = (svg: string, name: string) => [...svg.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map((m) => m[0]);

describe('wrapText', () => {
  it('wraps at word boundaries within the width', () => {
    const lines = wrapText('supports the group’s rural business with training and advice', 100, 11.5);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 11.5)).toBeLessThanOrEqual(100);
    expect(lines.join(' ')).toBe('supports the group’s rural business with training and advice');
  });

  it('ends with an ellipsis past the line limit and cuts a word too long for the line', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 40, 12, { maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    const cut = wrapText('Supercalifragilistic', 50, 12);
    expect(cut.length).toBeGreaterThan(1);
    expect(cut[0]).toMatch(/-$/);
  });
});

describe('renderPartnershipDiagram', () => {
  const { svg, width, height } = renderPartnershipDiagram(
    input([
      { actor: swift, label: 'buys the organic asparagus directly' },
      { actor: rlip, label: 'supports the group’s rural business' },
    ]),
  );

  it('is an image named by its title and description', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="pd-title pd-desc"/);
    expect(svg).toContain('<title id="pd-title">Partnership diagram: the group and its partners</title>');
    expect(svg).toContain('<desc id="pd-desc">The full list follows the diagram.</desc>');
    expect(width).toBe(DIAGRAM_WIDTH);
    expect(svg).toContain(`viewBox="0 0 ${DIAGRAM_WIDTH} ${height}"`);
  });

  it('tells the sides apart by shape and tag, not colour alone', () => {
    // Public: square corners; private: cut corners (a path); community: round corners.
    const outline = (sector: string) => /^<g class="pd-box pd-(\w+)[^"]*">(<\w+[^>]*>)/.exec(boxOf(svg, sector))?.[2];
    expect(outline('public')).toMatch(/^<rect /);
    expect(outline('public')).not.toMatch(/rx=/);
    expect(outline('private')).toMatch(/^<path /);
    expect(outline('community')).toMatch(/^<rect [^>]*rx="/);
    expect(texts(svg)).toEqual(expect.arrayContaining(['PUBLIC', 'PRIVATE', 'COMMUNITY', 'Swift Co.', 'RLIP']));
  });

  it('draws public partners above the group and private ones below, one labelled line each', () => {
    const yOf = (name: string) => Number(new RegExp(`y="([\\d.]+)">${name}`).exec(svg)?.[1] ?? Number.NaN);
    expect(yOf('RLIP')).toBeLessThan(yOf('Organic Asparagus Producers'));
    expect(yOf('Swift Co.')).toBeGreaterThan(yOf('RLIP'));
    expect(tags(svg, 'path').filter((tag) => tag.includes('pd-link'))).toHaveLength(2);
    expect(texts(svg).join(' ')).toContain('buys the organic asparagus directly');
  });

  it('writes no style attribute or element, and every element carries a class or is structural', () => {
    expect(svg).not.toMatch(/style[=>]/);
    for (const tag of [...tags(svg, 'rect'), ...tags(svg, 'path'), ...tags(svg, 'text')]) {
      expect(tag).toMatch(/class="pd-/);
    }
  });

  it('draws an unnamed partner with a dashed outline and says it is not named', () => {
    const drawn = renderPartnershipDiagram(input([{ actor: unnamed, label: 'buy the textiles' }])).svg;
    const outline = tags(boxOf(drawn, 'private'), 'path')[0];
    expect(outline).toContain('pd-unknown');
    expect(outline).toContain('stroke-dasharray');
    expect(texts(drawn).join(' ')).toContain('not named in the sources');
    // A named partner is drawn solid.
    expect(tags(boxOf(svg, 'private'), 'path')[0]).not.toContain('stroke-dasharray');
  });

  it('escapes names and keeps text inside the picture', () => {
    const drawn = renderPartnershipDiagram(
      input([{ actor: { ...swift, name: 'A & B <Trading>' }, label: 'buys "all" of it' }]),
    ).svg;
    expect(drawn).toContain('A &amp; B &lt;Trading&gt;');
    expect(drawn).toContain('buys &quot;all&quot; of it');
    for (const x of [...drawn.matchAll(/ x="([\d.]+)"/g)].map((m) => Number(m[1]))) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(DIAGRAM_WIDTH);
    }
  });

  it('stays small enough to inline', () => {
    const rows = renderPartnershipDiagram(
      input([
        { actor: rlip, label: 'IFAD’s partner since 1978; RLIP grew out of their partnership' },
        { actor: { ...rlip, name: 'IFAD' }, label: 'the Lao government’s partner since 1978' },
        { actor: swift, label: 'buys' },
        { actor: unnamed, label: 'buy' },
        { actor: { ...group, name: 'Coffee group, Dakseum' }, label: 'gets support' },
      ]),
    ).svg;
    expect(gzipSync(rows).length).toBeLessThan(2000);
  });

  it('refuses more partners on a side than fit, naming them', () => {
    const four = ['A', 'B', 'C', 'D'].map((name) => ({ actor: { ...rlip, name }, label: 'supports' }));
    expect(() => renderPartnershipDiagram(input(four))).toThrow(/at most 3 public partners.*A, B, C, D/);
  });
});
