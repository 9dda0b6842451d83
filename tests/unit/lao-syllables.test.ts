import { describe, expect, it } from 'vitest';
import { laoSyllables, spaceLaoSyllables } from '~/lib/lao-syllables';

// Names as the site writes them, with the syllables a Lao reader would see in them.
const WORDS: [string, string[]][] = [
  ['ແຂວງອັດຕະປື', ['ແຂວງ', 'ອັດ', 'ຕະ', 'ປື']],
  ['ອັດຕະປື', ['ອັດ', 'ຕະ', 'ປື']],
  ['ອຸດົມໄຊ', ['ອຸ', 'ດົມ', 'ໄຊ']],
  ['ຈຳປາສັກ', ['ຈຳ', 'ປາ', 'ສັກ']],
  ['ໄຊຍະບູລີ', ['ໄຊ', 'ຍະ', 'ບູ', 'ລີ']],
  ['ເມືອງປາກຊ່ອງ', ['ເມືອງ', 'ປາກ', 'ຊ່ອງ']],
  ['ສານໄຊ', ['ສານ', 'ໄຊ']],
  ['ເມືອງຫລາ', ['ເມືອງ', 'ຫລາ']],
  ['ເມືອງຮຸນ', ['ເມືອງ', 'ຮຸນ']],
  ['ສະໜາມໄຊ', ['ສະ', 'ໜາມ', 'ໄຊ']],
  ['ພູພຽງບໍລະເວນ', ['ພູ', 'ພຽງ', 'ບໍ', 'ລະ', 'ເວນ']],
  ['ຫຼາ', ['ຫຼາ']],
];

describe('laoSyllables', () => {
  for (const [word, syllables] of WORDS) {
    it(`splits ${word} as ${syllables.join('|')}`, () => {
      expect(laoSyllables(word)).toEqual(syllables);
    });
  }

  it('keeps clusters whole: ຫ + sonorant, consonant + ວ, and ວ as a vowel', () => {
    expect(laoSyllables('ຂວາ')).toEqual(['ຂວາ']);
    expect(laoSyllables('ກວ້າງ')).toEqual(['ກວ້າງ']);
    expect(laoSyllables('ຄວນ')).toEqual(['ຄວນ']);
    expect(laoSyllables('ປະເທດລາວ')).toEqual(['ປະ', 'ເທດ', 'ລາວ']);
  });

  it('never loses or reorders a character, whatever the input', () => {
    const inputs = [...WORDS.map(([word]) => word), 'ໆ໑໒', 'ເ', 'ັ', 'ກກກ', 'ເເກ່່າາ'];
    // Every Lao code point, then every pair of them: sequences no dictionary would allow.
    const all = Array.from({ length: 0x80 }, (_, i) => String.fromCharCode(0x0e80 + i));
    inputs.push(all.join(''), ...all.flatMap((a) => all.map((b) => a + b)));
    for (const input of inputs) {
      const syllables = laoSyllables(input);
      expect(syllables.join('')).toBe(input);
      expect(syllables.every((s) => s.length > 0)).toBe(true);
    }
  });
});

describe('spaceLaoSyllables', () => {
  it('spaces the syllables of Lao runs and leaves the rest as it is', () => {
    expect(spaceLaoSyllables('Attapeu (ແຂວງອັດຕະປື), Sanxay ສານໄຊ.')).toBe('Attapeu (ແຂວງ ອັດ ຕະ ປື), Sanxay ສານ ໄຊ.');
  });

  it('leaves Latin text untouched', () => {
    const latin = 'Organic coffee, Dakseum — Xaignabouli <p class="x">"café"</p>\n';
    expect(spaceLaoSyllables(latin)).toBe(latin);
  });

  it('turns a zero-width space between Lao words into a space, which Pagefind splits on', () => {
    expect(spaceLaoSyllables('ສານ\u200Bໄຊ')).toBe('ສານ ໄຊ');
  });

  it('gives the same text whatever it is split from: the index and the search box agree', () => {
    // The indexer sees the whole page, the search box only the query.
    const page = spaceLaoSyllables('<h1>Attapeu</h1><p>ແຂວງອັດຕະປື</p>');
    expect(page).toContain(spaceLaoSyllables('ອັດຕະປື'));
  });
});
