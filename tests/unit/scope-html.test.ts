import { describe, expect, it } from 'vitest';
import { scopedId, scopeHtml } from '~/lib/scope-html';

/** A body as the Markdown processor renders it: a heading, a footnote reference and the notes. */
const body = [
  '<h2 id="the-hosts">The hosts</h2>',
  '<p>Text<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup>',
  ' and <a href="#the-hosts">a link up</a>, <a href="/route/#the-hosts">one away</a> and <a href="#main">to the page</a>.</p>',
  '<section data-footnotes class="footnotes"><h2 class="notes-heading" id="footnote-label">Notes</h2>',
  '<ol><li id="user-content-fn-1"><p>A note. <a href="#user-content-fnref-1" data-footnote-backref>↩</a></p></li></ol></section>',
].join('');

describe('scopeHtml', () => {
  const scoped = scopeHtml(body, { prefix: 'case-studies-rlip', headingShift: 1 });

  it('prefixes every id the fragment defines', () => {
    const ids = [...scoped.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toEqual(
      ['the-hosts', 'user-content-fnref-1', 'footnote-label', 'user-content-fn-1'].map((id) =>
        scopedId('case-studies-rlip', id),
      ),
    );
  });

  it('points in-page links and ARIA references at the prefixed ids', () => {
    expect(scoped).toContain('href="#case-studies-rlip--user-content-fn-1"');
    expect(scoped).toContain('href="#case-studies-rlip--user-content-fnref-1"');
    expect(scoped).toContain('href="#case-studies-rlip--the-hosts"');
    expect(scoped).toContain('aria-describedby="case-studies-rlip--footnote-label"');
  });

  it('leaves links to other pages and to ids outside the fragment alone', () => {
    expect(scoped).toContain('href="/route/#the-hosts"');
    expect(scoped).toContain('href="#main"');
  });

  it('moves headings down by the shift, and never below h6', () => {
    expect(scoped).toContain('<h3 id="case-studies-rlip--the-hosts">The hosts</h3>');
    expect(scoped).toContain('<h3 class="notes-heading"');
    expect(scopeHtml('<h5>a</h5><h6>b</h6>', { prefix: 'p', headingShift: 2 })).toBe('<h6>a</h6><h6>b</h6>');
    expect(scopeHtml('<h2>a</h2>', { prefix: 'p' })).toBe('<h2>a</h2>');
  });

  it('scopes id lists, popover targets and url(#…) references', () => {
    const html =
      '<button popovertarget="photo-1">Open</button><div id="photo-1" popover></div>' +
      '<p id="a"></p><p id="b" aria-labelledby="a b missing"></p><svg><rect fill="url(#a)"></rect></svg>';
    const scoped = scopeHtml(html, { prefix: 'x' });
    expect(scoped).toContain('popovertarget="x--photo-1"');
    expect(scoped).toContain('aria-labelledby="x--a x--b missing"');
    expect(scoped).toContain('fill="url(#x--a)"');
  });

  it('keeps Lao text and ids in Lao script intact', () => {
    const scoped = scopeHtml(
      '<h2 id="ອັດຕະປື">ອັດຕະປື</h2><a href="#%E0%BA%AD%E0%BA%B1%E0%BA%94%E0%BA%95%E0%BA%B0%E0%BA%9B%E0%BA%B7">up</a>',
      {
        prefix: 'p',
      },
    );
    expect(scoped).toContain('<h2 id="p--ອັດຕະປື">ອັດຕະປື</h2>');
    expect(decodeURI(/href="([^"]+)"/.exec(scoped)?.[1] ?? '')).toBe('#p--ອັດຕະປື');
  });

  it('leaves a malformed %-escape as written', () => {
    expect(scopeHtml('<a href="#%E0%A4">x</a>', { prefix: 'p' })).toBe('<a href="#%E0%A4">x</a>');
  });
});
