import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll } from 'vitest';

/** Markup without the whitespace around tags, which the container and the build lay out differently. */
export const tight = (html: string) => html.replace(/>\s+/g, '>').replace(/\s+</g, '<');

/** Astro's Container API for one test file, created before its tests: read `.container` inside tests. */
export function useContainer(): { readonly container: AstroContainer } {
  const holder = {} as { container: AstroContainer };
  beforeAll(async () => {
    holder.container = await AstroContainer.create();
  });
  return holder;
}
