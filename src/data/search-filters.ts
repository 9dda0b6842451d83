import { t, tFor } from '~/i18n';
import type { EntryRef } from '~/lib/relations';
import { collections, folderCollections, sectionCollections, type CollectionName } from '~/schemas/collections';
import { provinces, sectors, type Province } from '~/schemas/vocabulary';
import type { IndexedEntry, SiteIndex } from './site-index';

/**
 * Search filters, from the content model. Each page carries its values (Pagefind
 * `data-pagefind-filter`); the search page lists every value with the number of pages that carry
 * it, counted here at build time so a reader can browse before anything of search loads. Both
 * come from `searchFiltersFor`, so the counts and the index cannot disagree (the search test
 * compares every count with the index).
 */

/** The filters, in the order the search page shows them. `type` is the kind of page. */
export const filterNames = ['type', 'province', 'organisation', 'sector'] as const;
export type FilterName = (typeof filterNames)[number];
export type PageFilters = Partial<Record<FilterName, string[]>>;

/**
 * Search kind of the pages that list or introduce others: home, the section indexes, the glossary,
 * the data page. Indexed, but not offered as a filter: nobody browses for "overview pages".
 */
export function overviewKind(): string {
  return t('search.type.overview');
}

/** Search kind of an entry's page: its collection's name. */
export function kindOf(collection: CollectionName): string {
  return t(collections[collection].label);
}

/**
 * Search weight of an entry's title (Pagefind: body text 1, headings up to 7, at most 10): a
 * page's own title outweighs any heading, so the page about a thing comes before pages that
 * mention it; a source's title names a document, not the thing, and counts as a heading.
 */
export function titleWeightOf(collection: CollectionName): number {
  return collection === 'sources' ? 5 : 10;
}

/**
 * What a search result calls one page of each kind ("Case studies" → "Case study"): the search
 * page hands it to its script, so pages need not carry it.
 */
export function searchBadges(): Record<string, string> {
  return Object.fromEntries([
    ...folderCollections.map((collection) => [kindOf(collection), tFor(`${collections[collection].label}.one`)]),
    [overviewKind(), t('search.type.overview.one')],
  ]);
}

interface FilterData {
  province?: Province;
  organisations?: EntryRef[];
  organisation?: EntryRef;
  sectors?: string[];
  kind?: string;
  parent?: EntryRef;
}

/** The province a page is in: its own field, or for a place the province it lies in. */
/** The site's places by id, made once per site index: every page build asks for its filters. */
const placesBySite = new WeakMap<SiteIndex, Map<string, IndexedEntry>>();
function placesOf(site: SiteIndex): Map<string, IndexedEntry> {
  let places = placesBySite.get(site);
  if (!places) {
    places = new Map(site.entries('places').map((place) => [place.id, place]));
    placesBySite.set(site, places);
  }
  return places;
}

function provinceOf(site: SiteIndex, entry: IndexedEntry): Province | undefined {
  const data = entry.data as FilterData;
  if (data.province) return data.province;
  if (entry.collection !== 'places') return undefined;
  const places = placesOf(site);
  const seen = new Set<string>();
  for (let place: IndexedEntry | undefined = entry; place && !seen.has(place.id);) {
    seen.add(place.id);
    const placeData = place.data as FilterData;
    if (placeData.kind === 'province') {
      return (provinces as readonly string[]).includes(place.id) ? (place.id as Province) : undefined;
    }
    place = placeData.parent ? places.get(placeData.parent.id) : undefined;
  }
  return undefined;
}

/** The filter values of an entry's page. */
export function searchFiltersFor(site: SiteIndex, entry: IndexedEntry): PageFilters {
  const data = entry.data as FilterData;
  const from = { collection: entry.collection, id: entry.id };
  const province = provinceOf(site, entry);
  const organisations = [...(data.organisations ?? []), ...(data.organisation ? [data.organisation] : [])];
  const filters: PageFilters = { type: [kindOf(entry.collection)] };
  if (province) filters.province = [tFor(`province.${province}`)];
  if (organisations.length > 0) filters.organisation = site.links(organisations, from).map((link) => link.title);
  if (data.sectors?.length) filters.sector = data.sectors.map((sector) => tFor(`sector.${sector}`));
  return filters;
}

/** One value of a filter and how many pages carry it. */
export interface FilterOption {
  value: string;
  count: number;
}

/** A filter as the search page shows it. */
export interface FilterGroup {
  name: FilterName;
  label: string;
  options: FilterOption[];
}

/** The order values are listed in: the vocabulary's or the collections table's, else alphabetical. */
function orderOf(name: FilterName): (value: string) => number {
  const listed: Record<FilterName, readonly string[] | undefined> = {
    type: [...sectionCollections.map(kindOf), kindOf('pages')],
    province: provinces.map((province) => tFor(`province.${province}`)),
    sector: sectors.map((sector) => tFor(`sector.${sector}`)),
    organisation: undefined,
  };
  const order = listed[name];
  return (value) => order?.indexOf(value) ?? -1;
}

/** Every filter with its values and their page counts (values no page carries are left out). */
export function searchFilterGroups(site: SiteIndex): FilterGroup[] {
  const counts = new Map<FilterName, Map<string, number>>(filterNames.map((name) => [name, new Map()]));
  const add = (name: FilterName, value: string, by = 1): void => {
    const values = counts.get(name) as Map<string, number>;
    values.set(value, (values.get(value) ?? 0) + by);
  };
  for (const collection of folderCollections) {
    for (const entry of site.entries(collection)) {
      for (const [name, values] of Object.entries(searchFiltersFor(site, entry)) as [FilterName, string[]][]) {
        for (const value of new Set(values)) add(name, value);
      }
    }
  }
  return filterNames.map((name) => {
    const rank = orderOf(name);
    const options = [...(counts.get(name) as Map<string, number>)]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => rank(a.value) - rank(b.value) || a.value.localeCompare(b.value, 'en'));
    return { name, label: t(`search.filter.${name}`), options };
  });
}
