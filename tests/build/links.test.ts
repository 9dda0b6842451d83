import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBuiltLinks } from '../../src/build/link-check';
import { distDir } from '../support/paths';
import { builtPages } from '../support/site';

/** The public address of the site, as the sitemap writes it: links to it are checked as internal. */
const site = new URL(/<loc>([^<]+)<\/loc>/.exec(readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8'))?.[1] ?? '')
  .origin;

describe('internal links and resources of the built site', () => {
  it('has pages to check', () => {
    expect(builtPages().length).toBeGreaterThan(80);
  });

  // The build runs the same checker and fails on a broken link; this catches a build that skipped it.
  it('point at files that exist, and at ids that exist on the target page', () => {
    const broken = checkBuiltLinks(distDir, site).map((link) => `${link.page} → ${link.href}: ${link.reason}`);
    expect(broken).toEqual([]);
  });
});
