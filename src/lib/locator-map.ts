import { geoArea, geoContains, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh, neighbors } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

/**
 * Static locator maps of Lao PDR, drawn at build time as small SVG files (no tiles, no map
 * JavaScript). Pure functions: give them the topology in src/geo/ and they return SVG text.
 *
 * The map is fitted to Lao PDR with a margin of neighbouring countries, greyed. Province outlines
 * are drawn once (shared borders are not doubled), one province can be highlighted, and one point
 * (a district seat) can be marked. Lines are simplified to what a ~300 px wide picture can show,
 * coordinates are rounded to 0.1 px and written as relative moves: about 18 KB a map, 6.5 KB gzipped.
 */

/** Properties of a province in the `provinces` object (Natural Earth admin-1, corrected ISO codes). */
export type ProvinceProperties = {
  name: string;
  iso_3166_2: string;
  name_ne: string;
  adm1_code: string;
  wikidata: string;
};

/** Properties of the `country` and `neighbours` objects. */
export type CountryProperties = {
  name: string;
  adm0_a3: string;
};

/** The locator topology: three objects that share their arcs. */
export type LocatorTopology = Topology<{
  provinces: GeometryCollection<ProvinceProperties>;
  country: GeometryCollection<CountryProperties>;
  neighbours: GeometryCollection<CountryProperties>;
}>;

/** A point to mark, in degrees (WGS 84). */
export interface MapPoint {
  lon: number;
  lat: number;
  /** What the point is, e.g. "Sanaxy, seat of Sanxay district"; used in the SVG's text alternative. */
  label: string;
}

export interface LocatorOptions {
  /** Province to highlight: its ISO 3166-2 code (LA-AT) or a name in the data (Attapeu, Attapu). */
  highlight: string;
  /** A point inside the highlighted province, e.g. a district seat. */
  point?: MapPoint | undefined;
  /** Text alternative of the picture, written into its `<title>`. */
  title?: string | undefined;
  /** Width in CSS pixels; the height follows from the shape of Lao PDR. */
  width?: number | undefined;
  /** Colours for a light page (default) or a dark one. */
  scheme?: ColourScheme | undefined;
}

export interface LocatorMap {
  svg: string;
  width: number;
  height: number;
  province: ProvinceProperties;
  /** Where the point was drawn, in SVG units. */
  point?: { x: number; y: number };
}

/** Default width of a locator map, in CSS pixels. */
export const LOCATOR_WIDTH = 280;
/** Neighbouring land shown around Lao PDR, in pixels at the map's width. */
const MARGIN = 14;
/** Lines are simplified until they stray at most this far (in pixels) from the data. */
const TOLERANCE = 0.3;
/** Rings smaller than this (square pixels) are left out: islands one cannot see. */
const MIN_RING_AREA = 1;

/**
 * Two palettes, written as presentation attributes: no stylesheet inside the SVG, so nothing for a
 * Content-Security-Policy (style-src) to block. Pages pick the file for the reader's colour
 * scheme with <picture> and a prefers-color-scheme media query. Greys and the accent follow
 * src/styles/global.css; the highlighted province contrasts with the rest of the land by more
 * than 3:1 in both schemes.
 */
export const palettes = {
  light: {
    neighbour: '#d9d4c8',
    neighbourEdge: '#fbfaf7',
    land: '#f4eedc',
    highlight: '#2d5a27',
    inner: '#a0977f',
    outline: '#4a463d',
    dot: '#ffffff',
    dotEdge: '#1d1b16',
  },
  dark: {
    neighbour: '#3d3a31',
    neighbourEdge: '#16150f',
    land: '#6f6a5c',
    highlight: '#9fd08f',
    inner: '#2a2820',
    outline: '#ece8dd',
    dot: '#ffffff',
    dotEdge: '#16150f',
  },
} as const;

export type ColourScheme = keyof typeof palettes;

/* ------------------------------------------------------------------------------------------ */
/* Reading the data                                                                             */
/* ------------------------------------------------------------------------------------------ */

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function checkCollection(objects: Record<string, unknown>, name: string, fields: readonly string[]): void {
  const collection = objects[name];
  if (!isRecord(collection) || collection['type'] !== 'GeometryCollection' || !Array.isArray(collection['geometries'])) {
    throw new Error(`Locator topology: object "${name}" must be a GeometryCollection`);
  }
  for (const geometry of collection['geometries'] as unknown[]) {
    const properties = isRecord(geometry) ? geometry['properties'] : undefined;
    for (const field of fields) {
      if (!isRecord(properties) || typeof properties[field] !== 'string') {
        throw new Error(`Locator topology: every geometry of "${name}" needs a text property "${field}"`);
      }
    }
  }
}

/** Checks the shape of parsed TopoJSON and returns it typed; fails with a readable message. */
export function parseLocatorTopology(json: unknown): LocatorTopology {
  if (!isRecord(json) || json['type'] !== 'Topology' || !Array.isArray(json['arcs']) || !isRecord(json['objects'])) {
    throw new Error('Locator topology: not a TopoJSON Topology');
  }
  checkCollection(json['objects'], 'provinces', ['name', 'iso_3166_2', 'name_ne']);
  checkCollection(json['objects'], 'country', ['name', 'adm0_a3']);
  checkCollection(json['objects'], 'neighbours', ['name', 'adm0_a3']);
  return json as unknown as LocatorTopology;
}

/** Folds a name for comparison: no case, no diacritics, letters and digits only ("Oudômxai" → "oudomxai"). */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Properties of every province, in the data's order (parseLocatorTopology checked them). */
export function provincesOf(topology: LocatorTopology): ProvinceProperties[] {
  return topology.objects.provinces.geometries.map((geometry) => geometry.properties as ProvinceProperties);
}

type ProvinceObject = GeometryObject<ProvinceProperties> & { properties: ProvinceProperties };

/** The province a code or name designates, or undefined. Matches ISO 3166-2 codes, `name` and `name_ne`. */
export function findProvince(topology: LocatorTopology, key: string): ProvinceObject | undefined {
  const folded = foldName(key);
  const code = key.trim().toUpperCase();
  const provinces = provincesOf(topology);
  let index = provinces.findIndex((p) => p.iso_3166_2.toUpperCase() === code);
  if (index < 0) index = provinces.findIndex((p) => foldName(p.name) === folded || foldName(p.name_ne) === folded);
  return index < 0 ? undefined : (topology.objects.provinces.geometries[index] as ProvinceObject);
}

function provinceOrThrow(topology: LocatorTopology, key: string): ProvinceObject {
  const province = findProvince(topology, key);
  if (!province) {
    const known = provincesOf(topology).map((p) => p.name).join(', ');
    throw new Error(`Locator map: no province "${key}" in the data (provinces: ${known})`);
  }
  return province;
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
    .filter((properties): properties is CountryProperties => properties !== undefined && properties !== null);
}

/** True when the province of the data contains the point (degrees). */
export function provinceContains(topology: LocatorTopology, key: string, lon: number, lat: number): boolean {
  const province = provinceOrThrow(topology, key);
  return geoContains(feature(topology, province), [lon, lat]);
}

/**
 * d3-geo treats a ring wound the wrong way as "the whole globe except this": such a feature
 * covers more than a hemisphere. Natural Earth's raw GeoJSON is wound that way; this data must not be.
 */
export function assertNoHemisphere(features: readonly Feature[], what: string): void {
  for (const item of features) {
    if (geoArea(item) > 2 * Math.PI) {
      const name = String(item.properties?.['name'] ?? '?');
      throw new Error(`Locator map: ${what} "${name}" covers more than a hemisphere; its rings are wound the wrong way for d3-geo`);
    }
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Frame and simplification                                                                     */
/* ------------------------------------------------------------------------------------------ */

/** Size of the map and the projection that fits Lao PDR into it. */
export interface LocatorFrame {
  width: number;
  height: number;
  projection: GeoProjection;
}

/** Mercator, fitted to Lao PDR with a margin of neighbouring land; clipped to the picture. */
export function locatorFrame(topology: LocatorTopology, width = LOCATOR_WIDTH): LocatorFrame {
  const country = feature(topology, topology.objects.country);
  const projection = geoMercator().precision(0).fitWidth(width - 2 * MARGIN, country);
  const [[, y0], [, y1]] = geoPath(projection).bounds(country);
  const height = Math.ceil(y1 - y0) + 2 * MARGIN;
  projection.fitExtent(
    [
      [MARGIN, MARGIN],
      [width - MARGIN, height - MARGIN],
    ],
    country,
  );
  // Cut a little outside the picture so that no stroke runs along its edge.
  projection.clipExtent([
    [-2, -2],
    [width + 2, height + 2],
  ]);
  return { width, height, projection };
}

/** Arcs in degrees, undoing TopoJSON's quantisation and delta encoding. */
function absoluteArcs(topology: Topology): Position[][] {
  const scale = topology.transform?.scale ?? [1, 1];
  const translate = topology.transform?.translate ?? [0, 0];
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((position) => {
      const [a = 0, b = 0] = position;
      if (topology.transform) {
        x += a;
        y += b;
        return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
      }
      return [a, b];
    });
  });
}

/** Squared distance from p to the segment ab, in the plane. */
function segmentDistance2(p: Position, a: Position, b: Position): number {
  const [px = 0, py = 0] = p;
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  const ex = px - (ax + t * dx);
  const ey = py - (ay + t * dy);
  return ex * ex + ey * ey;
}

/** Douglas–Peucker on projected points: indexes to keep between first and last (inclusive). */
function keepIndexes(points: Position[], first: number, last: number, tolerance2: number, keep: boolean[]): void {
  const stack: Array<[number, number]> = [[first, last]];
  keep[first] = true;
  keep[last] = true;
  while (stack.length > 0) {
    const [start, end] = stack.pop() ?? [0, 0];
    let farthest = -1;
    let distance = tolerance2;
    for (let index = start + 1; index < end; index++) {
      const d = segmentDistance2(points[index] ?? [0, 0], points[start] ?? [0, 0], points[end] ?? [0, 0]);
      if (d > distance) {
        distance = d;
        farthest = index;
      }
    }
    if (farthest > 0) {
      keep[farthest] = true;
      stack.push([start, farthest], [farthest, end]);
    }
  }
}

/**
 * Simplifies every arc once, in pixels of the given projection, keeping its end points: borders
 * shared by two provinces (or a province and a country) stay identical on both sides.
 */
function simplifyArcs(arcs: Position[][], projection: GeoProjection, tolerance: number): Position[][] {
  const tolerance2 = tolerance * tolerance;
  return arcs.map((arc) => {
    if (arc.length <= 2) return arc;
    const projected = arc.map(([lon = 0, lat = 0]) => projection([lon, lat]) ?? [0, 0]);
    const keep: boolean[] = arc.map(() => false);
    const last = arc.length - 1;
    const [fx, fy] = arc[0] ?? [];
    const [lx, ly] = arc[last] ?? [];
    if (fx === lx && fy === ly) {
      // A closed arc (a ring on its own): split it at the point farthest from its start.
      let split = 1;
      let distance = -1;
      for (let index = 1; index < last; index++) {
        const d = segmentDistance2(projected[index] ?? [0, 0], projected[0] ?? [0, 0], projected[0] ?? [0, 0]);
        if (d > distance) {
          distance = d;
          split = index;
        }
      }
      keepIndexes(projected, 0, split, tolerance2, keep);
      keepIndexes(projected, split, last, tolerance2, keep);
    } else {
      keepIndexes(projected, 0, last, tolerance2, keep);
    }
    return arc.filter((_position, index) => keep[index]);
  });
}

/** Planar area of a projected ring, in square pixels (absolute value). */
function ringArea(ring: Position[], projection: GeoProjection): number {
  let sum = 0;
  const points = ring.map(([lon = 0, lat = 0]) => projection([lon, lat]) ?? [0, 0]);
  for (let index = 0; index < points.length; index++) {
    const [x0 = 0, y0 = 0] = points[index] ?? [];
    const [x1 = 0, y1 = 0] = points[(index + 1) % points.length] ?? [];
    sum += x0 * y1 - x1 * y0;
  }
  return Math.abs(sum) / 2;
}

/** Leaves out polygons (and holes) too small to see: tiny islands of the neighbouring countries. */
function withoutSpecks<F extends Feature>(item: F, projection: GeoProjection): F {
  const geometry = item.geometry;
  const big = (ring: Position[]) => ringArea(ring, projection) >= MIN_RING_AREA;
  const polygon = (rings: Position[][]) => [rings[0] ?? [], ...rings.slice(1).filter(big)];
  if (geometry.type === 'MultiPolygon') {
    const polygons = geometry.coordinates.filter((rings) => big(rings[0] ?? [])).map(polygon);
    return { ...item, geometry: { type: 'MultiPolygon', coordinates: polygons } satisfies MultiPolygon };
  }
  if (geometry.type === 'Polygon') {
    return { ...item, geometry: { type: 'Polygon', coordinates: polygon(geometry.coordinates) } satisfies Polygon };
  }
  return item;
}

interface Prepared {
  frame: LocatorFrame;
  topology: LocatorTopology;
}

const prepared = new WeakMap<LocatorTopology, Map<number, Prepared>>();

/** The frame and a simplified copy of the topology (no transform, arcs in degrees), computed once per width. */
function prepare(topology: LocatorTopology, width: number): Prepared {
  let byWidth = prepared.get(topology);
  if (!byWidth) {
    byWidth = new Map();
    prepared.set(topology, byWidth);
  }
  const cached = byWidth.get(width);
  if (cached) return cached;
  assertNoHemisphere(feature(topology, topology.objects.provinces).features, 'province');
  assertNoHemisphere(feature(topology, topology.objects.country).features, 'country');
  assertNoHemisphere(feature(topology, topology.objects.neighbours).features, 'neighbour');
  const frame = locatorFrame(topology, width);
  const simplified: LocatorTopology = {
    type: 'Topology',
    objects: topology.objects,
    arcs: simplifyArcs(absoluteArcs(topology), frame.projection, TOLERANCE),
  };
  const result = { frame, topology: simplified };
  byWidth.set(width, result);
  return result;
}

/* ------------------------------------------------------------------------------------------ */
/* Drawing                                                                                      */
/* ------------------------------------------------------------------------------------------ */

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** A number of tenths written as short as SVG allows: 12 → "1.2", -5 → "-.5", 30 → "3". */
function tenths(value: number): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const whole = Math.floor(abs / 10);
  const fraction = abs % 10;
  return sign + (fraction === 0 ? String(whole) : `${whole === 0 ? '' : whole}.${fraction}`);
}

/**
 * Rewrites an absolute path of M, L and Z commands (d3-geo's output) with relative moves and
 * implicit line-tos, on a 0.1 px grid: about 40 % shorter. Points that round onto the previous
 * one are dropped. Deltas come from rounded absolute positions, so no error accumulates.
 */
export function compactPath(d: string): string {
  let out = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let last = '';
  const number = (value: number) => {
    const text = tenths(value);
    out += out !== '' && !/[a-z]$/.test(out) && !text.startsWith('-') ? ` ${text}` : text;
  };
  for (const [, command = '', args = ''] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      if (last !== 'z') out += 'z';
      last = 'z';
      x = startX;
      y = startY;
      continue;
    }
    const [ax = 0, ay = 0] = args.split(',').map((value) => Math.round(Number(value) * 10));
    const dx = ax - x;
    const dy = ay - y;
    if (command === 'M') {
      out += 'm';
      startX = ax;
      startY = ay;
    } else if (dx === 0 && dy === 0) {
      continue;
    }
    number(dx);
    number(dy);
    x = ax;
    y = ay;
    last = command;
  }
  return out;
}

/**
 * The locator map as SVG text: neighbours greyed, Lao PDR with its province borders, one province
 * highlighted, and optionally a point (which must lie inside that province).
 */
export function renderLocatorMap(topology: LocatorTopology, options: LocatorOptions): LocatorMap {
  const width = options.width ?? LOCATOR_WIDTH;
  const colours = palettes[options.scheme ?? 'light'];
  const { frame, topology: simple } = prepare(topology, width);
  const { height, projection } = frame;
  const province = provinceOrThrow(simple, options.highlight);
  const path = geoPath(projection).digits(1);
  const draw = (object: Parameters<typeof path>[0]) => compactPath(path(object) ?? '');

  let point: LocatorMap['point'];
  if (options.point) {
    const { lon, lat, label } = options.point;
    if (!provinceContains(topology, province.properties.iso_3166_2, lon, lat)) {
      throw new Error(`Locator map: the point "${label}" (${lon}, ${lat}) is not inside ${province.properties.name}`);
    }
    const [x = 0, y = 0] = projection([lon, lat]) ?? [];
    point = { x: round1(x), y: round1(y) };
  }

  const neighbours = feature(simple, simple.objects.neighbours);
  neighbours.features = neighbours.features.map((item) => withoutSpecks(item, projection));
  const country = feature(simple, simple.objects.country);
  const highlighted = feature(simple, province);
  const innerBorders = mesh(simple, simple.objects.provinces, (a, b) => a !== b);
  const title = options.title ?? `Lao PDR: ${province.properties.name} highlighted${options.point ? `; dot: ${options.point.label}` : ''}`;
  const credit =
    'Made with Natural Earth (Xaisomboun is part of Vientiane Province in its data).' +
    (options.point ? ' Point: GeoNames, geonames.org, CC BY 4.0.' : '');

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="t">`,
    `<title id="t">${escapeXml(title)}</title>`,
    `<desc>${escapeXml(credit)}</desc>`,
    `<defs><path id="c" d="${draw(country)}"/></defs>`,
    `<path class="n" fill="${colours.neighbour}" stroke="${colours.neighbourEdge}" stroke-width=".8" stroke-linejoin="round" d="${draw(neighbours)}"/>`,
    `<use href="#c" class="l" fill="${colours.land}"/>`,
    `<path class="h" data-iso="${escapeXml(province.properties.iso_3166_2)}" fill="${colours.highlight}" d="${draw(highlighted)}"/>`,
    `<path class="b" fill="none" stroke="${colours.inner}" stroke-width=".6" stroke-linejoin="round" d="${draw(innerBorders)}"/>`,
    `<use href="#c" class="o" fill="none" stroke="${colours.outline}" stroke-width="1" stroke-linejoin="round"/>`,
    point
      ? `<circle class="p" cx="${point.x}" cy="${point.y}" r="4.5" fill="${colours.dot}" stroke="${colours.dotEdge}" stroke-width="1.8"/>`
      : '',
    '</svg>',
  ].join('');

  return { svg, width, height, province: province.properties, ...(point ? { point } : {}) };
}
