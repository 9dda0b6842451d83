/**
 * What a reader's first search transfers: Chromium opens the search page with a search in its
 * address (a fresh profile, so nothing is cached) and every response after the page itself is
 * counted as sent (the test server gzips text as a host does; Pagefind's index files are
 * compressed already). Counted: the search scripts, Pagefind's script and WebAssembly, the index
 * chunks, filter lists and the result fragments of the first page of results. Not counted, but
 * listed: fonts a result's text needs (the Lao face for Lao excerpts), which any page with Lao
 * text loads too.
 *
 * Run on its own: `npm run bench:search` (after `npm run build`); `npm run bench` includes it.
 */
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../../support/browser.ts';
import { serveStatic } from '../../support/serve.mjs';

/** The budget of a first search, all files together (issue: search weight). */
export const FIRST_SEARCH_BUDGET = 100 * 1024;

/** Searches a first-time reader makes: a word, a place, Lao, a question, a filter alone. */
export const firstSearches = [
  '/search/?q=asparagus',
  '/search/?q=Oudomxay',
  `/search/?q=${encodeURIComponent('ແຂວງອັດຕະປື')}`,
  `/search/?q=${encodeURIComponent('where do Alak farmers grow coffee')}`,
  '/search/?type=Case+studies',
  '/search/?q=coffee&province=Attapeu',
];

/**
 * @param {string} distDir
 * @returns {Promise<{ address: string, bytes: number, files: number, fontBytes: number, overBudget: boolean }[]>}
 */
export async function measureFirstSearches(distDir) {
  const server = await serveStatic(distDir);
  const results = [];
  try {
    for (const address of firstSearches) {
      const browser = await launchBrowser();
      try {
        const page = await browser.context.newPage();
        const sizes = [];
        page.on('response', async (response) => {
          const url = new URL(response.url());
          // The page, its stylesheet and its icon come with any page, searched or not.
          if (/(\/|\.html|\.css|favicon\.svg)$/.test(url.pathname)) return;
          const sent = (await response.request().sizes()).responseBodySize;
          sizes.push({ path: url.pathname, sent });
        });
        await page.goto(`${server.origin}${address}`);
        await page
          .locator('#search-status')
          .filter({ hasText: /match|hold|No page/ })
          .waitFor({ timeout: 30_000 });
        await page.waitForLoadState('networkidle');
        const fonts = sizes.filter((file) => /\.woff2?$/.test(file.path));
        const counted = sizes.filter((file) => !fonts.includes(file));
        const bytes = counted.reduce((sum, file) => sum + file.sent, 0);
        if (process.env.BENCH_SEARCH_FILES) for (const file of counted) console.error(`  ${file.sent}\t${file.path}`);
        results.push({
          address: decodeURIComponent(address),
          bytes,
          files: counted.length,
          fontBytes: fonts.reduce((sum, file) => sum + file.sent, 0),
          overBudget: bytes > FIRST_SEARCH_BUDGET,
        });
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  return results;
}

/** Prints the measures as a table. */
export function printFirstSearches(results) {
  const kb = (bytes) => (bytes / 1024).toFixed(1);
  const width = Math.max(...results.map((r) => r.address.length));
  console.log(`${'first search'.padEnd(width)}  files      KB  fonts KB  (budget ${kb(FIRST_SEARCH_BUDGET)} KB)`);
  for (const r of results) {
    console.log(
      `${r.address.padEnd(width)}  ${String(r.files).padStart(5)}  ${kb(r.bytes).padStart(6)}  ${kb(r.fontBytes).padStart(8)}${r.overBudget ? '  OVER BUDGET' : ''}`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = await measureFirstSearches(fileURLToPath(new URL('../../../dist', import.meta.url)));
  printFirstSearches(results);
  if (results.some((r) => r.overBudget)) process.exitCode = 1;
}
