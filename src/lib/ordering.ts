/** The items before and after `index` in an ordered list, if any. */
export function neighbours<T>(items: readonly T[], index: number): { previous: T | undefined; next: T | undefined } {
  if (index < 0 || index >= items.length) throw new Error(`index ${index} is outside a list of ${items.length}`);
  return { previous: items[index - 1], next: items[index + 1] };
}

/** What an entry's data may hold that decides its place in a list. */
export interface Sortable {
  title: string;
  order?: number | undefined;
  rank?: number | undefined;
  date?: string | undefined;
}

/**
 * The order of every list of entries, so lists never depend on the file system: dated entries
 * newest first; ranked entries (the plans) first place first, then in the order the source lists
 * them; the rest by `order`, then by title.
 */
export function compareEntries(a: Sortable, b: Sortable): number {
  if (a.date !== undefined && b.date !== undefined) return b.date.localeCompare(a.date) || byTitle(a, b);
  return (
    (a.rank ?? 0) - (b.rank ?? 0) ||
    (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) ||
    byTitle(a, b)
  );
}

const byTitle = (a: Sortable, b: Sortable) => a.title.localeCompare(b.title, 'en');
