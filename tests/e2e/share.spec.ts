import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../support/site-in-browser';

const site = useSiteInBrowser({ viewport: { width: 390, height: 844 } });

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

describe('sharing a page', () => {
  it('previews a case study with its own title and summary', async () => {
    const preview = await previewOf('/case-studies/coffee-dakseum/');
    expect(preview.title).toBe(preview.h1);
    expect(preview.description).toBe((await preview.page.locator('.lede').innerText()).trim());
    await preview.page.close();
  });

  it('offers an e-mail link and a citation that carry the page address, without JavaScript', async () => {
    const preview = await previewOf('/lessons/community/');
    const share = preview.page.getByRole('region', { name: 'Share or cite this page' });
    const mailto = await share.getByRole('link', { name: 'Send this page by e-mail' }).getAttribute('href');
    expect(mailto).toMatch(/^mailto:\?subject=/);
    expect(decodeURIComponent(mailto ?? '')).toContain(preview.canonical);
    expect(await share.locator('cite').innerText()).toContain(preview.canonical);
    expect(await preview.page.locator('script').count()).toBe(0);
    await preview.page.close();
  });
});
