// Imported by astro.config.mjs hooks, the tests and plain Node (bench): no imports but node:*.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every file below `dir` (optionally only those whose name ends with `extension`), as paths
 * relative to it with forward slashes, sorted so results never depend on the file system's order.
 * A missing folder has no files. The one directory walk of the project.
 */
export function filesUnder(dir: string, extension?: string | RegExp): string[] {
  if (!existsSync(dir)) return [];
  const wanted = (name: string) =>
    extension === undefined || (typeof extension === 'string' ? name.endsWith(extension) : extension.test(name));
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && wanted(entry.name))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
