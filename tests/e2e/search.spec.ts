import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../support/site-in-browser';
import { resultsFound } from '../support/gates';
import { sitemapPaths } from '../support/site';

const site = useSiteInBrowser();

describe('site search in Chromium', () => {
  it('finds a known page from the header search box and opens the first result', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.origin}/`);
    await page.getByRole('searchbox', { name: 'Search the site' }).first().fill('asparagus');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=asparagus/);
    const firstResult = page.locator('#search-results li a').first();
    await firstResult.waitFor();
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(resultsFound);
    const href = await firstResult.getAttribute('href');
    await firstResult.click();
    await page.waitForURL(`${site.server.origin}${href}`);
    expect(await page.locator('main').textContent()).toMatch(/asparagus/i);
    await page.close();
  });

  it('reads the query from ?q= and says when nothing matches', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.origin}/search/?q=zzqxnotaword`);
    await expect.poll(() => page.locator('#search-status').textContent()).toContain('No pages match');
    expect(await page.getByRole('searchbox', { name: 'Search the site' }).last().inputValue()).toBe('zzqxnotaword');
    await page.close();
  });

  // Readers type the spellings they know: variants and Lao script must find the page.
  for (const [query, expected] of [
    ['Daxeum', '/case-studies/coffee-dakseum/'],
    ['Attopeu', '/places/attapeu/'],
    ['Xaignabouli', '/places/sayaboury/'],
    ['ອັດຕະປື', '/places/attapeu/'],
  ] as const) {
    it(`finds ${expected} when searching for "${query}"`, async () => {
      const page = await site.browser.context.newPage();
      await page.goto(`${site.server.origin}/search/?q=${encodeURIComponent(query)}`);
      await expect.poll(() => page.locator('#search-status').textContent()).toMatch(resultsFound);
      const hrefs = await page
        .locator('#search-results li h2 a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs).toContain(expected);
      await page.close();
    });
  }

  // Lao is written without spaces between words. The index and the search box split it into
  // syllables with the same rules (src/lib/lao-syllables.ts), so a name typed whole, or with
  // "province" in front of it, finds its page first.
  // NOT YET: the two marked `known` fail and are kept as `it.fails` until ranking is fixed. Pagefind
  // ANDs the syllables anywhere in a page, so the /sources/ list (ແຂວງ from one source's title,
  // ອັດຕະປື from another's summary) is the only match for ແຂວງອັດຕະປື, and the Lao Wikipedia
  // source outranks the plateau's own page. Ranking pages where the syllables stand together first
  // would fix both.
  for (const [query, expected, known] of [
    ['ແຂວງອັດຕະປື', '/places/attapeu/', true], // "Attapeu province": no page holds the whole phrase
    ['ອັດຕະປື', '/places/attapeu/', false],
    ['ພູພຽງບໍລະເວນ', '/places/bolaven-plateau/', true], // the Bolaven Plateau
  ] as const) {
    (known ? it.fails : it)(
      `finds ${expected} first when searching for "${query}", written without spaces`,
      async () => {
        const page = await site.browser.context.newPage();
        await page.goto(`${site.server.origin}/search/?q=${encodeURIComponent(query)}`);
        await expect.poll(() => page.locator('#search-status').textContent()).toMatch(resultsFound);
        const hrefs = await page
          .locator('#search-results li h2 a')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        expect(hrefs[0], `results: ${hrefs.join(' ')}`).toBe(expected);
        // The reader's own words stay in the box and in the address.
        expect(await page.getByRole('searchbox', { name: 'Search the site' }).last().inputValue()).toBe(query);
        expect(new URL(page.url()).searchParams.get('q')).toBe(query);
        await page.close();
      },
    );
  }

  it('holds every page of the sitemap in the search index, and nothing else', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.origin}/search/`);
    // Given as text: Vitest would rewrite a dynamic import() inside a function it transforms.
    const indexed = await page.evaluate<string[]>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const filters = await pagefind.filters();
      const urls = [];
      for (const type of Object.keys(filters.type)) {
        const search = await pagefind.search(null, { filters: { type } });
        for (const result of search.results) urls.push((await result.data()).url);
      }
      return urls;
    })()`);
    expect([...indexed].sort()).toEqual(sitemapPaths());
    await page.close();
  });
});

describe('long result lists', () => {
  it('shows ten results at a time and the rest on request, keeping keyboard focus on the new results', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.origin}/search/?q=coffee`);
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/^\d+ pages match/);
    const total = Number(/^(\d+)/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(10);
    expect(await page.locator('#search-results li').count()).toBe(10);
    await page.getByRole('button', { name: 'Show more results' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#search-results li').count()).toBe(Math.min(20, total));
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('#search-results li')].indexOf(document.activeElement?.closest('li') as Element),
      ),
    ).toBe(10);
    await page.close();
  });
});
