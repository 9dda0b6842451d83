import { parseFrontmatter } from '@astrojs/markdown-remark';
import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatasets } from '../../src/data/open-data';
import { partAnchor } from '../../src/data/whole-route';
import { compareEntries } from '../../src/lib/ordering';
import { dataFilePathFor, dataPath, routePageId, routePrintPath } from '../../src/lib/paths';
import { contentPathOf, type FolderCollection } from '../../src/schemas/collections';
import { parseCsv } from '../support/csv';
import { attr, elementsOf, existsInDist, fileForPath } from '../support/html';
import { rootDir } from '../support/paths';
import { contentFiles, sitemapPaths } from '../support/site';

/** The data files and the data page in the built site, against the content they come from. */

const read = (path: string) => readFileSync(fileForPath(path), 'utf8');
const published = contentFiles().filter((entry) => !entry.draft);
const frontmatterOf = (file: string) => parseFrontmatter(readFileSync(file, 'utf8')).frontmatter;
const entriesOf = (collection: FolderCollection) => published.filter((entry) => entry.collection === collection);
const glossaryTerms = yaml.load(readFileSync(join(rootDir, contentPathOf('glossary')), 'utf8')) as unknown[];

/** How many rows each dataset must have: one per published entry (per reported figure for figures). */
const expectedRows: Record<string, number> = {
  plans: entriesOf('plans').length,
  partners: entriesOf('organisations').length,
  places: entriesOf('places').length,
  figures: entriesOf('related').reduce(
    (sum, entry) => sum + ((frontmatterOf(entry.file)['figures'] as unknown[] | undefined)?.length ?? 0),
    0,
  ),
  glossary: glossaryTerms.length,
  sources: entriesOf('sources').length,
};

describe('the open data files', () => {
  it('cover every dataset, each with content', () => {
    expect(Object.keys(expectedRows)).toEqual(openDatasets.map((dataset) => dataset.id));
    expect(Object.values(expectedRows).every((count) => count > 0)).toBe(true);
  });

  for (const dataset of openDatasets) {
    const columns = dataset.columns.map((column) => column.name);

    it(`${dataset.id}.csv is RFC 4180 CSV in UTF-8 with a BOM: the documented columns, one row per entry`, () => {
      const text = read(dataFilePathFor(dataset.id, 'csv'));
      expect(text.startsWith('\uFEFF')).toBe(true);
      const [header, ...rows] = parseCsv(text);
      expect(header).toEqual(columns);
      expect(rows).toHaveLength(expectedRows[dataset.id] ?? -1);
      const ids = rows.map((row) => `${row[0]}/${row[1]}`);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it(`${dataset.id}.json parses, with a licence, the documented columns and the same rows as the CSV`, () => {
      const json = JSON.parse(read(dataFilePathFor(dataset.id, 'json'))) as {
        licenses: { path: string }[];
        schema: { fields: { name: string; description: string }[] };
        data: Record<string, unknown>[];
      };
      expect(json.licenses[0]?.path).toBe('https://creativecommons.org/licenses/by/4.0/');
      expect(json.schema.fields.map((field) => field.name)).toEqual(columns);
      expect(json.data).toHaveLength(expectedRows[dataset.id] ?? -1);
      for (const row of json.data) expect(Object.keys(row)).toEqual(columns);
      const csvRows = parseCsv(read(dataFilePathFor(dataset.id, 'csv'))).slice(1);
      const cell = (value: unknown) =>
        value === null ? '' : Array.isArray(value) ? value.join('; ') : String(value as string | number);
      expect(json.data.map((row) => columns.map((name) => cell(row[name])))).toEqual(csvRows);
    });
  }

  it('give every row a page address that exists in the build, down to its #fragment', () => {
    const broken = openDatasets.flatMap((dataset) => {
      const [header = [], ...rows] = parseCsv(read(dataFilePathFor(dataset.id, 'csv')));
      return rows.flatMap((row) => {
        const url = new URL(row[header.indexOf('page')] ?? '');
        const html = existsInDist(url.pathname) ? read(url.pathname) : '';
        const fragment = decodeURIComponent(url.hash.slice(1));
        return html && (!fragment || html.includes(`id="${fragment}"`)) ? [] : [`${dataset.id}: ${url.href}`];
      });
    });
    expect(broken).toEqual([]);
  });

  it('keep the Lao names of places exactly as the content writes them', () => {
    const [header = [], ...rows] = parseCsv(read(dataFilePathFor('places', 'csv')));
    const laoName = new Map(rows.map((row) => [row[header.indexOf('id')], row[header.indexOf('lao_name')]]));
    const withLao = entriesOf('places').filter((entry) => frontmatterOf(entry.file)['lao']);
    expect(withLao.length).toBeGreaterThan(0);
    for (const entry of withLao) {
      expect(laoName.get(entry.id)).toBe((frontmatterOf(entry.file)['lao'] as { name: string }).name);
    }
  });
});

describe('the data page', () => {
  const elements = elementsOf(read(dataPath));

  it('is listed in the sitemap (and so in site search)', () => {
    expect(sitemapPaths()).toContain(dataPath);
  });

  it('links every data file', () => {
    const links = new Set(elements.filter((element) => element.tagName === 'a').map((a) => attr(a, 'href')));
    const files = openDatasets.flatMap((dataset) =>
      ['csv', 'json'].map((f) => dataFilePathFor(dataset.id, f as 'csv')),
    );
    expect(files.filter((file) => !links.has(file))).toEqual([]);
  });

  it('documents every column of every dataset, in order', () => {
    const html = read(dataPath);
    for (const dataset of openDatasets) {
      const section =
        new RegExp(`<section[^>]*aria-labelledby="${dataset.id}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
      const documented = [...section.matchAll(/<th scope="row"><code>([^<]+)<\/code><\/th>/g)].map((m) => m[1]);
      expect(documented, dataset.id).toEqual(dataset.columns.map((column) => column.name));
    }
  });
});

describe('the print page', () => {
  const html = read(routePrintPath);

  it('is built, but kept out of the sitemap', () => {
    expect(html).toContain('<h1');
    expect(sitemapPaths()).not.toContain(routePrintPath);
  });

  it('holds the route, then every case study, lesson and plan, in reading order', () => {
    const ordered = (collection: FolderCollection) =>
      entriesOf(collection)
        .map((entry) => ({ ...(frontmatterOf(entry.file) as { title: string }), id: entry.id }))
        .sort(compareEntries)
        .map((entry) => partAnchor(collection, entry.id));
    const expected = [
      partAnchor('pages', routePageId),
      ...ordered('experiences'),
      ...ordered('lessons'),
      ...ordered('plans'),
    ];
    const parts = elementsOf(html)
      .filter((element) => element.tagName === 'article')
      .map((article) => attr(article, 'id'));
    expect(parts).toEqual(expected);
  });

  it('gives no two elements one id, and lists every part in its contents', () => {
    const ids = elementsOf(html).flatMap((element) => attr(element, 'id') ?? []);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const contents = /<nav class="print-contents"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    const articles = elementsOf(html).filter((element) => element.tagName === 'article');
    expect([...contents.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])).toEqual(articles.map((a) => attr(a, 'id')));
  });

  it('is linked from the route page and the data page', () => {
    expect(read('/route/')).toContain(`href="${routePrintPath}"`);
    expect(read(dataPath)).toContain(`href="${routePrintPath}"`);
  });
});
