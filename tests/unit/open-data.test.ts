import { describe, expect, it } from 'vitest';
import {
  dataFiles,
  dataLicence,
  dataPageViews,
  datasetCsv,
  datasetJson,
  formatFileSize,
  openDataset,
  openDatasets,
  openDataStructuredData,
  siteUrls,
  type RowContext,
} from '~/data/open-data';
import { buildSiteIndex, type IndexedEntry } from '~/data/site-index';
import { partAnchor, wholeRouteParts } from '~/data/whole-route';
import { datasetStructuredData } from '~/lib/dataset-structured-data';
import { dataFilePathFor } from '~/lib/paths';
import { parseCsv } from '../support/csv';

/**
 * The open data and the print page's parts over a small stand-in site: one entry of each kind
 * a dataset reads, with the awkward values (a Lao name, a comma, a quote, an empty field).
 */

const ref = (collection: string, id: string) => ({ collection, id });
const src = [ref('sources', 'invitation')];

function records(): IndexedEntry[] {
  return [
    {
      collection: 'sources',
      id: 'invitation',
      data: {
        title: 'The "invitation"',
        summary: 'A call.',
        kind: 'primary',
        publisher: 'PROCASUR',
        published: '2013',
        url: 'http://www.asia.procasur.org',
      },
    },
    { collection: 'sources', id: 'psp', data: { title: 'PSP page', summary: 'A page.', kind: 'primary' } },
    {
      collection: 'places',
      id: 'paksong',
      data: {
        title: 'Paksong',
        summary: 'A district.',
        kind: 'district',
        parent: ref('places', 'champasak'),
        variants: ['Pakxong', 'Pak Song'],
        lao: { name: 'ເມືອງປາກຊ່ອງ', source: ref('sources', 'invitation') },
        sources: src,
      },
    },
    {
      collection: 'places',
      id: 'champasak',
      data: { title: 'Champasak', summary: 'A province.', kind: 'province', variants: [], sources: src },
    },
    {
      collection: 'organisations',
      id: 'rlip',
      data: { title: 'RLIP', summary: 'A programme.', shortName: 'RLIP', type: 'programme', sources: src },
    },
    {
      collection: 'plans',
      id: 'coffee-plan',
      data: {
        title: 'Coffee, better',
        summary: 'A plan.',
        rank: 2,
        order: 1,
        organisation: ref('organisations', 'rlip'),
        sectors: ['coffee', 'food-security'],
        lessons: [],
        experiences: [ref('experiences', 'coffee')],
        sources: src,
      },
    },
    {
      collection: 'related',
      id: 'psp',
      data: {
        title: 'PSP',
        summary: 'A project.',
        order: 1,
        when: 'around 2009–2010',
        figures: [
          { id: 'villages', value: 20, unit: 'villages', label: 'target villages', group: 'scope' },
          { id: 'nets', value: 1986, unit: 'nets', label: 'nets, impregnated', group: 'health', chart: 'things' },
        ],
        charts: [{ id: 'things', title: 'Things', finding: 'Nets.', source: ref('sources', 'psp') }],
        sources: [ref('sources', 'psp'), ...src],
      },
    },
    {
      collection: 'related',
      id: 'training',
      data: {
        title: 'Training',
        summary: 'A workshop.',
        order: 2,
        when: '27–28 April 2023',
        figures: [{ id: 'days', value: 2, unit: 'days', label: 'length', group: 'the workshop' }],
        charts: [],
        sources: src,
      },
    },
    { collection: 'glossary', id: 'ppp', data: { term: 'PPP', definition: 'A partnership.', sources: src } },
    { collection: 'pages', id: 'route', data: { title: 'The route', summary: 'The route.', sources: src } },
    ...['b', 'a'].map((id, order) => ({
      collection: 'experiences' as const,
      id,
      data: { title: `Case ${id}`, summary: 'A case.', order, sources: src },
    })),
    {
      collection: 'lessons',
      id: 'community',
      data: { title: 'Community', summary: 'A lesson.', order: 1, sources: src },
    },
  ] as IndexedEntry[];
}

const site = buildSiteIndex(records());
const context: RowContext = { site, url: siteUrls(new URL('https://example.org'), '/site') };
const table = (id: string) => {
  const dataset = openDataset(id);
  return dataset.table(context).map((row) => Object.fromEntries(dataset.columns.map((c, i) => [c.name, row[i]])));
};

describe('the open datasets', () => {
  it('are plans, partners, places, figures, glossary and sources, each with documented, distinct columns', () => {
    expect(openDatasets.map((dataset) => dataset.id)).toEqual([
      'plans',
      'partners',
      'places',
      'figures',
      'glossary',
      'sources',
    ]);
    for (const dataset of openDatasets) {
      const names = dataset.columns.map((column) => column.name);
      expect(new Set(names).size, dataset.id).toBe(names.length);
      expect(
        names.every((name) => /^[a-z]+(?:_[a-z]+)*$/.test(name)),
        dataset.id,
      ).toBe(true);
      expect(
        dataset.columns.every((column) => column.description.length > 10),
        dataset.id,
      ).toBe(true);
    }
  });

  it('give one row per entry, with ids, names, references and absolute page addresses', () => {
    expect(table('plans')).toEqual([
      expect.objectContaining({
        id: 'coffee-plan',
        rank: 2,
        organisation: 'rlip',
        organisation_name: 'RLIP',
        sectors: ['coffee', 'food-security'],
        province: undefined,
        case_studies: ['coffee'],
        page: 'https://example.org/site/innovation-plans/coffee-plan/',
        sources: ['invitation'],
      }),
    ]);
    expect(table('partners')).toEqual([expect.objectContaining({ id: 'rlip', short_name: 'RLIP', type: 'programme' })]);
    expect(table('glossary')).toEqual([
      expect.objectContaining({ term: 'PPP', expansion: undefined, page: 'https://example.org/site/glossary/#ppp' }),
    ]);
    // Sources in title order: "PSP page", then 'The "invitation"'.
    expect(table('sources').map((row) => row['document_url'])).toEqual([undefined, 'http://www.asia.procasur.org']);
  });

  it('give places their Lao name, its source and their other spellings, and leave them empty where unknown', () => {
    const [champasak, paksong] = table('places');
    expect(paksong).toEqual(
      expect.objectContaining({
        lao_name: 'ເມືອງປາກຊ່ອງ',
        lao_name_source: 'invitation',
        variants: ['Pakxong', 'Pak Song'],
        parent: 'champasak',
      }),
    );
    expect(champasak).toEqual(expect.objectContaining({ lao_name: undefined, parent: undefined, variants: [] }));
  });

  it('give every reported figure a row with its unit, its year only when the date names one, and its source', () => {
    expect(table('figures')).toEqual([
      expect.objectContaining({
        experience: 'psp',
        id: 'villages',
        value: 20,
        unit: 'villages',
        year: undefined,
        page: 'https://example.org/site/related/psp/#figure-villages',
        sources: ['psp', 'invitation'],
      }),
      expect.objectContaining({ id: 'nets', value: 1986, sources: ['psp'] }),
      expect.objectContaining({ experience: 'training', id: 'days', year: 2023, when: '27–28 April 2023' }),
    ]);
    expect(openDataset('figures').columns.find((column) => column.name === 'value')?.unit).toBeTruthy();
  });

  it('fail the build for an unknown dataset', () => {
    expect(() => openDataset('rice')).toThrow(/no open dataset "rice"/);
  });
});

describe('the data files', () => {
  it('are a CSV and a JSON file per dataset, at the paths paths.ts gives', () => {
    expect(dataFiles.map((file) => file.path)).toEqual(
      openDatasets.flatMap((dataset) => [dataFilePathFor(dataset.id, 'csv'), dataFilePathFor(dataset.id, 'json')]),
    );
  });

  it('write CSV with a byte order mark, the column names, lists joined by "; " and empty cells for nothing', () => {
    const csv = datasetCsv(openDataset('places'), context);
    expect(csv.startsWith('\uFEFFid,name,kind,')).toBe(true);
    const [header, champasak, paksong] = parseCsv(csv);
    expect(header).toEqual(openDataset('places').columns.map((column) => column.name));
    expect(paksong).toContain('Pakxong; Pak Song');
    expect(paksong).toContain('ເມືອງປາກຊ່ອງ');
    expect(champasak?.[header?.indexOf('lao_name') ?? -1]).toBe('');
    const [, nets] = parseCsv(datasetCsv(openDataset('figures'), context)).slice(1);
    expect(nets?.[4]).toBe('nets, impregnated');
  });

  it('write JSON as a Frictionless tabular resource: licence, columns, rows with null for nothing, no date', () => {
    const json = JSON.parse(datasetJson(openDataset('sources'), context)) as Record<string, unknown> & {
      schema: { fields: { name: string }[] };
      data: Record<string, unknown>[];
    };
    expect(json['profile']).toBe('tabular-data-resource');
    expect(json['licenses']).toEqual([{ name: 'CC-BY-4.0', title: dataLicence.title, path: dataLicence.url }]);
    expect(json['homepage']).toBe('https://example.org/site/data/#sources');
    expect(json.schema.fields.map((field) => field.name)).toEqual(openDataset('sources').columns.map((c) => c.name));
    expect(json.data[1]?.['title']).toBe('The "invitation"');
    expect(json.data[0]?.['document_url']).toBeNull();
    expect(JSON.stringify(json)).not.toMatch(/20\d\d-\d\d-\d\d/);
  });

  it('are described on the data page with their row count and their exact size in bytes', () => {
    const views = dataPageViews(context);
    const figures = views.find((view) => view.id === 'figures');
    expect(figures?.rowCount).toBe(3);
    expect(figures?.hasUnits).toBe(true);
    expect(views.find((view) => view.id === 'plans')?.hasUnits).toBe(false);
    const csv = figures?.files.find((file) => file.format === 'csv');
    expect(csv?.name).toBe('figures.csv');
    expect(csv?.bytes).toBe(new TextEncoder().encode(datasetCsv(openDataset('figures'), context)).length);
    expect(formatFileSize(850)).toBe('850 bytes');
    expect(formatFileSize(3277)).toBe('3.2 KB');
  });

  it('need the site address to write absolute page addresses', () => {
    expect(() => siteUrls(undefined, '/')).toThrow(/site/);
    expect(siteUrls(new URL('https://example.org'), '/')('/data/')).toBe('https://example.org/data/');
  });
});

describe('the data page structured data', () => {
  it('is a schema.org Dataset with the licence, the site as creator and publisher, and every file to download', () => {
    const dataset = openDataStructuredData(context) as unknown as Record<string, unknown> & { distribution: unknown[] };
    expect(dataset['@context']).toBe('https://schema.org');
    expect(dataset['@type']).toBe('Dataset');
    expect(dataset['license']).toBe(dataLicence.url);
    expect(dataset['url']).toBe('https://example.org/site/data/');
    expect(dataset['creator']).toEqual({
      '@type': 'Organization',
      name: 'Learning Route Attapeu',
      url: 'https://example.org/site/',
    });
    expect(dataset['publisher']).toEqual(dataset['creator']);
    expect(dataset.distribution).toHaveLength(dataFiles.length);
    expect(dataset.distribution[0]).toEqual({
      '@type': 'DataDownload',
      name: 'Innovation plans (CSV)',
      contentUrl: 'https://example.org/site/data/plans.csv',
      encodingFormat: 'text/csv',
    });
  });

  it('is made from what it is given alone', () => {
    const files = [{ name: 'a (JSON)', url: 'https://x.org/a.json', mediaType: 'application/json' }];
    const input = {
      name: 'A',
      description: 'B',
      url: 'https://x.org/',
      license: 'L',
      inLanguage: 'en',
      publisher: { name: 'P', url: 'https://x.org/' },
      files,
    };
    expect(datasetStructuredData(input)).toEqual(datasetStructuredData(structuredClone(input)));
    expect(datasetStructuredData(input)).toMatchObject({ isAccessibleForFree: true, inLanguage: 'en' });
  });
});

describe('the print page parts', () => {
  it('come in reading order: the route, then case studies, lessons and plans in display order', () => {
    const groups = wholeRouteParts(site);
    expect(groups.map((group) => group.label)).toEqual(['The route', 'Case studies', 'Lessons', 'Innovation plans']);
    expect(groups.flatMap((group) => group.parts.map((part) => part.anchor))).toEqual([
      'route',
      'case-studies-b',
      'case-studies-a',
      'lessons-community',
      'innovation-plans-coffee-plan',
    ]);
    expect(groups[0]?.parts[0]).toEqual(
      expect.objectContaining({
        title: 'The route',
        href: '/route/',
        sources: [expect.objectContaining({ id: 'invitation' })],
      }),
    );
  });

  it('fail the build when the route page is missing', () => {
    const withoutRoute = buildSiteIndex(records().filter((record) => record.collection !== 'pages'));
    expect(() => wholeRouteParts(withoutRoute)).toThrow(/pages\/route/);
  });

  it('take their anchors from their page addresses', () => {
    expect(partAnchor('experiences', 'coffee-dakseum')).toBe('case-studies-coffee-dakseum');
    expect(partAnchor('pages', 'route')).toBe('route');
  });
});
