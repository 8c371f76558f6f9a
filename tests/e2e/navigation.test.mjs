// Issue 19: the back button works and every screen has an address (src/platform/history.rs). Every screen
// the user moves to is an entry of the browser's history; `?screen=<token>` opens it (on any
// static host, under a sub-path, offline, in a frame); a shared result's address is its link.
// Release build served as static files, in real Chromium.

import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DiagnosisPage, closeContext, holdWasm, launchBrowser, mixedAnswers, serveDist, takenOver, tally,
} from './fixtures/app.mjs';
import { Sites, appFrame } from './fixtures/embed.mjs';

let browser;
let context;
let app;
let servers = [];
let errors = [];

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
  errors = [];
  context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  app = new DiagnosisPage(await context.newPage());
  app.page.on('pageerror', (e) => errors.push(e.message));
});
afterEach(async () => {
  await closeContext(context);
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  assert.deepEqual(errors, [], 'no uncaught errors');
});

const heading = async (a = app) => (await a.heading().innerText()).replace(/\s+/g, ' ').trim();

/** The heading of each addressed screen (each feature's text.rs, Japanese). */
const SCREENS = [
  ['start', /^5分でできる！情報セキュリティ自社診断$/],
  ['part-1', /^Part 1 基本的対策/],
  ['part-2', /^Part 2 従業員としての対策/],
  ['part-3', /^Part 3 組織としての対策/],
  ['result', /^診断結果$/],
  ['plan', /^対策リスト$/],
  ['report', /結果レポート$/],
  ['history', /^履歴$/],
  ['after', /^診断の後に$/],
  ['policy', /^情報セキュリティ基本方針の下書き$/],
  ['rules', /社内ルール/],
  ['handout', /^従業員向け注意事項の下書き$/],
  ['step-up', /^ステップアップ・チェックリスト（任意）$/],
  ['combine', /^複数の結果をまとめる$/],
  ['publish', /^このツールを自社サイトに掲載する$/],
  ['rollup', /^会員企業の結果を集計する$/],
];

/** The screens only an association's staff open: not precached, offline once opened online
 * (scripts/on-demand.mjs). */
const ON_DEMAND_SCREENS = ['publish', 'rollup'];

async function complete(a, url, answers = mixedAnswers()) {
  await a.goto(url);
  await a.button('診断を始める').click();
  await a.answerAll(answers);
  await a.showResult();
  assert.equal(await heading(a), '診断結果');
  return answers;
}

/** Goes back (or forward) and waits until the heading shows `want`. */
async function move(direction, want, a = app) {
  await (direction === 'back' ? a.page.goBack() : a.page.goForward());
  await a.page.waitForFunction((re) => new RegExp(re).test(document.querySelector('h1')?.innerText.replace(/\s+/g, ' ') ?? ''), want.source);
  assert.match(await heading(a), want);
}

describe('the back button', () => {
  test('次へ then back shows Part 1, forward shows Part 2 again; the answers stay; the addresses name the Parts', async () => {
    const server = await serve();
    await app.goto(server.url);
    await app.button('診断を始める').click();
    await app.radio(1, '実施している').check();
    await app.button('次へ').click();
    assert.match(await heading(), /^Part 2/);
    assert.match(app.page.url(), /\?screen=part-2$/);
    await move('back', /^Part 1/);
    assert.match(app.page.url(), /\?screen=part-1$/);
    await app.expectFocus('screen-heading');
    assert.equal(await app.radio(1, '実施している').isChecked(), true);
    await move('forward', /^Part 2/);
    await move('back', /^Part 1/);
    await move('back', /^5分でできる/);
  });

  test('result → history → back shows the result; back from the plan and the report shows the result too', async () => {
    const server = await serve();
    const answers = await complete(app, server.url);
    await app.button('履歴を見る').first().click();
    assert.equal(await heading(), '履歴');
    await move('back', /^診断結果$/);
    assert.equal((await app.page.getByTestId('total').innerText()).replace(/\s+/g, ' ').trim(), `合計 ${tally(answers).total}点`);
    await app.button('対策リストを開く').click();
    await move('back', /^診断結果$/);
    await app.button('印刷用レポート（A4）').click();
    await move('back', /^診断結果$/);
    // The history has one entry: going back and forth to the result is not a new diagnosis.
    await app.button('履歴を見る').first().click();
    assert.equal(await app.page.getByTestId('history-row').count(), 1);
  });

  test('back from the first screen after arriving from another page leaves the app as usual', async () => {
    const server = await serve();
    const other = await serve({ base: '/other/' });
    await app.page.goto(`${other.url}nothing-here`);
    const before = app.page.url();
    await app.goto(server.url);
    await app.button('診断を始める').click();
    await move('back', /^5分でできる/);
    await app.page.goBack();
    await app.page.waitForURL(before);
  });

  test('before the wasm, back and forward move between the static screens', async () => {
    const server = await serve();
    const release = await holdWasm(app.page);
    await app.page.goto(server.url, { waitUntil: 'domcontentloaded' });
    await app.page.locator('.prerender').waitFor();
    const visible = async () => (await app.page.locator('h1:visible').innerText()).replace(/\s+/g, ' ');
    await app.page.locator('main section:visible').getByRole('button', { name: '診断を始める' }).click();
    await app.page.locator('.pager:visible').getByRole('button', { name: '次へ' }).click();
    assert.match(await visible(), /^Part 2/);
    assert.match(app.page.url(), /\?screen=part-2$/);
    await app.page.goBack();
    await app.page.waitForFunction(() => document.documentElement.classList.contains('static-part-1'));
    assert.match(await visible(), /^Part 1/);
    await app.page.goBack();
    await app.page.waitForFunction(() => !/static-part/.test(document.documentElement.className));
    assert.match(await visible(), /^5分でできる/);
    await app.page.goForward();
    await app.page.waitForFunction(() => document.documentElement.classList.contains('static-part-1'));
    release();
    await takenOver(app.page);
    assert.match(await heading(), /^Part 1/, 'the app opens where the user went back to');
    // After take-over the app continues the same history.
    await move('forward', /^Part 2/);
    await move('back', /^Part 1/);
    await move('back', /^5分でできる/);
  });

  test('a share link: back from the landing returns to the shared result', async () => {
    const server = await serve();
    await complete(app, server.url);
    const link = await app.page.getByTestId('share-link').inputValue();
    const other = new DiagnosisPage(await context.newPage());
    await other.goto(link);
    assert.equal(await heading(other), '診断結果（読み取り専用）');
    await other.button('はじめの画面へ').click();
    assert.doesNotMatch(other.page.url(), /#r=/, 'the landing\'s address has no share link');
    await move('back', /^診断結果（読み取り専用）$/, other);
    assert.match(other.page.url(), /#r=/);
  });
});

describe('every screen has an address', () => {
  for (const [label, base] of [['at the site root', '/'], ['under a sub-path', '/some/sub/path/']]) {
    test(`each screen's address opened in a new tab shows that screen (${label})`, async () => {
      const server = await serve({ base });
      // Complete a diagnosis first, so the result and what derives from it have their data.
      await complete(app, server.url);
      for (const [token, want] of SCREENS) {
        const tab = new DiagnosisPage(await context.newPage());
        tab.page.on('pageerror', (e) => errors.push(e.message));
        await tab.goto(`${server.url}?screen=${token}`);
        assert.match(await heading(tab), want, token);
        await tab.page.close();
      }
    });
  }

  test('offline, after one visit, each screen opens from its address', async () => {
    const server = await serve();
    await complete(app, server.url);
    await app.page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15000 });
    for (const token of ON_DEMAND_SCREENS) {
      const tab = new DiagnosisPage(await context.newPage());
      await tab.goto(`${server.url}?screen=${token}`);
      assert.match(await heading(tab), SCREENS.find(([t]) => t === token)[1], `${token} online`);
      await tab.page.close();
    }
    await server.close();
    for (const [token, want] of SCREENS) {
      const tab = new DiagnosisPage(await context.newPage());
      await tab.goto(`${server.url}?screen=${token}`);
      assert.match(await heading(tab), want, `${token} offline`);
      await tab.page.close();
    }
  });

  test('an address whose screen needs answers this device does not have opens the first question with a note', async () => {
    const server = await serve();
    for (const token of ['result', 'plan', 'report']) {
      const tab = new DiagnosisPage(await context.newPage());
      await tab.goto(`${server.url}?screen=${token}`);
      assert.match(await heading(tab), /^Part 1/, token);
      assert.match(await tab.page.getByTestId('unanswered-notice').innerText(), /まだ回答していない質問が 25 問あります/);
      assert.match(tab.page.url(), /\?screen=part-1$/, 'the address says where the user is');
      await tab.page.close();
    }
    // An unknown screen is the app's own address: where the saved progress is (Part 1 now).
    await app.goto(`${server.url}?screen=nonsense`);
    assert.match(await heading(), /^Part 1/);
  });

  test('a plain visit still opens where the saved progress is; a link to 「診断の後に」 opens it with the rest of the address kept', async () => {
    const server = await serve();
    await app.goto(server.url);
    await app.button('診断を始める').click();
    await app.button('次へ').click();
    await app.goto(server.url);
    assert.match(await heading(), /^Part 2/);
    await app.goto(`${server.url}?org=acme&screen=after`);
    assert.equal(await heading(), '診断の後に');
    assert.match(app.page.url(), /\?org=acme&screen=after$/);
  });
});

describe('in an association\'s frame', () => {
  test('inside a frame on another origin, back moves within the app', async () => {
    const sites = new Sites();
    try {
      const server = await sites.app();
      const host = await sites.host(`<script src="${server.url}embed.js" async></script>`);
      await app.page.goto(host.url);
      const frame = await appFrame(app.page);
      const inside = new DiagnosisPage(app.page.frameLocator('iframe'));
      await frame.waitForFunction(() => !document.querySelector('.prerender'));
      await inside.button('診断を始める').click();
      await inside.button('次へ').click();
      assert.match(await inside.heading().innerText(), /Part 2/);
      // The browser's back button: the joint history of the page and its frame (Playwright's
      // goBack waits for the top page to navigate, which it must not).
      await app.page.evaluate(() => history.back());
      await frame.waitForFunction(() => /Part 1/.test(document.querySelector('h1')?.innerText ?? ''));
      assert.equal(new URL(app.page.url()).href, host.url, 'the host page stays');
      await app.page.evaluate(() => history.back());
      await frame.waitForFunction(() => /5分でできる/.test(document.querySelector('h1')?.innerText ?? ''));
      assert.equal(new URL(app.page.url()).href, host.url);
    } finally {
      await sites.cleanup();
    }
  });
});
