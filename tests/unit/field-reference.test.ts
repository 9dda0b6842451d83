import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  collectionFields,
  fieldReferencePath,
  renderFieldReference,
  renderFieldTable,
  requiredWords,
  typeWords,
} from '~/build/field-reference';
import { fieldsOf, schemaComments } from '~/build/schema-fields';
import { collectionNames } from '~/schemas/collections';
import { provinces } from '~/schemas/vocabulary';
import { rootDir } from '../support/paths';

/**
 * The field reference editors read (content/FIELDS.md) is generated from the schemas: it must never
 * drift from them, and each of its pieces (types, required, values, comments, nested names) is
 * checked on its own.
 */

const sections = collectionFields(rootDir);
const sectionOf = (collection: string) => {
  const section = sections.find((item) => item.collection === collection);
  if (!section) throw new Error(`no section for ${collection}`);
  return section;
};
/** The table row of a field, as rendered. */
const rowOf = (collection: string, path: string) => {
  const { fields, comments } = sectionOf(collection);
  return renderFieldTable(fields, comments)
    .split('\n')
    .find((line) => line.startsWith(`| \`${path}\` |`));
};

describe('content/FIELDS.md', () => {
  it('matches the schemas (run npm run fields when this fails)', () => {
    const committed = readFileSync(join(rootDir, fieldReferencePath), 'utf8');
    expect(
      renderFieldReference(sections) === committed,
      `${fieldReferencePath} is out of date with src/schemas: run npm run fields`,
    ).toBe(true);
  });

  it('has one section per collection, with its folder or file and URL', () => {
    const text = renderFieldReference(sections);
    expect(text.match(/^## /gm)).toHaveLength(collectionNames.length);
    expect(text).toContain('## Case studies (`experiences`)');
    expect(text).toContain('Folder: `content/experiences/`');
    expect(text).toContain('Address: `/case-studies/<id>/`');
    expect(text).toContain('File: `content/glossary.yaml`');
    expect(text).toContain('Address: `/glossary/#<id>`');
  });
});

describe('a row of the reference', () => {
  it('lists the allowed values of an enum field, from the vocabulary', () => {
    expect(rowOf('experiences', 'province')).toContain(provinces.map((value) => `\`${value}\``).join(', '));
    expect(rowOf('experiences', 'sectors')).toMatch(/list of allowed values, at least 1 .*`coffee`/);
    expect(rowOf('plans', 'rank')).toContain('`1`, `2`, `3`');
  });

  it('says whether a field is required, and its default when it has one', () => {
    expect(rowOf('experiences', 'title')).toMatch(/^\| `title` \| text \| required \|/);
    expect(rowOf('experiences', 'draft')).toContain('| optional (default: `false`) |');
    expect(rowOf('experiences', 'organisations')).toContain('| optional (default: an empty list) |');
    expect(rowOf('experiences', 'since')).toMatch(/\| whole number, from 1900 to 2100 \| optional \|/);
    expect(rowOf('experiences', 'members.count')).toContain('| required when `members` is given |');
    expect(rowOf('pages', 'slug')).toContain('| not allowed | never |');
  });

  it('carries the JSDoc comment written above the field, through spreads and shared schemas', () => {
    expect(rowOf('experiences', 'title')).toContain('Title shown as the page heading and in search results.');
    expect(rowOf('experiences', 'hero.alt')).toContain('What the picture shows, for readers who cannot see it.');
    expect(rowOf('pages', 'planned.start')).toContain("First day, 'YYYY-MM-DD'.");
    expect(rowOf('related', 'figures[].id')).toContain('Stable id');
    expect(rowOf('places', 'lao.name')).toContain('The name in Lao script.');
  });

  it('names the type in editors’ words', () => {
    expect(rowOf('journal', 'date')).toContain("| date 'YYYY-MM-DD' in quotes | required |");
    expect(rowOf('plans', 'organisation')).toContain('| the id of an entry in content/organisations/ | required |');
    expect(rowOf('experiences', 'places')).toContain('| list of ids of entries in content/places/, at least 1 |');
    expect(rowOf('experiences', 'hero.src')).toContain('| image file path, relative to the entry |');
    expect(rowOf('sources', 'url')).toContain('| web address |');
    expect(rowOf('experiences', 'draft')).toContain('yes/no');
    expect(typeWords({ type: 'array', items: { type: 'string' } })).toBe('list of texts');
    expect(requiredWords({ path: 'x', schema: {}, required: false, values: [], refused: false })).toBe('optional');
  });
});

describe('the fields of a collection', () => {
  it('name nested fields a.b and the fields of list items a[].b', () => {
    const paths = (collection: (typeof collectionNames)[number]) => fieldsOf(collection).map((field) => field.path);
    expect(paths('experiences')).toEqual(
      expect.arrayContaining(['members', 'members.count', 'members.unit', 'hero.src']),
    );
    expect(paths('related')).toEqual(expect.arrayContaining(['figures', 'figures[].id', 'figures[].value']));
  });

  it('every one has a comment (write a JSDoc comment above each new field)', () => {
    const missing = sections.flatMap(({ collection, fields, comments }) =>
      fields.filter((field) => !comments.has(field.path)).map((field) => `${collection}: ${field.path}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('reading comments from schema source', () => {
  const files = [
    {
      path: 'shared.ts',
      text: `export const base = () => ({\n  /** The title. */\n  title: text('title'),\n  ...extra,\n});\nexport const extra = {\n  /** Never. */\n  slug: z.never(),\n};`,
    },
    {
      path: 'entries.ts',
      text: `export const item = z.object({\n  /** The value. */\n  value: z.number(),\n});\nexport const thing = (tools) =>\n  z.object({\n    ...base(tools),\n    /** Items. */\n    items: z.array(item).default([]),\n    group: z.strictObject({\n      /** Inner. */\n      inner: z.string(),\n    }).optional(),\n  });`,
    },
  ];

  it('follows spreads, names, lists and strict objects across files, and skips fields without a comment', () => {
    expect(Object.fromEntries(schemaComments(files, 'thing'))).toEqual({
      title: 'The title.',
      slug: 'Never.',
      items: 'Items.',
      'items[].value': 'The value.',
      'group.inner': 'Inner.',
    });
  });

  it('refuses a factory it cannot find', () => {
    expect(() => schemaComments(files, 'nothing')).toThrow(/no schema named nothing/);
  });
});
