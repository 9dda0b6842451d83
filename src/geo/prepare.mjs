/**
 * The offline half of the locator maps: reduces the topology mapshaper made to what a map of
 * LOCATOR_WIDTH pixels shows, so that the committed file holds the final geometry and the build
 * only projects and draws it (src/lib/map/). Run by regenerate.mjs; not by the build.
 *
 * Steps, all in pixels of the frame the build draws in (src/lib/map/frame.ts):
 *   1. Douglas–Peucker on every arc (0.3 px), ends kept, so shared borders stay shared;
 *   2. the points that fix the frame (the outline's extremes) kept, so the fit does not move;
 *   3. the neighbours cut 2 px outside the picture (mapshaper), so no stroke runs along its edge;
 *   4. neighbour islands, holes and slivers under 1 square pixel left out, and arcs no longer used;
 *   5. points that would be drawn in the same 0.1 px cell as the one before them left out.
 * Kept points stay on the source's quantisation grid; only the cut adds points, snapped to it.
 */
import { feature } from 'topojson-client';
import { locatorFrame } from '../lib/map/frame.ts';

/** Lines are simplified until they stray at most this far (in pixels) from the source. */
const TOLERANCE = 0.3;
/** Rings smaller than this (square pixels) are left out: islands one cannot see. */
const MIN_RING_AREA = 1;
/** The neighbours are cut this far (pixels) outside the picture. */
const BLEED = 2;

/** Degrees of a point on the quantisation grid, as topojson-client computes them (so the same floats). */
const lonLatOf =
  ({ scale, translate }) =>
  ([x, y]) => [x * scale[0] + translate[0], y * scale[1] + translate[1]];

/** Arcs as absolute positions on the quantisation grid (undoing TopoJSON's delta encoding). */
function gridArcs(topology) {
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => [(x += dx), (y += dy)]);
  });
}

/** Delta-encodes grid arcs again, leaving out points that repeat the previous one. */
function encodeArcs(arcs) {
  return arcs.map((arc) => {
    const out = [];
    let [x, y] = [0, 0];
    arc.forEach(([ax, ay], index) => {
      if (index > 0 && ax === x && ay === y) return;
      out.push([ax - x, ay - y]);
      [x, y] = [ax, ay];
    });
    return out;
  });
}

/** Squared distance from p to the segment ab, in the plane. */
function segmentDistance2([px, py], [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  const ex = px - (ax + t * dx);
  const ey = py - (ay + t * dy);
  return ex * ex + ey * ey;
}

/** Douglas–Peucker between first and last (inclusive): marks the points to keep. */
function markKept(points, first, last, tolerance2, keep) {
  const stack = [[first, last]];
  keep[first] = true;
  keep[last] = true;
  while (stack.length > 0) {
    const [start, end] = stack.pop();
    let farthest = -1;
    let distance = tolerance2;
    for (let index = start + 1; index < end; index++) {
      const d = segmentDistance2(points[index], points[start], points[end]);
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

/** Which points of one projected arc to keep; a closed arc is split at its point farthest from its start. */
function keptPoints(points, tolerance) {
  const keep = points.map(() => false);
  const last = points.length - 1;
  if (last < 2) return keep.fill(true);
  const [fx, fy] = points[0];
  const [lx, ly] = points[last];
  if (fx === lx && fy === ly) {
    let split = 1;
    let distance = -1;
    for (let index = 1; index < last; index++) {
      const d = segmentDistance2(points[index], points[0], points[0]);
      if (d > distance) {
        distance = d;
        split = index;
      }
    }
    markKept(points, 0, split, tolerance * tolerance, keep);
    markKept(points, split, last, tolerance * tolerance, keep);
  } else {
    markKept(points, 0, last, tolerance * tolerance, keep);
  }
  return keep;
}

/** Arc indexes a Polygon or MultiPolygon uses (a negative index ~i means arc i reversed). */
const arcIndexes = (geometry) => (geometry.arcs ?? []).flat(2).map((index) => (index < 0 ? ~index : index));

/** Grid positions ("x,y") of the country outline's projected extremes: they fix the frame's fit. */
function frameExtremes(topology, grid, projected) {
  const arcs = new Set(topology.objects.country.geometries.flatMap(arcIndexes));
  const points = [...arcs].flatMap((arc) => projected[arc].map(([x, y], index) => ({ x, y, at: grid[arc][index] })));
  const pinned = new Set();
  for (const axis of ['x', 'y']) {
    const values = points.map((point) => point[axis]);
    for (const value of [Math.min(...values), Math.max(...values)]) {
      for (const point of points) if (point[axis] === value) pinned.add(point.at.join(','));
    }
  }
  return pinned;
}

/** Planar area of a projected ring, in square pixels. */
function ringArea(ring, projection) {
  const points = ring.map((position) => projection(position));
  let sum = 0;
  points.forEach(([x0, y0], index) => {
    const [x1, y1] = points[(index + 1) % points.length];
    sum += x0 * y1 - x1 * y0;
  });
  return Math.abs(sum) / 2;
}

/** Leaves out the polygons and holes of the neighbours too small to see (tiny islands). */
function dropSpecks(topology, projection) {
  const neighbours = topology.objects.neighbours;
  const features = feature(topology, neighbours).features;
  neighbours.geometries = neighbours.geometries.map((geometry, index) => {
    const rings = features[index].geometry.coordinates;
    const big = (ring) => ringArea(ring, projection) >= MIN_RING_AREA;
    // Outer rings always stay in a Polygon; holes and MultiPolygon parts only when big enough.
    const polygon = (arcs, coordinates) => [
      arcs[0],
      ...arcs.slice(1).filter((_arcs, ring) => big(coordinates[ring + 1])),
    ];
    if (geometry.type === 'Polygon') return { ...geometry, arcs: polygon(geometry.arcs, rings) };
    if (geometry.type !== 'MultiPolygon') return geometry;
    const parts = geometry.arcs
      .map((arcs, part) => [arcs, rings[part]])
      .filter(([, coordinates]) => big(coordinates[0]));
    return { ...geometry, arcs: parts.map(([arcs, coordinates]) => polygon(arcs, coordinates)) };
  });
}

/** Leaves out arcs no geometry uses any more, renumbering the others. */
function pruneArcs(topology) {
  const geometries = Object.values(topology.objects).flatMap((collection) => collection.geometries);
  const used = [...new Set(geometries.flatMap(arcIndexes))].sort((a, b) => a - b);
  const renumbered = new Map(used.map((arc, index) => [arc, index]));
  const rewrite = (arcs) =>
    arcs.map((item) =>
      Array.isArray(item) ? rewrite(item) : item < 0 ? ~renumbered.get(~item) : renumbered.get(item),
    );
  for (const geometry of geometries) geometry.arcs = rewrite(geometry.arcs);
  topology.arcs = used.map((arc) => topology.arcs[arc]);
}

/**
 * Cuts the neighbours to the picture plus its bleed; every other layer lies inside it already.
 * mapshaper also mends rings that the simplification made cross themselves.
 */
async function cutToFrame(topology, frame, mapshaper) {
  const [west, north] = frame.projection.invert([-BLEED, -BLEED]);
  const [east, south] = frame.projection.invert([frame.width + BLEED, frame.height + BLEED]);
  const commands =
    `-i in.json -clip bbox=${[west, south, east, north].join(',')} target=neighbours ` +
    '-o out.json format=topojson no-quantization target=provinces,neighbours,country';
  const output = await mapshaper.applyCommands(commands, { 'in.json': topology });
  const cut = JSON.parse(String(output['out.json']));
  // Back onto the source's grid: kept points land where they were, the cut's new points snap.
  const { scale, translate } = topology.transform;
  const grid = cut.arcs.map((arc) =>
    arc.map(([lon, lat]) => [Math.round((lon - translate[0]) / scale[0]), Math.round((lat - translate[1]) / scale[1])]),
  );
  return { type: 'Topology', arcs: encodeArcs(grid), transform: topology.transform, objects: cut.objects };
}

/**
 * Leaves out the points the drawing would put in the same 0.1 px cell (the SVG's grid) as the point
 * before them, so that the build writes every point it projects. Arc ends and pinned points stay.
 */
function dropRepeats(topology, projection, pinned) {
  const lonLat = lonLatOf(topology.transform);
  const cell = (point) =>
    projection(lonLat(point))
      .map((value) => Math.round(value * 10))
      .join(',');
  const arcs = gridArcs(topology).map((arc) => {
    const kept = [arc[0]];
    arc.slice(1).forEach((point, index) => {
      const isEnd = index === arc.length - 2;
      const previous = kept.at(-1);
      if (cell(point) !== cell(previous)) kept.push(point);
      // Arcs meet at their ends: an end stays, and takes the place of the interior point before it.
      else if (isEnd && kept.length > 1 && !pinned.has(previous.join(','))) kept[kept.length - 1] = point;
      else if (isEnd || pinned.has(point.join(','))) kept.push(point);
    });
    return kept;
  });
  topology.arcs = encodeArcs(arcs);
}

/** Throws unless both frames have the same size and projection: the build must draw what was simplified. */
function assertSameFrame(a, b) {
  const describe = (frame) =>
    JSON.stringify([frame.width, frame.height, frame.projection.scale(), ...frame.projection.translate()]);
  if (describe(a) !== describe(b)) {
    throw new Error(`prepare: the prepared data moves the frame (${describe(a)} → ${describe(b)})`);
  }
}

/**
 * The locator topology reduced for the frame: the input is mapshaper's quantised TopoJSON with the
 * objects `provinces`, `country` and `neighbours`; the output has the same objects and transform.
 */
export async function prepareForFrame(source, mapshaper) {
  const frame = locatorFrame(feature(source, source.objects.country));
  const lonLat = lonLatOf(source.transform);
  const grid = gridArcs(source);
  const projected = grid.map((arc) => arc.map((point) => frame.projection(lonLat(point))));
  const pinned = frameExtremes(source, grid, projected);
  const keep = projected.map((points, arc) =>
    keptPoints(points, TOLERANCE).map((kept, index) => kept || pinned.has(grid[arc][index].join(','))),
  );
  const simplified = {
    type: 'Topology',
    arcs: encodeArcs(grid.map((arc, index) => arc.filter((_point, point) => keep[index][point]))),
    transform: source.transform,
    objects: structuredClone(source.objects),
  };
  const prepared = await cutToFrame(simplified, frame, mapshaper);
  dropSpecks(prepared, frame.projection);
  pruneArcs(prepared);
  dropRepeats(prepared, frame.projection, pinned);
  assertSameFrame(frame, locatorFrame(feature(prepared, prepared.objects.country)));
  return prepared;
}
