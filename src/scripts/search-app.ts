/**
 * Site search, loaded only when a reader searches (src/scripts/search.ts starts it): the words and
 * filters of the form, kept in the address; Pagefind's bundle, index and result fragments, from
 * this site only. The 404 page uses it too, to search the words of the missing address.
 */
import {
  continuesTyping,
  indexWords,
  isEmpty,
  paramsFromState,
  rankByWordsFound,
  stateFromParams,
  titleMatchesFirst,
  wordsOf,
  wordsOfPath,
  closestPaths,
  type SearchState,
} from '~/lib/search-query';
import type { searchTexts } from '~/data/search-texts';
import { joinLaoSyllables } from '~/lib/lao-syllables';

interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; date?: string };
  filters?: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface Result {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
interface Search {
  results: Result[];
  filters?: Record<string, Record<string, number>>;
}
type Filters = Record<string, { any: string[] }>;
interface Pagefind {
  options: (options: object) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (query: string | null, options?: { filters?: Filters }) => Promise<Search>;
  debouncedSearch: (query: string, options?: { filters?: Filters }, ms?: number) => Promise<Search | null>;
}

/** Interface text, handed over by the page in `data-strings` so the dictionary is not bundled. */
type TextKey = keyof ReturnType<typeof searchTexts>;

/**
 * Results shown a page at a time, as many as Pagefind's own interface shows: each one fetches its
 * page's text (up to 5 KB for the longest pages), which counts on a slow line.
 */
const PAGE_SIZE = 5;
/** Sub-results (sections of a page) shown under a result. */
const SECTIONS_SHOWN = 3;

let engine: Promise<Pagefind> | undefined;

/** Pagefind's script, which the starter (src/scripts/search.ts) may already be fetching. */
function loadPagefind(url: string): Promise<Pagefind> {
  engine ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pagefind) => {
    // No worker: one script less to fetch, and this index is small enough for the page's thread.
    // A long page is not a worse answer here: the case studies are the longest pages.
    await pagefind.options({ noWorker: true, excerptLength: 24, ranking: { pageLength: 0.2 } });
    return pagefind;
  });
  return engine;
}

function pagefindFilters(state: SearchState): Filters {
  return Object.fromEntries(Object.entries(state.filters).map(([name, values]) => [name, { any: values }]));
}

/** How a search's results were found: all of its words on each page, some of them, or both. */
interface Found {
  search: Search;
  /** How many results, from the first, hold every word; the rest hold some. */
  complete: number;
}

/** Fewer pages than this holding every word of a longer query: pages holding some of them follow. */
const FEW = 3;

/** The results of a search. Null when a newer search replaced it. */
async function find(pagefind: Pagefind, state: SearchState): Promise<Found | null> {
  const filters = pagefindFilters(state);
  if (!state.query.trim()) {
    const search = await pagefind.search(null, { filters });
    return { search, complete: search.results.length };
  }
  const search = await pagefind.debouncedSearch(indexWords(state.query), { filters }, 200);
  if (search === null) return null;
  const words = wordsOf(state.query).slice(0, 12);
  const complete = search.results.length;
  let found: Found = { search, complete };
  if (complete < FEW && words.length > 1) {
    // Questions and phrases: no page need hold every word to be worth showing.
    const perWord = await Promise.all(words.map((word) => pagefind.search(word, { filters })));
    const seen = new Set(search.results.map((result) => result.id));
    const some = rankByWordsFound(perWord.map((each) => each.results)).filter((result) => !seen.has(result.id));
    found = { search: { ...search, results: [...search.results, ...some] }, complete };
  }
  if (found.search.results.length === 0 && indexWords(state.query) !== state.query.trim()) {
    // Split, the words found nothing: the query as typed, should the index hold it so.
    const raw = await pagefind.search(state.query.trim(), { filters });
    found = { search: raw, complete: raw.results.length };
  }
  return found;
}

/** Elements a search fills; the search page has all of them, the 404 page the list and status only. */
export interface SearchView {
  form?: HTMLFormElement;
  input?: HTMLInputElement;
  status: HTMLElement;
  list: HTMLOListElement;
  more?: HTMLButtonElement;
  /** Where the interface text is, as JSON in `data-strings`. */
  strings: HTMLElement;
  /** Address of Pagefind's script. */
  pagefind: string;
}

export function createSearch(view: SearchView) {
  const texts = JSON.parse(view.strings.dataset['strings'] ?? '{}') as Record<TextKey, string>;
  const t = (key: TextKey, vars: Record<string, string | number> = {}): string =>
    (texts[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
  const badges = JSON.parse(texts.badges ?? '{}') as Record<string, string>;
  let waiting: (() => Promise<ResultData>)[] = [];
  let filtersLoaded = false;
  let lastFound: Search | undefined;
  let current: SearchState = { query: '', filters: {} };

  function resultItem(result: ResultData): HTMLLIElement {
    const item = document.createElement('li');
    const heading = document.createElement(`h${view.list.dataset['headingLevel'] ?? '2'}`);
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = joinLaoSyllables(result.meta.title ?? result.url);
    heading.append(link);
    const about = document.createElement('p');
    about.className = 'result-meta';
    const kind = result.filters?.['type']?.[0];
    if (kind) {
      const badge = document.createElement('span');
      badge.className = 'badge';
      badge.textContent = badges[kind] ?? kind;
      about.append(badge);
    }
    if (result.meta.date) about.append(` ${result.meta.date}`);
    const excerpt = document.createElement('p');
    // Pagefind escapes the page text and adds only <mark> around matches.
    excerpt.innerHTML = joinLaoSyllables(result.excerpt);
    item.append(heading, about, excerpt);
    const sections = (result.sub_results ?? []).filter((sub) => sub.url !== result.url).slice(0, SECTIONS_SHOWN);
    if (sections.length > 0) {
      const list = document.createElement('ul');
      list.className = 'sub-results';
      list.setAttribute('aria-label', t('inPage'));
      for (const sub of sections) {
        const entry = document.createElement('li');
        const anchor = document.createElement('a');
        anchor.href = sub.url;
        anchor.textContent = sub.title;
        const text = document.createElement('span');
        text.innerHTML = joinLaoSyllables(sub.excerpt);
        entry.append(anchor, ' ', text);
        list.append(entry);
      }
      item.append(list);
    }
    return item;
  }

  /** Shows the next page of waiting results; returns the first new link, for focus. */
  async function showNextPage(limit = PAGE_SIZE): Promise<HTMLAnchorElement | null> {
    const page = waiting.slice(0, limit);
    waiting = waiting.slice(limit);
    const items = (await Promise.all(page.map((data) => data()))).map(resultItem);
    view.list.append(...items);
    if (view.more) view.more.hidden = waiting.length === 0;
    return items[0]?.querySelector('a') ?? null;
  }

  function describe(state: SearchState, count: number, complete: number): string {
    const query = state.query.trim();
    if (complete === 0 && count > 0) return t('partial', { query, count });
    if (complete < count) return t('partialAfter', { query, count: complete, more: count - complete });
    const filtered = Object.keys(state.filters).length > 0;
    const subject = !query
      ? t('subjectFilters')
      : filtered
        ? t('subjectBoth', { query })
        : t('subjectQuery', { query });
    return t(count === 0 ? 'countNone' : count === 1 ? 'countOne' : 'countMany', { count, subject });
  }

  /**
   * Puts beside each filter value the number of pages the search would find with it: counted
   * without the other values of its own filter (any of them will do), with the rest of the search.
   */
  async function showCounts(pagefind: Pagefind, state: SearchState, found: Search): Promise<void> {
    const panel = view.form?.querySelector('details');
    // Counted when they can be seen: a closed panel waits until it is opened.
    if (!view.form || !panel?.open) return;
    const query = state.query.trim() ? indexWords(state.query) : null;
    const countsWith = async (filters: SearchState['filters']) =>
      (await pagefind.search(query, { filters: pagefindFilters({ query: state.query, filters }) })).filters ?? {};
    // Every filter's values (about 1 KB), so that a search counts them all, not only those in use:
    // the search already made counted only the filters it had loaded.
    const loadedNow = !filtersLoaded;
    if (loadedNow) {
      await pagefind.filters();
      filtersLoaded = true;
    }
    const counts = { ...(loadedNow ? await countsWith(state.filters) : found.filters) };
    for (const name of Object.keys(state.filters)) {
      const others = Object.fromEntries(Object.entries(state.filters).filter(([other]) => other !== name));
      counts[name] = (await countsWith(others))[name] ?? {};
    }
    for (const box of view.form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      const label = box.closest('label')?.querySelector<HTMLElement>('.filter-count');
      if (!label) continue;
      label.dataset['initial'] ??= label.textContent ?? '';
      const count = counts[box.name]?.[box.value] ?? 0;
      box.closest('label')?.classList.toggle('none-found', count === 0);
      label.textContent = t(count === 1 ? 'filterCountOne' : 'filterCount', { count });
    }
  }

  /** Puts back the counts of the whole site, which the page was built with. */
  function resetCounts(): void {
    for (const label of view.form?.querySelectorAll<HTMLElement>('.filter-count[data-initial]') ?? []) {
      label.textContent = label.dataset['initial'] ?? '';
      label.closest('label')?.classList.remove('none-found');
    }
  }

  async function run(state: SearchState, limit = PAGE_SIZE): Promise<void> {
    current = state;
    if (isEmpty(state)) {
      resetCounts();
      view.list.replaceChildren();
      waiting = [];
      if (view.more) view.more.hidden = true;
      view.status.textContent = t('empty');
      return;
    }
    view.status.textContent = t('loading');
    try {
      const pagefind = await loadPagefind(view.pagefind);
      const found = await find(pagefind, state);
      if (found === null || current !== state) return; // a newer search replaced this one
      // The first page's fragments are fetched anyway: with their titles, exact matches go first.
      const { results } = found.search;
      const first = await Promise.all(results.slice(0, limit).map((result) => result.data()));
      if (current !== state) return;
      const ordered = titleMatchesFirst(first, (data) => data.meta.title ?? '', state.query);
      waiting = [...ordered.map((data) => () => Promise.resolve(data)), ...results.slice(limit).map((r) => r.data)];
      view.list.replaceChildren();
      await showNextPage(limit);
      lastFound = found.search;
      await showCounts(pagefind, state, found.search);
      view.status.textContent = describe(state, found.search.results.length, found.complete);
    } catch (error) {
      console.error(error);
      view.status.textContent = t('unavailable');
    }
  }

  view.more?.addEventListener('click', () => {
    void showNextPage().then((first) => first?.focus());
  });
  view.form?.querySelector('details')?.addEventListener('toggle', () => {
    if (lastFound && !isEmpty(current))
      void loadPagefind(view.pagefind).then((pagefind) => showCounts(pagefind, current, lastFound as Search));
  });
  return { run, t, current: () => current };
}

/** The search page: the form's words and filters, in the address, searched as they change. */
export function startSearchPage(view: Required<SearchView>, filterNames: readonly string[]): void {
  const search = createSearch(view);
  const { form, input } = view;

  function fromForm(): SearchState {
    const filters: Record<string, string[]> = {};
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
      (filters[box.name] ??= []).push(box.value);
    }
    return { query: input.value, filters };
  }

  function toForm(state: SearchState): void {
    input.value = state.query;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = state.filters[box.name]?.includes(box.value) ?? false;
    }
    showChosen(state);
  }

  /** Says in the closed panel's summary how many filter values are chosen. */
  function showChosen(state: SearchState): void {
    const count = Object.values(state.filters).flat().length;
    const chosen = form.querySelector('.filters-chosen');
    if (chosen) chosen.textContent = count > 0 ? search.t('filtersChosen', { count }) : '';
  }

  function update(): void {
    const state = fromForm();
    showChosen(state);
    const url = new URL(window.location.href);
    url.search = paramsFromState(state, filterNames).toString();
    if (url.href !== window.location.href) {
      if (continuesTyping(search.current(), state)) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
    void search.run(state);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  form.addEventListener('input', update);
  form.addEventListener('reset', () => setTimeout(update));
  window.addEventListener('popstate', () => {
    const state = stateFromParams(new URLSearchParams(window.location.search), filterNames);
    toForm(state);
    void search.run(state);
  });
  const initial = stateFromParams(new URLSearchParams(window.location.search), filterNames);
  showChosen(initial);
  // Words typed before this script arrived count more than an empty address.
  if (isEmpty(initial)) update();
  else {
    toForm(initial);
    void search.run(initial);
  }
}

/** The paths of the site's pages, from its sitemap, without the base path. */
async function sitePaths(base: string): Promise<string[]> {
  const read = async (url: string): Promise<string[]> => {
    const xml = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
    return [...xml.querySelectorAll('loc')].map((loc) => new URL(loc.textContent ?? '').pathname);
  };
  const sitemaps = await read(`${base}sitemap-index.xml`);
  const pages = (await Promise.all(sitemaps.map(read))).flat();
  return pages.map((path) => (path.startsWith(base) ? `/${path.slice(base.length)}` : path));
}

/**
 * The 404 page: the site's addresses nearest the missing one (a typo, a wrong section), then the
 * best matches for the address's words.
 */
export async function startSuggestions(view: SearchView, near: HTMLElement, shown: number): Promise<void> {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const missing = window.location.pathname;
  const local = missing.startsWith(base) ? `/${missing.slice(base.length)}` : missing;
  const nearest = closestPaths(local, await sitePaths(base).catch(() => []));
  const list = near.querySelector('ul');
  if (list && nearest.length > 0) {
    list.replaceChildren(
      ...nearest.map((path) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = `${base}${path.slice(1)}`;
        link.textContent = link.getAttribute('href');
        item.append(link);
        return item;
      }),
    );
    near.hidden = false;
  }
  const words = wordsOfPath(local);
  if (!words) return;
  await createSearch(view).run({ query: words, filters: {} }, shown);
  if (view.list.children.length > 0) view.list.closest<HTMLElement>('[hidden]')?.removeAttribute('hidden');
}
