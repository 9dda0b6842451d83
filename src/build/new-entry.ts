// Run by plain Node (`npm run new`): relative imports with .ts extensions only.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { en } from '../i18n/en.ts';
import { idFromText, isCleanId } from '../lib/paths.ts';
import {
  collectionNames,
  collections,
  contentPathOf,
  folderCollections,
  type CollectionName,
  type CollectionSpec,
} from '../schemas/collections.ts';
import { readContent } from './content-files.ts';
import { collectionFields, projectRoot } from './field-reference.ts';
import { referenceWords, type FieldInfo, type FieldSchema } from './schema-fields.ts';

/**
 * The scaffolder: `npm run new -- <collection> "<title>"` writes a draft entry that passes the
 * content check, every required field filled with a placeholder marked TODO, so an editor starts
 * from a valid file instead of a blank one.
 */

/** What the scaffolder needs to know; everything that varies (the day, the files) is passed in. */
export interface NewEntryRequest {
  /** Collection name as typed, e.g. `experiences`. */
  collection: string;
  /** The entry's title, as typed. */
  title: string;
  /** Today, 'YYYY-MM-DD': the date of a dated entry. */
  today: string;
  /** Paths of the content files that exist, relative to the project root (`content/lessons/community.mdx`). */
  existingFiles: ReadonlySet<string>;
  /** Published entry ids per collection, in order: a required reference gets the first. */
  ids: Partial<Record<CollectionName, readonly string[]>>;
  /** The collection's fields (from `fieldsOf`) and their comments (from `schemaComments`). */
  fields: readonly FieldInfo[];
  comments: ReadonlyMap<string, string>;
}

/** The file to write, or why not. */
export type NewEntryResult = { path: string; text: string } | { error: string };

/** YAML text in single quotes (a quote inside is doubled), safe whatever the title holds. */
const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** The first sentence of a field's comment, as the hint in a TODO text. */
const firstSentence = (comment: string | undefined) =>
  /^.*?[.!?](?=\s+[A-Z]|$)/.exec(comment ?? '')?.[0] ?? comment ?? '';

/** Why the request cannot be served, or undefined. */
export function newEntryProblem(collection: string, title: string): string | undefined {
  if (collection === '') {
    return `Usage: npm run new -- <collection> "<title>" (collections: ${folderCollections.join(', ')}).`;
  }
  if (!(collectionNames as readonly string[]).includes(collection)) {
    return `Unknown collection "${collection}": use one of ${folderCollections.join(', ')}.`;
  }
  if (!('folder' in collections[collection as CollectionName])) {
    return (
      `${contentPathOf(collection as CollectionName)} is one file, not a folder of entries: ` +
      'add a term there as "- id: <id>" with term, definition and sources (see content/FIELDS.md).'
    );
  }
  if (title.trim() === '') return `Give a title: npm run new -- ${collection} "<title>".`;
  if (!isCleanId(idFromText(title))) {
    return `The title "${title}" gives no file name: it needs Latin letters or digits (the file name becomes the URL).`;
  }
  return undefined;
}

/** A placeholder that passes the schema, and the comment that goes with it. */
function placeholder(field: FieldInfo, request: NewEntryRequest): { value: string; comment?: string } {
  const { schema, path } = field;
  const values = field.values.map(String);
  const [first, ...others] = values;
  const todo = `TODO: ${firstSentence(request.comments.get(path))}`;
  const reference = (target: CollectionName) => request.ids[target]?.[0] ?? 'TODO';
  if (path === 'title') return { value: quoted(request.title.trim()) };
  if (path === 'summary') return { value: quoted('TODO: two sentences a donor could quote.') };
  if (path === 'sources' && schema.items?.['x-reference']) {
    return {
      value: `[${reference('sources')}]`,
      comment: `TODO: the documents this entry draws on (${referenceWords('sources', true)})`,
    };
  }
  if (schema.type === 'array' && schema.items) {
    const item = schema.items;
    if (first !== undefined) return { value: `[${first}]`, comment: `TODO: pick one or more of: ${values.join(', ')}` };
    if (item['x-reference']) {
      return {
        value: `[${reference(item['x-reference'])}]`,
        comment: `TODO: ${referenceWords(item['x-reference'], true)}`,
      };
    }
    return { value: `[${quoted(todo)}]` };
  }
  if (first !== undefined) {
    return { value: first, ...(others.length > 0 ? { comment: `or: ${others.join(', ')}` } : {}) };
  }
  if (schema['x-reference']) {
    return { value: reference(schema['x-reference']), comment: `TODO: ${referenceWords(schema['x-reference'])}` };
  }
  if (schema['x-date']) return { value: quoted(request.today) };
  if (schema['x-image']) return { value: quoted('./TODO.jpg'), comment: 'TODO: put the image next to this file' };
  return scalarPlaceholder(schema, todo);
}

/** Numbers at the lowest value allowed, yes/no as no, web addresses and text marked TODO. */
function scalarPlaceholder(schema: FieldSchema, todo: string): { value: string; comment?: string } {
  if (schema.type === 'integer' || schema.type === 'number') {
    const low = schema.minimum !== undefined && schema.minimum > -Number.MAX_SAFE_INTEGER ? schema.minimum : undefined;
    const above = schema.exclusiveMinimum !== undefined ? Math.floor(schema.exclusiveMinimum) + 1 : undefined;
    return { value: String(low ?? above ?? 1), comment: todo };
  }
  if (schema.type === 'boolean') return { value: 'false', comment: todo };
  if (schema.format === 'uri') return { value: quoted('https://example.org/'), comment: todo };
  return { value: quoted(todo) };
}

/** The frontmatter lines of the required fields of one level (nested groups indented below their name). */
function frontmatterLines(fields: readonly FieldInfo[], request: NewEntryRequest, parent = '', indent = ''): string[] {
  const lines: string[] = [];
  const level = fields.filter((field) => {
    const rest = field.path.slice(parent.length);
    return field.path.startsWith(parent) && !rest.includes('.') && !rest.includes('[]');
  });
  for (const field of level) {
    if (!field.required || field.refused || field.path === 'draft') continue;
    const name = field.path.slice(parent.length);
    if (field.schema.type === 'object') {
      lines.push(`${indent}${name}:`, ...frontmatterLines(fields, request, `${field.path}.`, `${indent}  `));
      continue;
    }
    const { value, comment } = placeholder(field, request);
    lines.push(`${indent}${name}: ${value}${comment ? ` # ${comment}` : ''}`);
  }
  return lines;
}

/**
 * A new entry of `request.collection` titled `request.title`: its path and its text (frontmatter
 * with every required field, `draft: true`, and a body to replace), or the reason it cannot be
 * made. Pure: the caller writes the file.
 */
export function newEntry(request: NewEntryRequest): NewEntryResult {
  const problem = newEntryProblem(request.collection, request.title);
  if (problem) return { error: problem };
  const collection = request.collection as CollectionName;
  const id = idFromText(request.title);
  const folder = contentPathOf(collection);
  const taken = ['.mdx', '.md']
    .map((extension) => `${folder}${id}${extension}`)
    .find((path) => request.existingFiles.has(path));
  if (taken) return { error: `${taken} already exists: choose another title, or edit that file.` };
  const section = Object.values(collections).find((spec: CollectionSpec) => spec.section === id);
  if (collection === 'pages' && section) {
    return { error: `/${id}/ is the address of the ${en[section.label]} index: choose another title.` };
  }

  const canDraft = request.fields.some((field) => field.path === 'draft');
  const text = [
    '---',
    ...frontmatterLines(request.fields, request),
    ...(canDraft ? ['draft: true # set to false to publish'] : []),
    '---',
    '',
    '## TODO: a heading',
    '',
    'TODO: tell it from the sources, in your own words, and link the pages it concerns.',
    '',
    '<Aside type="gap">',
    '- TODO: what the sources do not say.',
    '</Aside>',
    '',
  ].join('\n');
  return { path: `${folder}${id}.mdx`, text };
}

/** Today in the editor's time zone, 'YYYY-MM-DD'. */
function localToday(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Reads the content under `root` (the fields come from this code's own schemas), makes the entry and
 * writes it there; prints one line and returns the exit code.
 */
export function runNewEntry(root: string, args: readonly string[], now: Date): number {
  const [collection = '', ...words] = args;
  const title = words.join(' ');
  const early = newEntryProblem(collection, title);
  if (early) {
    console.error(early);
    return 1;
  }
  const { entries, problems } = readContent(root);
  const ids: Partial<Record<CollectionName, string[]>> = {};
  for (const entry of entries) {
    const draft = (entry.data as { draft?: unknown } | null)?.draft === true;
    if (!draft) (ids[entry.collection] ??= []).push(entry.id);
  }
  const [{ fields, comments } = { fields: [], comments: new Map<string, string>() }] = collectionFields(projectRoot, [
    collection as CollectionName,
  ]);
  const result = newEntry({
    collection,
    title,
    today: localToday(now),
    existingFiles: new Set([...entries, ...problems].map((item) => item.file)),
    ids,
    fields,
    comments,
  });
  if ('error' in result) {
    console.error(result.error);
    return 1;
  }
  mkdirSync(dirname(join(root, result.path)), { recursive: true });
  writeFileSync(join(root, result.path), result.text);
  console.log(
    `Created ${result.path} (a draft: set draft: false to publish). The fields are described in content/FIELDS.md.`,
  );
  return 0;
}

if (import.meta.main) process.exitCode = runNewEntry(projectRoot, process.argv.slice(2), new Date());
