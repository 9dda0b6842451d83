import { geoMercator, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

/**
 * The frame every locator map is drawn in: its size and the projection that fits Lao PDR into it.
 * Shared by the build and by the offline data step (src/geo/regenerate.mjs), which simplifies and
 * clips the committed data for exactly this frame. So this file imports packages only, never a
 * relative module: Node runs it as is (type stripping) from the regeneration script.
 */

/** Width of a locator map in CSS pixels; the data in src/geo is prepared for this width. */
export const LOCATOR_WIDTH = 280;
/** Neighbouring land shown around Lao PDR, in pixels. */
export const LOCATOR_MARGIN = 14;

/** Size of the map and the projection that fits Lao PDR into it. */
export interface LocatorFrame {
  width: number;
  height: number;
  projection: GeoProjection;
}

/**
 * Mercator, fitted to the outline of Lao PDR with a margin of neighbouring land. No clipping and no
 * resampling (precision 0): the data is already cut to the picture, and its lines are drawn straight.
 */
export function locatorFrame(country: GeoPermissibleObjects, width = LOCATOR_WIDTH): LocatorFrame {
  const projection = geoMercator()
    .precision(0)
    .fitWidth(width - 2 * LOCATOR_MARGIN, country);
  const [[, y0], [, y1]] = geoPath(projection).bounds(country);
  const height = Math.ceil(y1 - y0) + 2 * LOCATOR_MARGIN;
  projection.fitExtent(
    [
      [LOCATOR_MARGIN, LOCATOR_MARGIN],
      [width - LOCATOR_MARGIN, height - LOCATOR_MARGIN],
    ],
    country,
  );
  return { width, height, projection };
}
