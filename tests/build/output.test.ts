import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { readLastChanged } from '../../src/build/git-history';
import { contentPathOf } from '../../src/schemas/collections';
import { distDir, rootDir } from '../support/paths';
import {
  builtPages,
  contentFiles,
  type ContentFile,
  expectedPath,
  pagefindPageCount,
  sitemapPaths,
  unlistedPages,
} from '../support/site';

const published = contentFiles().filter((entry) => !entry.draft);
const pages = builtPages();
const listedPages = pages.filter((page) => !unlistedPages.includes(page));
const sitemap = sitemapPaths();

describe('the built site', () => {
  it('has content to check', () => {
    expect(published.length).toBeGreaterThan(0);
  });

  it('has a page for every published content entry', () => {
    const missing = published.filter((entry) => !pages.includes(expectedPath(entry)));
    expect(missing.map((entry) => entry.file)).toEqual([]);
  });

  it('lists exactly the built pages in the sitemap, search and 404 aside', () => {
    expect(sitemap).toEqual(listedPages);
  });

  it('has every content entry in the sitemap', () => {
    const missing = published.map(expectedPath).filter((path) => !sitemap.includes(path));
    expect(missing).toEqual([]);
  });

  it('indexes exactly as many pages for search as the sitemap lists', () => {
    expect(pagefindPageCount()).toBe(sitemap.length);
  });

  it('names the sitemap in robots.txt', () => {
    const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
  });

  it('keeps the search page, the print page and the 404 page out of the search index', () => {
    for (const page of ['search/index.html', 'route/print/index.html', '404.html']) {
      expect(readFileSync(join(distDir, page), 'utf8'), page).not.toContain('data-pagefind-body');
    }
  });

  it('keeps the 404 and print pages from search engines, and lets them see the search page under one address', () => {
    for (const page of ['404.html', 'route/print/index.html']) {
      const html = readFileSync(join(distDir, page), 'utf8');
      expect(html, page).toContain('name="robots" content="noindex"');
      expect(html, page).not.toContain('rel="canonical"');
    }
    const search = readFileSync(join(distDir, 'search', 'index.html'), 'utf8');
    expect(search).not.toContain('noindex');
    expect(search).toMatch(/<link rel="canonical" href="[^"]+\/search\/">/);
  });

  it('gives every glossary term an anchor on the glossary page', () => {
    const terms = yaml.load(readFileSync(join(rootDir, contentPathOf('glossary')), 'utf8')) as Array<{ id: string }>;
    const ids = terms.map((term) => term.id);
    expect(ids.length).toBeGreaterThan(0);
    const glossary = readFileSync(join(distDir, 'glossary', 'index.html'), 'utf8');
    expect(ids.filter((id) => !glossary.includes(`id="${id}"`))).toEqual([]);
  });

  it('shows a Sources section linking to at least one source on every entry page', () => {
    const withoutSources = published
      .filter((entry) => entry.collection !== 'sources')
      .filter((entry) => {
        const html = readFileSync(join(distDir, expectedPath(entry), 'index.html'), 'utf8');
        const section = /<section class="source-list"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
        return !/href="\/sources\/[a-z0-9-]+\/"/.test(section);
      });
    expect(withoutSources.map((entry) => entry.file)).toEqual([]);
  });

  it('dates every entry page "Last updated" from git where its file has history', () => {
    const history = readLastChanged(rootDir);
    const wrong = published.flatMap((entry) => {
      const day = history.get(relative(rootDir, entry.file).split(sep).join('/'));
      if (!day) return [];
      const html = readFileSync(join(distDir, expectedPath(entry), 'index.html'), 'utf8');
      const shown = /class="page-meta[^"]*"[^>]*>[^<]*<time datetime="([^"]+)"/.exec(html)?.[1];
      return shown === day ? [] : [`${expectedPath(entry)}: ${shown ?? 'no date'} instead of ${day}`];
    });
    expect(history.size).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  it('gives every listed page a link preview and its own canonical address', () => {
    const meta = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];
    for (const path of sitemap) {
      const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
      expect(meta(html, /<meta property="og:title" content="([^"]+)"/), path).toBeTruthy();
      expect(meta(html, /<meta property="og:description" content="([^"]+)"/), path).toBeTruthy();
      const canonical = meta(html, /<link rel="canonical" href="([^"]+)"/) ?? '';
      expect(new URL(canonical).pathname, path).toBe(path);
      expect(meta(html, /<meta property="og:url" content="([^"]+)"/), path).toBe(canonical);
    }
  });

  it('loads one small script on entry pages, the page controls, the search script on /search/ and the 404 page, and none elsewhere', () => {
    const scriptsOf = (page: string) => {
      const html = readFileSync(join(distDir, page.endsWith('.html') ? page : `${page}index.html`), 'utf8');
      const tags = [...html.matchAll(/<script\b[^>]*>/gi)].map(([tag]) => tag);
      return {
        sources: tags.flatMap((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1] ?? []),
        // JSON-LD is data, not script (tests/build/csp.test.ts).
        inline: tags.filter((tag) => !/\ssrc=/.test(tag) && !tag.includes('type="application/ld+json"')),
      };
    };
    const entryPaths = new Set(published.map(expectedPath));
    const controls = scriptsOf(expectedPath(published[0] as ContentFile)).sources;
    expect(controls).toHaveLength(1);
    const asExpected = (page: string, sources: string[]) =>
      page === '/search/' || page === '/404.html'
        ? sources.length === 1 && !controls.includes(sources[0] ?? '')
        : entryPaths.has(page)
          ? sources.join() === controls.join()
          : sources.length === 0;
    const problems = pages.flatMap((page) => {
      const { sources, inline } = scriptsOf(page);
      return [
        ...inline.map((tag) => `${page}: inline ${tag}`),
        ...(asExpected(page, sources) ? [] : [`${page}: ${sources.join(', ') || 'no script'}`]),
      ];
    });
    expect(problems).toEqual([]);
    // Eager JavaScript budget: 1 KB gzip, imports included (the module must have none).
    const code = readFileSync(join(distDir, controls[0] ?? ''));
    expect(code.toString()).not.toMatch(/\bimport\s*["'{*]|\bfrom\s*["']/);
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(1024);
  });

  it('writes the search index inside dist, not into public/', () => {
    expect(existsSync(join(distDir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(distDir, '..', 'public', 'pagefind'))).toBe(false);
  });
});
