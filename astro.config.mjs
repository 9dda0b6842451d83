// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { contentCheck } from './src/integrations/content-check';
import { linkCheck } from './src/integrations/link-check';
import { pagefindIndex } from './src/integrations/pagefind';
import { rehypeLaoLang } from './src/lib/rehype-lao-lang';
import { rehypeRequireAlt } from './src/lib/rehype-require-alt';
import { rehypeSmartQuotes } from './src/lib/smart-quotes';

/**
 * Public address of the site. Set SITE_URL when deploying; the default is a reserved
 * example domain so that nothing here pretends to be a real address.
 */
const site = process.env.SITE_URL ?? 'https://attapeu-learning-route.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Whitespace between inline elements in .astro templates is kept.
  compressHTML: true,
  markdown: {
    processor: unified({
      remarkPlugins: [remarkGfm],
      rehypePlugins: [rehypeSmartQuotes, rehypeLaoLang, rehypeRequireAlt],
      // Replaced by rehypeSmartQuotes: same typography, a fraction of the build time.
      smartypants: false,
    }),
    // Shiki adds inline styles that a strict CSP refuses; the content has no code.
    syntaxHighlight: false,
  },
  integrations: [
    // Every entry against its schema, references, frontmatter images and <Term> ids, before Astro
    // loads the content: one report naming file and field for every problem.
    contentCheck(),
    mdx(),
    // The search page shows nothing without a query: it is not a page to list.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/search/') }),
    // Broken internal links and fragments fail the build; runs before indexing.
    linkCheck(),
    pagefindIndex(),
  ],
  vite: {
    // Keep scripts in files: an inlined script needs its hash in every CSP, including the
    // host's header (public/_headers), which would then change whenever the script does.
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') || file.endsWith('.ts') ? false : undefined) },
  },
  security: {
    csp: {
      // Pagefind compiles its WebAssembly search engine: 'wasm-unsafe-eval' allows exactly that,
      // not eval() of JavaScript.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      directives: [
        "default-src 'self'",
        "worker-src 'self'",
        "connect-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
