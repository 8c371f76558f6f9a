// Time from opening the link to the first question's radio buttons on screen (issue 14), on a
// slow-4G-like line (1.6 Mbit/s down, 750 kbit/s up, 150 ms round trips) at 4× CPU slowdown, with an
// empty cache and the files served with gzip: for the floor (a plain HTML page of the questions),
// the same questionnaire in SurveyJS, and the app. Where a start button comes first (the app's
// landing), it is tapped the moment it is on screen, as a person who taps at once would.
//
// Measured in the page: a requestAnimationFrame loop (the same for every page) notes the frame in
// which the first radio button of the document is laid out visibly (its label has a size);
// performance.now() there is the time since the navigation started. Median of `runs`. On a phone's
// viewport (412 × 823) unless told otherwise; the benchmark measures a desktop one (1280 × 800) too.

import { launchPlaywright, median, VIEWPORTS } from './browser.mjs';

export const SLOW_PROFILE = { latency: 150, download: 1.6e6, upload: 750e3, cpu: 4 };

const WATCH = () => {
  window.__firstQuestion = null;
  const shown = (el) => {
    const box = (el.closest('label') || el).getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const tick = () => {
    const start = document.querySelector('[data-go="start"]');
    if (start && shown(start) && !start.dataset.benchTapped) {
      start.dataset.benchTapped = '1';
      start.click();
    }
    const radio = [...document.querySelectorAll('input[type="radio"]')].find(shown);
    if (radio) {
      window.__firstQuestion = performance.now();
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

/** Puts the page of `cdp` on `profile` (network and CPU), with the cache off unless asked. */
export async function throttle(cdp, profile = SLOW_PROFILE, { cacheDisabled = true } = {}) {
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.latency,
    downloadThroughput: profile.download / 8,
    uploadThroughput: profile.upload / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
}

/** { value: median ms, runs } for `url`. */
export async function measureFirstQuestion(url, { runs = 3, profile = SLOW_PROFILE, viewport = VIEWPORTS.phone } = {}) {
  const browser = await launchPlaywright();
  const values = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
      try {
        const page = await context.newPage();
        await page.addInitScript(WATCH);
        await throttle(await context.newCDPSession(page), profile);
        await page.goto(url, { waitUntil: 'commit' });
        await page.waitForFunction(() => window.__firstQuestion !== null, null, { timeout: 60000, polling: 100 });
        values.push(await page.evaluate(() => window.__firstQuestion));
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return { value: median(values), runs: values };
}
