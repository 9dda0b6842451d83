// Imported by astro.config.mjs: relative imports only.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkBuiltLinks, formatBrokenLinks } from '../build/link-check.ts';
import { normaliseBase } from '../lib/base-path.ts';

/**
 * Fails the build on a broken internal link or fragment (`astro:build:done`), naming the content
 * file and line where the link is written. Register it before the Pagefind integration so a
 * broken build is not indexed.
 */
export function linkCheck(): AstroIntegration {
  let root = process.cwd();
  let site: string | undefined;
  let base = '/';
  return {
    name: 'site:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        site = config.site;
        base = normaliseBase(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const broken = checkBuiltLinks(fileURLToPath(dir), site, base);
        if (broken.length > 0) throw new Error(formatBrokenLinks(root, broken));
        logger.info(`internal links checked in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
