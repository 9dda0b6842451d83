import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/build/files';
import { CARD_MANIFEST_PATH, cardPathFor } from '../../src/lib/paths';
import { pngSize } from '../../src/lib/share-card-check';
import { attr, elementsOf, fileForPath } from '../support/html';
import { distDir } from '../support/paths';
import { builtPages, sitemapPaths } from '../support/site';

/** What a link preview reads from a built page's head. */
function previewOf(path: string) {
  const head = elementsOf(readFileSync(fileForPath(path), 'utf8'));
  const meta = (key: string) =>
    head.find((element) => element.tagName === 'meta' && (attr(element, 'property') ?? attr(element, 'name')) === key);
  const content = (key: string) => {
    const element = meta(key);
    return element && attr(element, 'content');
  };
  const canonical = head.find((element) => element.tagName === 'link' && attr(element, 'rel') === 'canonical');
  return {
    title: content('og:title'),
    description: content('og:description'),
    image: content('og:image'),
    type: content('og:image:type'),
    width: content('og:image:width'),
    height: content('og:image:height'),
    alt: content('og:image:alt'),
    twitterCard: content('twitter:card'),
    canonical: canonical && attr(canonical, 'href'),
  };
}

const pages = sitemapPaths();

describe('link previews', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it('give every sitemap page a title, a description, a canonical link and a large card with its text alternative', () => {
    const problems = pages.flatMap((path) => {
      const preview = previewOf(path);
      const missing = Object.entries(preview)
        .filter(([, value]) => !value?.trim())
        .map(([key]) => `${path}: no ${key}`);
      const wrong = [
        preview.twitterCard !== 'summary_large_image' && `${path}: twitter:card is ${preview.twitterCard}`,
        preview.type !== 'image/png' && `${path}: og:image:type is ${preview.type}`,
        (preview.width !== '1200' || preview.height !== '630') &&
          `${path}: og:image is said to be ${preview.width}×${preview.height}`,
      ].filter((problem): problem is string => typeof problem === 'string');
      return [...missing, ...wrong];
    });
    expect(problems).toEqual([]);
  });

  it('point every og:image at an absolute address on the site: a 1200 × 630 PNG in dist, the page’s own card', () => {
    const problems = pages.flatMap((path) => {
      const preview = previewOf(path);
      const image = new URL(preview.image ?? '', 'invalid:/');
      const site = new URL(preview.canonical ?? '', 'invalid:/');
      if (image.origin !== site.origin) return [`${path}: og:image ${image.href} is not on ${site.origin}`];
      if (image.pathname !== cardPathFor(path))
        return [`${path}: og:image ${image.pathname} is not ${cardPathFor(path)}`];
      const file = join(distDir, image.pathname);
      if (!existsSync(file)) return [`${path}: ${image.pathname} is not in dist`];
      const size = pngSize(readFileSync(file));
      return size?.width === 1200 && size.height === 630
        ? []
        : [`${path}: ${image.pathname} is ${JSON.stringify(size)}`];
    });
    expect(problems).toEqual([]);
  });

  it('has no card without a page, and leaves no list of cards in the site', () => {
    const cards = new Set(
      builtPages()
        .filter((path) => path.endsWith('/'))
        .map((path) => cardPathFor(path)),
    );
    const stray = filesUnder(join(distDir, 'cards')).filter((file) => !cards.has(`/cards/${file}`));
    expect(stray).toEqual([]);
    expect(existsSync(join(distDir, CARD_MANIFEST_PATH))).toBe(false);
  });

  it('gives the search page a card too, and the 404 page none (it has no address of its own)', () => {
    expect(previewOf('/search/').image).toMatch(/\/cards\/search\/index\.png$/);
    const notFound = previewOf('/404.html');
    expect(notFound.image).toBeUndefined();
    expect(notFound.twitterCard).toBe('summary');
  });

  it('describes a card in words, Lao names included', () => {
    const place = pages.find(
      (path) => path.startsWith('/places/') && /[\u0E80-\u0EFF]/.test(previewOf(path).alt ?? ''),
    );
    expect(place, 'a place whose card shows its Lao name').toBeDefined();
    expect(previewOf(place ?? '').alt).toMatch(/In Lao script: [\u0E80-\u0EFF]+/);
  });
});
