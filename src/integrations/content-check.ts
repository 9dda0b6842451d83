import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkEntries, formatProblems, type ContentEntry, type ContentProblem } from '../lib/content-check';
import { collectionNames, type CollectionName } from '../schemas/shared';

/** js-yaml is what Astro's own `file()` loader parses YAML with; it ships no types. */
const yaml = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };

/** Entry id of a file, as Astro's glob loader makes it: the path without extension, slugified. */
export function idOfPath(relativePath: string): string {
  return relativePath
    .replace(/\.(md|mdx)$/, '')
    .split('/')
    .map((segment) =>
      segment
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
        .replace(/ /g, '-'),
    )
    .join('/')
    .replace(/\/index$/, '');
}

/** Reads the content folder the way `src/content.config.ts` declares it; YAML that does not parse is a problem. */
export function readContent(root: string): { entries: ContentEntry[]; problems: ContentProblem[] } {
  const contentDir = join(root, 'content');
  const entries: ContentEntry[] = [];
  const problems: ContentProblem[] = [];
  for (const collection of collectionNames.filter(
    (name): name is Exclude<CollectionName, 'glossary'> => name !== 'glossary',
  )) {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((name) => name.split(sep).join('/'))
      .filter((name) => /\.mdx?$/.test(name))
      .sort();
    for (const name of files) {
      const path = join(dir, name);
      const file = relative(root, path).split(sep).join('/');
      const source = readFileSync(path, 'utf8');
      try {
        const data: Record<string, unknown> = parseFrontmatter(source).frontmatter;
        // As in Astro's glob loader, a `slug` in the frontmatter replaces the id from the file name.
        const id = typeof data['slug'] === 'string' ? data['slug'] : idOfPath(name);
        entries.push({ collection, id, file, data, source });
      } catch (error) {
        problems.push({ file, message: `the frontmatter is not valid YAML: ${(error as Error).message}` });
      }
    }
  }
  const glossaryPath = join(contentDir, 'glossary.yaml');
  if (existsSync(glossaryPath)) {
    let items: unknown;
    try {
      items = yaml.load(readFileSync(glossaryPath, 'utf8'));
    } catch (error) {
      problems.push({ file: 'content/glossary.yaml', message: `not valid YAML: ${(error as Error).message}` });
    }
    if (Array.isArray(items)) {
      const text = readFileSync(glossaryPath, 'utf8');
      for (const item of items as unknown[]) {
        const id = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)['id'] : undefined;
        if (typeof id !== 'string') {
          problems.push({
            file: 'content/glossary.yaml',
            message: 'every term needs an `id` (letters, digits and hyphens)',
          });
          continue;
        }
        const at = new RegExp(`^-\\s+id:\\s*['"]?${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]?\\s*$`, 'm').exec(
          text,
        );
        const line = at ? text.slice(0, at.index).split('\n').length : undefined;
        entries.push({
          collection: 'glossary',
          id,
          file: 'content/glossary.yaml',
          data: item,
          ...(line ? { line } : {}),
        });
      }
    }
  }
  return { entries, problems };
}

/** Whether the image `src`, written in the entry `file` (relative to `root`), exists. */
export function imageFileExists(root: string, file: string, src: string): boolean {
  const path = src.startsWith('~/')
    ? join(root, 'src', src.slice(2))
    : src.startsWith('/')
      ? join(root, src)
      : join(root, dirname(file), src);
  return existsSync(path) && statSync(path).isFile();
}

/** Runs the check over a project; returns the problems found. */
export function checkProject(root: string): ContentProblem[] {
  const { entries, problems } = readContent(root);
  return [...problems, ...checkEntries(entries, { imageExists: (file, src) => imageFileExists(root, file, src) })];
}

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
        const root = fileURLToPath(config.root);
        const started = performance.now();
        const problems = checkProject(root);
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
