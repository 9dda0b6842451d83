import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../../src/build/files';
import { entryIdOf, pathFor, unlistedPaths } from '../../src/lib/paths';
import { collections, folderCollections, type FolderCollection } from '../../src/schemas/collections';
import { contentDir, distDir } from './paths';

/** Pages that exist but are deliberately kept out of the sitemap and the index: 404, and src/lib/paths.ts's list. */
export const unlistedPages = ['/404.html', ...unlistedPaths];

/** Every HTML page in `dist/`, as the URL path a reader visits (`/lessons/community/`). */
export function builtPages(root = distDir): string[] {
  return filesUnder(root, '.html')
    .map((file) => `/${file}`.replace(/index\.html$/, ''))
    .sort();
}

/** URL paths listed in the sitemap (through its index), in order. */
export function sitemapPaths(root = distDir): string[] {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  const index = readFileSync(join(root, 'sitemap-index.xml'), 'utf8');
  return locs(index)
    .flatMap((sitemapUrl) => locs(readFileSync(join(root, new URL(sitemapUrl).pathname), 'utf8')))
    .map((url) => new URL(url).pathname)
    .sort();
}

/** A content entry as it sits in `content/`, read with the collections table but without Astro. */
export interface ContentFile {
  collection: FolderCollection;
  id: string;
  file: string;
  draft: boolean;
}

/** Every Markdown/MDX entry in `content/` (each makes a page). */
export function contentFiles(root = contentDir): ContentFile[] {
  return folderCollections.flatMap((collection) => {
    const dir = join(root, collections[collection].folder);
    return filesUnder(dir, /\.mdx?$/).map((name) => {
      const file = join(dir, name);
      const { frontmatter } = parseFrontmatter(readFileSync(file, 'utf8'));
      return { collection, id: entryIdOf(name), file, draft: frontmatter['draft'] === true };
    });
  });
}

/** The URL path where a content entry's page must be. */
export function expectedPath(entry: Pick<ContentFile, 'collection' | 'id'>): string {
  return pathFor(entry.collection, entry.id);
}

/** Pagefind's own count of indexed pages, from the index it wrote. */
export function pagefindPageCount(root = distDir): number {
  const entry = JSON.parse(readFileSync(join(root, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
