/**
 * Links between entries. Astro resolves each `reference()` in frontmatter to `{ collection, id }`;
 * these helpers find them anywhere in an entry's data and turn them around, so every page can
 * list what points at it without each page listing its readers by hand.
 */

/** A pointer to an entry, as `reference()` produces it. */
export interface EntryRef {
  collection: string;
  id: string;
}

/** An entry with the references found in its data. */
export interface LinkingEntry extends EntryRef {
  links: EntryRef[];
}

/** "collection/id", a key that names one entry. */
export function keyOf(ref: EntryRef): string {
  return `${ref.collection}/${ref.id}`;
}

function isEntryRef(value: unknown): value is EntryRef {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const record = value as Record<string, unknown>;
  return keys.length === 2 && typeof record['collection'] === 'string' && typeof record['id'] === 'string';
}

/** Every reference in a frontmatter value, in document order, each entry once. */
export function referencesIn(data: unknown): EntryRef[] {
  const found = new Map<string, EntryRef>();
  const visit = (value: unknown): void => {
    if (isEntryRef(value)) {
      found.set(keyOf(value), { collection: value.collection, id: value.id });
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
      Object.values(value).forEach(visit);
    }
  };
  visit(data);
  return [...found.values()];
}

/** For each entry (by `keyOf`), the entries that reference it, in the order of `entries`. */
export function buildBacklinks(entries: LinkingEntry[]): Map<string, EntryRef[]> {
  const backlinks = new Map<string, EntryRef[]>();
  for (const entry of entries) {
    for (const target of entry.links) {
      const key = keyOf(target);
      const list = backlinks.get(key) ?? [];
      if (!list.some((ref) => ref.collection === entry.collection && ref.id === entry.id)) {
        list.push({ collection: entry.collection, id: entry.id });
      }
      backlinks.set(key, list);
    }
  }
  return backlinks;
}

/** Groups references by collection, keeping order within each group. */
export function groupByCollection<T extends EntryRef>(refs: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const ref of refs) groups.set(ref.collection, [...(groups.get(ref.collection) ?? []), ref]);
  return groups;
}
