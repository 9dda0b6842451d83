import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkProject, imageFileExists } from '~/build/content-check';
import { readContent } from '~/build/content-files';
import { collectionNames } from '~/schemas/collections';
import { rootDir } from '../support/paths';

/**
 * The content check over files on disk: a copy of the minimal fixture, broken one way at a time
 * (file names, slug:, dates, YAML), and the real content, which must pass.
 */

const source = (frontmatter: string, body = 'Text.') => `---\n${frontmatter}\n---\n\n${body}\n`;

describe('reading a project', () => {
  const dir = mkdtempSync(join(tmpdir(), 'content-check-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(join(rootDir, 'tests/fixtures/minimal-content'), join(dir, 'content'), { recursive: true });

  it('reads every collection of the minimal fixture and finds it valid', () => {
    const { entries: read, problems } = readContent(dir);
    expect(problems).toEqual([]);
    expect(new Set(read.map((entry) => entry.collection))).toEqual(new Set(collectionNames));
    expect(checkProject(dir)).toEqual([]);
  });

  it('resolves image paths relative to the entry', () => {
    writeFileSync(join(dir, 'content/experiences/pic.png'), '');
    expect(imageFileExists(dir, 'content/experiences/test-group.mdx', './pic.png')).toBe(true);
    expect(imageFileExists(dir, 'content/experiences/test-group.mdx', '../pic.png')).toBe(false);
  });

  it('reports frontmatter that is not YAML', () => {
    writeFileSync(join(dir, 'content/lessons/broken.mdx'), source('title: [unclosed'));
    expect(checkProject(dir).map((p) => p.file)).toEqual(['content/lessons/broken.mdx']);
  });

  it('names the term and its line for a glossary problem', () => {
    writeFileSync(
      join(dir, 'content/glossary.yaml'),
      '- id: ppp\n  term: PPP\n  definition: A partnership.\n  sources: [test-source]\n- id: rlip\n  term: RLIP\n  sources: [test-source]\n',
    );
    expect(checkProject(dir).filter((p) => p.file === 'content/glossary.yaml')).toEqual([
      { file: 'content/glossary.yaml', field: 'rlip.definition', line: 5, message: 'required field is missing' },
    ]);
  });

  it('refuses a slug: field, naming file, field and line', () => {
    const file = 'content/organisations/other-name.mdx';
    writeFileSync(
      join(dir, file),
      source('title: O\nslug: renamed-org\nsummary: O.\nsources: [test-source]\ntype: programme'),
    );
    expect(checkProject(dir).filter((p) => p.file === file)).toEqual([
      {
        file,
        field: 'slug',
        line: 3,
        message:
          'slug: is not allowed: the URL comes from the file name; rename the file instead (found "renamed-org")',
      },
    ]);
    rmSync(join(dir, file));
  });

  it('refuses a file name that is not a clean URL segment, with a suggestion', () => {
    for (const name of ['Coffee Farm.mdx', 'Coffee.mdx', 'sub/group.mdx']) {
      const file = join(dir, 'content/organisations', name);
      mkdirSync(join(file, '..'), { recursive: true });
      cpSync(join(dir, 'content/organisations/test-org.mdx'), file);
      const problems = checkProject(dir).filter((p) => p.file === `content/organisations/${name}`);
      expect(problems.map((p) => p.message).join(), name).toMatch(
        /cannot be a URL: use lowercase letters, digits and hyphens/,
      );
      rmSync(file);
    }
    expect(checkProject(dir).filter((p) => p.file.includes('Coffee'))).toEqual([]);
  });

  it('refuses an impossible date and a range that ends before it starts, naming field and line', () => {
    const route = join(dir, 'content/pages/route.mdx');
    const before = readFileSync(route, 'utf8');
    writeFileSync(
      route,
      before
        .replace(/^planned: .*$/m, "planned:\n  start: '2013-02-30'\n  end: '2013-02-08'")
        .replace(/^held: .*$/m, "held:\n  start: '2013-03-01'\n  end: '2013-02-25'"),
    );
    const problems = checkProject(dir).filter((p) => p.file === 'content/pages/route.mdx');
    writeFileSync(route, before);
    expect(problems).toEqual([
      {
        file: 'content/pages/route.mdx',
        field: 'planned.start',
        line: 6,
        message: '2013-02-30 is not a day of the calendar',
      },
      {
        file: 'content/pages/route.mdx',
        field: 'held.end',
        line: 10,
        message: 'ends (2013-02-25) before it starts (2013-03-01)',
      },
    ]);
  });

  it('asks for quotes round an unquoted date (YAML would shift 2013-02-30 to March)', () => {
    const post = join(dir, 'content/journal/test-post.mdx');
    const before = readFileSync(post, 'utf8');
    writeFileSync(post, before.replace(/^date: .*$/m, 'date: 2013-02-30'));
    const problems = checkProject(dir).filter((p) => p.file === 'content/journal/test-post.mdx');
    writeFileSync(post, before);
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      "date: put the date in quotes, e.g. '2013-02-25' (YYYY-MM-DD)",
    ]);
  });

  it('names a YAML syntax error in the glossary', () => {
    const glossary = join(dir, 'content/glossary.yaml');
    const before = readFileSync(glossary, 'utf8');
    writeFileSync(glossary, `${before}- id: broken\n  term: [unclosed\n`);
    const problems = checkProject(dir).filter((p) => p.file === 'content/glossary.yaml');
    writeFileSync(glossary, before);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^not valid YAML: /);
  });

  it('passes the real content', () => {
    expect(checkProject(rootDir)).toEqual([]);
  });
});
