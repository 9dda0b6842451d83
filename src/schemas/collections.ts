// Reachable from astro.config.mjs (through the content check) and run by plain Node in the bench:
// relative imports with their .ts extension only, no `~/` alias.
import type { UiKey } from '../i18n/en.ts';
import {
  experienceSchema,
  glossarySchema,
  journalSchema,
  lessonSchema,
  organisationSchema,
  pageSchema,
  placeSchema,
  planSchema,
  relatedSchema,
  sourceSchema,
} from './entries.ts';

/**
 * THE table of collections: for each one, where its files are, where its pages are, what readers
 * call it and which schema checks it. Everything else derives from this table: the loaders
 * (src/content.config.ts), URLs (src/lib/paths.ts), navigation, the content check, the link
 * checker's reverse mapping, the tests' readers and the benchmark. Adding a collection is one
 * schema in src/schemas/entries.ts plus one row here (and its label in src/i18n/en.ts).
 */
export const collections = {
  /** Standalone pages (the route, about), each at the top level: /route/. */
  pages: { folder: 'pages', section: null, label: 'collection.pages', schema: pageSchema },
  experiences: {
    folder: 'experiences',
    section: 'case-studies',
    label: 'collection.experiences',
    schema: experienceSchema,
    nav: 'main',
  },
  lessons: { folder: 'lessons', section: 'lessons', label: 'collection.lessons', schema: lessonSchema, nav: 'main' },
  plans: { folder: 'plans', section: 'innovation-plans', label: 'collection.plans', schema: planSchema, nav: 'main' },
  related: { folder: 'related', section: 'related', label: 'collection.related', schema: relatedSchema, nav: 'main' },
  journal: { folder: 'journal', section: 'journal', label: 'collection.journal', schema: journalSchema, nav: 'main' },
  organisations: {
    folder: 'organisations',
    section: 'partners',
    label: 'collection.organisations',
    schema: organisationSchema,
    nav: 'footer',
  },
  places: { folder: 'places', section: 'places', label: 'collection.places', schema: placeSchema, nav: 'footer' },
  sources: { folder: 'sources', section: 'sources', label: 'collection.sources', schema: sourceSchema, nav: 'footer' },
  /** One YAML file; the terms share one page, an anchor each: /glossary/#ppp. */
  glossary: {
    file: 'glossary.yaml',
    section: 'glossary',
    label: 'collection.glossary',
    schema: glossarySchema,
    nav: 'footer',
  },
} as const satisfies Record<string, CollectionSpec>;

/** What a row of the table holds. */
export interface CollectionSpec {
  /** Folder under content/ with one .md/.mdx file per entry; the file name is the entry's id and URL. */
  folder?: string;
  /** Or one YAML file under content/ holding a list of entries, each with an `id`. */
  file?: string;
  /** URL section: /<section>/<id>/ (one page per entry) or /<section>/#<id> (a YAML file's entries); null: /<id>/. */
  section: string | null;
  /** Dictionary key of the name readers see (headings, breadcrumbs, navigation, search filters). */
  label: UiKey;
  /** Schema factory (src/schemas/entries.ts). */
  schema: (...args: never[]) => unknown;
  /** Where the collection's index is linked from: the header or the footer. */
  nav?: 'main' | 'footer';
}

export type CollectionName = keyof typeof collections;

/** Every collection, in the table's order (which is also the order of navigation). */
export const collectionNames = Object.keys(collections) as CollectionName[];

/** Collections whose entries are files in a folder, one page each. */
export type FolderCollection = {
  [C in CollectionName]: (typeof collections)[C] extends { folder: string } ? C : never;
}[CollectionName];

/** Collections with an index page and an entry page per entry under their own section. */
export type SectionCollection = Exclude<FolderCollection, 'pages'>;

export const folderCollections = collectionNames.filter(
  (name): name is FolderCollection => 'folder' in collections[name],
);

export const sectionCollections = folderCollections.filter((name): name is SectionCollection => name !== 'pages');

/** Path of a collection's file or folder, relative to the project root. */
export function contentPathOf(collection: CollectionName): string {
  const spec: CollectionSpec = collections[collection];
  return spec.folder !== undefined ? `content/${spec.folder}/` : `content/${spec.file ?? ''}`;
}
