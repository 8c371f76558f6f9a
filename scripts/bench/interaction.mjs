// Interaction timing in real Chromium at 4× CPU slowdown (CDP Emulation.setCPUThrottlingRate).
//
// For one click on an answer: the renderer main thread's busy time, read from a Chromium trace of
// the click (the same data as DevTools' Performance panel): the sum of the main thread's tasks
// (RunTask) from the one that dispatches the click (with the mouse release) until the end of the
// first task after it that paints, i.e. the click's handlers, the radio's input/change events, the
// app's microtasks (Leptos effects, the localStorage write), and the next frame's style, layout,
// paint and commit. Idle time between tasks (waiting for the frame) is not counted; neither is the
// mouse press's own frame (focus and :active styles, the same for any page). The mouse events are
// sent with CDP Input directly, so no playwright script runs in the page during the click. Also
// reported: the latency from the click until the end of that frame (idle included).
//
// Chromium runs here with --disable-gpu (software compositing), so every frame's paint and commit
// cost main-thread time that a phone's GPU would take: the floor page (no script at all) shows
// what any click costs in this setup.

import { launchPlaywright, median } from './browser.mjs';

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'].join(',');

/** Runs `action` while tracing the page's timeline; resolves to the trace events. */
export async function trace(cdp, action) {
  const events = [];
  const onData = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  try {
    await action();
  } finally {
    const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
  }
  return events;
}

/**
 * The main-thread work of one `type` event (a click, a keystroke's input) in `events` (a trace):
 * { work, latency } in ms, from the task that dispatches it to the first task after it that commits
 * a painted frame.
 */
export function eventWork(events, type) {
  const dispatch = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === type);
  if (!dispatch) throw new Error(`interaction: the trace has no ${type} dispatch`);
  const main = (e) => e.pid === dispatch.pid && e.tid === dispatch.tid;
  const tasks = events.filter((e) => main(e) && e.name === 'RunTask' && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const containing = (e) => tasks.find((t) => t.ts <= e.ts && e.ts <= t.ts + t.dur);
  const first = containing(dispatch);
  // The frame: the first task from the event on that commits a painted frame to the compositor.
  const commits = events.filter((e) => main(e) && e.name === 'Commit' && e.ts >= dispatch.ts).sort((a, b) => a.ts - b.ts);
  const last = commits.length ? containing(commits[0]) : undefined;
  if (!first || !last) throw new Error(`interaction: no task for the ${type} or no paint after it`);
  const busy = tasks.filter((t) => t.ts >= first.ts && t.ts <= last.ts).reduce((n, t) => n + t.dur, 0);
  return { work: busy / 1000, latency: (last.ts + last.dur - first.ts) / 1000 };
}

/** The main-thread work of one click in `events` (a trace); { work, latency } in ms. */
export const clickWork = (events) => eventWork(events, 'click');

/** Clicks at (x, y); resolves to { work, latency, saved }. */
async function measureClick(page, cdp, x, y) {
  await page.evaluate(() => (window.__benchBefore = localStorage.getItem('jishin-shindan.session')));
  // Let the page settle (two frames and a quiet moment) first.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 50)))));
  const events = await trace(cdp, async () => {
    await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', clickCount: 1 });
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', clickCount: 1 });
    // Until the frame after the click has been painted (a task posted from its rAF runs after it).
    await page.evaluate(
      () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 0)))),
    );
  });
  const saved = await page.evaluate(() => localStorage.getItem('jishin-shindan.session') !== window.__benchBefore);
  return { ...clickWork(events), saved };
}

async function center(locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('interaction: element has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Opens `url` (with localStorage `seed` written first, from a page of the same origin that does
 * not run the app), waits for question 1, then clicks answers `clicks` times at 4× CPU slowdown
 * (questions 1–5, cycling through the four choices, so every click changes an answer).
 * `expectSave`: the page must change the saved session with every click (the app); false for the floor.
 */
export async function measureInteraction(url, { seed, clicks = 20, expectSave = true } = {}) {
  const browser = await launchPlaywright();
  try {
    // The viewport of Lighthouse's mobile preset (Moto G Power).
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: false });
    const page = await context.newPage();
    if (seed) {
      await page.goto(new URL('/__bench-seed-not-found', url).href);
      await page.evaluate((e) => {
        for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
      }, seed);
    }
    await page.goto(url);
    const question = (no) => page.getByRole('group', { name: new RegExp(`^No\\.${no} `) });
    await question(1).waitFor({ timeout: 30000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

    const labels = ['実施している', '一部実施している', '実施していない', 'わからない'];
    const results = [];
    for (let i = 0; i < clicks; i++) {
      const no = (i % 5) + 1;
      const label = labels[Math.floor(i / 5) % labels.length];
      const radio = question(no).getByRole('radio', { name: new RegExp(`^${label}`) });
      const { x, y } = await center(radio);
      const r = await measureClick(page, cdp, x, y);
      if (!(await radio.isChecked())) throw new Error(`interaction: No.${no} ${label} was not checked by the click`);
      if (expectSave && !r.saved) throw new Error(`interaction: No.${no} ${label} was not saved by the next frame`);
      results.push(r);
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const pick = (key) => median(results.map((r) => r[key]));
    return {
      work: pick('work'),
      latency: pick('latency'),
      workMax: Math.max(...results.map((r) => r.work)),
      saved: results.every((r) => r.saved),
      clicks: results.length,
    };
  } finally {
    await browser.close();
  }
}
