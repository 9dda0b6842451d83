import { geoContains } from 'd3-geo';
import { feature, neighbors } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import { locatorFrame, type LocatorFrame } from './frame';
import { provinceOrThrow, type CountryProperties, type LocatorTopology } from './topology';

/**
 * Questions the maps ask of the data: the frame it is drawn in, which countries a province
 * borders, whether a point lies in a province. The data is the final geometry (src/geo/README.md):
 * nothing here simplifies or cuts it.
 */

const frames = new WeakMap<LocatorTopology, LocatorFrame>();

/** The frame of the map, fitted to the country outline of the data; computed once per topology. */
export function frameOf(topology: LocatorTopology): LocatorFrame {
  let frame = frames.get(topology);
  if (!frame) {
    frame = locatorFrame(feature(topology, topology.objects.country));
    frames.set(topology, frame);
  }
  return frame;
}

/** Neighbouring countries that share a border with the province, in the data's order. */
export function bordersOf(topology: LocatorTopology, key: string): CountryProperties[] {
  const province = provinceOrThrow(topology, key);
  const provinces = topology.objects.provinces.geometries;
  const countries = topology.objects.neighbours.geometries;
  const all: GeometryObject[] = [...provinces, ...countries];
  const adjacent = neighbors(all)[provinces.indexOf(province)] ?? [];
  return adjacent
    .filter((index) => index >= provinces.length)
    .sort((a, b) => a - b)
    .map((index) => countries[index - provinces.length]?.properties)
    .filter((properties): properties is CountryProperties => properties !== undefined);
}

/** True when the province, as the data draws it, contains the point (degrees). */
export function provinceContains(topology: LocatorTopology, key: string, lon: number, lat: number): boolean {
  const province = provinceOrThrow(topology, key);
  return geoContains(feature(topology, province), [lon, lat]);
}
