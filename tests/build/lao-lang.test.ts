import { describe, expect, it } from 'vitest';
import { parseDocument, readBuiltPages } from '../support/html';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

const LAO = /[\u0E80-\u0EFF]/;

/** Text nodes with Lao script whose nearest `lang` is not `lo`, as "page: text". */
function unmarkedLao(path: string, html: string): string[] {
  const found: string[] = [];
  const visit = (node: Node, lang: string | undefined): void => {
    // Script and style are code; <title> holds text only, so no part of it can carry a lang.
    if ('tagName' in node && ['script', 'style', 'title'].includes(node.tagName)) return;
    const own = 'attrs' in node ? node.attrs.find((attribute) => attribute.name === 'lang')?.value : undefined;
    const current = own ?? lang;
    if (node.nodeName === '#text' && 'value' in node && LAO.test(node.value) && current !== 'lo') {
      found.push(`${path}: "${node.value.trim().slice(0, 40)}" (lang=${current ?? 'none'})`);
    }
    if ('childNodes' in node) node.childNodes.forEach((child) => visit(child, current));
  };
  visit(parseDocument(html), undefined);
  return found;
}

describe('Lao script in the built site', () => {
  const pages = readBuiltPages();

  it('is present, so the check has something to check', () => {
    expect(pages.filter((page) => LAO.test(page.html)).length).toBeGreaterThan(3);
  });

  // Screen readers switch voice and browsers pick a Lao font only for text marked lang="lo".
  it('is marked lang="lo" on an ancestor of every text node that holds it', () => {
    expect(pages.flatMap((page) => unmarkedLao(page.path, page.html))).toEqual([]);
  });
});
