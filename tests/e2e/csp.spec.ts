import type { ConsoleMessage, Page, Worker } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { gatePages, searchQuery, searchResultsShown } from '../support/gates';
import { useSiteInBrowser } from '../support/site-in-browser';

const site = useSiteInBrowser();

/** Reports every CSP violation in the page to the test as it happens, before any navigation can lose it. */
const reportViolations = `document.addEventListener('securitypolicyviolation', (event) => {
  window.__reportCspViolation(event.effectiveDirective + ' blocked ' + (event.blockedURI || '(inline)') +
    (event.sourceFile ? ' at ' + event.sourceFile + ':' + event.lineNumber : '') +
    (event.disposition === 'report' ? ' (report only)' : ''));
});`;

/** Console output that means something went wrong: errors, and warnings about the policy or search. */
function isProblem(message: ConsoleMessage): boolean {
  if (message.type() === 'error') return true;
  return (
    message.type() === 'warning' && /security policy|refused|pagefind|worker|webassembly|wasm/i.test(message.text())
  );
}

describe('Content-Security-Policy in Chromium (header and <meta>)', () => {
  let current = '';
  const problems: string[] = [];
  const workers: string[] = [];

  beforeAll(async () => {
    await site.browser.context.exposeBinding('__reportCspViolation', (_source, text: string) => {
      problems.push(`${current}: CSP violation: ${text}`);
    });
    await site.browser.context.addInitScript(reportViolations);
  });

  /** Listens to a page and any worker it starts (a worker gets only the header's policy). */
  function watch(page: Page): void {
    page.on('console', (message) => {
      // The 404 page is served with status 404 on purpose: Chromium logs that for the document itself.
      if (message.text().startsWith('Failed to load resource') && message.location().url === page.url()) return;
      if (isProblem(message)) problems.push(`${current}: console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${current}: uncaught ${error.message}`));
    page.on('worker', (worker: Worker) => {
      workers.push(new URL(worker.url()).pathname);
      worker.on('console', (message) => {
        if (isProblem(message)) problems.push(`${current}: worker console ${message.type()}: ${message.text()}`);
      });
    });
  }

  it('blocks nothing on any page, with the policy sent as a header', async () => {
    const page = await site.browser.context.newPage();
    watch(page);
    const missingHeader: string[] = [];
    for (const target of gatePages()) {
      current = target.name;
      const response = await page.goto(`${site.server.origin}${target.path}`);
      if (!response?.headers()['content-security-policy']) missingHeader.push(target.name);
      // A page that never gets ready is reported with the violations that are likely the cause.
      await target
        .ready?.(page)
        .catch((error: Error) => problems.push(`${target.name}: ${error.message.split('\n')[0]}`));
    }
    await page.close();
    expect({ servedWithoutThePolicyHeader: missingHeader, problems }).toEqual({
      servedWithoutThePolicyHeader: [],
      problems: [],
    });
  });

  it('still finds results: the header policy lets Pagefind run its WebAssembly', async () => {
    problems.length = 0;
    workers.length = 0;
    const page = await site.browser.context.newPage();
    watch(page);
    current = 'search';
    const response = await page.goto(`${site.server.origin}/search/`);
    await page.locator('#search-page-input').fill(searchQuery);
    const shown = await searchResultsShown(page).then(
      () => true,
      () => false,
    );
    expect({
      policyHeader: response?.headers()['content-security-policy'] ?? '(none)',
      resultsShown: shown,
      status: await page.locator('#search-status').textContent(),
      // Search runs Pagefind without its worker (one script less to fetch): none may start.
      workers,
      problems,
    }).toMatchObject({
      policyHeader: expect.stringContaining("'wasm-unsafe-eval'"),
      resultsShown: true,
      status: expect.stringContaining(searchQuery),
      workers: [],
      problems: [],
    });
    await page.close();
  });
});
