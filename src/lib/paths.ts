// Reachable from astro.config.mjs (loaders, link check) and plain Node: relative imports with .ts
// extensions only.
import {
  collections,
  sectionCollections,
  type CollectionName,
  type CollectionSpec,
  type FolderCollection,
  type SectionCollection,
} from '../schemas/collections.ts';

/**
 * URL scheme, derived from the collections table (src/schemas/collections.ts). URLs are promises
 * to the people who share them: they come from the entry id, which is the file name, never from a
 * title an editor may reword.
 */

/** An entry id is one clean URL segment: lowercase letters, digits and single hyphens. */
const CLEAN_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when `id` can stand in a URL as it is. */
export function isCleanId(id: string): boolean {
  return CLEAN_ID.test(id);
}

/**
 * A clean id made from any text (a title, a bad file name): lowercase, accents dropped (é → e),
 * every other run of characters a hyphen. Empty when nothing usable is left (e.g. Lao script only).
 */
export function idFromText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The entry id of a file in a collection folder: its path without the extension. The glob loaders
 * (src/content.config.ts) and the content check both use this one rule; a `slug:` field is refused.
 */
export function entryIdOf(relativePath: string): string {
  return relativePath.replace(/\.mdx?$/, '');
}

/** Why a file name cannot become a URL, or undefined when it can. */
export function fileNameProblem(relativePath: string): string | undefined {
  const id = entryIdOf(relativePath);
  if (isCleanId(id)) return undefined;
  const suggestion = idFromText(id);
  return (
    `the file name "${relativePath}" cannot be a URL: use lowercase letters, digits and hyphens only` +
    (relativePath.includes('/') ? ', directly in the collection folder (no subfolders)' : '') +
    (suggestion ? `, e.g. "${suggestion}${/\.mdx?$/.exec(relativePath)?.[0] ?? '.mdx'}"` : '')
  );
}

const sectionOf = (collection: CollectionName): string | null => (collections[collection] as CollectionSpec).section;

/** Path of an entry's page, e.g. `pathFor('experiences', 'rlip')` is `/case-studies/rlip/`; glossary terms are anchors. */
export function pathFor(collection: CollectionName, id: string): string {
  if (!isCleanId(id)) {
    throw new Error(
      `Entry id "${id}" in collection "${collection}" cannot be a URL: rename the file to lowercase letters, digits and hyphens.`,
    );
  }
  const section = sectionOf(collection);
  if (section === null) return `/${id}/`;
  return 'file' in collections[collection] ? `/${section}/#${id}` : `/${section}/${id}/`;
}

/** Path of a collection's index page, e.g. `/case-studies/`. */
export function indexPathFor(collection: SectionCollection | 'glossary'): string {
  return `/${sectionOf(collection) ?? ''}/`;
}

/** The search page. */
export const searchPath = '/search/';

/** Path of the search page with a query filled in. */
export function searchPathFor(query: string): string {
  return `${searchPath}?q=${encodeURIComponent(query)}`;
}

/** The open-data page, which documents and links every data file. */
export const dataPath = '/data/';

/** The file formats every dataset is offered in. */
export const dataFormats = ['csv', 'json'] as const;
export type DataFormat = (typeof dataFormats)[number];

/** Path of a dataset's file, e.g. `dataFilePathFor('plans', 'csv')` is `/data/plans.csv`. */
export function dataFilePathFor(dataset: string, format: DataFormat): string {
  if (!isCleanId(dataset))
    throw new Error(`Dataset id "${dataset}" cannot be a file name: use lowercase letters, digits and hyphens.`);
  return `${dataPath}${dataset}.${format}`;
}

/** Id of the route's own page in content/pages: /route/. */
export const routePageId = 'route';

/** The route, the case studies, the lessons and the plans on one page, for printing or saving as PDF. */
export const routePrintPath = `${pathFor('pages', routePageId)}print/`;

/**
 * Pages that exist but stay out of the sitemap and the search index: the search page (nothing to
 * show without a query) and the print page (it repeats pages that are listed).
 */
export const unlistedPaths: readonly string[] = [searchPath, routePrintPath];

/**
 * Path of a page's share card (the picture a link preview shows), mirroring the page's own file:
 * `/places/houn/` (dist/places/houn/index.html) has `/cards/places/houn/index.png`, the home page
 * `/cards/index.png`. One card per page path, no two pages share one. The only place that writes a
 * card URL: the page's `og:image`, the card files and the checks derive from it.
 */
export function cardPathFor(pagePath: string): string {
  if (!pagePath.startsWith('/') || !pagePath.endsWith('/') || pagePath.includes('#') || pagePath.includes('?')) {
    throw new Error(`A share card belongs to a page path such as /lessons/community/ (got "${pagePath}")`);
  }
  return `/cards${pagePath}index.png`;
}

/**
 * Where the build lists every page's share card for the card renderer (src/pages/cards/manifest.json.ts);
 * the renderer reads it after the pages are built and removes it from the site.
 */
export const CARD_MANIFEST_PATH = '/cards/manifest.json';

/** The content entry a page is made from, read back from its URL (the link checker's reverse mapping). */
export function entryOfUrl(url: string): { collection: FolderCollection; id: string } | undefined {
  if (!url.endsWith('/')) return undefined;
  const parts = url.split('/').filter(Boolean);
  const [first, second] = parts;
  if (parts.length === 2 && first && second) {
    const collection = sectionCollections.find((name) => sectionOf(name) === first);
    if (collection) return { collection, id: second };
  }
  const sections = Object.values(collections).map((spec: CollectionSpec) => spec.section);
  if (parts.length === 1 && first && !sections.includes(first)) return { collection: 'pages', id: first };
  return undefined;
}

export type { CollectionName, FolderCollection, SectionCollection };
