// The benchmark (issues 9 and 30), run by scripts/bench.sh after the release build: sizes, what a
// first visit costs, Lighthouse, interaction and scale timings of dist/, beside the same
// measurements of a generated plain HTML page of the same 25 questions (the floor), each figure
// with its budget and PASS/FAIL. docs/performance.md says what each figure is and how it is taken.
//
//   node scripts/bench/run.mjs [--dist dist] [--runs 3] [--clicks 20] [--skip-lighthouse]
//
// Writes target/bench/results.json and target/bench/results.md, puts the same table into
// docs/performance.md (between its `<!-- bench:start -->` and `<!-- bench:end -->` lines) and
// exits 1 when a budget does not hold.

import { execFileSync } from 'node:child_process';
import { copyFile, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../serve.mjs';
import { CHROME_PATH, QUESTION_SCREEN_SESSION, VIEWPORTS } from './browser.mjs';
import { writeFloor } from './floor.mjs';
import { measureInteraction } from './interaction.mjs';
import { lighthouseMedian } from './lighthouse.mjs';
import { measureRepeatVisit } from './repeat.mjs';
import { measureFirstQuestion, SLOW_PROFILE } from './first-question.mjs';
import { measureScale } from './scale.mjs';
import { measureRollUp } from './rollup.mjs';
import { writeSurveyJs } from './surveyjs.mjs';
import { measureTakeover } from './takeover.mjs';
import { measureLater } from './later.mjs';
import { BUDGET, kb, measureDist, table, visitFiles } from './sizes.mjs';
import { measureVisit } from './visit.mjs';

/**
 * Issue 30's own measurements of a whole first visit (landing, 25 answers, the result, the service
 * worker settled; bytes sent by the server, gzip), quoted beside this build's: the same app as one
 * wasm for everything, just before it was split into chunks, and the two-app build it replaced (a
 * first visit's part and the whole app). Not measured here: they are other builds.
 */
const ISSUE_30 = { oneWasm: 480_000, twoApps: 681_000 };

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
const DOC = resolve(dirname(fileURLToPath(import.meta.url)), '../../docs/performance.md');
const log = (s) => process.stderr.write(`${s}\n`);
// The load average when each measurement starts (other work on the machine skews timings).
const loads = [];
const section = (s) => {
  const load = loadavg()[0];
  loads.push({ section: s, load: Number(load.toFixed(2)) });
  log(`${s} (load ${load.toFixed(2)})`);
};

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
// An association's deployment: the same build with the example config.json and a logo.
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
  section('measuring sizes');
  const sizes = await measureDist(DIST);
  const lists = await visitFiles(DIST);
  const floorSizes = await measureDist(floorDir);
  const total = (files, key) => sizes.filter((f) => files.includes(f.file)).reduce((n, f) => n + f[key], 0);
  const totals = (files) => ({ files, raw: total(files, 'raw'), gzip: total(files, 'gzip'), brotli: total(files, 'brotli') });
  results.sizes = {
    files: sizes,
    beforeResult: totals(lists.beforeResult),
    firstVisit: totals(lists.firstVisit),
    floor: { files: floorSizes, gzip: floorSizes.reduce((n, f) => n + f.gzip, 0), raw: floorSizes.reduce((n, f) => n + f.raw, 0) },
  };

  // ---- What a first visit costs (issue 30), counted by the server ----------------------------
  section(`a first visit, counted by the server: before the result, and whole with its service worker: ${RUNS} runs`);
  results.visit = await measureVisit(DIST, { runs: RUNS });
  // What the browser fetched against what visitFiles (the size budget's list) says it fetches.
  {
    const before = results.visit.beforeResult.runs[0];
    const whole = results.visit.firstVisit.runs[0];
    results.visit.check = {
      beforeResultUnlisted: before.files.filter((f) => !lists.beforeResult.includes(f)),
      beforeResultNotFetched: lists.beforeResult.filter((f) => !before.files.includes(f)),
      firstVisitUnlisted: whole.files.filter((f) => !lists.firstVisit.includes(f)),
      firstVisitNotFetched: lists.firstVisit.filter((f) => !whole.files.includes(f)),
      chunksBeforeResult: before.files.filter((f) => /^(split|chunk)-.+\.wasm$/.test(f)),
    };
  }

  // ---- The first question (issue 14) ---------------------------------------------------------
  results.firstQuestion = {};
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    section(`first question on screen, ${name} (${viewport.width} px): ${RUNS} runs each on the slow profile (floor, SurveyJS, app)`);
    results.firstQuestion[name] = {
      viewport,
      floor: await measureFirstQuestion(floor.url, { runs: RUNS, viewport }),
      surveyjs: await measureFirstQuestion(surveyjs.url, { runs: RUNS, viewport }),
      app: await measureFirstQuestion(app.url, { runs: RUNS, viewport }),
    };
  }
  section(`take-over while answering: ${RUNS} runs at 4× CPU`);
  results.takeover = await measureTakeover(app.url, { runs: RUNS });

  // ---- Lighthouse --------------------------------------------------------------------------
  if (!SKIP_LH) {
    section(`Lighthouse: ${RUNS} runs each (mobile preset, simulated throttling)`);
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
    section(`Lighthouse: ${RUNS} runs each with DevTools throttling (information)`);
    results.lighthouseDevtools = {
      landing: await lighthouseMedian(app.url, { runs: RUNS, label: 'landing', throttlingMethod: 'devtools' }),
      question: await lighthouseMedian(`${app.url}?screen=part-1`, { runs: RUNS, label: 'question screen', throttlingMethod: 'devtools' }),
      floor: await lighthouseMedian(floor.url, { runs: RUNS, label: 'floor', throttlingMethod: 'devtools' }),
    };
  }

  // ---- Interaction and scale -----------------------------------------------------------------
  section(`interaction: ${CLICKS} clicks at 4× CPU slowdown (app, then floor)`);
  results.interaction = {
    app: await measureInteraction(app.url, { seed: QUESTION_SCREEN_SESSION, clicks: CLICKS }),
    floor: await measureInteraction(floor.url, { clicks: CLICKS, expectSave: false }),
  };
  section('scale: history and combined view');
  results.scale = await measureScale(app.url);
  section('scale: the roll-up of members\' results (10,000 links, 100,000 lines, a 5 MB Shift_JIS CSV)');
  results.rollup = await measureRollUp(app.url);
  section(`a later screen from the result, the first time and from the service worker's cache: ${RUNS} runs`);
  results.later = await measureLater(app.url, { runs: RUNS });
  section('a returning user: the question screen from the service worker cache (information)');
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
for (const [name, q] of Object.entries(results.firstQuestion)) {
  const fqBudget = Math.min(1.5 * q.floor.value, 0.35 * q.surveyjs.value);
  check(
    `first question on screen, ${name} (${q.viewport.width} px; ${SLOW_PROFILE.download / 1e6} Mbit/s, ${SLOW_PROFILE.latency} ms, 4× CPU; median)`,
    sec(q.app.value),
    sec(q.floor.value),
    `≤ 1.5× floor and ≤ 0.35× SurveyJS (${sec(fqBudget)})`,
    q.app.value <= fqBudget,
  );
  check(`(info) first question on screen, ${name}: SurveyJS`, sec(q.surveyjs.value), sec(q.floor.value), '—', null);
}
check('take-over while answering, 4× CPU: longest task (median)', ms(results.takeover.longest), '—', 'aim ≤ 50 ms', results.takeover.longest <= 50);
check('take-over while answering: layout shift', results.takeover.shift.toFixed(3), '—', '= 0', results.takeover.shift === 0);
const s = results.sizes;
{
  const v = results.visit;
  const w = v.firstVisit;
  check(
    'a whole first visit: bytes sent by the server (landing, 25 answers, result, service worker settled; gzip, headers included; median)',
    kb(w.value) + (w.settled ? '' : ' (service worker not settled in 15 s)'),
    kb(s.floor.gzip),
    `≤ ${kb(BUDGET.firstVisitGzip)}`,
    w.settled && w.value <= BUDGET.firstVisitGzip,
  );
  check('(info) a whole first visit, the same with one wasm for everything (issue 30, before the split)', `≈ ${kb(ISSUE_30.oneWasm)}`, '—', '—', null);
  check('(info) a whole first visit, the two-app build (issue 30)', kb(ISSUE_30.twoApps), '—', '—', null);
  check(
    'a whole first visit: files of the build sent twice with a body (worst run)',
    String(w.twice.length),
    '—',
    '= 0',
    w.twice.length === 0,
  );
  check(
    'before the result is on screen: bytes sent by the server (no service worker; median)',
    kb(v.beforeResult.value),
    kb(s.floor.gzip),
    `≤ ${kb(BUDGET.beforeResultGzip)}`,
    v.beforeResult.value <= BUDGET.beforeResultGzip,
  );
}
{
  const l = results.later;
  check('a later screen (the plan) from the result, first time, slow profile (click to the first paint with its heading, in the page; median)', sec(l.cold.value), '—', '≤ 1 s', l.cold.value <= 1000);
  check('a later screen (the plan) from the result, service worker cache, slow profile (click to the first paint with its heading, in the page; median)', ms(l.cached.value), '—', '≤ 150 ms', l.cached.value <= 150);
  check('(info) the same two to the animation frame with the heading, before its layout and paint (the method until 2026-12-07)', `${sec(l.cold.frame)} / ${ms(l.cached.frame)}`, '—', '—', null);
  check('(info) the same two, timed around the harness\'s click (the method before issue 30)', `${sec(l.cold.outside)} / ${ms(l.cached.outside)}`, '—', '—', null);
}
if (results.lighthouse) {
  const f = results.lighthouse.floor;
  for (const [key, title] of [['landing', 'landing'], ['question', 'question screen']]) {
    const l = results.lighthouse[key];
    check(`Lighthouse ${title}: performance`, String(l.performance), String(f.performance), '= 100', l.performance >= 100);
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
{
  const r = results.rollup;
  const na = (x) => x.value === null;
  const t = r.tenThousand;
  check('roll-up: 10,000 share links pasted, click to figures on screen, 4× CPU (median)', na(t) ? t.note : ms(t.value), '—', '≤ 1 s', na(t) ? null : t.value <= 1000);
  const h = r.hundredThousand;
  check('roll-up: 100,000 lines pasted, click to figures, 4× CPU', na(h) ? h.note : sec(h.value), '—', 'progress shown, no freeze', na(h) ? null : h.progressSeen);
  if (!na(h)) {
    check('(info) roll-up of 100,000 lines: longest main-thread task', ms(h.longest), '—', '—', null);
    check('(info) roll-up of 100,000 lines: JS heap used after', `${h.heapMB.toFixed(1)} MB`, '—', '—', null);
  }
  const c = r.csv;
  check(`roll-up: a ${na(c) ? '5 MB' : kb(c.bytes)} Shift_JIS CSV picked, to figures on screen, 4× CPU (median)`, na(c) ? c.note : sec(c.value), '—', '≤ 2 s', na(c) ? null : c.value <= 2000);
}
results.table = rows;

const sizeRows = [['file', 'raw', 'gzip', 'brotli', 'before the result', 'first visit']];
for (const f of s.files) {
  sizeRows.push([f.file, kb(f.raw), kb(f.gzip), kb(f.brotli), s.beforeResult.files.includes(f.file) ? 'yes' : '', s.firstVisit.files.includes(f.file) ? 'yes' : '']);
}
for (const file of s.firstVisit.files.filter((x) => !s.files.some((y) => y.file === x))) {
  sizeRows.push([file, '—', '—', '—', s.beforeResult.files.includes(file) ? 'yes (missing)' : '', 'yes (missing)']);
}
sizeRows.push(['before the result, total', kb(s.beforeResult.raw), kb(s.beforeResult.gzip), kb(s.beforeResult.brotli), `${s.beforeResult.files.length} files`, '']);
sizeRows.push(['a whole first visit, total', kb(s.firstVisit.raw), kb(s.firstVisit.gzip), kb(s.firstVisit.brotli), '', `${s.firstVisit.files.length} files`]);
for (const f of s.floor.files) sizeRows.push([`floor: ${f.file}`, kb(f.raw), kb(f.gzip), kb(f.brotli), 'the whole page', 'the whole page']);

const out = [];
out.push(`Benchmark of ${DIST} — ${machine.date}`);
out.push(`machine: ${machine.nproc} CPUs (${machine.cpu}), ${machine.memory} RAM, ${machine.chromium}, Node ${machine.node}, load ${machine.loadAtStart}`);
out.push('');
out.push('Sizes of the files (gzip level 9, brotli 11; 1 KB = 1000 bytes), and which a first visit downloads (visitFiles)');
out.push(table(sizeRows));
{
  const v = results.visit;
  const c = v.check;
  const list = (files) => files.join(', ');
  if (c.beforeResultUnlisted.length) out.push(`WARNING: before the result the page fetched ${list(c.beforeResultUnlisted)}, which visitFiles' "before the result" does not count`);
  if (c.chunksBeforeResult.length) out.push(`NOTE: chunks the page fetched before the result: ${list(c.chunksBeforeResult)}`);
  if (c.beforeResultNotFetched.length) out.push(`note: listed before the result but not fetched by this browser: ${list(c.beforeResultNotFetched)}`);
  if (c.firstVisitUnlisted.length) out.push(`WARNING: a whole first visit fetched ${list(c.firstVisitUnlisted)}, which visitFiles' "first visit" does not count`);
  if (c.firstVisitNotFetched.length) out.push(`note: listed for a first visit but not fetched by this browser: ${list(c.firstVisitNotFetched)}`);
  const w = v.firstVisit;
  for (const [i, r] of w.runs.entries()) {
    out.push(
      `first visit, run ${i + 1}: ${kb(r.sent)} sent in ${r.responses} responses (${r.files.length} files with a body, ${r.notModified} answered 304` +
        `${r.other.length ? `, others: ${r.other.join(', ')}` : ''}); the result after ${sec(r.resultMs)}, the service worker settled ` +
        `${r.settledMs === null ? 'NOT within 15 s' : `${sec(r.settledMs)} later`}` +
        `${r.twice.length ? `; sent twice with a body: ${r.twice.map((t) => `${t.path} (${t.bodies}×)`).join(', ')}` : ''}`,
    );
  }
  for (const [i, r] of v.beforeResult.runs.entries()) {
    out.push(
      `before the result, run ${i + 1}: ${kb(r.sent)} sent by the server, ${kb(r.cdp)} received (DevTools' encodedDataLength), ` +
        `${r.responses} responses${r.after.length ? `; fetched in the 2 s after: ${r.after.join(', ')}` : ''}`,
    );
  }
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

// The table of target/bench/results.md and docs/performance.md.
const md = [
  '| Figure | App | Floor (plain HTML) | Budget | Result |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.name} | ${r.value} | ${r.floor} | ${r.budget} | ${r.result} |`),
].join('\n');
machine.loadAtEnd = loadavg().map((l) => l.toFixed(2)).join(' ');
machine.loadBySection = loads;
await writeFile(join(OUT, 'results.json'), JSON.stringify(results, null, 2));
const loadRange = loads.length ? `; 1-minute load ${Math.min(...loads.map((l) => l.load)).toFixed(2)}–${Math.max(...loads.map((l) => l.load)).toFixed(2)} as each measurement started` : '';
const about =
  `Measured ${machine.date.slice(0, 10)} on ${machine.nproc} CPUs (${machine.cpu}), ${machine.memory} RAM, ` +
  `${machine.chromium.replace(/ built on .*/, '')}, Node ${machine.node}; load average ${machine.loadAtStart} at the start, ` +
  `${machine.loadAtEnd} at the end${loadRange}. ` +
  `Timings: median of ${RUNS} runs${SKIP_LH ? ' (Lighthouse skipped)' : ''}; interaction: median of ${CLICKS} clicks.`;
await writeFile(join(OUT, 'results.md'), `${md}\n\n${about}\n`);
log(`\nwrote ${join('target/bench', 'results.json')} and results.md`);
// The same table in docs/performance.md, between its markers, so the page shows the last run.
{
  const START = '<!-- bench:start -->';
  const END = '<!-- bench:end -->';
  const doc = await readFile(DOC, 'utf8').catch(() => null);
  const from = doc?.indexOf(START) ?? -1;
  const to = doc?.indexOf(END) ?? -1;
  if (from < 0 || to < from) {
    log(`${relative(process.cwd(), DOC)}: no ${START} … ${END} lines; the table is not written there`);
  } else {
    await writeFile(DOC, `${doc.slice(0, from + START.length)}\n${md}\n\n${about}\n${doc.slice(to)}`);
    log(`wrote the table into ${relative(process.cwd(), DOC)}`);
  }
}
process.exit(rows.some((r) => r.result === 'FAIL') ? 1 : 0);
