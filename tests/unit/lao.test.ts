import { describe, expect, it } from 'vitest';
import { containsLao, segmentLaoWords, splitLaoRuns } from '~/lib/lao';
import { rehypeLaoLang } from '~/markdown/rehype-lao-lang';

describe('containsLao', () => {
  it('is true for Lao script and false for Latin and Thai', () => {
    expect(containsLao('Sanxay (ສານໄຊ)')).toBe(true);
    expect(containsLao('Sanxay')).toBe(false);
    expect(containsLao('ไทย')).toBe(false);
  });
});

describe('splitLaoRuns', () => {
  it('keeps every character and marks the Lao runs', () => {
    const pieces = splitLaoRuns('District ສານໄຊ, province ອັດຕະປື.');
    expect(pieces.map((p) => p.text).join('')).toBe('District ສານໄຊ, province ອັດຕະປື.');
    expect(pieces.filter((p) => p.lao).map((p) => p.text)).toEqual(['ສານໄຊ', 'ອັດຕະປື']);
  });

  it('keeps Lao words separated by spaces in one run', () => {
    expect(splitLaoRuns('ແຂວງ ອັດຕະປື')).toEqual([{ text: 'ແຂວງ ອັດຕະປື', lao: true }]);
  });

  it('returns plain text as one piece', () => {
    expect(splitLaoRuns('Attapeu')).toEqual([{ text: 'Attapeu', lao: false }]);
  });
});

describe('segmentLaoWords', () => {
  it('splits a run of Lao syllables so a space-splitting index can find each', () => {
    // "ແຂວງອັດຕະປື" is "province" + "Attapeu" written without a space, as Lao is.
    const segmented = segmentLaoWords('ແຂວງອັດຕະປື');
    expect(segmented).toBe('ແຂວງ ອັດ ຕະ ປື');
  });

  it('leaves Latin text untouched', () => {
    expect(segmentLaoWords('Organic coffee, Dakseum')).toBe('Organic coffee, Dakseum');
  });
});

describe('rehypeLaoLang', () => {
  const text = (value: string) => ({ type: 'text', value });

  it('wraps Lao runs in a span with lang="lo"', () => {
    const tree = {
      type: 'root',
      children: [{ type: 'element', tagName: 'p', properties: {}, children: [text('Sanxay (ສານໄຊ)')] }],
    };
    rehypeLaoLang()(tree);
    expect(tree.children[0]?.children).toEqual([
      text('Sanxay ('),
      { type: 'element', tagName: 'span', properties: { lang: 'lo' }, children: [text('ສານໄຊ')] },
      text(')'),
    ]);
  });

  it('leaves text alone inside an element that already says lang="lo"', () => {
    const inner = { type: 'element', tagName: 'span', properties: { lang: 'lo' }, children: [text('ສານໄຊ')] };
    const tree = { type: 'root', children: [inner] };
    rehypeLaoLang()(tree);
    expect(tree.children[0]).toEqual(inner);
  });
});
