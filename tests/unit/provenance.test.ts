import { describe, expect, it } from 'vitest';
import {
  parseFileDays,
  parseLastChanged,
  readLastChanged,
  readRepositoryUrl,
  webUrlOfRemote,
} from '~/build/git-history';
import { editUrlFor, lastUpdatedFor } from '~/data/provenance';
import { rootDir } from '../support/paths';

describe('git history of the content', () => {
  it('takes the newest day of each file from git log (newest commit first)', () => {
    const log = '\u00002026-11-25\n\ncontent/a.mdx\n\u00002026-10-01\n\ncontent/a.mdx\ncontent/b.mdx\n';
    expect(parseLastChanged(log)).toEqual(
      new Map([
        ['content/a.mdx', '2026-11-25'],
        ['content/b.mdx', '2026-10-01'],
      ]),
    );
  });

  it('takes the oldest day of each file too: the day its page was first published', () => {
    const log = '\u00002026-11-25\n\ncontent/a.mdx\n\u00002026-10-01\n\ncontent/a.mdx\ncontent/b.mdx\n';
    expect(parseFileDays(log).first).toEqual(
      new Map([
        ['content/a.mdx', '2026-10-01'],
        ['content/b.mdx', '2026-10-01'],
      ]),
    );
  });

  it('reads this repository once, and nothing outside a git checkout', () => {
    expect(readLastChanged(rootDir).get('content/experiences/rlip.mdx')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(readLastChanged('/').size).toBe(0);
  });
});

describe('the repository address', () => {
  it('comes from REPOSITORY_URL, then GitHub Actions, then the origin remote', () => {
    expect(readRepositoryUrl('/', { REPOSITORY_URL: 'https://git.example/org/site/' })).toBe(
      'https://git.example/org/site',
    );
    expect(readRepositoryUrl('/', { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'org/site' })).toBe(
      'https://github.com/org/site',
    );
    expect(readRepositoryUrl('/', {})).toBeUndefined();
  });

  it('reads web addresses from https and ssh remotes', () => {
    expect(webUrlOfRemote('git@github.com:org/site.git')).toBe('https://github.com/org/site');
    expect(webUrlOfRemote('https://token@github.com/org/site.git')).toBe('https://github.com/org/site');
    expect(webUrlOfRemote('/srv/repos/site')).toBeUndefined();
  });
});

describe('a page’s provenance', () => {
  const provenance = {
    lastChanged: new Map([['content/x.mdx', '2026-11-25']]),
    repository: 'https://github.com/org/site',
    branch: 'main',
  };

  it('says when the page last changed: git first, else its own date, else nothing', () => {
    expect(lastUpdatedFor('content/x.mdx', '2013-03-01', provenance)).toEqual({ date: '2026-11-25', from: 'git' });
    expect(lastUpdatedFor('content/new.mdx', '2013-03-01', provenance)).toEqual({
      date: '2013-03-01',
      from: 'frontmatter',
    });
    expect(lastUpdatedFor('content/new.mdx', undefined, provenance)).toBeUndefined();
  });

  it('links "Edit this page" to the file on its branch, only when the repository is known', () => {
    expect(editUrlFor('content/x.mdx', provenance)).toBe('https://github.com/org/site/edit/main/content/x.mdx');
    expect(editUrlFor('content/x.mdx', { branch: 'main' })).toBeUndefined();
  });
});
