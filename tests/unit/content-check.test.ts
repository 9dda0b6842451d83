import { describe, expect, it } from 'vitest';
import { checkEntries, closest, fieldPath, formatProblems, lineOf, type ContentEntry } from '~/lib/content-check';

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

  it('names the field of a partnership without a source, or with neither organisation nor name', () => {
    const problems = checkEntries(
      withExperience((d) => {
        d['partnerships'] = [
          { sector: 'public', organisation: 'org', gives: 'supports the group' },
          { sector: 'private', gives: 'buys the harvest', source: 's1' },
        ];
      }),
      noImages,
    );
    expect(problems).toEqual([
      {
        file: 'content/experiences/group.mdx',
        field: 'partnerships[0].source',
        message: 'must be the id of an entry in content/sources/',
      },
      {
        file: 'content/experiences/group.mdx',
        field: 'partnerships[1].organisation',
        message:
          'organisation or name is required: the id of a named partner, or what to call one the sources do not name',
      },
    ]);
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

describe('<Figure> in MDX bodies', () => {
  const good = 'src="./nursery.jpg" alt="Seedlings in bags" caption="The nursery." credit="Photo: A, CC BY 4.0"';
  const withFigure = (figure: string) => withExperience(() => undefined, `Line one.\n\n${figure}`);
  const files = { imageExists: (file: string, src: string) => file.endsWith('group.mdx') && src === './nursery.jpg' };
  const messages = (figure: string) =>
    checkEntries(withFigure(figure), files).map((p) => `${p.file}:${p.line} ${p.message}`);

  it('accepts a photograph next to the entry with alt text, caption and credit, on one line or several', () => {
    expect(messages(`<Figure ${good} />`)).toEqual([]);
    expect(messages(`<Figure\n  ${good.replaceAll('" ', '"\n  ')}\n  fullSize\n/>`)).toEqual([]);
  });

  it('names the file, line and attribute of a missing or empty alt, caption or credit', () => {
    expect(messages('<Figure src="./nursery.jpg" caption="" credit="Photo: A" />')).toEqual([
      'content/experiences/group.mdx:9 <Figure> alt is missing: describe what the photograph shows, for readers who cannot see it',
      'content/experiences/group.mdx:9 <Figure> caption is empty: say what the photograph is about: who or what, where, when',
    ]);
    expect(messages(`<Figure\n  src="./nursery.jpg"\n  alt="A"\n  caption="C"\n  credit=" "\n/>`)).toEqual([
      'content/experiences/group.mdx:13 <Figure> credit is empty: name who took the photograph and its licence, e.g. credit="Photo: name, CC BY 4.0"',
    ]);
  });

  it('names a photograph file that is missing, not a photograph, remote or not given', () => {
    const rest = 'alt="A" caption="C" credit="P"';
    expect(messages(`<Figure src="./nursery.jpeg" ${rest} />`)).toEqual([
      'content/experiences/group.mdx:9 <Figure> image file not found: "./nursery.jpeg" (paths are relative to the entry\'s file)',
    ]);
    expect(messages(`<Figure src="./map.svg" ${rest} />`)[0]).toMatch(/src "\.\/map\.svg" is not a photograph file/);
    expect(messages(`<Figure src="https://example.org/a.jpg" ${rest} />`)[0]).toMatch(/not a web address/);
    expect(messages(`<Figure ${rest} />`)[0]).toMatch(/:9 <Figure> src is missing/);
  });

  it('suggests the right name for a mistyped attribute, and trusts expressions and spreads', () => {
    expect(messages(`<Figure ${good} credits="x" />`)).toEqual([
      'content/experiences/group.mdx:9 <Figure> has an unknown attribute "credits". Did you mean "credit"?',
    ]);
    expect(messages('<Figure src={photo} alt={text} caption="C" credit="P" />')).toEqual([]);
    expect(messages('<Figure {...photo} />')).toEqual([]);
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
