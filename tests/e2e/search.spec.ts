import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { useSiteInBrowser } from '../support/site-in-browser';
import { resultsFound } from '../support/gates';
import { sitemapPaths } from '../support/site';

/**
 * Search as a reader uses it, on the built site: queries with the first result a reader expects,
 * filters without a query, an address that carries a search, the keyboard, the 404 page, and
 * the index against the sitemap.
 */

const site = useSiteInBrowser();

const status = (page: Page) => page.locator('#search-status');
/** Waits until the search has said what it found, and returns what it said. */
async function settled(page: Page): Promise<string> {
  await expect
    .poll(async () => (await status(page).textContent()) ?? '', { timeout: 15_000 })
    .toMatch(/match|hold|No page/);
  return (await status(page).textContent()) ?? '';
}
const resultLinks = (page: Page) =>
  page
    .locator('#search-results > li > :is(h2, h3) > a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));

async function openSearch(address: string): Promise<Page> {
  const page = await site.browser.context.newPage();
  await page.goto(`${site.server.origin}${address}`);
  return page;
}

describe('search in Chromium: what comes first', () => {
  it('finds a known page from the header search box and opens the first result', async () => {
    const page = await openSearch('/');
    await page.getByRole('searchbox', { name: 'Search the site' }).first().fill('asparagus');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=asparagus/);
    expect(await settled(page)).toMatch(resultsFound);
    const first = page.locator('#search-results > li h2 a').first();
    expect(await first.getAttribute('href')).toBe('/case-studies/asparagus-darkhied/');
    await first.click();
    await page.waitForURL(`${site.server.origin}/case-studies/asparagus-darkhied/`);
    await page.close();
  });

  // The page about a thing comes before pages that mention it; readers type the spellings they
  // know, in Latin or Lao script, whole words or questions.
  for (const [query, expected, why] of [
    ['coffee', '/case-studies/coffee-dakseum/', 'a product'],
    ['Attapeu', '/places/attapeu/', 'a place named exactly'],
    ['Oudomxay', '/places/oudomxay/', 'a place named exactly'],
    ['Daxeum', '/places/dakseum/', 'a variant spelling'],
    ['Attopeu', '/places/attapeu/', 'a variant spelling'],
    ['Xaignabouli', '/places/sayaboury/', 'a variant spelling'],
    ['ອັດຕະປື', '/places/attapeu/', 'a Lao word'],
    ['ພູພຽງບໍລະເວນ', '/places/bolaven-plateau/', 'a Lao name written without spaces'],
    ['ແຂວງອັດຕະປື', '/places/attapeu/', 'a Lao phrase without spaces, "Attapeu province"'],
    ['where do Alak farmers grow coffee', '/case-studies/coffee-dakseum/', 'a question'],
    ['who trained cooperatives in Paksong in 2023', '/related/thinkcoop-paksong/', 'a question'],
  ] as const) {
    it(`puts ${expected} first for ${why}: "${query}"`, async () => {
      const page = await openSearch(`/search/?q=${encodeURIComponent(query)}`);
      await settled(page);
      const links = await resultLinks(page);
      expect(links[0], `results: ${links.join(' ')}`).toBe(expected);
      // The reader's own words stay in the box and in the address.
      expect(await page.locator('#search-page-input').inputValue()).toBe(query);
      expect(new URL(page.url()).searchParams.get('q')).toBe(query);
      await page.close();
    });
  }

  it('says when no page holds every word, and shows those holding most of them', async () => {
    const page = await openSearch(`/search/?q=${encodeURIComponent('ແຂວງອັດຕະປື')}`);
    expect(await settled(page)).toMatch(/^No page holds every word of “ແຂວງອັດຕະປື”\. \d+ pages hold some of them/);
    // The excerpt reads as the page does: the index's syllable breaks are closed up again.
    expect(await page.locator('#search-results > li').first().textContent()).toContain('ອັດຕະປື');
    await page.close();
  });

  it('says when nothing matches', async () => {
    const page = await openSearch('/search/?q=zzqxnotaword');
    expect(await settled(page)).toContain('No pages match “zzqxnotaword”');
    expect(await page.locator('#search-results > li').count()).toBe(0);
    await page.close();
  });
});

describe('results a reader can judge', () => {
  it('gives each result its kind, a journal post its date, and links to the matching sections', async () => {
    const page = await openSearch('/search/?q=coffee');
    await settled(page);
    const first = page.locator('#search-results > li').first();
    expect(await first.locator('.badge').textContent()).toBe('Case study');
    expect(await first.locator('mark').first().textContent()).toMatch(/coffee/i);
    const sections = await first
      .locator('.sub-results a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(sections.length).toBeGreaterThan(0);
    for (const href of sections) {
      const [path, id] = (href ?? '').split('#');
      expect(path).toBe('/case-studies/coffee-dakseum/');
      const target = await site.browser.context.newPage();
      await target.goto(`${site.server.origin}${path}`);
      expect(await target.locator(`[id="${id}"]`).count(), `${href} has no target`).toBe(1);
      await target.close();
    }
    const post = page.locator('#search-results > li', { has: page.locator('.badge', { hasText: 'Journal post' }) });
    await post.first().waitFor();
    expect(await post.first().locator('.result-meta').textContent()).toMatch(/\d{1,2} \w+ \d{4}/);
    await page.close();
  });
});

describe('filters', () => {
  it('lists every value with the number of pages the index holds for it', async () => {
    const page = await openSearch('/search/');
    const shown = await page.locator('.search-filters input[type=checkbox]').evaluateAll((boxes) =>
      (boxes as HTMLInputElement[]).map((box) => ({
        name: box.name,
        value: box.value,
        count: Number(/\d+/.exec(box.closest('label')?.querySelector('.filter-count')?.textContent ?? '')?.[0]),
      })),
    );
    expect(new Set(shown.map((s) => s.name))).toEqual(new Set(['type', 'province', 'organisation', 'sector']));
    // Given as text: Vitest would rewrite a dynamic import() inside a function it transforms.
    const indexed = await page.evaluate<number[]>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const counts = [];
      for (const { name, value } of ${JSON.stringify(shown)}) {
        counts.push((await pagefind.search(null, { filters: { [name]: value } })).results.length);
      }
      return counts;
    })()`);
    expect(shown.map((s) => `${s.name}=${s.value}: ${s.count}`)).toEqual(
      shown.map((s, i) => `${s.name}=${s.value}: ${indexed[i]}`),
    );
    await page.close();
  });

  it('browses without a query, combines filters, keeps them in the address, and Back undoes one', async () => {
    const page = await openSearch('/search/');
    await page.locator('.search-filters summary').click();
    await page.getByRole('checkbox', { name: /^Case studies/ }).check();
    await page.waitForURL(/\?type=Case\+studies$/);
    expect(await settled(page)).toBe('4 pages match the chosen filters.');
    expect(await page.locator('#search-results .badge').allTextContents()).toEqual(Array(4).fill('Case study'));
    // Beside each value: what it would find with the rest of the search.
    expect(
      await page
        .getByRole('checkbox', { name: /^Organic asparagus/ })
        .locator('..')
        .textContent(),
    ).toMatch(/Organic asparagus\s*1 page$/);

    await page.getByRole('checkbox', { name: /^Innovation plans/ }).check();
    await page.waitForURL(/\?type=Case\+studies&type=Innovation\+plans$/);
    await expect.poll(() => status(page).textContent()).toMatch(/^\d+ pages match the chosen filters/);
    const both = Number(/\d+/.exec((await status(page).textContent()) ?? '')?.[0]);
    expect(both).toBeGreaterThan(4);

    await page.goBack();
    await page.waitForURL(/\?type=Case\+studies$/);
    expect(await page.getByRole('checkbox', { name: /^Innovation plans/ }).isChecked()).toBe(false);
    await expect.poll(() => status(page).textContent()).toBe('4 pages match the chosen filters.');
    await page.close();
  });

  it('opens a shared address with its query and filters applied', async () => {
    const page = await openSearch('/search/?q=coffee&province=Champasak');
    await settled(page);
    expect(await page.locator('#search-page-input').inputValue()).toBe('coffee');
    expect(await page.locator('input[name=province][value=Champasak]').isChecked()).toBe(true);
    expect(await page.locator('.filters-chosen').textContent()).toBe('1 chosen');
    expect(await status(page).textContent()).toMatch(/^\d+ pages? match(es)? “coffee” with the chosen filters\.$/);
    expect(await resultLinks(page)).toContain('/places/paksong/');
    expect(await resultLinks(page)).not.toContain('/case-studies/coffee-dakseum/');
    await page.close();
  });
});

describe('the keyboard alone', () => {
  it('goes from the box to a result and opens it', async () => {
    const page = await openSearch('/search/');
    await page.locator('#search-page-input').focus();
    await page.keyboard.type('Think.COOP');
    await page.keyboard.press('Enter');
    await settled(page);
    let onResult = false;
    for (let i = 0; i < 6 && !onResult; i++) {
      await page.keyboard.press('Tab');
      onResult = await page.evaluate(() => document.activeElement?.closest('#search-results') !== null);
    }
    expect(onResult).toBe(true);
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.server.origin}${href}`);
    await page.close();
  });
});

describe('long result lists', () => {
  it('shows five results at a time and the rest on request, keeping keyboard focus on the new results', async () => {
    const page = await openSearch('/search/?q=coffee');
    expect(await settled(page)).toMatch(/^\d+ pages match/);
    const total = Number(/^(\d+)/.exec((await status(page).textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(10);
    expect(await page.locator('#search-results > li').count()).toBe(5);
    await page.getByRole('button', { name: 'Show more results' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#search-results > li').count()).toBe(10);
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('#search-results > li')].indexOf(
          document.activeElement?.closest('li') as Element,
        ),
      ),
    ).toBe(5);
    await page.close();
  });
});

describe('the 404 page', () => {
  it('offers the page meant by a mistyped address, and matches for its words', async () => {
    const page = await openSearch('/case-study/cofee-dakseum/');
    const near = page.locator('#not-found-near a').first();
    await near.waitFor();
    expect(await near.getAttribute('href')).toBe('/case-studies/coffee-dakseum/');
    await settled(page);
    expect(await page.locator('#search-results > li h3 a').count()).toBeGreaterThan(0);
    expect(await page.locator('#search-results > li h3 a').count()).toBeLessThanOrEqual(5);
    await page.close();
  });

  it('without JavaScript, still offers the search box and the home page', async () => {
    const noScripts = await launchBrowser({ javaScriptEnabled: false });
    const page = await noScripts.context.newPage();
    await page.goto(`${site.server.origin}/no-such-page/`);
    expect(await page.locator('#not-found-matches').isHidden()).toBe(true);
    await page.getByRole('searchbox').last().fill('coffee');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=coffee/);
    expect(await page.locator('#search-status').textContent()).toContain('Search needs JavaScript');
    expect(await page.getByRole('link', { name: 'Home' }).count()).toBeGreaterThan(0);
    await noScripts.close();
  });
});

describe('the index', () => {
  it('holds every page of the sitemap, and nothing else', async () => {
    const page = await openSearch('/search/');
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
