/**
 * Site search. Loaded only by /search/: content pages ship no JavaScript. Pagefind's own
 * bundle and index are fetched on first use, from this site only.
 */
import type { Pagefind, PagefindResult, findLao } from './lao-search';
// A URL, not an import(): Vite's preload helper would double this script's size.
import { url as laoSearchUrl } from 'lazy-url:/src/scripts/lao-search.ts';

/** Interface text, handed over by the page in `data-strings` so the dictionary is not bundled. */
type SearchText = 'noResults' | 'resultCount' | 'resultCountOne' | 'loading' | 'unavailable' | 'empty';
const texts = JSON.parse(
  document.querySelector<HTMLElement>('#search-page-form')?.dataset['strings'] ?? '{}',
) as Record<SearchText, string>;
function t(key: SearchText, vars: Record<string, string | number> = {}): string {
  return (texts[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
}

type PagefindResultData = Awaited<ReturnType<PagefindResult['data']>>;

const form = document.querySelector<HTMLFormElement>('#search-page-form');
const input = document.querySelector<HTMLInputElement>('#search-page-input');
const status = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // The path is only known once the site is built, so Vite must not try to bundle it.
  const url = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind.js`;
  pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
  return pagefind;
}

const HAS_LAO = /[\u0E80-\u0EFF]/;

/** Lao queries go through the syllable splitter (lao-search.ts), fetched for the first one. */
async function find(engine: Pagefind, query: string): Promise<PagefindResult[] | null> {
  if (HAS_LAO.test(query)) {
    const lazy = (await import(/* @vite-ignore */ laoSearchUrl)) as { findLao: typeof findLao };
    return lazy.findLao(engine, query);
  }
  return (await engine.debouncedSearch(query, {}, 200))?.results ?? null;
}

/** Results shown a page at a time: each one fetches a small fragment, which counts on a slow line. */
const PAGE_SIZE = 10;
const more = document.querySelector<HTMLButtonElement>('#search-more');
let waiting: PagefindResult[] = [];

function resultItem(result: PagefindResultData): HTMLLIElement {
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
}

/** Shows the next page of waiting results; returns the first new link, for focus. */
async function showNextPage(): Promise<HTMLAnchorElement | null> {
  const page = waiting.slice(0, PAGE_SIZE);
  waiting = waiting.slice(PAGE_SIZE);
  const items = (await Promise.all(page.map((result) => result.data()))).map(resultItem);
  list?.append(...items);
  if (more) more.hidden = waiting.length === 0;
  return items[0]?.querySelector('a') ?? null;
}

function announce(query: string, count: number): void {
  if (!status) return;
  status.textContent =
    count === 0
      ? t('noResults', { query })
      : count === 1
        ? t('resultCountOne', { query })
        : t('resultCount', { count, query });
}

/** Counts searches, so an older one that finishes late does not replace a newer one's results. */
let latest = 0;

async function runSearch(query: string): Promise<void> {
  if (!status) return;
  const generation = ++latest;
  const trimmed = query.trim();
  const url = new URL(window.location.href);
  if (trimmed) url.searchParams.set('q', trimmed);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  if (!trimmed) {
    list?.replaceChildren();
    waiting = [];
    if (more) more.hidden = true;
    status.textContent = t('empty');
    return;
  }
  status.textContent = t('loading');
  try {
    const engine = await loadPagefind();
    const results = await find(engine, trimmed);
    // The fallbacks take time of their own: a newer query may have started meanwhile.
    if (results === null || generation !== latest) return;
    list?.replaceChildren();
    waiting = results;
    await showNextPage();
    announce(trimmed, results.length);
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
  more?.addEventListener('click', () => {
    void showNextPage().then((first) => first?.focus());
  });
  if (initial) void runSearch(initial);
  else if (status) status.textContent = t('empty');
}
