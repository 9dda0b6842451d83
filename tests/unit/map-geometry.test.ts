import { geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import townsJson from '~/geo/district-towns.json';
import topologyJson from '~/geo/laos-locator.topo.json';
import { LOCATOR_MARGIN, LOCATOR_WIDTH } from '~/lib/map/frame';
import { bordersOf, frameOf, provinceContains } from '~/lib/map/geometry';
import { compactPath } from '~/lib/map/svg';
import { parseLocatorTopology } from '~/lib/map/topology';
import { parseDistrictTowns } from '~/lib/map/towns';

const topology = parseLocatorTopology(topologyJson);
const frame = frameOf(topology);

describe('the frame', () => {
  it('fits Lao PDR, taller than wide, into the map width, once per topology', () => {
    expect(frame.width).toBe(LOCATOR_WIDTH);
    expect(frame.height).toBeGreaterThan(frame.width);
    expect(frameOf(topology)).toBe(frame);
    const [[x0, y0], [x1, y1]] = geoPath(frame.projection).bounds(feature(topology, topology.objects.country));
    // A margin of neighbouring land each side; the height is rounded up, so the outline is centred vertically.
    expect([x0, x1].map((x) => Math.round(x * 1000) / 1000)).toEqual([LOCATOR_MARGIN, LOCATOR_WIDTH - LOCATOR_MARGIN]);
    expect(y0).toBeGreaterThanOrEqual(LOCATOR_MARGIN);
    expect(y0).toBeLessThan(LOCATOR_MARGIN + 1);
    expect(y0).toBeCloseTo(frame.height - y1, 6);
  });
});

describe('questions asked of the data', () => {
  it('knows which countries a province borders', () => {
    expect(
      bordersOf(topology, 'LA-AT')
        .map((c) => c.adm0_a3)
        .sort(),
    ).toEqual(['KHM', 'VNM']);
    expect(bordersOf(topology, 'Oudomxay').map((c) => c.adm0_a3)).toEqual(['CHN']);
    expect(bordersOf(topology, 'Sekong').map((c) => c.adm0_a3)).toEqual(['VNM']);
  });

  it('puts every district seat inside its province', () => {
    for (const town of parseDistrictTowns(townsJson)) {
      expect(provinceContains(topology, town.province_iso_3166_2, town.lon, town.lat), town.town).toBe(true);
    }
    expect(provinceContains(topology, 'LA-AT', 106.23038, 15.18154)).toBe(false); // Pakxong, in Champasak
  });
});

/** Points d3-geo writes for an object, and points left once the path is written on the 0.1 px grid. */
function drawnPoints(object: Parameters<ReturnType<typeof geoPath>>[0]): { projected: number; written: number } {
  const d = geoPath(frame.projection).digits(1)(object) ?? '';
  const numbers = compactPath(d).match(/-?(?:\d+(?:\.\d*)?|\.\d+)/g) ?? [];
  return { projected: (d.match(/[ML]/g) ?? []).length, written: numbers.length / 2 };
}

describe('the committed data is final geometry (src/geo/regenerate.mjs prepared it)', () => {
  it('is drawn point for point: the build leaves nothing out', () => {
    const layers = {
      neighbours: feature(topology, topology.objects.neighbours),
      country: feature(topology, topology.objects.country),
      provinces: feature(topology, topology.objects.provinces),
      borders: mesh(topology, topology.objects.provinces, (a, b) => a !== b),
    };
    for (const [name, layer] of Object.entries(layers)) {
      const { projected, written } = drawnPoints(layer);
      expect(projected, name).toBeGreaterThan(400);
      expect(written, name).toBe(projected);
    }
  });

  it('has the neighbours cut 2 px outside the picture, for this frame', () => {
    const [[x0, y0], [x1, y1]] = geoPath(frame.projection).bounds(feature(topology, topology.objects.neighbours));
    const expected = [-2, -2, frame.width + 2, frame.height + 2];
    [x0, y0, x1, y1].forEach((value, index) => expect(value).toBeCloseTo(expected[index] ?? NaN, 1));
  });

  it('is small: under 2,000 points and 25 KB', () => {
    expect(topology.arcs.flat().length).toBeLessThan(2_000);
    expect(JSON.stringify(topologyJson).length).toBeLessThan(25_000);
  });
});
