// Imported by astro.config.mjs: relative imports only.
import { smartenText } from '../lib/typography.ts';

/**
 * Typographic quotes, apostrophes, dashes and ellipses for prose, as SmartyPants does, in one
 * pass over the text. It replaces the processor's SmartyPants step, which on a thousand pages
 * cost about two seconds of build time (it builds a natural-language tree of every paragraph).
 */

interface HastNode {
  type: string;
  value?: string;
  tagName?: string;
  children?: HastNode[];
}

/** Elements whose text is code or data, never prose. */
const LITERAL = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'var']);

/** Rehype plugin: smartens every text node of prose, leaving code alone. */
export function rehypeSmartQuotes() {
  return (tree: HastNode) => {
    // The last character written so far: a quote opening a text node depends on what came before.
    let previous = '';
    const walk = (node: HastNode): void => {
      if (node.type === 'element' && node.tagName && LITERAL.has(node.tagName)) {
        previous = 'x';
        return;
      }
      if (node.type === 'text' && node.value) {
        node.value = smartenText(node.value, previous);
        previous = node.value.at(-1) ?? previous;
        return;
      }
      node.children?.forEach(walk);
    };
    walk(tree);
  };
}
