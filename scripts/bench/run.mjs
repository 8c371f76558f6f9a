// The benchmark (issue 9), run by scripts/bench.sh after the release build: sizes, Lighthouse,
// interaction and scale timings of dist/, beside the same measurements of a generated plain HTML
// page of the same 25 questions (the floor), each figure with its budget and PASS/FAIL.
//
//   node scripts/bench/run.mjs [--dist dist] [--runs 3] [--clicks 20] [--skip-lighthouse]
//
// Writes target/bench/results.json and target/bench/results.md (the README's table) and exits 1
// when a budget does not hold.

import { execFileSync } from 'node:child_process';
import { copyFile, cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '../serve.mjs';
import { CHROME_PATH, QUESTION_SCREEN_SESSION } from './browser.mjs';
import { writeFloor } from './floor.mjs';
import { measureInteraction } from './interaction.mjs';
import { lighthouseMedian } from './lighthouse.mjs';
import { measureRepeatVisit } from './repeat.mjs';
import { measureFirstQuestion, SLOW_PROFILE } from './first-question.mjs';
import { firstScreenRequests } from './requests.mjs';
import { measureScale } from './scale.mjs';
import { writeSurveyJs } from './surveyjs.mjs';
import { measureTakeover } from './takeover.mjs';
import { measureLater } from './later.mjs';
import { BUDGET, firstScreenFiles, isWasm, kb, measureDist, table } from './sizes.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const DIST = resolve(opt('dist', 'dist'));
const RUNS = Number(opt('runs', 3));
const CLICKS = Number(opt('clicks', 20));
const SKIP_LH = args.includes('--skip-lighthouse');
const OUT = resolve('target/bench');
const log = (s) => process.stderr.write(`${s}\n`);

// ---- Machine -------------------------------------------------------------------------------
const sh = (cmd, a) => {
  try {
    return execFileSync(cmd, a, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '?';
  }
};
const machine = {
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  nproc: sh('nproc', []),
  cpu: cpus()[0]?.model ?? '?',
  memory: sh('sh', ['-c', "free -h | awk '/^Mem:/ {print $2}'"]) || `${Math.round(totalmem() / 2 ** 30)}Gi`,
  chromium: sh(CHROME_PATH, ['--version']),
  node: process.version,
  loadAtStart: loadavg().map((l) => l.toFixed(2)).join(' '),
};

// ---- Sizes ---------------------------------------------------------------------------------
await mkdir(OUT, { recursive: true });
const floorDir = join(OUT, 'floor');
await writeFloor(floorDir);

const surveyDir = join(OUT, 'surveyjs');
await writeSurveyJs(surveyDir);

const app = await startServer({ root: DIST, port: 0, compress: 'gzip' });
const floor = await startServer({ root: floorDir, port: 0, compress: 'gzip' });
const surveyjs = await startServer({ root: surveyDir, port: 0, compress: 'gzip' });
// An association's deployment: the same build with the README's example config.json and a logo.
const brandedDir = join(OUT, 'branded');
await rm(brandedDir, { recursive: true, force: true });
await cp(DIST, brandedDir, { recursive: true });
await rm(join(brandedDir, 'config.json.gz'), { force: true });
await rm(join(brandedDir, 'config.json.br'), { force: true });
await copyFile(join(DIST, 'config.example.json'), join(brandedDir, 'config.json'));
await copyFile(join(DIST, 'icons/icon-192.png'), join(brandedDir, 'logo.png'));
const branded = await startServer({ root: brandedDir, port: 0, compress: 'gzip' });
const results = { machine, budgets: BUDGET };
try {
  log('measuring sizes and the first screen’s requests');
  const sizes = await measureDist(DIST);
  const requested = await firstScreenRequests(app.url);
  const declared = await firstScreenFiles(DIST);
  const bySize = new Map(sizes.map((s) => [s.file, s]));
  // First screen = what the browser requested before the landing was interactive, plus what
  // index.html declares for it (the manifest: headless Chromium fetches it only for installability).
  const firstList = [...new Set([...requested.map((r) => r.path), ...declared])];
  const first = firstList.map((path) => {
    const s = bySize.get(path);
    const req = requested.find((r) => r.path === path);
    return {
      file: path,
      raw: s?.raw ?? 0,
      gzip: s?.gzip ?? 0,
      brotli: s?.brotli ?? 0,
      how: req ? ([0, 200, 304].includes(req.status) ? 'requested' : `requested (${req.status})`) : 'declared in index.html',
    };
  });
  const missedByCheck = requested.filter((r) => r.status === 200 && !declared.includes(r.path)).map((r) => r.path);
  const total = (key) => first.reduce((n, f) => n + f[key], 0);
  const floorSizes = await measureDist(floorDir);
  results.sizes = {
    files: sizes,
    firstScreen: { files: first, raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') },
    wasm: sizes.filter((s) => isWasm(s.file)),
    missedBySizeBudget: missedByCheck,
    floor: { files: floorSizes, gzip: floorSizes.reduce((n, s) => n + s.gzip, 0), raw: floorSizes.reduce((n, s) => n + s.raw, 0) },
  };

  // ---- The first question (issue 14) ---------------------------------------------------------
  log(`first question on screen: ${RUNS} runs each on the slow profile (floor, SurveyJS, app)`);
  results.firstQuestion = {
    floor: await measureFirstQuestion(floor.url, { runs: RUNS }),
    surveyjs: await measureFirstQuestion(surveyjs.url, { runs: RUNS }),
    app: await measureFirstQuestion(app.url, { runs: RUNS }),
  };
  log(`take-over while answering: ${RUNS} runs at 4× CPU`);
  results.takeover = await measureTakeover(app.url, { runs: RUNS });

  // ---- Lighthouse --------------------------------------------------------------------------
  if (!SKIP_LH) {
    log(`Lighthouse: ${RUNS} runs each (mobile preset, simulated throttling)`);
    results.lighthouse = {
      landing: await lighthouseMedian(app.url, { runs: RUNS, label: 'landing' }),
      // A first visit to the questions' own address (issue 19): the static Part 1.
      question: await lighthouseMedian(`${app.url}?screen=part-1`, { runs: RUNS, label: 'question screen' }),
      // For information: a returning visitor whose cache is empty (saved progress on Part 1 and
      // no service worker): the plain indicator until the wasm has drawn the questions.
      returning: await lighthouseMedian(app.url, { runs: RUNS, seed: QUESTION_SCREEN_SESSION, label: 'question screen, saved progress' }),
      floor: await lighthouseMedian(floor.url, { runs: RUNS, label: 'floor' }),
      // For information: the organisation's banner arrives after the static landing has painted.
      branded: await lighthouseMedian(branded.url, { runs: RUNS, label: 'landing with the example config.json' }),
    };
    // For information, not a budget: the same pages with DevTools throttling (the page really
    // runs on the throttled network and CPU, so the LCP is the paint the user sees). Simulated
    // throttling instead estimates every request started before the observed LCP as delaying it,
    // which includes the wasm, preloaded from <head> while the static landing paints.
    log(`Lighthouse: ${RUNS} runs each with DevTools throttling (information)`);
    results.lighthouseDevtools = {
      landing: await lighthouseMedian(app.url, { runs: RUNS, label: 'landing', throttlingMethod: 'devtools' }),
      question: await lighthouseMedian(`${app.url}?screen=part-1`, { runs: RUNS, label: 'question screen', throttlingMethod: 'devtools' }),
      floor: await lighthouseMedian(floor.url, { runs: RUNS, label: 'floor', throttlingMethod: 'devtools' }),
    };
  }

  // ---- Interaction and scale -----------------------------------------------------------------
  log(`interaction: ${CLICKS} clicks at 4× CPU slowdown (app, then floor)`);
  results.interaction = {
    app: await measureInteraction(app.url, { seed: QUESTION_SCREEN_SESSION, clicks: CLICKS }),
    floor: await measureInteraction(floor.url, { clicks: CLICKS, expectSave: false }),
  };
  log('scale: history and combined view');
  results.scale = await measureScale(app.url);
  log(`the first visit's download to the result, and a later screen cold and cached: ${RUNS} runs`);
  results.later = await measureLater(app.url, { runs: RUNS });
  log('a returning user: the question screen from the service worker cache (information)');
  results.repeatVisit = await measureRepeatVisit(app.url);
} finally {
  await app.close();
  await floor.close();
  await surveyjs.close();
  await branded.close();
}

// ---- Report --------------------------------------------------------------------------------
const ms = (v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : 'n/a');
const ms1 = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a');
const sec = (v) => (Number.isFinite(v) ? `${(v / 1000).toFixed(2)} s` : 'n/a');
const rows = [];
const check = (name, value, floorValue, budget, ok) => {
  rows.push({ name, value, floor: floorValue, budget, result: ok === null ? '—' : ok ? 'PASS' : 'FAIL' });
};
const q = results.firstQuestion;
const fqBudget = Math.min(1.5 * q.floor.value, 0.35 * q.surveyjs.value);
check(
  `first question on screen (${SLOW_PROFILE.download / 1e6} Mbit/s, ${SLOW_PROFILE.latency} ms, 4× CPU; median)`,
  sec(q.app.value),
  sec(q.floor.value),
  `≤ 1.5× floor and ≤ 0.35× SurveyJS (${sec(fqBudget)})`,
  q.app.value <= fqBudget,
);
check('(info) first question on screen: SurveyJS', sec(q.surveyjs.value), sec(q.floor.value), '—', null);
check('take-over while answering, 4× CPU: longest task (median)', ms(results.takeover.longest), '—', 'aim ≤ 50 ms', results.takeover.longest <= 50);
check('take-over while answering: layout shift', results.takeover.shift.toFixed(3), '—', '= 0', results.takeover.shift === 0);
const s = results.sizes;
check('first screen (first visit), gzip', kb(s.firstScreen.gzip), kb(s.floor.gzip), '≤ 150 KB', s.firstScreen.gzip <= BUDGET.firstScreenGzip);
for (const w of s.wasm) check(`wasm, gzip: ${w.file.startsWith('jishin-first') ? 'first visit\'s part' : 'whole app'}`, kb(w.gzip), '—', '≤ 120 KB', w.gzip <= BUDGET.wasmGzip);
{
  const l = results.later;
  check('first visit, link to result: bytes downloaded (browser, gzip, no service worker; median)', kb(l.download.value), kb(s.floor.gzip), '≤ 150 KB', l.download.value <= BUDGET.firstScreenGzip);
  check('a later screen (the plan) from the result, first time, slow profile (median)', sec(l.cold.value), '—', '≤ 1 s', l.cold.value <= 1000);
  check('a later screen (the plan) from the result, service worker cache, slow profile (median)', ms(l.cached.value), '—', '≤ 100 ms', l.cached.value <= 100);
}
if (results.lighthouse) {
  const f = results.lighthouse.floor;
  for (const [key, title] of [['landing', 'landing'], ['question', 'question screen']]) {
    const l = results.lighthouse[key];
    check(`Lighthouse ${title}: performance`, String(l.performance), String(f.performance), '≥ 95', l.performance >= 95);
    check(`Lighthouse ${title}: accessibility`, String(l.accessibility), String(f.accessibility), '= 100', l.accessibility >= 100);
    check(`Lighthouse ${title}: best practices`, String(l.bestPractices), String(f.bestPractices), '= 100', l.bestPractices >= 100);
    check(`Lighthouse ${title}: LCP`, sec(l.lcp), sec(f.lcp), '≤ 1.5 s', l.lcp <= 1500);
    check(`Lighthouse ${title}: TBT`, ms(l.tbt), ms(f.tbt), '≤ 100 ms', l.tbt <= 100);
    check(`(info) Lighthouse ${title}: CLS`, l.cls.toFixed(3), f.cls.toFixed(3), '—', null);
  }
  const r = results.lighthouse.returning;
  check('(info) Lighthouse question screen, saved progress, empty cache: performance', String(r.performance), String(f.performance), '—', null);
  check('(info) Lighthouse question screen, saved progress, empty cache: LCP', sec(r.lcp), sec(f.lcp), '—', null);
  const b = results.lighthouse.branded;
  check('(info) landing with the example config.json: CLS', b.cls.toFixed(3), f.cls.toFixed(3), '—', null);
}
if (results.lighthouseDevtools) {
  const d = results.lighthouseDevtools;
  for (const [key, title] of [['landing', 'landing'], ['question', 'question screen']]) {
    check(`(info) DevTools throttling, ${title}: LCP`, sec(d[key].lcp), sec(d.floor.lcp), '—', null);
    check(`(info) DevTools throttling, ${title}: TBT`, ms(d[key].tbt), ms(d.floor.tbt), '—', null);
  }
}
check('(info) returning user, question screen: LCP', sec(results.repeatVisit.lcp), '—', '—', null);
check('(info) returning user, question screen: on screen', sec(results.repeatVisit.ready), '—', '—', null);
const i = results.interaction;
check('choosing an answer, 4× CPU (median)', ms1(i.app.work), ms1(i.floor.work), '≤ 16 ms', i.app.work <= 16);
for (const [key, title] of [
  ['history', 'history of 200 diagnoses, 4× CPU'],
  ['combinedPasted', '500 results combined (links), 4× CPU'],
  ['combined', '500 results combined (files), 4× CPU'],
]) {
  const r = results.scale[key];
  check(title, r.value === null ? r.note : ms(r.value), '—', '≤ 200 ms', r.value === null ? null : r.value <= 200);
}
{
  const r = results.scale.typing;
  const floor = r.figures ? ms1(r.figures.floor.value) : '—';
  check('typing a note or a draft, 1,000 diagnoses in the history, 4× CPU (median keystroke, the slower of the two)', r.value === null ? r.note : ms1(r.value), floor, '≤ 16 ms', r.value === null ? null : r.value <= 16);
}
results.table = rows;

const sizeRows = [['file', 'raw', 'gzip', 'brotli', 'first screen']];
for (const f of s.files) {
  const fs = s.firstScreen.files.find((x) => x.file === f.file);
  sizeRows.push([f.file, kb(f.raw), kb(f.gzip), kb(f.brotli), fs ? fs.how : '']);
}
for (const f of s.firstScreen.files.filter((x) => !s.files.some((y) => y.file === x.file))) {
  sizeRows.push([f.file, '—', '—', '—', f.how]);
}
sizeRows.push(['first screen total', kb(s.firstScreen.raw), kb(s.firstScreen.gzip), kb(s.firstScreen.brotli), `${s.firstScreen.files.length} files`]);
for (const f of s.floor.files) sizeRows.push([`floor: ${f.file}`, kb(f.raw), kb(f.gzip), kb(f.brotli), 'the whole page']);

const out = [];
out.push(`Benchmark of ${DIST} — ${machine.date}`);
out.push(`machine: ${machine.nproc} CPUs (${machine.cpu}), ${machine.memory} RAM, ${machine.chromium}, Node ${machine.node}, load ${machine.loadAtStart}`);
out.push('');
out.push('Sizes (gzip level 9, brotli 11; 1 KB = 1000 bytes)');
out.push(table(sizeRows));
if (s.missedBySizeBudget.length) {
  out.push(`WARNING: the first screen requested ${s.missedBySizeBudget.join(', ')}, which scripts/size-budget.mjs does not count`);
}
out.push('');
out.push(`Budgets (Lighthouse: median of ${RUNS} runs; interaction: median of ${CLICKS} clicks)`);
out.push(table([['figure', 'app', 'floor', 'budget', 'result'], ...rows.map((r) => [r.name, r.value, r.floor, r.budget, r.result])]));
if (results.lighthouse) {
  for (const [key, l] of Object.entries(results.lighthouse)) {
    if (l.failing.length) out.push(`Lighthouse ${key}: audits losing points: ${l.failing.join(', ')}`);
    if (l.warnings.length) out.push(`Lighthouse ${key}: warnings: ${l.warnings.join(' | ')}`);
  }
}
out.push(
  `interaction: app ${ms1(i.app.work)} median, ${ms1(i.app.workMax)} worst, ${ms1(i.app.latency)} click-to-frame; ` +
    `answer saved by the next frame: ${i.app.saved ? 'yes' : 'NO'}; floor ${ms1(i.floor.work)} median`,
);
for (const [key, r] of Object.entries(results.scale)) {
  if (r.value !== null) out.push(`scale ${key}: ${r.note}; runs ${r.runs.map((v) => ms(v)).join(', ')}`);
}
console.log(out.join('\n'));

// The README's table.
const md = [
  '| Figure | App | Floor (plain HTML) | Budget | Result |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.name} | ${r.value} | ${r.floor} | ${r.budget} | ${r.result} |`),
].join('\n');
await writeFile(join(OUT, 'results.json'), JSON.stringify(results, null, 2));
const about =
  `Measured ${machine.date.slice(0, 10)} on ${machine.nproc} CPUs (${machine.cpu}), ${machine.memory} RAM, ` +
  `${machine.chromium.replace(/ built on .*/, '')}, Node ${machine.node}, load average ${machine.loadAtStart} at the start. ` +
  `Lighthouse: median of ${RUNS} runs; interaction: median of ${CLICKS} clicks.`;
await writeFile(join(OUT, 'results.md'), `${md}\n\n${about}\n`);
log(`\nwrote ${join('target/bench', 'results.json')} and results.md`);
process.exit(rows.some((r) => r.result === 'FAIL') ? 1 : 0);
