import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { routePrintPath } from '../../src/lib/paths';
import { useSiteInBrowser } from '../support/site-in-browser';

/** The print page (/route/print/) as Chromium prints it: one part per page, link addresses shown. */

const site = useSiteInBrowser();

async function openInPrint(): Promise<Page> {
  const page = await site.browser.context.newPage();
  await page.goto(`${site.server.origin}${routePrintPath}`);
  await page.emulateMedia({ media: 'print' });
  return page;
}

/** What the browser draws after the first link that matches: its ::after content ("none" for nothing). */
const afterLink = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((link) => getComputedStyle(link, '::after').content);

/** The text printed after a link whose address is shown: " (address)", as CSS strings are written. */
const addressOf = async (page: Page, selector: string) =>
  `" (${await page.locator(selector).first().getAttribute('href')})"`;

describe('the print page in print', () => {
  it('starts every part on a new page and leaves the site chrome off paper', async () => {
    const page = await openInPrint();
    const breaks = await page
      .locator('.whole-route-part')
      .evaluateAll((parts) => parts.map((part) => getComputedStyle(part).breakBefore));
    expect(breaks.length).toBeGreaterThan(10);
    expect(new Set(breaks)).toEqual(new Set(['page']));
    for (const selector of ['.site-header', '.site-footer', '.breadcrumbs']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('.print-contents').isVisible()).toBe(true);
    await page.close();
  });

  it('prints the address after internal and external links of the text and the sources, not after in-page ones', async () => {
    const page = await openInPrint();
    for (const selector of ['.prose a[href^="/places/"]', '.prose a[href^="http"]', '.source-list a']) {
      expect(await afterLink(page, selector), selector).toBe(await addressOf(page, selector));
    }
    expect(await afterLink(page, '.print-contents a')).toBe('none');
    expect(await afterLink(page, '.prose a[href^="#"]:not([data-footnote-ref])')).toBe('none');
    await page.emulateMedia({ media: 'screen' });
    expect(await afterLink(page, '.prose a[href^="/places/"]')).toBe('none');
    await page.close();
  });

  it('saves as a PDF with at least a page per part', async () => {
    const page = await openInPrint();
    const parts = await page.locator('.whole-route-part').count();
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(parts);
    await page.close();
  });
});
