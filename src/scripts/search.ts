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
// Known only once the site is built, so Vite must not try to bundle it.
const bundle = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`;
const pagefind = `${bundle}pagefind.js`;
/**
 * Fetches Pagefind's script and its WebAssembly for the page's language alongside the search
 * script, not one after the other: two waits less on a slow line. Pagefind's own fetch() of the
 * WebAssembly then takes the preloaded file.
 */
const prefetchPagefind = (): void => {
  const wasm = Object.assign(document.createElement('link'), {
    rel: 'preload',
    as: 'fetch',
    crossOrigin: 'anonymous',
    href: `${bundle}wasm.${document.documentElement.lang}.pagefind`,
  });
  document.head.append(wasm);
  void import(/* @vite-ignore */ pagefind).catch(() => undefined);
};

const form = byId<HTMLFormElement | null>('search-page-form');
const suggestions = byId<HTMLElement | null>('not-found-matches');

if (form) {
  const filterNames = JSON.parse(form.dataset['filters'] ?? '[]') as string[];
  let started: Promise<void> | undefined;
  const start = (event?: Event): void => {
    event?.preventDefault();
    if (!started) prefetchPagefind();
    started ??= load().then((app) =>
      app.startSearchPage(
        {
          form,
          input: byId('search-page-input'),
          status: byId('search-status'),
          list: byId('search-results'),
          more: byId('search-more'),
          strings: form,
          pagefind,
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
  prefetchPagefind();
  void load().then((app) =>
    app.startSuggestions(
      { status: byId('search-status'), list: byId('search-results'), strings: suggestions, pagefind },
      near,
      Number(suggestions.dataset['shown'] ?? 5),
    ),
  );
}
