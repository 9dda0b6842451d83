// Reachable from astro.config.mjs and plain Node: relative imports with .ts extensions only.
import type { ImageMetadata } from 'astro';
import { z } from 'astro/zod';
import type { CollectionName } from './collections.ts';

export type { CollectionName };

/**
 * The two Astro helpers a schema needs, passed in rather than imported, so the schemas can be
 * unit-tested in plain Node with stand-ins (see tests/unit/schemas.test.ts).
 */
export interface SchemaTools {
  /** `reference(collection)` from `astro:content`: an id in, `{ collection, id }` out. */
  reference: (collection: CollectionName) => z.ZodType<ReferenceOutput>;
  /** `image()` from the collection's schema context: a path in, the checked image's metadata out. */
  image: () => z.ZodType<ImageMetadata>;
}

/** What a resolved reference is: the collection and id of the entry it points at. */
export interface ReferenceOutput {
  collection: string;
  id: string;
}

/** A one-line text that must say something. */
export const text = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${what} is required` : `${what} must be text`) })
    .trim()
    .min(1, { error: `${what} must not be empty` });

/**
 * A picture with its description. Alt text is required and must describe the picture:
 * a reader on a slow connection or a screen reader gets only this.
 */
export const figureSchema = ({ image }: Pick<SchemaTools, 'image'>) =>
  z.object({
    /** Path to the image file, relative to the entry. */
    src: image(),
    /** What the picture shows, for readers who cannot see it. Required, never empty. */
    alt: z
      .string({ error: 'alt text is required for every image' })
      .trim()
      .min(1, { error: 'alt text is required for every image' }),
    /** Optional caption shown under the picture. */
    caption: z.string().optional(),
    /** Who made the picture and under what licence. Required: no uncredited pictures. */
    credit: text('credit'),
  });

/**
 * `slug:` would change an entry's URL behind the file name's back (Astro's glob loader honours
 * it); URLs come from file names only, so the field is refused.
 */
export const noSlug = {
  /** Not allowed: the URL comes from the file name; to change it, rename the file. */
  slug: z
    .never({ error: 'slug: is not allowed: the URL comes from the file name; rename the file instead' })
    .optional(),
};

/** Fields every page-making entry carries. */
export const baseFields = ({ reference }: Pick<SchemaTools, 'reference'>) => ({
  /** Title shown as the page heading and in search results. */
  title: text('title'),
  /** One or two sentences for cards, link previews and the meta description (at most 300 characters). */
  summary: text('summary').max(300, { error: 'summary must be at most 300 characters' }),
  /** The documents this entry draws on (ids in content/sources). At least one. */
  sources: z
    .array(reference('sources'), { error: 'sources must be a list of source ids' })
    .min(1, { error: 'sources must name at least one source' }),
  /** A draft is built in development only, never published. */
  draft: z.boolean().default(false),
  ...noSlug,
});
