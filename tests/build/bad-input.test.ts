import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import htmlValidateConfig from '../../.htmlvalidate.mjs';
import { filesUnder } from '../../src/build/files';
import { launchBrowser } from '../support/browser';
import { createFixtureSite, type FixtureSite } from '../support/fixture-site';
import { rootDir } from '../support/paths';
import { serveDist } from '../support/server';
import { builtPages, pagefindPageCount, sitemapPaths } from '../support/site';

/**
 * Bad input never passes silently: each case breaks one thing in a fresh copy of the minimal
 * fixture, builds it, and expects the build to fail with a message that names the file and the
 * field or link an editor has to fix. Only what a build decides is built here (the content check
 * being wired in, alt text in bodies, links and fragments, MDX syntax); every other content-check
 * case is a unit test of the checker (tests/unit/content-check.test.ts). First, the fixture builds
 * with pictures in it (no false alarms), and that one build also proves the pictures' output: the
 * hero, a body image and `<Figure>` photographs, whose full-size view is driven in Chromium. One
 * copied project serves every case (builds run one after another); only its content folder is
 * replaced.
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

/** The photograph of the `<Figure>` cases: a generated picture, 1200 × 800 (tests/fixtures/images). */
const photo = join(rootDir, 'tests', 'fixtures', 'images', 'test-photo.jpg');
/** Two photographs in a body: the attributes over several lines with a full-size view, and on one line without. */
const figures = [
  '<Figure',
  '  src="./field.jpg"',
  '  alt="A green field under a pale sky"',
  '  caption="A test field, drawn by a script."',
  '  credit="Image: generated for the tests, CC0"',
  '  fullSize',
  '/>',
  '',
  '<Figure src="field.jpg" alt="The same field again" caption="Once more." credit="Image: the tests, CC0" />',
].join('\n');

describe('the fixture with pictures (no false alarms)', () => {
  let result: { status: number | null; output: string };
  let dist: string;
  beforeAll(() => {
    // The copy is no git checkout: "Edit this page" comes from REPOSITORY_URL, dates from frontmatter.
    process.env['REPOSITORY_URL'] = 'https://git.example/org/site';
    result = buildWith((content) => {
      writeFileSync(join(content, 'experiences', 'field.png'), png);
      writeFileSync(join(content, 'pages', 'pic.png'), png);
      cpSync(photo, join(content, 'pages', 'field.jpg'));
      edit(content, experience, addToFrontmatter('hero: { src: ./field.png, alt: A coffee field, credit: Test }'));
      edit(
        content,
        'pages/about.mdx',
        appendBody(`![Coffee drying on mats](./pic.png) and [the objective](/route/#objective).\n\n${figures}`),
      );
    });
    delete process.env['REPOSITORY_URL'];
    dist = join(site.dir, 'dist');
  });

  it('builds, with a credited hero image, a described body image and two photographs', () => {
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('[site:link-check] internal links checked');

    // The hero is responsive: AVIF and WebP sources in several widths, size set, loaded at once.
    const page = readFileSync(join(dist, 'case-studies', 'test-group', 'index.html'), 'utf8');
    const hero = /<figure class="hero">[\s\S]*?<\/figure>/.exec(page)?.[0] ?? '';
    expect(hero, hero).toMatch(/<source srcset="[^"]+\.avif 360w, [^"]+ 720w, [^"]+ 800w" type="image\/avif"/);
    expect(hero).toMatch(/<source srcset="[^"]+\.webp 360w[^"]*" type="image\/webp"/);
    expect(hero).toMatch(/<img[^>]+alt="A coffee field"/);
    expect(hero).toMatch(/<img[^>]+width="\d+"[^>]+height="\d+"|<img[^>]+height="\d+"[^>]+width="\d+"/);
    expect(hero).not.toContain('loading="lazy"');
    expect(hero).toContain('Test');
    // An image in the body is optimised, sized and lazy (it is below the fold).
    const about = readFileSync(join(dist, 'about', 'index.html'), 'utf8');
    const bodyImage = /<img[^>]+alt="Coffee drying on mats"[^>]*>/.exec(about)?.[0] ?? '';
    expect(bodyImage).toMatch(/src="\/_astro\/[^"]+\.webp"/);
    expect(bodyImage).toContain('loading="lazy"');
    expect(bodyImage).toMatch(/width="\d+"/);
  });

  it('links "Edit this page" to the entry\'s file, and dates a page without git history from its frontmatter', () => {
    const page = readFileSync(join(dist, 'case-studies', 'test-group', 'index.html'), 'utf8');
    expect(page).toContain('href="https://git.example/org/site/edit/main/content/experiences/test-group.mdx"');
    const post = readFileSync(join(dist, 'journal', 'test-post', 'index.html'), 'utf8');
    expect(post).toMatch(/Last updated: <time datetime="2013-03-01">1 March 2013<\/time>/);
  });

  it('shows each <Figure> photograph in AVIF and WebP widths, sized, lazy, with caption and credit', () => {
    const about = readFileSync(join(dist, 'about', 'index.html'), 'utf8');
    const [first = '', second = '', ...more] = about.match(/<figure class="photo">[\s\S]*?<\/figure>/g) ?? [];
    // The photographs' stylesheet comes with them, and only with them.
    const sheet = /<link rel="stylesheet" href="(\/_astro\/figure\.[^"]+\.css)"><figure class="photo">/.exec(
      about,
    )?.[1];
    expect(sheet && existsSync(join(dist, sheet))).toBe(true);
    expect(more).toEqual([]);
    for (const figure of [first, second]) {
      expect(figure, figure).toMatch(
        /<source srcset="\/_astro\/field\.[^" ]+\.avif 360w, [^"]+ 720w, [^"]+ 1080w, [^"]+ 1200w" type="image\/avif" sizes="\(min-width: 44rem\) 42rem, 100vw">/,
      );
      expect(figure).toMatch(/<source srcset="\/_astro\/field\.[^" ]+\.webp 360w[^"]*" type="image\/webp"/);
      const img = /<img [^>]+>/.exec(figure)?.[0] ?? '';
      for (const attribute of ['width="1200"', 'height="800"', 'loading="lazy"', 'decoding="async"']) {
        expect(img).toContain(attribute);
      }
    }
    expect(first).toMatch(/<img [^>]*alt="A green field under a pale sky"/);
    expect(first).toContain(
      '<figcaption>A test field, drawn by a script. <span class="meta">Image: generated for the tests, CC0</span></figcaption>',
    );
    expect(first).toMatch(
      /<button type="button" class="photo-open" popovertarget="(photo-\w+)">View full size<\/button><div id="\1" class="photo-full" popover/,
    );
    expect(second).toContain('<figcaption>Once more. <span class="meta">Image: the tests, CC0</span></figcaption>');
    expect(second).not.toContain('popover');
    // The full-size view needs no script (the page's one script copies and shares), nor an inline style.
    expect(first + second).not.toContain('<script');
    expect(about).not.toMatch(/\sstyle=/);
  });

  it('opens the full size in Chromium without JavaScript, and closes it with Escape; valid, accessible, not printed', async () => {
    const server = await serveDist(dist);
    const browser = await launchBrowser({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/about/`);
      const open = page.getByRole('button', { name: 'View full size' });
      const large = page.locator('.photo-full img');
      const full = page.getByRole('dialog', { name: 'Full-size photograph: A green field under a pale sky' });
      // Lazy in a closed popover: nothing is fetched until a reader asks.
      expect(await large.evaluate((img: HTMLImageElement) => img.currentSrc)).toBe('');
      await open.click();
      await expect.poll(() => full.isVisible()).toBe(true);
      await expect
        .poll(() => large.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
        .toBe(true);
      expect(await large.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/\.avif$/);
      const box = await large.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(900);

      // Open, in both colour schemes: names, contrast of the buttons over the backdrop.
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const axe = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .setLegacyMode(true)
          .analyze();
        expect(axe.violations.map((v) => `${colorScheme} ${v.id}: ${v.help}`)).toEqual([]);
      }

      // Tab moves from the button into the view; Escape closes it and focus goes back to the button.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('photo-close');
      await page.keyboard.press('Escape');
      await expect.poll(() => full.isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('photo-open');
      // The close button closes it too.
      await open.click();
      await page.getByRole('button', { name: 'Close' }).click();
      await expect.poll(() => full.isVisible()).toBe(false);

      // Paper: the photograph and caption, never the button or an open view.
      await open.click();
      await page.emulateMedia({ media: 'print' });
      expect(await open.isVisible()).toBe(false);
      expect(await full.isVisible()).toBe(false);
      expect(await page.locator('.photo > picture img').first().isVisible()).toBe(true);
    } finally {
      await browser.close();
      await server.close();
    }

    const validator = new HtmlValidate(new FileSystemConfigLoader(htmlValidateConfig));
    const report = await validator.validateString(readFileSync(join(dist, 'about', 'index.html'), 'utf8'));
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  it('leaves the draft lesson out everywhere: no page, not in the sitemap, the index or any page', () => {
    expect(builtPages(dist)).not.toContain('/lessons/draft-lesson/');
    expect(sitemapPaths(dist)).not.toContain('/lessons/draft-lesson/');
    expect(pagefindPageCount(dist)).toBe(sitemapPaths(dist).length);
    const leaks = filesUnder(dist).filter((file) =>
      readFileSync(join(dist, file), 'latin1').includes('unpublished-draft-marker'),
    );
    expect(leaks).toEqual([]);
  });
});

describe('a build with bad input', () => {
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

  // One build for all three: the content check reports every problem at once.
  it('fails on a <Figure> without alt text, without a credit, or with a missing file, naming file, line and attribute', () => {
    const result = buildWith((content) => {
      cpSync(photo, join(content, 'pages', 'field.jpg'));
      edit(
        content,
        'pages/about.mdx',
        appendBody(
          [
            '<Figure src="./field.jpg" caption="C." credit="Photo: T, CC0" />',
            '<Figure src="./field.jpg" alt="A field" caption="C." />',
            '<Figure src="./nursery.jpg" alt="A nursery" caption="C." credit="Photo: T, CC0" />',
          ].join('\n\n'),
        ),
      );
    });
    expectFailure(result, [
      'content/pages/about.mdx',
      '  - line 9: <Figure> alt is missing: describe what the photograph shows',
      '  - line 11: <Figure> credit is missing: name who took the photograph and its licence',
      '  - line 13: <Figure> image file not found: "./nursery.jpg"',
    ]);
  });
});
