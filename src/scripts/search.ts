/**
 * Site search. Loaded only by /search/: content pages ship no JavaScript. Pagefind's own
 * bundle and index are fetched on first use, from this site only.
 */
export {};

/** Interface text, handed over by the page in `data-strings` so the dictionary is not bundled. */
type SearchText = 'noResults' | 'resultCount' | 'resultCountOne' | 'loading' | 'unavailable' | 'empty';
const texts = JSON.parse(document.querySelector<HTMLElement>('#search-page-form')?.dataset['strings'] ?? '{}') as Record<
  SearchText,
  string
>;
function t(key: SearchText, vars: Record<string, string | number> = {}): string {
  return (texts[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface PagefindResult {
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
  debouncedSearch: (query: string, options?: object, ms?: number) => Promise<{ results: PagefindResult[] } | null>;
}

const form = document.querySelector<HTMLFormElement>('#search-page-form');
const input = document.querySelector<HTMLInputElement>('#search-page-input');
const status = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // The path is only known once the site is built, so Vite must not try to bundle it.
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
  return pagefind;
}

function renderResults(query: string, results: PagefindResultData[]): void {
  if (!list || !status) return;
  list.replaceChildren(
    ...results.map((result) => {
      const item = document.createElement('li');
      const heading = document.createElement('h2');
      const link = document.createElement('a');
      link.href = result.url;
      link.textContent = result.meta.title ?? result.url;
      heading.append(link);
      const excerpt = document.createElement('p');
      // Pagefind escapes the page text and adds only <mark> around matches.
      excerpt.innerHTML = result.excerpt;
      item.append(heading, excerpt);
      return item;
    }),
  );
  status.textContent =
    results.length === 0
      ? t('noResults', { query })
      : results.length === 1
        ? t('resultCountOne', { query })
        : t('resultCount', { count: results.length, query });
}

async function runSearch(query: string): Promise<void> {
  if (!status) return;
  const trimmed = query.trim();
  const url = new URL(window.location.href);
  if (trimmed) url.searchParams.set('q', trimmed);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  if (!trimmed) {
    list?.replaceChildren();
    status.textContent = t('empty');
    return;
  }
  status.textContent = t('loading');
  try {
    const engine = await loadPagefind();
    const search = await engine.debouncedSearch(trimmed, {}, 200);
    if (search === null) return; // a newer query replaced this one
    const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
    renderResults(trimmed, results);
  } catch (error) {
    console.error(error);
    status.textContent = t('unavailable');
  }
}

if (form && input) {
  const initial = new URLSearchParams(window.location.search).get('q') ?? '';
  input.value = initial;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void runSearch(input.value);
  });
  input.addEventListener('input', () => void runSearch(input.value));
  if (initial) void runSearch(initial);
  else if (status) status.textContent = t('empty');
}
