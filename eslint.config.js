// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * Type-aware TypeScript rules, Astro's recommended and accessibility rules (eslint-plugin-astro
 * with jsx-a11y), over src/, tests/ and the config files. `npm run check` and `npm test` run it.
 */
export default defineConfig(
  {
    ignores: [
      '.scratch/',
      'dist/',
      'test-results/',
      'coverage/',
      '.astro/',
      'node_modules/',
      'bench-results/',
      'tests/fixtures/**/dist/',
      'tests/fixtures/**/.astro/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Named exports only: a name that explains itself at every import.
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true, named: true, defaultFrom: true } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/scripts/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Config files and the test reporter must default-export: their tools ask for it.
    files: ['**/*.config.{js,mjs,ts}', '.htmlvalidate.mjs', 'tests/support/summary-reporter.ts'],
    rules: { 'no-restricted-exports': 'off' },
  },
);
