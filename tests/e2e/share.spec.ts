import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../support/site-in-browser';

const site = useSiteInBrowser({
  viewport: { width: 390, height: 844 },
  // What a reader grants when a page asks to copy; reading it back lets the tests see what was copied.
  permissions: ['clipboard-read', 'clipboard-write'],
});

/** What a link preview (chat app, social network) reads from a page. */
async function previewOf(path: string) {
  const page = await site.browser.context.newPage();
  await page.goto(`${site.server.origin}${path}`);
  const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
  const preview = {
    title: await meta('meta[property="og:title"]'),
    description: await meta('meta[property="og:description"]'),
    url: await meta('meta[property="og:url"]'),
    canonical: await page.locator('link[rel="canonical"]').getAttribute('href'),
    h1: (await page.locator('h1').first().innerText()).trim(),
    page,
  };
  return preview;
}

/** A page as a reader sees it, with the script running (or blocked: `withScripts: false`). */
async function open(path: string, { withScripts = true, init }: { withScripts?: boolean; init?: string } = {}) {
  const page = await site.browser.context.newPage();
  if (!withScripts) await page.route('**/*.js', (route) => route.abort());
  if (init) await page.addInitScript(init);
  await page.goto(`${site.server.origin}${path}`);
  return page;
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const status = (page: Page) => page.getByRole('status');
/** Today in the page's own calendar, in each citation format's style. */
const today = (page: Page) =>
  page.evaluate(() => {
    const now = new Date();
    const iso = now.toLocaleDateString('sv');
    return { apa: now.toLocaleDateString('en-US', { dateStyle: 'long' }), iso, ris: iso.replaceAll('-', '/') };
  });

describe('sharing a page', () => {
  it('previews a case study with its own title and summary', async () => {
    const preview = await previewOf('/case-studies/coffee-dakseum/');
    expect(preview.title).toBe(preview.h1);
    expect(preview.description).toBe((await preview.page.locator('.lede').innerText()).trim());
    await preview.page.close();
  });

  it('offers an e-mail link and citations that carry the page address, without JavaScript', async () => {
    const page = await open('/lessons/community/', { withScripts: false });
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
    const share = page.getByRole('region', { name: 'Share or cite this page' });
    const mailto = await share.getByRole('link', { name: 'Send this page by e-mail' }).getAttribute('href');
    expect(mailto).toMatch(/^mailto:\?subject=/);
    expect(decodeURIComponent(mailto ?? '')).toContain(canonical);
    await share.locator('summary', { hasText: 'Cite this page' }).click();
    const citations = await share.locator('pre').allInnerTexts();
    expect(citations).toHaveLength(3);
    for (const citation of citations) {
      expect(citation).toContain(canonical);
      expect(citation).toContain('[date accessed]');
    }
    expect(citations[1]).toMatch(/^@online\{/);
    expect(citations[2]).toMatch(/^TY {2}- ELEC\n[\s\S]*\nER {2}- $/);
    // Buttons that need the script are not shown without it.
    expect(await share.getByRole('button').count()).toBe(0);
    await page.close();
  });

  it('copies each citation with today’s date by mouse and by keyboard, and says so', async () => {
    const page = await open('/case-studies/coffee-dakseum/');
    const dates = await today(page);
    await page.locator('summary', { hasText: 'Cite this page' }).click();
    const shown = async (id: string) => (await page.locator(`#cite-${id}`).innerText()).trim();

    await page.getByRole('button', { name: 'Copy APA 7' }).click();
    await expect.poll(() => status(page).innerText()).toBe('Citation copied, with today’s date.');
    expect(await clipboard(page)).toBe((await shown('apa')).replace('[date accessed]', dates.apa));

    await page.getByRole('button', { name: 'Copy BibTeX' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toBe((await shown('bibtex')).replace('[date accessed]', dates.iso));
    expect(await clipboard(page)).toContain(`urldate = {${dates.iso}}`);

    await page.getByRole('button', { name: 'Copy RIS' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => clipboard(page)).toContain(`Y2  - ${dates.ris}\n`);
    await expect.poll(() => status(page).innerText()).toBe('Citation copied, with today’s date.');
    await page.close();
  });

  it('copies the full address of a section from the link beside its heading, and still goes there', async () => {
    const page = await open('/case-studies/coffee-dakseum/');
    const heading = page.locator('.prose h2').first();
    const id = await heading.getAttribute('id');
    const link = page.getByRole('link', { name: `Link to the section ${(await heading.innerText()).trim()}` });
    expect(await link.getAttribute('href')).toBe(`#${id}`);
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toBe(`${site.server.origin}/case-studies/coffee-dakseum/#${id}`);
    expect(await page.evaluate(() => location.hash)).toBe(`#${id}`);
    await expect.poll(() => status(page).innerText()).toBe('Link to the section copied.');
    await page.close();
  });

  it('copies the page’s address when the browser has no share sheet', async () => {
    const page = await open('/lessons/community/?from=feed#top', { init: 'delete Navigator.prototype.share' });
    await page.getByRole('button', { name: 'Share this page' }).click();
    await expect.poll(() => clipboard(page)).toBe(`${site.server.origin}/lessons/community/`);
    await expect.poll(() => status(page).innerText()).toBe('Link to this page copied.');
    await page.close();
  });

  it('opens the share sheet where there is one, with the page’s title and address', async () => {
    const stub = `Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value(data) { window.shared = data; return Promise.resolve(); },
    })`;
    const page = await open('/lessons/community/', { init: stub });
    await page.getByRole('button', { name: 'Share this page' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared?: ShareData }).shared))
      .toEqual({ title: await page.title(), url: `${site.server.origin}/lessons/community/` });
    await page.close();
  });

  it('passes axe with the citations open and a copy announced, in the light and the dark colour scheme', async () => {
    const page = await open('/route/');
    await page.locator('summary', { hasText: 'Cite this page' }).click();
    await page.getByRole('button', { name: 'Copy APA 7' }).click();
    await expect.poll(() => status(page).innerText()).not.toBe('');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page })
        .options({ resultTypes: ['violations'] })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .setLegacyMode(true)
        .analyze();
      expect(
        results.violations.map((violation) => `${colorScheme}: ${violation.id} ${violation.nodes.length}`),
      ).toEqual([]);
    }
    await page.close();
  });
});
