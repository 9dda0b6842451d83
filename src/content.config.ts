import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { entryIdOf } from './lib/paths';
import { collections as table, collectionNames, type CollectionName, type CollectionSpec } from './schemas/collections';
import type { ReferenceOutput, SchemaTools } from './schemas/shared';

/**
 * The collections, made from the table in src/schemas/collections.ts: a folder becomes a glob
 * loader whose ids are the file names (one rule, `entryIdOf`, shared with the content check; a
 * `slug:` field never changes a URL), a YAML file a `file()` loader.
 */
const loaderOf = (spec: CollectionSpec) =>
  spec.folder !== undefined
    ? glob({ pattern: '**/*.{md,mdx}', base: `./content/${spec.folder}`, generateId: ({ entry }) => entryIdOf(entry) })
    : file(`content/${spec.file ?? ''}`);

const toolsFrom = (image: SchemaTools['image']): SchemaTools => ({
  reference: (collection: CollectionName) => reference(collection) as z.ZodType<ReferenceOutput>,
  image,
});

/** The schema a row of the table gives its collection's entries. */
type SchemaOf<C extends CollectionName> = ReturnType<(typeof table)[C]['schema']>;

/** A collection from its row of the table. */
const define = (name: CollectionName) => {
  const spec: CollectionSpec = table[name];
  const schema = spec.schema as (tools: SchemaTools) => z.ZodType;
  return defineCollection({ loader: loaderOf(spec), schema: ({ image }) => schema(toolsFrom(image)) });
};

// Typed row by row from the table, so every entry's data has its schema's type.
export const collections = Object.fromEntries(collectionNames.map((name) => [name, define(name)])) as {
  [C in CollectionName]: Omit<ReturnType<typeof define>, 'schema'> & {
    schema: (context: { image: SchemaTools['image'] }) => SchemaOf<C>;
  };
};
