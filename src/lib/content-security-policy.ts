/**
 * The Content-Security-Policy every page carries in a `<meta>` (src/layouts/BaseLayout.astro).
 * `public/_headers` sends the same rules as an HTTP header plus `frame-ancestors`, which a `<meta>`
 * cannot carry; tests/build/csp.test.ts checks the two agree. The site has no inline script or
 * style (the same test keeps it so), so the policy needs no hashes: Astro's own `security.csp`
 * would add a hash for every script it bundles, about 0.4 KB (gzip) of random text on every page.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  // Pagefind compiles its WebAssembly search engine: 'wasm-unsafe-eval' allows exactly that, not
  // eval() of JavaScript.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
