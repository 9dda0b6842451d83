import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/build/files';
import { createFixtureSite, type FixtureSite } from '../support/fixture-site';
import { rootDir } from '../support/paths';
import { builtPages, pagefindPageCount, sitemapPaths } from '../support/site';

/**
 * Bad input never passes silently: each case breaks one thing in a fresh copy of the minimal
 * fixture, builds it, and expects the build to fail with a message that names the file and the
 * field or link an editor has to fix. Only what a build decides is built here (the content check
 * being wired in, alt text in bodies, links and fragments, MDX syntax); every other content-check
 * case is a unit test of the checker (tests/unit/content-check.test.ts). One copied project serves every case (builds run one
 * after another); only its content folder is replaced.
 */

const fixture = join(rootDir, 'tests', 'fixtures', 'minimal-content');
const experience = 'experiences/test-group.mdx';
let site: FixtureSite;
let png: Buffer;

/** Content as the fixture has it, changed by `mutate`; then `astro build`, output without colours. */
function buildWith(mutate: (content: string) => void): { status: number | null; output: string } {
  rmSync(site.contentDir, { recursive: true, force: true });
  for (const stale of ['dist', '.astro']) rmSync(join(site.dir, stale), { recursive: true, force: true });
  cpSync(fixture, site.contentDir, { recursive: true });
  mutate(site.contentDir);
  const result = site.build();
  // eslint-disable-next-line no-control-regex
  return { status: result.status, output: result.output.replace(/\u001b\[[0-9;]*m/g, '') };
}

/** Rewrites one content file. */
function edit(content: string, file: string, change: (text: string) => string): void {
  const path = join(content, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit of ${file} changed nothing`);
  writeFileSync(path, after);
}

/** Adds lines at the end of a file's frontmatter. */
const addToFrontmatter = (lines: string) => (text: string) => text.replace(/\n---\n/, `\n${lines}\n---\n`);
/** Adds a paragraph at the end of a body. */
const appendBody = (markdown: string) => (text: string) => `${text.trimEnd()}\n\n${markdown}\n`;

/** Expects a failed build whose output contains every one of `texts`. */
function expectFailure(result: { status: number | null; output: string }, texts: string[]): void {
  expect(result.status, result.output).not.toBe(0);
  for (const text of texts) expect(result.output, `output should contain ${JSON.stringify(text)}`).toContain(text);
}

beforeAll(async () => {
  site = createFixtureSite(fixture);
  png = await sharp({ create: { width: 800, height: 450, channels: 3, background: '#6b8e23' } })
    .png()
    .toBuffer();
});

afterAll(() => site?.remove());

describe('a build with bad input', () => {
  it('succeeds on the fixture with a credited hero image and a described body image (no false alarms)', () => {
    // The copy is no git checkout: "Edit this page" comes from REPOSITORY_URL, dates from frontmatter.
    process.env['REPOSITORY_URL'] = 'https://git.example/org/site';
    const result = buildWith((content) => {
      writeFileSync(join(content, 'experiences', 'field.png'), png);
      writeFileSync(join(content, 'pages', 'pic.png'), png);
      edit(content, experience, addToFrontmatter('hero: { src: ./field.png, alt: A coffee field, credit: Test }'));
      edit(
        content,
        'pages/about.mdx',
        appendBody('![Coffee drying on mats](./pic.png) and [the objective](/route/#objective).'),
      );
    });
    delete process.env['REPOSITORY_URL'];
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('[site:link-check] internal links checked');

    // The hero is responsive: AVIF and WebP sources in several widths, size set, loaded at once.
    const page = readFileSync(join(site.dir, 'dist', 'case-studies', 'test-group', 'index.html'), 'utf8');
    const hero = /<figure class="hero">[\s\S]*?<\/figure>/.exec(page)?.[0] ?? '';
    expect(hero, hero).toMatch(/<source srcset="[^"]+\.avif 360w, [^"]+ 720w, [^"]+ 800w" type="image\/avif"/);
    expect(hero).toMatch(/<source srcset="[^"]+\.webp 360w[^"]*" type="image\/webp"/);
    expect(hero).toMatch(/<img[^>]+alt="A coffee field"/);
    expect(hero).toMatch(/<img[^>]+width="\d+"[^>]+height="\d+"|<img[^>]+height="\d+"[^>]+width="\d+"/);
    expect(hero).not.toContain('loading="lazy"');
    expect(hero).toContain('Test');
    // An image in the body is optimised, sized and lazy (it is below the fold).
    const about = readFileSync(join(site.dir, 'dist', 'about', 'index.html'), 'utf8');
    const bodyImage = /<img[^>]+alt="Coffee drying on mats"[^>]*>/.exec(about)?.[0] ?? '';
    expect(bodyImage).toMatch(/src="\/_astro\/[^"]+\.webp"/);
    expect(bodyImage).toContain('loading="lazy"');
    expect(bodyImage).toMatch(/width="\d+"/);

    // Provenance: the edit link opens the entry's file; a journal post without git history shows its own date.
    expect(page).toContain('href="https://git.example/org/site/edit/main/content/experiences/test-group.mdx"');
    const post = readFileSync(join(site.dir, 'dist', 'journal', 'test-post', 'index.html'), 'utf8');
    expect(post).toMatch(/Last updated: <time datetime="2013-03-01">1 March 2013<\/time>/);

    // The fixture's draft lesson is nowhere: no page, not in the sitemap, the index or any page's text.
    const dist = join(site.dir, 'dist');
    expect(builtPages(dist)).not.toContain('/lessons/draft-lesson/');
    expect(sitemapPaths(dist)).not.toContain('/lessons/draft-lesson/');
    expect(pagefindPageCount(dist)).toBe(sitemapPaths(dist).length);
    const leaks = filesUnder(dist).filter((file) =>
      readFileSync(join(dist, file), 'latin1').includes('unpublished-draft-marker'),
    );
    expect(leaks).toEqual([]);
  });

  it('fails on a reference to an entry that does not exist, naming file, field and id', () => {
    const result = buildWith((content) =>
      edit(content, experience, (text) => text.replace(/^organisations: \[test-org\]$/m, 'organisations: [nobody]')),
    );
    expectFailure(result, [
      'content/experiences/test-group.mdx',
      'organisations[0] (line 10): "nobody" is not an entry: there is no content/organisations/nobody.mdx',
    ]);
  });

  it('fails on a body image with empty alt text, naming file and line', () => {
    const result = buildWith((content) => {
      writeFileSync(join(content, 'pages', 'pic.png'), png);
      edit(content, 'pages/about.mdx', appendBody('![](./pic.png)'));
    });
    expectFailure(result, ['content/pages/about.mdx:9:1: image "./pic.png" has no alt text']);
  });

  // One build for both: the link check reports every broken link at once.
  it('fails on a broken internal link and a broken fragment, naming the content file, line and link', () => {
    const result = buildWith((content) =>
      edit(content, 'pages/about.mdx', appendBody('[x](/case-studies/nope/)\n\n[y](/route/#nope)')),
    );
    expectFailure(result, [
      'Link check failed: 2 broken internal links',
      'content/pages/about.mdx (page /about/)',
      'line 9: /case-studies/nope/ → no such page or file in the build (/case-studies/nope/)',
      'line 11: /route/#nope → /route/ has no element with id="nope"',
    ]);
  });

  it('fails on invalid MDX (an unclosed <Aside>), naming the file', () => {
    const result = buildWith((content) =>
      edit(content, 'pages/route.mdx', appendBody('<Aside type="gap">Never closed.')),
    );
    expectFailure(result, ['Expected a closing tag for `<Aside>`', 'content/pages/route.mdx:']);
  });
});
