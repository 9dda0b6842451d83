import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { distDir } from './paths';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Headers for every path, read from the `_headers` file that hosts such as Netlify use. */
function readHeadersFile(root: string): Array<[string, string]> {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => /^\s+\S+:/.test(line))
    .map((line) => {
      const [name, ...rest] = line.trim().split(':');
      return [name ?? '', rest.join(':').trim()];
    });
}

/** A running static server for `dist/`, as a host would serve it (with its `_headers`). */
export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serves `root` on a free loopback port: directory URLs get their index.html, unknown paths the 404 page. */
export async function serveDist(root = distDir): Promise<StaticServer> {
  const headers = readHeadersFile(root);
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path.endsWith('/')) path += 'index.html';
    let file = join(root, path);
    let status = 200;
    if (!existsSync(file) || !statSync(file).isFile()) {
      file = join(root, '404.html');
      status = 404;
    }
    for (const [name, value] of headers) response.setHeader(name, value);
    response.writeHead(status, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
