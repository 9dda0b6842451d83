import { describe, expect, it } from 'vitest';
import { attr, elementsOf, readBuiltPages, type Element } from '../support/html';
import { sitemapPaths } from '../support/site';

/** A passage this long on two entry pages is a fact told twice: tell it once, link to it elsewhere. */
const PASSAGE = 20;

type Node = Element['childNodes'][number];
const textOf = (node: Node): string =>
  'value' in node && node.nodeName === '#text'
    ? node.value
    : 'childNodes' in node
      ? node.childNodes.map(textOf).join(' ')
      : '';

/** The words of the body an editor wrote (the MDX body, notes included), lowercased. */
function bodyWords(html: string): string[] {
  const body = elementsOf(html).find(
    (element) => element.tagName === 'div' && attr(element, 'class')?.split(/\s+/).includes('prose'),
  );
  return body
    ? (textOf(body)
        .toLowerCase()
        .match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [])
    : [];
}

describe('the body of entry pages', () => {
  it(`repeats no passage of ${PASSAGE} words on two pages`, () => {
    const entryPages = new Set(sitemapPaths().filter((path) => path.split('/').filter(Boolean).length >= 1));
    const firstSeen = new Map<string, string>();
    const repeated = new Set<string>();
    for (const page of readBuiltPages().filter((page) => entryPages.has(page.path))) {
      const words = bodyWords(page.html);
      const onThisPage = new Set<string>();
      for (let i = 0; i + PASSAGE <= words.length; i += 1) onThisPage.add(words.slice(i, i + PASSAGE).join(' '));
      for (const passage of onThisPage) {
        const other = firstSeen.get(passage);
        if (other === undefined) firstSeen.set(passage, page.path);
        else repeated.add(`${other} and ${page.path}: "${passage.split(' ').slice(0, 8).join(' ')} …"`);
      }
    }
    expect([...repeated]).toEqual([]);
  });

  // The print page gathers many entry bodies, each with its own aside: only listed pages count.
  it('have at most one "What the sources do not say" aside each, at the end of the body', () => {
    const listed = new Set(sitemapPaths());
    const offenders = readBuiltPages()
      .filter((page) => listed.has(page.path))
      .flatMap((page) => {
        const gaps = elementsOf(page.html).filter((element) => attr(element, 'class') === 'aside aside-gap');
        return gaps.length > 1 ? [`${page.path}: ${gaps.length} gap asides`] : [];
      });
    expect(offenders).toEqual([]);
  });
});
