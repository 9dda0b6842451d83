import { describe, expect, it } from 'vitest';
import Figure from '~/components/mdx/Figure.astro';
import photo from '../fixtures/images/test-photo.jpg';
import { tight, useContainer } from '../support/container';

const astro = useContainer();

const texts = { alt: 'A green field under a pale sky', caption: 'A test field.', credit: 'Image: generated, CC0' };
const render = async (props: Record<string, unknown>) => tight(await astro.container.renderToString(Figure, { props }));

describe('Figure', () => {
  it('shows the photograph in AVIF and WebP widths, sized and lazy, with its caption and credit', async () => {
    const html = await render({ src: photo, ...texts });
    expect(html).toMatch(
      /^(?:<link rel="stylesheet" href[^>]*>)?<figure class="photo"><picture><source srcset="[^"]+ 360w, [^"]+ 720w, [^"]+ 1080w, [^"]+ 1200w" type="image\/avif" sizes="\(min-width: 44rem\) 42rem, 100vw">/,
    );
    expect(html).toMatch(/<source srcset="[^"]+" type="image\/webp"/);
    const img = /<img [^>]+>/.exec(html)?.[0] ?? '';
    for (const attribute of [
      'alt="A green field under a pale sky"',
      'width="1200"',
      'height="800"',
      'loading="lazy"',
      'decoding="async"',
    ]) {
      expect(img).toContain(attribute);
    }
    // (`tight` drops the space before the credit; the build test sees it.)
    expect(html).toContain(
      '<figcaption>A test field.<span class="meta">Image: generated, CC0</span></figcaption></figure>',
    );
    expect(html).not.toContain('popover');
  });

  it('takes a dynamic import as well', async () => {
    const html = await render({ src: import('../fixtures/images/test-photo.jpg'), ...texts });
    expect(html).toContain('width="1200"');
  });

  it('offers the full size in a popover opened by a button, without JavaScript', async () => {
    const html = await render({ src: photo, ...texts, fullSize: true });
    const id = /popovertarget="(photo-[0-9a-z]+)"/.exec(html)?.[1] ?? '';
    expect(id).not.toBe('');
    expect(html).toContain(`<button type="button" class="photo-open" popovertarget="${id}">View full size</button>`);
    expect(html).toContain(
      `<div id="${id}" class="photo-full" popover role="dialog" aria-label="Full-size photograph: A green field under a pale sky">` +
        `<button type="button" class="photo-close" popovertarget="${id}" popovertargetaction="hide">Close</button><picture>`,
    );
    const large = /<div id="photo-[^]*?<\/div>/.exec(html)?.[0] ?? '';
    expect(large).toMatch(/<img [^>]*sizes="100vw"/);
    expect(large).toMatch(/<img [^>]*loading="lazy"/);
    expect(html).not.toContain('<script');
    // The figcaption stays last, as HTML wants it.
    expect(html).toMatch(/<\/div><figcaption>[^]*<\/figcaption><\/figure>$/);
  });

  it('refuses a photograph without alt text, caption or credit, naming what is missing', async () => {
    await expect(render({ src: photo, ...texts, alt: '' })).rejects.toThrow(
      /<Figure> on \S+: alt is empty: describe what the photograph shows/,
    );
    await expect(render({ src: photo, alt: 'A', caption: 'C' })).rejects.toThrow(
      /credit is missing: name who took the photograph/,
    );
    await expect(render({ src: photo, alt: 'A', credit: 'P' })).rejects.toThrow(/caption is missing/);
  });

  it('refuses a path that was not turned into an image', async () => {
    await expect(render({ src: './nursery.jpg', ...texts })).rejects.toThrow(
      'src "./nursery.jpg" must be an image file next to the entry',
    );
  });
});
