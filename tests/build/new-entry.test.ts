import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runNewEntry } from '../../src/build/new-entry';
import { pathFor } from '../../src/lib/paths';
import { folderCollections } from '../../src/schemas/collections';
import { createFixtureSite, type FixtureSite } from '../support/fixture-site';
import { rootDir } from '../support/paths';
import { builtPages, sitemapPaths } from '../support/site';

/**
 * What `npm run new` writes builds: in a copy of the minimal fixture, the scaffolder makes one
 * entry per folder collection (the first as an editor runs it, by Node in the copy); the case study stays a draft, the others
 * are published (`draft: false`). One build: it succeeds, the published pages are there, the draft
 * is not.
 */

const kept = 'experiences';
let site: FixtureSite;
let build: { status: number | null; output: string };

beforeAll(() => {
  site = createFixtureSite(join(rootDir, 'tests', 'fixtures', 'minimal-content'));
  // The draft as an editor makes it (the script, run by Node in the copy); the others in-process.
  const run = spawnSync(
    join(site.dir, 'node_modules', '.bin', 'node'),
    ['src/build/new-entry.ts', kept, `Scaffolded ${kept}`],
    { cwd: site.dir, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`npm run new -- ${kept} failed: ${run.stderr}`);
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  for (const collection of folderCollections.filter((name) => name !== kept)) {
    if (runNewEntry(site.dir, [collection, `Scaffolded ${collection}`], new Date()) !== 0) {
      throw new Error(`npm run new -- ${collection} failed`);
    }
    const file = join(site.contentDir, collection, `scaffolded-${collection}.mdx`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^draft: true.*$/m, 'draft: false'));
  }
  log.mockRestore();
  build = site.build();
});

afterAll(() => site?.remove());

describe('a scaffolded entry', () => {
  it('builds: the build succeeds with one new entry in every collection', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('is published once draft: false, and absent while a draft', () => {
    const pages = builtPages(site.distDir);
    const sitemap = sitemapPaths(site.distDir);
    for (const collection of folderCollections) {
      const path = pathFor(collection, `scaffolded-${collection}`);
      const published = collection !== kept;
      expect(pages.includes(path), `${path} built`).toBe(published);
      expect(sitemap.includes(path), `${path} in the sitemap`).toBe(published);
    }
    const lesson = readFileSync(join(site.distDir, 'lessons', 'scaffolded-lessons', 'index.html'), 'utf8');
    expect(lesson).toContain('Scaffolded lessons');
    expect(lesson).toContain('aside-gap');
  });
});
