import { describe, expect, it, vi } from 'vitest';
import { places } from '../support/gazetteer';

vi.mock('~/data/entries', async () => {
  const gazetteer = await import('../support/gazetteer');
  return {
    getEntries: (collection: string) => Promise.resolve(collection === 'places' ? gazetteer.places() : []),
    getEntryById: (collection: string, id: string) =>
      Promise.resolve(collection === 'places' ? gazetteer.places().find((place) => place.id === id) : undefined),
  };
});

const { composeCover, coverFor, pictogramForSectors } = await import('~/data/covers');
const { mapFor } = await import('~/data/maps');

const source = { collection: 'sources', id: 'invitation-2013' };
const figure = (value: number, format: 'number' | 'year' = 'number') => ({ value, format, text: 'things', source });

const experience = (id: string, sectors: string[], village: string, keyFigures: unknown[]) =>
  ({
    collection: 'experiences',
    id,
    data: {
      province: 'attapeu',
      sectors,
      places: [{ id: village }, { id: 'sanxay' }, { id: 'attapeu' }],
      keyFigures,
    },
  }) as never;

describe('the cover of a case study', () => {
  it('shows its district map, its pictogram and its first figure, and says so in words', async () => {
    const cover = await coverFor(experience('coffee', ['coffee'], 'dakseum', [figure(1994, 'year'), figure(2009)]));
    expect(cover?.map.file.slug).toBe('sanxay');
    expect(cover?.figure).toBe('1994');
    expect(cover?.alt).toBe(
      'Illustration: a map of Lao PDR with Attapeu province highlighted and a dot at Sanaxy, seat of Sanxay district; a coffee-cup pictogram; and the figure 1994.',
    );
    expect(cover?.caption).toEqual([
      'Illustration made for this site from Natural Earth map data and a Lucide icon (ISC).',
      'Dot: Sanaxy, seat of Sanxay district. The exact position of Dakseum village is not known.',
    ]);
    expect(cover?.credits).toMatch(/GeoNames/);
  });

  it('inlines the Lucide drawing without its licence comment, coloured by currentColor and hidden', async () => {
    const cover = await coverFor(experience('coffee', ['coffee'], 'dakseum', []));
    expect(cover?.pictogram).toMatch(/^<svg class="cover-pictogram"[^>]*stroke="currentColor"[^>]*aria-hidden="true">/);
    expect(cover?.pictogram).not.toMatch(/<!--|lucide/);
    expect(cover?.pictogram).toContain('<path d="M10 2v2"/>');
  });

  it('calls a sprout a sprout: no asparagus pictogram exists, and the text does not pretend', async () => {
    const cover = await coverFor(experience('asparagus', ['asparagus'], 'darkhied', [figure(21)]));
    expect(cover?.alt).toMatch(/a sprout pictogram; and the figure 21\.$/);
    expect(cover?.alt).not.toMatch(/asparagus/i);
  });

  it('has no figure when the page has none', async () => {
    const cover = await coverFor(experience('dyes', ['natural-dyes'], 'vang-xai', []));
    expect(cover?.figure).toBeUndefined();
    expect(cover?.alt).toMatch(/Sanxay district, and a pictogram of a spool of thread\.$/);
  });
});

describe('the cover of a page', () => {
  it('shows the route on the map of Attapeu, without a district seat to credit', async () => {
    const cover = await coverFor({ collection: 'pages', id: 'route', data: { keyFigures: [figure(11)] } } as never);
    expect(cover?.map.file.slug).toBe('attapeu');
    expect(cover?.alt).toMatch(/Attapeu province highlighted; a pictogram of a winding route.*the figure 11\./);
    expect(cover?.credits).not.toMatch(/GeoNames/);
  });

  it('is none for a page not in the table', async () => {
    expect(await coverFor({ collection: 'pages', id: 'about', data: { keyFigures: [] } } as never)).toBeUndefined();
  });
});

describe('pictograms and figures', () => {
  it('take the first sector that has a pictogram, and a map pin when none has', () => {
    expect(pictogramForSectors(['pigs', 'cooperatives'])).toBe('users');
    expect(pictogramForSectors(['pigs'])).toBe('map-pin');
    expect(pictogramForSectors(['rural-development', 'food-security'])).toBe('landmark');
  });

  it('group the digits of a count on the cover, never those of a year', async () => {
    const map = await mapFor('places', places().find((place) => place.id === 'oudomxay') as never);
    if (!map) throw new Error('no map of Oudomxay');
    expect(composeCover(map, 'sprout', [figure(5120)]).figure).toBe('5,120');
    expect(composeCover(map, 'sprout', [figure(2009, 'year')]).figure).toBe('2009');
  });
});
