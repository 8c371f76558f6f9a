// Issue 16: the app in two parts. A first visit in Japanese downloads only the first visit's part
// (the landing, the questionnaire and the result: src/app/first_visit.rs); any other screen, the
// English text and every later visit load the whole app, which takes over where the user is, with
// nothing lost. After one online visit both parts are in the service worker's cache, so every
// screen opens offline. Release build served as static files, in real Chromium.

import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosisPage, closeContext, holdWasm, launchBrowser, mixedAnswers, serveDist, tally } from './fixtures/app.mjs';

let browser;
let context;
let app;
let servers = [];
let errors = [];
/** The app's scripts and wasm the page asked for, by part; `network`: the whole app's files that
 * did not come from the service worker. */
let loaded;

async function serve(options) {
  const server = await serveDist(options);
  servers.push(server);
  return server;
}

// trunk's content hash is a 64-bit number in hex, without leading zeros.
const FIRST = /\/jishin-first-[0-9a-f]{16}(_bg\.wasm|\.js)$/;
const WHOLE = /\/jishin-shindan-[0-9a-f]{1,16}(_bg\.wasm|\.js)$/;

async function open(options = {}) {
  context = await browser.newContext({ viewport: { width: 390, height: 800 }, ...options });
  app = new DiagnosisPage(await context.newPage());
  app.page.on('pageerror', (e) => errors.push(e.message));
  app.page.on('request', (r) => {
    if (FIRST.test(r.url())) loaded.first.push(r.url());
    if (WHOLE.test(r.url())) loaded.whole.push(r.url());
  });
  app.page.on('response', (r) => {
    if (WHOLE.test(r.url()) && !r.fromServiceWorker()) loaded.network.push(r.url());
  });
}

/** Marks the page, to tell later whether it is still the same document (not reloaded). */
const markPage = () => app.page.evaluate(() => { window.__samePage = true; });
const samePage = () => app.page.evaluate(() => window.__samePage === true);

before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});
beforeEach(() => {
  errors = [];
  loaded = { first: [], whole: [], network: [] };
});
afterEach(async () => {
  await closeContext(context);
  context = null;
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  assert.deepEqual(errors, [], 'no uncaught errors');
});

const heading = async () => (await app.heading().innerText()).replace(/\s+/g, ' ').trim();
const total = async () => (await app.page.getByTestId('total').innerText()).replace(/\s+/g, ' ').trim();

/** Waits until `page` runs the whole app: its files were loaded and it has replaced the static
 * screens, or the first part's screen (which the hand-over makes inert until it is replaced). */
async function wholeAppRuns(page = app.page) {
  await page.waitForFunction(() => /jishin-shindan-/.test(performance.getEntriesByType('resource').map((e) => e.name).join(' '))
    && document.querySelector('main#main') && !document.querySelector('main#main').closest('[inert]')
    && !document.querySelector('.prerender'));
}

async function completeFirstVisit(url, answers) {
  await app.goto(url);
  await app.button('診断を始める').click();
  await app.answerAll(answers);
  await app.showResult();
  assert.equal(await heading(), '診断結果');
  assert.equal(await total(), `合計 ${tally(answers).total}点`);
  assert.ok((await app.page.getByTestId('advice-item').count()) > 0, 'the result has its advice');
}

describe('the app in two parts', () => {
  test('a first visit runs the first visit\'s part from the landing to the result; a later screen brings the whole app, where it was asked for, with nothing lost', async () => {
    const server = await serve();
    await open({ serviceWorkers: 'block' });
    const answers = mixedAnswers();
    await completeFirstVisit(server.url, answers);
    assert.equal(loaded.first.length, 2, 'the first part: its script and its wasm');
    assert.deepEqual(loaded.whole, [], 'nothing of the whole app on the way to the result');

    // The plan is not in the first part: the whole app opens it, with the answers, in the same
    // page (no reload), with the focus on its heading as after any move.
    await markPage();
    let release;
    const gate = new Promise((ok) => { release = ok; });
    await app.page.route(/jishin-shindan-[0-9a-f]{1,16}_bg\.wasm$/, async (route) => {
      await gate;
      await route.continue();
    });
    await app.button('対策リストを開く').click();
    await app.page.waitForURL(/\?screen=plan$/);
    // While the whole app is on its way, the page says so.
    const preparing = app.page.getByRole('status').filter({ hasText: '準備しています…' });
    await preparing.waitFor();
    release();
    await wholeAppRuns();
    assert.equal(await heading(), '対策リスト');
    assert.equal(await preparing.count(), 0);
    await app.expectFocus('screen-heading');
    assert.equal(await samePage(), true, 'the page was not reloaded');
    assert.equal(loaded.whole.length, 2, 'the whole app: its script and its wasm');
    assert.equal(await app.page.locator('main#main').count(), 1, 'one app on the page');
    // Back shows the same result; the diagnosis is in the history once. The first part, still in
    // the page, no longer answers the back button or saves: nothing was merged from elsewhere.
    await app.page.goBack();
    await app.page.waitForFunction(() => document.querySelector('h1')?.innerText.trim() === '診断結果');
    assert.equal(await total(), `合計 ${tally(answers).total}点`);
    await app.button('履歴を見る').first().click();
    assert.equal(await heading(), '履歴');
    assert.equal(await app.page.getByTestId('history-row').count(), 1);
    assert.equal(await app.page.getByTestId('merged-notice').count(), 0, 'no second writer');
    assert.equal(await samePage(), true);
    // A later visit loads the whole app only.
    const before = loaded.first.length;
    await app.page.reload();
    await wholeAppRuns();
    assert.equal(await heading(), '履歴');
    assert.equal(loaded.first.length, before, 'a returning visit does not load the first part');
  });

  test('answers given in the first part are saved as they are given: a reload in the middle continues in the whole app', async () => {
    const server = await serve();
    await open({ serviceWorkers: 'block' });
    await app.goto(server.url);
    await app.button('診断を始める').click();
    await app.radio(1, '実施している').check();
    await app.radio(2, 'わからない').check();
    await app.page.reload();
    await wholeAppRuns();
    assert.match(await heading(), /^Part 1/);
    assert.equal(await app.radio(1, '実施している').isChecked(), true);
    assert.equal(await app.radio(2, 'わからない').isChecked(), true);
    assert.deepEqual(loaded.first.length, 2, 'the first part ran the first load only');
  });

  test('English on a first visit: the whole app takes over in English and stays in English, even where the address says ?lang=ja', async () => {
    const server = await serve();
    await open({ serviceWorkers: 'block' });
    await app.goto(`${server.url}?lang=ja`);
    await app.button('診断を始める').click();
    await app.radio(1, '一部実施している').check();
    await app.page.getByRole('group', { name: '表示言語' }).getByRole('button', { name: 'English' }).click();
    await app.page.waitForURL(/[?&]lang=en\b/);
    await wholeAppRuns();
    await app.page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.match(await heading(), /^Part 1/);
    assert.equal(await app.question(1).getByRole('radio', { name: /^Partly/ }).isChecked(), true);
    await app.page.reload();
    await wholeAppRuns();
    assert.equal(await app.page.evaluate(() => document.documentElement.lang), 'en');
  });

  test('the publishing page from the first part\'s footer opens in the whole app', async () => {
    const server = await serve();
    await open({ serviceWorkers: 'block' });
    await app.goto(server.url);
    await app.page.locator('.site-footer').getByRole('button').click();
    await app.page.waitForURL(/\?screen=publish$/);
    await wholeAppRuns();
    assert.equal(await heading(), 'このツールを自社サイトに掲載する');
  });

  test('on the result, the whole app is made ready from the service worker\'s cache; a later screen then opens in the same page, even with the server gone', async () => {
    const server = await serve();
    await open();
    const answers = mixedAnswers();
    await app.goto(server.url);
    await app.page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15000 });
    await app.button('診断を始める').click();
    await app.answerAll(answers);
    assert.deepEqual(loaded.whole, [], 'nothing of the whole app while answering');
    await app.showResult();
    assert.equal(await heading(), '診断結果');
    // Fetched (from the worker's cache: nothing over the network) while the result is read.
    await app.page.waitForFunction(() => performance.getEntriesByType('resource')
      .filter((e) => /jishin-shindan-[0-9a-f]{1,16}(_bg\.wasm|\.js)$/.test(e.name)).length === 2, null, { timeout: 15000 });
    assert.deepEqual(loaded.network, [], 'the whole app came from the service worker');
    await server.close();
    await markPage();
    await app.button('対策リストを開く').click();
    await app.page.waitForFunction(() => document.querySelector('h1')?.innerText.trim() === '対策リスト', null, { timeout: 15000 });
    assert.equal(await samePage(), true, 'the page was not reloaded');
    assert.equal(loaded.whole.length, 2, 'the whole app was not fetched again');
    await app.page.goBack();
    await app.page.waitForFunction(() => document.querySelector('h1')?.innerText.trim() === '診断結果');
    assert.equal(await total(), `合計 ${tally(answers).total}点`);
  });

  test('a later screen whose files cannot be had falls back to loading the page again, which says so: no blank page, nothing lost', async () => {
    const server = await serve();
    await open({ serviceWorkers: 'block' });
    const answers = mixedAnswers();
    await completeFirstVisit(server.url, answers);
    const saved = JSON.parse(await app.storedSession());
    const history = await app.page.evaluate(() => localStorage.getItem('jishin-shindan.history'));
    await app.page.route(WHOLE, (route) => route.fulfill({ status: 404, body: 'gone' }));
    await app.button('対策リストを開く').click();
    const screen = app.page.getByRole('alert').filter({ hasText: '読み込みに失敗しました' });
    await screen.waitFor();
    assert.equal(await screen.getByRole('link', { name: '再読み込み' }).count(), 1);
    // Saved as it was, but for the screen asked for (the plan, which the reload opens).
    const now = JSON.parse(await app.storedSession());
    assert.deepEqual(now.answers, saved.answers, 'the answers are untouched');
    assert.equal(now.entry, saved.entry);
    assert.equal(now.step, 'plan');
    assert.equal(await app.page.evaluate(() => localStorage.getItem('jishin-shindan.history')), history);
    // The reloaded page's loader failing is this test's point: only load failures were thrown.
    assert.ok(errors.length > 0 && errors.every((e) => /^Failed to fetch/.test(e)), errors.join('\n'));
    errors.length = 0;
    // Once the files can be had again, the reload opens the plan.
    await app.page.unroute(WHOLE);
    await app.page.reload();
    await wholeAppRuns();
    assert.equal(await heading(), '対策リスト');
  });

  test('after one online visit with the first part, every screen opens with the server gone', async () => {
    const server = await serve();
    await open();
    const answers = mixedAnswers();
    await completeFirstVisit(server.url, answers);
    assert.deepEqual(loaded.network, [], 'the page did not download the whole app');
    await app.page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15000 });
    // The service worker has precached the whole app in the background.
    await app.page.waitForFunction(async () => {
      const names = await caches.keys();
      for (const name of names) {
        const keys = await (await caches.open(name)).keys();
        if (keys.some((r) => /jishin-shindan-[0-9a-f]{1,16}_bg\.wasm$/.test(r.url))) return true;
      }
      return false;
    }, null, { timeout: 15000 });
    await server.close();
    for (const [button, want] of [['対策リストを開く', '対策リスト'], ['履歴を見る', '履歴']]) {
      await app.page.goto(`${server.url}?screen=result`);
      await wholeAppRuns();
      assert.equal(await total(), `合計 ${tally(answers).total}点`);
      await app.button(button).first().click();
      await app.page.waitForFunction((w) => document.querySelector('h1')?.innerText.trim() === w, want);
    }
    for (const [screen, want] of [['after', '診断の後に'], ['combine', '複数の結果をまとめる'], ['publish', 'このツールを自社サイトに掲載する']]) {
      await app.page.goto(`${server.url}?screen=${screen}`);
      await wholeAppRuns();
      assert.equal(await heading(), want);
    }
  });
});

describe('two tabs on a first visit: the first part cannot read what the other saved', () => {
  test('a tab whose first part starts after another tab saved hands its static-page answers to the whole app, which keeps both', async () => {
    const server = await serve();
    await open({ serviceWorkers: 'block' });
    const a = app;
    const release = await holdWasm(a.page);
    await a.page.goto(server.url, { waitUntil: 'domcontentloaded' });
    await a.page.locator('main section:visible').getByRole('button', { name: '診断を始める' }).click();
    await a.radio(5, '実施している').check();
    // Another tab answers No.1, and its first part saves it.
    const b = new DiagnosisPage(await context.newPage());
    b.page.on('pageerror', (e) => errors.push(e.message));
    await b.goto(server.url);
    await b.button('診断を始める').click();
    await b.radio(1, 'わからない').check();
    await b.page.waitForFunction(() => localStorage.getItem('jishin-shindan.session') !== null);
    release();
    await wholeAppRuns(a.page);
    assert.match(await a.heading().innerText(), /^Part 1/);
    assert.equal(await a.radio(5, '実施している').isChecked(), true, 'this tab\'s answer');
    assert.equal(await a.radio(1, 'わからない').isChecked(), true, 'the other tab\'s answer');
    await a.page.waitForFunction(() => /"5":"done"/.test(localStorage.getItem('jishin-shindan.session') ?? ''));
  });

  test('a first part told that another tab saved hands over; the whole app shows both tabs\' answers', async () => {
    const server = await serve();
    await open({ serviceWorkers: 'block' });
    const a = app;
    await a.goto(server.url);
    const b = new DiagnosisPage(await context.newPage());
    b.page.on('pageerror', (e) => errors.push(e.message));
    await b.goto(server.url);
    await a.button('診断を始める').click();
    await a.radio(2, '一部実施している').check();
    // B's first part learns of A's write and hands over to the whole app.
    await wholeAppRuns(b.page);
    assert.equal(await b.radio(2, '一部実施している').isChecked(), true);
    await b.radio(3, '実施していない').check();
    // And A's learns of B's.
    await wholeAppRuns(a.page);
    assert.equal(await a.radio(2, '一部実施している').isChecked(), true);
    assert.equal(await a.radio(3, '実施していない').isChecked(), true);
  });

  test('a first part whose answers are not written yet hands them over with it when another tab saves', async () => {
    const server = await serve();
    await open({ serviceWorkers: 'block' });
    const a = app;
    await a.goto(server.url);
    await a.button('診断を始める').click();
    // This tab's next write of its diagnosis fails once, so its next answer stays unwritten, as
    // the answers chosen on the static page are until the first part's first write, a task after
    // it starts. (Only that key: any other write, to sessionStorage too, goes through.)
    await a.page.evaluate(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (key !== 'jishin-shindan.session') return setItem.call(this, key, value);
        Storage.prototype.setItem = setItem;
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await a.radio(4, '実施している').check();
    const b = new DiagnosisPage(await context.newPage());
    b.page.on('pageerror', (e) => errors.push(e.message));
    // B finds what A saved before its writes began to fail (Part 1 opened): it opens there.
    await b.goto(server.url);
    await b.radio(1, 'わからない').check();
    // A's first part learns of B's write and hands over to the whole app, with its answer.
    await wholeAppRuns(a.page);
    assert.equal(await a.radio(1, 'わからない').isChecked(), true, 'the other tab\'s answer');
    assert.equal(await a.radio(4, '実施している').isChecked(), true, 'this tab\'s unwritten answer');
  });

  test('a first part that finds newer data just before it writes hands that change over instead of writing', async () => {
    const server = await serve();
    await open({ serviceWorkers: 'block' });
    await app.goto(server.url);
    await app.button('診断を始める').click();
    await app.radio(1, '実施している').check();
    // Another tab's write whose storage event has not arrived yet: No.2, a newer revision.
    await app.page.waitForFunction(() => /"1":"done"/.test(localStorage.getItem('jishin-shindan.session') ?? ''));
    const newer = await app.page.evaluate(() => {
      const head = JSON.parse(localStorage.getItem('jishin-shindan.session'));
      head.answers['2'] = 'unknown';
      head.revision = Number(localStorage.getItem('jishin-shindan.revision')) + 5;
      localStorage.setItem('jishin-shindan.session', JSON.stringify(head));
      localStorage.setItem('jishin-shindan.revision', String(head.revision));
      return head.revision;
    });
    await app.radio(3, '一部実施している').check();
    await wholeAppRuns();
    for (const [no, label] of [[1, '実施している'], [2, 'わからない'], [3, '一部実施している']]) {
      assert.equal(await app.radio(no, label).isChecked(), true, `No.${no}`);
    }
    await app.page.waitForFunction((r) => Number(localStorage.getItem('jishin-shindan.revision')) > r, newer);
    assert.match(await app.page.evaluate(() => localStorage.getItem('jishin-shindan.session')), /"3":"partial"/);
  });
});
