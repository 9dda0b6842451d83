import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Caches that a cold build must not find. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * A throwaway copy of the project (code + the given content folder) for a cold build.
 * `node_modules` is a folder of symlinks to the project's packages, so the copy's caches
 * (node_modules/.astro, node_modules/.vite) start empty and never touch the real project.
 */
export function copyProject(rootDir, contentFrom, label = 'bench') {
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
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
