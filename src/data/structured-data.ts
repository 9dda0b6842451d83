import type { CollectionEntry } from 'astro:content';
import type { Dataset, Thing } from 'schema-dts';
import { t, uiLang } from '~/i18n';
import { absoluteUrl, type SiteAddress } from '~/lib/base-path';
import type { CitationMetadata } from '~/lib/citation';
import type { EntryRef } from '~/lib/relations';
import {
  articleNode,
  breadcrumbNode,
  documentNode,
  eventNode,
  organizationNode,
  placeNode,
  webPageNode,
  websiteNode,
  type NodeRef,
} from '~/lib/structured-data';
import { smartenText } from '~/lib/typography';
import type { FolderCollection } from '~/schemas/collections';
import type { SiteIndex } from './site-index';

/** The licence of the site's own text (About page, footer: CC BY 4.0). */
export const TEXT_LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/';

/** The full address of the home page. */
export const homeUrlOf = (address: SiteAddress) => absoluteUrl('/', address);

/** What every page's graph starts with: the site. */
export function siteNode(address: SiteAddress): Thing {
  return websiteNode({
    name: t('site.name'),
    url: homeUrlOf(address),
    language: uiLang,
    licence: TEXT_LICENCE_URL,
  });
}

/** A step of a breadcrumb trail, as entry pages keep it. */
interface Crumb {
  label: string;
  href: string;
}

/**
 * The nodes of an entry page, after the site's: what the entry is (a story is an `Article`, the
 * route an `Event`, a partner an `Organization`, a place a `Place`, anything else a `WebPage`)
 * and its breadcrumb trail.
 */
export function entryStructuredData(
  site: SiteIndex,
  entry: CollectionEntry<FolderCollection>,
  meta: CitationMetadata,
  trail: readonly Crumb[],
  address: SiteAddress,
): Thing[] {
  const from = { collection: entry.collection, id: entry.id };
  const refs = (list: readonly EntryRef[]): NodeRef[] =>
    site.links(list, from).map((link) => ({ name: smartenText(link.title), url: absoluteUrl(link.href, address) }));
  const homeUrl = homeUrlOf(address);
  const description = entry.data.summary;
  const page = { name: meta.title, url: meta.url, description };
  const story = (about: readonly EntryRef[], places: readonly EntryRef[] = []) =>
    articleNode(meta, { description, homeUrl, about: refs(about), places: refs(places) });
  const main = ((): Thing => {
    switch (entry.collection) {
      case 'experiences':
      case 'related':
        return story(entry.data.organisations, entry.data.places);
      case 'journal':
        return story(entry.data.organisations);
      case 'plans':
        return story([entry.data.organisation]);
      case 'lessons':
        return story([]);
      case 'pages': {
        const { planned, held } = entry.data;
        return planned || held ? eventNode({ ...page, planned, held }) : webPageNode('WebPage', page, homeUrl);
      }
      case 'organisations':
        return organizationNode({ ...page, shortName: entry.data.shortName });
      case 'places': {
        const { variants, lao, parent } = entry.data;
        const [partOf] = parent ? refs([parent]) : [];
        return placeNode({
          ...page,
          alternateNames: [...variants, ...(lao ? [lao.name] : [])],
          ...(partOf ? { partOf } : {}),
        });
      }
      case 'sources':
        return webPageNode(
          'WebPage',
          { ...page, about: documentNode({ name: meta.title, url: entry.data.url }) },
          homeUrl,
        );
    }
  })();
  return [main, breadcrumbsOf(trail, page, address)];
}

/** An index page (case studies, partners…): a collection of the section's pages, and its breadcrumbs. */
export function indexStructuredData(
  index: { name: string; description: string; path: string },
  trail: readonly Crumb[],
  address: SiteAddress,
): Thing[] {
  const page = { name: index.name, description: index.description, url: absoluteUrl(index.path, address) };
  return [webPageNode('CollectionPage', page, homeUrlOf(address)), breadcrumbsOf(trail, page, address)];
}

/** The open-data page: the dataset it is the landing page of (its `@id` the page's address), and the trail to it. */
export function datasetPageStructuredData(
  dataset: Dataset & { name: string; url: string },
  trail: readonly Crumb[],
  address: SiteAddress,
): Thing[] {
  return [{ ...dataset, '@id': dataset.url }, breadcrumbsOf(trail, { name: dataset.name, url: dataset.url }, address)];
}

/** The trail to a page, then the page itself. */
function breadcrumbsOf(trail: readonly Crumb[], page: NodeRef, address: SiteAddress): Thing {
  return breadcrumbNode([
    ...trail.map((crumb) => ({ name: crumb.label, url: absoluteUrl(crumb.href, address) })),
    { name: page.name, url: page.url },
  ]);
}
