import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attr, elementsOf, existsInDist, fileForPath, readBuiltPages, type Element } from '../support/html';
import { distDir } from '../support/paths';

/** Attributes that hold one URL, by element. */
const urlAttributes: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  source: ['src'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};
/** Attributes that hold a list of "URL width" candidates. */
const srcsetAttributes: Record<string, string[]> = { img: ['srcset'], source: ['srcset'] };

/** Origin used to resolve relative URLs; anything that resolves elsewhere is another site. */
const local = 'http://dist.invalid';

/** The public address of the site, as the sitemap writes it: canonical links use it. */
const siteOrigin = new URL(/<loc>([^<]+)<\/loc>/.exec(readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8'))?.[1] ?? local)
  .origin;

/** Every URL a page's elements point at, with a label saying where it was found. */
function urlsIn(element: Element): Array<{ where: string; value: string }> {
  const found: Array<{ where: string; value: string }> = [];
  for (const name of urlAttributes[element.tagName] ?? []) {
    const value = attr(element, name);
    if (value !== undefined) found.push({ where: `<${element.tagName} ${name}>`, value });
  }
  for (const name of srcsetAttributes[element.tagName] ?? []) {
    for (const candidate of (attr(element, name) ?? '').split(',')) {
      const value = candidate.trim().split(/\s+/)[0];
      if (value) found.push({ where: `<${element.tagName} ${name}>`, value });
    }
  }
  return found;
}

const pages = readBuiltPages();
const idsByPath = new Map<string, Set<string>>();

/** The ids (and old-style <a name>) of a built HTML page; read once. */
function idsOf(path: string): Set<string> {
  let ids = idsByPath.get(path);
  if (!ids) {
    const html = readFileSync(fileForPath(path), 'utf8');
    ids = new Set(
      elementsOf(html)
        .flatMap((element) => [attr(element, 'id'), element.tagName === 'a' ? attr(element, 'name') : undefined])
        .filter((id): id is string => id !== undefined),
    );
    idsByPath.set(path, ids);
  }
  return ids;
}

/** What is wrong with one URL on one page, or null when it resolves. */
function problemWith(pagePath: string, element: Element, value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return 'empty URL';
  if (/^(mailto|tel|data):/i.test(trimmed)) return null;
  if (/^javascript:/i.test(trimmed)) return 'javascript: URL';
  let url: URL;
  try {
    url = new URL(trimmed, `${local}${pagePath}`);
  } catch {
    return 'not a URL';
  }
  if (url.origin !== local) {
    // The site's own public address: canonical and feed links use it; any other link to it is
    // checked like a relative one.
    if (url.origin !== siteOrigin) return null;
    if (attr(element, 'rel')?.split(/\s+/).includes('canonical')) return null;
  }
  if (!existsInDist(url.pathname)) return `no file for ${url.pathname} in dist`;
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment === '' || !/\.html$|\/$/.test(url.pathname)) return null;
  return idsOf(url.pathname).has(fragment) ? null : `no id="${fragment}" on ${url.pathname}`;
}

describe('internal links and resources', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it('point at files that exist, and at ids that exist on the target page', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      for (const element of elementsOf(page.html)) {
        for (const { where, value } of urlsIn(element)) {
          checked += 1;
          const problem = problemWith(page.path, element, value);
          if (problem) broken.push(`${page.path} → ${value} (${where}): ${problem}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(pages.length);
    expect(broken, `${broken.length} broken link(s)`).toEqual([]);
  });
});
