import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { searchQuery, searchResultsShown, type GatePage } from '../support/gates';
import { useSiteInBrowser } from '../support/site-in-browser';

/** One page of each kind: home, a long entry with a table of contents, the route, search with results. */
const representative: GatePage[] = [
  { name: 'home', path: '/' },
  { name: 'case study', path: '/case-studies/coffee-dakseum/' },
  { name: 'route', path: '/route/' },
  { name: 'search', path: `/search/?q=${searchQuery}`, ready: searchResultsShown },
];

const site = useSiteInBrowser();

async function open(target: GatePage): Promise<Page> {
  const page = await site.browser.context.newPage();
  await page.goto(`${site.server.origin}${target.path}`);
  await target.ready?.(page);
  return page;
}

/*
 * The in-page helpers are given as text: functions passed to page.evaluate() are serialised, and
 * the test transform may add helper calls to them that do not exist in the page.
 */

/** Marks every element a keyboard user must be able to reach with `data-kbd`, and returns how many. */
const markFocusables = `(() => {
  const selector = 'a[href], area[href], button, input:not([type="hidden"]), select, textarea, iframe, summary, [tabindex], [contenteditable=""], [contenteditable="true"]';
  const elements = [...document.querySelectorAll(selector)].filter((element) =>
    !element.disabled &&
    !(element.getAttribute('tabindex') && Number(element.getAttribute('tabindex')) < 0) &&
    !element.closest('[inert]') &&
    element.checkVisibility({ visibilityProperty: true }));
  elements.forEach((element, index) => element.setAttribute('data-kbd', String(index)));
  return elements.length;
})()`;

/** The focused element: its mark, a readable description, and whether it shows a focus indicator. */
const describeFocus = `(() => {
  const element = document.activeElement;
  if (!element || element === document.body || element === document.documentElement) return null;
  const style = getComputedStyle(element);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
  const scroller = ['auto', 'scroll'].includes(style.overflowX) || ['auto', 'scroll'].includes(style.overflowY);
  const text = (element.textContent || element.getAttribute('aria-label') || element.getAttribute('name') || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
  const href = element.getAttribute('href');
  return {
    mark: element.getAttribute('data-kbd'),
    label: element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') + (href ? '[href="' + href + '"]' : '') + (text ? ' "' + text + '"' : ''),
    indicator: outline || shadow,
    outline: style.outlineStyle + ' ' + style.outlineWidth + ' / ' + style.boxShadow,
    scroller,
  };
})()`;

const describeMarked = `[...document.querySelectorAll('[data-kbd]')].map((element) => {
  const href = element.getAttribute('href');
  const text = (element.textContent || element.getAttribute('name') || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
  return element.getAttribute('data-kbd') + ': ' + element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') + (href ? '[href="' + href + '"]' : '') + (text ? ' "' + text + '"' : '');
})`;

interface Focus {
  mark: string | null;
  label: string;
  indicator: boolean;
  outline: string;
  scroller: boolean;
}

/** Presses Tab from the top of the page until focus comes round again; returns each stop. */
async function tabThrough(page: Page, limit: number): Promise<Focus[]> {
  const stops: Focus[] = [];
  const seen = new Set<string>();
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate<Focus | null>(describeFocus);
    if (focus === null) {
      if (stops.length > 0) break; // past the last element: focus left the page
      continue;
    }
    const key = focus.mark ?? focus.label;
    if (seen.has(key)) break; // wrapped round to the start
    seen.add(key);
    stops.push(focus);
  }
  return stops;
}

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 150): Promise<void> {
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  throw new Error(`${limit} presses of Tab never reached ${selector}`);
}

describe('keyboard use', () => {
  for (const target of representative) {
    describe(target.name, () => {
      it('focuses the skip link first, and the skip link moves focus to the main content', async () => {
        const page = await open(target);
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
        await page.keyboard.press('Enter');
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
        await page.close();
      });

      it('reaches every link, button and field with Tab, each with a visible focus indicator', async () => {
        const page = await open(target);
        const count = await page.evaluate<number>(markFocusables);
        expect(count).toBeGreaterThan(5);
        const stops = await tabThrough(page, count * 2 + 20);
        const reached = new Set(stops.map((stop) => stop.mark));
        const marked = await page.evaluate<string[]>(describeMarked);
        const unreached = marked.filter((line) => !reached.has(line.split(':')[0] ?? ''));
        // Chromium makes scrollable boxes focusable so that they can be scrolled: those are welcome.
        const unexpected = stops.filter((stop) => stop.mark === null && !stop.scroller).map((stop) => stop.label);
        const noIndicator = stops.filter((stop) => !stop.indicator).map((stop) => `${stop.label}: ${stop.outline}`);
        expect(unreached, 'focusable but never reached with Tab').toEqual([]);
        expect(unexpected, 'reached with Tab but neither a control nor a scroller').toEqual([]);
        expect(noIndicator, 'focused without a visible focus indicator').toEqual([]);
        await page.close();
      });
    });
  }

  it('runs a search with the keyboard alone, from the header field to a result page', async () => {
    const page = await open(representative[0]!);
    await tabTo(page, '#header-search');
    await page.keyboard.type(searchQuery);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/search/\\?q=${searchQuery}`));
    await searchResultsShown(page);
    await tabTo(page, '#search-results li:first-child a');
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(href).toMatch(/^\//);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.server.origin}${href}`);
    expect(await page.locator('main').textContent()).toMatch(new RegExp(searchQuery, 'i'));
    await page.close();
  });

  it('does not scroll smoothly when the reader asks for reduced motion', async () => {
    const page = await site.browser.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${site.server.origin}${representative[1]!.path}`);
    // The stylesheet turns smooth scrolling on while focus is inside the page: put it there.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const smooth = await page.evaluate(() =>
      [document.documentElement, ...document.querySelectorAll('body *')]
        .filter((element) => getComputedStyle(element).scrollBehavior === 'smooth')
        .map((element) => element.tagName.toLowerCase() + (element.className ? `.${element.className}` : '')),
    );
    expect(smooth).toEqual([]);
    await page.close();
  });
});

describe('print', () => {
  it('prints the content without the header, navigation and footer', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.origin}${representative[1]!.path}`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.main-nav', '.site-footer', '.skip-link']) {
      expect(await page.locator(selector).first().isVisible(), `${selector} in print`).toBe(false);
    }
    expect(await page.locator('main h1').isVisible()).toBe(true);
    expect(await page.locator('main .prose').first().isVisible()).toBe(true);
    await page.close();
  });

  it('saves a case study as PDF', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.origin}${representative[1]!.path}`);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.close();
  });
});
