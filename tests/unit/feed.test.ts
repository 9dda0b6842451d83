import { describe, expect, it } from 'vitest';
import { buildRss, escapeXml, rfc822 } from '~/lib/feed';

describe('buildRss', () => {
  const channel = {
    title: 'Journal',
    description: 'Dated moments',
    link: 'https://example.org/journal/',
    self: 'https://example.org/journal/feed.xml',
    language: 'en-gb',
  };

  it('writes one item per post with an RFC 822 date and a permalink guid', () => {
    const xml = buildRss(channel, [
      { title: 'Training in Paksong', link: 'https://example.org/journal/a/', description: 'ToT', date: '2023-04-28' },
    ]);
    expect(xml).toContain('<pubDate>Fri, 28 Apr 2023 00:00:00 +0000</pubDate>');
    expect(xml).toContain('<guid isPermaLink="true">https://example.org/journal/a/</guid>');
    expect(xml.match(/<item>/g)).toHaveLength(1);
  });

  it('escapes markup in titles', () => {
    const xml = buildRss(channel, [{ title: 'UNODC & UNIDO <PSP>', link: 'https://e.org/', description: 'x', date: '2009-03-01' }]);
    expect(xml).toContain('<title>UNODC &amp; UNIDO &lt;PSP&gt;</title>');
  });

  it('has no lastBuildDate without posts', () => {
    expect(buildRss(channel, [])).not.toContain('lastBuildDate');
  });
});

describe('helpers', () => {
  it('escapes all five XML characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('rejects a bad date', () => {
    expect(() => rfc822('2013-02-30x')).toThrow(/not a date/);
  });
});
