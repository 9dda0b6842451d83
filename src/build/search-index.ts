// Reachable from astro.config.mjs: relative imports only.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { containsLao, segmentLaoWords } from '../lib/lao.ts';
import { filesUnder } from './files.ts';

/**
 * Words per index chunk, counted as Pagefind counts them (one per occurrence). A search fetches
 * only the chunks its words fall in; Pagefind's default (about 20,000) made each chunk of this
 * site's index about 28 KB gzip, which with the WebAssembly took a first search over its 100 KB
 * budget. Smaller chunks cost one more small request for a query of several words. The setting is
 * an environment variable of Pagefind's indexer, marked unstable: `npm run bench` reports what a
 * first search fetches, so a change in it shows.
 */
const INDEX_CHUNK_SIZE = '2000';

/** Elements whose end is a word break for a reader but not in the markup: `<dt>Type</dt><dd>Village</dd>`. */
const BLOCK_END = /<\/(?:p|li|dt|dd|h[1-6]|td|th|caption|figcaption|summary|blockquote|div|section)>/g;

/** A note's link back to the text ("↩"): a control, not words. */
const FOOTNOTE_BACKREF = /<a [^>]*data-footnote-backref[^>]*>.*?<\/a>/g;

/**
 * The HTML as the index should read it: a space at the end of each block, no links back from
 * notes, Lao split into syllables.
 */
export function htmlForIndex(html: string): string {
  const spaced = html.replace(FOOTNOTE_BACKREF, '').replace(BLOCK_END, ' $&');
  return containsLao(spaced) ? segmentLaoWords(spaced) : spaced;
}

function failOn(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/**
 * Writes the Pagefind index of the built HTML in `outDir` to `outDir/pagefind` through Pagefind's
 * Node API (nothing is copied into `public/`). Lao text is split into syllables first, because
 * Pagefind only segments Chinese, Japanese and Thai. Any Pagefind error throws. Returns how many
 * HTML files were read.
 */
export async function writeSearchIndex(outDir: string): Promise<number> {
  // Read by Pagefind's indexer process, which starts with the first call below.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = INDEX_CHUNK_SIZE;
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
          const content = htmlForIndex(await readFile(join(outDir, sourcePath), 'utf8'));
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
