import { describe, expect, it } from 'vitest';
import { searchBadges, searchFilterGroups, searchFiltersFor, titleWeightOf } from '~/data/search-filters';
import { buildSiteIndex, type IndexedEntry } from '~/data/site-index';

const ref = (collection: string, id: string) => ({ collection, id });

/** A province, a district and a village in it, a partner, a case study, a plan and a draft. */
const site = buildSiteIndex([
  { collection: 'places', id: 'attapeu', data: { title: 'Attapeu', summary: '.', kind: 'province' } },
  {
    collection: 'places',
    id: 'sanxay',
    data: { title: 'Sanxay', summary: '.', kind: 'district', parent: ref('places', 'attapeu') },
  },
  {
    collection: 'places',
    id: 'dakseum',
    data: { title: 'Dakseum', summary: '.', kind: 'village', parent: ref('places', 'sanxay') },
  },
  { collection: 'places', id: 'laos', data: { title: 'Laos', summary: '.', kind: 'country' } },
  { collection: 'organisations', id: 'rlip', data: { title: 'RLIP', summary: '.', type: 'programme' } },
  {
    collection: 'experiences',
    id: 'coffee',
    data: {
      title: 'Coffee',
      summary: '.',
      province: 'attapeu',
      sectors: ['coffee'],
      organisations: [ref('organisations', 'rlip')],
    },
  },
  {
    collection: 'plans',
    id: 'plan',
    data: {
      title: 'Plan',
      summary: '.',
      rank: 1,
      organisation: ref('organisations', 'rlip'),
      sectors: ['coffee', 'tea'],
    },
  },
  { collection: 'plans', id: 'draft', data: { title: 'Draft', summary: '.', draft: true, sectors: ['banana'] } },
] as unknown as IndexedEntry[]);

describe('search filters', () => {
  it('gives an entry its kind, province, organisations and sectors as readers name them', () => {
    const [coffee] = site.entries('experiences');
    expect(searchFiltersFor(site, coffee as IndexedEntry)).toEqual({
      type: ['Case studies'],
      province: ['Attapeu'],
      organisation: ['RLIP'],
      sector: ['Coffee'],
    });
  });

  it('finds the province a place lies in through its parents, and none for the country', () => {
    const places = new Map(site.entries('places').map((place) => [place.id, place]));
    expect(searchFiltersFor(site, places.get('dakseum') as IndexedEntry).province).toEqual(['Attapeu']);
    expect(searchFiltersFor(site, places.get('attapeu') as IndexedEntry).province).toEqual(['Attapeu']);
    expect(searchFiltersFor(site, places.get('laos') as IndexedEntry).province).toBeUndefined();
  });

  it('counts the pages of each value, in the vocabulary order, drafts and unused values left out', () => {
    const groups = Object.fromEntries(searchFilterGroups(site).map((group) => [group.name, group.options]));
    expect(groups['type']).toEqual([
      { value: 'Case studies', count: 1 },
      { value: 'Innovation plans', count: 1 },
      { value: 'Partners', count: 1 },
      { value: 'Places', count: 4 },
    ]);
    expect(groups['province']).toEqual([{ value: 'Attapeu', count: 4 }]);
    expect(groups['organisation']).toEqual([{ value: 'RLIP', count: 2 }]);
    expect(groups['sector']).toEqual([
      { value: 'Coffee', count: 2 },
      { value: 'Tea', count: 1 },
    ]);
  });

  it("weighs a page's own title above any heading, a source's as a heading", () => {
    expect(titleWeightOf('places')).toBe(10);
    expect(titleWeightOf('sources')).toBeLessThan(7);
  });

  it('names one page of each kind for the badge of a result', () => {
    expect(searchBadges()).toMatchObject({
      'Case studies': 'Case study',
      'Innovation plans': 'Innovation plan',
      Journal: 'Journal post',
      'Overview pages': 'Overview',
    });
  });
});
