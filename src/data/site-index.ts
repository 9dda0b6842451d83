import { compareEntries, neighbours, type Sortable } from '~/lib/ordering';
import { pathFor } from '~/lib/paths';
import { buildBacklinks, keyOf, referencesIn, type EntryRef } from '~/lib/relations';
import { collectionNames, type CollectionName, type FolderCollection } from '~/schemas/collections';

/**
 * The published content of the site, indexed once per build: every entry by collection in display
 * order, a link to each, and who links to whom. Pure: it works on plain records, so it is tested
 * without Astro (src/data/entries.ts feeds it from the collections). Everything it hands out is
 * frozen: one page can never change what another page reads.
 */

/** An entry as the index needs it: where it is and its (already validated) data. */
export interface IndexedEntry {
  collection: CollectionName;
  id: string;
  data: Partial<Sortable> & { summary?: string; term?: string; definition?: string; draft?: boolean };
}

/** A resolved link to an entry: what to call it and where it lives. */
export interface EntryLink extends EntryRef {
  readonly title: string;
  readonly href: string;
  readonly summary: string;
}

export interface SiteIndex {
  /** Published entries of a collection, in display order. */
  entries: (collection: CollectionName) => readonly IndexedEntry[];
  /** Links to the given entries; a missing or draft target fails the build, naming both ends. */
  links: (refs: readonly EntryRef[], from: EntryRef) => readonly EntryLink[];
  /** Pages whose frontmatter refers to `target`, in the order of the collections table. */
  backlinks: (target: EntryRef) => readonly EntryLink[];
  /** Previous and next entries of the same collection, for the pager. */
  neighbours: (ref: EntryRef & { collection: FolderCollection }) => { previous?: EntryLink; next?: EntryLink };
}

/** Indexes the given entries; drafts are left out unless `withDrafts` (development). */
export function buildSiteIndex(all: readonly IndexedEntry[], { withDrafts = false } = {}): SiteIndex {
  const published = all.filter((entry) => withDrafts || entry.data.draft !== true);
  const byCollection = Map.groupBy(published, (entry) => entry.collection);
  const titleOf = (entry: IndexedEntry) => entry.data.title ?? entry.data.term ?? entry.id;
  const sortKey = (entry: IndexedEntry) => ({ ...entry.data, title: titleOf(entry) });
  for (const [collection, list] of byCollection) {
    byCollection.set(
      collection,
      Object.freeze([...list].sort((a, b) => compareEntries(sortKey(a), sortKey(b)))) as IndexedEntry[],
    );
  }
  const linkIndex = new Map<string, EntryLink>();
  for (const entry of published) {
    linkIndex.set(
      keyOf(entry),
      Object.freeze({
        collection: entry.collection,
        id: entry.id,
        title: titleOf(entry),
        summary: entry.data.summary ?? entry.data.definition ?? '',
        href: pathFor(entry.collection, entry.id),
      }),
    );
  }
  const links = (refs: readonly EntryRef[], from: EntryRef): readonly EntryLink[] =>
    Object.freeze(
      refs.map((ref) => {
        const link = linkIndex.get(keyOf(ref));
        if (!link) {
          throw new Error(
            `${from.collection}/${from.id} refers to ${ref.collection}/${ref.id}, which does not exist or is a draft.`,
          );
        }
        return link;
      }),
    );
  // In the table's order and each collection's display order, so backlinks list plans by rank.
  const readers = collectionNames
    .filter((name) => name !== 'sources' && name !== 'glossary')
    .flatMap((name) => byCollection.get(name) ?? []);
  const backlinkRefs = buildBacklinks(readers.map((entry) => ({ ...entry, links: referencesIn(entry.data) })));
  return {
    entries: (collection) => byCollection.get(collection) ?? [],
    links,
    backlinks: (target) => links(backlinkRefs.get(keyOf(target)) ?? [], target),
    neighbours: ({ collection, id }) => {
      const list = byCollection.get(collection) ?? [];
      const { previous, next } = neighbours(
        list,
        list.findIndex((entry) => entry.id === id),
      );
      const [previousLink] = previous ? links([previous], { collection, id }) : [];
      const [nextLink] = next ? links([next], { collection, id }) : [];
      return { ...(previousLink ? { previous: previousLink } : {}), ...(nextLink ? { next: nextLink } : {}) };
    },
  };
}
