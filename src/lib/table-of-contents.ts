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

/**
 * Slug of the heading whose section holds the first occurrence of `marker` in an MDX body, e.g.
 * the section with `<Aside type="disagreement"`. Headings are matched to `render()`'s list by
 * position and depth, so a renamed heading keeps working; undefined when the marker is missing,
 * sits above the first heading, or the two lists do not agree.
 */
export function sectionHolding(body: string, marker: string, headings: readonly Heading[]): string | undefined {
  const at = body.indexOf(marker);
  if (at < 0) return undefined;
  let fence: string | undefined;
  const depths: number[] = [];
  for (const line of body.slice(0, at).split('\n')) {
    const fenceMark = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fenceMark && (!fence || fenceMark.startsWith(fence))) fence = fence ? undefined : fenceMark;
    else if (!fence) {
      const hashes = /^(#{1,6})\s+\S/.exec(line)?.[1];
      if (hashes) depths.push(hashes.length);
    }
  }
  const index = depths.length - 1;
  const heading = headings[index];
  return heading && heading.depth === depths[index] ? heading.slug : undefined;
}
