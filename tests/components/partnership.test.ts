import { describe, expect, it } from 'vitest';
import PartnershipDiagram from '~/components/ui/PartnershipDiagram.astro';
import { partnershipFor } from '~/data/partnerships';
import { buildSiteIndex, type IndexedEntry } from '~/data/site-index';
import { tight, useContainer } from '../support/container';

const astro = useContainer();

const ref = (collection: string, id: string) => ({ collection, id });
const s1 = [ref('sources', 'invitation')];

/** The weavers' case as the model holds it: RLIP named, the buyers not. */
const site = buildSiteIndex([
  { collection: 'sources', id: 'invitation', data: { title: 'The invitation', summary: 'A source.' } },
  { collection: 'sources', id: 'closing', data: { title: 'The closing post', summary: 'A source.' } },
  {
    collection: 'organisations',
    id: 'weavers',
    data: { title: 'Taliang Natural Dyes Group', summary: 'Weavers.', sources: s1 },
  },
  {
    collection: 'organisations',
    id: 'rlip',
    data: { title: 'Rural Livelihoods Improvement Programme (RLIP)', shortName: 'RLIP', summary: 'P.', sources: s1 },
  },
] as unknown as IndexedEntry[]);

const partnership = partnershipFor(site, {
  collection: 'experiences',
  id: 'natural-dyes',
  data: {
    kind: 'producer-group',
    organisations: [ref('organisations', 'weavers'), ref('organisations', 'rlip')],
    partnerships: [
      { sector: 'private', name: 'Private companies', gives: 'buy the textiles', source: ref('sources', 'closing') },
      {
        sector: 'public',
        organisation: ref('organisations', 'rlip'),
        gives: 'supports the business',
        source: ref('sources', 'invitation'),
      },
    ],
  },
} as unknown as Parameters<typeof partnershipFor>[1]);

describe('PartnershipDiagram', () => {
  it('draws the actors of the model in an SVG that names itself and points to the list', async () => {
    expect(partnership).toBeDefined();
    const html = tight(await astro.container.renderToString(PartnershipDiagram, { props: { partnership } }));
    const svg = /<svg[^>]*>.*<\/svg>/.exec(html)?.[0] ?? '';
    expect(svg).toMatch(
      /^<svg [^>]*role="img" aria-labelledby="partnership-natural-dyes-title partnership-natural-dyes-desc"/,
    );
    expect(svg).toContain('<title id="partnership-natural-dyes-title">Partnership diagram: Taliang Natural Dyes Group');
    expect(svg).toMatch(/<desc [^>]*>.*The full list, with sources, follows the diagram\.<\/desc>/);
    for (const name of ['Taliang Natural Dyes Group', 'RLIP', 'Private companies', 'not named in the sources']) {
      expect(svg).toContain(`>${name}<`);
    }
  });

  it('lists every relation after the picture, each with its source, and shows the unnamed buyer as unknown', async () => {
    const html = tight(await astro.container.renderToString(PartnershipDiagram, { props: { partnership } }));
    expect(html.indexOf('</svg>')).toBeLessThan(html.indexOf('<ul class="partnership-list">'));
    expect(html).toContain('<h2 id="partnership-heading">Who works with whom</h2>');
    expect(html).toContain(
      '<p>Taliang Natural Dyes Group (community) and its partners, as the sources describe them:</p>',
    );
    const items = [...html.matchAll(/<li class="partner-(\w+)">(.*?)<\/li>/g)].map((m) => [m[1], m[2]]);
    expect(items).toHaveLength(2);
    expect(items[0]?.[0]).toBe('private');
    expect(items[0]?.[1]).toMatch(
      /^<span>Private companies,\s?<span class="unknown">not named in the sources<\/span><\/span>\s?\(private sector\): buy the textiles\./,
    );
    expect(items[0]?.[1]).not.toMatch(/<a href="\/partners\//);
    expect(items[0]?.[1]).toContain('Source:<a href="/sources/closing/">The closing post</a>');
    expect(items[1]?.[1]).toMatch(
      /^<a href="\/partners\/rlip\/">Rural Livelihoods Improvement Programme \(RLIP\)<\/a>\s?\(public sector\): supports the business\./,
    );
    expect(items[1]?.[1]).toContain('<a href="/sources/invitation/">The invitation</a>');
  });
});
