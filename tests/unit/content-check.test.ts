import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkProject, imageFileExists } from '~/build/content-check';
import { readContent } from '~/build/content-files';
import { checkEntries, closest, fieldPath, formatProblems, lineOf, type ContentEntry } from '~/lib/content-check';
import { collectionNames } from '~/schemas/collections';
import { rootDir } from '../support/paths';

const source = (frontmatter: string, body = 'Text.') => `---\n${frontmatter}\n---\n\n${body}\n`;

/** A small valid set: a source, an organisation, a place, a case study and a glossary term. */
function entries(): ContentEntry[] {
  return [
    {
      collection: 'sources',
      id: 's1',
      file: 'content/sources/s1.md',
      data: { title: 'S', summary: 'S.', kind: 'primary', publisher: 'P', published: '2013' },
    },
    {
      collection: 'organisations',
      id: 'org',
      file: 'content/organisations/org.mdx',
      data: { title: 'O', summary: 'O.', sources: ['s1'], type: 'programme' },
    },
    {
      collection: 'places',
      id: 'village',
      file: 'content/places/village.mdx',
      data: { title: 'V', summary: 'V.', sources: ['s1'], kind: 'village' },
    },
    {
      collection: 'experiences',
      id: 'group',
      file: 'content/experiences/group.mdx',
      data: {
        title: 'G',
        summary: 'G.',
        sources: ['s1'],
        order: 1,
        kind: 'producer-group',
        province: 'attapeu',
        sectors: ['coffee'],
        places: ['village'],
        organisations: ['org'],
      },
      source: source('title: G\norganisations: [org]', 'A <Term id="ppp">PPP</Term>.'),
    },
    {
      collection: 'glossary',
      id: 'ppp',
      file: 'content/glossary.yaml',
      data: { id: 'ppp', term: 'PPP', definition: 'D.', sources: ['s1'] },
    },
  ];
}

const noImages = { imageExists: () => false };

function withExperience(change: (data: Record<string, unknown>) => void, body?: string): ContentEntry[] {
  return entries().map((entry) => {
    if (entry.collection !== 'experiences') return entry;
    const data = { ...(entry.data as Record<string, unknown>) };
    change(data);
    const frontmatter = 'title: G\norganisations: [nobody]\nhero: x';
    return {
      ...entry,
      data,
      ...(body ? { source: source(frontmatter, body), yaml: { text: frontmatter, firstLine: 2 } } : {}),
    };
  });
}

describe('checkEntries', () => {
  it('finds nothing wrong with a valid set', () => {
    expect(checkEntries(entries(), noImages)).toEqual([]);
  });

  it('names the file and field of a missing required field', () => {
    const problems = checkEntries(
      withExperience((d) => delete d['summary']),
      noImages,
    );
    expect(problems).toEqual([
      { file: 'content/experiences/group.mdx', field: 'summary', message: 'required field is missing' },
    ]);
  });

  it('shows the value read for a wrong type', () => {
    const [problem] = checkEntries(
      withExperience((d) => (d['order'] = 'first')),
      noImages,
    );
    expect(problem?.field).toBe('order');
    expect(problem?.message).toBe('order must be a number (found "first")');
  });

  it('names a reference to an entry that does not exist, with the line and a suggestion', () => {
    const problems = checkEntries(
      withExperience((d) => (d['organisations'] = ['orgg']), 'Body.'),
      noImages,
    );
    expect(problems).toEqual([
      {
        file: 'content/experiences/group.mdx',
        field: 'organisations[0]',
        line: 3,
        message: '"orgg" is not an entry: there is no content/organisations/orgg.mdx. Did you mean "org"?',
      },
    ]);
  });

  it('refuses a published entry that refers to a draft, but lets a draft do it', () => {
    const set = entries().map((entry) =>
      entry.id === 'org' ? { ...entry, data: { ...(entry.data as object), draft: true } } : entry,
    );
    expect(checkEntries(set, noImages).map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/experiences/group.mdx organisations[0]',
    ]);
    const bothDrafts = set.map((entry) =>
      entry.id === 'group' ? { ...entry, data: { ...(entry.data as object), draft: true } } : entry,
    );
    expect(checkEntries(bothDrafts, noImages)).toEqual([]);
  });

  it('names a frontmatter image that is missing, not an image, or remote', () => {
    const hero = (src: string) => withExperience((d) => (d['hero'] = { src, alt: 'A field', credit: 'Me' }));
    expect(checkEntries(hero('./missing.png'), noImages)).toEqual([
      {
        file: 'content/experiences/group.mdx',
        field: 'hero.src',
        message: 'image file not found: "./missing.png" (paths are relative to the entry\'s file)',
      },
    ]);
    expect(checkEntries(hero('./notes.txt'), noImages)[0]?.message).toMatch(/is not an image file/);
    expect(checkEntries(hero('https://example.org/a.png'), noImages)[0]?.message).toMatch(/not a web address/);
    expect(
      checkEntries(hero('./here.png'), {
        imageExists: (file, src) => file.endsWith('group.mdx') && src === './here.png',
      }),
    ).toEqual([]);
  });

  it('names empty alt text on a frontmatter image', () => {
    const problems = checkEntries(
      withExperience((d) => (d['hero'] = { src: './a.png', alt: '', credit: 'Me' })),
      { imageExists: () => true },
    );
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual(['hero.alt: alt text is required for every image']);
  });

  it('names an unknown <Term id> in an MDX body with its line', () => {
    const problems = checkEntries(
      withExperience(() => undefined, 'Line one.\n\nA <Term id="pp">PPP</Term>.'),
      noImages,
    );
    expect(problems).toEqual([
      {
        file: 'content/experiences/group.mdx',
        line: 9,
        message: '<Term id="pp">: there is no term "pp" in content/glossary.yaml. Did you mean "ppp"?',
      },
    ]);
  });
});

describe('helpers', () => {
  it('writes field paths as an editor reads them', () => {
    expect(fieldPath(['hero', 'src'])).toBe('hero.src');
    expect(fieldPath(['organisations', 0])).toBe('organisations[0]');
    expect(fieldPath(['figures', 1, 'value'])).toBe('figures[1].value');
  });

  it('suggests only close ids', () => {
    expect(closest('coffee-dakseum', ['coffee-dakseum2', 'rlip'])).toBe('coffee-dakseum2');
    expect(closest('nobody', ['test-org'])).toBeUndefined();
  });

  it('finds lines', () => {
    expect(lineOf('a\nb\nc', 'c')).toBe(3);
    expect(lineOf('a', 'z')).toBeUndefined();
  });

  it('formats a report grouped by file', () => {
    const report = formatProblems([
      { file: 'content/a.mdx', field: 'summary', line: 3, message: 'required field is missing' },
      { file: 'content/a.mdx', line: 9, message: 'bad term' },
      { file: 'content/b.mdx', message: 'oops' },
    ]);
    expect(report).toContain('3 problems in 2 files');
    expect(report).toContain('content/a.mdx\n  - summary (line 3): required field is missing\n  - line 9: bad term');
    expect(report).toContain('content/b.mdx\n  - oops');
  });
});

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
