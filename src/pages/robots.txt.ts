import type { APIRoute } from 'astro';
import { normaliseBase, withBase } from '~/lib/base-path';

/** robots.txt: everything may be crawled; the sitemap is named so crawlers find every page. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase('/sitemap-index.xml', normaliseBase(import.meta.env.BASE_URL)), site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
