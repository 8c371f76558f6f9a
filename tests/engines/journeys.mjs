// The core journeys in Safari's engine (WebKit) and Firefox's (Gecko), against the release build
// served as static files (issue 20). Chromium runs these and much more in tests/e2e/. Each engine
// has its own test file (webkit.test.mjs, firefox.test.mjs), so each has the whole per-file time
// limit. Run under xvfb for WebKit: `xvfb-run -a node --test tests/engines/` (scripts/test.sh does).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { mixedAnswers, serveDist, tally } from '../e2e/fixtures/app.mjs';

const TOKEN = { 実施している: 'done', 一部実施している: 'partial', 実施していない: 'not_done', わからない: 'unknown' };
const button = (name) => `//button[normalize-space()="${name}"]`;
const total = () => document.querySelector('[data-testid="total"]')?.textContent.replace(/\s+/g, ' ').trim();
/** True once the app itself runs (the static first screens have been replaced: tests/e2e's takenOver). */
const running = () => !document.querySelector('.prerender') && !!document.querySelector('main#main');

/** Registers the core journeys for one engine; `open` gives a new driver (./drivers.mjs). */
export function coreJourneys(engine, open) {
  describe(`core journeys in ${engine}`, () => {
    let server;
    let browser;
    before(async () => {
      server = await serveDist();
      browser = await open();
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    const answers = mixedAnswers();
    const expected = `合計 ${tally(answers).total}点`;
    let exported;

    test('start, answer all 25, the result with the sheet\'s total; a later screen through its chunk; a reload resumes on the result', async () => {
      await browser.goto(server.url);
      await browser.until(running);
      await browser.click(button('診断を始める'));
      for (let no = 1; no <= 25; no++) {
        const id = `q-${no}-${TOKEN[answers[no]]}`;
        if (!(await browser.run((i) => !!document.getElementById(i), id))) await browser.click(button('次へ'));
        await browser.click(`//label[@for="${id}"]`);
        assert.equal(await browser.until((i) => document.getElementById(i)?.checked, id), true);
      }
      await browser.click(`//*[contains(@class,"pager")]${button('結果を見る')}`);
      assert.equal(await browser.until(() => document.querySelector('h1')?.textContent.trim() === '診断結果'), true);
      assert.equal(await browser.until(total), expected);
      // A later screen through its chunk (issue 30), fetched when opened, in the same page (the
      // mark stays); the back button returns.
      await browser.run(() => { window.__samePage = true; });
      const chunkFetched = () => performance.getEntriesByType('resource').some((e) => /\/split-result_more-[0-9a-f]{16}\.wasm$/.test(e.name));
      // Not fetched before it is opened, unless a service worker controls the page: then the
      // result warms it from the worker's cache, without a download (src/app/screens.rs).
      const fetchedWithoutWorker = () => performance.getEntriesByType('resource').some((e) => /\/split-result_more-[0-9a-f]{16}\.wasm$/.test(e.name))
        && !navigator.serviceWorker?.controller;
      assert.equal(await browser.run(fetchedWithoutWorker), false, 'not downloaded before it is opened');
      await browser.click(button('対策リストを開く'));
      assert.equal(await browser.until(() => document.querySelector('h1')?.textContent.trim() === '対策リスト'
        && window.__samePage === true), true);
      assert.equal(await browser.run(chunkFetched), true, 'its chunk was fetched');
      await browser.run(() => history.back());
      assert.equal(await browser.until(() => document.querySelector('h1')?.textContent.trim() === '診断結果'
        && window.__samePage === true && document.querySelector('[data-testid="total"]')?.textContent.replace(/\s+/g, ' ').trim()), expected);
      await browser.reload();
      assert.equal(await browser.until(() => document.querySelector('h1')?.textContent.trim() === '診断結果'
        && document.querySelector('[data-testid="total"]')?.textContent.replace(/\s+/g, ' ').trim()), expected);
      if (browser.errors) assert.deepEqual(browser.errors, []);
    });

    test('the English switch', async () => {
      await browser.click('//button[@lang="en"]');
      assert.equal(await browser.until(() => document.querySelector('h1')?.textContent.trim() === 'Result'
        && document.documentElement.lang), 'en');
      await browser.click('//button[@lang="ja"]');
      assert.equal(await browser.until(() => document.querySelector('h1')?.textContent.trim() === '診断結果'
        && document.documentElement.lang), 'ja');
    });

    test('export, then import into an empty browser: the same history', async () => {
      // The file's bytes are taken where the app hands them to the browser (the download itself is
      // the browser's own dialog).
      await browser.run(() => {
        window.__exported = [];
        const create = URL.createObjectURL;
        URL.createObjectURL = (blob) => {
          blob.text().then((text) => window.__exported.push(text));
          return create.call(URL, blob);
        };
      });
      await browser.click(button('履歴を見る'));
      await browser.click(button('すべてのデータをダウンロード（JSON）'));
      exported = await browser.until(() => window.__exported[0]);
      assert.equal(JSON.parse(exported).records.history.length, 1);

      const file = join(await mkdtemp(join(tmpdir(), 'engines-')), 'jishin-shindan.json');
      await writeFile(file, exported);
      const fresh = await open();
      try {
        await fresh.goto(`${server.url}?screen=history`);
        await fresh.until(running);
        await fresh.until(() => document.querySelector('h1')?.textContent.trim() === '履歴');
        assert.equal(await fresh.run(() => document.querySelectorAll('[data-testid="history-row"]').length), 0);
        await fresh.upload('#import-file', file);
        await fresh.click(button('読み込む'));
        assert.equal(await fresh.until(() => document.querySelectorAll('[data-testid="history-row"]').length), 1);
        await fresh.reload();
        assert.equal(await fresh.until(() => document.querySelectorAll('[data-testid="history-row"]').length), 1);
        if (fresh.errors) assert.deepEqual(fresh.errors, []);
      } finally {
        await fresh.close();
      }
    });

    test('offline after the first visit (server stopped)', async () => {
      // getRegistration() answers at once, where `ready` would wait for ever without one.
      const controlled = await browser.until(async () => {
        const registration = await navigator.serviceWorker?.getRegistration();
        return !!registration?.active;
      });
      assert.equal(controlled, true);
      await browser.goto(`${server.url}?screen=result`);
      await browser.until(() => !!navigator.serviceWorker?.controller);
      // The visit is over before the server goes: the page has loaded, the service worker has
      // settled, and the app's own requests (config.json) are done. Stopped under a response in
      // flight, WebKitGTK's session sometimes wedged for good (about 1 offline reload in 25 on a
      // loaded machine: even a new navigation timed out), which is the browser's, not the app's.
      await browser.until(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return document.readyState === 'complete' && !!registration?.active
          && !registration.installing && !registration.waiting;
      });
      await new Promise((settled) => setTimeout(settled, 500));
      await server.close();
      server = null;
      await browser.reload();
      // One condition: right after a reload the previous document, or the new one's static first
      // screens, may still be what a separate check sees.
      assert.equal(await browser.until(() => !document.querySelector('.prerender')
        && !!document.querySelector('main#main')
        && document.querySelector('h1')?.textContent.trim() === '診断結果'
        && document.querySelector('[data-testid="total"]')?.textContent.replace(/\s+/g, ' ').trim()), expected);
    });
  });
}
