import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import topologyJson from '~/geo/laos-locator.topo.json';
import { LOCATOR_WIDTH } from '~/lib/map/frame';
import { colourSchemes, compactPath, palettes, renderLocatorMap } from '~/lib/map/svg';
import { escapeXml } from '~/lib/xml';
import { parseLocatorTopology, provincesOf } from '~/lib/map/topology';

const topology = parseLocatorTopology(topologyJson);
const sanaxy = { lon: 107.26016, lat: 15.02207, label: 'Sanaxy, seat of Sanxay district' };

/** Attribute of the first element matching `element` (a regular expression for its start tag). */
function attribute(svg: string, element: RegExp, name: string): string | undefined {
  const tag = element.exec(svg)?.[0] ?? '';
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** Rings of absolute points from a path written by compactPath (relative m, implicit lines, z). */
function ringsOf(d: string): Array<Array<[number, number]>> {
  const rings: Array<Array<[number, number]>> = [];
  const tokens = d.match(/[mz]|-?(?:\d+(?:\.\d*)?|\.\d+)/g) ?? [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let ring: Array<[number, number]> = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token === 'z') {
      x = startX;
      y = startY;
      continue;
    }
    if (token === 'm') {
      x += Number(tokens[++index]);
      y += Number(tokens[++index]);
      startX = x;
      startY = y;
      ring = [[x, y]];
      rings.push(ring);
      continue;
    }
    x += Number(token);
    y += Number(tokens[++index]);
    ring.push([x, y]);
  }
  return rings;
}

/** Even-odd point-in-polygon over every ring. */
function inside([px, py]: [number, number], rings: Array<Array<[number, number]>>): boolean {
  let result = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] ?? [0, 0];
      const [xj, yj] = ring[j] ?? [0, 0];
      if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) result = !result;
    }
  }
  return result;
}

describe('renderLocatorMap', () => {
  const map = renderLocatorMap(topology, { highlight: 'Attapeu', point: sanaxy, title: 'Attapeu & <Sanxay>' });

  it('is an accessible SVG picture with its size set', () => {
    const root = /<svg[^>]*>/;
    expect(attribute(map.svg, root, 'viewBox')).toBe(`0 0 ${map.width} ${map.height}`);
    expect(attribute(map.svg, root, 'width')).toBe(String(LOCATOR_WIDTH));
    expect(attribute(map.svg, root, 'height')).toBe(String(map.height));
    expect(map.height).toBeGreaterThan(map.width); // Lao PDR is taller than wide
    expect(attribute(map.svg, root, 'role')).toBe('img');
    expect(map.svg).toContain('<title id="t">Attapeu &amp; &lt;Sanxay&gt;</title>');
    expect(map.svg).toMatch(/<\/svg>$/);
  });

  it('needs nothing from outside: no script, no stylesheet, no external reference', () => {
    expect(map.svg).not.toMatch(/<script|<style|style=|<image|<foreignObject/i);
    expect(map.svg.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/https?:/);
    expect([...map.svg.matchAll(/href="([^"]*)"/g)].map((m) => m[1])).toEqual(['#c', '#c']);
  });

  it('draws the highlighted province once, in a colour of its own', () => {
    const highlighted = /<path class="h"[^>]*>/g;
    expect(map.svg.match(highlighted)).toHaveLength(1);
    expect(attribute(map.svg, /<path class="h"[^>]*>/, 'data-iso')).toBe('LA-AT');
    const fill = attribute(map.svg, /<path class="h"[^>]*>/, 'fill');
    expect(fill).toBe(palettes.light.highlight);
    expect(fill).not.toBe(attribute(map.svg, /<use[^>]*class="l"[^>]*>/, 'fill'));
    expect(fill).not.toBe(attribute(map.svg, /<path class="n"[^>]*>/, 'fill'));
    expect(attribute(map.svg, /<path class="h"[^>]*>/, 'd')?.length).toBeGreaterThan(100);
  });

  it('places the district seat of Sanxay inside Attapeu as drawn', () => {
    const cx = Number(attribute(map.svg, /<circle[^>]*>/, 'cx'));
    const cy = Number(attribute(map.svg, /<circle[^>]*>/, 'cy'));
    expect({ x: cx, y: cy }).toEqual(map.point);
    const rings = ringsOf(attribute(map.svg, /<path class="h"[^>]*>/, 'd') ?? '');
    const xs = rings.flat().map(([x]) => x);
    const ys = rings.flat().map(([, y]) => y);
    expect(cx).toBeGreaterThan(Math.min(...xs));
    expect(cx).toBeLessThan(Math.max(...xs));
    expect(cy).toBeGreaterThan(Math.min(...ys));
    expect(cy).toBeLessThan(Math.max(...ys));
    expect(inside([cx, cy], rings)).toBe(true);
    // Attapeu is in the south-east of the country: the lower right quarter of the picture.
    expect(cx).toBeGreaterThan(map.width / 2);
    expect(cy).toBeGreaterThan(map.height / 2);
  });

  it('refuses a point outside the highlighted province', () => {
    const pakxong = { lon: 106.23038, lat: 15.18154, label: 'Pakxong' };
    expect(() => renderLocatorMap(topology, { highlight: 'LA-AT', point: pakxong })).toThrow(/not inside Attapeu/);
    expect(() => renderLocatorMap(topology, { highlight: 'Xaisomboun' })).toThrow(/no province "Xaisomboun"/);
  });

  it('writes coordinates on a 0.1 px grid', () => {
    const numbers = [...map.svg.matchAll(/\sd="([^"]*)"/g)].flatMap((m) => m[1]?.match(/-?[\d.]+/g) ?? []);
    expect(numbers.length).toBeGreaterThan(500);
    expect(numbers.filter((n) => !/^-?(?:\d+|\d*\.\d)$/.test(n))).toEqual([]);
  });

  it('stays small for every province: under 25 KB, under 8 KB gzipped', () => {
    for (const province of provincesOf(topology)) {
      const { svg } = renderLocatorMap(topology, { highlight: province.iso_3166_2 });
      expect(svg.length, province.name).toBeLessThan(25_000);
      expect(gzipSync(svg).length, province.name).toBeLessThan(8_000);
    }
    expect(map.svg.length).toBeLessThan(25_000);
  });

  it('draws the same map in dark colours', () => {
    expect(colourSchemes).toEqual(['light', 'dark']);
    const dark = renderLocatorMap(topology, { highlight: 'Attapeu', point: sanaxy, title: 'x', scheme: 'dark' });
    expect(attribute(dark.svg, /<path class="h"[^>]*>/, 'fill')).toBe(palettes.dark.highlight);
    expect(attribute(dark.svg, /<path class="h"[^>]*>/, 'd')).toBe(attribute(map.svg, /<path class="h"[^>]*>/, 'd'));
    expect(dark.point).toEqual(map.point);
  });
});

describe('compactPath', () => {
  it('rewrites absolute paths with relative moves, dropping moves of zero length', () => {
    expect(compactPath('M10,20L10.5,20L10.5,20L12,18.7ZM0,0L1,1Z')).toBe('m10 20 .5 0 1.5-1.3zm-10-20 1 1z');
    expect(ringsOf(compactPath('M10,20L10.5,20L12,18.7ZM0,0L1,1Z'))).toEqual([
      [
        [10, 20],
        [10.5, 20],
        [12, 18.7],
      ],
      [
        [0, 0],
        [1, 1],
      ],
    ]);
  });
});

describe('escapeXml', () => {
  it('escapes what XML text and attributes cannot hold', () => {
    expect(escapeXml('Attapeu & "Sanxay" <ສານໄຊ>')).toBe('Attapeu &amp; &quot;Sanxay&quot; &lt;ສານໄຊ&gt;');
  });
});
