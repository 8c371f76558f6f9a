// The roll-up of members' results at scale (issue 32), at 4× CPU slowdown on a phone's viewport:
//
// - 10,000 share links pasted: from the click on 「貼り付けた結果を集計する」 to the frame with the
//   figures on screen (budget ≤ 1 s);
// - 100,000 lines (a prefecture-wide campaign) pasted: the time to the figures, the longest
//   main-thread task meanwhile (the page must not freeze: it reads a slice per task and shows its
//   progress) and the memory used after (JS heap and the wasm's memory, from the page);
// - a 5 MB Shift_JIS CSV export picked as a file: from choosing it to the figures (budget ≤ 2 s).
//
// Times are taken in the page: from the click's event time stamp (or just before the file is
// given to the input) to the requestAnimationFrame callback that first finds the figures.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchPlaywright, median } from './browser.mjs';
import { shareCode, shiftJis } from '../../tests/e2e/fixtures/encode.mjs';

const REPEAT = 3;

/** Answers of result `i`: `i` in base 4 over the 25 questions, mixed so that every band
 * occurs; different for every `i`, so no two lines are duplicates. */
function distinct(i) {
  return Array.from({ length: 25 }, (_, q) => (Math.floor(i / 4 ** (q % 12)) + (q < 12 ? 0 : Math.floor(i / 4 ** 12)) + q) % 4);
}

/** `n` lines, each a company name and a dated share link, as a staff member would paste them. */
function pastedLines(n) {
  const lines = [];
  for (let i = 0; i < n; i++) {
    const answers = distinct(i);
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(`会員${i + 1} https://example.or.jp/shindan/#r=${shareCode(answers)}&d=2026-11-${day}`);
  }
  return lines.join('\n');
}

/** A Shift_JIS CSV of about `bytes` bytes: a form's export with 業種 and a link per row. */
function shiftJisCsv(bytes) {
  const encode = shiftJis;
  const industries = ['製造業', '小売業', '建設業', '運輸業', '飲食業'];
  const parts = [encode('タイムスタンプ,会社名,業種,従業員数,結果のリンク\r\n')];
  let size = parts[0].length;
  for (let i = 0; size < bytes; i++) {
    const answers = distinct(i * 7 + 3);
    const row = encode(`2026/11/${1 + (i % 28)} 9:${String(i % 60).padStart(2, '0')},株式会社${i},${industries[i % 5]},${5 + (i % 40)},https://example.or.jp/shindan/#r=${shareCode(answers)}&d=2026-11-${String(1 + (i % 28)).padStart(2, '0')}\r\n`);
    parts.push(row);
    size += row.length;
  }
  return Buffer.concat(parts);
}

/** Opens the roll-up screen on a fresh page; returns the page and CDP (to slow the CPU 4×
 * once the input is in place: typing 100,000 lines is the test harness's work, not the app's). */
async function openRollUp(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await page.goto(`${url}?screen=rollup`);
  await page.getByRole('heading', { level: 1, name: '会員企業の結果を集計する' }).waitFor({ timeout: 60000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // The longest task while reading, and the first frame with the figures.
  await page.evaluate(() => {
    window.__bench = { longest: 0, progressSeen: false, done: null, start: null };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__bench.longest = Math.max(window.__bench.longest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
    const watch = () => {
      const b = window.__bench;
      if ((document.querySelector('[data-testid="rollup-progress"]')?.textContent ?? '').trim()) b.progressSeen = true;
      if (b.start !== null && b.done === null && document.querySelector('[data-testid="rollup-figures"]')) b.done = performance.now();
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  return { context, page, cdp };
}

/** The figures' count line once they are on screen; throws when it does not say `n`. */
async function waitForFigures(page, n, timeout) {
  await page.waitForFunction(() => window.__bench.done !== null, null, { timeout });
  const count = await page.getByTestId('rollup-count').innerText();
  if (!count.includes(`${n}件`)) throw new Error(`the roll-up says "${count}", not ${n}`);
}

async function pasted(browser, url, n, timeout) {
  const { context, page, cdp } = await openRollUp(browser, url);
  try {
    // As a paste puts it in: the value at once and one input event (Playwright's fill types
    // the text in, which takes minutes for 100,000 lines).
    await page.locator('#rollup-paste').evaluate((el, text) => {
      el.value = text;
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }, pastedLines(n));
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.evaluate(() => {
      window.__bench.longest = 0;
      window.__bench.progressSeen = false;
      document.querySelector('.rollup button.button').addEventListener('click', (e) => { window.__bench.start = e.timeStamp; }, { capture: true, once: true });
    });
    await page.getByRole('button', { name: '貼り付けた結果を集計する', exact: true }).click();
    await waitForFigures(page, n, timeout);
    const b = await page.evaluate(() => window.__bench);
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    return { ms: b.done - b.start, longest: b.longest, progressSeen: b.progressSeen, heapMB: metrics.JSHeapUsedSize / 1e6 };
  } finally {
    await context.close();
  }
}

async function csvFile(browser, url, path, n) {
  const { context, page, cdp } = await openRollUp(browser, url);
  try {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.evaluate(() => { window.__bench.start = performance.now(); });
    await page.locator('#rollup-files').setInputFiles(path);
    await waitForFigures(page, n, 120000);
    const b = await page.evaluate(() => window.__bench);
    return { ms: b.done - b.start, longest: b.longest };
  } finally {
    await context.close();
  }
}

/** Every roll-up figure; a figure the bench could not drive is `null` with the reason. */
export async function measureRollUp(url) {
  const browser = await launchPlaywright();
  const dir = await mkdtemp(join(tmpdir(), 'rollup-bench-'));
  const guard = async (what, f) => {
    try {
      return await f();
    } catch (e) {
      return { value: null, note: `n/a (${what}: ${String(e.message).split('\n')[0]})` };
    }
  };
  try {
    const tenThousand = await guard('10,000 links', async () => {
      const runs = [];
      for (let i = 0; i < REPEAT; i++) runs.push(await pasted(browser, url, 10_000, 60000));
      return { value: median(runs.map((r) => r.ms)), runs: runs.map((r) => r.ms), longest: Math.max(...runs.map((r) => r.longest)) };
    });
    const hundredThousand = await guard('100,000 lines', async () => {
      const r = await pasted(browser, url, 100_000, 300000);
      return { value: r.ms, runs: [r.ms], longest: r.longest, progressSeen: r.progressSeen, heapMB: r.heapMB };
    });
    const csv = await guard('5 MB Shift_JIS CSV', async () => {
      const bytes = shiftJisCsv(5_000_000);
      const path = join(dir, '回答.csv');
      await writeFile(path, bytes);
      const rows = bytes.toString('latin1').split('\r\n').length - 2;
      const runs = [];
      for (let i = 0; i < REPEAT; i++) runs.push(await csvFile(browser, url, path, rows));
      return { value: median(runs.map((r) => r.ms)), runs: runs.map((r) => r.ms), longest: Math.max(...runs.map((r) => r.longest)), bytes: bytes.length, rows };
    });
    return { tenThousand, hundredThousand, csv };
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}
