import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toUtcDate } from '../../src/lib/dates';
import { distDir } from '../support/paths';
import { contentFiles, expectedPath, sitemapPaths } from '../support/site';

/** The journal's RSS feed (src/pages/journal/feed.xml.ts) against the published posts in content/journal/. */

const xmlText = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const field = (item: string, name: string) =>
  xmlText(new RegExp(`<${name}[^>]*>([^<]*)</${name}>`).exec(item)?.[1] ?? '');

const feed = readFileSync(join(distDir, 'journal', 'feed.xml'), 'utf8');
const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, item = '']) => ({
  title: field(item, 'title'),
  link: field(item, 'link'),
  pubDate: field(item, 'pubDate'),
}));
const posts = contentFiles()
  .filter((entry) => entry.collection === 'journal' && !entry.draft)
  .map((entry) => {
    const { frontmatter } = parseFrontmatter(readFileSync(entry.file, 'utf8'));
    return { path: expectedPath(entry), title: String(frontmatter['title']), date: String(frontmatter['date']) };
  });
/** The site's origin, from the channel's own link. */
const origin = new URL(field(feed, 'link')).origin;

describe('the journal feed', () => {
  it('has posts to carry', () => {
    expect(posts.length).toBeGreaterThan(0);
  });

  it('lists every published journal post once, at its page, with its title and date, newest first', () => {
    const expected = [...posts]
      .sort((a, b) => b.date.localeCompare(a.date))
      .map((post) => ({
        title: post.title,
        link: new URL(post.path, origin).href,
        pubDate: toUtcDate(post.date).toUTCString(),
      }));
    expect(items).toEqual(expected);
  });

  it('links only to pages that the site lists', () => {
    const listed = new Set(sitemapPaths());
    expect(items.map((item) => new URL(item.link).pathname).filter((path) => !listed.has(path))).toEqual([]);
  });
});
