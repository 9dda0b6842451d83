// Reachable from astro.config.mjs: relative imports only.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { containsLao, segmentLaoWords } from '../lib/lao.ts';
import { filesUnder } from './files.ts';

function failOn(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/**
 * Writes the Pagefind index of the built HTML in `outDir` to `outDir/pagefind` through Pagefind's
 * Node API (nothing is copied into `public/`). Lao text is split into words first, because
 * Pagefind only segments Chinese, Japanese and Thai. Any Pagefind error throws. Returns how many
 * HTML files were read.
 */
export async function writeSearchIndex(outDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  failOn('createIndex', errors);
  if (!index) throw new Error('Pagefind createIndex returned no index');
  try {
    const files = filesUnder(outDir, '.html');
    // Files go to Pagefind's service a batch at a time: it parses them in parallel.
    const BATCH = 32;
    for (let i = 0; i < files.length; i += BATCH) {
      await Promise.all(
        files.slice(i, i + BATCH).map(async (sourcePath) => {
          const html = await readFile(join(outDir, sourcePath), 'utf8');
          const content = containsLao(html) ? segmentLaoWords(html) : html;
          // URLs stay root-relative: Pagefind's script adds the base path it is served from.
          const added = await index.addHTMLFile({ sourcePath, content });
          failOn(`indexing ${sourcePath}`, added.errors);
        }),
      );
    }
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    failOn('writeFiles', written.errors);
    return files.length;
  } finally {
    await pagefind.close();
  }
}
