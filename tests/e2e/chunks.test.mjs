// Issue 30: one app whose later screens load when they are opened. The landing, the Parts and the
// result are in the main module; every other screen, the English text and the saved-data reader
// are chunks (src/app/chunks.rs) fetched when first needed, and precached by the service worker
// so that every screen opens offline after one visit. Release build served as static files by a
// server that caches as a well-configured host does (scripts/serve.mjs), in real Chromium.

import { ON_DEMAND, isOnDemand } from '../../scripts/on-demand.mjs';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, DiagnosisPage, closeContext, launchBrowser, mixedAnswers, serveDist, tally } from './fixtures/app.mjs';

let browser;
let context;
let app;
let servers = [];
let errors = [];
/** Every response the server sent: { path, status, bytes }. */
let sent = [];
/** The chunks the page itself asked for (not its service worker), in order. */
let pageChunks = [];

const CHUNK = /\/(split|chunk)-[a-z_\d]+-[0-9a-f]{16}\.wasm$/;
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm)$/;
const splitRequested = (name) => pageChunks.some((u) => new RegExp(`/split-${name}-`).test(u));

async function serve(options) {
  const server = await serveDist({ log: (r) => sent.push(r), ...options });
  servers.push(server);
  return server;
}

async function open(options = {}) {
  context = await browser.newContext({ viewport: { width: 390, height: 800 }, ...options });
  app = new DiagnosisPage(await context.newPage());
  watch(app.page);
}

function watch(page) {
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (CHUNK.test(r.url())) pageChunks.push(r.url());
  });
}

before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});
beforeEach(() => {
  errors = [];
  sent = [];
  pageChunks = [];
});
afterEach(async () => {
  await closeContext(context);
  context = null;
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  assert.deepEqual(errors, [], 'no uncaught errors');
});

const heading = async (page = app.page) => (await page.getByRole('heading', { level: 1 }).innerText()).replace(/\s+/g, ' ').trim();
const total = async () => (await app.page.getByTestId('total').innerText()).replace(/\s+/g, ' ').trim();
const headingIs = (want, page = app.page) =>
  page.waitForFunction((w) => document.querySelector('h1')?.innerText.replace(/\s+/g, ' ').trim() === w, want, { timeout: 20000 });

/** With the server stopped and the browser's HTTP cache cleared, so that only the service
 * worker's copies are left (the browser may drop its HTTP cache at any time), the app opens in
 * English. */
async function opensInEnglishOffline(server) {
  await (await context.newCDPSession(app.page)).send('Network.clearBrowserCache');
  await server.close();
  await app.page.goto(`${server.url}?lang=en&screen=part-1`);
  await app.page.locator('main#main').waitFor();
  await app.page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await heading(), /^Part 1/);
  assert.equal(await app.page.getByTestId('english-failed').count(), 0);
}

async function toResult(url, answers) {
  await app.goto(url);
  await app.button('診断を始める').click();
  await app.answerAll(answers);
  await app.showResult();
  assert.equal(await heading(), '診断結果');
  assert.equal(await total(), `合計 ${tally(answers).total}点`);
}

/** Waits until the service worker controls the page and has precached every file of its list. */
async function precached(page = app.page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 30000 });
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return reg?.active?.state === 'activated' && !reg.installing && !reg.waiting;
  }, null, { timeout: 30000 });
}

describe('one app, later screens in chunks', () => {
  test('a first visit downloads every file of the build once; the page fetches no chunk before the result', async () => {
    const server = await serve();
    await open();
    const answers = mixedAnswers();
    await toResult(server.url, answers);
    // Not even the QR code's: it waits until the share panel nears the screen (the next test).
    assert.deepEqual(pageChunks, [], 'no chunk on the way to the result');
    await precached();
    // Every chunk of the build was downloaded, once; no file of the build was sent twice with a
    // body (revalidations are answered 304, without one).
    const files = (await readdir(DIST)).filter((f) => HASHED.test(f));
    const bodies = new Map();
    for (const r of sent.filter((r) => r.status === 200)) bodies.set(r.path, (bodies.get(r.path) ?? 0) + 1);
    const twice = [...bodies].filter(([, n]) => n > 1);
    assert.deepEqual(twice, [], 'no file sent twice with a body');
    // The roll-up and the publishing page, which only an association's staff open, are not part
    // of a member's visit (scripts/on-demand.mjs); every other chunk is precached.
    for (const point of ON_DEMAND) assert.equal(files.filter((f) => f.startsWith(`split-${point}-`)).length, 1);
    for (const f of files.filter((f) => f.endsWith('.wasm') || f.endsWith('.js'))) {
      assert.equal(bodies.get(`/${f}`) ?? 0, isOnDemand(f) ? 0 : 1, `${f} downloaded ${isOnDemand(f) ? 'never' : 'once'}`);
    }
  });

  test('the favicon is in the page: no screen change asks the server for it, and the CSP lets it show', async () => {
    const server = await serve();
    await open({ serviceWorkers: 'block' });
    await app.page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await toResult(server.url, mixedAnswers());
    await app.button('対策リストを開く').click();
    await headingIs('対策リスト');
    await app.page.goBack();
    await headingIs('診断結果');
    await app.page.waitForTimeout(500);
    const href = await app.page.locator('link[rel="icon"]').getAttribute('href');
    assert.ok(href.startsWith('data:image/svg+xml,'), href.slice(0, 40));
    const svg = (await readFile(new URL('../../public/icon.svg', import.meta.url), 'utf8')).trim();
    assert.equal(decodeURIComponent(href.slice('data:image/svg+xml,'.length)).replaceAll("'", '"'), svg, 'public/icon.svg, as it is');
    assert.deepEqual(sent.filter((r) => r.path.endsWith('/icon.svg')).map((r) => r.status), [], 'never fetched');
    assert.deepEqual(await app.page.evaluate(() => window.__violations), []);
    // The same image as a page would show it: it decodes under the page's CSP.
    assert.ok(await app.page.evaluate((src) => new Promise((ok) => {
      const img = new Image();
      img.onload = () => ok(img.naturalWidth > 0);
      img.onerror = () => ok(false);
      img.src = src;
    }), href), 'the data: image loads under the CSP');
  });

  test('the QR code\'s chunk is fetched when the share panel nears the screen, and the code fills a box kept for it', async () => {
    const server = await serve();
    await open();
    await toResult(server.url, mixedAnswers());
    // The advice is long: the share panel is screens below. Its box is there, empty.
    // (Boxes in page coordinates, rounded: [x, y, width, height].)
    const at = (selector) => app.page.$eval(selector, (el) => {
      const r = el.getBoundingClientRect();
      return [r.x, r.y + window.scrollY, r.width, r.height].map(Math.round);
    });
    assert.equal(await app.page.locator('.share .qr').count(), 1);
    const kept = await at('.share .qr');
    const actions = await at('.result > .actions');
    assert.ok(kept[2] > 100 && kept[2] === kept[3], `a square box: ${kept}`);
    assert.ok(kept[1] > 3 * 800, `far below the first screen: ${kept}`);
    await app.page.waitForTimeout(500);
    assert.equal(splitRequested('qr'), false, 'not fetched while the panel is far away');
    assert.equal(await app.page.getByTestId('qr').count(), 0);
    // Scrolled to within a screen of it, the code is fetched and drawn in the same box.
    await app.page.evaluate((y) => window.scrollTo(0, y), kept[1] - 1.5 * 800);
    await app.page.getByTestId('qr').waitFor();
    assert.equal(splitRequested('qr'), true);
    assert.deepEqual(await at('[data-testid="qr"]'), kept, 'drawn in the box kept for it');
    assert.deepEqual(await at('.result > .actions'), actions, 'nothing below it moved');
    assert.ok((await app.page.getByTestId('qr').locator('path').getAttribute('d')).length > 100);
  });

  test('each later screen opened from the result fetches its chunk and works; back returns to the result', async () => {
    const server = await serve();
    await open({ serviceWorkers: 'block' });
    const answers = mixedAnswers();
    await toResult(server.url, answers);
    for (const [button, want, split] of [
      ['対策リストを開く', '対策リスト', 'result_more'],
      ['印刷用レポート（A4）', '情報セキュリティ自社診断 結果レポート', 'result_more'],
      ['履歴を見る', '履歴', 'history'],
      ['診断の後にすること（★★・基本方針など）', '診断の後に', 'after'],
    ]) {
      await app.button(button).first().click();
      await headingIs(want);
      assert.ok(splitRequested(split), `${want}: split-${split} fetched`);
      await app.page.goBack();
      await headingIs('診断結果');
      assert.equal(await total(), `合計 ${tally(answers).total}点`);
    }
    await app.page.locator('.site-footer').getByRole('button', { name: 'このツールを自社サイトに掲載する' }).click();
    await headingIs('このツールを自社サイトに掲載する');
    assert.ok(splitRequested('publish'));
  });

  test('a click whose chunk is on its way says 準備しています…, then shows the screen with the focus on its heading', async () => {
    const server = await serve();
    await open({ serviceWorkers: 'block' });
    await toResult(server.url, mixedAnswers());
    let release;
    const gate = new Promise((ok) => { release = ok; });
    await app.page.route(/\/split-result_more-[0-9a-f]{16}\.wasm$/, async (route) => {
      await gate;
      await route.continue();
    });
    await app.button('対策リストを開く').click();
    await app.page.waitForURL(/\?screen=plan$/);
    const preparing = app.page.getByRole('status').filter({ hasText: '準備しています…' });
    await preparing.waitFor();
    release();
    await headingIs('対策リスト');
    assert.equal(await preparing.count(), 0);
    await app.expectFocus('screen-heading');
  });

  test('a chunk that cannot be fetched says so with 再試行; once it can, 再試行 opens the screen with every answer and record intact', async () => {
    const server = await serve();
    await open({ serviceWorkers: 'block' });
    const answers = mixedAnswers();
    await toResult(server.url, answers);
    const session = await app.storedSession();
    const history = await app.page.evaluate(() => localStorage.getItem('jishin-shindan.history'));
    const split = /\/split-result_more-[0-9a-f]{16}\.wasm$/;
    await app.page.route(split, (route) => route.abort('internetdisconnected'));
    await app.button('対策リストを開く').click();
    const failed = app.page.getByTestId('chunk-failed');
    await failed.waitFor();
    assert.match(await failed.innerText(), /読み込めませんでした/);
    assert.equal(await app.page.getByRole('alert').filter({ has: failed }).count(), 1);
    await app.page.unroute(split);
    await app.button('再試行').click();
    await headingIs('対策リスト');
    assert.equal(await app.page.getByTestId('chunk-failed').count(), 0);
    // Nothing was lost: the answers, the history, the plan's items.
    assert.equal(JSON.parse(await app.storedSession()).answers.toString(), JSON.parse(session).answers.toString());
    assert.deepEqual(JSON.parse(await app.storedSession()).answers, JSON.parse(session).answers);
    assert.equal(await app.page.evaluate(() => localStorage.getItem('jishin-shindan.history')), history);
    await app.page.goBack();
    await headingIs('診断結果');
    assert.equal(await total(), `合計 ${tally(answers).total}点`);
    // The browser logs the failed fetch; the app itself threw nothing.
  });

  test('a chunk altered on the way (integrity mismatch) is refused, with the same message', async () => {
    const server = await serve();
    await open({ serviceWorkers: 'block' });
    await toResult(server.url, mixedAnswers());
    await app.page.route(/\/split-result_more-[0-9a-f]{16}\.wasm$/, async (route) => {
      const response = await route.fetch();
      const body = await response.body();
      body[body.length - 1] ^= 0xff;
      await route.fulfill({ response, body });
    });
    await app.button('対策リストを開く').click();
    await app.page.getByTestId('chunk-failed').waitFor();
    assert.equal(await app.page.getByRole('heading', { name: '対策リスト' }).count(), 0, 'the altered code never ran');
  });

  test('a screen whose chunk could not be had is fetched again when it is opened again, without 再試行', async () => {
    const server = await serve();
    await open({ serviceWorkers: 'block' });
    const answers = mixedAnswers();
    await toResult(server.url, answers);
    const split = /\/split-result_more-[0-9a-f]{16}\.wasm$/;
    await app.page.route(split, (route) => route.abort('internetdisconnected'));
    await app.button('対策リストを開く').click();
    await app.page.getByTestId('chunk-failed').waitFor();
    await app.page.goBack();
    await headingIs('診断結果');
    await app.page.unroute(split);
    await app.button('対策リストを開く').click();
    await headingIs('対策リスト');
    assert.equal(await app.page.getByTestId('chunk-failed').count(), 0);
    await app.planBuilt();
    assert.ok(await app.page.getByTestId('task').count() > 2, 'the plan with its cards');
  });

  test('the plan shows its first two cards with its heading, then the rest over the next frames, busy until then', async () => {
    const server = await serve();
    await open({ serviceWorkers: 'block' });
    await toResult(server.url, mixedAnswers());
    // What the first frame with the plan's heading holds.
    await app.page.evaluate(() => {
      window.__first = null;
      const tick = () => {
        if (document.querySelector('h1')?.textContent.trim() === '対策リスト') {
          window.__first = {
            cards: document.querySelectorAll('[data-testid="task"]').length,
            busy: document.querySelector('.plan__tasks')?.getAttribute('aria-busy') ?? null,
          };
          return;
        }
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await app.button('対策リストを開く').click();
    await app.page.waitForFunction(() => window.__first !== null);
    assert.deepEqual(await app.page.evaluate(() => window.__first), { cards: 2, busy: 'true' });
    await app.planBuilt();
    const cards = await app.page.getByTestId('task').count();
    assert.ok(cards > 2, `every card once built (${cards})`);
    assert.equal(await app.page.locator('.plan__tasks').getAttribute('aria-busy'), null);
    // Every card is whole and works: the last one's tick is saved.
    const last = app.page.getByTestId('task').last();
    await last.getByRole('checkbox').check();
    assert.match(await app.page.getByTestId('plan-progress').innerText(), new RegExp(`完了 1 / ${cards} 件`));
  });

  test('the form fields warmed while the result is read are laid out once, never left in the page, never shift it', async () => {
    const server = await serve();
    await open();
    await app.page.addInitScript(() => {
      window.__warmed = 0;
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
      addEventListener('DOMContentLoaded', () => {
        new MutationObserver((records) => {
          for (const r of records) for (const n of r.addedNodes) if (n.classList?.contains('warm')) window.__warmed += 1;
        }).observe(document.body, { childList: true });
      });
    });
    await toResult(server.url, mixedAnswers());
    await app.page.waitForFunction(() => window.__warmed > 0, null, { timeout: 5000 });
    // Back to a Part and to the result again: once per page is enough.
    await app.page.waitForTimeout(300);
    await app.button('回答を見直す').click();
    await app.page.getByRole('heading', { level: 1, name: /^Part 1 / }).waitFor();
    await app.page.goBack();
    await headingIs('診断結果');
    await app.page.waitForTimeout(500);
    assert.equal(await app.page.evaluate(() => window.__warmed), 1, 'laid out once per page');
    assert.equal(await app.page.locator('.warm').count(), 0, 'removed');
    assert.equal(await app.page.evaluate(() => window.__shift), 0, 'no layout shift');
  });

  test('with a service worker, the result warms the plan\'s code from its cache: no download, no 準備しています…', async () => {
    const server = await serve();
    await open();
    const answers = mixedAnswers();
    await toResult(server.url, answers);
    await precached();
    // The page asks for the chunk while the result is read; the worker answers from its cache.
    await app.page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/split-result_more-[0-9a-f]{16}\.wasm$/.test(e.name)), null, { timeout: 10000 });
    const fromServer = sent.filter((r) => /^\/split-result_more-/.test(r.path));
    assert.deepEqual(fromServer.map((r) => r.status), [200], 'downloaded once, by the worker\'s precache');
    await app.page.evaluate(() => {
      window.__pending = false;
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="chunk-pending"]')) window.__pending = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await app.button('対策リストを開く').click();
    await headingIs('対策リスト');
    await app.planBuilt();
    assert.equal(await app.page.evaluate(() => window.__pending), false, 'the plan came without 準備しています…');
    assert.equal(sent.filter((r) => /^\/split-result_more-/.test(r.path)).length, 1, 'nothing more from the server');
    assert.ok(await app.page.getByTestId('task').count() > 2);
  });

  test('English is a chunk: fetched when chosen, and before the app starts when it is remembered', async () => {
    const server = await serve();
    await open({ serviceWorkers: 'block' });
    await app.goto(server.url);
    assert.equal(splitRequested('english'), false, 'a Japanese visit does not fetch English');
    await app.button('診断を始める').click();
    await app.radio(1, '一部実施している').check();
    await app.page.getByRole('group', { name: '表示言語' }).getByRole('button', { name: 'English' }).click();
    await app.page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.ok(splitRequested('english'));
    assert.match(await heading(), /^Part 1/);
    assert.equal(await app.question(1).getByRole('radio', { name: /^Partly/ }).isChecked(), true);
    pageChunks = [];
    await app.page.reload();
    await app.page.locator('main#main').waitFor();
    await app.page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.match(await heading(), /^Part 1/);
    assert.ok(splitRequested('english'), 'fetched again before the app started');
  });

  test('saved data is read by a chunk: a first visit never fetches it, a returning visit does before it starts', async () => {
    const server = await serve();
    await open({ serviceWorkers: 'block' });
    await app.goto(server.url);
    await app.button('診断を始める').click();
    await app.radio(1, '実施している').check();
    await app.radio(2, 'わからない').check();
    assert.equal(splitRequested('reader'), false);
    await app.page.reload();
    await app.page.locator('main#main').waitFor();
    assert.ok(splitRequested('reader'));
    assert.match(await heading(), /^Part 1/);
    assert.equal(await app.radio(1, '実施している').isChecked(), true);
    assert.equal(await app.radio(2, 'わからない').isChecked(), true);
  });

  test('after one online visit, every screen opens with the server gone', async () => {
    const server = await serve();
    await open({ acceptDownloads: true });
    const answers = mixedAnswers();
    await toResult(server.url, answers);
    await precached();
    // The office files' writers are not precached either: made once online, the worker keeps them.
    const excel = async () => {
      const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('download-xlsx').click()]);
      const bytes = await readFile(await download.path());
      assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'an .xlsx is a zip');
      return download.suggestedFilename();
    };
    assert.match(await excel(), /^jishin-shindan-result-\d{4}-\d{2}-\d{2}\.xlsx$/);
    // The roll-up and the publishing page are not precached: opened once online, the worker keeps
    // their copies.
    for (const [screen, want] of [['rollup', '会員企業の結果を集計する'], ['publish', 'このツールを自社サイトに掲載する']]) {
      await app.page.goto(`${server.url}?screen=${screen}`);
      await app.page.locator('main#main').waitFor();
      await headingIs(want);
    }
    await server.close();
    await app.page.goto(`${server.url}?screen=result`);
    await app.page.locator('main#main').waitFor();
    assert.match(await excel(), /\.xlsx$/, 'the result as Excel, offline');
    assert.equal(await app.page.locator('.office-status').count(), 0, 'no failure message');
    for (const [button, want] of [['対策リストを開く', '対策リスト'], ['履歴を見る', '履歴']]) {
      await app.page.goto(`${server.url}?screen=result`);
      await app.page.locator('main#main').waitFor();
      assert.equal(await total(), `合計 ${tally(answers).total}点`);
      await app.button(button).first().click();
      await headingIs(want);
    }
    for (const [screen, want] of [
      ['report', '情報セキュリティ自社診断 結果レポート'],
      ['after', '診断の後に'],
      ['policy', '情報セキュリティ基本方針の下書き'],
      ['step-up', 'ステップアップ・チェックリスト（任意）'],
      ['combine', '複数の結果をまとめる'],
      ['publish', 'このツールを自社サイトに掲載する'],
      ['rollup', '会員企業の結果を集計する'],
    ]) {
      await app.page.goto(`${server.url}?screen=${screen}`);
      await app.page.locator('main#main').waitFor();
      await headingIs(want);
    }
    // English is not precached (scripts/on-demand.mjs): this visit in Japanese never downloaded
    // it, so offline it says so, and the app goes on in Japanese with the result intact.
    assert.equal(sent.filter((r) => /^\/split-english-/.test(r.path)).length, 0, 'a Japanese visit does not download English');
    await app.page.goto(`${server.url}?lang=en&screen=result`);
    await app.page.locator('main#main').waitFor();
    await app.page.getByTestId('english-failed').waitFor();
    assert.equal(await app.page.evaluate(() => document.documentElement.lang), 'ja');
    assert.equal(await total(), `合計 ${tally(answers).total}点`);
  });

  test('English is downloaded only by a visit in English, once, and kept for offline use', async () => {
    const server = await serve();
    await open();
    await app.goto(`${server.url}?lang=en`);
    await app.page.waitForFunction(() => document.documentElement.lang === 'en');
    await precached();
    // The worker copied it from the HTTP cache (public/sw.js, keepLater): one body.
    const bodies = sent.filter((r) => /^\/split-english-/.test(r.path) && r.status === 200);
    assert.equal(bodies.length, 1, 'the English text downloaded once');
    await opensInEnglishOffline(server);
  });

  test('a page left open across a new deployment keeps loading its own chunks until 更新', async () => {
    const releaseB = await renamedRelease();
    try {
      const server = await serve();
      await open();
      const answers = mixedAnswers();
      await toResult(server.url, answers);
      const buildA = await app.page.locator('meta[name="app-build"]').getAttribute('content');
      await precached();
      // Release B is deployed: none of release A's chunks is on the server any more.
      server.setRoot(releaseB.dir);
      await app.page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      const notice = app.page.getByTestId('update-notice');
      await notice.waitFor({ timeout: 20000 });
      // Until 更新, the page runs release A and its chunks come from A's cache.
      await app.button('対策リストを開く').click();
      await headingIs('対策リスト');
      assert.ok(pageChunks.every((u) => !releaseB.names.has(u.split('/').pop())), 'only release A\'s chunks');
      assert.equal(await app.page.locator('meta[name="app-build"]').getAttribute('content'), buildA);
      await Promise.all([app.page.waitForEvent('load'), notice.getByRole('button', { name: '更新' }).click()]);
      await app.page.locator('main#main').waitFor();
      assert.equal(await app.page.locator('meta[name="app-build"]').getAttribute('content'), releaseB.build);
      await headingIs('対策リスト');
      assert.ok(pageChunks.some((u) => releaseB.names.has(u.split('/').pop())), 'release B\'s chunks after 更新');
    } finally {
      await rm(releaseB.dir, { recursive: true, force: true });
    }
  });
});

describe('on-demand chunks across a new deployment', () => {
  test('English used before a deployment opens offline after it: the new worker fetches the new build\'s copy', async () => {
    const releaseB = await renamedRelease();
    try {
      const server = await serve();
      await open();
      await app.goto(`${server.url}?lang=en`);
      await app.page.waitForFunction(() => document.documentElement.lang === 'en');
      await precached();
      server.setRoot(releaseB.dir);
      await app.page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      const notice = app.page.getByTestId('update-notice');
      await notice.waitFor({ timeout: 20000 });
      assert.ok(sent.some((r) => r.status === 200 && releaseB.names.has(r.path.slice(1)) && /^\/split-english-/.test(r.path)),
        'release B\'s English fetched when it installed');
      await Promise.all([app.page.waitForEvent('load'), notice.getByRole('button', { name: 'Update' }).click()]);
      await app.page.locator('main#main').waitFor();
      assert.equal(await app.page.locator('meta[name="app-build"]').getAttribute('content'), releaseB.build);
      await opensInEnglishOffline(server);
    } finally {
      await rm(releaseB.dir, { recursive: true, force: true });
    }
  });
});

describe('two tabs: the second reads what the first saved through the reader\'s chunk', () => {
  test('a tab told that another tab saved fetches the reader and shows both tabs\' answers', async () => {
    const server = await serve();
    await open({ serviceWorkers: 'block' });
    const a = app;
    await a.goto(server.url);
    const b = new DiagnosisPage(await context.newPage());
    watch(b.page);
    await b.goto(server.url);
    await a.button('診断を始める').click();
    await a.radio(2, '一部実施している').check();
    // B, still on the landing, takes A's answer in (fetching the reader) and continues with it.
    await until(async () => splitRequested('reader'), 'B fetched the reader');
    await b.button('続きから回答する').click();
    await until(() => b.radio(2, '一部実施している').isChecked(), 'B shows A\'s answer');
    await b.radio(3, '実施していない').check();
    await until(() => a.radio(3, '実施していない').isChecked(), 'A shows B\'s answer');
    assert.equal(await a.radio(2, '一部実施している').isChecked(), true);
    assert.ok(splitRequested('reader'));
  });

  test('a tab that finds newer data just before it writes merges it first: nothing of either tab is lost', async () => {
    const server = await serve();
    await open({ serviceWorkers: 'block' });
    await app.goto(server.url);
    await app.button('診断を始める').click();
    await app.radio(1, '実施している').check();
    await app.page.waitForFunction(() => /"1":"done"/.test(localStorage.getItem('jishin-shindan.session') ?? ''));
    // Another tab's write whose storage event has not arrived yet: No.2, a newer revision.
    const newer = await app.page.evaluate(() => {
      const head = JSON.parse(localStorage.getItem('jishin-shindan.session'));
      head.answers['2'] = 'unknown';
      head.revision = Number(localStorage.getItem('jishin-shindan.revision')) + 5;
      localStorage.setItem('jishin-shindan.session', JSON.stringify(head));
      localStorage.setItem('jishin-shindan.revision', String(head.revision));
      return head.revision;
    });
    await app.radio(3, '一部実施している').check();
    await app.page.waitForFunction((r) => Number(localStorage.getItem('jishin-shindan.revision')) > r, newer);
    for (const [no, label] of [[1, '実施している'], [2, 'わからない'], [3, '一部実施している']]) {
      assert.equal(await app.radio(no, label).isChecked(), true, `No.${no}`);
    }
    const saved = await app.page.evaluate(() => localStorage.getItem('jishin-shindan.session'));
    assert.match(saved, /"2":"unknown"/);
    assert.match(saved, /"3":"partial"/);
  });
});

/** Waits (up to 20 s) until `check` resolves true. */
async function until(check, what) {
  const end = Date.now() + 20000;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`timed out: ${what}`);
}

/**
 * A second release of the same build under other names: every content-hashed file renamed, every
 * reference and integrity rewritten, then stamped by the real build hook (scripts/precache.mjs),
 * so none of release A's chunk names exists in it.
 */
async function renamedRelease() {
  const dir = await mkdtemp(join(tmpdir(), 'release-b-'));
  await cp(DIST, dir, { recursive: true });
  const files = (await readdir(dir)).filter((f) => HASHED.test(f));
  const renamed = new Map(files.map((f) => [f, f.replace(/-([0-9a-f]{16})(_bg)?\./, (_, h, bg) => `-${[...h].reverse().join('')}${bg ?? ''}.`)]));
  for (const [from, to] of renamed) {
    await rename(join(dir, from), join(dir, to));
    await rm(join(dir, `${from}.gz`), { force: true });
    await rm(join(dir, `${from}.br`), { force: true });
  }
  const rewrite = (text) => [...renamed].reduce((t, [from, to]) => t.split(from).join(to), text);
  for (const f of [...renamed.values()].filter((f) => f.endsWith('.js'))) {
    await writeFile(join(dir, f), rewrite(await readFile(join(dir, f), 'utf8')));
  }
  const sri = async (f) => `sha384-${createHash('sha384').update(await readFile(join(dir, f))).digest('base64')}`;
  let index = rewrite(await readFile(join(dir, 'index.html'), 'utf8'));
  const map = JSON.parse(index.match(/<script type="importmap">([^<]*)<\/script>/)[1]);
  for (const url of Object.keys(map.integrity)) map.integrity[url] = await sri(url.replace(/^\.\//, ''));
  index = index.replace(/<script type="importmap">[^<]*<\/script>/, `<script type="importmap">${JSON.stringify(map)}</script>`);
  await writeFile(join(dir, 'index.html'), index);
  execFileSync('node', ['scripts/precache.mjs', dir]);
  const build = (await readFile(join(dir, 'index.html'), 'utf8')).match(/name="app-build" content="([^"]+)"/)[1];
  return { dir, build, names: new Set(renamed.values()) };
}
