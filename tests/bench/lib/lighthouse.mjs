import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-extensions',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--mute-audio',
];

/**
 * Lighthouse with its default configuration (mobile: emulated Moto G Power, simulated slow 4G)
 * on each path, `runs` times; returns per path the run with the median performance score (as
 * Lighthouse's own guidance on variability recommends), its four category scores (0-100) and
 * the performance score of every run.
 */
export async function runLighthouse(
  origin,
  paths,
  { runs = 3, chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium' } = {},
) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  const results = [];
  try {
    for (const path of paths) {
      const all = [];
      for (let run = 0; run < runs; run += 1) all.push(await once(chrome.port, origin, path));
      const sorted = [...all].sort((a, b) => (a.performance ?? 0) - (b.performance ?? 0));
      results.push({ ...sorted[Math.floor((sorted.length - 1) / 2)], performanceRuns: all.map((r) => r.performance) });
    }
  } finally {
    chrome.kill();
  }
  return results;
}

async function once(port, origin, path) {
  const runner = await lighthouse(`${origin}${path}`, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  const lhr = runner?.lhr;
  const score = (id) => (lhr?.categories?.[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
  const failing = Object.values(lhr?.audits ?? {})
    .filter(
      (audit) =>
        audit.score !== null &&
        audit.score < 0.9 &&
        audit.scoreDisplayMode !== 'informative' &&
        audit.scoreDisplayMode !== 'manual' &&
        audit.scoreDisplayMode !== 'notApplicable',
    )
    .map((audit) => audit.id);
  return {
    path,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    metrics: {
      fcpMs: Math.round(lhr?.audits?.['first-contentful-paint']?.numericValue ?? 0),
      lcpMs: Math.round(lhr?.audits?.['largest-contentful-paint']?.numericValue ?? 0),
      tbtMs: Math.round(lhr?.audits?.['total-blocking-time']?.numericValue ?? 0),
      cls: Number((lhr?.audits?.['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
    },
    failingAudits: failing,
    layoutShifts: (lhr?.audits?.['layout-shifts']?.details?.items ?? [])
      .slice(0, 3)
      .map((item) => `${item.node?.selector ?? item.node?.snippet ?? '?'} (${Number(item.score ?? 0).toFixed(3)})`),
    runtimeError: lhr?.runtimeError?.message,
  };
}
