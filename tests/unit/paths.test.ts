import { describe, expect, it } from 'vitest';
import {
  cardPathFor,
  dataFilePathFor,
  entryIdOf,
  fileNameProblem,
  idFromText,
  indexPathFor,
  pathFor,
  routePrintPath,
  searchPathFor,
  unlistedPaths,
} from '~/lib/paths';
import { collectionNames, collections } from '~/schemas/collections';

describe('pathFor', () => {
  it('puts case studies under /case-studies/ with a trailing slash', () => {
    expect(pathFor('experiences', 'coffee-dakseum')).toBe('/case-studies/coffee-dakseum/');
  });

  it('gives partners and innovation plans their reader-facing section names', () => {
    expect(pathFor('organisations', 'ifad')).toBe('/partners/ifad/');
    expect(pathFor('plans', 'snrmpep-coffee')).toBe('/innovation-plans/snrmpep-coffee/');
  });

  it('refuses an id that would make a bad URL, naming the collection', () => {
    expect(() => pathFor('lessons', 'Public Sector')).toThrow(/"Public Sector" in collection "lessons"/);
    expect(() => pathFor('places', 'vang--xai')).toThrow();
    expect(() => pathFor('places', 'ສານໄຊ')).toThrow();
  });

  it('gives every collection with a section a distinct one', () => {
    const sections = collectionNames.map((name) => collections[name].section).filter((section) => section !== null);
    expect(new Set(sections).size).toBe(sections.length);
  });

  it('puts standalone pages at the top level and glossary terms at anchors', () => {
    expect(pathFor('pages', 'route')).toBe('/route/');
    expect(pathFor('glossary', 'ppp')).toBe('/glossary/#ppp');
  });
});

describe('other paths', () => {
  it('builds index, glossary and search paths', () => {
    expect(indexPathFor('journal')).toBe('/journal/');
    expect(searchPathFor('Dakseum coffee & tea')).toBe('/search/?q=Dakseum%20coffee%20%26%20tea');
  });
});

describe('open data and the print page', () => {
  it('puts data files under /data/, named after their dataset', () => {
    expect(dataFilePathFor('plans', 'csv')).toBe('/data/plans.csv');
    expect(dataFilePathFor('figures', 'json')).toBe('/data/figures.json');
    expect(() => dataFilePathFor('../etc', 'csv')).toThrow(/cannot be a file name/);
  });

  it('puts the print page under the route and keeps it, with search, out of the sitemap', () => {
    expect(routePrintPath).toBe('/route/print/');
    expect(unlistedPaths).toEqual(['/search/', '/route/print/']);
  });
});

describe('cardPathFor', () => {
  it('puts each page’s card under /cards/, mirroring the page’s own file', () => {
    expect(cardPathFor('/')).toBe('/cards/index.png');
    expect(cardPathFor('/places/')).toBe('/cards/places/index.png');
    expect(cardPathFor(pathFor('places', 'houn'))).toBe('/cards/places/houn/index.png');
    expect(cardPathFor(pathFor('pages', 'route'))).toBe('/cards/route/index.png');
  });

  it('gives no two pages the same card', () => {
    const pages = ['/', '/index/', '/places/', '/places/index/', '/cards/', '/route/', '/a/b/'];
    expect(new Set(pages.map(cardPathFor)).size).toBe(pages.length);
  });

  it('refuses what is not a page path', () => {
    for (const bad of ['/places/houn', 'places/houn/', '/glossary/#ppp', '/search/?q=a/']) {
      expect(() => cardPathFor(bad), bad).toThrow(/page path/);
    }
  });
});

describe('entry ids', () => {
  it('are file names without extension, whatever a frontmatter slug says', () => {
    expect(entryIdOf('coffee-dakseum.mdx')).toBe('coffee-dakseum');
    expect(entryIdOf('invitation-2013.md')).toBe('invitation-2013');
  });

  it('must be clean URL segments, with a suggestion for a bad name', () => {
    expect(fileNameProblem('coffee-dakseum.mdx')).toBeUndefined();
    expect(fileNameProblem('Coffee Farm.mdx')).toMatch(/cannot be a URL.*e\.g\. "coffee-farm\.mdx"/);
    expect(fileNameProblem('sub/group.mdx')).toMatch(/no subfolders/);
    expect(fileNameProblem('Résumé.mdx')).toMatch(/e\.g\. "resume\.mdx"/);
  });

  it('are made from a title: lowercase, accents dropped, hyphens between words', () => {
    expect(idFromText('Organic coffee in Dakseum')).toBe('organic-coffee-in-dakseum');
    expect(idFromText('  Café Lao: “Bolaven” 2013! ')).toBe('cafe-lao-bolaven-2013');
    expect(idFromText('Résumé — Xékong')).toBe('resume-xekong');
    expect(idFromText('ເມືອງປາກຊ່ອງ')).toBe('');
  });
});
