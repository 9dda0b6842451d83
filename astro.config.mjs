// @ts-check
// Everything this file imports from src/ uses relative imports (no `~/` alias): Astro loads the
// config before Vite knows the alias.
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { en } from './src/i18n/en.ts';
import { normaliseBase, withBase } from './src/lib/base-path.ts';
import { unlistedPaths } from './src/lib/paths.ts';
import { basePathLinks } from './src/integrations/base-path.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { draftsInDevOnly } from './src/integrations/drafts.ts';
import { lazyModuleUrls } from './src/integrations/lazy-module.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { shareCardImages } from './src/integrations/share-cards.ts';
import { rehypeHeadingAnchors } from './src/markdown/rehype-heading-anchors.ts';
import { rehypeLaoLang } from './src/markdown/rehype-lao-lang.ts';
import { rehypeRequireAlt } from './src/markdown/rehype-require-alt.ts';
import { rehypeSmartQuotes } from './src/markdown/rehype-smart-quotes.ts';
import { remarkFigureSrc } from './src/markdown/remark-figure-src.ts';

/**
 * Public address of the site. Set SITE_URL when deploying; the default is a reserved
 * example domain so that nothing here pretends to be a real address.
 */
const site = process.env.SITE_URL ?? 'https://attapeu-learning-route.example.org';

/**
 * The sub-path the site is served under, e.g. `/attapeu-learning-route/` for a GitHub Pages
 * project site; `/` by default. Templates and content write root-relative links; the build adds
 * the base to all of them (src/integrations/base-path.ts).
 */
const base = normaliseBase(process.env.BASE_PATH);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Astro's default, JSX rules: whitespace with a line break between tags goes, a space on one
  // line stays. Prettier formats .astro templates by the same rules, so formatting never changes
  // the text a reader sees (checked once by comparing every page's text before and after).
  compressHTML: 'jsx',
  // Stylesheets in files, never inline: the host's CSP header (public/_headers) allows styles from
  // this site only, and a page's small stylesheet would otherwise be inlined and refused.
  build: { inlineStylesheets: 'never' },
  markdown: {
    processor: unified({
      // GFM once: remark-gfm, as listed, not the processor's built-in copy as well.
      gfm: false,
      // <Figure src="./photo.jpg"> in MDX: the path becomes an import that astro:assets optimises.
      remarkPlugins: [remarkGfm, remarkFigureSrc],
      // Section links need the heading ids, which Astro would otherwise add after these plugins.
      rehypePlugins: [
        rehypeSmartQuotes,
        rehypeLaoLang,
        rehypeRequireAlt,
        rehypeHeadingIds,
        [rehypeHeadingAnchors, { label: en['share.sectionLink'] }],
      ],
      // Replaced by rehypeSmartQuotes: same typography, a fraction of the build time (README, Benchmark).
      smartypants: false,
      // Footnotes are the notes layer of story pages: the site's own words for their labels.
      remarkRehype: {
        footnoteLabel: en['notes.heading'],
        footnoteLabelTagName: 'h2',
        footnoteLabelProperties: { className: ['notes-heading'] },
        footnoteBackLabel: (/** @type {number} */ referenceIndex) =>
          en['notes.back'].replace('{n}', String(referenceIndex + 1)),
      },
    }),
    // Shiki adds inline styles that a strict CSP refuses; the content has no code.
    syntaxHighlight: false,
  },
  integrations: [
    // Every entry against its schema, references, frontmatter images and <Term> ids, before Astro
    // loads the content: one report naming file and field for every problem.
    contentCheck(),
    draftsInDevOnly(),
    mdx(),
    // Pages kept out on purpose (src/lib/paths.ts): search shows nothing without a query, and
    // the print page repeats pages that are listed.
    sitemap({ filter: (page) => !unlistedPaths.some((path) => new URL(page).pathname === withBase(path, base)) }),
    // Under a sub-path, every root-relative link gets the base; before the link check sees them.
    basePathLinks(),
    // Broken internal links and fragments fail the build; runs before indexing.
    linkCheck(),
    // Each page's link-preview picture, checked against the pages, drawn or taken from the cache.
    shareCardImages(),
    pagefindIndex(),
  ],
  vite: {
    plugins: [lazyModuleUrls()],
    // Keep scripts in files: an inlined script needs its hash in every CSP, including the
    // host's header (public/_headers), which would then change whenever the script does.
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') || file.endsWith('.ts') ? false : undefined) },
  },
});
