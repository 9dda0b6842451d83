import { readFileDays, readRepositoryUrl } from '~/build/git-history';

/** Where the site's files live and when each changed, read once per build (src/build/git-history.ts). */
export interface Provenance {
  /** Newest commit day of each content file, by path from the repository root. */
  lastChanged: ReadonlyMap<string, string>;
  /** Oldest commit day of each content file: when its page was first published. */
  firstChanged?: ReadonlyMap<string, string>;
  /** Web address of the repository, when known (REPOSITORY_URL, GitHub Actions or the origin remote). */
  repository?: string | undefined;
  /** Branch that "Edit this page" opens (REPOSITORY_BRANCH, default main). */
  branch: string;
}

let provenance: Provenance | undefined;

/** The build's provenance, from the project folder the build runs in. */
export function getProvenance(root = process.cwd()): Provenance {
  if (!provenance) {
    const days = readFileDays(root);
    provenance = {
      lastChanged: days.last,
      firstChanged: days.first,
      repository: readRepositoryUrl(root),
      branch: process.env['REPOSITORY_BRANCH'] ?? 'main',
    };
  }
  return provenance;
}

/** The address where an editor changes a file in the repository, if the repository is known. */
export function editUrlFor(
  file: string,
  { repository, branch }: Pick<Provenance, 'repository' | 'branch'>,
): string | undefined {
  return repository ? `${repository}/edit/${branch}/${file}` : undefined;
}

/**
 * The day a page was last changed: from git where the file has history, else the entry's own date
 * (journal posts), else unknown.
 */
export function lastUpdatedFor(
  file: string | undefined,
  ownDate: string | undefined,
  { lastChanged }: Pick<Provenance, 'lastChanged'>,
): { date: string; from: 'git' | 'frontmatter' } | undefined {
  const fromGit = file ? lastChanged.get(file) : undefined;
  if (fromGit) return { date: fromGit, from: 'git' };
  return ownDate ? { date: ownDate, from: 'frontmatter' } : undefined;
}
