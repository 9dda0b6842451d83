import { describe, expect, it } from 'vitest';
import { partnershipFor } from '~/data/partnerships';
import { buildSiteIndex, type IndexedEntry } from '~/data/site-index';

const ref = <C extends string>(collection: C, id: string) => ({ collection, id });
const s1 = [ref('sources', 's1')];

/** A source, a group, a buyer and a programme; the experience is built per test. */
const site = buildSiteIndex([
  { collection: 'sources', id: 's1', data: { title: 'The invitation', summary: 'A source.' } },
  {
    collection: 'organisations',
    id: 'group',
    data: { title: "Asparagus Producers' Group, Darkhied", shortName: 'Asparagus group', sources: s1 },
  },
  { collection: 'organisations', id: 'swift', data: { title: 'Swift Co.', summary: 'A buyer.', sources: s1 } },
  {
    collection: 'organisations',
    id: 'rlip',
    data: { title: 'Rural Livelihoods Improvement Programme (RLIP)', shortName: 'RLIP', sources: s1 },
  },
] as unknown as IndexedEntry[]);

type Item = {
  sector: 'community' | 'public' | 'private';
  organisation?: { collection: 'organisations'; id: string };
  name?: string;
  label?: string;
  gives: string;
  source: { collection: 'sources'; id: string };
};

const experience = (
  partnerships: Item[],
  { kind = 'producer-group', organisations = ['group', 'swift', 'rlip'] } = {},
) =>
  ({
    collection: 'experiences',
    id: 'asparagus',
    data: {
      kind,
      organisations: organisations.map((id) => ref('organisations', id)),
      partnerships,
    },
  }) as unknown as Parameters<typeof partnershipFor>[1];

const swift: Item = {
  sector: 'private',
  organisation: ref('organisations', 'swift'),
  gives: "buys the group's asparagus directly",
  source: ref('sources', 's1'),
};
const unnamed: Item = {
  sector: 'private',
  name: 'Private companies',
  gives: 'buy the textiles',
  source: ref('sources', 's1'),
};
const rlip: Item = {
  sector: 'public',
  organisation: ref('organisations', 'rlip'),
  gives: 'supports the business',
  source: ref('sources', 's1'),
};

describe('partnershipFor', () => {
  it('has nothing to show for a case study without partnerships', () => {
    expect(partnershipFor(site, experience([]))).toBeUndefined();
  });

  it('puts the case study’s own organisation in the middle and resolves partners through the site index', () => {
    const data = partnershipFor(site, experience([swift, rlip]));
    expect(data?.centre).toEqual({
      sector: 'community',
      name: 'Asparagus Producers’ Group, Darkhied',
      short: 'Asparagus group',
      href: '/partners/group/',
      unknown: false,
    });
    expect(
      data?.relations.map(({ actor, gives, source }) => [actor.name, actor.short, actor.href, gives, source.href]),
    ).toEqual([
      ['Swift Co.', 'Swift Co.', '/partners/swift/', 'buys the group’s asparagus directly', '/sources/s1/'],
      [
        'Rural Livelihoods Improvement Programme (RLIP)',
        'RLIP',
        '/partners/rlip/',
        'supports the business',
        '/sources/s1/',
      ],
    ]);
    expect(data?.svg).toContain('>Swift Co.<');
    expect(data?.svg).toContain('Asparagus group');
  });

  it('keeps an unnamed partner unnamed, with no link', () => {
    const [relation] = partnershipFor(site, experience([unnamed]))?.relations ?? [];
    expect(relation?.actor).toEqual({
      sector: 'private',
      name: 'Private companies',
      short: 'Private companies',
      unknown: true,
    });
    expect(partnershipFor(site, experience([unnamed]))?.svg).toContain('not named in the sources');
  });

  it('puts a programme on the public side and prefers the diagram label', () => {
    const data = partnershipFor(
      site,
      experience([{ ...swift, sector: 'community', organisation: ref('organisations', 'group'), label: 'Darkhied' }], {
        kind: 'programme',
        organisations: ['rlip', 'group'],
      }),
    );
    expect(data?.centre.sector).toBe('public');
    expect(data?.relations[0]?.actor.short).toBe('Darkhied');
  });

  it('fails the build, naming the file and item, when the frontmatter does not hold together', () => {
    expect(() => partnershipFor(site, experience([swift], { organisations: [] }))).toThrow(
      /content\/experiences\/asparagus\.mdx: partnerships need the case study's own organisation/,
    );
    expect(() => partnershipFor(site, experience([swift], { organisations: ['group'] }))).toThrow(
      /partnerships\[0\]: add swift to organisations too/,
    );
    expect(() => partnershipFor(site, experience([{ ...swift, organisation: ref('organisations', 'group') }]))).toThrow(
      /partnerships\[0\]: group is the case study's own organisation/,
    );
  });
});
