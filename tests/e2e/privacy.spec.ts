import { describe, expect, it } from 'vitest';
import { gatePages, resultsFound, searchResultsShown } from '../support/gates';
import { useSiteInBrowser } from '../support/site-in-browser';

const site = useSiteInBrowser();

/**
 * Records, in every page, each write to cookies and Web Storage as it happens: a value written
 * and removed again would not show at the end.
 */
const recordStorageUse = `(() => {
  const record = (what) => { try { window.__storageUse.push(what); } catch {} };
  window.__storageUse = [];
  for (const method of ['setItem', 'removeItem', 'clear']) {
    const original = Storage.prototype[method];
    Storage.prototype[method] = function (...args) {
      record((this === window.sessionStorage ? 'sessionStorage.' : 'localStorage.') + method + '(' + String(args[0] ?? '') + ')');
      return original.apply(this, args);
    };
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() { return cookie.get.call(this); },
    set(value) { record('document.cookie = ' + String(value).split(';')[0]); cookie.set.call(this, value); },
  });
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...args) { record('indexedDB.open(' + String(args[0]) + ')'); return open.apply(this, args); };
})()`;

/** What a page keeps in the browser after it has run: Web Storage entries, IndexedDB databases, caches. */
const storedState = `(async () => ({
  localStorage: localStorage.length,
  sessionStorage: sessionStorage.length,
  indexedDB: (await indexedDB.databases()).map((db) => db.name),
  caches: await caches.keys(),
  storageUse: window.__storageUse ?? ['(recorder missing)'],
}))()`;

interface StoredState {
  localStorage: number;
  sessionStorage: number;
  indexedDB: string[];
  caches: string[];
  storageUse: string[];
}

describe('privacy', () => {
  it('loads nothing from other servers, sets no cookie and stores nothing, on any page or in search', async () => {
    const targets = gatePages();
    const requests: Array<{ url: string; from: string }> = [];
    const setCookies: string[] = [];
    let current = '';
    const context = site.browser.context;
    context.on('request', (request) => requests.push({ url: request.url(), from: current }));
    context.on('response', async (response) => {
      const header = await response.headerValue('set-cookie').catch(() => null);
      if (header) setCookies.push(`${current}: ${response.url()} sets ${header.split(';')[0]}`);
    });
    await context.addInitScript(recordStorageUse);

    const page = await context.newPage();
    const stored: string[] = [];
    for (const target of targets) {
      current = target.name;
      await page.goto(`${site.server.origin}${target.path}`);
      await target.ready?.(page);
      if (target.ready === searchResultsShown) {
        // A second search, typed: loads more of the index and the result excerpts.
        await page.locator('#search-page-input').fill('asparagus');
        await expect.poll(() => page.locator('#search-status').textContent()).toMatch(resultsFound);
        await searchResultsShown(page);
      }
      const state = await page.evaluate<StoredState>(storedState);
      const kept = [
        ...(state.localStorage ? [`${state.localStorage} localStorage item(s)`] : []),
        ...(state.sessionStorage ? [`${state.sessionStorage} sessionStorage item(s)`] : []),
        ...state.indexedDB.map((name) => `IndexedDB database "${name}"`),
        ...state.caches.map((name) => `Cache Storage "${name}"`),
        ...state.storageUse,
      ];
      stored.push(...kept.map((what) => `${target.name}: ${what}`));
    }
    await page.close();

    const cookies = await context.cookies();
    const foreign = requests
      .filter(({ url }) => {
        const parsed = new URL(url);
        if (parsed.protocol === 'data:') return false;
        if (parsed.protocol === 'blob:') return new URL(parsed.pathname).origin !== site.server.origin;
        return parsed.origin !== site.server.origin;
      })
      .map(({ url, from }) => `${from}: ${url}`);

    expect(requests.length).toBeGreaterThan(targets.length);
    // One comparison, so that a failure lists every kind of problem at once.
    expect({
      requestsToOtherServers: foreign,
      cookiesInTheBrowser: cookies.map((cookie) => `${cookie.domain}: ${cookie.name}`),
      setCookieHeaders: setCookies,
      dataKeptInTheBrowser: stored,
    }).toEqual({ requestsToOtherServers: [], cookiesInTheBrowser: [], setCookieHeaders: [], dataKeptInTheBrowser: [] });
  });
});
