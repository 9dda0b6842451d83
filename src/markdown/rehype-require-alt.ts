// Imported by astro.config.mjs: relative imports only.
import { relative, sep } from 'node:path';

/** The parts of a hast / MDX tree this plugin reads; kept local so the plugin has no type dependency. */
interface Point {
  line: number;
  column: number;
}
export interface TreeNode {
  type: string;
  tagName?: string | undefined;
  name?: string | null | undefined;
  properties?: Record<string, unknown> | undefined;
  attributes?: Array<{ type: string; name?: string | undefined; value?: unknown }> | undefined;
  children?: TreeNode[] | undefined;
  position?: { start: Point; end?: Point | undefined } | undefined;
}
/** What the plugin needs from unified's VFile. */
interface FileLike {
  path?: string | undefined;
  cwd?: string | undefined;
}

/** An image in the body without a description: where it is and what it shows. */
export interface MissingAlt {
  src: string;
  line?: number;
  column?: number;
}

const textOf = (value: unknown): string =>
  typeof value === 'string' ? value : Array.isArray(value) ? value.join(' ') : '';

/** Every `<img>` (Markdown image, raw HTML or MDX JSX) in the tree whose alt text is missing or blank. */
export function imagesWithoutAlt(tree: TreeNode): MissingAlt[] {
  const found: MissingAlt[] = [];
  const visit = (node: TreeNode): void => {
    let missing: string | undefined;
    if (node.type === 'element' && node.tagName === 'img') {
      if (textOf(node.properties?.['alt']).trim() === '') missing = textOf(node.properties?.['src']);
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img') {
      const attribute = (name: string) => node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
      const alt = attribute('alt');
      // alt={expression} cannot be judged here; a literal must say something.
      const blank = !alt || (typeof alt.value === 'string' && alt.value.trim() === '') || alt.value === null;
      if (blank) missing = textOf(attribute('src')?.value);
    }
    if (missing !== undefined) {
      found.push({
        src: missing,
        ...(node.position ? { line: node.position.start.line, column: node.position.start.column } : {}),
      });
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return found;
}

/**
 * Rehype plugin: fails the build on an image in a Markdown/MDX body without alt text, naming the
 * file and line. Alt text is what a reader on a slow connection or with a screen reader gets;
 * frontmatter images are held to the same rule by `figureSchema`.
 */
export function rehypeRequireAlt() {
  return (tree: TreeNode, file: FileLike) => {
    const missing = imagesWithoutAlt(tree);
    if (missing.length === 0) return;
    const name = file.path
      ? relative(file.cwd ?? process.cwd(), file.path)
          .split(sep)
          .join('/')
      : '(unknown file)';
    const lines = missing.map(
      (image) =>
        `${name}${image.line !== undefined ? `:${image.line}:${image.column ?? 1}` : ''}: image "${image.src}" has no alt text`,
    );
    const reason =
      `${lines.join('\n')}\n` +
      `Describe what the picture shows: ![a farmer sorting coffee cherries](${missing[0]?.src ?? './picture.png'}) ` +
      `or <img alt="…">. Alt text is required for every image.`;
    // Astro's MDX plugin shows `line`/`column` of a thrown error as its Location.
    throw Object.assign(new Error(reason), {
      ...(missing[0]?.line !== undefined ? { line: missing[0].line, column: missing[0].column ?? 1 } : {}),
    });
  };
}
