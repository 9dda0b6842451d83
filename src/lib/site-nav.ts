import type { UiKey } from '~/i18n';
import { collections, sectionCollections, type CollectionSpec } from '~/schemas/collections';
import { dataPath, indexPathFor, searchPath } from './paths';

/** An item of the site navigation: where it goes and the dictionary key of its label. */
export interface NavItem {
  href: string;
  label: UiKey;
}

/** The collections the collections table links from the header or the footer, in the table's order. */
function collectionItems(place: 'main' | 'footer'): NavItem[] {
  return [...sectionCollections, 'glossary' as const]
    .filter((name) => (collections[name] as CollectionSpec).nav === place)
    .map((name) => ({ href: indexPathFor(name), label: collections[name].label }));
}

/** The header's navigation, in reading order: the route, then the story collections. */
export const mainNav: NavItem[] = [{ href: '/route/', label: 'nav.route' }, ...collectionItems('main')];

/** The footer's navigation: reference collections, search, the open data and the about page. */
export const footerNav: NavItem[] = [
  ...collectionItems('footer'),
  { href: searchPath, label: 'nav.search' },
  { href: dataPath, label: 'nav.data' },
  { href: '/about/', label: 'nav.about' },
];

/**
 * How a navigation link relates to the current page: `page` when it is the page itself,
 * `true` when the page lies within its section, otherwise nothing.
 */
export function currentState(href: string, pathname: string): 'page' | 'true' | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (path === href) return 'page';
  if (href !== '/' && path.startsWith(href)) return 'true';
  return undefined;
}
