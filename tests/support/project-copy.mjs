import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Caches a cold build must not find. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * A throwaway copy of the project (its code and the given content folder) in a temporary folder,
 * for builds with known, often broken, input (tests) and for cold builds (the benchmark). Plain
 * JavaScript so both can use this one copy. `node_modules` is a folder of symlinks to the
 * project's packages, so the copy's caches (node_modules/.astro, .vite) start empty and never
 * touch the real project.
 * @param {string} rootDir the project to copy
 * @param {string} contentFrom the content folder to use
 * @param {string} [label] part of the temporary folder's name
 */
export function copyProject(rootDir, contentFrom, label = 'copy') {
  const dir = mkdtempSync(join(tmpdir(), `site-${label}-`));
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(rootDir, item), join(dir, item), { recursive: true });
  }
  cpSync(contentFrom, join(dir, 'content'), { recursive: true });
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(rootDir, 'node_modules'))) {
    if (!CACHES.has(name)) symlinkSync(join(rootDir, 'node_modules', name), join(modules, name));
  }
  return {
    dir,
    contentDir: join(dir, 'content'),
    distDir: join(dir, 'dist'),
    /**
     * Runs `astro build` and waits; returns the exit code and everything it printed, without colours.
     * @param {Record<string, string>} [env] extra environment, e.g. `{ BASE_PATH: '/site/' }`
     */
    build: (env = {}) => {
      // Vitest puts Vite's own variables (BASE_URL, MODE, DEV, PROD, SSR) and NODE_ENV=test into the
      // environment; a real build never sees them, so neither does this one.
      const clean = Object.fromEntries(
        Object.entries(process.env).filter(
          ([name]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(name),
        ),
      );
      const result = spawnSync(join(dir, 'node_modules', '.bin', 'astro'), ['build'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...clean, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
        timeout: 240_000,
        // A large build prints a warning per MDX file (NOTES-astro7.md): keep all of it.
        maxBuffer: 256 * 1024 * 1024,
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
