import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { writeShareCards } from '~/build/share-cards';
import { CARD_MANIFEST_PATH } from '~/lib/paths';
import { pngSize } from '~/lib/share-card-check';
import type { ShareCard } from '~/lib/share-card-layout';
import { rootDir } from '../support/paths';

/**
 * The card step on a tiny built site in a temporary folder: it draws the listed cards on worker
 * threads, takes unchanged ones from the cache, draws a damaged cache file again, and refuses to
 * go on when pages and cards disagree.
 */

const site = 'https://example.org';
const work = mkdtempSync(join(tmpdir(), 'share-cards-'));
const distDir = join(work, 'dist');
const cacheDir = join(work, 'cache');
const picture =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 28 33" width="28" height="33"><rect width="28" height="33" fill="#2d5a27"/></svg>';

const card = (page: string, extra: Partial<ShareCard['text']> = {}): ShareCard => ({
  page,
  text: { title: `Page ${page}`, details: ['A detail'], siteName: 'Test site', ...extra },
  alt: 'A card.',
});
const cards = [
  card('/'),
  {
    ...card('/a/', {
      kind: 'Place',
      lao: { label: 'In Lao script', text: 'ເມືອງຮຸນ' },
      picture: { width: 28, height: 33 },
    }),
    picture: { path: '/maps/light/a.svg' },
  },
];

function write(path: string, text: string) {
  mkdirSync(dirname(join(distDir, path)), { recursive: true });
  writeFileSync(join(distDir, path), text);
}
const page = (path: string, image?: string) =>
  `<html><head><link rel="canonical" href="${site}${path}">${image ? `<meta property="og:image" content="${site}${image}">` : ''}</head></html>`;

function builtSite(listed: readonly ShareCard[] = cards) {
  rmSync(distDir, { recursive: true, force: true });
  write('index.html', page('/', '/cards/index.png'));
  write('a/index.html', page('/a/', '/cards/a/index.png'));
  write('404.html', '<html><head><meta name="robots" content="noindex"></head></html>');
  write('maps/light/a.svg', picture);
  write(CARD_MANIFEST_PATH, JSON.stringify(listed));
}

const run = () => writeShareCards({ root: rootDir, distDir, cacheDir, site, base: '/' });

afterAll(() => rmSync(work, { recursive: true, force: true }));

// Worker threads start satori's WebAssembly: seconds on a busy machine.
describe('writeShareCards', { timeout: 60_000 }, () => {
  beforeEach(() => builtSite());

  it('draws every listed card as a 1200 × 630 PNG, and removes the list', async () => {
    const stats = await run();
    expect(stats).toMatchObject({ cards: 2, drawn: 2, reused: 0, threads: 1 });
    for (const file of ['cards/index.png', 'cards/a/index.png']) {
      expect(pngSize(readFileSync(join(distDir, file)))).toEqual({ width: 1200, height: 630 });
    }
    expect(existsSync(join(distDir, CARD_MANIFEST_PATH))).toBe(false);
    expect(readdirSync(join(cacheDir, 'share-cards'))).toHaveLength(2);
  });

  it('takes unchanged cards from the cache, and draws a damaged cached file again', async () => {
    expect(await run()).toMatchObject({ drawn: 0, reused: 2, threads: 0 });
    const [first] = readdirSync(join(cacheDir, 'share-cards'));
    writeFileSync(join(cacheDir, 'share-cards', first ?? ''), 'half a file');
    builtSite();
    expect(await run()).toMatchObject({ drawn: 1, reused: 1 });
  });

  it('draws a card again when its picture changes, and drops the old one from the cache', async () => {
    write('maps/light/a.svg', picture.replace('#2d5a27', '#9fd08f'));
    expect(await run()).toMatchObject({ drawn: 1, reused: 1 });
    expect(readdirSync(join(cacheDir, 'share-cards'))).toHaveLength(2);
  });

  it('refuses a card for a page that was not built, and a page without a card', async () => {
    builtSite([...cards, card('/gone/')]);
    await expect(run()).rejects.toThrow(/\/gone\/: has a card, but the build made no such page/);
    builtSite([cards[0] as ShareCard]);
    await expect(run()).rejects.toThrow(/\/a\/: its og:image \S+ is a card nobody draws/);
  });

  it('says so when the pages wrote no list of cards', async () => {
    rmSync(join(distDir, CARD_MANIFEST_PATH));
    await expect(run()).rejects.toThrow(/wrote no \/cards\/manifest\.json/);
  });
});
