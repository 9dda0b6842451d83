import { describe, expect, it } from 'vitest';
import { glossaryPathFor, indexPathFor, pathFor, searchPathFor, sectionOf } from '~/lib/paths';

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

  it('gives every page collection a distinct section', () => {
    const sections = Object.values(sectionOf);
    expect(new Set(sections).size).toBe(sections.length);
  });
});

describe('other paths', () => {
  it('builds index, glossary and search paths', () => {
    expect(indexPathFor('journal')).toBe('/journal/');
    expect(glossaryPathFor('ppp')).toBe('/glossary/#ppp');
    expect(searchPathFor('Dakseum coffee & tea')).toBe('/search/?q=Dakseum%20coffee%20%26%20tea');
  });
});
