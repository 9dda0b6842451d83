import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { sectionOf, type PageCollection } from '../../src/lib/paths';
import { contentDir, distDir } from './paths';

/** Pages that exist but are deliberately kept out of the sitemap and the index. */
export const unlistedPages = ['/404.html', '/search/'];

/** Every HTML page in `dist/`, as the URL path a reader visits (`/lessons/community/`). */
export function builtPages(root = distDir): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => '/' + relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .map((path) => path.replace(/index\.html$/, ''))
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

/** A content entry as it sits in `content/`, found without Astro, so the test is independent of it. */
export interface ContentFile {
  collection: PageCollection | 'pages';
  id: string;
  file: string;
  draft: boolean;
}

/** Every Markdown/MDX entry in `content/` that makes a page. */
export function contentFiles(root = contentDir): ContentFile[] {
  const collections = [...(Object.keys(sectionOf) as PageCollection[]), 'pages' as const];
  return collections.flatMap((collection) => {
    const dir = join(root, collection);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => /\.mdx?$/.test(name))
      .map((name) => {
        const file = join(dir, name);
        const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
        return { collection, id: name.replace(/\.mdx?$/, ''), file, draft: /^draft:\s*true\s*$/m.test(frontmatter) };
      });
  });
}

/** The URL path where a content entry's page must be. */
export function expectedPath(entry: Pick<ContentFile, 'collection' | 'id'>): string {
  return entry.collection === 'pages' ? `/${entry.id}/` : `/${sectionOf[entry.collection]}/${entry.id}/`;
}

/** Pagefind's own count of indexed pages, from the index it wrote. */
export function pagefindPageCount(root = distDir): number {
  const entry = JSON.parse(readFileSync(join(root, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
