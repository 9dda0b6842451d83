// Run by plain Node (`npm run fields`): relative imports with .ts extensions only.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { en } from '../i18n/en.ts';
import { pathFor } from '../lib/paths.ts';
import { collectionNames, collections, contentPathOf, type CollectionName } from '../schemas/collections.ts';
import {
  fieldsOf,
  referenceWords,
  schemaComments,
  type FieldInfo,
  type FieldSchema,
  type SourceFile,
} from './schema-fields.ts';

/**
 * The field reference editors read, content/FIELDS.md: for every collection of the table
 * (src/schemas/collections.ts), one table of its fields, written from the schemas and their
 * JSDoc comments. `npm run fields` rewrites it; a unit test fails when it no longer matches.
 */

/** Where the reference is written, relative to the project root. */
export const fieldReferencePath = 'content/FIELDS.md';

// Zod writes these bounds for every integer: they say nothing to an editor.
const isSafeBound = (value: number | undefined) => value !== undefined && Math.abs(value) < Number.MAX_SAFE_INTEGER;

/** A field's kind in an editor's words, singular ("text") or plural, for lists ("texts"). */
export function typeWords(schema: FieldSchema, plural = false): string {
  const either = (one: string, many: string) => (plural ? many : one);
  if (schema['x-date']) return either(`date 'YYYY-MM-DD' in quotes`, `dates 'YYYY-MM-DD' in quotes`);
  if (schema['x-reference']) return referenceWords(schema['x-reference'], plural);
  if (schema['x-image']) return either('image file path, relative to the entry', 'image file paths');
  if (schema.not) return 'not allowed';
  if (schema.enum || schema.anyOf) return either('one of the allowed values', 'allowed values');
  switch (schema.type) {
    case 'string':
      return schema.format === 'uri' ? either('web address', 'web addresses') : either('text', 'texts');
    case 'integer':
      return either('whole number', 'whole numbers');
    case 'number':
      return either('number', 'numbers');
    case 'boolean':
      return either('yes/no: `true` or `false`', 'yes/no values');
    case 'object':
      return either('group of the fields below', 'groups of the fields below');
    case 'array':
      return `list of ${schema.items ? typeWords(schema.items, true) : 'values'}`;
    default:
      return either('value', 'values');
  }
}

/** The limits Zod checks, in words: "at most 300 characters", "from 1900 to 2100", "at least 1". */
export function limitWords(schema: FieldSchema): string[] {
  const limits: string[] = [];
  const { minimum, maximum, exclusiveMinimum } = schema;
  if (isSafeBound(minimum) && isSafeBound(maximum)) limits.push(`from ${minimum} to ${maximum}`);
  else if (isSafeBound(minimum)) limits.push(`${minimum} or more`);
  else if (isSafeBound(maximum)) limits.push(`${maximum} or less`);
  if (exclusiveMinimum !== undefined) limits.push(`more than ${exclusiveMinimum}`);
  if (schema.maxLength !== undefined) limits.push(`at most ${schema.maxLength} characters`);
  if (schema.minItems !== undefined) limits.push(`at least ${schema.minItems}`);
  return limits;
}

/** A value as an editor writes it. */
function valueWords(value: unknown): string {
  if (Array.isArray(value) && value.length === 0) return 'an empty list';
  return `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
}

/** "required", "required when `members` is given", "optional (default: `false`)". */
export function requiredWords(field: FieldInfo): string {
  if (field.refused) return 'never';
  if (field.required) return field.within === undefined ? 'required' : `required when \`${field.within}\` is given`;
  return field.schema.default === undefined ? 'optional' : `optional (default: ${valueWords(field.schema.default)})`;
}

/** Text safe inside a Markdown table cell. */
const cell = (text: string) => text.replaceAll('|', '\\|').replace(/\s*\n\s*/g, ' ');

/** One collection's table. */
export function renderFieldTable(fields: readonly FieldInfo[], comments: ReadonlyMap<string, string>): string {
  const rows = fields.map((field) => {
    const kind = [typeWords(field.schema), ...limitWords(field.schema)].join(', ');
    const values = field.values.map((value) => `\`${value}\``).join(', ');
    return `| \`${field.path}\` | ${cell(kind)} | ${requiredWords(field)} | ${values} | ${cell(comments.get(field.path) ?? '')} |`;
  });
  return [
    '| field | what to write | required? | allowed values | what it is |',
    '| ----- | ------------- | --------- | -------------- | ---------- |',
    ...rows,
  ].join('\n');
}

/** What the reference shows of one collection. */
export interface CollectionFields {
  collection: CollectionName;
  fields: readonly FieldInfo[];
  comments: ReadonlyMap<string, string>;
}

/** The whole reference, content/FIELDS.md. Pure: the fields and comments are passed in. */
export function renderFieldReference(sections: readonly CollectionFields[]): string {
  const parts = [
    '# Fields of each collection',
    '',
    'Generated from the schemas in `src/schemas/` by `npm run fields`: do not edit this file by hand',
    '(a test fails when it no longer matches them). Each entry is one file in its folder; the fields',
    'go in the frontmatter between the two `---` lines at its top. Write dates in quotes,',
    '`\'2013-02-25\'`, and lists in brackets, `[coffee, tea]`. `npm run new -- <collection> "<title>"`',
    'starts a new entry with every required field filled in.',
  ];
  for (const { collection, fields, comments } of sections) {
    const label = en[collections[collection].label];
    const url = pathFor(collection, 'entry-id').replace('entry-id', '<id>');
    const isFile = 'file' in collections[collection];
    parts.push(
      '',
      `## ${label} (\`${collection}\`)`,
      '',
      isFile
        ? `File: \`${contentPathOf(collection)}\`, a list of terms, each starting with \`- id: <id>\` ` +
            `(lowercase letters, digits and hyphens). Address: \`${url}\`.`
        : `Folder: \`${contentPathOf(collection)}\`, one \`.mdx\` or \`.md\` file per entry; the file name is the \`<id>\`. ` +
            `Address: \`${url}\`. New entry: \`npm run new -- ${collection} "<title>"\`.`,
      '',
      renderFieldTable(fields, comments),
    );
  }
  return `${parts.join('\n')}\n`;
}

/** The schema files whose comments document the fields. */
export function readSchemaFiles(root: string): SourceFile[] {
  const folder = join(root, 'src', 'schemas');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => ({ path: `src/schemas/${name}`, text: readFileSync(join(folder, name), 'utf8') }));
}

/** The fields and comments of the given collections (all by default), from the schemas of the project at `root`. */
export function collectionFields(root: string, names: readonly CollectionName[] = collectionNames): CollectionFields[] {
  const files = readSchemaFiles(root);
  return names.map((collection) => ({
    collection,
    fields: fieldsOf(collection),
    comments: schemaComments(files, collections[collection].schema.name),
  }));
}

/** The project root, from this file's place in it. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

if (import.meta.main) {
  writeFileSync(join(projectRoot, fieldReferencePath), renderFieldReference(collectionFields(projectRoot)));
  console.log(`Wrote ${fieldReferencePath}.`);
}
