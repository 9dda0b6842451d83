import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rootDir } from './paths';

/** A throwaway copy of the project with its own content, for builds with known (often broken) input. */
export interface FixtureSite {
  dir: string;
  contentDir: string;
  /** Runs `astro build`; returns the exit code and everything it printed. */
  build: () => { status: number | null; output: string };
  remove: () => void;
}

/** Copies the project's code and the given content folder into a temporary directory. */
export function createFixtureSite(contentFrom: string): FixtureSite {
  const dir = mkdtempSync(join(tmpdir(), 'site-fixture-'));
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(rootDir, item), join(dir, item), { recursive: true });
  }
  cpSync(contentFrom, join(dir, 'content'), { recursive: true });
  symlinkSync(join(rootDir, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    contentDir: join(dir, 'content'),
    build: () => {
      const result = spawnSync(join(rootDir, 'node_modules', '.bin', 'astro'), ['build'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
        timeout: 240_000,
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
