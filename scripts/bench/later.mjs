// Issues 16 and 30: the time to open a later screen (the action plan, whose code is the split point
// `result_more`, fetched when it is first opened) from the result, the first time and from the
// service worker's cache. (What a first visit downloads is measured by visit.mjs.)
//
// - First time: a fresh profile, service workers blocked; the landing, 25 answers and the result
//   with its advice; then the slow profile (1.6 Mbit/s, 150 ms, 4× CPU) and the cache off, and
//   「対策リストを開く」: from the click to the plan's heading on screen. Its chunks come from the
//   server.
// - From the cache: the same journey with the service worker allowed, then until it has settled
//   (activated, controlling the page, and every file of its list, `split-result_more-…` among
//   them, in its cache), and a second's reading of the result; then the slow profile (network
//   still throttled: the worker answers from its cache) and the same click.
// Measured in the page: from the click event's time stamp (the moment of the press) to the paint
// of the first frame in which the plan's heading is there: a requestAnimationFrame loop finds
// the frame, and a message posted from it is handled once that frame is rendered (its style,
// layout and paint done). Until 2026-12-07 the figure stopped at that frame's animation frame
// callback, before its style and layout, which could leave out about 100 ms at 4× CPU; it is
// still kept (`frame`). The harness waits for the heading by `textContent`, which forces no
// layout of its own. Also kept: the same from outside the page (the time around Playwright's
// click, which first waits for the button to be stable over two frames, and its polling for the
// heading), the method before issue 30. Median of `runs`.

import { launchPlaywright, median, precacheList, toResult, VIEWPORTS, waitForPrecache } from './browser.mjs';
import { SLOW_PROFILE, throttle } from './first-question.mjs';

/**
 * Clicks 「対策リストを開く」; resolves to { value, frame, outside }: ms from the click to the
 * paint of the first frame with the plan's heading, to that frame's animation frame callback,
 * both measured in the page, and around the harness's click.
 */
async function openPlan(page) {
  await page.evaluate(() => {
    window.__benchClick = null;
    window.__benchShown = null;
    window.__benchPainted = null;
    document.addEventListener('click', (e) => { window.__benchClick = e.timeStamp; }, { capture: true, once: true });
    const tick = () => {
      if (window.__benchClick !== null && document.querySelector('h1')?.textContent.trim() === '対策リスト') {
        window.__benchShown = performance.now();
        // Handled after this frame's rendering: its style, layout and paint.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { window.__benchPainted = performance.now(); };
        channel.port2.postMessage(null);
        return;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const start = Date.now();
  await page.getByRole('button', { name: '対策リストを開く', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('h1')?.textContent.trim() === '対策リスト', null, { timeout: 60000, polling: 'raf' });
  const outside = Date.now() - start;
  await page.waitForFunction(() => window.__benchPainted !== null, null, { timeout: 10000 });
  const t = await page.evaluate(() => ({ value: window.__benchPainted - window.__benchClick, frame: window.__benchShown - window.__benchClick }));
  return { ...t, outside };
}

/** { cold: { value, frame, outside, runs }, cached: { value, frame, outside, runs } } */
export async function measureLater(url, { runs = 3 } = {}) {
  const files = await precacheList(url);
  if (!files.some((f) => /(^|\/)split-result_more-[0-9a-f]{16}\.wasm$/.test(f))) {
    throw new Error('later: the service worker does not precache a split-result_more-….wasm (the plan\'s chunk)');
  }
  const browser = await launchPlaywright();
  const cold = [];
  const cached = [];
  try {
    for (let i = 0; i < runs; i++) {
      // The first time, without a service worker: the plan's chunks from the server.
      let context = await browser.newContext({ viewport: VIEWPORTS.phone, serviceWorkers: 'block' });
      try {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await toResult(page, url);
        await throttle(cdp, SLOW_PROFILE);
        cold.push(await openPlan(page));
      } finally {
        await context.close();
      }
      // After one online visit: the plan's chunks from the service worker's cache.
      context = await browser.newContext({ viewport: VIEWPORTS.phone });
      try {
        const page = await context.newPage();
        await toResult(page, url);
        if ((await waitForPrecache(page, files, 60000)) === null) throw new Error('later: the service worker did not settle within 60 s');
        // A member reads the result before choosing the plan: a second's pause, in which the app
        // warms the plan's code from the worker's cache (src/app/screens.rs).
        await page.waitForTimeout(1000);
        const cdp = await context.newCDPSession(page);
        await throttle(cdp, SLOW_PROFILE, { cacheDisabled: false });
        cached.push(await openPlan(page));
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  const summary = (runs) => ({ value: median(runs.map((r) => r.value)), frame: median(runs.map((r) => r.frame)), outside: median(runs.map((r) => r.outside)), runs });
  return { cold: summary(cold), cached: summary(cached) };
}
