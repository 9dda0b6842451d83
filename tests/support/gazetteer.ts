import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '~/build/files';
import { entryIdOf } from '~/lib/paths';
import { contentDir } from './paths';

/** The real gazetteer (content/places), read as the loader would give it: references resolved. */
export function places() {
  const dir = join(contentDir, 'places');
  return filesUnder(dir, '.mdx').map((name) => {
    const data = parseFrontmatter(readFileSync(join(dir, name), 'utf8')).frontmatter as Record<string, unknown>;
    return {
      collection: 'places',
      id: entryIdOf(name),
      data: {
        ...data,
        variants: (data['variants'] as string[] | undefined) ?? [],
        parent: typeof data['parent'] === 'string' ? { collection: 'places', id: data['parent'] } : undefined,
      },
    };
  });
}
