import { fileURLToPath } from 'node:url';

/** Repository root. */
export const rootDir = fileURLToPath(new URL('../../', import.meta.url));
/** The built site (SITE_DIST_DIR points the site tests at another build). */
export const distDir = process.env['SITE_DIST_DIR'] ?? fileURLToPath(new URL('../../dist', import.meta.url));
/** The MDX and YAML content. */
export const contentDir = fileURLToPath(new URL('../../content', import.meta.url));
