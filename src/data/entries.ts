import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { byOrderThenTitle, neighbours } from '~/lib/navigation';
import { pathFor, type PageCollection } from '~/lib/paths';
import { buildBacklinks, keyOf, referencesIn, type EntryRef } from '~/lib/relations';

/**
 * Queries over the content collections. Drafts are left out of builds; every list has an
 * explicit order (getCollection's order is not stable); backlinks are computed once per build.
 */

type Titled = { data: { title: string; order?: number; date?: string } };

const showDrafts = import.meta.env.DEV;

/** Sort key of an entry: journal newest first, others by `order` then title. */
function compareEntries(a: Titled, b: Titled): number {
  if (a.data.date && b.data.date) return b.data.date.localeCompare(a.data.date) || a.data.title.localeCompare(b.data.title);
  return byOrderThenTitle(a.data, b.data);
}

const cache = new Map<string, Promise<unknown>>();

/** Published entries of a page-making collection, in display order. */
export function getEntries<C extends PageCollection | 'pages'>(collection: C): Promise<CollectionEntry<C>[]> {
  const cached = cache.get(collection);
  if (cached) return cached as Promise<CollectionEntry<C>[]>;
  const loaded = getCollection(collection, (entry) => showDrafts || !(entry.data as { draft?: boolean }).draft).then(
    (entries) => [...entries].sort((a, b) => compareEntries(a as Titled, b as Titled)),
  );
  cache.set(collection, loaded);
  return loaded;
}

/** Collections that make pages, in navigation order. */
export const pageCollections: PageCollection[] = [
  'experiences',
  'lessons',
  'plans',
  'related',
  'journal',
  'organisations',
  'places',
  'sources',
];

/** A resolved link to an entry: what to call it and where it lives. */
export interface EntryLink extends EntryRef {
  title: string;
  href: string;
  summary: string;
}

let linkIndex: Promise<Map<string, EntryLink>> | undefined;

/** Title, summary and URL of every published entry that has a page, by `keyOf`. */
function getLinkIndex(): Promise<Map<string, EntryLink>> {
  linkIndex ??= (async () => {
    const index = new Map<string, EntryLink>();
    for (const collection of pageCollections) {
      for (const entry of await getEntries(collection)) {
        index.set(keyOf({ collection, id: entry.id }), {
          collection,
          id: entry.id,
          title: entry.data.title,
          summary: entry.data.summary,
          href: pathFor(collection, entry.id),
        });
      }
    }
    for (const entry of await getEntries('pages')) {
      index.set(keyOf({ collection: 'pages', id: entry.id }), {
        collection: 'pages',
        id: entry.id,
        title: entry.data.title,
        summary: entry.data.summary,
        href: `/${entry.id}/`,
      });
    }
    return index;
  })();
  return linkIndex;
}

/**
 * Resolves references to links. A reference to an entry that is missing or a draft fails the
 * build with both ends named, so no page silently loses a link.
 */
export async function resolveLinks(refs: readonly EntryRef[], from: EntryRef): Promise<EntryLink[]> {
  const index = await getLinkIndex();
  return refs.map((ref) => {
    const link = index.get(keyOf(ref));
    if (!link) {
      throw new Error(
        `${from.collection}/${from.id} refers to ${ref.collection}/${ref.id}, which does not exist or is a draft. ` +
          `Check the references in that entry's file under content/${from.collection}/.`,
      );
    }
    return link;
  });
}

let backlinkIndex: Promise<Map<string, EntryRef[]>> | undefined;

/** Entries whose frontmatter references the given entry (sources excluded from the readers). */
export async function getBacklinks(target: EntryRef): Promise<EntryLink[]> {
  backlinkIndex ??= (async () => {
    const all = [];
    for (const collection of [...pageCollections, 'pages'] as const) {
      for (const entry of await getEntries(collection)) {
        all.push({ collection, id: entry.id, links: referencesIn(entry.data) });
      }
    }
    return buildBacklinks(all);
  })();
  const refs = (await backlinkIndex).get(keyOf(target)) ?? [];
  return resolveLinks(refs, target);
}

/** Previous and next entries in the same collection, for the pager. */
export async function getNeighbours(collection: PageCollection, id: string): Promise<{ previous?: EntryLink; next?: EntryLink }> {
  const entries = await getEntries(collection);
  const position = entries.findIndex((entry) => entry.id === id);
  const { previous, next } = neighbours(entries, position);
  const [previousLink] = previous ? await resolveLinks([{ collection, id: previous.id }], { collection, id }) : [];
  const [nextLink] = next ? await resolveLinks([{ collection, id: next.id }], { collection, id }) : [];
  return { ...(previousLink ? { previous: previousLink } : {}), ...(nextLink ? { next: nextLink } : {}) };
}

export type { CollectionEntry, CollectionKey };
