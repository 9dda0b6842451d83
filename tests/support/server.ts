import { serveStatic } from './serve.mjs';
import { distDir } from './paths';

/** A running static server for `dist/`, as a host would serve it (with its `_headers`). */
export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serves `root` (the built site by default) on a free loopback port, under `base` if the site was built for one. */
export function serveDist(root = distDir, base = '/'): Promise<StaticServer> {
  return serveStatic(root, { base });
}
