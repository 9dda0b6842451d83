import { describe, expect, it } from 'vitest';
import townsJson from '~/geo/district-towns.json';
import { parseDistrictTowns } from '~/lib/map/towns';

describe('parseDistrictTowns (Zod)', () => {
  it('reads the committed district seats', () => {
    expect(
      parseDistrictTowns(townsJson).map((town) => `${town.town} (${town.district}, ${town.province_iso_3166_2})`),
    ).toEqual(['Sanaxy (Sanxay, LA-AT)', 'Pakxong (Paksong, LA-CH)', 'Muang Xay (Xay, LA-OU)']);
  });

  it('names the file, the item and the field that is wrong', () => {
    const [first, second] = townsJson;
    expect(() => parseDistrictTowns([first, { ...second, lat: '15.18' }])).toThrow(
      'src/geo/district-towns.json: [1].lat: Invalid input: expected number, received string',
    );
    const { town: _town, ...nameless } = second ?? {};
    expect(() => parseDistrictTowns([nameless, { ...first, province_iso_3166_2: 'Attapeu' }], 'towns.json')).toThrow(
      'towns.json: [0].town: Invalid input: expected string, received undefined; ' +
        '[1].province_iso_3166_2: must be an ISO 3166-2 code of Lao PDR, like LA-AT',
    );
  });

  it('refuses a file that is not a list', () => {
    expect(() => parseDistrictTowns({ towns: [] })).toThrow(
      'src/geo/district-towns.json: (the whole file): Invalid input: expected array, received object',
    );
  });
});
