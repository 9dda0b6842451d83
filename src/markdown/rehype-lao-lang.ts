// Imported by astro.config.mjs: relative imports only.
import { splitLaoRuns } from '../lib/lao.ts';

/** The parts of a hast tree this plugin touches; kept local so the plugin has no type dependency. */
interface HastNode {
  type: string;
  value?: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/**
 * Rehype plugin: wraps every run of Lao script in `<span lang="lo">` unless an ancestor already
 * says `lang="lo"`, so authors can paste Lao names into Markdown without markup.
 */
export function rehypeLaoLang() {
  return (tree: HastNode) => wrapLaoRuns(tree, false);
}

function wrapLaoRuns(node: HastNode, insideLao: boolean): void {
  if (!node.children) return;
  const isLao = insideLao || (node.type === 'element' && node.properties?.['lang'] === 'lo');
  const next: HastNode[] = [];
  for (const child of node.children) {
    if (child.type === 'text' && !isLao && child.value) {
      for (const piece of splitLaoRuns(child.value)) {
        next.push(
          piece.lao
            ? {
                type: 'element',
                tagName: 'span',
                properties: { lang: 'lo' },
                children: [{ type: 'text', value: piece.text }],
              }
            : { type: 'text', value: piece.text },
        );
      }
    } else {
      wrapLaoRuns(child, isLao);
      next.push(child);
    }
  }
  node.children = next;
}
