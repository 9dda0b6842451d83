// Imported by astro.config.mjs: relative imports only.
import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { filesUnder } from '../build/files.ts';
import { containsLao, segmentLaoWords } from '../lib/lao.ts';

function failOn(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/**
 * Builds the Pagefind index from the finished HTML in `astro:build:done` through Pagefind's
 * Node API (nothing is copied into `public/`). Lao text is split into words first, because
 * Pagefind only segments Chinese, Japanese and Thai. Any Pagefind error fails the build.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        failOn('createIndex', errors);
        if (!index) throw new Error('Pagefind createIndex returned no index');
        try {
          const started = performance.now();
          const files = filesUnder(outDir, '.html');
          // Files go to Pagefind's service a batch at a time: it parses them in parallel.
          const BATCH = 32;
          for (let i = 0; i < files.length; i += BATCH) {
            await Promise.all(
              files.slice(i, i + BATCH).map(async (sourcePath) => {
                const html = await readFile(join(outDir, sourcePath), 'utf8');
                const content = containsLao(html) ? segmentLaoWords(html) : html;
                const added = await index.addHTMLFile({ sourcePath, content });
                failOn(`indexing ${sourcePath}`, added.errors);
              }),
            );
          }
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          failOn('writeFiles', written.errors);
          logger.info(
            `read ${files.length} HTML files into ${join('dist', 'pagefind')} in ${Math.round(performance.now() - started)} ms`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
