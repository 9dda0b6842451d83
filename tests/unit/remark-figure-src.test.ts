import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPathOf, remarkFigureSrc, type MdxNode } from '~/markdown/remark-figure-src';

const cwd = join(import.meta.dirname, '..', '..');
/** An MDX file beside the fixture photograph (tests/fixtures/images/test-photo.jpg). */
const file = { cwd, path: join(cwd, 'tests', 'fixtures', 'images', 'entry.mdx') };
const figure = (src: unknown, line = 7): MdxNode => ({
  type: 'mdxJsxFlowElement',
  name: 'Figure',
  attributes: [
    { type: 'mdxJsxAttribute', name: 'src', value: src },
    { type: 'mdxJsxAttribute', name: 'alt', value: 'A field' },
  ],
  children: [],
  position: { start: { line, column: 1 } },
});
const run = (...children: MdxNode[]): MdxNode => {
  const tree: MdxNode = { type: 'root', children };
  remarkFigureSrc()(tree, file);
  return tree;
};

describe('remarkFigureSrc', () => {
  it('turns a path next to the entry into an import, as astro:assets needs', () => {
    const tree = run(figure('./test-photo.jpg'), figure('test-photo.jpg'));
    const [first, second, ...rest] = tree.children ?? [];
    expect(first?.type).toBe('mdxjsEsm');
    expect(JSON.stringify(first?.data)).toContain('"value":"./test-photo.jpg"');
    expect(JSON.stringify(second?.data)).toContain('"name":"__figure_1__"');
    const src = rest[0]?.attributes?.[0]?.value as { type: string; value: string };
    expect(src).toMatchObject({ type: 'mdxJsxAttributeValueExpression', value: '__figure_0__' });
    expect(rest[1]?.attributes?.[1]?.value).toBe('A field');
  });

  it('fails on a file that is not there, naming the MDX file, line and path', () => {
    expect(() => run(figure('./missing.jpg', 12))).toThrow(
      'tests/fixtures/images/entry.mdx:12:1: <Figure> image file not found: "./missing.jpg"',
    );
  });

  it('leaves web addresses, expressions and other components alone', () => {
    const remote = figure('https://example.org/a.jpg');
    const expression = figure({ type: 'mdxJsxAttributeValueExpression', value: 'photo' });
    const other: MdxNode = { ...figure('./missing.jpg'), name: 'img' };
    const tree = run(remote, expression, other);
    expect(tree.children).toEqual([remote, expression, other]);
  });

  it('makes a bare file name relative', () => {
    expect(importPathOf('a.jpg')).toBe('./a.jpg');
    expect(importPathOf('../a.jpg')).toBe('../a.jpg');
    expect(importPathOf('~/assets/a.jpg')).toBe('~/assets/a.jpg');
  });
});
