import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { entryOfFile, readContent } from '~/build/content-files';
import { collectionFields } from '~/build/field-reference';
import { newEntry, runNewEntry, type NewEntryRequest } from '~/build/new-entry';
import { flattenFields } from '~/build/schema-fields';
import { checkEntries, type ContentEntry } from '~/lib/content-check';
import { collections, folderCollections, type CollectionName } from '~/schemas/collections';
import { rootDir } from '../support/paths';

/**
 * The scaffolder (`npm run new`): what it refuses and how it says so, and that what it writes
 * for every folder collection passes the content check beside the real content, as a draft and
 * once published. tests/build/new-entry.test.ts builds its output.
 */

const real = readContent(rootDir);
const sections = collectionFields(rootDir);
const publishedIds: Partial<Record<CollectionName, string[]>> = {};
for (const entry of real.entries) {
  if ((entry.data as { draft?: unknown }).draft !== true) (publishedIds[entry.collection] ??= []).push(entry.id);
}

/** A request for `collection` against the real content, on a fixed day. */
function request(collection: string, title: string): NewEntryRequest {
  const section = sections.find((item) => item.collection === collection);
  return {
    collection,
    title,
    today: '2026-03-14',
    existingFiles: new Set(real.entries.map((entry) => entry.file)),
    ids: publishedIds,
    fields: section?.fields ?? [],
    comments: section?.comments ?? new Map(),
  };
}

/** The file made, or the test fails with the refusal. */
function made(collection: string, title: string): { path: string; text: string } {
  const result = newEntry(request(collection, title));
  if ('error' in result) throw new Error(result.error);
  return result;
}

/** Content-check problems of scaffolded files, checked together with the real content (one check: it reads every entry). */
function problemsOf(collection: CollectionName, files: ReadonlyArray<{ path: string; text: string }>) {
  const added = files.map(({ path, text }) =>
    entryOfFile(collection, path.slice(`content/${collection}/`.length), text),
  );
  const entries = added.filter((entry): entry is ContentEntry => !('message' in entry));
  const paths = new Set(files.map((file) => file.path));
  return [
    ...added.filter((entry) => 'message' in entry),
    ...checkEntries([...real.entries, ...entries], { imageExists: () => true }).filter((p) => paths.has(p.file)),
  ];
}

const errorOf = (collection: string, title: string) => {
  const result = newEntry(request(collection, title));
  return 'error' in result ? result.error : undefined;
};

describe('npm run new refuses, in one line', () => {
  it('an unknown collection, listing the known ones', () => {
    expect(errorOf('case-studies', 'Tea')).toBe(
      'Unknown collection "case-studies": use one of pages, experiences, lessons, plans, related, journal, organisations, places, sources.',
    );
    expect(errorOf('', '')).toMatch(/^Usage: npm run new -- <collection> "<title>" \(collections: pages, /);
  });

  it('the glossary, saying how to add a term instead', () => {
    expect(errorOf('glossary', 'PPP')).toBe(
      'content/glossary.yaml is one file, not a folder of entries: add a term there as "- id: <id>" with term, definition and sources (see content/FIELDS.md).',
    );
  });

  it('an empty title, and one that gives no file name', () => {
    expect(errorOf('lessons', '   ')).toBe('Give a title: npm run new -- lessons "<title>".');
    expect(errorOf('places', 'ອັດຕະປື')).toMatch(/^The title "ອັດຕະປື" gives no file name: it needs Latin letters/);
  });

  it('a page at the address of a section index', () => {
    expect(errorOf('pages', 'Lessons')).toBe('/lessons/ is the address of the Lessons index: choose another title.');
  });

  it('a name that exists, naming the file', () => {
    expect(errorOf('experiences', 'Coffee — Dakseum')).toBe(
      'content/experiences/coffee-dakseum.mdx already exists: choose another title, or edit that file.',
    );
    expect(errorOf('sources', 'Invitation 2013')).toBe(
      'content/sources/invitation-2013.md already exists: choose another title, or edit that file.',
    );
  });
});

describe('a scaffolded entry', () => {
  it.each(folderCollections)(
    'of %s passes the content check beside the real content, as a draft and published',
    (c) => {
      const { path, text } = made(c, `Scaffolded ${c}`);
      expect(path).toBe(`content/${collections[c].folder}/scaffolded-${c}.mdx`);
      expect(text).toMatch(/\ndraft: true\b/);
      const published = {
        path: path.replace('.mdx', '-published.mdx'),
        text: text.replace('draft: true', 'draft: false'),
      };
      expect(problemsOf(c, [{ path, text }, published])).toEqual([]);
    },
  );

  it('is checked for real: without its summary it fails', () => {
    const { path, text } = made('lessons', 'Broken');
    expect(problemsOf('lessons', [{ path, text: text.replace(/^summary:.*\n/m, '') }])).toEqual([
      { file: path, field: 'summary', message: 'required field is missing' },
    ]);
  });

  it('takes its file name from the title: lowercase, hyphens, accents removed', () => {
    expect(made('places', 'Xékong Province (Laos)').path).toBe('content/places/xekong-province-laos.mdx');
  });

  it('keeps the title as typed, quoted for YAML', () => {
    expect(made('lessons', "Farmers' own rules: a lesson").text).toContain("title: 'Farmers'' own rules: a lesson'\n");
  });

  it('fills enums with the first value and lists the others in a comment', () => {
    const { text } = made('experiences', 'Tea in Paksong');
    expect(text).toContain('\nprovince: attapeu # or: champasak, oudomxay, sayaboury\n');
    expect(text).toContain('\nkind: programme # or: producer-group\n');
    expect(text).toMatch(/\nsectors: \[asparagus\] # TODO: pick one or more of: asparagus, natural-dyes, coffee/);
    expect(text).toContain("\nsummary: 'TODO: two sentences a donor could quote.'\n");
  });

  it('points sources and required references at existing entries, with a TODO', () => {
    const { text } = made('plans', 'A new plan');
    expect(text).toContain(`\nsources: [${publishedIds.sources?.[0]}] # TODO: the documents this entry draws on`);
    expect(text).toContain(
      `\norganisation: ${publishedIds.organisations?.[0]} # TODO: the id of an entry in content/organisations/\n`,
    );
    expect(text).not.toMatch(/^(lessons|experiences):/m);
  });

  it('dates a dated entry with the day passed in, in quotes', () => {
    expect(made('journal', 'News').text).toContain("\ndate: '2026-03-14'\n");
  });

  it('nests a required group of fields under its name', () => {
    const date = { 'x-date': true } as const;
    const fields = flattenFields({
      type: 'object',
      properties: {
        title: { type: 'string' },
        held: { type: 'object', properties: { start: date, end: date }, required: ['start', 'end'] },
      },
      required: ['title', 'held'],
    });
    const result = newEntry({ ...request('pages', 'Held'), fields });
    expect('text' in result && result.text).toContain(
      "title: 'Held'\nheld:\n  start: '2026-03-14'\n  end: '2026-03-14'\n---",
    );
  });

  it('has a body with a heading and a gap aside to fill', () => {
    const body = made('lessons', 'Body').text.split('\n---\n')[1] ?? '';
    expect(body).toMatch(/^\n## TODO/);
    expect(body).toMatch(/<Aside type="gap">\n- TODO: .*\n<\/Aside>\n$/);
  });
});

describe('the runner', () => {
  const dir = mkdtempSync(join(tmpdir(), 'new-entry-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(join(rootDir, 'tests/fixtures/minimal-content'), join(dir, 'content'), { recursive: true });

  it('writes the file and says so; refuses with exit code 1 and one line', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const now = new Date(2026, 2, 14, 23, 30);
    expect(runNewEntry(dir, ['journal', 'Route', 'diary'], now)).toBe(0);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^Created content\/journal\/route-diary\.mdx/));
    expect(readFileSync(join(dir, 'content/journal/route-diary.mdx'), 'utf8')).toContain("date: '2026-03-14'");
    expect(runNewEntry(dir, ['journal', 'Route diary'], now)).toBe(1);
    expect(error).toHaveBeenLastCalledWith(
      'content/journal/route-diary.mdx already exists: choose another title, or edit that file.',
    );
    expect(runNewEntry(dir, ['nope', 'x'], now)).toBe(1);
    expect(existsSync(join(dir, 'content/nope'))).toBe(false);
    log.mockRestore();
    error.mockRestore();
  });
});
