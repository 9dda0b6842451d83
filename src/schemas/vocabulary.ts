// Reachable from astro.config.mjs (and plain Node in the bench): no `~/` alias; relative imports only, with .ts extensions.
import { z } from 'astro/zod';

/**
 * Controlled vocabularies. Editors pick from these lists; anything else fails the build
 * with the allowed values spelled out, so a typo never becomes a new category.
 */

/** Provinces of Lao PDR that the sources mention, by their display spelling's slug. */
export const provinces = ['attapeu', 'champasak', 'oudomxay', 'sayaboury'] as const;
export const provinceSchema = z.enum(provinces);
export type Province = z.output<typeof provinceSchema>;

/** What a group produces or what a programme works on; used for search filters and cards. */
export const sectors = [
  'asparagus',
  'natural-dyes',
  'coffee',
  'tea',
  'banana',
  'pigs',
  'cardamom',
  'food-security',
  'alternative-livelihoods',
  'cooperatives',
  'rural-development',
] as const;
export const sectorSchema = z.enum(sectors);
export type Sector = z.output<typeof sectorSchema>;

/** The kind of organisation, as far as the sources tell it. */
export const organisationTypes = [
  'producer-group',
  'cooperative',
  'government',
  'programme',
  'international-organisation',
  'development-organisation',
  'private-company',
  'association',
  'foreign-government',
] as const;
export const organisationTypeSchema = z.enum(organisationTypes);
export type OrganisationType = z.output<typeof organisationTypeSchema>;

/** The level at which a lesson applies (the closing post's four headings). */
export const lessonLevels = ['community', 'private-sector', 'public-sector', 'shared'] as const;
export const lessonLevelSchema = z.enum(lessonLevels);
export type LessonLevel = z.output<typeof lessonLevelSchema>;

/** Administrative level of a gazetteer entry. */
export const placeKinds = ['country', 'region', 'province', 'district', 'village'] as const;
export const placeKindSchema = z.enum(placeKinds);

/** A source is one of the five primary texts, or a reference work cited for a single fact. */
export const sourceKinds = ['primary', 'reference'] as const;
export const sourceKindSchema = z.enum(sourceKinds);
