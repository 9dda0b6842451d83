import { createMarkdownProcessor, rehypeHeadingIds } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { rehypeHeadingAnchors } from '~/markdown/rehype-heading-anchors';

/** Markdown through Astro's own processor, with the plugins as astro.config.mjs lists them. */
async function render(markdown: string) {
  const processor = await createMarkdownProcessor({
    syntaxHighlight: false,
    rehypePlugins: [rehypeHeadingIds, [rehypeHeadingAnchors, { label: 'Link to the section' }]],
  });
  return processor.render(markdown);
}

describe('rehypeHeadingAnchors', () => {
  it('puts a link to its section after every h2 and h3, named by the label and the heading', async () => {
    const { code } = await render('## What they grow\n\nText.\n\n### In 2013\n\n#### Not this deep\n');
    expect(code).toContain(
      '<div class="heading"><h2 id="what-they-grow">What they grow</h2><a href="#what-they-grow" aria-labelledby="section-link-label what-they-grow" data-copy-link="">#</a></div>',
    );
    expect(code).toContain('<a href="#in-2013" aria-labelledby="section-link-label in-2013" data-copy-link="">#</a>');
    expect(code).not.toContain('href="#not-this-deep"');
    expect(code.match(/id="section-link-label"/g)).toHaveLength(1);
    expect(code).toContain('<span id="section-link-label" hidden data-pagefind-ignore="">Link to the section</span>');
  });

  it('keeps the headings Astro reports for the table of contents, text and ids unchanged', async () => {
    const { metadata } = await render('## Who did what\n\n## “Quoted” words\n');
    expect(metadata.headings).toEqual([
      { depth: 2, slug: 'who-did-what', text: 'Who did what' },
      { depth: 2, slug: 'quoted-words', text: '“Quoted” words' },
    ]);
  });

  it('gives the notes no link, and adds no label to a body without sections', async () => {
    const { code } = await render('Text with a note.[^a]\n\n[^a]: The note.\n');
    expect(code).toContain('data-footnotes');
    expect(code).not.toContain('data-copy-link');
    expect(code).not.toContain('section-link-label');
  });
});
