import { copyProject } from './project-copy.mjs';
import { rootDir } from './paths';

/** A throwaway copy of the project with its own content, for builds with known (often broken) input. */
export type FixtureSite = ReturnType<typeof copyProject>;

/** Copies the project's code and the given content folder into a temporary directory. */
export function createFixtureSite(contentFrom: string): FixtureSite {
  return copyProject(rootDir, contentFrom, 'fixture');
}
