import type { Page } from 'playwright-core';
import { routePrintPath } from '../../src/lib/paths';
import { sitemapPaths } from './site';

/**
 * Pages the browser gates visit: every URL of the sitemap, plus the pages the sitemap leaves out
 * on purpose, in the state a reader sees them. Add a page to the sitemap and every gate checks it.
 */
export interface GatePage {
  /** What a failure report calls the page. */
  name: string;
  /** Path and query to load. */
  path: string;
  /** Waits until the page shows what must be checked (search results, for instance). */
  ready?: (page: Page) => Promise<void>;
}

/** A query that has results in the real content (the search test relies on it as well). */
export const searchQuery = 'coffee';

/** Waits until the search page has listed its results. */
export async function searchResultsShown(page: Page): Promise<void> {
  await page.locator('#search-results li a').first().waitFor({ timeout: 15_000 });
}

/** Every sitemap page, the 404 page as served for an unknown path, the print page and the search page with results. */
export function gatePages(): GatePage[] {
  return [
    ...sitemapPaths().map((path) => ({ name: path, path })),
    { name: '404 (unknown path)', path: '/no-such-page-here/' },
    { name: routePrintPath, path: routePrintPath },
    { name: `/search/?q=${searchQuery}`, path: `/search/?q=${searchQuery}`, ready: searchResultsShown },
  ];
}

/** The status line once a search has found pages ("12 pages match …"), never "No pages match …". */
export const resultsFound = /^(\d+ pages match|1 page matches) /;
