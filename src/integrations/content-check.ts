// Imported by astro.config.mjs: relative imports only.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkProject } from '../build/content-check.ts';
import { formatProblems } from '../lib/content-check.ts';

/**
 * Checks all content before Astro loads it (`astro:config:setup`), so a build, `astro check` or
 * `astro sync` fails with every problem listed by file and field. In `astro dev` the problems
 * are logged and the server still starts.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'site:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const started = performance.now();
        const problems = checkProject(fileURLToPath(config.root));
        if (problems.length === 0) {
          logger.info(`content checked in ${Math.round(performance.now() - started)} ms`);
          return;
        }
        const report = formatProblems(problems);
        if (command === 'dev') logger.error(report);
        else throw new Error(report);
      },
    },
  };
}
