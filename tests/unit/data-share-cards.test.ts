import { describe, expect, it, vi } from 'vitest';
import type { IndexedEntry } from '~/data/site-index';

/**
 * The share cards of a small site: what each kind of page says on its card, from its frontmatter
 * only, with the real gazetteer (for the maps) and a stand-in for the collections.
 */

const ref = (collection: string, id: string) => ({ collection, id });
const s1 = [ref('sources', 'paksong-wiki')];

function records() {
  return [
    {
      collection: 'sources',
      id: 'paksong-wiki',
      data: {
        title: 'ປາກຊ່ອງ (Paksong)',
        summary: 'A source.',
        kind: 'reference',
        publisher: 'Wikipedia (Lao edition)',
      },
    },
    {
      collection: 'organisations',
      id: 'swift',
      data: { title: 'Swift Co.', summary: 'A buyer.', type: 'private-company', province: 'attapeu', sources: s1 },
    },
    {
      collection: 'experiences',
      id: 'coffee',
      data: {
        title: 'Organic coffee in Dakseum',
        summary: 'Coffee growers.',
        order: 1,
        kind: 'producer-group',
        province: 'attapeu',
        sectors: ['coffee'],
        places: [ref('places', 'dakseum'), ref('places', 'sanxay'), ref('places', 'attapeu')],
        organisations: [],
        since: 1994,
        keyFigures: [],
        sources: s1,
      },
    },
    ...[
      ['thinkcoop', '27–28 April 2023'],
      ['psp', 'Undated project page, probably written around 2009–2010'],
    ].map(([id, when], order) => ({
      collection: 'related',
      id: String(id),
      data: {
        title: `Related ${id}`,
        summary: 'Elsewhere.',
        order,
        province: 'champasak',
        sectors: ['cooperatives'],
        places: [ref('places', 'paksong')],
        when,
        keyFigures: [],
        sources: s1,
      },
    })),
    {
      collection: 'plans',
      id: 'cardamom',
      data: {
        title: 'Cardamom in Sayaboury',
        summary: 'A plan.',
        rank: 2,
        order: 1,
        organisation: ref('organisations', 'swift'),
        sectors: ['cardamom'],
        province: 'sayaboury',
        sources: s1,
      },
    },
    {
      collection: 'lessons',
      id: 'community',
      data: { title: 'Community', summary: 'A lesson.', order: 1, level: 'community', sources: s1 },
    },
    {
      collection: 'journal',
      id: 'closed',
      data: { title: 'The route is over', summary: 'A post.', date: '2013-03-01', datePrecision: 'year', sources: s1 },
    },
    {
      collection: 'pages',
      id: 'route',
      data: {
        title: 'The Learning Route',
        summary: 'The route.',
        planned: { start: '2013-02-04', end: '2013-02-08' },
        held: { start: '2013-02-25', end: '2013-03-01' },
        keyFigures: [],
        sources: s1,
      },
    },
    {
      collection: 'pages',
      id: 'about',
      data: {
        title: 'About',
        summary: 'The site.',
        planned: { start: '2012-12-30', end: '2013-01-02' },
        keyFigures: [],
        sources: s1,
      },
    },
    { collection: 'glossary', id: 'ppp', data: { term: 'PPP', definition: 'A partnership.', sources: s1 } },
  ];
}

vi.mock('~/data/entries', async () => {
  const gazetteer = await import('../support/gazetteer');
  const { buildSiteIndex } = await import('~/data/site-index');
  const all = [...records(), ...gazetteer.places()] as unknown as (IndexedEntry & { data: Record<string, unknown> })[];
  const site = buildSiteIndex(all);
  const getEntries = (collection: string) => Promise.resolve(site.entries(collection as never));
  return {
    getSiteIndex: () => Promise.resolve(site),
    getEntries,
    getEntryById: async (collection: string, id: string) =>
      (await getEntries(collection)).find((entry) => entry.id === id),
  };
});

const { shareCardFor, shareCards, composeShareCard } = await import('~/data/share-cards');

describe('the share cards of the site', () => {
  it('cover every page with an address: home, indexes, glossary, search and every entry, once each', async () => {
    const pages = (await shareCards()).map((card) => card.page);
    expect(new Set(pages).size).toBe(pages.length);
    for (const page of ['/', '/case-studies/', '/partners/', '/glossary/', '/search/', '/route/', '/places/houn/']) {
      expect(pages).toContain(page);
    }
    expect(pages).not.toContain('/pages/');
    expect(pages.filter((page) => page.includes('#'))).toEqual([]);
  });

  it('fail the build for a page without a card', async () => {
    await expect(shareCardFor('/no-such-page/')).rejects.toThrow(/No share card for the page \/no-such-page\//);
  });

  it('show a place with its kind, where it lies, its Lao name marked as Lao, and its map', async () => {
    const card = await shareCardFor('/places/houn/');
    expect(card.text).toMatchObject({
      kind: 'Place',
      title: 'Houn',
      lao: { label: 'In Lao script', text: 'ເມືອງຮຸນ' },
      details: ['District in Oudomxay'],
      siteName: 'Learning Route Attapeu',
      picture: { width: 280, height: 330 },
    });
    expect(card.picture).toEqual({ path: '/maps/light/oudomxay.svg' });
    expect(card.alt).toBe(
      'Learning Route Attapeu card. Place: “Houn”; In Lao script: ເມືອງຮຸນ; District in Oudomxay. With a map of Lao PDR with Oudomxay province highlighted.',
    );
  });

  it('show a case study with its places, the year it began, its cover map and pictogram', async () => {
    const card = await shareCardFor('/case-studies/coffee/');
    expect(card.text.details).toEqual(['Dakseum, Sanxay, Attapeu', 'Since 1994']);
    expect(card.text.pictogram).toBe(true);
    expect(card.pictogram).toMatch(/^<svg[^>]*stroke="currentColor"/);
    expect(card.picture).toEqual({ path: '/maps/light/sanxay.svg' });
    expect(card.alt).toMatch(/a dot at Sanaxy, seat of Sanxay district, and a coffee-cup pictogram\.$/);
  });

  it('leave out a "when" too long to read at a glance, never cut it', async () => {
    expect((await shareCardFor('/related/thinkcoop/')).text.details).toEqual([
      'Champasak province',
      '27–28 April 2023',
    ]);
    expect((await shareCardFor('/related/psp/')).text.details).toEqual(['Champasak province']);
  });

  it('give the route its year only when all its dates fall in one', async () => {
    expect((await shareCardFor('/route/')).text.details).toEqual(['2013']);
    expect((await shareCardFor('/route/')).text.kind).toBeUndefined();
    expect((await shareCardFor('/about/')).text.details).toEqual([]);
  });

  it('say what the other kinds of page are, from their frontmatter', async () => {
    const details = async (page: string) => (await shareCardFor(page)).text;
    expect(await details('/innovation-plans/cardamom/')).toMatchObject({
      kind: 'Innovation plan',
      details: ['2nd position', 'Sayaboury province'],
      picture: { width: 280, height: 330 },
    });
    expect(await details('/lessons/community/')).toMatchObject({ kind: 'Lesson', details: ['Community level'] });
    expect(await details('/journal/closed/')).toMatchObject({ kind: 'Journal post', details: ['2013'] });
    expect(await details('/partners/swift/')).toMatchObject({
      kind: 'Partner',
      details: ['Private company', 'Attapeu province'],
    });
    expect(await details('/sources/paksong-wiki/')).toMatchObject({
      kind: 'Source',
      title: 'ປາກຊ່ອງ (Paksong)',
      details: ['Reference', 'Wikipedia (Lao edition)'],
    });
    expect((await details('/sources/paksong-wiki/')).picture).toBeUndefined();
  });

  it('give the home page the tagline and the hosts’ district map, and indexes their introduction', async () => {
    const home = await shareCardFor('/');
    expect(home.text.title).toBe('Pro-poor public–private partnerships in Attapeu, Lao PDR');
    expect(home.picture).toEqual({ path: '/maps/light/sanxay.svg' });
    const lessons = await shareCardFor('/lessons/');
    expect(lessons.text).toMatchObject({ title: 'Lessons', details: [] });
    expect(lessons.text.summary).toMatch(/^What participants said/);
    expect(lessons.alt).toMatch(/^Learning Route Attapeu card\. “Lessons”; What participants said .* benefits\.$/);
    expect((await shareCardFor('/glossary/')).text.title).toBe('Glossary');
    expect((await shareCardFor('/search/')).text.title).toBe('Search');
  });
});

describe('composeShareCard', () => {
  it('shows a pictogram only beside a kind, and describes only what is drawn', () => {
    const card = composeShareCard('/x/', { title: 'X', pictogram: { svg: '<svg/>', text: 'a pictogram' } });
    expect(card.text.pictogram).toBeUndefined();
    expect(card.pictogram).toBeUndefined();
    expect(card.alt).toBe('Learning Route Attapeu card. “X”.');
  });
});
