import { z } from 'astro/zod';
import { parseDataFile } from './data-file';

/** Where the district seats live, for messages. */
export const TOWNS_FILE = 'src/geo/district-towns.json';

const text = z.string().trim().min(1);

/** A district seat from src/geo/district-towns.json (GeoNames; see src/geo/README.md). */
export const districtTownSchema = z.object({
  /** The district, as the gazetteer spells it (matched against place titles and variants). */
  district: text,
  /** Its province, for messages. */
  province: text,
  /** Its province's code in the map data; the town must lie inside that province as drawn. */
  province_iso_3166_2: z
    .string()
    .regex(/^LA-[A-Z]{2}$/, { error: 'must be an ISO 3166-2 code of Lao PDR, like LA-AT' }),
  /** The seat, as GeoNames names it: the dot's label. */
  town: text,
  /** Latitude in degrees (WGS 84). */
  lat: z.number().min(-90).max(90),
  /** Longitude in degrees (WGS 84). */
  lon: z.number().min(-180).max(180),
  /** Where the position comes from, with its licence. */
  source: text,
});

/** A district seat and its position in degrees (WGS 84). */
export type DistrictTown = z.infer<typeof districtTownSchema>;

/** Checks the district seats file; fails naming the file, the item and the field. */
export function parseDistrictTowns(json: unknown, file = TOWNS_FILE): DistrictTown[] {
  return parseDataFile(z.array(districtTownSchema), json, file);
}
