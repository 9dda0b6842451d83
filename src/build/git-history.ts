import { execFileSync } from 'node:child_process';

/**
 * What git knows about the content: when each file last changed, and where the repository lives.
 * Read once per build with one `git log`; outside a git checkout (a test copy, a tarball) both are
 * empty and pages fall back to their frontmatter date and show no edit link.
 */

/** The newest and the oldest commit day of each file in `git log --format=%x00%cs --name-only` output (newest first). */
export function parseFileDays(log: string): { first: Map<string, string>; last: Map<string, string> } {
  const first = new Map<string, string>();
  const last = new Map<string, string>();
  let day = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('\u0000')) day = line.slice(1).trim();
    else if (line.trim() && day) {
      if (!last.has(line.trim())) last.set(line.trim(), day);
      first.set(line.trim(), day);
    }
  }
  return { first, last };
}

/** The newest commit day of each file in `git log --format=%x00%cs --name-only` output (newest first). */
export function parseLastChanged(log: string): Map<string, string> {
  return parseFileDays(log).last;
}

/** The web address of a repository from its remote URL, for GitHub-style hosts (https or ssh). */
export function webUrlOfRemote(remote: string): string | undefined {
  const ssh = /^git@([^:]+):(.+?)(?:\.git)?$/.exec(remote.trim());
  if (ssh) return `https://${ssh[1]}/${ssh[2]}`;
  const https = /^https:\/\/(?:[^@/]+@)?([^/]+)\/(.+?)(?:\.git)?\/?$/.exec(remote.trim());
  return https ? `https://${https[1]}/${https[2]}` : undefined;
}

const git = (root: string, args: string[]): string | undefined => {
  try {
    return execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
};

/** When each content file was first committed and last changed, by path relative to the repository root (`content/…`). */
export function readFileDays(root: string): { first: Map<string, string>; last: Map<string, string> } {
  const log = git(root, ['log', '--format=%x00%cs', '--name-only', '--', 'content']);
  return log ? parseFileDays(log) : { first: new Map(), last: new Map() };
}

/** When each content file last changed, by path relative to the repository root (`content/…`). */
export function readLastChanged(root: string): Map<string, string> {
  return readFileDays(root).last;
}

/**
 * The repository's web address: REPOSITORY_URL when set, else GitHub Actions' own variables, else
 * the `origin` remote when it is a web host. Undefined when none says.
 */
export function readRepositoryUrl(root: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env['REPOSITORY_URL']) return env['REPOSITORY_URL'].replace(/\/$/, '');
  if (env['GITHUB_SERVER_URL'] && env['GITHUB_REPOSITORY'])
    return `${env['GITHUB_SERVER_URL']}/${env['GITHUB_REPOSITORY']}`;
  const remote = git(root, ['remote', 'get-url', 'origin']);
  return remote ? webUrlOfRemote(remote) : undefined;
}
