// Imported by astro.config.mjs: relative imports only.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Where a module is, to load it later: `import { url } from 'lazy-url:/src/…'`. */
const PREFIX = 'lazy-url:';
const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Gives the URL of a module Vite compiles into a chunk of its own, for the page to `import()`
 * when it needs it. A plain `import()` would do the same but makes Vite add its preload helper
 * (about 0.8 KB gzip) to the importing script, which would take the search page over its 1 KB
 * budget of eager JavaScript; the chunk here has no dependencies to preload.
 */
export function lazyModuleUrls(): Plugin {
  let serving = false;
  return {
    name: 'site:lazy-module-urls',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId(source) {
      return source.startsWith(PREFIX) ? `\0${source}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const path = id.slice(PREFIX.length + 1);
      // The dev server compiles modules on request, at their own path.
      if (serving) return `export const url = ${JSON.stringify(path)};`;
      const ref = this.emitFile({ type: 'chunk', id: `${root}${path.slice(1)}`, preserveSignature: 'strict' });
      return `export const url = import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
