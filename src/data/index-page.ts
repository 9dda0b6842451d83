import type { CollectionEntry } from 'astro:content';
import { t, tFor } from '~/i18n';
import { datetimeFor, formatDate } from '~/lib/dates';
import { collections, type SectionCollection } from '~/schemas/collections';
import type { EntryLink, SiteIndex } from './site-index';

/** A card on an index or the home page: a link, its summary and an optional line above it (a date). */
export interface Card {
  href: string;
  title: string;
  summary: string;
  /** A date or label shown with the card, e.g. the day of a journal post. */
  meta?: { text: string; datetime?: string };
}

/** A group of cards under an optional heading. */
export interface CardGroup {
  heading?: string;
  cards: Card[];
}

type Entry = CollectionEntry<SectionCollection>;

/** The heading an entry is listed under on its collection's index, if the collection is grouped. */
function groupOf(entry: Entry): string | undefined {
  switch (entry.collection) {
    case 'plans':
      return tFor(`plan.rank.${entry.data.rank}`);
    case 'organisations':
      return tFor(`organisation.type.${entry.data.type}`);
    case 'places':
      return tFor(`place.kind.${entry.data.kind}`);
    case 'sources':
      return tFor(`source.kind.${entry.data.kind}`);
    default:
      return undefined;
  }
}

/** A card for an entry: a new object each time, so no page changes what another reads. */
export function cardFor(link: EntryLink, entry?: Entry): Card {
  const card: Card = { href: link.href, title: link.title, summary: link.summary };
  if (entry?.collection === 'journal') {
    card.meta = {
      text: formatDate(entry.data.date, entry.data.datePrecision),
      datetime: datetimeFor(entry.data.date, entry.data.datePrecision),
    };
  }
  return card;
}

/** The cards of a collection's index page, grouped as the collection is (plans by rank, partners by kind, …). */
export function indexCards(site: SiteIndex, collection: SectionCollection, entries: readonly Entry[]): CardGroup[] {
  const links = site.links(entries, { collection, id: '(index)' });
  const groups = new Map<string | undefined, Card[]>();
  entries.forEach((entry, i) => {
    const link = links[i];
    if (!link) return;
    const group = groupOf(entry);
    groups.set(group, [...(groups.get(group) ?? []), cardFor(link, entry)]);
  });
  return [...groups].map(([heading, cards]) => ({ ...(heading ? { heading } : {}), cards }));
}

/** The title and introduction of a collection's index page. */
export function indexHeading(collection: SectionCollection): { title: string; intro: string } {
  return { title: t(collections[collection].label), intro: tFor(`index.${collection}.intro`) };
}
