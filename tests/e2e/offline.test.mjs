// Offline, updates, installability, any path, and nothing from other origins — in real Chromium
// against the release build served as static files.

import { after, before, beforeEach, afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CHROMIUM_ARGS, CHROMIUM_PATH, DIST, DiagnosisPage, closeContext,
  holdWasm, launchBrowser, mixedAnswers, serveDist, takenOver, tally,
} from './fixtures/app.mjs';
import { chromium } from 'playwright-core';

let browser;
let context;
let app;
let servers = [];

/** Serves dist/ for one test; afterEach closes it even when the test fails. */
async function serve(options) {
  const server = await serveDist(options);
  servers.push(server);
  return server;
}

before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  app = new DiagnosisPage(await context.newPage());
});
afterEach(async () => {
  await closeContext(context);
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

/** Waits until the service worker controls the page (it claims clients when it activates). */
async function waitForController(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15000 });
}

async function completeDiagnosis(answers) {
  await app.button('診断を始める').click();
  await app.answerAll(answers);
  await app.showResult();
  assert.equal(await app.heading().innerText(), '診断結果');
  assert.equal((await app.page.getByTestId('total').innerText()).replace(/\s+/g, ' ').trim(), `合計 ${tally(answers).total}点`);
  assert.ok((await app.page.getByTestId('advice-item').count()) > 0);
}

describe('offline', () => {
  test('after one visit, the app reloads and the whole diagnosis works with the server gone', async () => {
    const server = await serve();
    await app.goto(server.url);
    await waitForController(app.page);
    await server.close();
    await app.page.reload();
    await app.page.locator('main#main').waitFor();
    await completeDiagnosis(mixedAnswers());
  });

  test('the same build under a sub-path registers its worker there and works offline there', async () => {
    const server = await serve({ base: '/some/sub/path/' });
    assert.match(server.url, /\/some\/sub\/path\/$/);
    await app.goto(server.url);
    await waitForController(app.page);
    const scope = await app.page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
    assert.equal(scope, server.url);
    await server.close();
    await app.page.goto(`${server.url}?from=home-screen`);
    await app.page.locator('main#main').waitFor();
    await completeDiagnosis(mixedAnswers());
  });

  test('a visit the static first screens do not fit (saved answers on the landing) shows a first-load indicator while the wasm downloads', async () => {
    const server = await serve();
    await app.page.addInitScript(() => localStorage.setItem('jishin-shindan.session', JSON.stringify({
      version: 3, app_version: '0.1.0', revision: 1, answers: { 1: 'done' }, step: 'intro', last_part: 'basic',
    })));
    const release = await holdWasm(app.page);
    await app.page.goto(server.url, { waitUntil: 'domcontentloaded' });
    const boot = app.page.getByRole('status').filter({ hasText: '読み込み中' });
    assert.equal(await boot.isVisible(), true);
    assert.equal(await app.page.locator('.prerender').isVisible(), false, 'not the first visit\'s landing');
    release();
    await app.button('続きから回答する').waitFor();
    assert.equal(await boot.count(), 0);
  });

  test('a first visit reads the landing before the wasm has downloaded; the app then takes over', async () => {
    const server = await serve();
    const release = await holdWasm(app.page);
    await app.page.goto(server.url, { waitUntil: 'domcontentloaded' });
    const heading = app.heading();
    assert.equal(await heading.innerText(), '5分でできる！情報セキュリティ自社診断');
    assert.match(await app.page.locator('.lead').innerText(), /25問の質問に答えるだけで/);
    // Its start button is there already (it works before the wasm: tests/e2e/static.test.mjs).
    assert.equal(await app.button('診断を始める').isVisible(), true);
    const box = await app.page.locator('.lead').boundingBox();
    release();
    await takenOver(app.page);
    assert.equal(await heading.innerText(), '5分でできる！情報セキュリティ自社診断');
    assert.equal(await app.page.locator('main').count(), 1, 'the static landing is gone');
    assert.deepEqual(await app.page.locator('.lead').boundingBox(), box, 'the text does not move');
  });

  test('saved progress on a question screen: the plain indicator, not the landing, until the app opens there', async () => {
    const server = await serve();
    await app.goto(server.url);
    await app.button('診断を始める').click();
    await app.radio(1, '実施している').check();
    await app.button('次へ').click();
    await app.question(6).waitFor();
    const saved = await app.storedSession();
    // The next visit, with the wasm held back (no service worker, so every request is seen here).
    const next = await browser.newContext({ viewport: { width: 390, height: 800 }, serviceWorkers: 'block' });
    try {
      await next.addInitScript((value) => localStorage.setItem('jishin-shindan.session', value), saved);
      const again = new DiagnosisPage(await next.newPage());
      const release = await holdWasm(again.page);
      await again.page.goto(server.url, { waitUntil: 'domcontentloaded' });
      assert.equal(await again.page.getByRole('status').filter({ hasText: '読み込み中' }).isVisible(), true);
      assert.equal(await again.heading().count(), 0, 'no landing heading flashes before the question screen');
      release();
      await again.question(6).waitFor();
      assert.equal(await again.radio(1, '実施している').count(), 0, 'Part 2 is shown');
    } finally {
      await closeContext(next);
    }
  });
  test('nothing on screen moves when the app replaces the landing or the loading indicator (no layout shift)', async () => {
    const server = await serve();
    const onQuestions = JSON.stringify({
      version: 2, app_version: '0.1.0', revision: 1, answers: {}, step: { part: 'basic' }, last_part: 'basic',
    });
    for (const [label, saved] of [['landing', null], ['saved question screen', onQuestions]]) {
      const next = await browser.newContext({ viewport: { width: 390, height: 800 }, serviceWorkers: 'block' });
      try {
        if (saved) await next.addInitScript((value) => localStorage.setItem('jishin-shindan.session', value), saved);
        await next.addInitScript(() => {
          window.__shifts = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) window.__shifts.push(e.sources.map((s) => s.node?.nodeName ?? '?').join(','));
          }).observe({ type: 'layout-shift', buffered: true });
        });
        const page = await next.newPage();
        const release = await holdWasm(page);
        await page.goto(server.url, { waitUntil: 'domcontentloaded' });
        await page.locator(saved ? '.boot' : '.prerender').waitFor();
        await page.waitForTimeout(200);
        release();
        await takenOver(page);
        await page.waitForTimeout(500);
        assert.deepEqual(await page.evaluate(() => window.__shifts), [], label);
      } finally {
        await closeContext(next);
      }
    }
  });
});

describe('updates', () => {
  test('a new release shows 「新しいバージョンがあります」; 更新 runs it and keeps the answers', async () => {
    // Release B = the same files with a changed index.html, re-stamped by the real build hook.
    const releaseB = await mkdtemp(join(tmpdir(), 'release-b-'));
    try {
      await cp(DIST, releaseB, { recursive: true });
      const indexB = join(releaseB, 'index.html');
      await writeFile(indexB, (await readFile(indexB, 'utf8')).replace('<title>', '<meta name="release-note" content="B">\n  <title>'));
      execFileSync('node', ['scripts/precache.mjs', releaseB]);
      const buildB = (await readFile(indexB, 'utf8')).match(/name="app-build" content="([^"]+)"/)[1];

      const server = await serve();
      await app.goto(server.url);
      const buildA = await app.page.locator('meta[name="app-build"]').getAttribute('content');
      assert.notEqual(buildA, buildB);
      await waitForController(app.page);
      await app.button('診断を始める').click();
      await app.radio(1, '一部実施している').check();
      await app.radio(2, 'わからない').check();

      server.setRoot(releaseB);
      // The app checks for a release whenever the page becomes visible again.
      await app.page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      const notice = app.page.getByTestId('update-notice');
      await notice.waitFor({ timeout: 15000 });
      assert.match(await notice.innerText(), /新しいバージョンがあります/);
      // The page still runs release A until the user chooses to update.
      assert.equal(await app.page.locator('meta[name="app-build"]').getAttribute('content'), buildA);

      await Promise.all([app.page.waitForEvent('load'), notice.getByRole('button', { name: '更新' }).click()]);
      await app.page.locator('main#main').waitFor();
      assert.equal(await app.page.locator('meta[name="app-build"]').getAttribute('content'), buildB);
      assert.equal(await app.page.locator('meta[name="release-note"]').getAttribute('content'), 'B');
      assert.equal(await app.radio(1, '一部実施している').isChecked(), true);
      assert.equal(await app.radio(2, 'わからない').isChecked(), true);
      // Old caches are gone once B is active. (Beside the release's cache there is the runtime
      // cache of editable files such as config.json, which outlives releases on purpose.)
      const caches = await app.page.evaluate(() => caches.keys());
      const releases = caches.filter((name) => !name.endsWith('runtime'));
      assert.equal(releases.length, 1, JSON.stringify(caches));
      assert.ok(releases[0].endsWith(buildB), releases[0]);
      assert.ok(caches.length <= 2, JSON.stringify(caches));
      await server.close();
    } finally {
      await rm(releaseB, { recursive: true, force: true });
    }
  });
});

describe('installable', () => {
  test('Chromium reports no installability errors and the manifest is relative', async () => {
    const server = await serve({ base: '/sub/' });
    // Installability is only evaluated outside incognito, so this test uses a real profile.
    const profile = await mkdtemp(join(tmpdir(), 'profile-'));
    const persistent = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    });
    try {
      const page = await persistent.newPage();
      await page.goto(server.url);
      await waitForController(page);
      const cdp = await persistent.newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      assert.deepEqual(installabilityErrors, []);
      const manifest = await (await page.request.get(`${server.url}manifest.webmanifest`)).json();
      assert.equal(manifest.start_url, './');
      assert.equal(manifest.scope, './');
      assert.equal(manifest.display, 'standalone');
      assert.equal(manifest.lang, 'ja');
      assert.ok(manifest.icons.some((i) => i.purpose === 'maskable'));
      assert.ok(manifest.icons.some((i) => i.sizes === '192x192') && manifest.icons.some((i) => i.sizes === '512x512'));
    } finally {
      await persistent.close();
      await rm(profile, { recursive: true, force: true });
    }
  });
});

describe('privacy', () => {
  test('every request during a full diagnosis goes to the app’s own origin', async () => {
    const server = await serve();
    const origin = new URL(server.url).origin;
    const requests = [];
    context.on('request', (r) => requests.push(r.url()));
    await app.goto(server.url);
    await completeDiagnosis(mixedAnswers());
    await app.page.reload();
    await app.page.locator('main#main').waitFor();
    assert.ok(requests.length > 3);
    const foreign = requests.filter((u) => !u.startsWith(`${origin}/`));
    assert.deepEqual(foreign, []);
  });
});

describe('config after the build', () => {
  test('config.json added after the build: an edit shows at the next visit and the last copy works offline', async () => {
    const { cp: copy, mkdtemp: tmp, rm: remove, writeFile: write } = await import('node:fs/promises');
    const dir = await tmp(join(tmpdir(), 'dist-config-'));
    try {
      await copy(DIST, dir, { recursive: true });
      const server = await serve({ root: dir });
      await write(join(dir, 'config.json'), JSON.stringify({ organization: { name: '第一商工会' } }));
      await app.goto(server.url);
      await waitForController(app.page);
      await app.page.getByTestId('org').filter({ hasText: '第一商工会' }).waitFor();
      await write(join(dir, 'config.json'), JSON.stringify({ organization: { name: '第二商工会' } }));
      await app.page.reload();
      await app.page.getByTestId('org').filter({ hasText: '第二商工会' }).waitFor();
      await server.close();
      await app.page.reload();
      await app.page.locator('main#main').waitFor();
      await app.page.getByTestId('org').filter({ hasText: '第二商工会' }).waitFor();
      await completeDiagnosis(mixedAnswers());
    } finally {
      await remove(dir, { recursive: true, force: true });
    }
  });
});
