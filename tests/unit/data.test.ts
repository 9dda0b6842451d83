import { describe, expect, it, vi } from 'vitest';
import { entryPageData } from '~/data/entry-page';
import { factsFor } from '~/data/facts';
import { homeCards } from '~/data/home-page';
import { indexCards } from '~/data/index-page';
import { buildSiteIndex, type IndexedEntry } from '~/data/site-index';

/**
 * The data layer over plain records: the site index (links, backlinks, order, drafts), the data
 * of entry, index and home pages, and the reader of the collections with a stand-in for
 * `astro:content`.
 */

const ref = (collection: string, id: string) => ({ collection, id });

/** A small site: a source, a place, two partners, two case studies, three plans, two posts, a draft. */
function records() {
  const s1 = [ref('sources', 's1')];
  return [
    { collection: 'sources', id: 's1', data: { title: 'Source', summary: 'A source.', kind: 'primary' } },
    {
      collection: 'places',
      id: 'vang-xai',
      data: { title: 'Vang Xai', summary: 'A village.', kind: 'village', variants: [], sources: s1 },
    },
    {
      collection: 'organisations',
      id: 'swift',
      data: { title: 'Swift Co.', summary: 'A buyer.', type: 'private-company', sources: s1 },
    },
    {
      collection: 'organisations',
      id: 'rlip',
      data: { title: 'RLIP', summary: 'A programme.', type: 'programme', sources: s1 },
    },
    {
      collection: 'experiences',
      id: 'coffee',
      data: {
        title: 'Coffee',
        summary: 'Coffee growers.',
        order: 2,
        kind: 'producer-group',
        province: 'attapeu',
        sectors: ['coffee'],
        places: [ref('places', 'vang-xai')],
        organisations: [ref('organisations', 'rlip')],
        sources: s1,
      },
    },
    {
      collection: 'experiences',
      id: 'asparagus',
      data: {
        title: 'Asparagus',
        summary: 'Asparagus growers.',
        order: 1,
        kind: 'producer-group',
        province: 'attapeu',
        sectors: ['asparagus'],
        places: [ref('places', 'vang-xai')],
        organisations: [ref('organisations', 'swift'), ref('organisations', 'rlip')],
        since: 2009,
        sources: s1,
      },
    },
    ...[
      ['plan-third', 3, 1],
      ['plan-first-b', 1, 2],
      ['plan-first-a', 1, 1],
    ].map(([id, rank, order]) => ({
      collection: 'plans',
      id: String(id),
      data: {
        title: String(id),
        summary: 'A plan.',
        rank,
        order,
        organisation: ref('organisations', 'rlip'),
        sectors: ['coffee'],
        sources: s1,
      },
    })),
    {
      collection: 'journal',
      id: 'old',
      data: { title: 'Old', summary: 'Old post.', date: '2009-03-01', datePrecision: 'year', sources: s1 },
    },
    {
      collection: 'journal',
      id: 'new',
      data: { title: 'New', summary: 'New post.', date: '2023-04-28', datePrecision: 'day', sources: s1 },
    },
    {
      collection: 'lessons',
      id: 'draft',
      data: {
        title: 'Draft',
        summary: 'Not ready.',
        order: 1,
        draft: true,
        experiences: [ref('experiences', 'coffee')],
        sources: s1,
      },
    },
    { collection: 'glossary', id: 'ppp', data: { term: 'PPP', definition: 'A partnership.', sources: s1 } },
  ] as IndexedEntry[];
}

const site = buildSiteIndex(records());
const entryOf = (collection: string, id: string) =>
  records().find((r) => r.collection === collection && r.id === id) as never;

describe('the site index', () => {
  it('lists entries in display order: by order, plans first place first, posts newest first', () => {
    expect(site.entries('experiences').map((e) => e.id)).toEqual(['asparagus', 'coffee']);
    expect(site.entries('plans').map((e) => e.id)).toEqual(['plan-first-a', 'plan-first-b', 'plan-third']);
    expect(site.entries('journal').map((e) => e.id)).toEqual(['new', 'old']);
    expect(site.entries('glossary').map((e) => e.id)).toEqual(['ppp']);
  });

  it('leaves drafts out of a build but keeps them in development', () => {
    expect(site.entries('lessons')).toEqual([]);
    expect(
      buildSiteIndex(records(), { withDrafts: true })
        .entries('lessons')
        .map((e) => e.id),
    ).toEqual(['draft']);
  });

  it('links to entries with their title, summary and URL', () => {
    expect(site.links([ref('experiences', 'coffee'), ref('glossary', 'ppp')], ref('pages', 'x'))).toEqual([
      {
        collection: 'experiences',
        id: 'coffee',
        title: 'Coffee',
        summary: 'Coffee growers.',
        href: '/case-studies/coffee/',
      },
      { collection: 'glossary', id: 'ppp', title: 'PPP', summary: 'A partnership.', href: '/glossary/#ppp' },
    ]);
  });

  it('fails naming both ends when a reference leads to a missing entry or a draft', () => {
    expect(() => site.links([ref('lessons', 'draft')], ref('experiences', 'coffee'))).toThrow(
      'experiences/coffee refers to lessons/draft, which does not exist or is a draft.',
    );
  });

  it('hands out frozen links, so no page can change what another page reads', () => {
    const [link] = site.links([ref('journal', 'new')], ref('pages', 'x'));
    expect(() => Object.assign(link ?? {}, { summary: '28 April 2023: changed' })).toThrow(TypeError);
    expect(site.links([ref('journal', 'new')], ref('pages', 'y'))[0]?.summary).toBe('New post.');
  });

  it('finds backlinks in display order (plans first place first), but not from sources or drafts', () => {
    expect(site.backlinks(ref('organisations', 'rlip')).map((l) => l.id)).toEqual([
      'asparagus',
      'coffee',
      'plan-first-a',
      'plan-first-b',
      'plan-third',
    ]);
    expect(site.backlinks(ref('experiences', 'coffee'))).toEqual([]);
  });

  it('gives the neighbours of an entry in display order', () => {
    const { previous, next } = site.neighbours({ collection: 'experiences', id: 'coffee' });
    expect(previous?.id).toBe('asparagus');
    expect(next).toBeUndefined();
  });
});

describe('entry page data', () => {
  const headings = ['a', 'b', 'c'].map((slug) => ({ depth: 2, slug, text: slug }));

  it('computes trail, facts, related pages, sources, pager, filters and contents once', () => {
    const page = entryPageData(site, entryOf('experiences', 'asparagus'), headings);
    expect(page.trail.map((c) => c.href)).toEqual(['/', '/case-studies/']);
    expect(page.facts.map((f) => `${f.label}: ${f.text ?? f.links?.map((l) => l.title).join(', ')}`)).toEqual([
      'Product: Organic asparagus',
      'Where: Vang Xai',
      'Since: 2009',
      'Members: not stated in the sources',
      'Partners: Swift Co., RLIP',
    ]);
    expect(page.related.map((l) => l.id)).toEqual(['vang-xai', 'swift', 'rlip']);
    expect(page.sources.map((l) => l.id)).toEqual(['s1']);
    expect(page.pager.next?.id).toBe('coffee');
    expect(page.filters).toEqual({
      type: ['Case studies'],
      province: ['Attapeu'],
      organisation: ['Swift Co.', 'RLIP'],
      sector: ['Organic asparagus'],
    });
    expect(page.toc.map((item) => item.slug)).toEqual(['a', 'b', 'c']);
    expect(page.titleWeight).toBe(10);
    expect(page.draft).toBe(false);
  });

  it('marks a draft, which only the development server shows', () => {
    const draft = {
      collection: 'lessons',
      id: 'draft',
      data: { title: 'D', summary: 'D.', draft: true, level: 'shared', experiences: [] },
    };
    const page = entryPageData(
      buildSiteIndex([...records(), draft as IndexedEntry], { withDrafts: true }),
      draft as never,
      [],
    );
    expect(page.draft).toBe(true);
  });

  it('gives a standalone page no section, facts or pager', () => {
    const route = {
      collection: 'pages',
      id: 'route',
      data: { title: 'Route', summary: 'R.', sources: [ref('sources', 's1')] },
    };
    const page = entryPageData(buildSiteIndex([...records(), route as IndexedEntry]), route as never, []);
    expect(page.trail.map((c) => c.href)).toEqual(['/']);
    expect(page.facts).toEqual([]);
    expect(page.pager).toEqual({});
    expect(page.toc).toEqual([]);
  });
});

describe('index and home page data', () => {
  it('groups plans by rank and dates journal cards without touching the shared links', () => {
    const plans = indexCards(site, 'plans', site.entries('plans') as never);
    expect(plans.map((g) => [g.heading, g.cards.map((c) => c.title)])).toEqual([
      ['1st position', ['plan-first-a', 'plan-first-b']],
      ['3rd position', ['plan-third']],
    ]);
    const posts = indexCards(site, 'journal', site.entries('journal') as never);
    expect(posts[0]?.cards[0]).toEqual({
      href: '/journal/new/',
      title: 'New',
      summary: 'New post.',
      meta: { text: '28 April 2023', datetime: '2023-04-28' },
    });
    expect(site.links([ref('journal', 'new')], ref('pages', 'home'))[0]?.summary).toBe('New post.');
  });

  it('shows the hosts, the first-placed plans and the latest posts on the home page', () => {
    const cards = homeCards(
      site,
      {
        experiences: site.entries('experiences'),
        lessons: [],
        plans: site.entries('plans'),
        related: [],
        journal: site.entries('journal'),
      } as never,
      1,
    );
    expect(cards.experiences.map((c) => c.title)).toEqual(['Asparagus', 'Coffee']);
    expect(cards.winningPlans.map((c) => c.title)).toEqual(['plan-first-a', 'plan-first-b']);
    expect(cards.journal.map((c) => c.title)).toEqual(['New']);
  });
});

describe('the reader of the collections', () => {
  it('loads every collection once and serves typed entries in display order', async () => {
    vi.resetModules();
    const all = records();
    const getCollection = vi.fn((name: string) => Promise.resolve(all.filter((r) => r.collection === name)));
    vi.doMock('astro:content', () => ({ getCollection }));
    const { getEntries, getEntryById, getSiteIndex } = await import('~/data/entries');
    expect((await getEntries('plans')).map((e) => e.id)).toEqual(['plan-first-a', 'plan-first-b', 'plan-third']);
    expect((await getEntryById('experiences', 'coffee'))?.data.title).toBe('Coffee');
    expect((await getSiteIndex()).entries('journal')).toHaveLength(2);
    expect(getCollection).toHaveBeenCalledTimes(10);
    vi.doUnmock('astro:content');
  });
});

describe('the facts of each kind of page', () => {
  const facts = (collection: string, data: Record<string, unknown>) =>
    factsFor(site, collection as never, { collection, id: 'x', data } as never).map(
      (fact) => `${fact.label}: ${fact.text ?? fact.links?.map((link) => link.title).join(', ')}`,
    );
  const s1 = [ref('sources', 's1')];

  it('says what each thing is, in words a reader uses', () => {
    expect(facts('lessons', { level: 'community', experiences: [ref('experiences', 'coffee')] })).toEqual([
      'Level: Community level',
      'Drawn from these host experiences: Coffee',
    ]);
    expect(
      facts('plans', {
        rank: 1,
        organisation: ref('organisations', 'rlip'),
        sectors: ['coffee'],
        province: 'champasak',
      }),
    ).toEqual(['Rank: 1st position', 'Designed by participants from: RLIP', 'Works on: Coffee', 'Province: Champasak']);
    expect(
      facts('related', { code: 'LAO/I28', when: '2009', province: 'oudomxay', places: [], organisations: [] }),
    ).toEqual(['Project code: LAO/I28', 'When: 2009', 'Province: Oudomxay']);
    expect(facts('journal', { date: '2013-02-25', datePrecision: 'month' })).toEqual(['Date: February 2013']);
    expect(facts('organisations', { type: 'programme', shortName: 'RLIP', province: 'attapeu' })).toEqual([
      'Type: Programme or project',
      'Short name: RLIP',
      'Province: Attapeu',
    ]);
    expect(
      facts('places', {
        kind: 'village',
        parent: ref('places', 'vang-xai'),
        variants: ['Vangxai'],
        lao: { name: 'ວັງໄຊ', source: s1[0] },
      }),
    ).toEqual([
      'Type: Village',
      'Part of: Vang Xai',
      'Also written: Vangxai',
      'In Lao script: ວັງໄຊ',
      'Lao spelling from: Source',
    ]);
    expect(
      facts('sources', { kind: 'primary', publisher: 'PROCASUR', published: '2013', url: 'https://example.org/' }),
    ).toEqual([
      'Type: Primary source',
      'Published by: PROCASUR',
      'Date: 2013',
      'Address given by the document: https://example.org/',
    ]);
  });

  it('names a programme’s themes, not a product', () => {
    expect(
      facts('experiences', { kind: 'programme', sectors: ['rural-development'], places: [], organisations: [] })[0],
    ).toBe('Works on: Rural development');
  });
});
