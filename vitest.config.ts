import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = { '~': fileURLToPath(new URL('./src', import.meta.url)) };

/**
 * Two projects: `unit` (pure functions and schemas, fast, no build needed) and `site`
 * (the built `dist/`, broken-input builds and Chromium). `npm test` builds first, then runs both.
 */
export default defineConfig({
  resolve: { alias },
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    // The pure code and the data layer must stay tested: below the floor, `npm test` fails.
    coverage: {
      provider: 'v8',
      include: ['src/lib/**', 'src/data/**'],
      reporter: ['text-summary', 'text'],
      thresholds: { 'src/lib/**': { lines: 85 }, 'src/data/**': { lines: 85 } },
    },
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      // Components through Astro's Container API (Astro's Vite plugins; see that file).
      'tests/components/vitest.config.ts',
      {
        resolve: { alias },
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.spec.ts'],
          environment: 'node',
          // Builds and browsers share two cores: one file at a time keeps timings sane.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
          globalSetup: ['tests/support/require-dist.ts'],
        },
      },
    ],
  },
});
