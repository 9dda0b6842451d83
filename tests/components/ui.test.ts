import { describe, expect, it, vi } from 'vitest';
import Aside from '~/components/mdx/Aside.astro';
import Term from '~/components/mdx/Term.astro';
import Breadcrumbs from '~/components/ui/Breadcrumbs.astro';
import EntryCards from '~/components/ui/EntryCards.astro';
import FactList from '~/components/ui/FactList.astro';
import LangText from '~/components/ui/LangText.astro';
import SourceList from '~/components/ui/SourceList.astro';
import { tight, useContainer } from '../support/container';

vi.mock('~/data/entries', () => ({
  getEntryById: (collection: string, id: string) =>
    Promise.resolve(
      collection === 'glossary' && id === 'ppp'
        ? { id, data: { term: 'PPP', expansion: 'Public–private partnership', definition: 'D.' } }
        : undefined,
    ),
}));

const astro = useContainer();

const link = (id: string, title: string) => ({
  collection: 'sources',
  id,
  title,
  summary: `${title}.`,
  href: `/sources/${id}/`,
});

describe('FactList', () => {
  it('names the box with a hidden heading and shows an unknown fact as unknown, never blank', async () => {
    const html = tight(
      await astro.container.renderToString(FactList, {
        props: {
          facts: [
            { label: 'Product', text: 'Coffee' },
            { label: 'Members', text: 'not stated in the sources', unknown: true },
          ],
        },
      }),
    );
    expect(html).toMatch(/<h2 class="visually-hidden">At a glance<\/h2>/);
    expect(html).toContain('<dt>Product</dt><dd>Coffee</dd>');
    expect(html).toContain('<span class="unknown">not stated in the sources</span>');
  });

  it('renders nothing without facts', async () => {
    expect((await astro.container.renderToString(FactList, { props: { facts: [] } })).trim()).toBe('');
  });
});

describe('EntryCards', () => {
  it('links each card and dates it with a machine-readable <time>', async () => {
    const html = tight(
      await astro.container.renderToString(EntryCards, {
        props: {
          cards: [
            {
              href: '/journal/a/',
              title: 'A',
              summary: 'Text.',
              meta: { text: '28 April 2023', datetime: '2023-04-28' },
            },
          ],
          level: 2,
        },
      }),
    );
    expect(html).toContain('<h2><a href="/journal/a/">A</a></h2>');
    expect(html).toContain('<time datetime="2023-04-28">28 April 2023</time>');
  });
});

describe('Breadcrumbs', () => {
  it('is a named navigation landmark ending on the current page, unlinked', async () => {
    const html = await astro.container.renderToString(Breadcrumbs, {
      props: { trail: [{ label: 'Home', href: '/' }], current: 'Natural dyes' },
    });
    expect(html).toContain('aria-label="Breadcrumbs"');
    expect(html).toMatch(/<li aria-current="page">Natural dyes<\/li>/);
  });
});

describe('LangText', () => {
  it('marks runs of Lao script lang="lo" and leaves Latin text alone', async () => {
    const html = await astro.container.renderToString(LangText, { props: { value: 'Attapeu (ອັດຕະປື) province' } });
    expect(html).toBe('Attapeu (<span lang="lo">ອັດຕະປື</span>) province');
  });
});

describe('SourceList', () => {
  it('lists every source under a labelled section', async () => {
    const html = await astro.container.renderToString(SourceList, {
      props: { sources: [link('a', 'Doc A'), link('b', 'Doc B')] },
    });
    expect(html).toContain('aria-labelledby="sources-heading"');
    expect(html.match(/<li>/g)).toHaveLength(2);
  });
});

describe('Aside', () => {
  it('says what kind of box it is in its heading', async () => {
    const html = await astro.container.renderToString(Aside, {
      props: { type: 'gap' },
      slots: { default: 'Unknown.' },
    });
    expect(html).toContain('class="aside aside-gap" role="note"');
    expect(html).toContain('What the sources do not say');
  });

  it('refuses an unknown type', async () => {
    await expect(astro.container.renderToString(Aside, { props: { type: 'warning' } })).rejects.toThrow(
      /type must be one of/,
    );
  });
});

describe('Term', () => {
  it('links a word to its glossary anchor, with the expansion as its title', async () => {
    const html = await astro.container.renderToString(Term, { props: { id: 'ppp' }, slots: { default: 'PPP' } });
    expect(html).toContain('<a class="term" href="/glossary/#ppp" title="Public–private partnership">PPP</a>');
  });

  it('fails on an unknown id, naming it', async () => {
    await expect(astro.container.renderToString(Term, { props: { id: 'nope' } })).rejects.toThrow('<Term id="nope">');
  });
});
