import { describe, expect, it } from 'vitest';
import { attr, elementsOf, readBuiltPages, textOf, type Element } from '../support/html';
import { distDir } from '../support/paths';
import {
  effectiveSources,
  headerValue,
  isHash,
  parsePolicy,
  readHeaderRules,
  sha256Source,
  type Policy,
} from '../support/security';
import { headersFor } from '../support/headers';

const pages = readBuiltPages().map((page) => ({ ...page, elements: elementsOf(page.html) }));
const rules = readHeaderRules(distDir);
const allPaths = rules.find((rule) => rule.path === '/*');
const headerPolicy = parsePolicy(headerValue(allPaths, 'Content-Security-Policy') ?? '');

/**
 * Every inline script must be hashed, whatever its type, except exactly one: JSON-LD
 * (`type="application/ld+json"`, the pages' structured data). A browser treats it as a data block,
 * never runs it, and so never checks it against script-src. Any other type stays checked, so a
 * mistyped script type cannot slip past this test.
 */
const isExecutable = (element: Element): boolean =>
  element.tagName === 'script' &&
  attr(element, 'src') === undefined &&
  attr(element, 'type')?.trim().toLowerCase() !== 'application/ld+json';

/** The policy of a page's <meta http-equiv="content-security-policy">, or undefined. */
function metaPolicy(elements: Element[]): Policy | undefined {
  const meta = elements.find(
    (element) => element.tagName === 'meta' && attr(element, 'http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  const content = meta && attr(meta, 'content');
  return content ? parsePolicy(content) : undefined;
}

/** Hashes of every inline script and style sheet on the site, by directive. */
const inlineHashes = {
  'script-src': new Set(
    pages.flatMap((page) => page.elements.filter(isExecutable).map((el) => sha256Source(textOf(el)))),
  ),
  'style-src': new Set(
    pages.flatMap((page) => page.elements.filter((el) => el.tagName === 'style').map((el) => sha256Source(textOf(el)))),
  ),
};

describe('Content-Security-Policy in every page', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it('gives every page a CSP <meta> that allows no inline or eval()ed script, and lets Pagefind compile WebAssembly', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const policy = metaPolicy(page.elements);
      if (!policy) {
        problems.push(`${page.path}: no <meta http-equiv="content-security-policy">`);
        continue;
      }
      const scripts = effectiveSources(policy, 'script-src') ?? [];
      for (const loose of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
        if (scripts.includes(loose)) problems.push(`${page.path}: script-src allows ${loose}`);
      }
      if (!scripts.includes("'wasm-unsafe-eval'")) problems.push(`${page.path}: script-src lacks 'wasm-unsafe-eval'`);
      if (!policy.get('default-src')?.includes("'self'")) problems.push(`${page.path}: no default-src 'self'`);
    }
    expect(problems).toEqual([]);
  });

  it("lists the sha256 hash of every inline script and style sheet in the page's own policy", () => {
    const problems: string[] = [];
    for (const page of pages) {
      const policy = metaPolicy(page.elements);
      for (const [directive, tag] of [
        ['script-src', 'script'],
        ['style-src', 'style'],
      ] as const) {
        const allowed = (policy && effectiveSources(policy, directive)) ?? [];
        for (const element of page.elements.filter((el) =>
          tag === 'script' ? isExecutable(el) : el.tagName === 'style',
        )) {
          const hash = sha256Source(textOf(element));
          if (!allowed.includes(hash))
            problems.push(`${page.path}: inline <${tag}> ${hash} is not in the <meta> ${directive}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('uses no inline event handler (on…=) and no style="" attribute: the policy would block them', () => {
    const problems: string[] = [];
    for (const page of pages) {
      for (const element of page.elements) {
        for (const attribute of element.attrs) {
          if (/^on/i.test(attribute.name) || attribute.name.toLowerCase() === 'style') {
            problems.push(`${page.path}: <${element.tagName} ${attribute.name}="${attribute.value.slice(0, 40)}">`);
          }
        }
        const href = attr(element, 'href') ?? attr(element, 'src') ?? attr(element, 'action') ?? '';
        if (/^\s*javascript:/i.test(href)) problems.push(`${page.path}: <${element.tagName}> with a javascript: URL`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('security headers (public/_headers)', () => {
  it('caches files with a content hash for a year, and nothing else longer than the host does', () => {
    expect(headerValue(allPaths, 'Cache-Control')).toBeUndefined();
    expect(headersFor(rules, '/_astro/BaseLayout.abc123.css')).toContainEqual([
      'Cache-Control',
      'public, max-age=31536000, immutable',
    ]);
    expect(headersFor(rules, '/case-studies/rlip/index.html').map(([name]) => name)).not.toContain('Cache-Control');
    expect(rules.filter((rule) => rule.path !== '/*').flatMap((rule) => rule.headers.map(([name]) => name))).toEqual([
      'Cache-Control',
    ]);
  });

  it('sets every security header for all paths, in the "/*" rule', () => {
    expect(rules[0]?.path).toBe('/*');
    const expected: Record<string, RegExp> = {
      'Content-Security-Policy': /\S/,
      'X-Content-Type-Options': /^nosniff$/,
      'Referrer-Policy': /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
      'Permissions-Policy': /\w+=\(\)/,
      'X-Frame-Options': /^DENY$/,
      'Cross-Origin-Opener-Policy': /^same-origin$/,
    };
    const wrong = Object.entries(expected)
      .filter(([name, pattern]) => !pattern.test(headerValue(allPaths, name) ?? ''))
      .map(([name]) => `${name}: ${headerValue(allPaths, name) ?? '(missing)'}`);
    expect(wrong).toEqual([]);
  });

  it('sends a strict policy: self only, no unsafe-inline or unsafe-eval, WebAssembly for Pagefind, no framing', () => {
    const get = (directive: string) => effectiveSources(headerPolicy, directive) ?? [];
    expect(headerPolicy.get('default-src')).toEqual(["'self'"]);
    expect(get('script-src').filter((source) => !isHash(source))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(get('style-src').filter((source) => !isHash(source))).toEqual(["'self'"]);
    expect(headerPolicy.get('object-src')).toEqual(["'none'"]);
    expect(headerPolicy.get('base-uri')).toEqual(["'self'"]);
    expect(headerPolicy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('is no looser than the policy in the pages', () => {
    // Problem → pages where it occurs, so that one mistake in the header reads as one line.
    const looser = new Map<string, string[]>();
    const note = (problem: string, path: string) => looser.set(problem, [...(looser.get(problem) ?? []), path]);
    for (const page of pages) {
      const meta = metaPolicy(page.elements);
      if (!meta) continue;
      for (const directive of new Set([...headerPolicy.keys(), ...meta.keys()])) {
        const inMeta = effectiveSources(meta, directive);
        if (inMeta === undefined) continue; // the <meta> says nothing: only the header decides
        const inHeader = effectiveSources(headerPolicy, directive);
        if (inHeader === undefined) {
          note(`the header has no ${directive} (the <meta> has one)`, page.path);
          continue;
        }
        for (const source of inHeader.filter((source) => !isHash(source) && !inMeta.includes(source))) {
          note(`the header allows ${source} in ${directive}, the <meta> does not`, page.path);
        }
      }
    }
    const report = [...looser].map(([problem, paths]) => `${problem} (${paths.length} page(s), e.g. ${paths[0]})`);
    expect(report).toEqual([]);
  });

  it('lists the hash of every inline script and style sheet (a page obeys header and <meta> both), and no other', () => {
    const problems: string[] = [];
    for (const directive of ['script-src', 'style-src'] as const) {
      const inHeader = (effectiveSources(headerPolicy, directive) ?? []).filter(isHash);
      for (const hash of inlineHashes[directive]) {
        if (!inHeader.includes(hash)) problems.push(`add ${hash} to ${directive} in public/_headers`);
      }
      for (const hash of inHeader) {
        if (!inlineHashes[directive].has(hash))
          problems.push(`remove ${hash} from ${directive} in public/_headers (no inline code has it)`);
      }
    }
    expect(problems).toEqual([]);
  });
});
