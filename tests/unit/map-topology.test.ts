import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import topologyJson from '~/geo/laos-locator.topo.json';
import {
  findProvince,
  parseLocatorTopology,
  provinceOrThrow,
  provincesOf,
  type CountryProperties,
} from '~/lib/map/topology';

const topology = parseLocatorTopology(topologyJson);

/** A copy of the committed TopoJSON to break. */
const copy = () => structuredClone(topologyJson) as unknown as Record<string, never> & typeof topologyJson;

describe('the locator topology', () => {
  it('has 17 provinces, the country and five neighbours', () => {
    expect(provincesOf(topology)).toHaveLength(17);
    expect(topology.objects.country.geometries).toHaveLength(1);
    expect(
      topology.objects.neighbours.geometries.map((g) => (g.properties as CountryProperties).adm0_a3).sort(),
    ).toEqual(['CHN', 'KHM', 'MMR', 'THA', 'VNM']);
  });

  it('has no feature that covers more than a hemisphere (rings wound for d3-geo)', () => {
    for (const name of ['provinces', 'country', 'neighbours'] as const) {
      const collection = topology.objects[name] as GeometryCollection<{ name: string }>;
      for (const item of feature(topology, collection).features) {
        expect(geoArea(item), `${name}: ${item.properties?.name}`).toBeLessThan(2 * Math.PI);
      }
    }
  });

  it('finds provinces by ISO code, name or Natural Earth name, and nothing else', () => {
    expect(findProvince(topology, 'LA-AT')?.properties.name).toBe('Attapeu');
    expect(findProvince(topology, 'Attapu')?.properties.name).toBe('Attapeu');
    expect(findProvince(topology, 'oudômxai')?.properties.name).toBe('Oudomxay');
    expect(findProvince(topology, 'LA-VI')?.properties.name).toBe('Vientiane Province');
    expect(findProvince(topology, 'Xaisomboun')).toBeUndefined();
    expect(() => provinceOrThrow(topology, 'Xaisomboun')).toThrow(
      /no province "Xaisomboun" in the data \(provinces: Phongsaly, /,
    );
  });
});

describe('parseLocatorTopology (Zod)', () => {
  it('refuses data that is not the locator topology, naming the file and the field', () => {
    expect(() => parseLocatorTopology({ type: 'FeatureCollection' })).toThrow(
      /^src\/geo\/laos-locator\.topo\.json: type: Invalid input: expected "Topology"/,
    );
    expect(() => parseLocatorTopology({ type: 'Topology', arcs: [], objects: {} })).toThrow(
      /: objects\.provinces: Invalid input/,
    );
    expect(() => parseLocatorTopology([], 'elsewhere.json')).toThrow(
      /^elsewhere\.json: \(the whole file\): Invalid input: expected object/,
    );
  });

  it('names the geometry and the property that is wrong', () => {
    const broken = copy();
    const province = broken.objects.provinces.geometries[3];
    if (!province) throw new Error('no fourth province');
    (province.properties as Record<string, unknown>)['iso_3166_2'] = 42;
    delete (broken.objects.neighbours.geometries[1]?.properties as Record<string, unknown>)['adm0_a3'];
    expect(() => parseLocatorTopology(broken)).toThrow(
      'src/geo/laos-locator.topo.json: ' +
        'objects.provinces.geometries[3].properties.iso_3166_2: Invalid input: expected string, received number; ' +
        'objects.neighbours.geometries[1].properties.adm0_a3: Invalid input: expected string, received undefined',
    );
  });

  it('refuses a geometry that uses an arc the file does not have', () => {
    const broken = copy();
    const arcs = broken.arcs.length;
    const country = broken.objects.country.geometries[0] as { arcs: number[][] };
    country.arcs[0]?.push(arcs + 5);
    expect(() => parseLocatorTopology(broken)).toThrow(
      `src/geo/laos-locator.topo.json: objects.country.geometries[0].arcs: arc ${arcs + 5} is not among the ${arcs} arcs`,
    );
  });

  it('refuses rings wound the wrong way for d3-geo, naming the feature', () => {
    const broken = copy();
    const attapeu = broken.objects.provinces.geometries.findIndex((g) => g.properties.name === 'Attapeu');
    const geometry = broken.objects.provinces.geometries[attapeu] as { type: string; arcs: number[][] };
    expect(geometry.type).toBe('Polygon');
    geometry.arcs = geometry.arcs.map((ring) => ring.map((arc) => ~arc).reverse());
    expect(() => parseLocatorTopology(broken)).toThrow(
      `src/geo/laos-locator.topo.json: objects.provinces.geometries[${attapeu}]: "Attapeu" covers more than a hemisphere`,
    );
  });
});
