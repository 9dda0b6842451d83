import { describe, expect, it } from 'vitest';
import { findBrokenLinks, scanHtml, srcsetUrls, urlOfFile, type ScannedPage } from '~/lib/link-check';
import { entryOfUrl } from '~/lib/paths';

const page = (body: string, head = '') => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

/** Scans the given pages and checks them against their own file list plus `extra` files. */
function check(pages: Record<string, string>, extra: string[] = [], site?: string) {
  const scanned = new Map<string, ScannedPage>(Object.entries(pages).map(([file, html]) => [file, scanHtml(html)]));
  return findBrokenLinks({ files: new Set([...Object.keys(pages), ...extra]), pages: scanned, site }).map(
    (link) => `${link.page} ${link.href}: ${link.reason}`,
  );
}

describe('scanHtml', () => {
  it('collects links from href, src, srcset and form actions, and every id', () => {
    const html = page(
      '<a href="/a/">a</a><img src="/i.png" srcset="/i-1.png 1x, /i-2.png 2x" alt="i"><form action="/search/"></form>' +
        '<h2 id="one">1</h2><a name="two"></a><template><a href="/t/" id="three">t</a></template>',
      '<link rel="stylesheet" href="/s.css"><script type="module" src="/m.js"></script>',
    );
    const { links, ids } = scanHtml(html);
    expect(links).toEqual(['/s.css', '/m.js', '/a/', '/i.png', '/i-1.png', '/i-2.png', '/search/', '/t/']);
    expect(ids).toEqual(['one', 'two', 'three']);
  });

  it('can leave out canonical links (for the 404 page)', () => {
    const html = page('', '<link rel="canonical" href="https://x.example/404/">');
    expect(scanHtml(html, { skipCanonical: true }).links).toEqual([]);
    expect(scanHtml(html).links).toEqual(['https://x.example/404/']);
  });

  it('splits srcset candidates', () => {
    expect(srcsetUrls('/a.png 480w, /b.png 800w')).toEqual(['/a.png', '/b.png']);
  });
});

describe('findBrokenLinks', () => {
  it('accepts links to built pages, files and existing fragments', () => {
    expect(
      check(
        {
          'index.html': page(
            '<a href="/route/">r</a><a href="route/#objective">o</a><a href="#top">t</a><a href="/x.css">c</a>',
          ),
          'route/index.html': page(
            '<h2 id="objective">O</h2><a href="../">home</a><a href="?q=1">q</a><a href="#">h</a>',
          ),
        },
        ['x.css'],
      ),
    ).toEqual([]);
  });

  it('ignores external links and other schemes', () => {
    expect(
      check({
        'index.html': page(
          '<a href="https://other.example/nope/">x</a><a href="mailto:a@b.c">m</a><a href="//cdn.example/x">c</a>',
        ),
      }),
    ).toEqual([]);
  });

  it('names a missing page, a missing fragment and a missing trailing slash', () => {
    expect(
      check({
        'about/index.html': page(
          '<a href="/case-studies/nope/">x</a><a href="/route/#nope">y</a><a href="/route">z</a><a href="#gone">g</a>',
        ),
        'route/index.html': page('<h2 id="objective">O</h2>'),
      }),
    ).toEqual([
      '/about/ /case-studies/nope/: no such page or file in the build (/case-studies/nope/)',
      '/about/ /route/#nope: /route/ has no element with id="nope"',
      '/about/ /route: needs a trailing slash: /route/',
      '/about/ #gone: /about/ has no element with id="gone"',
    ]);
  });

  it('checks absolute links to the site itself as internal', () => {
    expect(
      check(
        { 'index.html': page('', '<link rel="canonical" href="https://site.example/gone/">') },
        [],
        'https://site.example',
      ),
    ).toEqual(['/ https://site.example/gone/: no such page or file in the build (/gone/)']);
  });

  it('decodes percent-escaped paths and fragments', () => {
    expect(
      check({ 'index.html': page('<a href="/caf%C3%A9/#%C3%A0">x</a>'), 'café/index.html': page('<p id="à">à</p>') }),
    ).toEqual([]);
  });
});

describe('page URLs', () => {
  it('maps built files to URLs', () => {
    expect(urlOfFile('index.html')).toBe('/');
    expect(urlOfFile('about/index.html')).toBe('/about/');
    expect(urlOfFile('404.html')).toBe('/404.html');
  });

  it('maps URLs back to content entries by the URL convention', () => {
    expect(entryOfUrl('/case-studies/coffee-dakseum/')).toEqual({ collection: 'experiences', id: 'coffee-dakseum' });
    expect(entryOfUrl('/partners/ifad/')).toEqual({ collection: 'organisations', id: 'ifad' });
    expect(entryOfUrl('/route/')).toEqual({ collection: 'pages', id: 'route' });
    expect(entryOfUrl('/case-studies/')).toBeUndefined();
    expect(entryOfUrl('/')).toBeUndefined();
    expect(entryOfUrl('/404.html')).toBeUndefined();
    expect(entryOfUrl('/glossary/')).toBeUndefined();
  });
});
