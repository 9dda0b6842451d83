// Reachable from astro.config.mjs: relative imports only.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lineOf } from '../lib/content-check.ts';
import { findBrokenLinks, scanHtml, type BrokenLink, type ScannedPage } from '../lib/link-check.ts';
import { entryOfUrl } from '../lib/paths.ts';
import { contentPathOf } from '../schemas/collections.ts';
import { filesUnder } from './files.ts';

/** The content file a page is made from, if any (`content/pages/about.mdx` for `/about/`). */
export function sourceFileOf(root: string, page: string): string | undefined {
  const entry = entryOfUrl(page);
  if (!entry) return undefined;
  for (const extension of ['.mdx', '.md']) {
    const file = `${contentPathOf(entry.collection)}${entry.id}${extension}`;
    if (existsSync(join(root, file))) return file;
  }
  return undefined;
}

/** Where to fix a link: the content file and line when the link is written there, else the page. */
function locate(root: string, link: BrokenLink): { where: string; line?: number } {
  const file = sourceFileOf(root, link.page);
  if (!file) return { where: `page ${link.page} (from a template in src/)` };
  const source = readFileSync(join(root, file), 'utf8');
  const line = lineOf(source, `(${link.href}`) ?? lineOf(source, `"${link.href}"`) ?? lineOf(source, link.href);
  return line === undefined
    ? { where: `${file} (page ${link.page}; the link comes from a template in src/)` }
    : { where: `${file} (page ${link.page})`, line };
}

/** The report an editor reads, grouped by the file to fix. A link broken on many pages is listed once. */
export function formatBrokenLinks(root: string, broken: readonly BrokenLink[]): string {
  const pagesPerHref = Map.groupBy(broken, (link) => link.href);
  const groups = new Map<string, string[]>();
  const add = (where: string, line: string) => groups.set(where, [...(groups.get(where) ?? []), line]);
  for (const [href, links] of pagesPerHref) {
    const first = links[0];
    if (!first) continue;
    if (links.length > 3 && links.every((link) => locate(root, link).line === undefined)) {
      const pages = links.slice(0, 5).map((link) => link.page);
      add(
        `a template in src/ (on ${links.length} pages: ${pages.join(', ')}${links.length > 5 ? ', …' : ''})`,
        `${href} → ${first.reason}`,
      );
      continue;
    }
    for (const link of links) {
      const { where, line } = locate(root, link);
      add(where, `${line !== undefined ? `line ${line}: ` : ''}${href} → ${link.reason}`);
    }
  }
  const lines = [`Link check failed: ${broken.length} broken internal link${broken.length === 1 ? '' : 's'}.`];
  let shown = 0;
  for (const [where, problems] of groups) {
    if (shown >= 100) {
      lines.push('', `… and ${broken.length - shown} more.`);
      break;
    }
    lines.push('', where, ...problems.map((problem) => `  - ${problem}`));
    shown += problems.length;
  }
  lines.push('', 'Internal links must point at a built page (with its trailing slash) and at an id that exists on it.');
  return lines.join('\n');
}

/** Checks the links of a built site in `outDir`; returns the broken ones. The build and the tests call this. */
export function checkBuiltLinks(outDir: string, site?: string, base = '/'): BrokenLink[] {
  const files = new Set(filesUnder(outDir));
  const pages = new Map<string, ScannedPage>();
  for (const file of [...files].filter((name) => name.endsWith('.html'))) {
    pages.set(file, scanHtml(readFileSync(join(outDir, file), 'utf8'), { skipCanonical: file === '404.html' }));
  }
  return findBrokenLinks({ files, pages, site, base });
}
