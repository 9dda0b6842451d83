// Reachable from astro.config.mjs and plain Node: relative imports with .ts extensions only.
import { z } from 'astro/zod';
import { text, type SchemaTools } from './shared.ts';

/** How a headline figure is written: grouped digits (5,120) or a year, never grouped (1994). */
export const headlineFigureFormats = ['number', 'year'] as const;

/**
 * A headline figure: one number that matters, shown in large type near the top of the page and
 * read with its text as one sentence ("21 Alak families grow organic asparagus"). Each names the
 * source it comes from. Not to be confused with `keyFigureSchema`, a row of a figures table.
 */
export const headlineFigureSchema = ({ reference }: Pick<SchemaTools, 'reference'>) =>
  z.object({
    /** The number as the source gives it (a count, an amount or a year). */
    value: z.number({ error: 'value must be a number' }),
    /** `year` for a year (written 1994, not 1,994); `number` (the default) groups the digits. */
    format: z.enum(headlineFigureFormats, { error: 'format must be "number" or "year"' }).default('number'),
    /** The rest of the sentence after the number, e.g. "Alak families grow organic asparagus". */
    text: text('text'),
    /** The document the figure comes from (id in content/sources). */
    source: reference('sources'),
  });

/** The headline figures of a page, in the order they are shown; the first is also on the cover. */
export const headlineFigureListSchema = (tools: Pick<SchemaTools, 'reference'>) =>
  z.array(headlineFigureSchema(tools), { error: 'keyFigures must be a list of figures' }).default([]);

export type HeadlineFigure = z.output<ReturnType<typeof headlineFigureSchema>>;
