// Reachable from astro.config.mjs: relative imports only.
import type { ImageMetadata } from 'astro';
import { z } from 'astro/zod';
import { collectionNames, collections, contentPathOf, type CollectionName } from '../schemas/collections.ts';
import type { ReferenceOutput, SchemaTools } from '../schemas/shared.ts';
import { figureTexts } from './images.ts';
import { findJsxTags } from './mdx-tags.ts';
import { lineOfPath } from './yaml-lines.ts';

/**
 * The content check: every entry's frontmatter is parsed with the same Zod schemas as
 * `src/content.config.ts`, but with `reference()` and `image()` stand-ins that look things up
 * themselves, so a problem is reported as file + field + value before Astro starts building.
 * Astro on its own stops at the first bad entry, says nothing about references to entries that
 * do not exist, and reports a missing frontmatter image without naming the entry or the field.
 *
 * This module is pure: the caller reads the files (src/build/content-files.ts).
 */

/** One content entry as read from disk. */
export interface ContentEntry {
  collection: CollectionName;
  /** Entry id, as the loaders derive it (`entryIdOf`: the file name without extension). */
  id: string;
  /** Path of the file that holds the entry, relative to the project root (used in messages). */
  file: string;
  /** Parsed frontmatter (or the YAML item, for the glossary). */
  data: unknown;
  /** Full text of an MDX file, for the lines of problems in its body. */
  source?: string;
  /** The YAML the data was read from, to find the line of a field: the text, the file line it starts on, and the item's path in it. */
  yaml?: { text: string; firstLine: number; prefix?: PropertyKey[] };
}

/** Something an editor must fix, with where it is. */
export interface ContentProblem {
  file: string;
  /** Frontmatter field, e.g. `organisations[0]` or `hero.src`. */
  field?: string;
  /** 1-based line in `file`, when known. */
  line?: number;
  message: string;
}

export interface CheckOptions {
  /** Whether an image path (as written in `file`, relative to it) points at an existing file. */
  imageExists: (file: string, src: string) => boolean;
}

/** File extensions `image()` can read. */
export const imageExtensions = ['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.svg', '.tif', '.tiff'];

/** File extensions a `<Figure>` photograph may have: raster images that AVIF and WebP can be made from. */
export const photoExtensions = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.tif', '.tiff'];

/** `['hero', 'src']` → `hero.src`; `['organisations', 0]` → `organisations[0]`. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** Edit distance, for "did you mean" suggestions on mistyped ids. */
export function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest known id, if it is close enough to be a typo. */
export function closest(id: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(id, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(id.length / 3)) ? best : undefined;
}

/** 1-based line of the first occurrence of `needle` in `text`. */
export function lineOf(text: string, needle: string): number | undefined {
  const at = text.indexOf(needle);
  return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}

/** ` (found "first")` for a wrong plain value, so the editor sees what was read. */
function found(issue: { code: string; input?: unknown }): string {
  if (issue.code !== 'invalid_type' && issue.code !== 'invalid_value') return '';
  const value = issue.input;
  if (value === undefined || (typeof value === 'object' && value !== null)) return '';
  return ` (found ${JSON.stringify(value)})`;
}

const isDraft = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && (data as Record<string, unknown>)['draft'] === true;

/**
 * Checks every entry against its collection's schema, every reference against the ids that
 * exist (and are not drafts, unless the referring entry is one), every frontmatter image
 * against the files on disk, every `<Term id>` in MDX bodies against the glossary, and every
 * `<Figure>` for its photograph file, alt text, caption and credit.
 */
export function checkEntries(entries: readonly ContentEntry[], options: CheckOptions): ContentProblem[] {
  const ids = new Map<CollectionName, Map<string, boolean>>(collectionNames.map((name) => [name, new Map()]));
  for (const entry of entries) ids.get(entry.collection)?.set(entry.id, isDraft(entry.data));

  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const referrerIsDraft = isDraft(entry.data);
    const tools: SchemaTools = {
      reference: (collection) =>
        z
          .union([z.string(), z.object({ id: z.string() }).transform((ref) => ref.id)], {
            error: `must be the id of an entry in ${contentPathOf(collection)}`,
          })
          .superRefine((id, ctx) => {
            const known = ids.get(collection) ?? new Map<string, boolean>();
            if (!known.has(id)) {
              const guess = closest(id, known.keys());
              const where =
                'file' in collections[collection]
                  ? `no entry "${id}" in ${contentPathOf(collection)}`
                  : `no ${contentPathOf(collection)}${id}.mdx`;
              ctx.addIssue({
                code: 'custom',
                message: `"${id}" is not an entry: there is ${where}${guess ? `. Did you mean "${guess}"?` : ''}`,
              });
            } else if (known.get(id) && !referrerIsDraft) {
              ctx.addIssue({
                code: 'custom',
                message: `"${id}" is a draft (${contentPathOf(collection)}${id}), so it is not published: publish it or remove the reference`,
              });
            }
          })
          .transform((id): ReferenceOutput => ({ collection, id })),
      image: () =>
        z.string({ error: 'must be the path of an image file, relative to the entry' }).superRefine((src, ctx) => {
          const extension = /\.[a-z0-9]+$/i.exec(src)?.[0]?.toLowerCase() ?? '';
          if (/^[a-z][a-z0-9+.-]*:/i.test(src)) {
            ctx.addIssue({
              code: 'custom',
              message: `image "${src}" must be a file next to the entry, not a web address`,
            });
          } else if (!imageExtensions.includes(extension)) {
            ctx.addIssue({
              code: 'custom',
              message: `"${src}" is not an image file (use ${imageExtensions.join(', ')})`,
            });
          } else if (!options.imageExists(entry.file, src)) {
            ctx.addIssue({
              code: 'custom',
              message: `image file not found: "${src}" (paths are relative to the entry's file)`,
            });
          }
          // The check only validates; it never reads the output, so the path stands in for Astro's metadata.
        }) as unknown as z.ZodType<ImageMetadata>,
    };
    const schema = collections[entry.collection].schema as (tools: SchemaTools) => z.ZodType;
    const result = schema(tools).safeParse(entry.data, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const prefix = entry.yaml?.prefix ?? [];
        // Items of a YAML file share it: name the item in the field (`ppp.sources`).
        const field = fieldPath(prefix.length > 0 ? [entry.id, ...issue.path] : issue.path);
        const missing = issue.code === 'invalid_type' && issue.input === undefined;
        const at = entry.yaml && lineOfPath(entry.yaml.text, [...prefix, ...issue.path]);
        const line = entry.yaml && at !== undefined ? entry.yaml.firstLine + at - 1 : undefined;
        problems.push({
          file: entry.file,
          ...(field ? { field } : {}),
          ...(line !== undefined ? { line } : {}),
          message: missing ? 'required field is missing' : `${issue.message}${found(issue)}`,
        });
      }
    }
    if (entry.source && entry.file.endsWith('.mdx')) {
      problems.push(...checkTerms(entry, ids.get('glossary')), ...checkFigures(entry, options));
    }
  }
  return problems;
}

/** `<Term id="…">` in an MDX body must name a glossary entry. */
function checkTerms(entry: ContentEntry, glossary: Map<string, boolean> | undefined): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const source = entry.source ?? '';
  for (const match of source.matchAll(/<Term\b[^>]*?\bid=(["'])(.*?)\1/g)) {
    const id = match[2] ?? '';
    if (glossary?.has(id)) continue;
    const guess = glossary ? closest(id, glossary.keys()) : undefined;
    problems.push({
      file: entry.file,
      line: source.slice(0, match.index).split('\n').length,
      message: `<Term id="${id}">: there is no term "${id}" in ${contentPathOf('glossary')}${guess ? `. Did you mean "${guess}"?` : ''}`,
    });
  }
  return problems;
}

const figureAttributes = ['src', ...Object.keys(figureTexts), 'fullSize'];

/**
 * `<Figure>` in an MDX body: a photograph file next to the entry, and non-empty alt text, caption
 * and credit. Attributes in braces (`alt={…}`) are left to the component, which refuses them
 * empty when the page is built.
 */
function checkFigures(entry: ContentEntry, options: CheckOptions): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (line: number, message: string) =>
    problems.push({ file: entry.file, line, message: `<Figure> ${message}` });
  for (const tag of findJsxTags(entry.source ?? '', 'Figure')) {
    for (const [name, attribute] of tag.attributes) {
      if (figureAttributes.includes(name)) continue;
      const guess = closest(name, figureAttributes);
      report(attribute.line, `has an unknown attribute "${name}"${guess ? `. Did you mean "${guess}"?` : ''}`);
    }
    // A spread may carry the attributes: the component checks them.
    if (tag.spread) continue;
    for (const [name, purpose] of Object.entries(figureTexts)) {
      const attribute = tag.attributes.get(name);
      if (!attribute) report(tag.line, `${name} is missing: ${purpose}`);
      else if (attribute.kind === 'boolean' || (attribute.kind === 'string' && !attribute.value?.trim())) {
        report(attribute.line, `${name} is empty: ${purpose}`);
      }
    }
    const src = tag.attributes.get('src');
    if (!src) report(tag.line, 'src is missing: the photograph\'s file, e.g. src="./photo.jpg" next to the entry');
    else if (src.kind === 'boolean') report(src.line, 'src is empty: the photograph\'s file, e.g. src="./photo.jpg"');
    else if (src.kind === 'string') {
      const path = src.value ?? '';
      const extension = /\.[a-z0-9]+$/i.exec(path)?.[0]?.toLowerCase() ?? '';
      if (/^[a-z][a-z0-9+.-]*:/i.test(path)) {
        report(src.line, `src "${path}" must be a file next to the entry, not a web address`);
      } else if (!photoExtensions.includes(extension)) {
        report(src.line, `src "${path}" is not a photograph file (use ${photoExtensions.join(', ')})`);
      } else if (!options.imageExists(entry.file, path)) {
        report(src.line, `image file not found: "${path}" (paths are relative to the entry's file)`);
      }
    }
  }
  return problems;
}

/** The report an editor reads: problems grouped by file, each with its field or line. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const files = [...new Set(problems.map((problem) => problem.file))];
  const lines = [
    `Content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}.`,
  ];
  for (const file of files) {
    lines.push('', file);
    for (const problem of problems.filter((p) => p.file === file)) {
      const line = problem.line !== undefined ? `line ${problem.line}` : '';
      const where = problem.field ? `${problem.field}${line ? ` (${line})` : ''}` : line;
      lines.push(`  - ${where ? `${where}: ` : ''}${problem.message}`);
    }
  }
  lines.push('', "The fields are described in content/FIELDS.md (the editor's guide: content/README.md).");
  return lines.join('\n');
}
