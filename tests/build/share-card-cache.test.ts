import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureSite, type FixtureSite } from '../support/fixture-site';
import { rootDir } from '../support/paths';

/**
 * Share cards are drawn once: a rebuild with unchanged content takes every card from the cache
 * (node_modules/.astro/share-cards/), and a change to one page's text draws that page's card
 * alone. The counts come from the build's own log line (src/build/share-cards.ts).
 */

const fixture = join(rootDir, 'tests', 'fixtures', 'minimal-content');
let site: FixtureSite;

interface CardCounts {
  cards: number;
  drawn: number;
  reused: number;
  line: string;
}

/** Builds the copy and reads the card counts it printed. */
function build(): CardCounts {
  const result = site.build();
  expect(result.status, result.output).toBe(0);
  const line = /\d+ share cards \(\d+ drawn, \d+ from the cache\).*/.exec(result.output)?.[0] ?? '';
  const [cards, drawn, reused] = (/(\d+) share cards \((\d+) drawn, (\d+) from the cache\)/.exec(line) ?? [])
    .slice(1)
    .map(Number);
  expect(line, result.output).not.toBe('');
  return { cards: cards ?? NaN, drawn: drawn ?? NaN, reused: reused ?? NaN, line };
}

const cacheFiles = () => readdirSync(join(site.dir, 'node_modules', '.astro', 'share-cards')).sort();

beforeAll(() => {
  site = createFixtureSite(fixture);
});

afterAll(() => site?.remove());

describe('the share card cache', () => {
  let cold: CardCounts;

  it('draws every card on a cold build, and keeps one file per card', () => {
    cold = build();
    expect(cold.cards).toBeGreaterThan(5);
    expect(cold.drawn).toBe(cold.cards);
    expect(cacheFiles()).toHaveLength(cold.cards);
  });

  it('draws no card again when nothing changed', () => {
    const warm = build();
    expect(warm).toMatchObject({ cards: cold.cards, drawn: 0, reused: cold.cards });
  });

  it('draws only the card whose page changed, and forgets the old one', () => {
    const before = cacheFiles();
    const file = join(site.contentDir, 'lessons', 'test-lesson.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: Test lesson', 'title: A renamed lesson'));
    const changed = build();
    expect(changed).toMatchObject({ cards: cold.cards, drawn: 1, reused: cold.cards - 1 });
    const after = cacheFiles();
    expect(after).toHaveLength(cold.cards);
    expect(after.filter((name) => !before.includes(name))).toHaveLength(1);
  });
});
