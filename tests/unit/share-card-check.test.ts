import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pngSize, readPageHead, shareCardProblems, type PageHead } from '~/lib/share-card-check';

const url = (page: string) => `https://example.org/site/cards${page}index.png`;
const page = (path: string, ogImage?: string, canonical = true): PageHead => ({ path, canonical, ogImage });

describe('readPageHead', () => {
  it('reads the canonical link and og:image of a built page', () => {
    const html =
      '<html><head><link rel="canonical" href="https://example.org/a/">' +
      '<meta property="og:image" content="https://example.org/cards/a/index.png?v=1&amp;x=2"></head>' +
      '<body><meta property="og:image" content="ignored"></body></html>';
    expect(readPageHead('/a/', html)).toEqual({
      path: '/a/',
      canonical: true,
      ogImage: 'https://example.org/cards/a/index.png?v=1&x=2',
    });
  });

  it('reads a page without either (the 404 page)', () => {
    expect(readPageHead('/404.html', '<head><meta name="robots" content="noindex"></head>')).toEqual({
      path: '/404.html',
      canonical: false,
    });
  });
});

describe('shareCardProblems', () => {
  it('finds none when every page points at its own card', () => {
    const pages = [page('/', url('/')), page('/a/', url('/a/')), page('/404.html', undefined, false)];
    expect(shareCardProblems(pages, ['/', '/a/'], url)).toEqual([]);
  });

  it('fails a card for a page the build did not make', () => {
    expect(shareCardProblems([page('/', url('/'))], ['/', '/gone/'], url)).toEqual([
      '/gone/: has a card, but the build made no such page',
    ]);
  });

  it('fails a page with an address but no card', () => {
    expect(shareCardProblems([page('/a/')], [], url)).toEqual([
      '/a/: has no og:image; every page with an address needs a share card',
    ]);
  });

  it('fails a page pointing at another page’s card, or at a card nobody draws', () => {
    expect(shareCardProblems([page('/a/', url('/b/')), page('/b/', url('/b/'))], ['/a/', '/b/'], url)).toEqual([
      `/a/: og:image is ${url('/b/')}, not its own card ${url('/a/')}`,
    ]);
    expect(shareCardProblems([page('/c/', url('/c/'))], [], url)).toEqual([
      `/c/: its og:image ${url('/c/')} is a card nobody draws`,
    ]);
  });

  it('fails a page listed twice', () => {
    expect(shareCardProblems([page('/a/', url('/a/'))], ['/a/', '/a/'], url)).toEqual([
      '/a/: listed twice in the cards',
    ]);
  });
});

describe('pngSize', () => {
  it('reads width and height from a PNG header', () => {
    const png = readFileSync(new URL('../../public/favicon.svg', import.meta.url));
    expect(pngSize(png)).toBeUndefined();
    const header = Buffer.from('89504e470d0a1a0a0000000d49484452000004b000000276', 'hex');
    expect(pngSize(header)).toEqual({ width: 1200, height: 630 });
  });

  it('refuses bytes that are not a PNG, or too short to say', () => {
    expect(pngSize(Buffer.from('not a png at all, not at all'))).toBeUndefined();
    expect(pngSize(Buffer.from('89504e470d0a1a0a', 'hex'))).toBeUndefined();
  });
});
