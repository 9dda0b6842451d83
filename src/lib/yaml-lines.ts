// Reachable from astro.config.mjs (the content check): relative imports only.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/**
 * Where a field stands in YAML text, found by a YAML parser (never by searching the text), so an
 * error can name the line of `held.end` or `organisations[2]` even when the same word appears
 * elsewhere. Data itself is read by js-yaml, as Astro's loaders read it; this only locates.
 */

interface Located {
  document: ReturnType<typeof parseDocument>;
  lines: LineCounter;
}

const parsed = new Map<string, Located>();

function locate(text: string): Located {
  let found = parsed.get(text);
  if (!found) {
    const lines = new LineCounter();
    found = { document: parseDocument(text, { lineCounter: lines }), lines };
    parsed.set(text, found);
  }
  return found;
}

/**
 * 1-based line (within `text`) of the deepest part of `path` that exists: the key of a mapping
 * entry, or the item of a list. Undefined when not even the first step exists (a missing field).
 */
export function lineOfPath(text: string, path: ReadonlyArray<PropertyKey>): number | undefined {
  const { document, lines } = locate(text);
  let node: unknown = document.contents;
  let offset: number | undefined;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(step));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0];
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0];
      node = item;
    } else break;
  }
  return offset === undefined ? undefined : lines.linePos(offset).line;
}
