// Bundled for the browser (the search script) as well as built: no imports but the Lao splitter.
import { spaceLaoSyllables } from './lao-syllables.ts';

/**
 * What a search is, apart from the engine: the words and the chosen filters, to and from the
 * address (so a search can be shared and the back button works), and what a reader's words
 * become for the index. Pure, so it is tested without a browser.
 */

/** A search: the words as typed and, per filter, the values chosen (any of them will do). */
export interface SearchState {
  query: string;
  filters: Record<string, string[]>;
}

/** The address parameter of the words; filters use their own names. */
const QUERY_PARAM = 'q';

/** Reads a search from an address's parameters; only the named filters are taken. */
export function stateFromParams(params: URLSearchParams, filterNames: readonly string[]): SearchState {
  const filters: Record<string, string[]> = {};
  for (const name of filterNames) {
    const values = [...new Set(params.getAll(name).filter(Boolean))];
    if (values.length > 0) filters[name] = values;
  }
  return { query: params.get(QUERY_PARAM)?.trim() ?? '', filters };
}

/** The address parameters of a search: the words first, then the filters in the given order. */
export function paramsFromState(state: SearchState, filterNames: readonly string[]): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set(QUERY_PARAM, state.query.trim());
  for (const name of filterNames) for (const value of state.filters[name] ?? []) params.append(name, value);
  return params;
}

/** True when the search has neither words nor filters. */
export function isEmpty(state: SearchState): boolean {
  return !state.query.trim() && Object.values(state.filters).every((values) => values.length === 0);
}

/**
 * True when `next` only carries on typing `previous` (same filters, words extended or shortened):
 * the address is then replaced, not added to the history, so Back goes to the previous search.
 */
export function continuesTyping(previous: SearchState, next: SearchState): boolean {
  const same = JSON.stringify(previous.filters) === JSON.stringify(next.filters);
  const [a, b] = [previous.query.trim(), next.query.trim()];
  return same && a !== '' && b !== '' && (a.startsWith(b) || b.startsWith(a));
}

/**
 * English words nearly every page holds: in a question ("where do … grow coffee") they would
 * only narrow the search to pages that happen to use them, and fetch their share of the index.
 */
const STOP_WORDS = new Set(
  'a an and are as at be by did do does for from had has have how in is it of on or the to was were what when where which who why with'.split(
    ' ',
  ),
);

/**
 * The query as the index holds words: Lao split into syllables, as at indexing, and the common
 * English words of a question left out (unless the query is nothing else, or a quoted phrase).
 */
export function indexWords(query: string): string {
  const words = spaceLaoSyllables(query).split(/\s+/).filter(Boolean);
  if (/^\s*".+"\s*$/.test(query)) return words.join(' ');
  const content = words.filter((word) => !STOP_WORDS.has(word.toLowerCase()));
  return (content.length > 0 ? content : words).join(' ');
}

/** The distinct words of a query, for searching them one by one. */
export function wordsOf(query: string): string[] {
  return [...new Set(indexWords(query).toLowerCase().split(' ').filter(Boolean))];
}

/**
 * The words of a page address a reader did not find, as a search: "/case-study/cofee-dakseum/"
 * gives "case study cofee dakseum". File endings, numbers alone and the base path are left out.
 */
export function wordsOfPath(pathname: string, base = '/'): string {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // A malformed escape: use the address as it came.
  }
  if (base !== '/' && path.startsWith(base)) path = path.slice(base.length);
  return path
    .replace(/\.(html?|php|aspx?)$/i, '')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((word) => word && !/^\d+$/.test(word))
    .join(' ');
}

/** A result as the ranking below needs it. */
export interface Scored {
  id: string;
  score: number;
}

/**
 * Pages holding the most of the words, for a search whose words no page holds all of: each list
 * is the results of one word; a page found by more words comes first, then by its summed score.
 */
export function rankByWordsFound<T extends Scored>(perWord: readonly (readonly T[])[]): T[] {
  const found = new Map<string, { result: T; words: number; score: number }>();
  for (const results of perWord) {
    for (const result of results) {
      const seen = found.get(result.id);
      if (seen) {
        seen.words += 1;
        seen.score += result.score;
      } else found.set(result.id, { result, words: 1, score: result.score });
    }
  }
  return [...found.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((entry) => entry.result);
}

/** A title or query compared loosely: case, accents and spacing aside. */
function loose(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Puts the results titled exactly as the query first, keeping the order otherwise: the engine
 * ranks by the words in a page, so "Attapeu" could find a plan that names the province often
 * before the page called Attapeu.
 */
export function titleMatchesFirst<T>(results: readonly T[], titleOf: (result: T) => string, query: string): T[] {
  const wanted = loose(query);
  const exact = results.filter((result) => loose(titleOf(result)) === wanted);
  return [...exact, ...results.filter((result) => !exact.includes(result))];
}

/** Edit distance (insertions, deletions, substitutions) between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = row;
  }
  return previous[b.length] as number;
}

/**
 * The site's page paths closest to an address that was not found, closest first: those within a
 * third of the address's length in edit distance (at least two edits), so a typo or a wrong
 * section finds its page and an unrelated address finds none.
 */
export function closestPaths(missing: string, paths: readonly string[], limit = 3): string[] {
  const wanted = `/${missing.toLowerCase().split('/').filter(Boolean).join('/')}/`;
  const allowed = Math.max(2, Math.floor(wanted.length / 3));
  return (
    paths
      // A cut-off address (a link broken across lines) is the start of the page's own.
      .map((path) => ({
        path,
        distance: path.startsWith(wanted.slice(0, -1)) ? 1 : editDistance(wanted, path.toLowerCase()),
      }))
      .filter(({ path, distance }) => distance <= allowed && path !== '/')
      .sort((a, b) => a.distance - b.distance || a.path.localeCompare(b.path))
      .slice(0, limit)
      .map(({ path }) => path)
  );
}
