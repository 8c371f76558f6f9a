// Issue 16: what a first visit downloads from the link to the result, and the time to open a later
// screen (the action plan, in the whole app) from the result, the first time and from the service
// worker's cache.
//
// - Download: a fresh browser, service workers blocked and the cache off, files served with gzip;
//   the landing, 25 answers and the result with its advice. The bytes on the wire of every response
//   (DevTools' encodedDataLength: the compressed body plus headers), until the result is on screen.
// - Later screen, first time: after the result, the slow profile (1.6 Mbit/s, 150 ms, 4× CPU) and
//   the cache off, then 「対策リストを開く」: from the click to the plan's heading on screen.
// - Later screen, cached: the same after one online visit whose service worker has precached the
//   whole app (network still throttled; the worker answers from its cache).
// Median of `runs`.

import { launchPlaywright, median } from './browser.mjs';
import { SLOW_PROFILE, throttle } from './first-question.mjs';

const ANSWERS = ['実施している', '一部実施している', '実施していない', 'わからない'];

/** The landing, 25 answers, the result. */
async function toResult(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('main#main') && !document.querySelector('.prerender'));
  await page.getByRole('button', { name: '診断を始める', exact: true }).click();
  for (let no = 1; no <= 25; no++) {
    const group = page.getByRole('group', { name: new RegExp(`^No\\.${no} `) });
    if (!(await group.count())) await page.getByRole('button', { name: '次へ', exact: true }).click();
    await group.getByRole('radio', { name: new RegExp(`^${ANSWERS[no % 4]}`) }).check();
  }
  await page.locator('.pager').getByRole('button', { name: '結果を見る' }).click();
  await page.getByTestId('advice-item').first().waitFor();
}

/** ms from the click on 「対策リストを開く」 to the plan's heading on screen. */
async function openPlan(page) {
  const start = Date.now();
  await page.getByRole('button', { name: '対策リストを開く', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('h1')?.innerText.trim() === '対策リスト', null, { timeout: 60000, polling: 'raf' });
  return Date.now() - start;
}

/** { download: { value, runs }, cold: { value, runs }, cached: { value, runs } } */
export async function measureLater(url, { runs = 3 } = {}) {
  const browser = await launchPlaywright();
  const download = [];
  const cold = [];
  const cached = [];
  try {
    for (let i = 0; i < runs; i++) {
      // A first visit without a service worker: its download, then the plan the first time.
      let context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
      try {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        let bytes = 0;
        cdp.on('Network.loadingFinished', (e) => {
          bytes += e.encodedDataLength;
        });
        await toResult(page, url);
        download.push(bytes);
        await throttle(cdp, SLOW_PROFILE);
        cold.push(await openPlan(page));
      } finally {
        await context.close();
      }
      // After one online visit: the whole app from the service worker's cache.
      context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      try {
        const page = await context.newPage();
        await toResult(page, url);
        await page.waitForFunction(async () => {
          for (const name of await caches.keys()) {
            const keys = await (await caches.open(name)).keys();
            if (keys.some((r) => /jishin-shindan-[0-9a-f]{1,16}_bg\.wasm$/.test(r.url))) return true;
          }
          return false;
        }, null, { timeout: 60000, polling: 200 });
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
  return {
    download: { value: median(download), runs: download },
    cold: { value: median(cold), runs: cold },
    cached: { value: median(cached), runs: cached },
  };
}
