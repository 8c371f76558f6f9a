// Size budget of the release build (issue 30), checked by scripts/test.sh after the release build.
// Deterministic: gzip level 9 of the files in dist/, no browser, no timings.
//   - before the result is on screen (the page, the main module, the chunks' loader) ≤ 220 KB
//   - a whole first visit (that, the service worker and everything it precaches) ≤ 460 KB
// and the ceilings that guard each part against growth (CEILING in scripts/bench/sizes.mjs: the
// figures reached, while a budget does not hold yet): the main module, each split point's module,
// the shared chunks. Prints the figures and whether each budget holds; exits 1 when a size is over
// its ceiling (set SIZE_BUDGET_ENFORCE=1 to fail on a budget too). 1 KB = 1000 bytes.
//
//   node scripts/size-budget.mjs [dist]

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGET, CEILING, isMainWasm, isSharedChunk, kb, measureDist, splitOf, table, verdict, visitFiles } from './bench/sizes.mjs';

const root = process.argv[2] ?? 'dist';
if (!existsSync(join(root, 'index.html'))) {
  console.error(`size-budget: ${root}/index.html is missing: build first (scripts/build.sh)`);
  process.exit(2);
}

const sizes = await measureDist(root);
const { beforeResult, firstVisit } = await visitFiles(root);
const visits = { before: new Set(beforeResult), first: new Set(firstVisit) };
const missing = [...visits.first].filter((f) => f !== 'config.json' && !sizes.some((s) => s.file === f));
if (missing.length) {
  console.error(`size-budget: index.html or sw.js names files that are not in ${root}: ${missing.join(', ')}`);
  process.exit(2);
}

const rows = [['file', 'raw', 'gzip', 'brotli', 'before the result', 'first visit']];
for (const s of sizes) {
  rows.push([s.file, kb(s.raw), kb(s.gzip), kb(s.brotli), visits.before.has(s.file) ? 'yes' : '', visits.first.has(s.file) ? 'yes' : '']);
}
const total = (files, key) => sizes.filter((s) => files.has(s.file)).reduce((n, s) => n + s[key], 0);
rows.push(['before the result, total', kb(total(visits.before, 'raw')), kb(total(visits.before, 'gzip')), kb(total(visits.before, 'brotli')), `${visits.before.size} files`, '']);
rows.push(['first visit, total', kb(total(visits.first, 'raw')), kb(total(visits.first, 'gzip')), kb(total(visits.first, 'brotli')), '', `${visits.first.size} files`]);

const main = sizes.filter((s) => isMainWasm(s.file));
if (main.length !== 1) {
  console.error(`size-budget: expected one main module in ${root}, found ${main.length}`);
  process.exit(2);
}
const shared = sizes.filter((s) => isSharedChunk(s.file)).reduce((n, s) => n + s.gzip, 0);
const checks = [
  { name: 'before the result is on screen (page, main module, loaders)', value: total(visits.before, 'gzip'), budget: BUDGET.beforeResultGzip, ceiling: CEILING.beforeResultGzip },
  { name: 'a whole first visit (and everything the service worker precaches)', value: total(visits.first, 'gzip'), budget: BUDGET.firstVisitGzip, ceiling: CEILING.firstVisitGzip },
  { name: `main module (${main[0].file})`, value: main[0].gzip, budget: null, ceiling: CEILING.mainWasmGzip },
  { name: 'shared chunks, together', value: shared, budget: null, ceiling: CEILING.sharedChunksGzip },
];
for (const s of sizes) {
  const split = splitOf(s.file);
  if (!split) continue;
  if (!(split in CEILING.split)) {
    console.error(`size-budget: ${s.file} is a new split point: give it a ceiling in scripts/bench/sizes.mjs`);
    process.exit(2);
  }
  checks.push({ name: `split point ${split}`, value: s.gzip, budget: null, ceiling: CEILING.split[split] });
}
for (const split of Object.keys(CEILING.split)) {
  if (!sizes.some((s) => splitOf(s.file) === split)) {
    console.error(`size-budget: no split-${split}-….wasm in ${root}: remove its ceiling from scripts/bench/sizes.mjs`);
    process.exit(2);
  }
}
console.log(`Size budget of ${root}/ (gzip -9, 1 KB = 1000 bytes)\n`);
console.log(table(rows));
console.log('');
console.log(
  table([
    ['size', 'gzip', 'budget', 'result', 'ceiling (no growth)', 'result'],
    ...checks.map((c) => [
      c.name,
      kb(c.value),
      c.budget === null ? '—' : `≤ ${kb(c.budget)}`,
      c.budget === null ? '—' : c.value <= c.budget ? 'PASS' : `${verdict(false)} (${kb(c.value - c.budget)} over)`,
      `≤ ${kb(c.ceiling)}`,
      c.value <= c.ceiling ? 'PASS' : `${verdict(false)} (${kb(c.value - c.ceiling)} over)`,
    ]),
  ]),
);
if (checks.some((c) => c.value > c.ceiling)) {
  console.error('\nsize-budget: the build GREW past a ceiling (scripts/bench/sizes.mjs; docs/performance.md)');
  process.exit(1);
}
if (checks.some((c) => c.budget !== null && c.value > c.budget)) {
  console.error('\nsize-budget: over budget (docs/performance.md says what stands between the build and it)');
  if (process.env.SIZE_BUDGET_ENFORCE === '1') process.exit(1);
}
