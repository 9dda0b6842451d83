import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { locatorMapFiles, mapResponse } from '~/data/maps';

/**
 * Locator maps as static SVG files, /maps/<place id>.svg, one per province and district of the
 * gazetteer that the map data covers (src/data/maps.ts); the same maps for dark pages are in
 * /maps/dark/. Pages show them with <img>: never inlined into the HTML, nothing drawn in the
 * browser. Not HTML pages, so not in the sitemap.
 */
export const getStaticPaths = (async () =>
  (await locatorMapFiles()).map((file) => ({ params: { slug: file.slug }, props: { file } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => mapResponse(props.file, 'light');
