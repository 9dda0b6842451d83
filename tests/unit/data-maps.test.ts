import { describe, expect, it, vi } from 'vitest';
import { places } from '../support/gazetteer';

vi.mock('~/data/entries', async () => {
  const gazetteer = await import('../support/gazetteer');
  return { getEntries: (collection: string) => Promise.resolve(collection === 'places' ? gazetteer.places() : []) };
});

const { describeMap, locatorMapFiles, mapFor, mapPath, mapSvg } = await import('~/data/maps');
const placeEntry = (id: string) => places().find((place) => place.id === id) as never;

describe('locator map files', () => {
  it('are made for the provinces in the map data and the districts with a known seat', async () => {
    const files = await locatorMapFiles();
    expect(files.map((file) => file.slug).sort()).toEqual(
      ['attapeu', 'champasak', 'oudomxay', 'paksong', 'sanxay', 'sayaboury', 'xay'].sort(),
    );
    expect(files.find((file) => file.slug === 'sanxay')?.town?.district).toBe('Sanxay');
  });

  it('have one URL per colour scheme, from one function', async () => {
    const [file] = await locatorMapFiles();
    expect(file && mapPath(file, 'dark')).toBe(`/maps/dark/${file?.slug}.svg`);
    expect(file && mapSvg(file, 'light')).toMatch(/^<svg[^>]+role="img"/);
  });
});

describe('the map a page shows', () => {
  it('is the village’s district, saying the village itself is not placed', async () => {
    const map = await mapFor('places', placeEntry('dakseum'));
    expect(map?.file.slug).toBe('sanxay');
    expect(map?.notes.join(' ')).toMatch(/exact position of Dakseum village is not known/);
  });

  it('is the province for a district without a seat in the data, saying so', async () => {
    const map = await mapFor('places', placeEntry('la'));
    expect(map?.file.slug).toBe('oudomxay');
    expect(map?.unmarkedDistricts).toEqual(['La']);
  });

  it('is the district for a case study whose places all lie in it', async () => {
    const map = await mapFor('experiences', {
      collection: 'experiences',
      id: 'x',
      data: { province: 'attapeu', places: [{ id: 'vang-xai' }, { id: 'sanxay' }, { id: 'attapeu' }] },
    } as never);
    expect(map?.file.slug).toBe('sanxay');
    expect(map?.villages).toEqual(['Vang Xai']);
  });

  it('is none for a collection without places', async () => {
    expect(await mapFor('lessons', { collection: 'lessons', id: 'x', data: {} } as never)).toBeUndefined();
  });

  it('is described in words: the province, its neighbours and the dot', async () => {
    const map = await mapFor('places', placeEntry('sanxay'));
    expect(map && describeMap(map).alt).toMatch(/Attapeu province highlighted.*Sanaxy, seat of Sanxay district/);
  });
});
