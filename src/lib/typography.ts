// Reachable from astro.config.mjs (and plain Node in the bench): no `~/` alias; relative imports only, with .ts extensions.
/**
 * Typographic quotes, apostrophes, dashes and ellipses, as SmartyPants makes them, for MDX prose
 * (src/markdown/rehype-smart-quotes.ts) and for text from frontmatter (titles, summaries) alike.
 */

const OPENS_AFTER = /[\s([{\u2014\u2013/-]/;

/** Curly quotes and apostrophes, en and em dashes, and ellipses in a piece of text. */
export function smartenText(text: string, before = ''): string {
  const dashed = text
    .replace(/---/g, '\u2014')
    .replace(/--/g, '\u2013')
    .replace(/\.\.\./g, '\u2026');
  let out = '';
  for (let i = 0; i < dashed.length; i++) {
    const char = dashed[i];
    if (char !== '"' && char !== "'") {
      out += char;
      continue;
    }
    const previous = i > 0 ? (dashed[i - 1] ?? '') : before;
    const next = dashed[i + 1] ?? '';
    // At the end of a text node the next character is in the following element: decide by what precedes.
    const opens = (previous === '' || OPENS_AFTER.test(previous)) && !/\s/.test(next);
    if (char === '"') out += opens ? '\u201C' : '\u201D';
    // An apostrophe inside a word (don't, Sosenginh's) closes, like a closing single quote.
    else out += opens ? '\u2018' : '\u2019';
  }
  return out;
}
