// Imported by astro.config.mjs: relative imports only.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatCardStats, writeShareCards } from '../build/share-cards.ts';
import { normaliseBase } from '../lib/base-path.ts';

/**
 * Draws every page's share card once the pages are built (`astro:build:done`;
 * src/build/share-cards.ts), after checking that each page's og:image names its own card.
 */
export function shareCardImages(): AstroIntegration {
  let root = process.cwd();
  let cacheDir = root;
  let site = '';
  let base = '/';
  return {
    name: 'site:share-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
        site = config.site ?? '';
        base = normaliseBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const stats = await writeShareCards({ root, distDir: fileURLToPath(dir), cacheDir, site, base });
        logger.info(formatCardStats(stats));
      },
    },
  };
}
