/**
 * Lao queries, loaded by the search script only when a query holds Lao script: the index holds
 * Lao text split into syllables (src/build/search-index.ts), so the query is split by the same
 * rules, which give the same result in every engine.
 */
import { spaceLaoSyllables } from '~/lib/lao-syllables';

/** What the search script uses of a Pagefind result. */
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
/** What the search script uses of Pagefind. */
export interface Pagefind {
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
  debouncedSearch: (query: string, options?: object, ms?: number) => Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Pages holding the most of the query's words, for a query whose words no page holds all of
 * (Pagefind ANDs them): a Lao phrase typed without spaces ("province" + a name) still finds the
 * name's page first. Ties keep Pagefind's own score order.
 */
async function anyWords(engine: Pagefind, words: string[]): Promise<PagefindResult[]> {
  const found = new Map<string, { result: PagefindResult; hits: number; score: number }>();
  for (const search of await Promise.all(words.map((word) => engine.search(word)))) {
    for (const result of search.results) {
      const seen = found.get(result.id);
      if (seen) {
        seen.hits += 1;
        seen.score += result.score;
      } else found.set(result.id, { result, hits: 1, score: result.score });
    }
  }
  return [...found.values()].sort((a, b) => b.hits - a.hits || b.score - a.score).map((entry) => entry.result);
}

/**
 * Searches the query with its Lao split into syllables; when that finds nothing, the query as
 * typed, then pages holding any of its syllables, most first. Null when a newer query replaced it.
 */
export async function findLao(engine: Pagefind, query: string): Promise<PagefindResult[] | null> {
  const split = spaceLaoSyllables(query);
  const search = await engine.debouncedSearch(split, {}, 200);
  if (search === null) return null;
  if (search.results.length > 0 || split === query) return search.results;
  const raw = await engine.search(query);
  if (raw.results.length > 0) return raw.results;
  const words = [...new Set(split.split(/\s+/).filter(Boolean))].slice(0, 12);
  return words.length > 1 ? anyWords(engine, words) : [];
}
