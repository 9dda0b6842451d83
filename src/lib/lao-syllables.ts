// Reachable from astro.config.mjs (through lao.ts) and bundled for the browser: no imports, no Intl.
/**
 * A rule-based Lao syllable splitter. `Intl.Segmenter('lo')` splits words differently in Node and
 * in Chromium (their ICU dictionaries differ), so the search index and the search box would
 * disagree; these rules read only the Unicode structure of the script, so the result is the same
 * in every engine. No dictionary: it finds syllables, not words.
 */

/** Vowels written before the consonant they follow in speech: ເ ແ ໂ ໃ ໄ. */
const LEADING = /[\u0EC0-\u0EC4]/;
/** Consonants, with the combined ໜ ໝ and the rare ໞ ໟ. */
const CONSONANT = /[\u0E81-\u0EAE\u0EDC-\u0EDF]/;
/**
 * Signs that belong to the consonant before them: ັ, the vowels above and below, subscript ລ,
 * ຽ, tone marks and ໍ; and the vowels written after it, ະ າ ຳ. Code points, not a character
 * class: combining marks in a class read as if joined to their neighbours.
 */
const DEPENDENT = (char: string): boolean => {
  const code = char.charCodeAt(0);
  return (code >= 0x0eb0 && code <= 0x0ebd) || (code >= 0x0ec8 && code <= 0x0ecd);
};
/** Vowels after which a syllable is complete: ະ and ຳ take no final consonant. */
const CLOSING = /[\u0EB0\u0EB3]/;
/** Letters that spell part of a vowel after the consonant (ເ-ືອ, ົວ, ເ-ຍ, ຊ່ອງ). */
const VOWEL_LETTER = /[\u0EAD\u0EA7\u0E8D]/;
/** Final consonants: ກ ງ ຍ ດ ນ ບ ມ ວ. */
const FINAL = /[\u0E81\u0E87\u0E8D\u0E94\u0E99\u0E9A\u0EA1\u0EA7]/;
/** Second letters of a cluster after any consonant: ລ ວ ຣ. */
const CLUSTER = /[\u0EA5\u0EA7\u0EA3]/;
/** Sonorants that ຫ can lead (ຫລ, ຫນ, ຫມ …), as the combined ໜ ໝ do. */
const SONORANT = /[\u0E87\u0E8D\u0E99\u0EA1\u0EA3\u0EA5\u0EA7]/;
const HO = '\u0EAB';
const AI = /[\u0EC3\u0EC4]/;
const LAO = /[\u0E80-\u0EFF]/;

function is(pattern: RegExp | ((char: string) => boolean), char: string | undefined): boolean {
  if (char === undefined) return false;
  return typeof pattern === 'function' ? pattern(char) : pattern.test(char);
}

/** Length of the syllable that starts at `start` (at least one character). */
function syllableLength(text: string, start: number): number {
  let i = start;
  const leading = is(LEADING, text[i]) ? text[i++] : undefined;
  if (!is(CONSONANT, text[i])) return Math.max(1, i - start);
  const initial = text[i++];
  // A second consonant joins the first only when a vowel sign follows it: ຫລາ, ຂວາ.
  const second = text[i];
  if (is(DEPENDENT, text[i + 1]) && (is(CLUSTER, second) || (initial === HO && is(SONORANT, second)))) i++;
  let closed = is(AI, leading);
  let followingVowel = false;
  while (is(DEPENDENT, text[i])) {
    if (is(CLOSING, text[i])) closed = true;
    if (text[i] === '\u0EB2') followingVowel = true;
    i++;
  }
  if (closed) return i - start;
  // A letter is this syllable's when no vowel sign follows it: then it cannot start the next one.
  const takes = (pattern: RegExp): boolean => is(pattern, text[i]) && !is(DEPENDENT, text[i + 1]);
  if (!followingVowel && takes(VOWEL_LETTER)) i++;
  if (takes(FINAL)) i++;
  return i - start;
}

/** Splits a run of Lao letters (no spaces) into syllables; joined, they give the run back. */
export function laoSyllables(run: string): string[] {
  const syllables: string[] = [];
  for (let i = 0; i < run.length;) {
    const length = syllableLength(run, i);
    syllables.push(run.slice(i, i + length));
    i += length;
  }
  return syllables;
}

/**
 * Puts a space between the Lao syllables of a text, so an index or a query that splits on
 * spaces sees each syllable. A zero-width space becomes a space (Pagefind does not split on it);
 * anything else that is not Lao script is left as it is.
 */
export function spaceLaoSyllables(text: string): string {
  let out = '';
  let run = '';
  const flush = (): void => {
    if (run) out += laoSyllables(run).join(' ');
    run = '';
  };
  for (const char of text) {
    if (LAO.test(char)) run += char;
    else {
      flush();
      out += char === '\u200B' ? ' ' : char;
    }
  }
  flush();
  return out;
}

/**
 * Closes up the spaces the index put between Lao syllables, in an excerpt (HTML with `<mark>`s).
 * Pagefind turns every kind of space into a plain one, so a space the page itself had between two
 * Lao words is closed up too: Lao on this site is names, written without spaces.
 */
export function joinLaoSyllables(html: string): string {
  return html.replace(/(?<=[\u0E80-\u0EFF](?:<\/mark>)?) (?=(?:<mark>)?[\u0E80-\u0EFF])/g, '');
}
