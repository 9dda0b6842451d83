// Imported by astro.config.mjs: relative imports only.
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../build/files.ts';
import { addBaseToHtml, normaliseBase } from '../lib/base-path.ts';

/**
 * When the site is built for a sub-path (BASE_PATH), adds it to every root-relative link of the
 * built pages (`astro:build:done`, before the link check and the search index). Nothing to do at `/`.
 */
export function basePathLinks(): AstroIntegration {
  let base = '/';
  return {
    name: 'site:base-path',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (base === '/') return;
        const outDir = fileURLToPath(dir);
        const pages = filesUnder(outDir, '.html');
        await Promise.all(
          pages.map(async (file) => {
            const path = join(outDir, file);
            await writeFile(path, addBaseToHtml(await readFile(path, 'utf8'), base));
          }),
        );
        logger.info(`links of ${pages.length} pages point under ${base}`);
      },
    },
  };
}
