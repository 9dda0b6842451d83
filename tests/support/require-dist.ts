import { existsSync } from 'node:fs';
import { distDir } from './paths';

/** The site tests read the built site: say how to get it rather than fail obscurely. */
export function setup(): void {
  if (!existsSync(`${distDir}/index.html`)) {
    throw new Error(`No built site in ${distDir}: run "npm run build" first (npm test does this for you).`);
  }
}
