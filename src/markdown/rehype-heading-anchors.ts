// Imported by astro.config.mjs: relative imports only.

/** The parts of a hast tree this plugin touches; kept local so the plugin has no type dependency. */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** Id of the one hidden label that every section link of a body is named with. */
export const SECTION_LINK_LABEL_ID = 'section-link-label';

/**
 * Rehype plugin: after each `##` and `###` heading of a body, a link to its section, so that a
 * reader can share the address of a part of a page; with JavaScript a click also copies it
 * (src/scripts/page-controls.ts). Heading and link share a `<div class="heading">`: inside the
 * heading, the link would become part of the heading's name. The link is named by a hidden label
 * and the heading ("Link to the section" + "Who did what"), so its name repeats no text in the page.
 * Needs the heading ids: list it after Astro's `rehypeHeadingIds`. Notes (footnotes) get no link.
 */
export function rehypeHeadingAnchors({ label }: { label: string }) {
  return (tree: HastNode) => {
    if (addAnchors(tree) === 0) return;
    tree.children?.push(
      element('span', { id: SECTION_LINK_LABEL_ID, hidden: true, dataPagefindIgnore: '' }, [
        { type: 'text', value: label } as HastNode,
      ]),
    );
  };
}

function element(tagName: string, properties: Record<string, unknown>, children: HastNode[]): HastNode {
  return { type: 'element', tagName, properties, children };
}

/** Wraps every h2 and h3 with an id below `node` with its section link; returns how many. */
function addAnchors(node: HastNode): number {
  if (!node.children || node.properties?.['dataFootnotes'] !== undefined) return 0;
  let added = 0;
  node.children = node.children.map((child) => {
    const id = child.properties?.['id'];
    if (child.type !== 'element' || !['h2', 'h3'].includes(child.tagName ?? '') || typeof id !== 'string') {
      added += addAnchors(child);
      return child;
    }
    added += 1;
    const link = element('a', { href: `#${id}`, ariaLabelledBy: `${SECTION_LINK_LABEL_ID} ${id}`, dataCopyLink: '' }, [
      { type: 'text', value: '#' } as HastNode,
    ]);
    return element('div', { className: ['heading'] }, [child, link]);
  });
  return added;
}
