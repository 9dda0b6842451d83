import { t } from '~/i18n';
import { pathFor, routePageId } from '~/lib/paths';
import { collections, type FolderCollection } from '~/schemas/collections';
import type { EntryLink, SiteIndex } from './site-index';

/**
 * The print page's parts, in reading order: the route, then the case studies, the lessons and the
 * innovation plans, each collection in its own display order.
 */

/** One entry of the print page. */
export interface RoutePart {
  collection: FolderCollection;
  id: string;
  title: string;
  summary: string;
  /** The entry's own page. */
  href: string;
  /** The part's id on the print page; its body's ids are prefixed with it (src/lib/scope-html.ts). */
  anchor: string;
  /** The documents the entry draws on. */
  sources: readonly EntryLink[];
}

/** A run of parts under one heading of the contents: "The route", "Case studies" … */
export interface RoutePartGroup {
  label: string;
  parts: RoutePart[];
}

/** The collections the print page gathers after the route, in reading order. */
const storyCollections = ['experiences', 'lessons', 'plans'] as const satisfies readonly FolderCollection[];

/** The id of a part on the print page, from its page's address: `/case-studies/rlip/` → `case-studies-rlip`. */
export function partAnchor(collection: FolderCollection, id: string): string {
  return pathFor(collection, id).split('/').filter(Boolean).join('-');
}

function partOf(site: SiteIndex, collection: FolderCollection, id: string): RoutePart {
  const from = { collection, id };
  const [link] = site.links([from], from);
  const entry = site.entries(collection).find((candidate) => candidate.id === id);
  if (!link || !entry) throw new Error(`the print page needs ${collection}/${id}, which is not published`);
  const sources = (entry.data as { sources?: { collection: string; id: string }[] }).sources ?? [];
  return {
    collection,
    id,
    title: link.title,
    summary: link.summary,
    href: link.href,
    anchor: partAnchor(collection, id),
    sources: site.links(sources, from),
  };
}

/** The parts of the print page, grouped as its contents list them. */
export function wholeRouteParts(site: SiteIndex): RoutePartGroup[] {
  return [
    { label: t('nav.route'), parts: [partOf(site, 'pages', routePageId)] },
    ...storyCollections.map((collection) => ({
      label: t(collections[collection].label),
      parts: site.entries(collection).map((entry) => partOf(site, collection, entry.id)),
    })),
  ];
}
