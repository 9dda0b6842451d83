/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** An item of a table of contents, with the subheadings under it. */
export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/** Builds a two-level table of contents from `##` and `###` headings. */
export function buildToc(headings: Heading[]): TocItem[] {
  const toc: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) {
      toc.push({ slug: heading.slug, text: heading.text, children: [] });
    } else if (heading.depth === 3) {
      const parent = toc.at(-1);
      const item = { slug: heading.slug, text: heading.text, children: [] };
      if (parent) parent.children.push(item);
      else toc.push(item);
    }
  }
  return toc;
}

/** A page is long enough for a table of contents when it has this many sections. */
export const TOC_MIN_SECTIONS = 3;

/** True when a table of contents helps: three or more top-level sections. */
export function wantsToc(headings: Heading[]): boolean {
  return headings.filter((h) => h.depth === 2).length >= TOC_MIN_SECTIONS;
}

/** The items before and after `index` in an ordered list, if any. */
export function neighbours<T>(items: readonly T[], index: number): { previous: T | undefined; next: T | undefined } {
  if (index < 0 || index >= items.length) throw new Error(`index ${index} is outside a list of ${items.length}`);
  return { previous: items[index - 1], next: items[index + 1] };
}

/** Sorts by a numeric `order`, then by title, so lists never depend on file-system order. */
export function byOrderThenTitle<T extends { order?: number | undefined; title: string }>(a: T, b: T): number {
  return (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || a.title.localeCompare(b.title, 'en');
}
