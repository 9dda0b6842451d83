import type { z } from 'astro/zod';
import { fieldPath } from '../content-check';

/** How many problems one error message lists; the rest are counted. */
const SHOWN = 5;

/**
 * Parses a data file's JSON with its Zod schema. A malformed file fails the build with one message
 * that names the file, then each bad item and field, e.g.
 * `src/geo/district-towns.json: [1].lat: Invalid input: expected number, received string`.
 */
export function parseDataFile<Schema extends z.ZodType>(schema: Schema, json: unknown, file: string): z.output<Schema> {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const { issues } = result.error;
  const lines = issues
    .slice(0, SHOWN)
    .map((issue) => `${fieldPath(issue.path) || '(the whole file)'}: ${issue.message}`);
  if (issues.length > SHOWN) lines.push(`and ${issues.length - SHOWN} more`);
  throw new Error(`${file}: ${lines.join('; ')}`);
}
