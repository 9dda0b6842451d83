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
