/**
 * Comparison of a rebuilt locator topology with the committed one, for regenerate.mjs: an audit
 * says what differs in words, not only that the bytes differ.
 */
import { geoBounds } from 'd3-geo';
import { feature } from 'topojson-client';

/** A ring's arcs turned so that its smallest arc index comes first: rings equal up to rotation compare equal. */
function canonicalRing(ring) {
  let start = 0;
  ring.forEach((arc, index) => {
    if (arc < ring[start]) start = index;
  });
  return [...ring.slice(start), ...ring.slice(0, start)];
}

function canonicalArcs(geometry) {
  if (geometry.type === 'Polygon') return geometry.arcs.map(canonicalRing);
  if (geometry.type === 'MultiPolygon') return geometry.arcs.map((polygon) => polygon.map(canonicalRing));
  return geometry.arcs;
}

const round = (value) => Math.round(value * 1000) / 1000;

function describeFeatures(topology, name) {
  return feature(topology, topology.objects[name]).features.map((item) => ({
    name: item.properties?.name,
    bbox: geoBounds(item).flat().map(round),
  }));
}

/** Differences between two locator topologies, as lines of text; empty when they match. */
export function compareTopologies(committed, rebuilt) {
  const problems = [];
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  if (!same(committed.transform, rebuilt.transform))
    problems.push(`transform: ${JSON.stringify(committed.transform)} → ${JSON.stringify(rebuilt.transform)}`);
  const points = (t) => t.arcs.reduce((sum, arc) => sum + arc.length, 0);
  if (!same(committed.arcs, rebuilt.arcs)) {
    problems.push(
      `arcs differ: ${committed.arcs.length} arcs / ${points(committed)} points → ${rebuilt.arcs.length} / ${points(rebuilt)}`,
    );
  }
  const names = new Set([...Object.keys(committed.objects), ...Object.keys(rebuilt.objects)]);
  for (const name of names) {
    const a = committed.objects[name]?.geometries;
    const b = rebuilt.objects[name]?.geometries;
    if (!a || !b) {
      problems.push(`object "${name}" is ${a ? 'missing from the rebuilt data' : 'new in the rebuilt data'}`);
      continue;
    }
    if (a.length !== b.length) problems.push(`${name}: ${a.length} features → ${b.length}`);
    a.forEach((geometry, index) => {
      const other = b[index];
      if (!other) return;
      const label = `${name}[${index}] ${geometry.properties?.name ?? ''}`;
      if (!same(geometry.properties, other.properties)) {
        problems.push(
          `${label}: properties ${JSON.stringify(geometry.properties)} → ${JSON.stringify(other.properties)}`,
        );
      }
      if (geometry.type !== other.type || !same(canonicalArcs(geometry), canonicalArcs(other))) {
        problems.push(`${label}: geometry differs (${geometry.type} → ${other.type})`);
      }
    });
  }
  return problems;
}

export function printStructure(committed, rebuilt) {
  for (const name of Object.keys(committed.objects)) {
    if (!rebuilt.objects[name]) continue;
    const a = describeFeatures(committed, name);
    const b = describeFeatures(rebuilt, name);
    console.log(`\n${name}: ${a.length} committed, ${b.length} rebuilt (name: bbox west,south,east,north)`);
    const count = Math.max(a.length, b.length);
    for (let index = 0; index < count; index++) {
      const left = a[index];
      const right = b[index];
      const mark = JSON.stringify(left) === JSON.stringify(right) ? ' ' : '≠';
      console.log(
        `${mark} ${left ? `${left.name}: ${left.bbox.join(',')}` : '—'}${mark === '≠' ? `   rebuilt: ${right ? `${right.name}: ${right.bbox.join(',')}` : '—'}` : ''}`,
      );
    }
  }
}
