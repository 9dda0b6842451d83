// Imported by astro.config.mjs: relative imports only.
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSearchIndex } from '../build/search-index.ts';

/** Builds the site search index from the finished HTML (`astro:build:done`; src/build/search-index.ts). */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const count = await writeSearchIndex(fileURLToPath(dir));
        logger.info(
          `read ${count} HTML files into ${join('dist', 'pagefind')} in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
