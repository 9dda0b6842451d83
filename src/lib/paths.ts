/**
 * URL scheme. URLs are promises to the people who share them: they come from the entry id
 * (the file name), never from a title an editor may reword.
 */

/** Collections that get a page per entry, with the URL section of each. */
export const sectionOf = {
  experiences: 'case-studies',
  lessons: 'lessons',
  plans: 'innovation-plans',
  related: 'related',
  journal: 'journal',
  organisations: 'partners',
  places: 'places',
  sources: 'sources',
} as const;

export type PageCollection = keyof typeof sectionOf;

/** Ids become URL segments: lowercase letters, digits and hyphens only. */
const SAFE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Path of an entry's page, e.g. `pathFor('experiences', 'rlip')` is `/case-studies/rlip/`. */
export function pathFor(collection: PageCollection, id: string): string {
  if (!SAFE_ID.test(id)) {
    throw new Error(
      `Entry id "${id}" in collection "${collection}" cannot be a URL: rename the file to lowercase letters, digits and hyphens.`,
    );
  }
  return `/${sectionOf[collection]}/${id}/`;
}

/** Path of a collection's index page, e.g. `/case-studies/`. */
export function indexPathFor(collection: PageCollection): string {
  return `/${sectionOf[collection]}/`;
}

/** Path of a glossary term's anchor. */
export function glossaryPathFor(termId: string): string {
  return `/glossary/#${termId}`;
}

/** Path of the search page with a query filled in. */
export function searchPathFor(query: string): string {
  return `/search/?q=${encodeURIComponent(query)}`;
}
