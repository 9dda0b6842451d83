// Run by plain Node (npm run fields, npm run new): relative imports with .ts extensions only.
import { z } from 'astro/zod';
import ts from 'typescript';
import { collections, contentPathOf, type CollectionName } from '../schemas/collections.ts';
import { isoDate } from '../schemas/dates.ts';
import type { SchemaTools } from '../schemas/shared.ts';

/**
 * The fields of a collection as an editor writes them, read from the schemas themselves: the
 * structure, types, defaults and allowed values from the Zod schemas at run time (Zod's JSON Schema
 * conversion, with stand-in tools that mark references, images and dates), the explanations from
 * the JSDoc comments in src/schemas/*.ts (read with the TypeScript compiler API). Used by the field
 * reference (content/FIELDS.md) and the scaffolder (npm run new).
 */

/** A node of Zod's JSON Schema output, with the marks the stand-in tools add. */
export interface FieldSchema {
  type?: string;
  enum?: readonly (string | number)[];
  const?: string | number;
  anyOf?: readonly FieldSchema[];
  not?: object;
  format?: string;
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  items?: FieldSchema;
  properties?: Record<string, FieldSchema>;
  required?: readonly string[];
  /** The collection whose entry ids the field takes. */
  'x-reference'?: CollectionName;
  /** The field is an image file path. */
  'x-image'?: true;
  /** The field is a 'YYYY-MM-DD' day. */
  'x-date'?: true;
}

/** One field, nested ones included, in the schema's order. */
export interface FieldInfo {
  /** `title`, `members.count`, `figures[].value`. */
  path: string;
  schema: FieldSchema;
  required: boolean;
  /** The optional group a required field sits in (`members`): required only when that is given. */
  within?: string;
  /** The values the field (or each item of a list) may take, for enums and fixed choices. */
  values: readonly (string | number)[];
  /** A field that must not be written at all (`slug`). */
  refused: boolean;
}

/**
 * A collection's schema as JSON Schema (the shape an editor writes: defaults make fields optional),
 * with `reference()`, `image()` and `isoDate` marked so they can be named in editors' words.
 */
export function fieldSchemaOf(collection: CollectionName): FieldSchema {
  const marks = new Map<unknown, Partial<FieldSchema>>([[isoDate, { 'x-date': true }]]);
  const tools: SchemaTools = {
    reference: (target) => {
      const schema = z.string();
      marks.set(schema, { 'x-reference': target });
      return schema as unknown as ReturnType<SchemaTools['reference']>;
    },
    image: () => {
      const schema = z.string();
      marks.set(schema, { 'x-image': true });
      return schema as unknown as ReturnType<SchemaTools['image']>;
    },
  };
  const factory = collections[collection].schema as (tools: SchemaTools) => z.ZodType;
  return z.toJSONSchema(factory(tools), {
    io: 'input',
    // isoDate is a refinement of unknown: it converts to {} and gets its mark.
    unrepresentable: 'any',
    override: (context) => Object.assign(context.jsonSchema, marks.get(context.zodSchema)),
  }) as FieldSchema;
}

/** The values a field, or each item of a list field, may take (enums and unions of fixed values). */
export function allowedValues(schema: FieldSchema): readonly (string | number)[] {
  if (schema.type === 'array' && schema.items) return allowedValues(schema.items);
  if (schema.enum) return schema.enum;
  const constants = schema.anyOf?.map((option) => option.const);
  return constants?.every((value) => value !== undefined) ? (constants as (string | number)[]) : [];
}

/** Every field of an object schema, depth first: `members`, then `members.count`, `members.unit`. */
export function flattenFields(schema: FieldSchema, prefix = '', within?: string): FieldInfo[] {
  const fields: FieldInfo[] = [];
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${name}`;
    const required = schema.required?.includes(name) ?? false;
    fields.push({
      path,
      schema: field,
      required,
      ...(within !== undefined ? { within } : {}),
      values: allowedValues(field),
      refused: field.not !== undefined,
    });
    const group = required ? within : path;
    if (field.type === 'object') fields.push(...flattenFields(field, `${path}.`, group));
    if (field.type === 'array' && field.items?.type === 'object') {
      fields.push(...flattenFields(field.items, `${path}[].`, group));
    }
  }
  return fields;
}

/** The fields of a collection, in the order of its schema. */
export function fieldsOf(collection: CollectionName): FieldInfo[] {
  return flattenFields(fieldSchemaOf(collection));
}

/** A schema source file: its path (for messages) and text. */
export interface SourceFile {
  path: string;
  text: string;
}

/**
 * The JSDoc comment above each field of a schema factory, by field path (`members.count`,
 * `figures[].id`), read from the schema files. Spreads (`...baseFields(tools)`, `...noSlug`),
 * shared schemas (`figureSchema(tools)`, `dateRange`, `keyFigureSchema`) and `z.array(…)` are
 * followed by name across the given files, so a comment is written once, above its field.
 */
export function schemaComments(files: readonly SourceFile[], factoryName: string): Map<string, string> {
  const declarations = new Map<string, ts.Expression>();
  for (const file of files) {
    const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
        const name = declaration.name.text;
        // Names are looked up across the folder: a name declared twice would be ambiguous.
        if (declarations.has(name)) throw new Error(`${name} is declared twice in the schema files`);
        declarations.set(name, declaration.initializer);
      }
    }
  }

  const comments = new Map<string, string>();
  const seen = new Set<ts.Node>();

  /** The expression a name, a call of a factory or a wrapper stands for. */
  const resolve = (node: ts.Expression): ts.Expression | undefined => {
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return node.expression;
    if (ts.isIdentifier(node)) return declarations.get(node.text);
    if (ts.isArrowFunction(node)) {
      if (!ts.isBlock(node.body)) return node.body;
      const last = node.body.statements.find(ts.isReturnStatement);
      return last?.expression;
    }
    return undefined;
  };

  /** Records the fields an expression describes, whatever wraps them (`.optional()`, `z.array()`). */
  const visit = (node: ts.Expression | undefined, prefix: string): void => {
    if (!node || seen.has(node)) return;
    seen.add(node);
    if (ts.isObjectLiteralExpression(node)) {
      visitObject(node, prefix);
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const [first] = node.arguments;
      if (ts.isPropertyAccessExpression(callee)) {
        const method = callee.name.text;
        if ((method === 'object' || method === 'strictObject') && first) visit(first, prefix);
        else if (method === 'array' && first) visit(first, `${prefix}[].`);
        else visit(callee.expression, prefix);
      } else {
        visit(resolve(callee), prefix);
      }
    } else {
      visit(resolve(node), prefix);
    }
    seen.delete(node);
  };

  const visitObject = (node: ts.ObjectLiteralExpression, prefix: string): void => {
    for (const property of node.properties) {
      if (ts.isSpreadAssignment(property)) {
        visit(property.expression, prefix);
      } else if (
        ts.isPropertyAssignment(property) &&
        (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))
      ) {
        const path = `${prefix}${property.name.text}`;
        const comment = jsDocOf(property);
        if (comment) comments.set(path, comment);
        visit(property.initializer, `${path}.`);
      }
    }
  };

  const factory = declarations.get(factoryName);
  if (!factory) throw new Error(`no schema named ${factoryName} in ${files.map((file) => file.path).join(', ')}`);
  visit(factory, '');
  // `a.[].b` (a list's items) reads `a[].b`.
  return new Map([...comments].map(([path, comment]) => [path.replaceAll('.[]', '[]'), comment]));
}

/** The JSDoc comment written above a node, on one line. */
function jsDocOf(node: ts.Node): string | undefined {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const text = docs.map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '').join(' ');
  return text.replace(/\s+/g, ' ').trim() || undefined;
}

/** How an editor writes the id of an entry of `collection`, singular or plural. */
export function referenceWords(collection: CollectionName, plural = false): string {
  const where = contentPathOf(collection);
  const isFile = 'file' in collections[collection];
  if (isFile) return plural ? `ids of terms in ${where}` : `the id of a term in ${where}`;
  return plural ? `ids of entries in ${where}` : `the id of an entry in ${where}`;
}
