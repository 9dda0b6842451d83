// Imported by astro.config.mjs: relative imports only.
import type { AstroIntegration } from 'astro';

/**
 * Drafts show in `astro dev` only. The command decides, not NODE_ENV: a build started with
 * NODE_ENV=test or development (a test runner, a shell profile) must still leave every draft out.
 * Read as `import.meta.env.SITE_SHOW_DRAFTS` (src/data/entries.ts).
 */
export function draftsInDevOnly(): AstroIntegration {
  return {
    name: 'site:drafts',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.SITE_SHOW_DRAFTS': JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
