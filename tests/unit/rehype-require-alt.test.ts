import { describe, expect, it } from 'vitest';
import { imagesWithoutAlt, rehypeRequireAlt, type TreeNode } from '~/markdown/rehype-require-alt';

const at = (line: number, column = 1) => ({ start: { line, column } });
const img = (properties: Record<string, unknown>, line = 3): TreeNode => ({
  type: 'element',
  tagName: 'img',
  properties,
  children: [],
  position: at(line),
});
const root = (...children: TreeNode[]): TreeNode => ({
  type: 'root',
  children: [{ type: 'element', tagName: 'p', children }],
});

describe('imagesWithoutAlt', () => {
  it('finds Markdown/HTML images with no or blank alt', () => {
    expect(
      imagesWithoutAlt(
        root(img({ src: './a.png', alt: '' }), img({ src: './b.png' }, 5), img({ src: './c.png', alt: ' ' }, 7)),
      ),
    ).toEqual([
      { src: './a.png', line: 3, column: 1 },
      { src: './b.png', line: 5, column: 1 },
      { src: './c.png', line: 7, column: 1 },
    ]);
  });

  it('accepts images that describe themselves', () => {
    expect(imagesWithoutAlt(root(img({ src: './a.png', alt: 'A coffee field' })))).toEqual([]);
  });

  it('checks <img> written as JSX in MDX, trusting expressions', () => {
    const jsx = (attributes: NonNullable<TreeNode['attributes']>): TreeNode => ({
      type: 'mdxJsxFlowElement',
      name: 'img',
      attributes,
      children: [],
      position: at(9),
    });
    const src = { type: 'mdxJsxAttribute', name: 'src', value: '/x.png' };
    expect(imagesWithoutAlt(root(jsx([src])))).toEqual([{ src: '/x.png', line: 9, column: 1 }]);
    expect(imagesWithoutAlt(root(jsx([src, { type: 'mdxJsxAttribute', name: 'alt', value: '' }])))).toHaveLength(1);
    expect(imagesWithoutAlt(root(jsx([src, { type: 'mdxJsxAttribute', name: 'alt', value: 'X' }])))).toEqual([]);
    expect(
      imagesWithoutAlt(
        root(jsx([src, { type: 'mdxJsxAttribute', name: 'alt', value: { type: 'mdxJsxAttributeValueExpression' } }])),
      ),
    ).toEqual([]);
  });
});

describe('rehypeRequireAlt', () => {
  it('throws naming the file, line and image', () => {
    const transform = rehypeRequireAlt();
    const file = { path: '/site/content/pages/about.mdx', cwd: '/site' };
    expect(() => transform(root(img({ src: './pic.png', alt: '' }, 12)), file)).toThrow(
      /^content\/pages\/about\.mdx:12:1: image "\.\/pic\.png" has no alt text/,
    );
  });

  it('lets a tree without images through', () => {
    expect(() => rehypeRequireAlt()(root(), { path: '/x.md' })).not.toThrow();
  });
});
