import { geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import { escapeXml } from '../xml';
import { frameOf, provinceContains } from './geometry';
import { provinceOrThrow, type LocatorTopology, type ProvinceProperties } from './topology';

/**
 * Static locator maps of Lao PDR as SVG text (no tiles, no map JavaScript): the neighbours greyed,
 * Lao PDR with its province borders drawn once, one province highlighted, maybe one point marked.
 * The data comes simplified and cut for this picture (src/geo/README.md); this only projects it
 * and writes it: coordinates on a 0.1 px grid as relative moves, about 18 KB a map, 6.5 KB gzipped.
 */

/**
 * Two palettes, written as presentation attributes: no stylesheet inside the SVG, so nothing for a
 * Content-Security-Policy (style-src) to block. Pages pick the file for the reader's colour
 * scheme with <picture> and a prefers-color-scheme media query. Greys and the accent follow
 * src/styles/content.css; the highlighted province contrasts with the rest of the land by more
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

/** A colour scheme a map is drawn for. */
export type ColourScheme = keyof typeof palettes;

/** Every colour scheme, light first. */
export const colourSchemes = Object.keys(palettes) as ColourScheme[];

/** A point to mark, in degrees (WGS 84). */
export interface MapPoint {
  lon: number;
  lat: number;
  /** What the point is, e.g. "Sanaxy, seat of Sanxay district"; used in the SVG's text alternative. */
  label: string;
}

/** What to draw. The size is not an option: the data is prepared for the frame's width. */
export interface LocatorOptions {
  /** Province to highlight: its ISO 3166-2 code (LA-AT) or a name in the data (Attapeu, Attapu). */
  highlight: string;
  /** A point inside the highlighted province, e.g. a district seat. */
  point?: MapPoint | undefined;
  /** Text alternative of the picture, written into its `<title>`. */
  title?: string | undefined;
  /** Colours for a light page (default) or a dark one. */
  scheme?: ColourScheme | undefined;
}

/** A drawn map: the SVG text and what it shows. */
export interface LocatorMap {
  svg: string;
  width: number;
  height: number;
  province: ProvinceProperties;
  /** Where the point was drawn, in SVG units. */
  point?: { x: number; y: number };
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
 * implicit line-tos, on a 0.1 px grid: about 40 % shorter. A move of zero length draws nothing and
 * is not written. Deltas come from rounded absolute positions, so no error accumulates.
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
  const colours = palettes[options.scheme ?? 'light'];
  const { width, height, projection } = frameOf(topology);
  const province = provinceOrThrow(topology, options.highlight);
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

  const neighbours = feature(topology, topology.objects.neighbours);
  const country = feature(topology, topology.objects.country);
  const highlighted = feature(topology, province);
  const innerBorders = mesh(topology, topology.objects.provinces, (a, b) => a !== b);
  const title =
    options.title ??
    `Lao PDR: ${province.properties.name} highlighted${options.point ? `; dot: ${options.point.label}` : ''}`;
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
