// Imported by astro.config.mjs: relative imports only.
import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';

/** The parts of an MDX syntax tree this plugin reads and writes; kept local, as in rehype-require-alt. */
interface Point {
  line: number;
  column: number;
}
interface Attribute {
  type: string;
  name?: string | undefined;
  value?: unknown;
}
export interface MdxNode {
  type: string;
  name?: string | null | undefined;
  attributes?: Attribute[] | undefined;
  children?: MdxNode[] | undefined;
  position?: { start: Point } | undefined;
  value?: string | undefined;
  data?: unknown;
}
interface FileLike {
  path?: string | undefined;
  cwd?: string | undefined;
}

/** An estree program holding one expression statement or declaration, as MDX expects in `data.estree`. */
const program = (statement: object) => ({ type: 'Program', sourceType: 'module', comments: [], body: [statement] });

/** `./photo.jpg` as an import specifier: a bare file name is made relative, as authors mean it. */
export function importPathOf(src: string): string {
  return /^(\.{1,2}\/|\/|~\/)/.test(src) ? src : `./${src}`;
}

/**
 * Remark plugin: `<Figure src="./photo.jpg" …>` in an MDX body becomes `<Figure src={photo} …>`
 * with `import photo from './photo.jpg'` added, so an editor writes a plain path next to the entry
 * and astro:assets still gets the image to measure and convert (as Astro does for `![](./x.jpg)`).
 * A path to a file that is not there fails the build naming the MDX file, line and path; the content
 * check says the same before the build, and this covers `astro dev`, where that check only logs.
 */
export function remarkFigureSrc() {
  return (tree: MdxNode, file: FileLike) => {
    const imports: MdxNode[] = [];
    const visit = (node: MdxNode): void => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Figure') {
        const src = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'src');
        // Web addresses are left for the component to refuse.
        if (src && typeof src.value === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(src.value)) {
          const path = importPathOf(src.value);
          if (file.path && !path.startsWith('~/')) {
            const absolute = path.startsWith('/')
              ? resolve(file.cwd ?? process.cwd(), `.${path}`)
              : resolve(dirname(file.path), path);
            if (!existsSync(absolute)) {
              const name = relative(file.cwd ?? process.cwd(), file.path)
                .split(sep)
                .join('/');
              const at = node.position?.start;
              throw Object.assign(
                new Error(
                  `${name}${at ? `:${at.line}:${at.column}` : ''}: <Figure> image file not found: "${src.value}" ` +
                    `(paths are relative to the entry's file)`,
                ),
                at ? { line: at.line, column: at.column } : {},
              );
            }
          }
          const local = `__figure_${imports.length}__`;
          imports.push({
            type: 'mdxjsEsm',
            value: '',
            data: {
              estree: program({
                type: 'ImportDeclaration',
                attributes: [],
                specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name: local } }],
                source: { type: 'Literal', value: path, raw: JSON.stringify(path) },
              }),
            },
          });
          src.value = {
            type: 'mdxJsxAttributeValueExpression',
            value: local,
            data: { estree: program({ type: 'ExpressionStatement', expression: { type: 'Identifier', name: local } }) },
          };
        }
      }
      node.children?.forEach(visit);
    };
    visit(tree);
    tree.children?.unshift(...imports);
  };
}
