import { afterAll, beforeAll } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser } from './browser';
import { serveDist, type StaticServer } from './server';

/** The built site served on loopback and a Chromium to visit it, for one spec file. */
export interface SiteInBrowser {
  readonly server: StaticServer;
  readonly browser: { context: BrowserContext; close: () => Promise<void> };
}

/**
 * Serves `dist/` and launches Chromium before the file's tests, and closes both after.
 * Read `site.server` and `site.browser` inside tests: they exist only once `beforeAll` has run.
 */
export function useSiteInBrowser(options: Parameters<typeof launchBrowser>[0] = {}): SiteInBrowser {
  const site = {} as { server: StaticServer; browser: SiteInBrowser['browser'] };
  beforeAll(async () => {
    site.server = await serveDist();
    site.browser = await launchBrowser(options);
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
