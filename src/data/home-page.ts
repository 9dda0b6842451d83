import type { CollectionEntry } from 'astro:content';
import type { SectionCollection } from '~/schemas/collections';
import { cardFor, type Card } from './index-page';
import type { SiteIndex } from './site-index';

/** The cards of the home page's sections: hosts, lessons, the first-placed plans, related experiences, the latest posts. */
export interface HomeCards {
  experiences: Card[];
  lessons: Card[];
  winningPlans: Card[];
  related: Card[];
  journal: Card[];
}

const home = { collection: 'pages', id: '(home)' } as const;

/** The district where the route took place (its id in content/places): the home page shows its map. */
export const HOST_DISTRICT = 'sanxay';

/** Cards for entries, in the order given. */
function cards(site: SiteIndex, entries: readonly CollectionEntry<SectionCollection>[]): Card[] {
  const links = site.links(entries, home);
  return entries.flatMap((entry, i) => (links[i] ? [cardFor(links[i], entry)] : []));
}

/** The home page's cards, from the published entries of each collection (already in display order). */
export function homeCards(
  site: SiteIndex,
  entries: { [C in 'experiences' | 'lessons' | 'plans' | 'related' | 'journal']: readonly CollectionEntry<C>[] },
  latestPosts = 3,
): HomeCards {
  return {
    experiences: cards(site, entries.experiences),
    lessons: cards(site, entries.lessons),
    winningPlans: cards(
      site,
      entries.plans.filter((plan) => plan.data.rank === 1),
    ),
    related: cards(site, entries.related),
    journal: cards(site, entries.journal.slice(0, latestPosts)),
  };
}
