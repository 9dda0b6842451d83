import { normaliseBase, type SiteAddress } from '~/lib/base-path';

/** Where this build is published: `site` (SITE_URL) and `base` (BASE_PATH) from astro.config.mjs. */
export function getSiteAddress(): SiteAddress {
  const site = import.meta.env.SITE;
  if (!site) throw new Error('The site address is unknown: astro.config.mjs must set `site` (SITE_URL).');
  return { site, base: normaliseBase(import.meta.env.BASE_URL) };
}
