// Which files the first screen really fetches: a first visit in Chromium (fresh profile), recording
// every request the page makes until the landing screen is interactive (the app has replaced the
// loading screen with main#main and a frame has been painted since).

import { launchPlaywright } from './browser.mjs';

/**
 * Resolves to [{ path, status }] for the requests of a first visit to `url` before `ready`
 * (a selector) is on screen, in request order; `path` is relative to `url`.
 */
export async function firstScreenRequests(url, ready = 'main#main') {
  const browser = await launchPlaywright();
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    const seen = [];
    let open = true;
    page.on('request', (request) => {
      if (open) seen.push({ url: request.url(), status: 0, request });
    });
    page.on('response', (response) => {
      const r = seen.find((s) => s.request === response.request());
      if (r) r.status = response.status();
    });
    await page.goto(url);
    await page.locator(ready).first().waitFor({ timeout: 30000 });
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    open = false;
    const base = new URL(url);
    return seen
      .map((r) => ({ status: r.status, u: new URL(r.url) }))
      .filter((r) => r.u.origin === base.origin)
      .map((r) => ({ path: decodeURIComponent(r.u.pathname.slice(base.pathname.length)) || 'index.html', status: r.status }))
      .filter((r, i, all) => all.findIndex((o) => o.path === r.path) === i);
  } finally {
    await browser.close();
  }
}
