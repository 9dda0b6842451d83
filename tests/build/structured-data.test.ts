import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataPath, entryOfUrl } from '../../src/lib/paths';
import { attr, elementsOf, fileForPath, textOf } from '../support/html';
import { contentDir } from '../support/paths';
import { sitemapPaths } from '../support/site';

type JsonLdNode = Record<string, unknown>;

/** The JSON-LD graphs of a built page, parsed. */
function graphsOf(path: string): {
  graphs: { '@context': string; '@graph': JsonLdNode[] }[];
  canonical?: string | undefined;
} {
  const elements = elementsOf(readFileSync(fileForPath(path), 'utf8'));
  const canonical = elements.find((el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical');
  return {
    graphs: elements
      .filter((el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json')
      .map((el) => JSON.parse(textOf(el)) as { '@context': string; '@graph': JsonLdNode[] }),
    ...(canonical ? { canonical: attr(canonical, 'href') } : {}),
  };
}

/** The type a page's main node must have, from what the page shows. */
function expectedType(path: string): string {
  // The open-data page is the landing page of the site's one dataset.
  if (path === dataPath) return 'Dataset';
  const entry = entryOfUrl(path);
  if (!entry) return path === '/' || path === '/glossary/' ? 'WebPage' : 'CollectionPage';
  const byCollection: Record<string, string> = {
    experiences: 'Article',
    related: 'Article',
    lessons: 'Article',
    plans: 'Article',
    journal: 'Article',
    organisations: 'Organization',
    places: 'Place',
    sources: 'WebPage',
  };
  if (entry.collection === 'pages') return entry.id === 'route' ? 'Event' : 'WebPage';
  return byCollection[entry.collection] ?? '?';
}

const pages = sitemapPaths();

describe('structured data (JSON-LD) in the built pages', () => {
  it('gives every sitemap page one graph that parses: the site, then the page as what it is', () => {
    const problems: string[] = [];
    for (const path of pages) {
      const { graphs, canonical } = graphsOf(path);
      if (graphs.length !== 1) {
        problems.push(`${path}: ${graphs.length} JSON-LD blocks`);
        continue;
      }
      const [website, main] = graphs[0]?.['@graph'] ?? [];
      if (graphs[0]?.['@context'] !== 'https://schema.org') problems.push(`${path}: @context`);
      if (website?.['@type'] !== 'WebSite') problems.push(`${path}: the graph does not start with the WebSite`);
      if (main?.['@type'] !== expectedType(path))
        problems.push(`${path}: ${String(main?.['@type'])}, expected ${expectedType(path)}`);
      if (main?.['@id'] !== canonical) problems.push(`${path}: @id ${String(main?.['@id'])} is not ${canonical}`);
    }
    expect(problems).toEqual([]);
  });

  it('ends every entry page’s breadcrumb trail with the page itself', () => {
    for (const path of pages.filter((p) => entryOfUrl(p))) {
      const { graphs, canonical } = graphsOf(path);
      const trail = graphs[0]?.['@graph'].find((node) => node['@type'] === 'BreadcrumbList');
      const items = (trail?.['itemListElement'] ?? []) as { position: number; item: string }[];
      expect(items.at(-1)?.item, path).toBe(canonical);
      expect(
        items.map((item) => item.position),
        path,
      ).toEqual(items.map((_, i) => i + 1));
    }
  });

  it('tells the truth about the route’s dates, from its frontmatter: held, and rescheduled from the planned days', () => {
    const { frontmatter } = parseFrontmatter(readFileSync(join(contentDir, 'pages', 'route.mdx'), 'utf8'));
    const { planned, held } = frontmatter as Record<'planned' | 'held', { start: string; end: string }>;
    const event = graphsOf('/route/').graphs[0]?.['@graph'][1];
    expect(event).toMatchObject({
      '@type': 'Event',
      startDate: held.start,
      endDate: held.end,
      eventStatus: 'https://schema.org/EventRescheduled',
      previousStartDate: planned.start,
    });
    expect(planned.start).not.toBe(held.start);
  });

  it('says what a case study is about and where, naming partners and places as on their own pages', () => {
    const [, article] = graphsOf('/case-studies/coffee-dakseum/').graphs[0]?.['@graph'] ?? [];
    const about = article?.['about'] as JsonLdNode[];
    const places = article?.['contentLocation'] as JsonLdNode[];
    expect(about.length).toBeGreaterThan(0);
    expect(places.length).toBeGreaterThan(0);
    for (const node of [...about, ...places]) {
      const own = graphsOf(new URL(String(node['@id'])).pathname).graphs[0]?.['@graph'][1];
      expect(own, String(node['@id'])).toMatchObject({ '@type': node['@type'], name: node['name'] });
    }
  });

  it('gives places their Lao name and other spellings, and no coordinates (no source has any)', () => {
    const place = graphsOf('/places/attapeu/').graphs[0]?.['@graph'][1];
    expect(place?.['alternateName']).toEqual(expect.arrayContaining(['Attapu', 'ອັດຕະປື']));
    for (const path of pages.filter((p) => p.startsWith('/places/'))) {
      expect(JSON.stringify(graphsOf(path).graphs), path).not.toMatch(/"geo"|latitude|longitude/);
    }
  });
});
