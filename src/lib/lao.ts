// Reachable from astro.config.mjs (and plain Node in the bench): no `~/` alias; relative imports only, with .ts extensions.
/**
 * Lao script helpers. Lao text must carry `lang="lo"` so screen readers switch voice and the
 * browser picks a Lao font; Pagefind does not split Lao into words, so text is segmented for it.
 */
import { spaceLaoSyllables } from './lao-syllables.ts';

/** Unicode block of the Lao script. */
const LAO_RUN = /[\u0E80-\u0EFF]+(?:[\s\u200B]+[\u0E80-\u0EFF]+)*/g;
const HAS_LAO = /[\u0E80-\u0EFF]/;

/** True when the text contains any Lao character. */
export function containsLao(text: string): boolean {
  return HAS_LAO.test(text);
}

/** A piece of text, marked when it is a run of Lao script. */
export interface TextPiece {
  text: string;
  lao: boolean;
}

/** Splits text into alternating Latin and Lao pieces, keeping every character. */
export function splitLaoRuns(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(LAO_RUN)) {
    const start = match.index;
    if (start > last) pieces.push({ text: text.slice(last, start), lao: false });
    pieces.push({ text: match[0], lao: true });
    last = start + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), lao: false });
  return pieces;
}

/**
 * Inserts spaces between Lao syllables so a search index that splits on spaces finds each one.
 * The search box splits queries with the same rules (`lao-syllables.ts`), which give the same
 * result in Node and in every browser, unlike `Intl.Segmenter`. Latin text passes through
 * unchanged.
 */
export function segmentLaoWords(text: string): string {
  return spaceLaoSyllables(text);
}
