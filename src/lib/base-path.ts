// Reachable from astro.config.mjs: relative imports only.
/**
 * A site served under a sub-path (GitHub Pages project sites: https://org.github.io/site/). Pages,
 * components and MDX write root-relative links (`/case-studies/rlip/`); the build adds the base
 * to every one of them in the finished HTML, in one step (src/integrations/base-path.ts), so
 * neither authors nor templates ever think about it.
 */

/** `BASE_PATH` as Astro wants it: one leading and one trailing slash (`/`, `/site/`). */
export function normaliseBase(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A root-relative URL with the base in front, unless it already has it (or is not root-relative). */
export function withBase(url: string, base: string): string {
  if (base === '/' || !url.startsWith('/') || url.startsWith('//') || url.startsWith(base)) return url;
  return `${base}${url.slice(1)}`;
}

/** The absolute address of a root-relative path on the site, base included: what link previews and feeds need. */
export function absoluteUrlFor(path: string, base: string, site: string | URL): string {
  return new URL(withBase(path, base), site).href;
}

const URL_ATTRIBUTE = /(\s(?:href|src|action|poster|data)=")(\/[^"]*)"/g;
const SRCSET_ATTRIBUTE = /(\s(?:srcset|imagesrcset)=")([^"]*)"/g;

/** The HTML with the base added to every root-relative URL in href, src, srcset, action, poster and data. */
export function addBaseToHtml(html: string, base: string): string {
  if (base === '/') return html;
  return html
    .replace(URL_ATTRIBUTE, (_all, start: string, url: string) => `${start}${withBase(url, base)}"`)
    .replace(
      SRCSET_ATTRIBUTE,
      (_all, start: string, list: string) =>
        `${start}${list
          .split(',')
          .map((candidate) =>
            candidate.replace(/^(\s*)(\S+)/, (_c, space: string, url: string) => space + withBase(url, base)),
          )
          .join(',')}"`,
    );
}

/** Where the site is published: its origin (`SITE_URL`) and the sub-path it is served under. */
export interface SiteAddress {
  site: string;
  base: string;
}

/** The full address of a root-relative path on the published site, base included. */
export function absoluteUrl(path: string, { site, base }: SiteAddress): string {
  return new URL(withBase(path, base), site).href;
}
