import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { locatorMapFiles, mapSvg } from '~/data/maps';
import { colourSchemes } from '~/lib/map/svg';

/**
 * Locator maps as static SVG files, one per province and district of the gazetteer that the map
 * data covers (src/data/maps.ts), in each colour scheme: /maps/light/<place id>.svg and
 * /maps/dark/<place id>.svg (mapPath writes these URLs). Pages show them with <img> in a
 * <picture>: never inlined into the HTML, nothing drawn in the browser. Not HTML pages, so not in
 * the sitemap.
 */
export const getStaticPaths = (async () =>
  (await locatorMapFiles()).flatMap((file) =>
    colourSchemes.map((scheme) => ({ params: { scheme, slug: file.slug }, props: { file, scheme } })),
  )) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(mapSvg(props.file, props.scheme), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
