import { z } from 'astro/zod';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { parseDataFile } from './data-file';

/**
 * Reading the locator topology (src/geo/laos-locator.topo.json): its shape checked with Zod as far
 * as the maps rely on it, and provinces looked up by code or name.
 */

/** Where the topology lives, for messages. */
export const TOPOLOGY_FILE = 'src/geo/laos-locator.topo.json';

const text = z.string().trim().min(1);
const pair = z.tuple([z.number(), z.number()]);

const provincePropertiesSchema = z.object({
  /** English name, as the site writes it ("Oudomxay"). */
  name: text,
  /** ISO 3166-2 code, corrected where Natural Earth repeats one ("LA-VT", "LA-VI"). */
  iso_3166_2: z.string().regex(/^LA-[A-Z]{2}$/, { error: 'must be an ISO 3166-2 code of Lao PDR, like LA-AT' }),
  /** Natural Earth's own spelling ("Oudômxai"), also matched when looking a province up. */
  name_ne: text,
  /** Natural Earth's admin-1 code, kept for audits. */
  adm1_code: z.string(),
  /** Wikidata item, kept for audits. */
  wikidata: z.string(),
});

const countryPropertiesSchema = z.object({
  /** English name ("Vietnam"). */
  name: text,
  /** ISO 3166-1 alpha-3 code: the key of the country's name in the dictionary (map.country.VNM). */
  adm0_a3: z.string().regex(/^[A-Z]{3}$/, { error: 'must be an ISO 3166-1 alpha-3 code, like LAO' }),
});

/** Properties of a province in the `provinces` object (Natural Earth admin-1, corrected ISO codes). */
export type ProvinceProperties = z.infer<typeof provincePropertiesSchema>;

/** Properties of the `country` and `neighbours` objects. */
export type CountryProperties = z.infer<typeof countryPropertiesSchema>;

/** The locator topology: three objects that share their arcs. */
export type LocatorTopology = Topology<{
  provinces: GeometryCollection<ProvinceProperties>;
  country: GeometryCollection<CountryProperties>;
  neighbours: GeometryCollection<CountryProperties>;
}>;

/** Areas only (the maps fill them), each with the properties the maps read. */
function collectionOf<Properties extends z.ZodType>(properties: Properties) {
  const ring = z.array(z.int()).min(1);
  const polygon = z.object({ type: z.literal('Polygon'), arcs: z.array(ring).min(1), properties });
  const multiPolygon = z.object({
    type: z.literal('MultiPolygon'),
    arcs: z.array(z.array(ring).min(1)).min(1),
    properties,
  });
  return z.object({
    type: z.literal('GeometryCollection'),
    geometries: z.array(z.discriminatedUnion('type', [polygon, multiPolygon])).min(1),
  });
}

const objectNames = ['provinces', 'country', 'neighbours'] as const;

const topologySchema = z
  .object({
    type: z.literal('Topology'),
    arcs: z.array(z.array(pair).min(2)),
    transform: z.object({ scale: pair, translate: pair }).optional(),
    objects: z.object({
      provinces: collectionOf(provincePropertiesSchema),
      country: collectionOf(countryPropertiesSchema),
      neighbours: collectionOf(countryPropertiesSchema),
    }),
  })
  // Runs only once the shape above holds: then topojson-client can read every geometry.
  .superRefine((topology, context) => {
    for (const name of objectNames) {
      topology.objects[name].geometries.forEach((geometry, index) => {
        const path = ['objects', name, 'geometries', index];
        const arcs = (geometry.arcs as unknown[]).flat(2) as number[];
        const missing = arcs.find((arc) => (arc < 0 ? ~arc : arc) >= topology.arcs.length);
        if (missing !== undefined) {
          context.addIssue({
            code: 'custom',
            path: [...path, 'arcs'],
            message: `arc ${missing} is not among the ${topology.arcs.length} arcs`,
          });
          return;
        }
        // d3-geo reads a ring wound the wrong way as "the whole globe except this" (raw Natural Earth is).
        if (geoArea(feature(topology as LocatorTopology, geometry as GeometryObject)) > 2 * Math.PI) {
          const message = `"${geometry.properties.name}" covers more than a hemisphere: its rings are wound the wrong way for d3-geo`;
          context.addIssue({ code: 'custom', path, message });
        }
      });
    }
  });

/** Checks parsed TopoJSON and returns it typed; fails naming the file, the object and the field. */
export function parseLocatorTopology(json: unknown, file = TOPOLOGY_FILE): LocatorTopology {
  return parseDataFile(topologySchema, json, file);
}

/** Folds a name for comparison: no case, no diacritics, letters and digits only ("Oudômxai" → "oudomxai"). */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** A province geometry, with the properties parseLocatorTopology checked. */
export type ProvinceObject = GeometryObject<ProvinceProperties> & { properties: ProvinceProperties };

/** Properties of every province, in the data's order. */
export function provincesOf(topology: LocatorTopology): ProvinceProperties[] {
  return topology.objects.provinces.geometries.map((geometry) => geometry.properties as ProvinceProperties);
}

/** The province a code or name designates, or undefined. Matches ISO 3166-2 codes, `name` and `name_ne`. */
export function findProvince(topology: LocatorTopology, key: string): ProvinceObject | undefined {
  const folded = foldName(key);
  const code = key.trim().toUpperCase();
  const provinces = provincesOf(topology);
  let index = provinces.findIndex((p) => p.iso_3166_2.toUpperCase() === code);
  if (index < 0) index = provinces.findIndex((p) => foldName(p.name) === folded || foldName(p.name_ne) === folded);
  return index < 0 ? undefined : (topology.objects.provinces.geometries[index] as ProvinceObject);
}

/** The province a code or name designates; throws, listing the provinces, when there is none. */
export function provinceOrThrow(topology: LocatorTopology, key: string): ProvinceObject {
  const province = findProvince(topology, key);
  if (!province) {
    const known = provincesOf(topology)
      .map((p) => p.name)
      .join(', ');
    throw new Error(`Locator map: no province "${key}" in the data (provinces: ${known})`);
  }
  return province;
}
