import { describe, expect, it } from 'vitest';
import { currentState } from '~/lib/site-nav';
import { compareEntries, neighbours } from '~/lib/ordering';
import { footerNav, mainNav } from '~/lib/site-nav';
import { buildToc, wantsToc } from '~/lib/table-of-contents';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug });

describe('buildToc', () => {
  it('nests ### under the ## before it', () => {
    expect(buildToc([h(2, 'a'), h(3, 'a1'), h(2, 'b'), h(4, 'skip')])).toEqual([
      { slug: 'a', text: 'a', children: [{ slug: 'a1', text: 'a1', children: [] }] },
      { slug: 'b', text: 'b', children: [] },
    ]);
  });

  it('keeps a ### that comes before any ##', () => {
    expect(buildToc([h(3, 'x')])).toEqual([{ slug: 'x', text: 'x', children: [] }]);
  });
});

describe('wantsToc', () => {
  it('wants three or more sections', () => {
    expect(wantsToc([h(2, 'a'), h(2, 'b')])).toBe(false);
    expect(wantsToc([h(2, 'a'), h(3, 'a1'), h(2, 'b'), h(2, 'c')])).toBe(true);
  });
});

describe('neighbours', () => {
  it('gives nothing before the first and nothing after the last', () => {
    expect(neighbours(['a', 'b', 'c'], 0)).toEqual({ previous: undefined, next: 'b' });
    expect(neighbours(['a', 'b', 'c'], 2)).toEqual({ previous: 'b', next: undefined });
  });

  it('refuses a position outside the list', () => {
    expect(() => neighbours(['a'], -1)).toThrow(/outside/);
  });
});

describe('compareEntries', () => {
  it('sorts by order, then title, with unordered entries last', () => {
    const items = [{ title: 'b' }, { title: 'z', order: 2 }, { title: 'a', order: 2 }, { title: 'c', order: 1 }];
    expect(items.sort(compareEntries).map((i) => i.title)).toEqual(['c', 'a', 'z', 'b']);
  });

  it('puts ranked entries first place first, then in the order listed', () => {
    const plans = [
      { title: 'third', rank: 3, order: 1 },
      { title: 'first-b', rank: 1, order: 2 },
      { title: 'second', rank: 2, order: 1 },
      { title: 'first-a', rank: 1, order: 1 },
    ];
    expect(plans.sort(compareEntries).map((p) => p.title)).toEqual(['first-a', 'first-b', 'second', 'third']);
  });

  it('puts dated entries newest first', () => {
    const posts = [
      { title: 'a', date: '2009-03-01' },
      { title: 'b', date: '2023-04-28' },
    ];
    expect(posts.sort(compareEntries).map((p) => p.title)).toEqual(['b', 'a']);
  });
});

describe('site navigation', () => {
  it('comes from the collections table: the route and the story collections in the header', () => {
    expect(mainNav.map((item) => item.href)).toEqual([
      '/route/',
      '/case-studies/',
      '/lessons/',
      '/innovation-plans/',
      '/related/',
      '/journal/',
    ]);
    expect(footerNav.map((item) => item.href)).toEqual([
      '/partners/',
      '/places/',
      '/sources/',
      '/glossary/',
      '/search/',
      '/data/',
      '/about/',
    ]);
  });
});

describe('currentState', () => {
  it('marks the page itself and the section it is in', () => {
    expect(currentState('/lessons/', '/lessons/')).toBe('page');
    expect(currentState('/lessons/', '/lessons/community/')).toBe('true');
    expect(currentState('/lessons/', '/route/')).toBeUndefined();
  });
});
