// Scale timings (issue 9): opening the history screen with 200 diagnoses, and the combined view of
// 500 results, each ≤ 200 ms of main-thread work at 4× CPU slowdown.
//
// Each feature is looked for in the running app first (a control named 履歴, and one for the
// combined view). When the app has no such control the figure is "n/a (feature not present)":
// no number is made up. When it has one, the history is filled through the app's own import
// (an export file in the documented format of src/store/transfer.rs) and the click that opens the
// screen is traced: every main-thread task from the click until the page has been quiet for a
// second. If the bench cannot drive a present feature, it says why instead of giving a number.

import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchPlaywright, median } from './browser.mjs';
import { eventWork, trace } from './interaction.mjs';
import { shareCode as encodeShareCode } from '../../tests/e2e/fixtures/encode.mjs';

const HISTORY = /履歴/;
const COMBINED = /まとめ|集計|合算|組み合わせ|統合|複数の結果/;
const CHOICES = ['done', 'partial', 'not_done', 'unknown'];
const REPEAT = 3;

/** An export file (src/store/transfer.rs, schema 1) with `n` completed diagnoses in its history. */
export function exportWithHistory(n, current = {}) {
  const history = [];
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000 * 3).toISOString();
    const answers = {};
    for (let no = 1; no <= 25; no++) answers[no] = CHOICES[(no * 7 + i) % 4];
    // The id is derived by the app (completed_at + share code); an empty one is re-derived or
    // dropped by the import, which the bench checks by counting what the screen shows.
    history.push({ id: '', completed_at: day, company: `ベンチ株式会社 ${i + 1}`, respondent: '', answers });
  }
  return JSON.stringify({
    format: 'jishin-shindan-export',
    schema_version: 1,
    app_version: '0.1.0',
    exported_at: new Date(Date.UTC(2026, 0, 1)).toISOString(),
    current,
    records: { history, plan: {}, profile: { company: '', respondent: '' } },
  });
}

/** Busy main-thread time (ms) of every task in `events` from the one holding the click on. */
function busyFromClick(events) {
  const click = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
  if (!click) throw new Error('no click in the trace');
  return (
    events
      .filter((e) => e.pid === click.pid && e.tid === click.tid && e.name === 'RunTask' && e.ph === 'X' && e.ts + e.dur >= click.ts)
      .reduce((n, t) => n + t.dur, 0) / 1000
  );
}

async function clickAndTrace(page, cdp, locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('the control has no box');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  try {
    const events = await trace(cdp, async () => {
      await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', clickCount: 1 });
      await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', clickCount: 1 });
      await page.waitForTimeout(1000);
    });
    return busyFromClick(events);
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
}

const control = (page, name) => page.locator('button, a, [role="button"], [role="link"], [role="tab"]').filter({ hasText: name }).first();

async function history(page, cdp, url) {
  await page.goto(url);
  await page.locator('main#main').waitFor();
  if (!(await control(page, HISTORY).count())) return { value: null, note: 'n/a (feature not present)' };
  const dir = await mkdtemp(join(tmpdir(), 'bench-scale-'));
  try {
    // Fill the history through the app's own import (on the history screen): file, preview, 読み込む.
    const file = join(dir, 'history-200.json');
    await writeFile(file, exportWithHistory(200));
    await control(page, HISTORY).click();
    await page.locator('input[type="file"]').first().setInputFiles(file, { timeout: 5000 });
    await page.getByRole('button', { name: '読み込む', exact: true }).click({ timeout: 5000 });
    await page.getByText(/ベンチ株式会社/).first().waitFor({ timeout: 10000 });
    // Then, REPEAT times: start the app afresh (it reopens the screen it was on), go to the landing
    // and open the history screen from there. The figure is the median.
    const runs = [];
    let shown = 0;
    for (let i = 0; i < REPEAT; i++) {
      await page.goto(url);
      await page.locator('main#main').waitFor();
      if (!(await control(page, HISTORY).isVisible())) {
        await control(page, /はじめの画面へ/).click({ timeout: 5000 });
        await control(page, HISTORY).waitFor({ timeout: 5000 });
      }
      runs.push(await clickAndTrace(page, cdp, control(page, HISTORY)));
      shown = await page.getByText(/ベンチ株式会社/).count();
    }
    // The screen lists the newest diagnoses first and the rest on request (さらに表示): every one
    // of the 200 must be reachable, or the figure does not count.
    const more = page.getByTestId('history-more');
    for (let i = 0; i < 200 && (await more.count()); i++) await more.click();
    const all = await page.getByText(/ベンチ株式会社/).count();
    if (all < 200) return { value: null, note: `n/a (only ${all} of the 200 imported diagnoses can be listed)` };
    return { value: median(runs), runs, note: `${shown} newest listed on opening, all ${all} reachable; median of ${REPEAT}` };
  } catch (e) {
    return { value: null, note: `n/a (history present, but the bench could not drive it: ${String(e.message).split('\n')[0]})` };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Busy time (ms) of the page's main thread (the renderer main thread that worked most). */
function busyOfMainThread(events) {
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const busy = (m) => events
    .filter((e) => e.pid === m.pid && e.tid === m.tid && e.name === 'RunTask' && e.ph === 'X')
    .reduce((n, t) => n + t.dur, 0) / 1000;
  if (!mains.length) throw new Error('no renderer main thread in the trace');
  return Math.max(...mains.map(busy));
}

/** `n` export files, each one completed diagnosis with its own answers (transfer.rs, schema 1). */
export function exportFiles(n) {
  const files = [];
  for (let i = 0; i < n; i++) {
    const answers = participant(i);
    const entry = { id: '', completed_at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), company: `参加者 ${i + 1}`, respondent: '', answers };
    const file = {
      format: 'jishin-shindan-export', schema_version: 1, app_version: '0.1.0',
      exported_at: entry.completed_at, current: {},
      records: { history: [entry], plan: {}, profile: { company: '', respondent: '' } },
    };
    files.push({ name: `result-${String(i + 1).padStart(3, '0')}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  }
  return files;
}

// The share code of src/core/share.rs (version 1), for the pasted-links figure, written from the
// format (tests/e2e/fixtures/encode.mjs). The app refuses a wrong code, so a mistake there shows
// as fewer than 500 combined (and the figure as n/a), never as a wrong number.
export function shareCode(answers) {
  return encodeShareCode(Array.from({ length: 25 }, (_, i) => CHOICES.indexOf(answers[i + 1])));
}

/** The answers of participant `i` (0-based): varied, every choice used. */
function participant(i) {
  const answers = {};
  for (let no = 1; no <= 25; no++) answers[no] = CHOICES[(no * 7 + i * 3 + Math.floor(i / 4)) % 4];
  return answers;
}

/** From the landing to 「複数の結果をまとめる」; false when the app has no way there. */
async function openCombine(page, url) {
  await page.goto(url);
  await page.locator('main#main').waitFor();
  // The app reopens the screen it was on (the history bench left it on 履歴).
  if (!(await control(page, /診断の後に/).count()) && (await control(page, /はじめの画面へ/).count())) {
    await control(page, /はじめの画面へ/).click({ timeout: 5000 });
  }
  if (!(await control(page, /診断の後に/).count())) return false;
  await control(page, /診断の後に/).click();
  // The screen's code is a chunk fetched when it is first opened (issue 30): its controls are
  // there once its heading is.
  await page.waitForFunction(() => document.querySelector('h1')?.textContent.trim() === '診断の後に', null, { timeout: 20000 });
  if (!(await control(page, COMBINED).count())) return false;
  await control(page, COMBINED).click();
  return true;
}

/** Checks the combined view counts `n` results; throws otherwise. */
async function expectCombined(page, n) {
  const heading = await page.getByTestId('combined').locator('h2').first().innerText();
  if (!heading.includes(String(n))) throw new Error(`the combined view says "${heading}", not ${n}`);
}

/** 500 share links (a workshop's participants) pasted at once, then 「貼り付けた結果を加える」. */
async function combinedPasted(page, cdp, url) {
  const COUNT = 500;
  try {
    const text = Array.from({ length: COUNT }, (_, i) => `参加者${i + 1} https://example.jp/check/#r=${shareCode(participant(i))}`).join('\n');
    const runs = [];
    for (let i = 0; i < REPEAT; i++) {
      if (!(await openCombine(page, url))) return { value: null, note: 'n/a (feature not present)' };
      await page.locator('#combine-paste').fill(text);
      runs.push(await clickAndTrace(page, cdp, page.getByRole('button', { name: '貼り付けた結果を加える', exact: true })));
      await expectCombined(page, COUNT);
    }
    return { value: median(runs), runs, note: `${COUNT} share links combined; median of ${REPEAT}` };
  } catch (e) {
    return { value: null, note: `n/a (the bench could not drive the combine screen: ${String(e.message).split('\n')[0]})` };
  }
}

async function combined(page, cdp, url) {
  const COUNT = 500;
  // Real files on disk: the browser reads them itself, as with a user's file picker (buffers would
  // be decoded by Playwright's script on the page's main thread and counted against the app).
  const dir = await mkdtemp(join(tmpdir(), 'bench-combine-'));
  try {
    const files = [];
    for (const f of exportFiles(COUNT)) {
      await writeFile(join(dir, f.name), f.buffer);
      files.push(join(dir, f.name));
    }
    const runs = [];
    for (let i = 0; i < REPEAT; i++) {
      if (!(await openCombine(page, url))) return { value: null, note: 'n/a (feature not present)' };
      await page.locator('#combine-files').waitFor({ state: 'attached', timeout: 5000 });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      let events;
      try {
        // From handing over the 500 files until the combined view has shown and the page has
        // been quiet for a second: reading, checking, combining and drawing all 500.
        events = await trace(cdp, async () => {
          await page.locator('#combine-files').setInputFiles(files);
          await page.getByTestId('combined').waitFor({ timeout: 60000 });
          await page.waitForTimeout(1000);
        });
      } finally {
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      }
      await expectCombined(page, COUNT);
      runs.push(busyOfMainThread(events));
    }
    return { value: median(runs), runs, note: `${COUNT} files combined; median of ${REPEAT}` };
  } catch (e) {
    return { value: null, note: `n/a (combined view present, but the bench could not drive it: ${String(e.message).split('\n')[0]})` };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** { history, combined }: each { value: ms | null, note }. */
/**
 * Typing with a long history (issue 15): 1,000 diagnoses imported through the app's own import
 * (with a diagnosis in progress, complete, so the action plan has items), then characters typed
 * one by one at 4× CPU slowdown into a note of the action plan (?screen=plan) and into the basic
 * policy draft's text (?screen=policy), each opened by its address; and, as the floor, into a bare
 * <textarea> on an empty page. Per keystroke: the main thread's tasks from the one that
 * dispatches the key's input event until the first task after it that paints (as for a click:
 * interaction.mjs); in the app the keystroke must be saved by then. Medians; the worst too.
 */
const TYPING_COUNT = 1000;
const TYPING_KEYS = 12;

async function typeKeys(page, cdp, field, { saved }) {
  await field.click();
  await page.keyboard.press('Control+End');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const runs = [];
  try {
    for (let i = 0; i < TYPING_KEYS; i++) {
      const before = saved ? await page.evaluate(() => localStorage.getItem('jishin-shindan.session')) : null;
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 50)))));
      const events = await trace(cdp, async () => {
        await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'a', code: 'KeyA', text: 'a', windowsVirtualKeyCode: 65 });
        await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'a', code: 'KeyA', windowsVirtualKeyCode: 65 });
        await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 0)))));
      });
      if (saved) {
        const after = await page.evaluate(() => localStorage.getItem('jishin-shindan.session'));
        if (after === before) throw new Error(`keystroke ${i + 1} was not saved by the next frame`);
      }
      runs.push(eventWork(events, 'input').work);
    }
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
  const typed = await field.inputValue();
  if (!typed.endsWith("a".repeat(TYPING_KEYS))) throw new Error(`the field holds "${typed.slice(-40)}", not the ${TYPING_KEYS} characters typed`);
  return { value: median(runs), worst: Math.max(...runs), runs };
}

export async function typing(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const dir = await mkdtemp(join(tmpdir(), 'bench-typing-'));
  const historyLength = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('jishin-shindan.history') ?? '[]').length);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${url}?screen=history`);
    const file = join(dir, `history-${TYPING_COUNT}.json`);
    const current = {};
    for (let no = 1; no <= 25; no++) current[no] = CHOICES[no % 4];
    await writeFile(file, exportWithHistory(TYPING_COUNT, current));
    await page.locator('input[type="file"]').first().setInputFiles(file, { timeout: 10000 });
    await page.getByRole('button', { name: '読み込む', exact: true }).click({ timeout: 10000 });
    await page.getByText(/ベンチ株式会社/).first().waitFor({ timeout: 20000 });
    if ((await historyLength(page)) !== TYPING_COUNT) throw new Error(`not all ${TYPING_COUNT} diagnoses were saved`);
    const figures = {};
    await page.goto(`${url}?screen=plan`);
    figures.note = await typeKeys(page, cdp, page.getByLabel('メモ').first(), { saved: true });
    await page.goto(`${url}?screen=policy`);
    figures.draft = await typeKeys(page, cdp, page.getByTestId('draft-text'), { saved: true });
    if ((await historyLength(page)) !== TYPING_COUNT) throw new Error(`the history lost entries while typing`);
    const floor = await context.newPage();
    await floor.setContent('<!doctype html><meta name="viewport" content="width=device-width"><textarea rows="4" cols="40"></textarea>');
    figures.floor = await typeKeys(floor, await context.newCDPSession(floor), floor.locator('textarea'), { saved: false });
    const value = Math.max(figures.note.value, figures.draft.value);
    const f1 = (v) => `${v.toFixed(1)} ms`;
    return {
      value,
      runs: [...figures.note.runs, ...figures.draft.runs],
      figures,
      note: `${TYPING_KEYS} keystrokes each with ${TYPING_COUNT} diagnoses in the history, each saved: ` +
        `plan note ${f1(figures.note.value)} (worst ${f1(figures.note.worst)}), draft text ${f1(figures.draft.value)} ` +
        `(worst ${f1(figures.draft.worst)}); a bare textarea ${f1(figures.floor.value)}`,
    };
  } catch (e) {
    return { value: null, note: `n/a (the bench could not type: ${String(e.message).split('\n')[0]})` };
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export async function measureScale(url) {
  const browser = await launchPlaywright();
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const h = await history(page, cdp, url);
    const p = await combinedPasted(page, cdp, url);
    const c = await combined(page, cdp, url);
    const t = await typing(browser, url);
    return { history: h, combinedPasted: p, combined: c, typing: t };
  } finally {
    await browser.close();
  }
}
