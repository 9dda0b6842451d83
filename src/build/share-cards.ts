// Imported by the card integration (astro.config.mjs) and the tests: relative imports with .ts extensions only.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { absoluteUrlFor } from '../lib/base-path.ts';
import { CARD_MANIFEST_PATH, cardPathFor } from '../lib/paths.ts';
import { pngSize, readPageHead, shareCardProblems } from '../lib/share-card-check.ts';
import { CARD_HEIGHT, CARD_WIDTH, type ShareCard } from '../lib/share-card-layout.ts';
import { filesUnder } from './files.ts';
import { loadCardTools, type CardPicture } from './share-card-render.ts';
import type { CardReply, CardRequest } from './share-card-worker.ts';

/**
 * Draws every page's share card after the pages are built (`astro:build:done`), from the list in
 * CARD_MANIFEST_PATH: first it checks that pages and cards agree, then it takes each card from
 * the cache when nothing it is drawn from has changed, and draws the others on worker threads.
 *
 * The cache (a folder in Astro's cacheDir, node_modules/.astro/share-cards/) holds PNGs named by
 * the hash of everything a card is drawn from: its text, its picture's bytes, its pictogram, the
 * fonts, the site's colours and the template version. A stale or damaged file is never used (its
 * name would not match, or its header is checked); files no card of this build uses are removed.
 */

/** What a run did, for the build log and the tests. */
export interface CardRunStats {
  cards: number;
  /** Cards drawn in this run; the rest came from the cache. */
  drawn: number;
  reused: number;
  threads: number;
  /** Milliseconds for the whole card step, and for drawing alone (wall clock). */
  totalMs: number;
  drawMs: number;
  /** Processor time of drawing, all threads together (the wall clock misleads on a busy machine). */
  drawCpuMs: number;
}

/** The line the build prints; tests read the counts from it. */
export function formatCardStats(stats: CardRunStats): string {
  const perCard =
    stats.drawn > 0
      ? `; per drawn card ${(stats.drawMs / stats.drawn).toFixed(1)} ms on ${stats.threads} thread(s), ${(stats.drawCpuMs / stats.drawn).toFixed(1)} ms of CPU`
      : '';
  return `${stats.cards} share cards (${stats.drawn} drawn, ${stats.reused} from the cache) in ${Math.round(stats.totalMs)} ms${perCard}`;
}

/** Fewest cards worth starting one more drawing thread for. */
const CARDS_PER_THREAD = 20;

interface Job {
  card: ShareCard;
  key: string;
  picture?: CardPicture | undefined;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Reads the list of cards the pages wrote, and removes it from the site. */
function takeManifest(distDir: string): ShareCard[] {
  const file = join(distDir, CARD_MANIFEST_PATH);
  if (!existsSync(file)) {
    throw new Error(`Share cards: the build wrote no ${CARD_MANIFEST_PATH} (src/pages/cards/manifest.json.ts)`);
  }
  const cards = JSON.parse(readFileSync(file, 'utf8')) as ShareCard[];
  rmSync(file);
  return cards;
}

/** Fails with every disagreement between the built pages and the cards. */
function checkPages(distDir: string, cards: readonly ShareCard[], site: string, base: string): void {
  const heads = filesUnder(distDir, '.html').map((file) =>
    readPageHead(`/${file}`.replace(/index\.html$/, ''), readFileSync(join(distDir, file), 'utf8')),
  );
  const problems = shareCardProblems(
    heads,
    cards.map((card) => card.page),
    (page) => absoluteUrlFor(cardPathFor(page), base, site),
  );
  if (problems.length > 0) throw new Error(`Share cards do not match the pages:\n  - ${problems.join('\n  - ')}`);
}

/** A cached card, if there is a whole one under `key`. */
function fromCache(cacheDir: string, key: string): Uint8Array | undefined {
  const file = join(cacheDir, `${key}.png`);
  if (!existsSync(file)) return undefined;
  const bytes = readFileSync(file);
  const size = pngSize(bytes);
  return size?.width === CARD_WIDTH && size.height === CARD_HEIGHT ? bytes : undefined;
}

/** Writes a file whole or not at all (another build reading the cache never sees half a PNG). */
function writeWhole(file: string, bytes: Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
}

/** Draws the jobs on up to `threads` worker threads; calls `done` with each card as it comes back. */
async function drawAll(
  jobs: readonly Job[],
  root: string,
  threads: number,
  done: (job: Job, png: Uint8Array) => void,
): Promise<void> {
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./share-card-worker.ts', import.meta.url), { workerData: { root } });
      let settled = false;
      const finish = (error?: Error) => {
        if (settled) return;
        settled = true;
        void worker.terminate();
        if (error) reject(error);
        else resolve();
      };
      const send = () => {
        const job = jobs[next];
        if (!job) return finish();
        const request: CardRequest = {
          id: next++,
          text: job.card.text,
          picture: job.picture,
          pictogram: job.card.pictogram,
        };
        worker.postMessage(request);
      };
      worker.on('message', (reply: CardReply) => {
        const job = jobs[reply.id];
        if ('error' in reply || !job)
          return finish(
            new Error(`Share card of ${job?.card.page ?? '?'}: ${'error' in reply ? reply.error : 'no such card'}`),
          );
        done(job, reply.png);
        send();
      });
      worker.on('error', finish);
      // A thread that dies without an error event (out of memory) must not leave the build waiting.
      worker.on('exit', (code) => finish(new Error(`Share cards: a drawing thread stopped (exit code ${code})`)));
      send();
    });
  await Promise.all(Array.from({ length: threads }, runWorker));
}

/** Checks, draws or reuses, and writes every card into `distDir`. */
export async function writeShareCards(options: {
  root: string;
  distDir: string;
  cacheDir: string;
  site: string;
  base: string;
}): Promise<CardRunStats> {
  const started = performance.now();
  const { root, distDir, site, base } = options;
  const cacheDir = join(options.cacheDir, 'share-cards');
  const cards = takeManifest(distDir);
  checkPages(distDir, cards, site, base);

  const tools = loadCardTools(root);
  const pictures = new Map<string, CardPicture>();
  const pictureAt = (path: string): CardPicture => {
    const known = pictures.get(path);
    if (known) return known;
    const svg = readFileSync(join(distDir, path));
    const picture = { svg, key: sha256(svg) };
    pictures.set(path, picture);
    return picture;
  };
  const jobs: Job[] = cards.map((card) => {
    const picture = card.picture && pictureAt(card.picture.path);
    const inputs = { template: tools.digest, text: card.text, pictogram: card.pictogram, picture: picture?.key };
    return { card, key: sha256(JSON.stringify(inputs)), picture };
  });
  const write = (job: Job, png: Uint8Array) => writeWhole(join(distDir, cardPathFor(job.card.page)), png);

  const toDraw: Job[] = [];
  for (const job of jobs) {
    const cached = fromCache(cacheDir, job.key);
    if (cached) write(job, cached);
    else toDraw.push(job);
  }
  // A thread costs about a second to start (satori's WebAssembly, the fonts): worth it from ~20 cards.
  const threads = Math.max(1, Math.min(availableParallelism(), Math.ceil(toDraw.length / CARDS_PER_THREAD)));
  const drawStarted = performance.now();
  const cpuBefore = process.cpuUsage();
  if (toDraw.length > 0) {
    await drawAll(toDraw, root, threads, (job, png) => {
      writeWhole(join(cacheDir, `${job.key}.png`), png);
      write(job, png);
    });
  }
  const drawMs = performance.now() - drawStarted;
  const cpu = process.cpuUsage(cpuBefore);

  // The cache keeps what this build used, nothing else.
  const used = new Set(jobs.map((job) => `${job.key}.png`));
  for (const name of existsSync(cacheDir) ? readdirSync(cacheDir) : []) {
    if (!used.has(name)) rmSync(join(cacheDir, name), { force: true });
  }
  return {
    cards: cards.length,
    drawn: toDraw.length,
    reused: jobs.length - toDraw.length,
    threads: toDraw.length > 0 ? threads : 0,
    totalMs: performance.now() - started,
    drawMs,
    drawCpuMs: (cpu.user + cpu.system) / 1000,
  };
}
