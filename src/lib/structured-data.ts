import type {
  Article,
  BreadcrumbList,
  CreativeWork,
  Event,
  Graph,
  Organization,
  Place,
  Thing,
  WebPage,
  WebSite,
} from 'schema-dts';
import type { CitationMetadata } from './citation';

/**
 * Structured data (schema.org JSON-LD) for search engines and citation tools, built from plain
 * values: src/data/structured-data.ts feeds these from the content. Nodes refer to each other by
 * `@id`, which is the page address of what they describe (the site's own node is `…/#website`),
 * so a partner named on a case study is the same node as the partner's own page. Only what the
 * content says goes in: no coordinates (no source gives any), no invented authors.
 */

/** Something with a page on the site: what to call it and its full address. */
export interface NodeRef {
  name: string;
  url: string;
}

/** The site itself. */
export interface SiteFacts {
  name: string;
  /** Full address of the home page. */
  url: string;
  language: string;
  /** Address of the licence of the site's text. */
  licence: string;
}

const idOf = (url: string) => ({ '@id': url });

/** The id of the site's own node, which every page's node is part of. */
export function websiteId(homeUrl: string): string {
  return `${homeUrl}#website`;
}

/** The WebSite node every page carries. */
export function websiteNode(site: SiteFacts): WebSite {
  return {
    '@type': 'WebSite',
    '@id': websiteId(site.url),
    name: site.name,
    url: site.url,
    inLanguage: site.language,
    license: site.licence,
  };
}

/** A page that is not a story, a partner, a place or an event: the home page, an index, a source, search. */
export function webPageNode(
  type: 'WebPage' | 'CollectionPage',
  page: NodeRef & { description: string; about?: Thing },
  homeUrl: string,
): WebPage {
  return {
    '@type': type,
    '@id': page.url,
    url: page.url,
    name: page.name,
    description: page.description,
    isPartOf: idOf(websiteId(homeUrl)),
    ...(page.about ? { about: page.about } : {}),
  };
}

/** The breadcrumb trail, home first, the page itself last. */
export function breadcrumbNode(steps: readonly NodeRef[]): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: steps.map((step, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: step.name,
      item: step.url,
    })),
  };
}

/** The dates schema.org gives a creative work, from the citation's. */
const datesOf = (meta: CitationMetadata) => ({
  ...(meta.published ? { datePublished: meta.published } : {}),
  ...(meta.modified ? { dateModified: meta.modified } : {}),
});

/** A reference to a node described on its own page: type, id and name only. */
function refNode<T extends 'Organization' | 'Place' | 'Article'>(type: T, ref: NodeRef) {
  return { '@type': type, '@id': ref.url, name: ref.name };
}

/** A story page: what it is about (organisations) and where it takes place. */
export function articleNode(
  meta: CitationMetadata,
  story: { description: string; homeUrl: string; about?: readonly NodeRef[]; places?: readonly NodeRef[] },
): Article {
  const about = (story.about ?? []).map((ref) => refNode('Organization', ref));
  const places = (story.places ?? []).map((ref) => refNode('Place', ref));
  return {
    '@type': 'Article',
    '@id': meta.url,
    url: meta.url,
    headline: meta.title,
    description: story.description,
    inLanguage: meta.language,
    isPartOf: idOf(websiteId(story.homeUrl)),
    ...datesOf(meta),
    ...(about.length > 0 ? { about } : {}),
    ...(places.length > 0 ? { contentLocation: places } : {}),
  };
}

/** A span of days, YYYY-MM-DD. */
export interface DaySpan {
  start: string;
  end: string;
}

/**
 * An event held on other days than first announced: held on `held`, `EventRescheduled` with the
 * planned first day as `previousStartDate`. Held as planned, or only planned: `EventScheduled`.
 */
export function eventNode(
  event: NodeRef & { description: string; planned?: DaySpan | undefined; held?: DaySpan | undefined },
): Event {
  const { planned, held } = event;
  const days = held ?? planned;
  const rescheduled = planned !== undefined && held !== undefined && planned.start !== held.start;
  return {
    '@type': 'Event',
    '@id': event.url,
    url: event.url,
    name: event.name,
    description: event.description,
    ...(days ? { startDate: days.start, endDate: days.end } : {}),
    eventStatus: rescheduled ? 'https://schema.org/EventRescheduled' : 'https://schema.org/EventScheduled',
    ...(rescheduled ? { previousStartDate: planned.start } : {}),
  };
}

/** A partner's own page. */
export function organizationNode(
  organisation: NodeRef & { description: string; shortName?: string | undefined },
): Organization {
  return {
    '@type': 'Organization',
    '@id': organisation.url,
    url: organisation.url,
    name: organisation.name,
    ...(organisation.shortName && organisation.shortName !== organisation.name
      ? { alternateName: organisation.shortName }
      : {}),
    description: organisation.description,
  };
}

/** A place's own page: every other spelling (romanised variants, the Lao name) as an alternate name. */
export function placeNode(
  place: NodeRef & { description: string; alternateNames: readonly string[]; partOf?: NodeRef },
): Place {
  return {
    '@type': 'Place',
    '@id': place.url,
    url: place.url,
    name: place.name,
    ...(place.alternateNames.length > 0 ? { alternateName: place.alternateNames } : {}),
    description: place.description,
    ...(place.partOf ? { containedInPlace: refNode('Place', place.partOf) } : {}),
  };
}

/** A page about one of the documents the site is written from. */
export function documentNode(document: { name: string; url?: string | undefined }): CreativeWork {
  return { '@type': 'CreativeWork', name: document.name, ...(document.url ? { url: document.url } : {}) };
}

/**
 * The text of a `<script type="application/ld+json">`: one graph. Every `<` is written `\u003c`
 * (still the same JSON), so no value can close the script element or open a comment.
 */
export function jsonLdText(nodes: readonly Thing[]): string {
  const graph: Graph = { '@context': 'https://schema.org', '@graph': nodes };
  return JSON.stringify(graph).replace(/</g, '\\u003c');
}
