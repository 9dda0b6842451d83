import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { schemaOf } from './schemas/entries';
import type { z } from 'astro/zod';
import type { CollectionName, ReferenceOutput, SchemaTools } from './schemas/shared';

/** Reads `content/<folder>/**\/*.{md,mdx}`; the file name (without extension) is the entry id and the URL slug. */
const entriesIn = (folder: string) => glob({ pattern: '**/*.{md,mdx}', base: `./content/${folder}` });

const toolsFrom = (image: SchemaTools['image']): SchemaTools => ({
  reference: (collection: CollectionName) => reference(collection) as z.ZodType<ReferenceOutput>,
  image,
});

export const collections = {
  pages: defineCollection({ loader: entriesIn('pages'), schema: ({ image }) => schemaOf.pages(toolsFrom(image)) }),
  experiences: defineCollection({
    loader: entriesIn('experiences'),
    schema: ({ image }) => schemaOf.experiences(toolsFrom(image)),
  }),
  lessons: defineCollection({ loader: entriesIn('lessons'), schema: ({ image }) => schemaOf.lessons(toolsFrom(image)) }),
  plans: defineCollection({ loader: entriesIn('plans'), schema: ({ image }) => schemaOf.plans(toolsFrom(image)) }),
  related: defineCollection({ loader: entriesIn('related'), schema: ({ image }) => schemaOf.related(toolsFrom(image)) }),
  journal: defineCollection({ loader: entriesIn('journal'), schema: ({ image }) => schemaOf.journal(toolsFrom(image)) }),
  organisations: defineCollection({
    loader: entriesIn('organisations'),
    schema: ({ image }) => schemaOf.organisations(toolsFrom(image)),
  }),
  places: defineCollection({ loader: entriesIn('places'), schema: ({ image }) => schemaOf.places(toolsFrom(image)) }),
  sources: defineCollection({ loader: entriesIn('sources'), schema: schemaOf.sources() }),
  glossary: defineCollection({
    loader: file('content/glossary.yaml'),
    schema: ({ image }) => schemaOf.glossary(toolsFrom(image)),
  }),
};
