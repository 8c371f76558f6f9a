// A returning user (information, not a budget): someone with answers saved on a question screen
// has visited before, so the service worker has the release cached. The page is loaded once (the
// worker installs and takes control), the saved session is seeded, then it is reloaded REPEAT times
// under DevTools-like throttling (Lighthouse's DevTools preset: 562.5 ms round trips, 1.4 Mbit/s,
// 4× CPU; cached responses skip the network, as on a real phone). Per reload: the LCP the browser
// reports and the time until the app's screen is there (`main#main`).

import { launchPlaywright, median, QUESTION_SCREEN_SESSION } from './browser.mjs';

const REPEAT = 3;

/** { lcp, ready } medians in ms, plus the runs. */
export async function measureRepeatVisit(url) {
  const browser = await launchPlaywright();
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('main#main').waitFor();
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 30000 });
    await page.evaluate((seed) => {
      for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, value);
    }, QUESTION_SCREEN_SESSION);
    await page.addInitScript(() => {
      window.__lcp = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__lcp = entry.startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 562.5, downloadThroughput: 1.4e6 / 8, uploadThroughput: 0.7e6 / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const runs = [];
    for (let i = 0; i < REPEAT; i++) {
      await page.reload({ waitUntil: 'commit' });
      await page.getByRole('group', { name: /^No\.1 / }).waitFor({ timeout: 60000 });
      const ready = await page.evaluate(() => performance.now());
      await page.waitForTimeout(1000);
      runs.push({ lcp: await page.evaluate(() => window.__lcp), ready });
    }
    return { lcp: median(runs.map((r) => r.lcp)), ready: median(runs.map((r) => r.ready)), runs };
  } finally {
    await browser.close();
  }
}
