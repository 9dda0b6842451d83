// Reachable from astro.config.mjs: relative imports only.
import { parseFrontmatter } from '@astrojs/markdown-remark';
import yaml from 'js-yaml';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentEntry, ContentProblem } from '../lib/content-check.ts';
import { entryIdOf, fileNameProblem, isCleanId } from '../lib/paths.ts';
import {
  collectionNames,
  collections,
  contentPathOf,
  type CollectionName,
  type CollectionSpec,
} from '../schemas/collections.ts';
import { filesUnder } from './files.ts';

/**
 * The entry a file of a collection folder holds (`name` relative to the folder), or why its
 * frontmatter cannot be read. Also used on text not yet written (the scaffolder's tests).
 */
export function entryOfFile(collection: CollectionName, name: string, source: string): ContentEntry | ContentProblem {
  const file = `${contentPathOf(collection)}${name}`;
  try {
    const { frontmatter, rawFrontmatter } = parseFrontmatter(source);
    const firstLine = source.slice(0, source.indexOf(rawFrontmatter)).split('\n').length;
    return {
      collection,
      id: entryIdOf(name),
      file,
      data: frontmatter,
      source,
      yaml: { text: rawFrontmatter, firstLine },
    };
  } catch (error) {
    return { file, message: `the frontmatter is not valid YAML: ${(error as Error).message}` };
  }
}

/**
 * Reads the content folder as the loaders of src/content.config.ts will (same table, same id rule,
 * the same YAML parser as Astro's), so the content check sees exactly what Astro would load. A file
 * whose name cannot be a URL, frontmatter or YAML that does not parse, and a glossary term without
 * an id or with the id of another are problems, not exceptions: every one is reported at once.
 */
export function readContent(root: string): { entries: ContentEntry[]; problems: ContentProblem[] } {
  const entries: ContentEntry[] = [];
  const problems: ContentProblem[] = [];
  for (const collection of collectionNames) {
    const spec: CollectionSpec = collections[collection];
    if (spec.folder !== undefined) {
      for (const name of filesUnder(join(root, contentPathOf(collection)), /\.mdx?$/)) {
        const file = `${contentPathOf(collection)}${name}`;
        const badName = fileNameProblem(name);
        if (badName) {
          problems.push({ file, message: badName });
          continue;
        }
        const read = entryOfFile(collection, name, readFileSync(join(root, file), 'utf8'));
        if ('message' in read) problems.push(read);
        else entries.push(read);
      }
    } else if (spec.file !== undefined) {
      const file = contentPathOf(collection);
      if (!existsSync(join(root, file))) continue;
      const text = readFileSync(join(root, file), 'utf8');
      let items: unknown;
      try {
        items = yaml.load(text);
      } catch (error) {
        problems.push({ file, message: `not valid YAML: ${(error as Error).message}` });
        continue;
      }
      if (!Array.isArray(items)) {
        problems.push({ file, message: 'must be a list of entries, each starting with "- id: …"' });
        continue;
      }
      const seen = new Set<string>();
      items.forEach((item: unknown, index) => {
        const id = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)['id'] : undefined;
        const where = { text, firstLine: 1, prefix: [index] };
        if (typeof id !== 'string' || !isCleanId(id) || seen.has(id)) {
          problems.push({
            file,
            field: `[${index}].id`,
            message:
              typeof id === 'string' && seen.has(id)
                ? `the id "${id}" is used twice`
                : 'every entry needs an `id` of lowercase letters, digits and hyphens',
          });
          return;
        }
        seen.add(id);
        entries.push({ collection, id, file, data: item, yaml: where });
      });
    }
  }
  return { entries, problems };
}
