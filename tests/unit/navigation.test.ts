import { describe, expect, it } from 'vitest';
import { currentState } from '~/lib/site-nav';
import { buildToc, byOrderThenTitle, neighbours, wantsToc } from '~/lib/navigation';

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

describe('byOrderThenTitle', () => {
  it('sorts by order, then title, with unordered entries last', () => {
    const items = [{ title: 'b' }, { title: 'z', order: 2 }, { title: 'a', order: 2 }, { title: 'c', order: 1 }];
    expect(items.sort(byOrderThenTitle).map((i) => i.title)).toEqual(['c', 'a', 'z', 'b']);
  });
});

describe('currentState', () => {
  it('marks the page itself and the section it is in', () => {
    expect(currentState('/lessons/', '/lessons/')).toBe('page');
    expect(currentState('/lessons/', '/lessons/community/')).toBe('true');
    expect(currentState('/lessons/', '/route/')).toBeUndefined();
  });
});
