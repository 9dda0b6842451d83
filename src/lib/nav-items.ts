import type { UiKey } from '~/i18n';

/** An item of the site navigation: where it goes and the dictionary key of its label. */
export interface NavItem {
  href: string;
  label: UiKey;
}

/** The header's navigation, in reading order. */
export const mainNav: NavItem[] = [
  { href: '/route/', label: 'nav.route' },
  { href: '/case-studies/', label: 'nav.experiences' },
  { href: '/lessons/', label: 'nav.lessons' },
  { href: '/innovation-plans/', label: 'nav.plans' },
  { href: '/related/', label: 'nav.related' },
  { href: '/journal/', label: 'nav.journal' },
];

/** The footer's navigation: reference sections. */
export const footerNav: NavItem[] = [
  { href: '/partners/', label: 'nav.organisations' },
  { href: '/places/', label: 'nav.places' },
  { href: '/sources/', label: 'nav.sources' },
  { href: '/glossary/', label: 'nav.glossary' },
  { href: '/search/', label: 'nav.search' },
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
