import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, readHeaderRules } from './headers.ts';

/**
 * A static server for a built site, as a host serves it: directory URLs get their index.html,
 * unknown paths the 404 page (status 404), every response the headers of the `_headers` file, and
 * text is gzipped, so Lighthouse measures what a reader receives. Plain JavaScript, so that both
 * the benchmark (plain Node, tests/bench/) and the tests (server.ts beside this file) use this one server.
 */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};
const compressible = /^(text\/|application\/(json|xml|wasm)|image\/svg)/;

/**
 * Serves `root` on a free loopback port, under `base` (a sub-path such as `/site/`) if given.
 * @param {string} root
 * @param {{ base?: string }} [options]
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveStatic(root, { base = '/' } = {}) {
  const rules = readHeaderRules(root);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    // A site built for a sub-path is served only under it, as a project site on GitHub Pages is.
    const underBase = path.startsWith(base);
    path = `/${path.slice(base.length)}`;
    if (path.endsWith('/')) path += 'index.html';
    let file = join(root, path);
    let status = 200;
    if (!underBase || !existsSync(file) || !statSync(file).isFile()) {
      file = join(root, '404.html');
      status = 404;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    for (const [name, value] of headersFor(rules, path)) response.setHeader(name, value);
    let body = readFileSync(file);
    const head = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
    if (compressible.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      head['Content-Encoding'] = 'gzip';
      head['Vary'] = 'Accept-Encoding';
    }
    head['Content-Length'] = body.length;
    response.writeHead(status, head);
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
