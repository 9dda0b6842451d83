import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { locatorMapFiles, mapResponse } from '~/data/maps';

/** The locator maps of /maps/, in the colours of the dark scheme (chosen with <picture>). */
export const getStaticPaths = (async () =>
  (await locatorMapFiles()).map((file) => ({ params: { slug: file.slug }, props: { file } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => mapResponse(props.file, 'dark');
