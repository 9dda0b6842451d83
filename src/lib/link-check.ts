// Reachable from astro.config.mjs: relative imports only.
import { parse, type DefaultTreeAdapterMap } from 'parse5';

/**
 * Internal link check over the built HTML: every internal href/src must name a file in the
 * build, and every fragment an id on the page it points at. Pure: the caller reads the files
 * (src/build/link-check.ts); the build and the tests run this one checker.
 */

type Node = DefaultTreeAdapterMap['node'];

/** Attributes that point at another resource, by element. */
const urlAttributes: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  form: ['action'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
  // SVG: `href`, or the older `xlink:href` (parse5 reports it as `href` with the prefix `xlink`).
  use: ['href'],
  image: ['href'],
};

/** What a page links to and which fragment targets it has. */
export interface ScannedPage {
  links: string[];
  ids: string[];
}

/** URLs of a `srcset` value. */
export function srcsetUrls(value: string): string[] {
  return value
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** The links (as written) and the ids of an HTML document. */
export function scanHtml(html: string, options: { skipCanonical?: boolean } = {}): ScannedPage {
  const rel = (element: { attrs: Array<{ name: string; value: string }> }) =>
    element.attrs.find((attribute) => attribute.name === 'rel')?.value ?? '';
  const links: string[] = [];
  const ids: string[] = [];
  const visit = (node: Node): void => {
    if ('tagName' in node) {
      const wanted = urlAttributes[node.tagName] ?? [];
      for (const attribute of node.attrs) {
        if (attribute.name === 'id' || (node.tagName === 'a' && attribute.name === 'name')) ids.push(attribute.value);
        if (!wanted.includes(attribute.name) || (attribute.prefix && attribute.prefix !== 'xlink')) continue;
        // The 404 page is served at every unknown address: its own canonical URL cannot exist.
        if (options.skipCanonical && node.tagName === 'link' && /\bcanonical\b/i.test(rel(node))) continue;
        if (attribute.name === 'srcset') links.push(...srcsetUrls(attribute.value));
        else links.push(attribute.value);
      }
      if (node.tagName === 'template' && 'content' in node) visit(node.content as Node);
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parse(html));
  return { links, ids };
}

/** The URL path a reader visits for a built file: `about/index.html` → `/about/`. */
export function urlOfFile(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/, '$1');
}

/** A link that leads nowhere. */
export interface BrokenLink {
  /** Built file that holds the link, e.g. `about/index.html`. */
  file: string;
  /** URL path of that page, e.g. `/about/`. */
  page: string;
  /** The link as written in the HTML. */
  href: string;
  /** Why it is broken. */
  reason: string;
}

export interface LinkCheckInput {
  /** Every file of the build (relative paths with forward slashes), HTML or not. */
  files: ReadonlySet<string>;
  /** Every HTML file, scanned. */
  pages: ReadonlyMap<string, ScannedPage>;
  /** The site's public address; absolute links to it are checked as internal links. */
  site?: string | undefined;
  /** The sub-path the site is served under (`/` or e.g. `/site/`): every internal link must stay inside it. */
  base?: string | undefined;
}

const BASE = 'http://internal.invalid';

/** Every internal link that does not resolve to a built file, or to an id on its target page. */
export function findBrokenLinks({ files, pages, site, base = '/' }: LinkCheckInput): BrokenLink[] {
  const siteOrigin = site ? new URL(site).origin : undefined;
  const broken: BrokenLink[] = [];
  const idSets = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = idSets.get(file);
    if (!set) {
      set = new Set(pages.get(file)?.ids ?? []);
      idSets.set(file, set);
    }
    return set;
  };
  for (const [file, { links }] of pages) {
    const page = urlOfFile(file);
    const seen = new Set<string>();
    for (const href of links) {
      if (seen.has(href)) continue;
      seen.add(href);
      const trimmed = href.trim();
      if (trimmed === '' || trimmed === '#') continue;
      if (/^javascript:/i.test(trimmed)) {
        broken.push({ file, page, href, reason: 'is a javascript: URL' });
        continue;
      }
      let url: URL;
      try {
        // The page is served under the base, so relative links resolve from there.
        url = new URL(trimmed, BASE + base + page.slice(1));
      } catch {
        broken.push({ file, page, href, reason: 'is not a valid URL' });
        continue;
      }
      if (url.origin !== BASE && url.origin !== siteOrigin) continue; // external, mailto:, data: …
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        broken.push({ file, page, href, reason: 'has a malformed %-escape' });
        continue;
      }
      if (!pathname.startsWith(base)) {
        broken.push({ file, page, href, reason: `leaves the site's base path ${base}` });
        continue;
      }
      pathname = `/${pathname.slice(base.length)}`;
      const target = pathname.endsWith('/') ? `${pathname.slice(1)}index.html` : pathname.slice(1);
      if (!files.has(target)) {
        const reason = files.has(`${pathname.slice(1)}/index.html`)
          ? `needs a trailing slash: ${pathname}/`
          : `no such page or file in the build (${pathname})`;
        broken.push({ file, page, href, reason });
        continue;
      }
      if (url.hash && url.hash !== '#' && target.endsWith('.html')) {
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment !== 'top' && !idsOf(target).has(fragment)) {
          broken.push({ file, page, href, reason: `${urlOfFile(target)} has no element with id="${fragment}"` });
        }
      }
    }
  }
  return broken;
}
