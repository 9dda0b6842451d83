import { getCollection, type CollectionEntry } from 'astro:content';
import { collectionNames, type CollectionName } from '~/schemas/collections';
import { buildSiteIndex, type EntryLink, type IndexedEntry, type SiteIndex } from './site-index';

/**
 * The one place that reads the content collections. Everything is loaded once per build and
 * indexed (src/data/site-index.ts): drafts out (shown only in `astro dev`), explicit order,
 * backlinks computed once. Pages ask here; layouts and components only take props.
 */

const withDrafts = import.meta.env.SITE_SHOW_DRAFTS === true;

interface Loaded {
  index: SiteIndex;
  byKey: Map<string, CollectionEntry<CollectionName>>;
}

let loaded: Promise<Loaded> | undefined;

function load(): Promise<Loaded> {
  loaded ??= (async () => {
    const all = (await Promise.all(collectionNames.map((name) => getCollection(name)))).flat();
    return {
      index: buildSiteIndex(
        all.map((entry) => ({ collection: entry.collection, id: entry.id, data: entry.data }) as IndexedEntry),
        { withDrafts },
      ),
      byKey: new Map(all.map((entry) => [`${entry.collection}/${entry.id}`, entry])),
    };
  })();
  return loaded;
}

/** The indexed site: links, backlinks, neighbours. */
export async function getSiteIndex(): Promise<SiteIndex> {
  return (await load()).index;
}

/** Published entries of a collection, in display order, with their typed data. */
export async function getEntries<C extends CollectionName>(collection: C): Promise<CollectionEntry<C>[]> {
  const { index, byKey } = await load();
  return index.entries(collection).map((entry) => byKey.get(`${collection}/${entry.id}`) as CollectionEntry<C>);
}

/** One published entry, or undefined. */
export async function getEntryById<C extends CollectionName>(
  collection: C,
  id: string,
): Promise<CollectionEntry<C> | undefined> {
  return (await getEntries(collection)).find((entry) => entry.id === id);
}

export type { CollectionEntry, EntryLink };
