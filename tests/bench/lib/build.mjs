import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const TIME = '/usr/bin/time';

/** Peak resident memory of a process and its children, polled from /proc (fallback without GNU time). */
function pollPeak(pid) {
  let peak = 0;
  const read = (p) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peak = Math.max(peak, kb * 1024);
      const children = readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
      children.forEach(read);
    } catch {
      /* the process has ended */
    }
  };
  const timer = setInterval(() => read(pid), 100);
  return { stop: () => (clearInterval(timer), peak) };
}

/**
 * Runs `astro build` in `dir`; resolves with wall seconds, peak memory (bytes) and output.
 * Peak memory comes from GNU time's "Maximum resident set size" (the largest single process of
 * the build) when /usr/bin/time exists, else from polling /proc/<pid>/status VmHWM.
 */
export function timedBuild(dir, { env = {} } = {}) {
  const astro = join(dir, 'node_modules', '.bin', 'astro');
  const useTime = existsSync(TIME);
  const [command, args] = useTime ? [TIME, ['-v', astro, 'build']] : [astro, ['build']];
  const started = process.hrtime.bigint();
  const child = spawn(command, args, {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const poll = useTime ? undefined : pollPeak(child.pid);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => {
    child.on('close', (status) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1];
      const peakBytes = useTime ? Number(kb ?? 0) * 1024 : poll.stop();
      resolve({ status, seconds, peakBytes, peakSource: useTime ? 'GNU time (max RSS)' : '/proc VmHWM', output });
    });
  });
}
