import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteIndex } from '~/data/entries';
import { dataFiles, datasetFile, mediaTypes, siteUrls } from '~/data/open-data';

/** Every dataset as CSV and JSON, at the paths src/lib/paths.ts gives them (/data/plans.csv). */
export const getStaticPaths = (() =>
  dataFiles.map(({ dataset, format, path }) => ({
    params: { file: path.split('/').at(-1) },
    props: { dataset, format },
  }))) satisfies GetStaticPaths;

type Props = (typeof dataFiles)[number];

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const context = { site: await getSiteIndex(), url: siteUrls(site, import.meta.env.BASE_URL) };
  return new Response(datasetFile(props.dataset, props.format, context), {
    headers: { 'Content-Type': `${mediaTypes[props.format]}; charset=utf-8` },
  });
};
