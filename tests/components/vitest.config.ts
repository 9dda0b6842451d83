import { getViteConfig } from 'astro/config';

/**
 * Components rendered with Astro's Container API: they need Astro's own Vite plugins to compile
 * `.astro` files, hence this project's own config (vitest.config.ts lists it). The dev toolbar is
 * off so no `data-astro-source-*` attributes appear in the output.
 */
export default getViteConfig(
  { test: { name: 'components', include: ['tests/components/**/*.test.ts'], environment: 'node' } },
  { devToolbar: { enabled: false }, logLevel: 'error' },
);
