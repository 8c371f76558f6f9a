// Size budget of the release build (issue 9), checked by scripts/test.sh after the release build.
// Deterministic: gzip level 9 of the files in dist/, no browser, no timings.
//   - the wasm ≤ 120 KB gzipped
//   - everything a first visit needs, from the link to the result (read from dist/index.html; see
//     firstScreenFiles in scripts/bench/sizes.mjs) ≤ 150 KB gzipped in total (issues 9 and 16)
// Also the regression ceiling (CEILING in scripts/bench/sizes.mjs: today's sizes plus ~2 %, kept
// while the budget does not hold). Prints the figures; exits 3 when a size is over its ceiling,
// else 1 when a budget does not hold, else 0. 1 KB = 1000 bytes.
//
//   node scripts/size-budget.mjs [dist]

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGET, CEILING, firstScreenFiles, isWasm, kb, measureDist, table, verdict } from './bench/sizes.mjs';

const root = process.argv[2] ?? 'dist';
if (!existsSync(join(root, 'index.html'))) {
  console.error(`size-budget: ${root}/index.html is missing: build first (scripts/build.sh)`);
  process.exit(2);
}

const sizes = await measureDist(root);
const visits = { first: new Set(await firstScreenFiles(root, 'first')), returning: new Set(await firstScreenFiles(root, 'returning')) };
const missing = [...visits.first, ...visits.returning].filter((f) => f !== 'config.json' && !sizes.some((s) => s.file === f));
if (missing.length) {
  console.error(`size-budget: index.html names files that are not in ${root}: ${missing.join(', ')}`);
  process.exit(2);
}

const rows = [['file', 'raw', 'gzip', 'brotli', 'first visit', 'returning visit']];
for (const s of sizes) {
  rows.push([s.file, kb(s.raw), kb(s.gzip), kb(s.brotli), visits.first.has(s.file) ? 'yes' : '', visits.returning.has(s.file) ? 'yes' : '']);
}
const total = (visit, key) => sizes.filter((s) => visits[visit].has(s.file)).reduce((n, s) => n + s[key], 0);
for (const visit of ['first', 'returning']) {
  rows.push([`${visit} visit total`, kb(total(visit, 'raw')), kb(total(visit, 'gzip')), kb(total(visit, 'brotli')), '', `${visits[visit].size} files`]);
}

if (sizes.filter((s) => isWasm(s.file)).length !== 2) {
  console.error(`size-budget: expected the two wasm parts of the app in ${root}`);
  process.exit(2);
}

const wasmOf = (visit) => sizes.find((s) => isWasm(s.file) && visits[visit].has(s.file));
const checks = [
  { name: `first visit total (landing, questions, result)`, value: total('first', 'gzip'), budget: BUDGET.firstScreenGzip, ceiling: CEILING.firstVisitGzip },
  { name: `first visit's wasm (${wasmOf('first').file})`, value: wasmOf('first').gzip, budget: BUDGET.wasmGzip, ceiling: CEILING.firstWasmGzip },
  { name: `whole app's wasm (${wasmOf('returning').file})`, value: wasmOf('returning').gzip, budget: BUDGET.wasmGzip, ceiling: CEILING.wasmGzip },
  { name: 'returning visit total (whole app)', value: total('returning', 'gzip'), budget: null, ceiling: CEILING.firstScreenGzip },
];
console.log(`Size budget of ${root}/ (gzip -9, 1 KB = 1000 bytes)\n`);
console.log(table(rows));
console.log('');
console.log(
  table([
    ['budget', 'gzip', 'limit', 'result', 'ceiling (no growth)', 'result'],
    ...checks.map((c) => [
      c.name,
      kb(c.value),
      c.budget === null ? '—' : `≤ ${kb(c.budget)}`,
      c.budget === null || c.value <= c.budget ? (c.budget === null ? '—' : 'PASS') : `${verdict(false)} (${kb(c.value - c.budget)} over)`,
      `≤ ${kb(c.ceiling)}`,
      c.value <= c.ceiling ? 'PASS' : `${verdict(false)} (${kb(c.value - c.ceiling)} over)`,
    ]),
  ]),
);
if (checks.some((c) => c.value > c.ceiling)) {
  console.error('\nsize-budget: the build GREW past its ceiling (scripts/bench/sizes.mjs CEILING; see README, Performance)');
  process.exit(3);
}
if (checks.some((c) => c.budget !== null && c.value > c.budget)) {
  console.error('\nsize-budget: over budget (see README, Performance)');
  process.exit(1);
}
