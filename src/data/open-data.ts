import type { CollectionEntry } from 'astro:content';
import { t, uiLang } from '~/i18n';
import { normaliseBase, withBase } from '~/lib/base-path';
import { toCsv, UTF8_BOM } from '~/lib/csv';
import { datasetStructuredData, type DatasetDescription } from '~/lib/dataset-structured-data';
import { singleYearIn } from '~/lib/dates';
import { dataFilePathFor, dataFormats, dataPath, pathFor, type DataFormat } from '~/lib/paths';
import type { EntryRef } from '~/lib/relations';
import type { CollectionName } from '~/schemas/collections';
import type { KeyFigure } from '~/schemas/entries';
import { organisationTypes, placeKinds, provinces, sectors, sourceKinds } from '~/schemas/vocabulary';
import type { SiteIndex } from './site-index';

/**
 * The site's open data: ONE definition per dataset (its rows and its documented columns, each
 * with a getter). The data page, the CSV and JSON files (src/pages/data/[file].ts) and the tests
 * all derive from these definitions, so a column is added or described in one place.
 */

/** What a cell holds: text, a number, a list, or nothing where the content does not say. */
export type Cell = string | number | readonly string[] | undefined;

/** How a column's values are typed in the JSON file (Frictionless Table Schema field types). */
export type ColumnType = 'string' | 'integer' | 'number' | 'array';

/** A column as the data page documents it and the JSON file describes it. */
export interface ColumnInfo {
  name: string;
  type: ColumnType;
  description: string;
  /** What a number counts, for figures. */
  unit?: string | undefined;
}

/** What a getter may need besides its row: the site's entries, and absolute URLs for its pages. */
export interface RowContext {
  site: SiteIndex;
  /** Absolute URL of a root-relative path on the site. */
  url: (path: string) => string;
}

interface Column<Row> extends ColumnInfo {
  value: (row: Row, context: RowContext) => Cell;
}

interface DatasetSpec<Row> {
  id: string;
  title: string;
  description: string;
  rows: (site: SiteIndex) => readonly Row[];
  columns: readonly Column<Row>[];
}

/** A dataset as pages and tests use it: what it is, its columns, and its table for a site. */
export interface OpenDataset {
  id: string;
  title: string;
  description: string;
  columns: readonly ColumnInfo[];
  /** One row per entry, the cells in the columns' order. */
  table: (context: RowContext) => Cell[][];
}

function defineDataset<Row>(spec: DatasetSpec<Row>): OpenDataset {
  return {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    columns: spec.columns.map(({ name, type, description, unit }) => ({ name, type, description, unit })),
    table: (context) => spec.rows(context.site).map((row) => spec.columns.map((column) => column.value(row, context))),
  };
}

/** An entry with its validated frontmatter, as the site index holds it. */
interface Entry<C extends CollectionName> {
  collection: C;
  id: string;
  data: CollectionEntry<C>['data'];
}

const entriesOf =
  <C extends CollectionName>(collection: C) =>
  (site: SiteIndex): readonly Entry<C>[] =>
    site.entries(collection) as unknown as readonly Entry<C>[];

const ids = (refs: readonly EntryRef[]): string[] => refs.map((ref) => ref.id);
const oneOf = (values: readonly string[]) => values.join(', ');

/** Columns every entry dataset has: its id, its summary, its page and the documents it draws on. */
const idColumn = <C extends CollectionName>(): Column<Entry<C>> => ({
  name: 'id',
  type: 'string',
  description: t('data.column.id'),
  value: (entry) => entry.id,
});
const summaryColumn = <C extends 'plans' | 'organisations' | 'places' | 'sources'>(): Column<Entry<C>> => ({
  name: 'summary',
  type: 'string',
  description: t('data.column.summary'),
  value: (entry) => entry.data.summary,
});
const pageColumn = <C extends CollectionName>(): Column<Entry<C>> => ({
  name: 'page',
  type: 'string',
  description: t('data.column.page'),
  value: (entry, { url }) => url(pathFor(entry.collection, entry.id)),
});
const sourcesColumn = <C extends 'plans' | 'organisations' | 'places' | 'glossary'>(): Column<Entry<C>> => ({
  name: 'sources',
  type: 'array',
  description: t('data.column.sources'),
  value: (entry) => ids(entry.data.sources),
});

const plans = defineDataset<Entry<'plans'>>({
  id: 'plans',
  title: t('collection.plans'),
  description: t('data.plans.description'),
  rows: entriesOf('plans'),
  columns: [
    idColumn(),
    { name: 'title', type: 'string', description: t('data.plans.title'), value: (plan) => plan.data.title },
    { name: 'rank', type: 'integer', description: t('data.plans.rank'), value: (plan) => plan.data.rank },
    { name: 'order', type: 'integer', description: t('data.plans.order'), value: (plan) => plan.data.order },
    {
      name: 'organisation',
      type: 'string',
      description: t('data.plans.organisation'),
      value: (plan) => plan.data.organisation.id,
    },
    {
      name: 'organisation_name',
      type: 'string',
      description: t('data.plans.organisationName'),
      value: (plan, { site }) => site.links([plan.data.organisation], plan)[0]?.title,
    },
    {
      name: 'sectors',
      type: 'array',
      description: t('data.column.sectors', { values: oneOf(sectors) }),
      value: (plan) => plan.data.sectors,
    },
    {
      name: 'province',
      type: 'string',
      description: t('data.plans.province', { values: oneOf(provinces) }),
      value: (plan) => plan.data.province,
    },
    { name: 'lessons', type: 'array', description: t('data.plans.lessons'), value: (plan) => ids(plan.data.lessons) },
    {
      name: 'case_studies',
      type: 'array',
      description: t('data.plans.caseStudies'),
      value: (plan) => ids(plan.data.experiences),
    },
    summaryColumn(),
    pageColumn(),
    sourcesColumn(),
  ],
});

const partners = defineDataset<Entry<'organisations'>>({
  id: 'partners',
  title: t('collection.organisations'),
  description: t('data.partners.description'),
  rows: entriesOf('organisations'),
  columns: [
    idColumn(),
    { name: 'name', type: 'string', description: t('data.partners.name'), value: (org) => org.data.title },
    {
      name: 'short_name',
      type: 'string',
      description: t('data.partners.shortName'),
      value: (org) => org.data.shortName,
    },
    {
      name: 'type',
      type: 'string',
      description: t('data.partners.type', { values: oneOf(organisationTypes) }),
      value: (org) => org.data.type,
    },
    {
      name: 'province',
      type: 'string',
      description: t('data.partners.province', { values: oneOf(provinces) }),
      value: (org) => org.data.province,
    },
    summaryColumn(),
    pageColumn(),
    sourcesColumn(),
  ],
});

const places = defineDataset<Entry<'places'>>({
  id: 'places',
  title: t('collection.places'),
  description: t('data.places.description'),
  rows: entriesOf('places'),
  columns: [
    idColumn(),
    { name: 'name', type: 'string', description: t('data.places.name'), value: (place) => place.data.title },
    {
      name: 'kind',
      type: 'string',
      description: t('data.places.kind', { values: oneOf(placeKinds) }),
      value: (place) => place.data.kind,
    },
    { name: 'parent', type: 'string', description: t('data.places.parent'), value: (place) => place.data.parent?.id },
    {
      name: 'lao_name',
      type: 'string',
      description: t('data.places.laoName'),
      value: (place) => place.data.lao?.name,
    },
    {
      name: 'lao_name_source',
      type: 'string',
      description: t('data.places.laoNameSource'),
      value: (place) => place.data.lao?.source.id,
    },
    {
      name: 'variants',
      type: 'array',
      description: t('data.places.variants'),
      value: (place) => place.data.variants,
    },
    summaryColumn(),
    pageColumn(),
    sourcesColumn(),
  ],
});

/** A reported figure with the related experience that reports it. */
interface FigureRow {
  entry: Entry<'related'>;
  figure: KeyFigure;
}

const figures = defineDataset<FigureRow>({
  id: 'figures',
  title: t('data.figures.title'),
  description: t('data.figures.description'),
  rows: (site) =>
    entriesOf('related')(site).flatMap((entry) => entry.data.figures.map((figure) => ({ entry, figure }))),
  columns: [
    {
      name: 'experience',
      type: 'string',
      description: t('data.figures.experience'),
      value: ({ entry }) => entry.id,
    },
    { name: 'id', type: 'string', description: t('data.figures.id'), value: ({ figure }) => figure.id },
    {
      name: 'value',
      type: 'number',
      description: t('data.figures.value'),
      unit: t('data.figures.valueUnit'),
      value: ({ figure }) => figure.value,
    },
    { name: 'unit', type: 'string', description: t('data.figures.unit'), value: ({ figure }) => figure.unit },
    { name: 'label', type: 'string', description: t('data.figures.label'), value: ({ figure }) => figure.label },
    { name: 'group', type: 'string', description: t('data.figures.group'), value: ({ figure }) => figure.group },
    {
      name: 'year',
      type: 'integer',
      description: t('data.figures.year'),
      value: ({ entry }) => singleYearIn(entry.data.when),
    },
    { name: 'when', type: 'string', description: t('data.figures.when'), value: ({ entry }) => entry.data.when },
    {
      name: 'page',
      type: 'string',
      description: t('data.figures.page'),
      value: ({ entry, figure }, { url }) => url(`${pathFor('related', entry.id)}#figure-${figure.id}`),
    },
    {
      name: 'sources',
      type: 'array',
      description: t('data.figures.sources'),
      value: ({ entry, figure }) => {
        const chart = entry.data.charts.find((candidate) => candidate.id === figure.chart);
        return chart ? [chart.source.id] : ids(entry.data.sources);
      },
    },
  ],
});

const glossary = defineDataset<Entry<'glossary'>>({
  id: 'glossary',
  title: t('collection.glossary'),
  description: t('data.glossary.description'),
  rows: entriesOf('glossary'),
  columns: [
    idColumn(),
    { name: 'term', type: 'string', description: t('data.glossary.term'), value: (term) => term.data.term },
    {
      name: 'expansion',
      type: 'string',
      description: t('data.glossary.expansion'),
      value: (term) => term.data.expansion,
    },
    {
      name: 'definition',
      type: 'string',
      description: t('data.glossary.definition'),
      value: (term) => term.data.definition,
    },
    pageColumn(),
    sourcesColumn(),
  ],
});

const sources = defineDataset<Entry<'sources'>>({
  id: 'sources',
  title: t('collection.sources'),
  description: t('data.sources.description'),
  rows: entriesOf('sources'),
  columns: [
    idColumn(),
    { name: 'title', type: 'string', description: t('data.sources.title'), value: (source) => source.data.title },
    {
      name: 'kind',
      type: 'string',
      description: t('data.sources.kind', { values: oneOf(sourceKinds) }),
      value: (source) => source.data.kind,
    },
    {
      name: 'publisher',
      type: 'string',
      description: t('data.sources.publisher'),
      value: (source) => source.data.publisher,
    },
    {
      name: 'published',
      type: 'string',
      description: t('data.sources.published'),
      value: (source) => source.data.published,
    },
    {
      name: 'document_url',
      type: 'string',
      description: t('data.sources.documentUrl'),
      value: (source) => source.data.url,
    },
    summaryColumn(),
    pageColumn(),
  ],
});

/** Every dataset, in the order the data page lists them. */
export const openDatasets: readonly OpenDataset[] = [plans, partners, places, figures, glossary, sources];

/** The licence of the site's own writing, which the data files share. */
export const dataLicence = {
  id: 'CC-BY-4.0',
  name: 'CC BY 4.0',
  title: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The MIME type of each format. */
export const mediaTypes: Record<DataFormat, string> = { csv: 'text/csv', json: 'application/json' };

/** Absolute URLs of the site built at `site` (astro.config.mjs) under `base` (BASE_PATH). */
export function siteUrls(site: URL | undefined, base: string): (path: string) => string {
  if (!site) throw new Error('`site` is not set in astro.config.mjs: the data files need absolute addresses');
  const root = normaliseBase(base);
  return (path) => new URL(withBase(path, root), site).href;
}

const csvCell = (cell: Cell): string =>
  cell === undefined ? '' : typeof cell === 'number' ? String(cell) : typeof cell === 'string' ? cell : cell.join('; ');

/** A dataset as CSV (RFC 4180, UTF-8 with a byte order mark; src/lib/csv.ts says why). */
export function datasetCsv(dataset: OpenDataset, context: RowContext): string {
  return (
    UTF8_BOM +
    toCsv([dataset.columns.map((column) => column.name), ...dataset.table(context).map((row) => row.map(csvCell))])
  );
}

/**
 * A dataset as JSON: a Frictionless Data tabular resource with its data inline. The metadata
 * names the licence and where the data comes from, but no date: builds must be reproducible.
 */
export function datasetJson(dataset: OpenDataset, context: RowContext): string {
  const resource = {
    profile: 'tabular-data-resource',
    name: dataset.id,
    title: dataset.title,
    description: dataset.description,
    homepage: context.url(`${dataPath}#${dataset.id}`),
    licenses: [{ name: dataLicence.id, title: dataLicence.title, path: dataLicence.url }],
    sources: [{ title: t('site.name'), path: context.url('/') }],
    schema: {
      fields: dataset.columns.map(({ name, type, description, unit }) => ({
        name,
        type,
        description,
        ...(unit ? { unit } : {}),
      })),
    },
    data: dataset
      .table(context)
      .map((row) => Object.fromEntries(dataset.columns.map((column, i) => [column.name, row[i] ?? null]))),
  };
  return `${JSON.stringify(resource, null, 2)}\n`;
}

/** A dataset's file in one format: its text, as the endpoint serves it and the data page weighs it. */
export function datasetFile(dataset: OpenDataset, format: DataFormat, context: RowContext): string {
  return format === 'csv' ? datasetCsv(dataset, context) : datasetJson(dataset, context);
}

/** The dataset with the given id; the build fails on an unknown one. */
export function openDataset(id: string): OpenDataset {
  const dataset = openDatasets.find((candidate) => candidate.id === id);
  if (!dataset) throw new Error(`no open dataset "${id}"`);
  return dataset;
}

/** Every data file: its dataset, format and path. */
export const dataFiles = openDatasets.flatMap((dataset) =>
  dataFormats.map((format) => ({ dataset, format, path: dataFilePathFor(dataset.id, format) })),
);

/** The data page's schema.org Dataset (JSON-LD), with every file as a download. */
export function openDataStructuredData(context: RowContext): ReturnType<typeof datasetStructuredData> {
  const description: DatasetDescription = {
    name: `${t('site.name')}: ${t('data.title')}`,
    description: t('data.intro'),
    url: context.url(dataPath),
    license: dataLicence.url,
    inLanguage: uiLang,
    publisher: { name: t('site.name'), url: context.url('/') },
    files: dataFiles.map(({ dataset, format, path }) => ({
      name: `${dataset.title} (${format.toUpperCase()})`,
      url: context.url(path),
      mediaType: mediaTypes[format],
    })),
  };
  return datasetStructuredData(description);
}

/** A data file as the data page links it: its address, its name and its size. */
export interface DataFileLink {
  format: DataFormat;
  href: string;
  name: string;
  /** Size in bytes, as served. */
  bytes: number;
}

/** A dataset as the data page documents it. */
export interface DatasetView {
  id: string;
  title: string;
  description: string;
  rowCount: number;
  columns: readonly ColumnInfo[];
  /** Whether any column has a unit (only then does the page show a unit column). */
  hasUnits: boolean;
  files: DataFileLink[];
}

/** What the data page shows of each dataset, weighed from the very files the build writes. */
export function dataPageViews(context: RowContext): DatasetView[] {
  const encoder = new TextEncoder();
  return openDatasets.map((dataset) => ({
    id: dataset.id,
    title: dataset.title,
    description: dataset.description,
    rowCount: dataset.table(context).length,
    columns: dataset.columns,
    hasUnits: dataset.columns.some((column) => column.unit !== undefined),
    files: dataFiles
      .filter((file) => file.dataset === dataset)
      .map(({ format, path }) => ({
        format,
        href: path,
        name: path.split('/').at(-1) ?? path,
        bytes: encoder.encode(datasetFile(dataset, format, context)).length,
      })),
  }));
}

/** A file size as readers read it: "850 bytes", "3.2 KB". */
export function formatFileSize(bytes: number): string {
  return bytes < 1024 ? t('data.bytes', { count: bytes }) : t('data.kilobytes', { count: (bytes / 1024).toFixed(1) });
}
