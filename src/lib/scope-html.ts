import { parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';

/**
 * Several rendered bodies on one page (the print page) would repeat ids: every body has its own
 * heading ids and footnote ids (`user-content-fn-1`, `footnote-label`). This pass gives one body's
 * ids a prefix, and the references to them (in-page links, ARIA, `for`, `popovertarget`) the same
 * one; it also moves the body's headings down a level, under the part's own heading.
 */

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Attributes that hold one id or a space-separated list of ids. */
const ID_LIST_ATTRIBUTES = new Set([
  'aria-activedescendant',
  'aria-controls',
  'aria-describedby',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
  'aria-labelledby',
  'aria-owns',
  'commandfor',
  'for',
  'form',
  'headers',
  'list',
  'popovertarget',
]);

const HEADING = /^h([1-6])$/;

function elementsIn(node: Node, found: Element[] = []): Element[] {
  if ('tagName' in node) found.push(node);
  if ('childNodes' in node) for (const child of node.childNodes) elementsIn(child, found);
  if ('content' in node && node.content) elementsIn(node.content, found);
  return found;
}

/** The id an in-page link (`#…`) points at, or undefined when its %-escapes are malformed. */
function fragmentId(href: string): string | undefined {
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return undefined;
  }
}

/** The id a part of the page gives an id of its body: `prefix--id`. */
export function scopedId(prefix: string, id: string): string {
  return `${prefix}--${id}`;
}

/**
 * The HTML fragment with every id it defines prefixed (see `scopedId`), every reference to those
 * ids rewritten to match, and its headings `headingShift` levels lower (h2 → h3 for 1; never
 * below h6). References to ids the fragment does not define are left as they are.
 */
export function scopeHtml(
  html: string,
  { prefix, headingShift = 0 }: { prefix: string; headingShift?: number },
): string {
  const fragment = parseFragment(html);
  const elements = elementsIn(fragment);
  const defined = new Set(
    elements.flatMap((element) => element.attrs.filter((a) => a.name === 'id').map((a) => a.value)),
  );
  const scope = (id: string) => (defined.has(id) ? scopedId(prefix, id) : id);
  for (const element of elements) {
    for (const attribute of element.attrs) {
      if (attribute.name === 'id') attribute.value = scopedId(prefix, attribute.value);
      else if (ID_LIST_ATTRIBUTES.has(attribute.name))
        attribute.value = attribute.value.split(/\s+/).map(scope).join(' ');
      else if (attribute.name === 'href' && attribute.value.startsWith('#')) {
        const target = fragmentId(attribute.value);
        if (target !== undefined && defined.has(target)) attribute.value = `#${encodeURI(scopedId(prefix, target))}`;
      } else attribute.value = attribute.value.replace(/url\(#([^)]+)\)/g, (_all, id: string) => `url(#${scope(id)})`);
    }
    const level = HEADING.exec(element.tagName)?.[1];
    if (level && headingShift !== 0) {
      const tagName = `h${Math.min(6, Math.max(1, Number(level) + headingShift))}`;
      element.tagName = tagName;
      element.nodeName = tagName;
    }
  }
  // parse5 writes boolean attributes with an empty value (hidden=""); the site writes them bare.
  return serialize(fragment).replace(/ (hidden|data-copy-link|data-pagefind-ignore)=""/g, ' $1');
}
