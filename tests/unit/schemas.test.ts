// Over 250 lines on purpose: every schema's valid fixture and its failure cases, read side by side.
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  experienceSchema,
  glossarySchema,
  journalSchema,
  keyFigureSchema,
  lessonSchema,
  organisationSchema,
  pageSchema,
  placeSchema,
  planSchema,
  relatedSchema,
  sourceSchema,
} from '~/schemas/entries';
import { headlineFigureSchema } from '~/schemas/figures';
import type { SchemaTools } from '~/schemas/shared';
import { provinces } from '~/schemas/vocabulary';

/** Stand-ins for Astro's `reference()` and `image()`: plain strings, so the schemas run in Node. */
const tools = {
  reference: () => z.string(),
  image: () => z.string(),
} as unknown as SchemaTools;

const base = { title: 'A title', summary: 'A summary.', sources: ['test-source'] };

/** A valid entry of every collection, as in tests/fixtures/minimal-content. */
const valid = {
  pages: {
    schema: pageSchema(tools),
    data: {
      ...base,
      planned: { start: '2013-02-04', end: '2013-02-08' },
      plansDesigned: 3,
      organisations: ['test-org'],
      keyFigures: [{ value: 11, text: 'plans were designed', source: 'test-source' }],
    },
  },
  experiences: {
    schema: experienceSchema(tools),
    data: {
      ...base,
      order: 1,
      kind: 'producer-group',
      province: 'attapeu',
      sectors: ['coffee'],
      places: ['test-village'],
      organisations: ['test-org'],
      since: 1994,
      members: { count: 21, unit: 'families' },
      partnerships: [
        { sector: 'private', organisation: 'test-buyer', gives: 'buys the harvest directly', source: 'test-source' },
        { sector: 'private', name: 'Private companies', gives: 'buy the textiles', source: 'test-source' },
      ],
      hero: { src: './field.png', alt: 'A coffee field', credit: 'Test, CC BY 4.0' },
      keyFigures: [{ value: 1994, format: 'year', text: 'is when it began', source: 'test-source' }],
    },
  },
  lessons: {
    schema: lessonSchema(tools),
    data: { ...base, order: 1, level: 'community', experiences: ['test-group'] },
  },
  plans: {
    schema: planSchema(tools),
    data: { ...base, rank: 1, order: 1, organisation: 'test-org', sectors: ['coffee'], lessons: ['test-lesson'] },
  },
  related: {
    schema: relatedSchema(tools),
    data: {
      ...base,
      order: 1,
      code: 'LAO/I28',
      province: 'oudomxay',
      sectors: ['alternative-livelihoods'],
      when: 'around 2009',
      figures: [{ id: 'households', value: 831, unit: 'households', label: 'benefiting', group: 'Livelihoods' }],
      keyFigures: [{ value: 831, text: 'households benefit', source: 'test-source' }],
    },
  },
  journal: { schema: journalSchema(tools), data: { ...base, date: '2013-03-01', experiences: ['test-group'] } },
  organisations: { schema: organisationSchema(tools), data: { ...base, type: 'programme', shortName: 'TO' } },
  places: {
    schema: placeSchema(tools),
    data: { ...base, kind: 'village', variants: ['Test Vilage'], lao: { name: 'ສານໄຊ', source: 'test-source' } },
  },
  sources: {
    schema: sourceSchema(),
    data: { title: 'A source', summary: 'A source.', kind: 'primary', publisher: 'Someone', published: '2013' },
  },
  glossary: {
    schema: glossarySchema(tools),
    data: { term: 'PPP', definition: 'A partnership.', sources: ['test-source'] },
  },
} satisfies Record<string, { schema: z.ZodType; data: Record<string, unknown> }>;

/** The issues of a failed parse, as "path: message" lines. */
function issuesOf(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  expect(result.success, 'the parse should fail').toBe(false);
  return (result.error?.issues ?? []).map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`);
}

/** Removes a field from a copy of an object. */
function without<T extends Record<string, unknown>>(data: T, field: string): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...data };
  delete copy[field];
  return copy;
}

describe.each(Object.entries(valid))('the %s schema', (_name, { schema, data }) => {
  it('accepts a valid entry', () => {
    const result = schema.safeParse(data);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('refuses an entry without a title, naming the field', () => {
    const name = 'term' in data ? 'term' : 'title';
    const issues = issuesOf(schema, without(data, name));
    expect(issues).toEqual([`${name}: ${name} is required`]);
  });

  it('refuses an empty title', () => {
    const name = 'term' in data ? 'term' : 'title';
    expect(issuesOf(schema, { ...data, [name]: '   ' })).toEqual([`${name}: ${name} must not be empty`]);
  });

  it('refuses an entry without sources, or with a number where an id belongs', () => {
    if (!('sources' in data)) return;
    expect(issuesOf(schema, { ...data, sources: [] })).toEqual(['sources: sources must name at least one source']);
    expect(issuesOf(schema, { ...data, sources: [7] })[0]).toMatch(/^sources\.0: /);
  });
});

describe('field rules', () => {
  it('names a missing summary', () => {
    expect(issuesOf(valid.experiences.schema, without(valid.experiences.data, 'summary'))).toEqual([
      'summary: summary is required',
    ]);
  });

  it('refuses a summary over 300 characters', () => {
    expect(issuesOf(valid.lessons.schema, { ...valid.lessons.data, summary: 'x'.repeat(301) })).toEqual([
      'summary: summary must be at most 300 characters',
    ]);
  });

  it('names a wrong type: order written as a word', () => {
    expect(issuesOf(valid.experiences.schema, { ...valid.experiences.data, order: 'first' })).toEqual([
      'order: order must be a number',
    ]);
  });

  it('lists the allowed provinces for an unknown one', () => {
    const [issue] = issuesOf(valid.experiences.schema, { ...valid.experiences.data, province: 'vientane' });
    expect(issue).toMatch(/^province: /);
    for (const province of provinces) expect(issue).toContain(`"${province}"`);
  });

  it('refuses an unknown sector, kind, level, type and place kind, naming each field', () => {
    expect(issuesOf(valid.experiences.schema, { ...valid.experiences.data, sectors: ['rice'] })[0]).toMatch(
      /^sectors\.0: .*"coffee"/,
    );
    expect(issuesOf(valid.experiences.schema, { ...valid.experiences.data, kind: 'company' })[0]).toMatch(/^kind: /);
    expect(issuesOf(valid.lessons.schema, { ...valid.lessons.data, level: 'national' })[0]).toMatch(
      /^level: .*"community"/,
    );
    expect(issuesOf(valid.organisations.schema, { ...valid.organisations.data, type: 'ngo' })[0]).toMatch(/^type: /);
    expect(issuesOf(valid.places.schema, { ...valid.places.data, kind: 'city' })[0]).toMatch(/^kind: .*"village"/);
    expect(issuesOf(valid.sources.schema, { ...valid.sources.data, kind: 'secondary' })[0]).toMatch(
      /^kind: .*"primary"/,
    );
  });

  it('requires at least one sector and one place for a case study', () => {
    expect(issuesOf(valid.experiences.schema, { ...valid.experiences.data, sectors: [] })).toEqual([
      'sectors: sectors must name at least one sector',
    ]);
    expect(issuesOf(valid.experiences.schema, { ...valid.experiences.data, places: [] })).toEqual([
      'places: places must name at least one place',
    ]);
  });

  it('checks each partnership: a source, a named or described partner, one of the three sides', () => {
    const data = valid.experiences.data;
    const [named = {}, unnamed = {}] = data.partnerships as Record<string, unknown>[];
    const with_ = (item: Record<string, unknown>) => ({ ...data, partnerships: [item] });
    expect(issuesOf(valid.experiences.schema, with_(without(named, 'source')))).toEqual([
      'partnerships.0.source: Invalid input: expected string, received undefined',
    ]);
    expect(issuesOf(valid.experiences.schema, with_(without(unnamed, 'name')))).toEqual([
      'partnerships.0.organisation: organisation or name is required: the id of a named partner, or what to call one the sources do not name',
    ]);
    expect(issuesOf(valid.experiences.schema, with_({ ...named, sector: 'ngo' }))).toEqual([
      'partnerships.0.sector: sector must be one of "community", "public" or "private"',
    ]);
    expect(issuesOf(valid.experiences.schema, with_(without(named, 'gives')))).toEqual([
      'partnerships.0.gives: gives is required',
    ]);
    expect(issuesOf(valid.experiences.schema, with_({ ...named, gives: 'buys it.' }))).toEqual([
      'partnerships.0.gives: gives must not end with a full stop: the page adds it',
    ]);
    expect(valid.experiences.schema.parse(without(data, 'partnerships')).partnerships).toEqual([]);
  });

  it('requires alt text and a credit on a hero image', () => {
    const hero = valid.experiences.data.hero;
    expect(issuesOf(valid.experiences.schema, { ...valid.experiences.data, hero: { ...hero, alt: '' } })).toEqual([
      'hero.alt: alt text is required for every image',
    ]);
    expect(issuesOf(valid.experiences.schema, { ...valid.experiences.data, hero: without(hero, 'alt') })).toEqual([
      'hero.alt: alt text is required for every image',
    ]);
    expect(issuesOf(valid.experiences.schema, { ...valid.experiences.data, hero: without(hero, 'credit') })).toEqual([
      'hero.credit: credit is required',
    ]);
  });

  it('keeps dates as YYYY-MM-DD text', () => {
    expect(issuesOf(valid.journal.schema, { ...valid.journal.data, date: '1 March 2013' })).toEqual([
      'date: date must be written as YYYY-MM-DD',
    ]);
    expect(issuesOf(valid.journal.schema, { ...valid.journal.data, date: new Date('2013-03-01') })).toEqual([
      "date: put the date in quotes, e.g. '2013-02-25' (YYYY-MM-DD)",
    ]);
    expect(issuesOf(valid.journal.schema, { ...valid.journal.data, date: '2013-02-29' })).toEqual([
      'date: 2013-02-29 is not a day of the calendar',
    ]);
    expect(
      issuesOf(valid.pages.schema, { ...valid.pages.data, held: { start: '2013-03-01', end: '2013-02-25' } }),
    ).toEqual(['held.end: ends (2013-02-25) before it starts (2013-03-01)']);
    expect(issuesOf(valid.pages.schema, { ...valid.pages.data, slug: 'other' })[0]).toMatch(
      /^slug: slug: is not allowed/,
    );
    expect(issuesOf(valid.pages.schema, { ...valid.pages.data, held: { start: '2013-02-25' } })).toEqual([
      'held.end: date must be written as YYYY-MM-DD',
    ]);
  });

  it('allows only ranks 1 to 3 for a plan', () => {
    expect(issuesOf(valid.plans.schema, { ...valid.plans.data, rank: 4 })).toEqual(['rank: rank must be 1, 2 or 3']);
    expect(issuesOf(valid.plans.schema, without(valid.plans.data, 'organisation'))[0]).toMatch(/^organisation: /);
  });

  it('checks key figures field by field', () => {
    const figure = valid.related.data.figures[0];
    expect(issuesOf(valid.related.schema, { ...valid.related.data, figures: [{ ...figure, value: '831' }] })).toEqual([
      'figures.0.value: value must be a number',
    ]);
    // `{ label: schemes, for 32 families }` in YAML: the text after the comma becomes a key.
    expect(issuesOf(keyFigureSchema, { ...figure, 'for 32 families': null })).toEqual([
      ': Unrecognized key: "for 32 families"',
    ]);
    expect(issuesOf(keyFigureSchema, { ...figure, id: 'Households' })).toEqual([
      'id: id must be lowercase letters, digits and hyphens',
    ]);
    expect(issuesOf(valid.related.schema, without(valid.related.data, 'when'))).toEqual(['when: when is required']);
  });

  it('checks headline figures field by field, naming the field', () => {
    const [item = {}] = valid.experiences.data.keyFigures;
    const schema = headlineFigureSchema(tools);
    expect(schema.parse(item)).toEqual(item);
    expect(schema.parse(without(item, 'format'))).toMatchObject({ format: 'number' });
    expect(
      issuesOf(valid.experiences.schema, { ...valid.experiences.data, keyFigures: [without(item, 'source')] }),
    ).toEqual([expect.stringMatching(/^keyFigures\.0\.source: /)]);
    expect(issuesOf(schema, without(item, 'text'))).toEqual(['text: text is required']);
    expect(issuesOf(schema, { ...item, value: '1,994' })).toEqual(['value: value must be a number']);
    expect(issuesOf(schema, { ...item, format: 'date' })).toEqual(['format: format must be "number" or "year"']);
    expect(issuesOf(valid.pages.schema, { ...valid.pages.data, keyFigures: { value: 1 } })).toEqual([
      'keyFigures: keyFigures must be a list of figures',
    ]);
    const parsed = valid.related.schema.parse(without(valid.related.data, 'keyFigures')) as Record<string, unknown>;
    expect(parsed['keyFigures']).toEqual([]);
  });

  it('checks that figures name charts of their entry, and charts draw figures', () => {
    const figures = [
      { id: 'nets', value: 20, unit: 'villages', label: 'nets', group: 'Health', chart: 'villages' },
      { id: 'targets', value: 20, unit: 'villages', label: 'target villages', group: 'Scope' },
    ];
    const chart = {
      id: 'villages',
      title: 'Villages reached',
      finding: 'Nets reached 20.',
      reference: { figure: 'targets', label: 'target villages' },
      source: 'test-source',
    };
    const data = { ...valid.related.data, figures, charts: [chart] };
    expect(valid.related.schema.safeParse(data).success).toBe(true);
    expect(valid.related.schema.parse(valid.related.data).charts).toEqual([]);
    expect(issuesOf(keyFigureSchema, { ...figures[0], chart: 'Villages' })).toEqual([
      'chart: chart must be lowercase letters, digits and hyphens',
    ]);
    expect(issuesOf(valid.related.schema, { ...data, charts: [] })).toEqual([
      'figures.0.chart: "villages" is not a chart of this entry: add it to charts or remove the field',
    ]);
    expect(issuesOf(valid.related.schema, { ...data, charts: [chart, { ...chart, id: 'people' }] })).toEqual([
      'charts.1.id: no figure has chart: people',
    ]);
    expect(
      issuesOf(valid.related.schema, { ...data, charts: [{ ...chart, reference: { figure: 'nets', label: 'x' } }] }),
    ).toEqual(['charts.0.reference.figure: "nets" must be the id of a figure that is not a bar of this chart']);
    expect(
      issuesOf(valid.related.schema, { ...data, charts: [{ ...chart, reference: { figure: 'nobody', label: 'x' } }] }),
    ).toEqual(['charts.0.reference.figure: "nobody" must be the id of a figure that is not a bar of this chart']);
    expect(issuesOf(valid.related.schema, { ...data, charts: [{ ...chart, finding: ' ' }] })).toEqual([
      'charts.0.finding: finding must not be empty',
    ]);
  });

  it('wants Lao names in Lao script', () => {
    expect(
      issuesOf(valid.places.schema, { ...valid.places.data, lao: { name: 'Sanxay', source: 'test-source' } }),
    ).toEqual(['lao.name: lao.name must be written in Lao script']);
  });

  it('wants a full web address for a source url', () => {
    expect(issuesOf(valid.sources.schema, { ...valid.sources.data, url: 'www.example.org' })).toEqual([
      'url: url must be a full web address',
    ]);
  });

  it('requires a glossary term to name its sources', () => {
    expect(issuesOf(valid.glossary.schema, { ...valid.glossary.data, sources: [] })).toEqual([
      'sources: sources must name at least one source',
    ]);
    expect(issuesOf(valid.glossary.schema, without(valid.glossary.data, 'definition'))).toEqual([
      'definition: definition is required',
    ]);
  });

  it('fills defaults: not a draft, empty lists', () => {
    const parsed = valid.lessons.schema.parse(without(valid.lessons.data, 'experiences')) as Record<string, unknown>;
    expect(parsed['draft']).toBe(false);
    expect(parsed['experiences']).toEqual([]);
  });
});

describe('text fields', () => {
  it('tell a missing value from a value of the wrong type', () => {
    expect(issuesOf(valid.lessons.schema, { ...valid.lessons.data, title: 42 })).toEqual(['title: title must be text']);
  });
});
