// Issue 30: what a first visit costs, counted by the server (scripts/serve.mjs's `log`: every
// response's status line, headers and body as written to the connection), the build served with
// gzip as a host that caches well serves it (hashed files immutable, the others no-cache with an
// ETag answered 304), in a real Chromium with a new profile per run, phone viewport:
//
// - Before the result: service workers blocked; the landing, 25 answers and the result with its
//   advice on screen. Every response until then (the page, the main module, the loaders, and any
//   chunk the page asked for early). DevTools' encodedDataLength of the same responses is kept
//   beside it, as a check of the server's count.
// - A whole first visit: the same journey with the service worker allowed, then until it has
//   settled — installed, activated, controlling the page, every file of its list in its cache
//   (up to 15 s after the result) — and the server has been quiet for a second. Every response
//   of the page and of its service worker. Also: every file of the build sent more than once with
//   a body (a 304 has none).
//
// Both lists of paths are kept, to check against what scripts/bench/sizes.mjs's `visitFiles`
// says a visit downloads. Median of `runs` for the bytes; the worst run for the files sent twice.

import { startServer } from '../serve.mjs';
import { launchPlaywright, median, precacheList, toResult, VIEWPORTS, waitForPrecache } from './browser.mjs';

const SETTLE_TIMEOUT = 15000;
const QUIET = 1000;

/** Waits until `log` has not grown for QUIET ms (at most `limit` ms). */
async function quiet(log, limit = 5000) {
  const end = Date.now() + limit;
  let seen = log.length;
  let since = Date.now();
  while (Date.now() < end) {
    await new Promise((ok) => setTimeout(ok, 100));
    if (log.length !== seen) {
      seen = log.length;
      since = Date.now();
    } else if (Date.now() - since >= QUIET) {
      return;
    }
  }
}

/** What a list of logged responses says: bytes, files and the files sent twice with a body. */
function summary(log) {
  const bodies = new Map();
  for (const r of log) if (r.status === 200) bodies.set(r.path, (bodies.get(r.path) ?? 0) + 1);
  return {
    sent: log.reduce((n, r) => n + r.sent, 0),
    responses: log.length,
    notModified: log.filter((r) => r.status === 304).length,
    files: [...bodies.keys()].sort(),
    twice: [...bodies].filter(([, n]) => n > 1).map(([path, n]) => ({ path, bodies: n })),
    other: log.filter((r) => r.status !== 200 && r.status !== 304).map((r) => `${r.path} (${r.status})`),
    log,
  };
}

/**
 * { beforeResult: { value, cdp, runs }, firstVisit: { value, twice, settled, runs } } for the build
 * in `root`; paths in the runs are relative to the site's root (no leading slash).
 */
export async function measureVisit(root, { runs = 3 } = {}) {
  let log = [];
  const server = await startServer({ root, port: 0, compress: 'gzip', log: (r) => log.push({ ...r, path: r.path.replace(/^\//, '') || 'index.html' }) });
  const browser = await launchPlaywright();
  const before = [];
  const whole = [];
  try {
    const files = await precacheList(server.url);
    for (let i = 0; i < runs; i++) {
      // Before the result, without a service worker.
      let context = await browser.newContext({ viewport: VIEWPORTS.phone, serviceWorkers: 'block' });
      try {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        let cdpBytes = 0;
        cdp.on('Network.loadingFinished', (e) => {
          cdpBytes += e.encodedDataLength;
        });
        log = [];
        await toResult(page, server.url);
        const at = log.length;
        await quiet(log, 2000);
        const s = summary(log.slice(0, at));
        before.push({ ...s, cdp: cdpBytes, after: log.slice(at).map((r) => r.path) });
      } finally {
        await context.close();
      }
      // A whole first visit: the page and its service worker, until the worker has settled.
      context = await browser.newContext({ viewport: VIEWPORTS.phone });
      try {
        const page = await context.newPage();
        log = [];
        const t0 = Date.now();
        await toResult(page, server.url);
        const atResult = log.length;
        const resultMs = Date.now() - t0;
        const settledMs = await waitForPrecache(page, files, SETTLE_TIMEOUT);
        await quiet(log);
        const s = summary(log);
        whole.push({ ...s, resultMs, settledMs, beforeResult: log.slice(0, atResult).map((r) => `${r.path} ${r.status}`) });
        // Let an unsettled worker finish before the context goes (Chromium can hang closing a
        // context whose worker is installing: tests/e2e/fixtures/app.mjs, closeContext).
        if (settledMs === null) await waitForPrecache(page, files, 30000);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const twice = whole.reduce((worst, r) => (r.twice.length > worst.length ? r.twice : worst), []);
  return {
    beforeResult: { value: median(before.map((r) => r.sent)), cdp: median(before.map((r) => r.cdp)), runs: before },
    firstVisit: {
      value: median(whole.map((r) => r.sent)),
      twice,
      settled: whole.every((r) => r.settledMs !== null),
      runs: whole,
    },
  };
}
