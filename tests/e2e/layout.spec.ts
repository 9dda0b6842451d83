import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rootDir } from '../support/paths';
import { sitemapPaths } from '../support/site';
import { useSiteInBrowser } from '../support/site-in-browser';

/** Where the screenshots of key pages are kept after a run (a test artefact, not committed). */
const shotsDir = join(rootDir, 'test-results', 'screenshots');

const site = useSiteInBrowser({ viewport: { width: 360, height: 740 } });

describe('layout on a small phone (360 px)', () => {
  it('never scrolls sideways: no page is wider than the screen', async () => {
    const page = await site.browser.context.newPage();
    const tooWide: string[] = [];
    for (const path of [...sitemapPaths(), '/no-such-page-here/']) {
      await page.goto(`${site.server.origin}${path}`);
      const { scroll, client, culprit } = await page.evaluate(() => {
        const root = document.documentElement;
        // The widest element that sticks out, to say what to fix.
        const out = [...document.body.querySelectorAll('*')].find(
          (el) => el.getBoundingClientRect().right > root.clientWidth + 1,
        );
        return {
          scroll: root.scrollWidth,
          client: root.clientWidth,
          culprit: out ? `${out.tagName.toLowerCase()}.${out.className}` : '',
        };
      });
      if (scroll > client) tooWide.push(`${path}: ${scroll} px (${culprit})`);
    }
    await page.close();
    expect(tooWide).toEqual([]);
  });

  it('keeps screenshots of the home page, a case study and the PSP page at 390 and 1280 px', async () => {
    mkdirSync(shotsDir, { recursive: true });
    const page = await site.browser.context.newPage();
    const written: string[] = [];
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 844 });
      for (const path of ['/', '/case-studies/coffee-dakseum/', '/related/psp-oudomxay/']) {
        await page.goto(`${site.server.origin}${path}`);
        const file = join(shotsDir, `${path.replaceAll('/', '_').replace(/^_$/, 'home') || 'home'}-${width}.png`);
        const png = await page.screenshot({ path: file, fullPage: true });
        expect(png.byteLength).toBeGreaterThan(10_000);
        written.push(file);
      }
    }
    await page.close();
    expect(written).toHaveLength(6);
  });
});
