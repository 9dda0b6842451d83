import type { CollectionEntry } from 'astro:content';
import type { Thing } from 'schema-dts';
import { t } from '~/i18n';
import { absoluteUrl, type SiteAddress } from '~/lib/base-path';
import type { CitationMetadata } from '~/lib/citation';
import { indexPathFor, pathFor } from '~/lib/paths';
import { keyOf, referencesIn, type EntryRef } from '~/lib/relations';
import { buildToc, wantsToc, type Heading, type TocItem } from '~/lib/table-of-contents';
import { collections, type FolderCollection, type SectionCollection } from '~/schemas/collections';
import type { HeadlineFigure } from '~/schemas/figures';
import { citationFor } from './citation';
import { factsFor, type Fact } from './facts';
import { searchFiltersFor, titleWeightOf, type PageFilters } from './search-filters';
import { editUrlFor, lastUpdatedFor, type Provenance } from './provenance';
import { getSiteAddress } from './site-address';
import type { EntryLink, IndexedEntry, SiteIndex } from './site-index';
import { entryStructuredData } from './structured-data';

/** A step of the breadcrumb trail. */
export interface Crumb {
  label: string;
  href: string;
}

/** Everything an entry page shows besides its body, computed once here; the layout only renders it. */
export interface EntryPageData {
  entry: EntryRef;
  title: string;
  summary: string;
  trail: Crumb[];
  facts: Fact[];
  /** Headline figures in large type, each with a link to its source. */
  keyFigures: KeyFigureView[];
  toc: TocItem[];
  /** What this entry points at (but its sources) and what points at it, each once. */
  related: readonly EntryLink[];
  sources: readonly EntryLink[];
  pager: { previous?: EntryLink; next?: EntryLink };
  /** Search filter values, the kind of page among them (Pagefind). */
  filters: PageFilters;
  /** How much the title counts in search. */
  titleWeight: number;
  /** The day a dated entry (a journal post) tells of. */
  date?: string | undefined;
  /** The day the page last changed (git history, else the entry's date), if known. */
  lastUpdated?: { date: string; from: 'git' | 'frontmatter' } | undefined;
  /** Where an editor changes the page's file, if the repository is known. */
  editUrl?: string | undefined;
  /** A draft: only `astro dev` shows it, marked as such. */
  draft: boolean;
  /** What a citation of the page says (title, website, full address, dates): "Cite this page" and JSON-LD. */
  citation: CitationMetadata;
  /** The page's JSON-LD nodes besides the site's own: what the entry is, and its breadcrumbs. */
  structuredData: Thing[];
}

/** A headline figure as the page shows it: the number, the rest of its sentence, its source. */
export interface KeyFigureView extends Omit<HeadlineFigure, 'source'> {
  source: EntryLink;
}

type AnyEntry = CollectionEntry<FolderCollection>;

/** The data of an entry page, from the site index, the entry and its rendered headings. */
export function entryPageData(
  site: SiteIndex,
  entry: AnyEntry,
  headings: Heading[],
  provenance: Provenance = { lastChanged: new Map(), branch: 'main' },
  address: SiteAddress = getSiteAddress(),
): EntryPageData {
  const { collection, id } = entry;
  const ref = { collection, id };
  const data = entry.data as {
    title: string;
    summary: string;
    sources?: EntryRef[];
    date?: string;
    draft?: boolean;
    keyFigures?: HeadlineFigure[];
  };
  const outgoing = site.links(
    referencesIn(entry.data).filter((target) => target.collection !== 'sources'),
    ref,
  );
  const seen = new Set([keyOf(ref)]);
  const related = [...outgoing, ...site.backlinks(ref)].filter(
    (link) => !seen.has(keyOf(link)) && seen.add(keyOf(link)),
  );
  const inSection = collection !== 'pages';
  const trail = [
    { label: t('nav.home'), href: '/' },
    ...(inSection ? [{ label: t(collections[collection].label), href: indexPathFor(collection) }] : []),
  ];
  const citation = citationFor(
    { title: data.title, filePath: entry.filePath },
    absoluteUrl(pathFor(collection, id), address),
    provenance,
  );
  return {
    entry: ref,
    title: data.title,
    summary: data.summary,
    trail,
    facts: inSection ? factsFor(site, collection, entry as CollectionEntry<SectionCollection>) : [],
    keyFigures: (data.keyFigures ?? []).map((figure) => ({
      ...figure,
      source: site.links([figure.source], ref)[0] as EntryLink,
    })),
    toc: wantsToc(headings) ? buildToc(headings) : [],
    related,
    sources: site.links(data.sources ?? [], ref),
    pager: inSection ? site.neighbours({ collection, id }) : {},
    filters: searchFiltersFor(site, { collection, id, data: entry.data as IndexedEntry['data'] }),
    titleWeight: titleWeightOf(collection),
    date: data.date,
    lastUpdated: lastUpdatedFor(entry.filePath, data.date, provenance),
    editUrl: entry.filePath ? editUrlFor(entry.filePath, provenance) : undefined,
    draft: data.draft === true,
    citation,
    structuredData: entryStructuredData(site, entry, citation, trail, address),
  };
}
