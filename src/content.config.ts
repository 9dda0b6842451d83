import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  experienceSchema,
  glossarySchema,
  journalSchema,
  lessonSchema,
  organisationSchema,
  pageSchema,
  placeSchema,
  planSchema,
  relatedSchema,
  sourceSchema,
} from './schemas/entries';
import type { z } from 'astro/zod';
import type { CollectionName, ReferenceOutput, SchemaTools } from './schemas/shared';

/** Reads `content/<folder>/**\/*.{md,mdx}`; the file name (without extension) is the entry id and the URL slug. */
const entriesIn = (folder: string) => glob({ pattern: '**/*.{md,mdx}', base: `./content/${folder}` });

const toolsFrom = (image: SchemaTools['image']): SchemaTools => ({
  reference: (collection: CollectionName) => reference(collection) as z.ZodType<ReferenceOutput>,
  image,
});

export const collections = {
  pages: defineCollection({ loader: entriesIn('pages'), schema: ({ image }) => pageSchema(toolsFrom(image)) }),
  experiences: defineCollection({
    loader: entriesIn('experiences'),
    schema: ({ image }) => experienceSchema(toolsFrom(image)),
  }),
  lessons: defineCollection({ loader: entriesIn('lessons'), schema: ({ image }) => lessonSchema(toolsFrom(image)) }),
  plans: defineCollection({ loader: entriesIn('plans'), schema: ({ image }) => planSchema(toolsFrom(image)) }),
  related: defineCollection({ loader: entriesIn('related'), schema: ({ image }) => relatedSchema(toolsFrom(image)) }),
  journal: defineCollection({ loader: entriesIn('journal'), schema: ({ image }) => journalSchema(toolsFrom(image)) }),
  organisations: defineCollection({
    loader: entriesIn('organisations'),
    schema: ({ image }) => organisationSchema(toolsFrom(image)),
  }),
  places: defineCollection({ loader: entriesIn('places'), schema: ({ image }) => placeSchema(toolsFrom(image)) }),
  sources: defineCollection({ loader: entriesIn('sources'), schema: sourceSchema() }),
  glossary: defineCollection({
    loader: file('content/glossary.yaml'),
    schema: ({ image }) => glossarySchema(toolsFrom(image)),
  }),
};
