import { describe, expect, it } from 'vitest';
import { entryPageData } from '~/data/entry-page';
import { buildSiteIndex, type IndexedEntry } from '~/data/site-index';
import { indexStructuredData, siteNode } from '~/data/structured-data';
import { eventNode, jsonLdText, placeNode } from '~/lib/structured-data';

const address = { site: 'https://example.org', base: '/guide/' };
const ref = (collection: string, id: string) => ({ collection, id });
const s1 = [ref('sources', 's1')];

/** A small site: a source, two places, a partner, a case study, a plan, the route and a plain page. */
const records = [
  {
    collection: 'sources',
    id: 's1',
    data: {
      title: 'Source',
      summary: 'A source.',
      kind: 'primary',
      publisher: 'P',
      published: '2013',
      url: 'https://example.net/doc',
    },
  },
  {
    collection: 'places',
    id: 'attapeu',
    data: { title: 'Attapeu', summary: 'A province.', kind: 'province', variants: [], sources: s1 },
  },
  {
    collection: 'places',
    id: 'dakseum',
    data: {
      title: 'Dakseum',
      summary: 'A village.',
      kind: 'village',
      parent: ref('places', 'attapeu'),
      variants: ['Daxeum'],
      lao: { name: 'ດາກເຊີມ', source: s1[0] },
      sources: s1,
    },
  },
  {
    collection: 'organisations',
    id: 'group',
    data: {
      title: "Coffee Producers' Group",
      summary: 'A group.',
      shortName: 'OCPG',
      type: 'producer-group',
      sources: s1,
    },
  },
  {
    collection: 'experiences',
    id: 'coffee',
    data: {
      title: 'Coffee',
      summary: 'Coffee growers.',
      order: 1,
      kind: 'producer-group',
      province: 'attapeu',
      sectors: ['coffee'],
      places: [ref('places', 'dakseum')],
      organisations: [ref('organisations', 'group')],
      sources: s1,
    },
  },
  {
    collection: 'plans',
    id: 'plan',
    data: {
      title: 'Plan',
      summary: 'A plan.',
      rank: 1,
      order: 1,
      organisation: ref('organisations', 'group'),
      sectors: ['coffee'],
      sources: s1,
    },
  },
  {
    collection: 'pages',
    id: 'route',
    data: {
      title: 'The route',
      summary: 'The route.',
      planned: { start: '2013-02-04', end: '2013-02-08' },
      held: { start: '2013-02-25', end: '2013-03-01' },
      sources: s1,
    },
  },
  { collection: 'pages', id: 'about', data: { title: 'About', summary: 'About the site.', sources: s1 } },
] as unknown as IndexedEntry[];
const site = buildSiteIndex(records);
const provenance = { lastChanged: new Map([['content/experiences/coffee.mdx', '2026-11-25']]), branch: 'main' };

/** The JSON-LD nodes of an entry's page. */
function nodesOf(collection: string, id: string) {
  const entry = records.find((r) => r.collection === collection && r.id === id) as IndexedEntry;
  const filePath = `content/${collection}/${id}.mdx`;
  return entryPageData(site, { ...entry, filePath } as never, [], provenance, address).structuredData as Record<
    string,
    unknown
  >[];
}

describe('JSON-LD of entry pages', () => {
  it('describes a case study as an Article about its organisations, set in its places, with its git date', () => {
    const [article, breadcrumbs] = nodesOf('experiences', 'coffee');
    expect(article).toEqual({
      '@type': 'Article',
      '@id': 'https://example.org/guide/case-studies/coffee/',
      url: 'https://example.org/guide/case-studies/coffee/',
      headline: 'Coffee',
      description: 'Coffee growers.',
      inLanguage: 'en',
      isPartOf: { '@id': 'https://example.org/guide/#website' },
      dateModified: '2026-11-25',
      about: [
        {
          '@type': 'Organization',
          '@id': 'https://example.org/guide/partners/group/',
          name: 'Coffee Producers’ Group',
        },
      ],
      contentLocation: [{ '@type': 'Place', '@id': 'https://example.org/guide/places/dakseum/', name: 'Dakseum' }],
    });
    expect(breadcrumbs).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/guide/' },
        { '@type': 'ListItem', position: 2, name: 'Case studies', item: 'https://example.org/guide/case-studies/' },
        { '@type': 'ListItem', position: 3, name: 'Coffee', item: 'https://example.org/guide/case-studies/coffee/' },
      ],
    });
  });

  it('describes the route as an Event held on its reported days, rescheduled from the planned ones', () => {
    const [event] = nodesOf('pages', 'route');
    expect(event).toMatchObject({
      '@type': 'Event',
      startDate: '2013-02-25',
      endDate: '2013-03-01',
      eventStatus: 'https://schema.org/EventRescheduled',
      previousStartDate: '2013-02-04',
    });
  });

  it('describes a page without dates as a WebPage, and a plan as an Article about its organisation', () => {
    expect(nodesOf('pages', 'about')[0]?.['@type']).toBe('WebPage');
    expect(nodesOf('plans', 'plan')[0]).toMatchObject({
      '@type': 'Article',
      about: [{ name: 'Coffee Producers’ Group' }],
    });
  });

  it('describes a partner as an Organization and a place as a Place with every spelling, in the place it lies in', () => {
    expect(nodesOf('organisations', 'group')[0]).toMatchObject({
      '@type': 'Organization',
      name: 'Coffee Producers’ Group',
      alternateName: 'OCPG',
    });
    const [place] = nodesOf('places', 'dakseum');
    expect(place).toMatchObject({
      '@type': 'Place',
      alternateName: ['Daxeum', 'ດາກເຊີມ'],
      containedInPlace: { '@type': 'Place', '@id': 'https://example.org/guide/places/attapeu/', name: 'Attapeu' },
    });
    expect(place).not.toHaveProperty('geo');
  });

  it('describes a source’s page as a WebPage about the document, at the address the document gives', () => {
    expect(nodesOf('sources', 's1')[0]).toMatchObject({
      '@type': 'WebPage',
      about: { '@type': 'CreativeWork', name: 'Source', url: 'https://example.net/doc' },
    });
  });
});

describe('JSON-LD of other pages', () => {
  it('starts every graph with the site, its language and the licence of its text', () => {
    expect(siteNode(address)).toEqual({
      '@type': 'WebSite',
      '@id': 'https://example.org/guide/#website',
      name: 'Learning Route Attapeu',
      url: 'https://example.org/guide/',
      inLanguage: 'en',
      license: 'https://creativecommons.org/licenses/by/4.0/',
    });
  });

  it('describes an index as a CollectionPage with its breadcrumbs', () => {
    const [page, breadcrumbs] = indexStructuredData(
      { name: 'Partners', description: 'Every organisation.', path: '/partners/' },
      [{ label: 'Home', href: '/' }],
      address,
    );
    expect(page).toMatchObject({ '@type': 'CollectionPage', '@id': 'https://example.org/guide/partners/' });
    expect(breadcrumbs).toMatchObject({ '@type': 'BreadcrumbList' });
  });
});

describe('JSON-LD building blocks', () => {
  const route = { name: 'Route', url: 'https://example.org/route/', description: 'R.' };

  it('calls an event held as planned, or only planned, scheduled', () => {
    const planned = { start: '2013-02-04', end: '2013-02-08' };
    expect(eventNode({ ...route, planned, held: planned })).toMatchObject({
      startDate: '2013-02-04',
      eventStatus: 'https://schema.org/EventScheduled',
    });
    expect(eventNode({ ...route, planned })).not.toHaveProperty('previousStartDate');
  });

  it('gives a place without other spellings or a parent neither field', () => {
    const place = placeNode({ ...route, alternateNames: [] });
    expect(place).not.toHaveProperty('alternateName');
    expect(place).not.toHaveProperty('containedInPlace');
  });

  it('writes one graph that no value can break out of its script element', () => {
    const text = jsonLdText([{ '@type': 'Thing', name: '</script><script>alert(1)</script> <!--' }]);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'Thing', name: '</script><script>alert(1)</script> <!--' }],
    });
  });
});
