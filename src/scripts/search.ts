/**
 * Starts search when a reader searches: on the search page when the address holds a search or
 * the reader types or picks a filter, on the 404 page at once. Everything else (the search
 * script, Pagefind, the index) is fetched then, so the page itself carries only these lines.
 */
import { url } from 'lazy-url:/src/scripts/search-app.ts';
import type * as SearchAppModule from './search-app';

type SearchApp = typeof SearchAppModule;
const load = (): Promise<SearchApp> => import(/* @vite-ignore */ url) as Promise<SearchApp>;
const byId = <T extends HTMLElement | null>(id: string): T => document.getElementById(id) as T;

const form = byId<HTMLFormElement | null>('search-page-form');
const suggestions = byId<HTMLElement | null>('not-found-matches');

if (form) {
  const filterNames = JSON.parse(form.dataset['filters'] ?? '[]') as string[];
  let started: Promise<void> | undefined;
  const start = (event?: Event): void => {
    event?.preventDefault();
    started ??= load().then((app) =>
      app.startSearchPage(
        {
          form,
          input: byId('search-page-input'),
          status: byId('search-status'),
          list: byId('search-results'),
          more: byId('search-more'),
          strings: form,
        },
        filterNames,
      ),
    );
  };
  if (window.location.search) start();
  else for (const type of ['input', 'submit', 'change']) form.addEventListener(type, start, { once: true });
}

if (suggestions) {
  const near = byId<HTMLElement>('not-found-near');
  void load().then((app) =>
    app.startSuggestions(
      { status: byId('search-status'), list: byId('search-results'), strings: suggestions },
      near,
      Number(suggestions.dataset['shown'] ?? 5),
    ),
  );
}
