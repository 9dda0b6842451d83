import { describe, expect, it } from 'vitest';
import Cover from '~/components/ui/Cover.astro';
import KeyFigures from '~/components/ui/KeyFigures.astro';
import type { CoverData } from '~/data/covers';
import { tight, useContainer } from '../support/container';

const astro = useContainer();

const source = (id: string, title: string) => ({
  collection: 'sources',
  id,
  title,
  summary: '',
  href: `/sources/${id}/`,
});

const render = async (figures: unknown[]) =>
  tight(await astro.container.renderToString(KeyFigures, { props: { figures } }));

/** What a reader hears for each figure paragraph: its text, tags dropped, spaces kept. */
const sentences = async (figures: unknown[]) =>
  [
    ...(await astro.container.renderToString(KeyFigures, { props: { figures } })).matchAll(
      /<p class="key-figure">(.*?)<\/p>/gs,
    ),
  ].map(([, inner = '']) =>
    inner
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );

describe('KeyFigures', () => {
  it('reads the number and its text as one sentence in one paragraph, with the source linked under it', async () => {
    const figures = [
      {
        value: 21,
        format: 'number',
        text: 'Alak families grow organic asparagus',
        source: source('inv', 'Invitation'),
      },
    ];
    expect(await sentences(figures)).toEqual(['21 Alak families grow organic asparagus']);
    const html = await render(figures);
    expect(html).toContain('<p class="key-figure"><span class="key-figure-value">21</span>');
    expect(html).toMatch(/<p class="key-figure-source">Source:\s*<a href="\/sources\/inv\/">Invitation<\/a><\/p>/);
    expect(html).toMatch(
      /<section class="key-figures" aria-labelledby="key-figures-heading"><h2[^>]*>Key figures<\/h2>/,
    );
  });

  it('groups the digits of a count but never those of a year', async () => {
    const html = await render([
      { value: 5120, format: 'number', text: 'people attended', source: source('psp', 'PSP') },
      { value: 1994, format: 'year', text: 'is when it began', source: source('inv', 'Invitation') },
    ]);
    expect(html).toContain('<span class="key-figure-value">5,120</span>');
    expect(html).toContain('<span class="key-figure-value">1994</span>');
    expect(html).not.toContain('1,994');
  });

  it('renders nothing without figures', async () => {
    expect((await render([])).trim()).toBe('');
  });
});

const cover: CoverData = {
  map: {
    file: {
      slug: 'sanxay',
      width: 280,
      height: 330,
      province: { placeId: 'attapeu', title: 'Attapeu', data: {} as never },
    },
    villages: [],
    unmarkedDistricts: [],
    alt: 'unused',
    notes: [],
  },
  pictogram: '<svg class="cover-pictogram" aria-hidden="true"><path d="M0 0"/></svg>',
  figure: '1994',
  alt: 'Illustration: a map; a coffee-cup pictogram; and the figure 1994.',
  pictogramText: 'a coffee-cup pictogram',
  caption: ['Illustration made for this site.'],
  credits: 'Credits.',
};

describe('Cover', () => {
  it('is one picture with one text alternative, the map eager (above the fold) in both colour schemes', async () => {
    const html = tight(await astro.container.renderToString(Cover, { props: { cover } }));
    expect(html).toContain(`<div class="cover-art" role="img" aria-label="${cover.alt}">`);
    expect(html).toMatch(/<source srcset="\/maps\/dark\/sanxay.svg" media="\(prefers-color-scheme: dark\)"/);
    expect(html).toMatch(/<img src="\/maps\/light\/sanxay.svg" width="280" height="330" alt(="")? decoding="async">/);
    expect(html).not.toContain('loading="lazy"');
    expect(html).toContain(`${cover.pictogram}<span class="cover-figure">1994</span>`);
    expect(html).toContain(
      '<figcaption><p>Illustration made for this site.</p><p class="credit">Credits.</p></figcaption>',
    );
  });
});
