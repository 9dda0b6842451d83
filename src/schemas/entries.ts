import { z } from 'astro/zod';
// Reachable from astro.config.mjs and plain Node: relative imports with .ts extensions only.
import { dateRange, isoDate } from './dates.ts';
import { headlineFigureListSchema } from './figures.ts';
import { baseFields, figureSchema, noSlug, text, type SchemaTools } from './shared.ts';
import {
  lessonLevelSchema,
  organisationTypeSchema,
  partnerSectorSchema,
  placeKindSchema,
  provinceSchema,
  sectorSchema,
  sourceKindSchema,
} from './vocabulary.ts';

/**
 * A figure from a source, kept as a number so tables and charts can use it. Unknown keys are
 * refused: in a one-line `{ … }` an unquoted comma in a label silently starts a new key.
 */
export const keyFigureSchema = z.strictObject({
  /** Stable id (lowercase letters, digits and hyphens), used as the anchor of the figure's row. */
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'id must be lowercase letters, digits and hyphens' }),
  /** The number as the source gives it. */
  value: z.number({ error: 'value must be a number' }),
  /** What is counted (e.g. "households", "hectares"). */
  unit: text('unit'),
  /** What the number says, in a short phrase. */
  label: text('label'),
  /** Theme used to group figures in tables (e.g. "livelihoods", "drug control"). */
  group: text('group'),
  /**
   * Id of the chart (in the entry's `charts`) that draws this figure as a bar, e.g. `villages`.
   * Only figures counted alike share a chart: never households and hectares on one axis. Figures
   * without one are listed in the table of other figures.
   */
  chart: z
    .string()
    .regex(/^[a-z0-9-]+$/, { error: 'chart must be lowercase letters, digits and hyphens' })
    .optional(),
});
export type KeyFigure = z.output<typeof keyFigureSchema>;

/**
 * One partner of a case study and what passes between it and the case study's own organisation
 * (the first in `organisations`), exactly as one source says it. A partner the sources do not name
 * gets a `name` and no `organisation`: it is drawn and listed as "not named in the sources".
 */
export const partnershipSchema = (tools: Pick<SchemaTools, 'reference'>) =>
  z
    .object({
      /** Which side of the partnership the partner is on: the community, the public or the private sector. */
      sector: partnerSectorSchema,
      /** The partner (id in content/organisations); leave it out when the sources do not name the partner. */
      organisation: tools.reference('organisations').optional(),
      /** What to call a partner the sources do not name, e.g. "Private companies". */
      name: z.string().trim().min(1, { error: 'name must not be empty' }).optional(),
      /** A shorter name for the diagram when the organisation's own is too long; the list gives the full one. */
      label: z
        .string()
        .trim()
        .min(1, { error: 'label must not be empty' })
        .max(40, { error: 'label must be at most 40 characters' })
        .optional(),
      /** What the partner brings or what passes between them, as the source says it, e.g. "buys the harvest directly". */
      gives: text('gives')
        .max(90, { error: 'gives must be at most 90 characters: the diagram draws it on a line' })
        .regex(/[^.]$/, { error: 'gives must not end with a full stop: the page adds it' }),
      /** The document that says so (id in content/sources). */
      source: tools.reference('sources'),
    })
    .refine((item) => item.organisation !== undefined || item.name !== undefined, {
      error: 'organisation or name is required: the id of a named partner, or what to call one the sources do not name',
      path: ['organisation'],
    });

/** A bar chart of some of an entry's figures: the figures name it in their `chart` field. */
export const figureChartSchema = (tools: Pick<SchemaTools, 'reference'>) =>
  z.object({
    /** Stable id, named by the figures it draws and used in the SVG's ids. */
    id: z.string().regex(/^[a-z0-9-]+$/, { error: 'id must be lowercase letters, digits and hyphens' }),
    /** What the bars count, as a heading (e.g. "People reached"). */
    title: text('title'),
    /** The chart's point in one sentence, written from the figures (e.g. "Nets reached the most villages."). */
    finding: text('finding'),
    /** Optional caveat printed before the source line (e.g. what the source leaves unclear). */
    note: z.string().trim().min(1).optional(),
    /**
     * A figure drawn as a dashed reference line, not a bar: its id and a short label that follows
     * its value (e.g. `{ figure: target-villages, label: target villages }` reads "20 target villages").
     */
    reference: z
      .object({
        /** Id of the figure, e.g. `target-villages`. */
        figure: z.string(),
        /** Words after the value, e.g. "target villages". */
        label: text('reference.label'),
      })
      .optional(),
    /** The source the figures come from, named under the chart. */
    source: tools.reference('sources'),
  });
export type FigureChart = z.output<ReturnType<typeof figureChartSchema>>;

/**
 * Every figure's `chart` must name one of `charts`, every chart must draw a figure, and a
 * chart's `reference` must name a figure that is no bar of it.
 */
function checkFigureCharts(
  {
    figures,
    charts,
  }: { figures: readonly KeyFigure[]; charts: readonly { id: string; reference?: { figure: string } | undefined }[] },
  ctx: z.RefinementCtx,
) {
  const chartIds = new Set(charts.map((chart) => chart.id));
  figures.forEach((figure, i) => {
    if (figure.chart !== undefined && !chartIds.has(figure.chart)) {
      ctx.addIssue({
        code: 'custom',
        path: ['figures', i, 'chart'],
        message: `"${figure.chart}" is not a chart of this entry: add it to charts or remove the field`,
      });
    }
  });
  charts.forEach((chart, i) => {
    if (!figures.some((figure) => figure.chart === chart.id)) {
      ctx.addIssue({ code: 'custom', path: ['charts', i, 'id'], message: `no figure has chart: ${chart.id}` });
    }
    const reference = figures.find((figure) => figure.id === chart.reference?.figure);
    if (chart.reference !== undefined && (!reference || reference.chart === chart.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['charts', i, 'reference', 'figure'],
        message: `"${chart.reference.figure}" must be the id of a figure that is not a bar of this chart`,
      });
    }
  });
}

/** Standalone pages such as the route itself (content/pages). */
export const pageSchema = (tools: SchemaTools) =>
  z.object({
    ...baseFields(tools),
    /** Dates the route was planned for, as announced beforehand. */
    planned: dateRange.optional(),
    /** Dates the route actually took place, as reported afterwards. */
    held: dateRange.optional(),
    /** Organisations behind the page's subject (organisers, supporters, participants). */
    organisations: z.array(tools.reference('organisations')).default([]),
    /** How many innovation plans the participants designed, as reported (the route page only). */
    plansDesigned: z.number().int().positive().optional(),
    /** Headline figures shown in large type under the summary, each with its source. */
    keyFigures: headlineFigureListSchema(tools),
  });

/** A host experience of the route, told as a case study (content/experiences). */
export const experienceSchema = (tools: SchemaTools) =>
  z.object({
    ...baseFields(tools),
    /** Position in lists; the route's own order of the host experiences. */
    order: z.number({ error: 'order must be a number' }).int(),
    /** A programme (RLIP) or a producer group. */
    kind: z.enum(['programme', 'producer-group']),
    /** Province the experience is in. */
    province: provinceSchema,
    /** What the group produces or the programme works on. */
    sectors: z.array(sectorSchema).min(1, { error: 'sectors must name at least one sector' }),
    /** Village, district and province entries in the gazetteer. */
    places: z.array(tools.reference('places')).min(1, { error: 'places must name at least one place' }),
    /** The group itself, its buyers and its supporters (ids in content/organisations). */
    organisations: z.array(tools.reference('organisations')).default([]),
    /**
     * Who works with the case study's own organisation (the first in `organisations`) and what
     * passes between them, each with its source; drawn as the partnership diagram.
     */
    partnerships: z.array(partnershipSchema(tools)).default([]),
    /** Year the activity began, when a source says it. */
    since: z.number().int().min(1900).max(2100).optional(),
    /** Size of the group, when a source says it. */
    members: z
      .object({
        /** How many, as the source counts them. */
        count: z.number().int().positive(),
        /** What is counted (e.g. "families", "households"). */
        unit: text('members.unit'),
      })
      .optional(),
    /** Ethnic group of the members, as the sources spell it. */
    ethnicGroup: z.string().optional(),
    /** Optional lead picture; only real, credited photos. */
    hero: figureSchema(tools).optional(),
    /** Headline figures shown in large type under the summary, each with its source; the first is on the cover. */
    keyFigures: headlineFigureListSchema(tools),
  });

/** A lesson learned (content/lessons). */
export const lessonSchema = (tools: SchemaTools) =>
  z.object({
    ...baseFields(tools),
    /** Position in lists. */
    order: z.number({ error: 'order must be a number' }).int(),
    /** Community, private sector, public sector, or shared risks and benefits. */
    level: lessonLevelSchema,
    /** Host experiences the lesson draws on. */
    experiences: z.array(tools.reference('experiences')).default([]),
  });

/** An innovation plan designed during the route (content/plans). */
export const planSchema = (tools: SchemaTools) =>
  z.object({
    ...baseFields(tools),
    /** Position in the competition: 1, 2 or 3. */
    rank: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'rank must be 1, 2 or 3' }),
    /** Order within the same rank, as listed in the source. */
    order: z.number().int(),
    /** Organisation whose participants designed the plan. */
    organisation: tools.reference('organisations'),
    /** Theme of the plan. */
    sectors: z.array(sectorSchema).min(1, { error: 'sectors must name at least one sector' }),
    /** Province, only where the plan's title names one. */
    province: provinceSchema.optional(),
    /** Lessons the plan puts to work. */
    lessons: z.array(tools.reference('lessons')).default([]),
    /** Host experiences the plan builds on. */
    experiences: z.array(tools.reference('experiences')).default([]),
  });

/** A related experience elsewhere in Lao PDR (content/related). */
export const relatedSchema = (tools: SchemaTools) =>
  z
    .object({
      ...baseFields(tools),
      /** Position in lists. */
      order: z.number().int(),
      /** Project code, where the source gives one (e.g. LAO/I28). */
      code: z.string().optional(),
      /** Province the experience is in. */
      province: provinceSchema,
      /** What it works on. */
      sectors: z.array(sectorSchema).min(1, { error: 'sectors must name at least one sector' }),
      /** Gazetteer entries. */
      places: z.array(tools.reference('places')).default([]),
      /** Organisations involved. */
      organisations: z.array(tools.reference('organisations')).default([]),
      /** When it happened, as precisely as the source says (free text, e.g. "27-28 April 2023"). */
      when: text('when'),
      /** Figures reported by the source, as numbers. */
      figures: z.array(keyFigureSchema).default([]),
      /** Bar charts of some of the figures, in display order; each figure names its chart. */
      charts: z.array(figureChartSchema(tools)).default([]),
      /** At most a few headline figures (in large type, the first on the cover), each with its source. */
      keyFigures: headlineFigureListSchema(tools),
    })
    .superRefine(checkFigureCharts);

/** A dated update (content/journal); the feed carries these. */
export const journalSchema = (tools: SchemaTools) =>
  z.object({
    ...baseFields(tools),
    /** Day the post is dated, YYYY-MM-DD. */
    date: isoDate,
    /** How exact the date is: the sources give some dates only to the month or year. */
    datePrecision: z.enum(['day', 'month', 'year']).default('day'),
    /** Case studies the post concerns. */
    experiences: z.array(tools.reference('experiences')).default([]),
    /** Lessons the post concerns. */
    lessons: z.array(tools.reference('lessons')).default([]),
    /** Innovation plans the post concerns. */
    plans: z.array(tools.reference('plans')).default([]),
    /** Organisations the post concerns. */
    organisations: z.array(tools.reference('organisations')).default([]),
  });

/** An organisation the sources name (content/organisations). */
export const organisationSchema = (tools: SchemaTools) =>
  z.object({
    ...baseFields(tools),
    /** Short name or acronym as the sources write it. */
    shortName: z.string().optional(),
    /** Kind of organisation. */
    type: organisationTypeSchema,
    /** Province, for organisations tied to one. */
    province: provinceSchema.optional(),
  });

/** A place in the gazetteer (content/places). */
export const placeSchema = (tools: SchemaTools) =>
  z.object({
    ...baseFields(tools),
    /** Country, province, district or village. */
    kind: placeKindSchema,
    /** The place this one lies in. */
    parent: tools.reference('places').optional(),
    /** Other romanised spellings readers may type; they are shown and searchable. */
    variants: z.array(z.string().trim().min(1)).default([]),
    /** Name in Lao script, with the source it is taken from. */
    lao: z
      .object({
        /** The name in Lao script. */
        name: z.string().regex(/^[\u0E80-\u0EFF\s]+$/, { error: 'lao.name must be written in Lao script' }),
        /** Source of the Lao spelling (id in content/sources). */
        source: tools.reference('sources'),
      })
      .optional(),
  });

/** A document that pages cite (content/sources). */
export const sourceSchema = () =>
  z.object({
    /** Title of the document. */
    title: text('title'),
    /** One or two sentences on what the document is. */
    summary: text('summary').max(300, { error: 'summary must be at most 300 characters' }),
    /** Primary source text, or a reference work cited for one fact. */
    kind: sourceKindSchema,
    /** Who published it. */
    publisher: text('publisher'),
    /** When it was published, as precisely as known (free text, e.g. "2013" or "28 April 2023"). */
    published: text('published'),
    /** Web address given by the document itself, if any (shown as text, never fetched). */
    url: z.url({ error: 'url must be a full web address' }).optional(),
    /** A draft is built in development only, never published. */
    draft: z.boolean().default(false),
    ...noSlug,
  });

/** A term or acronym (content/glossary.yaml). */
export const glossarySchema = (tools: SchemaTools) =>
  z.object({
    /** The term as written in the sources. */
    term: text('term'),
    /** The expansion of an acronym, only where a source gives it. */
    expansion: z.string().optional(),
    /** What the term means here. */
    definition: text('definition'),
    /** Where the term and its meaning come from. */
    sources: z.array(tools.reference('sources')).min(1, { error: 'sources must name at least one source' }),
  });
