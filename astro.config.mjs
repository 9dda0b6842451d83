// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { pagefindIndex } from './src/integrations/pagefind';
import { rehypeLaoLang } from './src/lib/rehype-lao-lang';

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
    processor: unified({ remarkPlugins: [remarkGfm], rehypePlugins: [rehypeLaoLang] }),
    // Shiki adds inline styles that a strict CSP refuses; the content has no code.
    syntaxHighlight: false,
  },
  integrations: [
    mdx(),
    // The search page shows nothing without a query: it is not a page to list.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/search/') }),
    pagefindIndex(),
  ],
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
