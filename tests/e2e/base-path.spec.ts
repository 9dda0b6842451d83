import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBuiltLinks } from '../../src/build/link-check';
import { scanHtml } from '../../src/lib/link-check';
import { launchBrowser } from '../support/browser';
import { readBuiltPages } from '../support/html';
import { contentDir, rootDir } from '../support/paths';
import { copyProject } from '../support/project-copy.mjs';
import { serveDist, type StaticServer } from '../support/server';
import { resultsFound } from '../support/gates';

/** A project site on GitHub Pages lives under a sub-path: the whole site must work there. */
const base = '/learning-route/';
const copy = copyProject(rootDir, contentDir, 'base-path');
let built: { status: number | null; output: string };
let server: StaticServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  built = copy.build({ BASE_PATH: base });
  server = await serveDist(copy.distDir, base);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  copy.remove();
});

describe(`the site built with BASE_PATH=${base}`, () => {
  it('builds, and no internal link breaks or leaves the base path', () => {
    expect(built.status, built.output).toBe(0);
    expect(checkBuiltLinks(copy.distDir, undefined, base)).toEqual([]);
  });

  it('puts the base in front of every root-relative link, asset, image and form', () => {
    const escaping = readBuiltPages(copy.distDir).flatMap((page) =>
      scanHtml(page.html)
        .links.filter((link) => link.startsWith('/') && !link.startsWith(base))
        .map((link) => `${page.path}: ${link}`),
    );
    expect(escaping).toEqual([]);
  });

  it('searches under the base path and opens a result there', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}${base}search/?q=asparagus`);
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(resultsFound);
    const first = page.locator('#search-results li a').first();
    const href = (await first.getAttribute('href')) ?? '';
    expect(href.startsWith(base), href).toBe(true);
    const response = await page.goto(`${server.origin}${href}`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('main').textContent()).toMatch(/asparagus/i);
    await page.close();
  });

  it('points link previews at the share cards under the base path', () => {
    const html = readFileSync(join(copy.distDir, 'route', 'index.html'), 'utf8');
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(new URL(image).pathname).toBe(`${base}cards/route/index.png`);
    expect(existsSync(join(copy.distDir, 'cards', 'route', 'index.png'))).toBe(true);
  });

  it('names the sitemap and the feed under the base path', async () => {
    const robots = await (await fetch(`${server.origin}${base}robots.txt`)).text();
    expect(robots).toMatch(new RegExp(`Sitemap: https?://[^/]+${base}sitemap-index.xml`));
    const feed = await (await fetch(`${server.origin}${base}journal/feed.xml`)).text();
    expect(feed).toMatch(new RegExp(`<link>https?://[^/]+${base}journal/[a-z0-9-]+/</link>`));
    expect(join(copy.distDir, 'sitemap-index.xml')).toBeTruthy();
  });
});
