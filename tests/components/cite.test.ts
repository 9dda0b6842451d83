import { describe, expect, it } from 'vitest';
import CiteThisPage from '~/components/ui/CiteThisPage.astro';
import { useContainer } from '../support/container';

const astro = useContainer();

const citation = {
  title: 'Vang Xai (ວັງໄຊ) & {weaving}',
  website: 'Learning Route Attapeu',
  url: 'https://example.org/places/vang-xai/',
  modified: '2026-11-25',
  language: 'en',
};

describe('CiteThisPage', () => {
  it('shows the three formats without JavaScript, each with the placeholder for the day of access', async () => {
    const html = await astro.container.renderToString(CiteThisPage, { props: { citation } });
    expect(html).toContain('<summary>Cite this page</summary>');
    for (const [id, style] of [
      ['apa', 'apa'],
      ['bibtex', 'iso'],
      ['ris', 'ris'],
    ]) {
      expect(html).toMatch(
        new RegExp(`<code id="cite-${id}" data-date="${style}">[^]*?\\[date accessed\\][^]*?</code>`),
      );
    }
    expect(html).toContain('title = {{Vang Xai (<span lang="lo">ວັງໄຊ</span>) \\&amp; \\{weaving\\}}},');
    expect(html).toContain('TI  - Vang Xai (<span lang="lo">ວັງໄຊ</span>) &amp; {weaving}');
  });

  it('hides the copy buttons until the page script shows them', async () => {
    const html = await astro.container.renderToString(CiteThisPage, { props: { citation } });
    const buttons = html.match(/<button[^>]*>/g) ?? [];
    expect(buttons).toHaveLength(3);
    for (const button of buttons) expect(button).toMatch(/type="button" data-copy="cite-\w+" hidden/);
  });
});
