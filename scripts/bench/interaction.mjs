// Interaction timing in real Chromium at 4× CPU slowdown (CDP Emulation.setCPUThrottlingRate).
//
// For one click: the main thread's busy time (CDP Performance metric TaskDuration: every task the
// renderer's main thread ran — event handlers, microtasks such as Leptos effects and the
// localStorage write, requestAnimationFrame, style, layout, paint) from the mouse press until the
// frame after the click has been produced, minus the same measurement around a click on an inert
// spot (the cost of measuring itself). The mouse events are sent with CDP Input directly, so no
// playwright script runs in the page while measuring. Also reported: the click-to-next-frame
// latency seen from the page (what INP would count, including waiting for the frame), and how
// many clicks Chromium's Event Timing API reported as ≥ 16 ms.

import { launchPlaywright, median } from './browser.mjs';

/** Clicks at (x, y) and returns { work, latency } in ms, plus whether the session changed. */
async function measureClick(page, cdp, x, y) {
  await page.evaluate(() => {
    window.__bench = { t0: NaN, before: localStorage.getItem('jishin-shindan.session') };
    addEventListener('mousedown', () => (window.__bench.t0 = performance.now()), { capture: true, once: true });
  });
  // Let the page settle (two frames and a quiet moment) before the first reading.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 50)))));
  const before = await metric(cdp);
  await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', clickCount: 1 });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', clickCount: 1 });
  const page_ = await page.evaluate(
    () =>
      new Promise((ok) =>
        requestAnimationFrame(() => {
          // A task posted from rAF runs after that frame's style, layout and paint.
          const ch = new MessageChannel();
          ch.port1.onmessage = () =>
            ok({
              t1: performance.now(),
              t0: window.__bench.t0,
              saved: localStorage.getItem('jishin-shindan.session') !== window.__bench.before,
            });
          ch.port2.postMessage(0);
        }),
      ),
  );
  const after = await metric(cdp);
  return { work: (after - before) * 1000, latency: page_.t1 - page_.t0, saved: page_.saved };
}

async function metric(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value;
}

async function center(locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('interaction: element has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Opens `url` (with localStorage `seed` written first, from a page of the same origin that does
 * not run the app), waits for question 1, then clicks answers `clicks` times at 4× CPU slowdown.
 * `expectSave`: the page must change the saved session with every click (the app); false for the floor.
 */
export async function measureInteraction(url, { seed, clicks = 10, expectSave = true } = {}) {
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
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

    // The cost of measuring: clicks on an inert spot (the page's top-left corner padding).
    const base = [];
    for (let i = 0; i < 5; i++) base.push((await measureClick(page, cdp, 1, 1)).work);
    const baseline = median(base);

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
    const slow = await page.evaluate(
      () =>
        performance.getEntriesByType('event').filter((e) => ['click', 'mousedown', 'mouseup', 'change', 'input'].includes(e.name) && e.duration >= 16)
          .length,
    );
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return {
      work: Math.max(0, median(results.map((r) => r.work)) - baseline),
      workMax: Math.max(...results.map((r) => r.work)) - baseline,
      baseline,
      latency: median(results.map((r) => r.latency)),
      saved: results.every((r) => r.saved),
      slowEventEntries: slow,
      clicks: results.length,
    };
  } finally {
    await browser.close();
  }
}
