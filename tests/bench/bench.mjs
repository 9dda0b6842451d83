#!/usr/bin/env node
// Over 250 lines on purpose: one script whose sections (build, weights, Lighthouse, scale, story) print one report in order.
/**
 * npm run bench [-- --no-lighthouse | --runs N] [-- --no-scale | --scale N]
 *
 * Measures the site against its budgets and against a reference (Starlight on Astro 7, same
 * machine), prints a report and writes bench-results/bench.json:
 *   1. a cold `astro build` of the site, in a temporary copy of the project (no dist/, no
 *      .astro or Vite cache; the working tree's dist/ is never touched);
 *   2. page weights of every built HTML page (first paint, eager JS, total, images);
 *   3. Lighthouse (mobile, default config) on three pages, served with gzip;
 *   4. a scale run: the content plus N synthetic case studies, built cold.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { routePrintPath } from '../../src/lib/paths.ts';
import { collections } from '../../src/schemas/collections.ts';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timedBuild } from './lib/build.mjs';
import { runLighthouse } from './lib/lighthouse.mjs';
import { copyProject } from '../support/project-copy.mjs';
import { serveStatic } from '../support/serve.mjs';
import { measureStoryPages, printStoryTable } from './lib/story.mjs';
import { generateExperiences } from './lib/synthetic.mjs';
import { filesUnder } from '../../src/build/files.ts';
import { analyseDist, folderBytes } from './lib/weights.mjs';

const rootDir = fileURLToPath(new URL('../..', import.meta.url));
const KB = 1024;
const budgets = { firstPaintGzip: 14 * KB, eagerJsGzip: 1 * KB };
const reference = {
  name: 'Starlight 0.42 on Astro 7, same machine',
  firstPaintGzip: 19.8 * KB,
  eagerJsGzip: 5.9 * KB,
  scale: { pages: 1014, seconds: 19.3, cores: 2, peakBytes: 1.2 * KB ** 3 },
};
const lighthousePaths = ['/', '/case-studies/coffee-dakseum/', '/search/?q=coffee'];
/**
 * Pages a reader asks for as a whole document rather than lands on: no first-paint budget, and
 * left out of the first-paint summary (the eager-JS budget still applies). Listed in the table.
 */
const firstPaintExempt = new Map([[routePrintPath, 'the whole route on one page, to print']]);

function parseArgs(argv) {
  const options = { lighthouse: true, lighthouseRuns: 3, scale: 1000 };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--no-lighthouse') options.lighthouse = false;
    else if (arg === '--runs') {
      options.lighthouseRuns = Number(argv[(i += 1)]);
      if (!Number.isInteger(options.lighthouseRuns) || options.lighthouseRuns < 1)
        throw new Error('--runs needs a whole number');
    } else if (arg === '--no-scale') options.scale = 0;
    else if (arg === '--scale' || arg.startsWith('--scale=')) {
      const value = arg.includes('=') ? arg.split('=')[1] : argv[(i += 1)];
      options.scale = Number(value);
      if (!Number.isInteger(options.scale) || options.scale < 1)
        throw new Error(`--scale needs a whole number of pages, not "${value}"`);
    } else if (arg === '--help' || arg === '-h') {
      console.log('usage: npm run bench [-- --no-lighthouse | --runs N] [-- --no-scale | --scale N]');
      process.exit(0);
    } else throw new Error(`unknown option ${arg} (try --help)`);
  }
  return options;
}

const kb = (bytes) => (bytes / KB).toFixed(1);
const mb = (bytes) => (bytes / KB ** 2).toFixed(0);
const pad = (text, width, right = false) => (right ? String(text).padStart(width) : String(text).padEnd(width));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const log = (...args) => console.error('·', ...args);

/** Prints rows as an aligned table; numeric columns right-aligned. */
function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const numeric = headers.map((_, i) => rows.every((row) => /^[\d.,\-–%×/ ]*$/.test(String(row[i]))));
  const line = (cells) => cells.map((cell, i) => pad(cell, widths[i], numeric[i])).join('  ');
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

async function buildOrDie(label, project) {
  const load = loadavg()[0];
  log(`${label}: building cold in ${project.dir} (load average ${load.toFixed(1)}) …`);
  if (load > cpus().length / 2) log(`${label}: the machine is busy: the timing will be slower than on an idle machine`);
  const result = await timedBuild(project.dir);
  if (result.status !== 0) {
    console.error(result.output.split('\n').slice(-40).join('\n'));
    throw new Error(`${label}: astro build failed (exit ${result.status})`);
  }
  const pages = filesUnder(project.distDir, '.html').length;
  log(`${label}: ${pages} pages in ${result.seconds.toFixed(1)} s, peak ${mb(result.peakBytes)} MB`);
  return {
    seconds: result.seconds,
    peakBytes: result.peakBytes,
    peakSource: result.peakSource,
    pages,
    loadBefore: load,
  };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryBytes: totalmem(),
    node: process.version,
  };
  const report = { date: new Date().toISOString(), machine, budgets, reference, options };

  // 1. Cold build of the site.
  const site = copyProject(rootDir, join(rootDir, 'content'), 'bench');
  try {
    report.build = await buildOrDie('site', site);

    // 2. Page weights.
    const pages = analyseDist(site.distDir).sort((a, b) => b.firstPaintGzip - a.firstPaintGzip);
    for (const page of pages) {
      page.flags = [
        page.firstPaintGzip > budgets.firstPaintGzip && !firstPaintExempt.has(page.url) ? 'FIRST-PAINT>14KB' : '',
        page.eagerJsGzip > budgets.eagerJsGzip ? 'EAGER-JS>1KB' : '',
      ].filter(Boolean);
      if (firstPaintExempt.has(page.url)) page.note = `no first-paint budget: ${firstPaintExempt.get(page.url)}`;
    }
    report.pages = pages;
    const metrics = [
      'htmlGzip',
      'cssBlockingGzip',
      'firstPaintGzip',
      'eagerJsGzip',
      'fontBytes',
      'totalGzip',
      'imageBytes',
    ];
    report.summary = Object.fromEntries(
      metrics.map((metric) => {
        const counted = metric === 'firstPaintGzip' ? pages.filter((page) => !firstPaintExempt.has(page.url)) : pages;
        const values = counted.map((page) => page[metric]);
        return [metric, { min: Math.min(...values), median: median(values), max: Math.max(...values) }];
      }),
    );
    report.overBudget = pages
      .filter((page) => page.flags.length > 0)
      .map((page) => ({ url: page.url, flags: page.flags }));
    // Story pages: words of body prose and the share of sentences about the documents.
    report.story = measureStoryPages(site.distDir);

    // 3. Lighthouse.
    if (options.lighthouse) {
      log(`lighthouse: ${lighthousePaths.join(', ')} (mobile, ${options.lighthouseRuns} runs each) …`);
      const server = await serveStatic(site.distDir);
      try {
        report.lighthouse = await runLighthouse(server.origin, lighthousePaths, { runs: options.lighthouseRuns });
      } finally {
        await server.close();
      }
    }
  } finally {
    site.remove();
  }

  // 4. Scale run.
  if (options.scale > 0) {
    const big = copyProject(rootDir, join(rootDir, 'content'), 'scale');
    try {
      log(`scale: generating ${options.scale} synthetic case studies …`);
      generateExperiences(big.contentDir, options.scale);
      const entries = filesUnder(join(big.contentDir, collections.experiences.folder)).length;
      const result = await buildOrDie(`scale (${options.scale})`, big);
      report.scale = {
        synthetic: options.scale,
        experiences: entries,
        ...result,
        pagefindBytes: folderBytes(join(big.distDir, 'pagefind')),
      };
    } finally {
      big.remove();
    }
  }

  print(report);
  const outDir = join(rootDir, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwritten: bench-results/bench.json`);
}

function print(report) {
  const { pages, summary, build, machine } = report;
  console.log(
    `\nBench ${report.date} — ${machine.cores} cores (${machine.cpu}), ${mb(machine.memoryBytes)} MB RAM, Node ${machine.node}`,
  );
  console.log('Sizes in KB (1 KB = 1024 bytes), gzip level 9 unless noted. first paint = HTML + render-blocking CSS;');
  console.log('eager JS = scripts loaded with the page (static imports followed, dynamic import() not);');
  console.log('total = HTML + CSS + eager JS + fonts the page uses (woff2 as is); images = referenced image files.\n');

  console.log(`Pages (${pages.length}), heaviest first paint first:`);
  table(
    ['page', 'HTML', 'CSS', 'first paint', 'eager JS', 'fonts', 'total', 'images', 'flags'],
    pages.map((p) => [
      p.url,
      kb(p.htmlGzip),
      kb(p.cssBlockingGzip),
      kb(p.firstPaintGzip),
      kb(p.eagerJsGzip),
      kb(p.fontBytes),
      kb(p.totalGzip),
      kb(p.imageBytes),
      p.flags.join(' ') || p.note || 'ok',
    ]),
  );

  console.log('\nSummary over all pages:');
  const names = {
    htmlGzip: 'HTML',
    cssBlockingGzip: 'render-blocking CSS',
    firstPaintGzip: 'first paint',
    eagerJsGzip: 'eager JS',
    fontBytes: 'fonts',
    totalGzip: 'total (no images)',
    imageBytes: 'images',
  };
  table(
    ['metric', 'min', 'median', 'max'],
    Object.entries(summary).map(([metric, s]) => [names[metric], kb(s.min), kb(s.median), kb(s.max)]),
  );

  console.log('\nWorst pages:');
  for (const p of pages.filter((page) => !page.note).slice(0, 5)) {
    console.log(`  first paint ${kb(p.firstPaintGzip)} KB  ${p.url}`);
  }
  for (const p of [...pages]
    .sort((a, b) => b.eagerJsGzip - a.eagerJsGzip)
    .filter((p) => p.eagerJsGzip > 0)
    .slice(0, 3)) {
    console.log(
      `  eager JS    ${kb(p.eagerJsGzip)} KB  ${p.url} (${p.eagerJsFiles.length ? p.eagerJsFiles.join(', ') : 'inline'})`,
    );
  }
  console.log(
    report.overBudget.length
      ? `\nOver budget: ${report.overBudget.map((p) => `${p.url} [${p.flags.join(', ')}]`).join('; ')}`
      : '\nOver budget: none',
  );

  const s = summary;
  console.log('\nAgainst the targets and the reference:');
  const rows = [
    ['first paint, worst page', `${kb(s.firstPaintGzip.max)} KB`, '≤ 14.0 KB', `${kb(reference.firstPaintGzip)} KB`],
    ['first paint, median', `${kb(s.firstPaintGzip.median)} KB`, '≤ 14.0 KB', ''],
    ['eager JS, worst page', `${kb(s.eagerJsGzip.max)} KB`, '≤ 1.0 KB', `${kb(reference.eagerJsGzip)} KB`],
    ['eager JS, median', `${kb(s.eagerJsGzip.median)} KB`, '≤ 1.0 KB', ''],
    [
      `site build, cold (${build.pages} pages)`,
      `${build.seconds.toFixed(1)} s, ${mb(build.peakBytes)} MB peak, load ${build.loadBefore.toFixed(1)}`,
      '',
      '',
    ],
  ];
  if (report.scale) {
    const sc = report.scale;
    rows.push([
      `scale build, cold (${sc.pages} pages)`,
      `${sc.seconds.toFixed(1)} s, ${mb(sc.peakBytes)} MB peak, load ${sc.loadBefore.toFixed(1)}`,
      '',
      `${reference.scale.seconds} s for ${reference.scale.pages.toLocaleString('en')} pages on ${reference.scale.cores} cores, ${(reference.scale.peakBytes / KB ** 3).toFixed(1)} GB peak`,
    ]);
    rows.push(['scale: Pagefind index (dist/pagefind)', `${(sc.pagefindBytes / KB ** 2).toFixed(1)} MB`, '', '']);
  }
  if (report.lighthouse) {
    for (const r of report.lighthouse) {
      rows.push([
        `Lighthouse ${r.path}`,
        `${r.performance} / ${r.accessibility} / ${r.bestPractices} / ${r.seo}`,
        '100 ×4',
        '99-100',
      ]);
    }
  }
  table(['measure', 'this site', 'target', 'reference'], rows);

  if (report.lighthouse) {
    console.log('\nLighthouse (mobile; performance / accessibility / best practices / SEO) details:');
    for (const r of report.lighthouse) {
      console.log(
        `  ${r.path}: performance runs ${r.performanceRuns.join(', ')} (median run shown); FCP ${r.metrics.fcpMs} ms, LCP ${r.metrics.lcpMs} ms, TBT ${r.metrics.tbtMs} ms, CLS ${r.metrics.cls}` +
          (r.failingAudits.length ? `; audits below 90: ${r.failingAudits.join(', ')}` : '') +
          (r.layoutShifts.length && r.metrics.cls > 0.01 ? `; shifted: ${r.layoutShifts.join(', ')}` : '') +
          (r.runtimeError ? `; error: ${r.runtimeError}` : ''),
      );
    }
  }
  if (report.story) {
    console.log('\nStory pages (body prose; sentences about the documents, target at most 10 %):');
    printStoryTable(report.story);
  }
  console.log(
    `\nPeak memory from ${build.peakSource}. "load" is the 1-minute load average just before the build (${machine.cores} cores): above ${machine.cores / 2} the machine was busy and the time is pessimistic.`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
