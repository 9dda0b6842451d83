import type { CollectionEntry } from 'astro:content';
import { t, tFor } from '~/i18n';
import { formatDate } from '~/lib/dates';
import { dataPath, indexPathFor, pathFor, searchPath } from '~/lib/paths';
import type { CardText, ShareCard } from '~/lib/share-card-layout';
import { collectionNames, folderCollections, type FolderCollection } from '~/schemas/collections';
import { coverFor, mapPictureText } from './covers';
import { getEntries, getEntryById, getSiteIndex } from './entries';
import { HOST_DISTRICT } from './home-page';
import { indexHeading } from './index-page';
import { mapFor, mapPath, type LocatorMapFile } from './maps';
import type { SiteIndex } from './site-index';

export type { ShareCard };

/**
 * The share card of every page: the picture a link preview shows (1200 × 630 PNG at
 * cardPathFor(page)). Here is what each card says, from the content only, never more than the
 * entry has; src/lib/share-card-layout.ts lays it out and src/build/share-cards.ts draws it after
 * the pages are built, from the list that src/pages/cards/manifest.json.ts writes.
 */

/** What a card shows, before it is put in words. */
export interface CardParts {
  kind?: string | undefined;
  title: string;
  lao?: { label: string; text: string } | undefined;
  details?: readonly string[];
  summary?: string | undefined;
  map?: LocatorMapFile | undefined;
  pictogram?: { svg: string; text: string } | undefined;
}

/** Free text (a "when") longer than this is left off a card: it would not read at a glance. */
const SHORT_FACT = 32;

/** The card of a page from its parts, with its text alternative. */
export function composeShareCard(page: string, parts: CardParts): ShareCard {
  const details = [...(parts.details ?? [])];
  const siteName = t('site.name');
  const text: CardText = {
    ...(parts.kind ? { kind: parts.kind } : {}),
    ...(parts.pictogram && parts.kind ? { pictogram: true } : {}),
    title: parts.title,
    ...(parts.lao ? { lao: parts.lao } : {}),
    details,
    ...(parts.summary ? { summary: parts.summary } : {}),
    siteName,
    ...(parts.map ? { picture: { width: parts.map.width, height: parts.map.height } } : {}),
  };
  const said = [
    parts.kind
      ? t('card.alt.kindTitle', { kind: parts.kind, title: parts.title })
      : t('card.alt.title', { title: parts.title }),
    ...(parts.lao ? [`${parts.lao.label}: ${parts.lao.text}`] : []),
    ...details,
    ...(parts.summary ? [parts.summary] : []),
  ];
  const pictures = [
    ...(parts.map ? [mapPictureText(parts.map)] : []),
    ...(parts.pictogram && parts.kind ? [parts.pictogram.text] : []),
  ];
  return {
    page,
    text,
    ...(parts.map ? { picture: { path: mapPath(parts.map, 'light') } } : {}),
    ...(parts.pictogram && parts.kind ? { pictogram: parts.pictogram.svg } : {}),
    alt:
      // The template ends the sentence; a summary brings its own full stop.
      t('card.alt', { site: siteName, text: said.join('; ').replace(/\.$/, '') }) +
      (pictures.length > 0 ? t('card.alt.pictures', { pictures: pictures.join(t('card.alt.and')) }) : ''),
  };
}

type AnyEntry = CollectionEntry<FolderCollection>;

/** The place and year of an entry, and the like: short facts from its frontmatter, as the page states them. */
export function cardDetails(site: SiteIndex, entry: AnyEntry): string[] {
  const from = { collection: entry.collection, id: entry.id };
  const titles = (refs: readonly { collection: string; id: string }[]) =>
    site
      .links(refs as never, from)
      .map((link) => link.title)
      .join(', ');
  const province = (id: string | undefined) => (id ? [t('card.province', { province: tFor(`province.${id}`) })] : []);
  switch (entry.collection) {
    case 'experiences': {
      const { places, since } = entry.data;
      return [titles(places), ...(since ? [t('card.since', { year: since })] : [])];
    }
    case 'related': {
      const { when } = entry.data;
      return [...province(entry.data.province), ...(when.length <= SHORT_FACT ? [when] : [])];
    }
    case 'plans':
      return [tFor(`plan.rank.${entry.data.rank}`), ...province(entry.data.province)];
    case 'lessons':
      return [tFor(`lesson.level.${entry.data.level}`)];
    case 'journal':
      return [formatDate(entry.data.date, entry.data.datePrecision)];
    case 'organisations':
      return [tFor(`organisation.type.${entry.data.type}`), ...province(entry.data.province)];
    case 'places': {
      const kind = tFor(`place.kind.${entry.data.kind}`);
      const parent = entry.data.parent && titles([entry.data.parent]);
      return [parent ? t('card.placeIn', { kind, parent }) : kind];
    }
    case 'sources':
      return [tFor(`source.kind.${entry.data.kind}`), entry.data.publisher];
    case 'pages': {
      // The year only when every date the page gives falls in it (planned and held dates may differ).
      const years = new Set(
        [entry.data.planned, entry.data.held].flatMap((range) =>
          range ? [range.start.slice(0, 4), range.end.slice(0, 4)] : [],
        ),
      );
      const [year] = years;
      return years.size === 1 && year ? [year] : [];
    }
    default:
      return [];
  }
}

/** The card of an entry's page. */
async function entryCard(site: SiteIndex, entry: AnyEntry): Promise<ShareCard> {
  const covered =
    entry.collection === 'experiences' || entry.collection === 'related' || entry.collection === 'pages'
      ? await coverFor(entry as CollectionEntry<'experiences' | 'related' | 'pages'>)
      : undefined;
  const map =
    covered?.map ??
    (entry.collection === 'places' || entry.collection === 'plans' ? await mapFor(entry.collection, entry) : undefined);
  const lao = entry.collection === 'places' && entry.data.lao;
  return composeShareCard(pathFor(entry.collection, entry.id), {
    kind: entry.collection === 'pages' ? undefined : tFor(`card.kind.${entry.collection}`),
    title: entry.data.title,
    ...(lao ? { lao: { label: t('place.laoName'), text: lao.name } } : {}),
    details: cardDetails(site, entry),
    map: map?.file,
    ...(covered ? { pictogram: { svg: covered.pictogram, text: covered.pictogramText } } : {}),
  });
}

let cards: Promise<Map<string, ShareCard>> | undefined;

/** The card of every page with an address of its own (home, indexes, glossary, search, every entry), by page. */
function loadCards(): Promise<Map<string, ShareCard>> {
  cards ??= (async () => {
    const site = await getSiteIndex();
    const host = await getEntryById('places', HOST_DISTRICT);
    const hostMap = host && (await mapFor('places', host));
    const entries = (await Promise.all(folderCollections.map((collection) => getEntries(collection)))).flat();
    const all = [
      composeShareCard('/', { title: t('site.tagline'), map: hostMap?.file }),
      ...collectionNames
        .filter((collection) => collection !== 'pages')
        .map((collection) =>
          composeShareCard(
            indexPathFor(collection),
            collection === 'glossary'
              ? { title: t('collection.glossary'), summary: t('index.glossary.intro') }
              : { title: indexHeading(collection).title, summary: indexHeading(collection).intro },
          ),
        ),
      composeShareCard(searchPath, { title: t('search.title'), summary: t('search.intro') }),
      composeShareCard(dataPath, { title: t('data.title'), summary: t('data.intro') }),
      ...(await Promise.all(entries.map((entry) => entryCard(site, entry)))),
    ];
    return new Map(all.map((card) => [card.page, card]));
  })();
  return cards;
}

/** The card of every page, in a stable order (home, indexes, search, entries by collection). */
export async function shareCards(): Promise<ShareCard[]> {
  return [...(await loadCards()).values()];
}

/** The card of a page; a page without one fails the build. */
export async function shareCardFor(page: string): Promise<ShareCard> {
  const card = (await loadCards()).get(page);
  if (!card) {
    throw new Error(`No share card for the page ${page}: src/data/share-cards.ts must list every page`);
  }
  return card;
}
