// Lighthouse 12 (npm lighthouse@12.2.3), default config = the mobile preset with simulated
// throttling, run programmatically against a Chromium this script launched: a fresh profile per
// run, localStorage seeded first when the run needs a saved session, and Lighthouse's storage reset
// turned off so the seed survives (the profile is new, so nothing else is there to reset).

import lighthouse from 'lighthouse';
import { launchChromium, median, seedLocalStorage } from './browser.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/** One Lighthouse run of `url`, optionally with localStorage `seed` (key → string). */
export async function lighthouseOnce(url, seed, throttlingMethod = 'simulate') {
  const chrome = await launchChromium();
  try {
    if (seed) await seedLocalStorage(chrome.port, new URL(url).origin, seed);
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, disableStorageReset: true, throttlingMethod },
    );
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (id) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
    // Audits that cost points in accessibility and best practices, to say what to fix.
    const failing = [];
    for (const id of ['accessibility', 'best-practices']) {
      for (const ref of lhr.categories[id].auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) failing.push(`${id}: ${ref.id}`);
      }
    }
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
      tbt: lhr.audits['total-blocking-time'].numericValue,
      fcp: lhr.audits['first-contentful-paint'].numericValue,
      cls: lhr.audits['cumulative-layout-shift'].numericValue,
      finalUrl: lhr.finalDisplayedUrl,
      failing,
      warnings: lhr.runWarnings ?? [],
    };
  } finally {
    await chrome.close();
  }
}

/** The median of `runs` Lighthouse runs, per figure; plus the individual runs. */
export async function lighthouseMedian(url, { seed, runs = 3, label = url, throttlingMethod = 'simulate' } = {}) {
  const all = [];
  for (let i = 0; i < runs; i++) {
    process.stderr.write(`  lighthouse ${label} (${throttlingMethod}): run ${i + 1}/${runs}\n`);
    all.push(await lighthouseOnce(url, seed, throttlingMethod));
  }
  const pick = (key) => median(all.map((r) => r[key]));
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    lcp: pick('lcp'),
    tbt: pick('tbt'),
    fcp: pick('fcp'),
    cls: pick('cls'),
    failing: [...new Set(all.flatMap((r) => r.failing))],
    warnings: [...new Set(all.flatMap((r) => r.warnings))],
    runs: all,
  };
}
