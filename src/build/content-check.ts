// Reachable from astro.config.mjs: relative imports only.
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkEntries, type ContentProblem } from '../lib/content-check.ts';
import { readContent } from './content-files.ts';

/** Whether the image `src`, written in the entry `file` (relative to `root`), exists. */
export function imageFileExists(root: string, file: string, src: string): boolean {
  const path = src.startsWith('~/')
    ? join(root, 'src', src.slice(2))
    : src.startsWith('/')
      ? join(root, src)
      : join(root, dirname(file), src);
  return existsSync(path) && statSync(path).isFile();
}

/** Reads and checks a project's content; returns every problem found. */
export function checkProject(root: string): ContentProblem[] {
  const { entries, problems } = readContent(root);
  return [...problems, ...checkEntries(entries, { imageExists: (file, src) => imageFileExists(root, file, src) })];
}
