// Never lose an answer, never trust input: storage faults, two tabs, panics, failed loads and the
// Content-Security-Policy — in real Chromium against the release build.

import { after, before, beforeEach, afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import {
  DIST, DiagnosisPage, closeContext, launchBrowser, mixedAnswers, serveDist, takenOver, tally, uniformAnswers,
} from './fixtures/app.mjs';

const KEY = 'jishin-shindan.session';
const BACKUP = 'jishin-shindan.session.unreadable-backup';

let server;
let browser;
let context;
let app;

before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 390, height: 800 }, acceptDownloads: true });
  app = new DiagnosisPage(await context.newPage());
});
afterEach(async () => {
  await closeContext(context);
});

async function finishAndCheck(answers) {
  await app.answerAll(answers);
  await app.showResult();
  assert.equal((await app.page.getByTestId('total').innerText()).replace(/\s+/g, ' ').trim(), `合計 ${tally(answers).total}点`);
}

/** Seeds localStorage with `raw` for the first load of this context only. */
async function seedOnce(page, key, raw) {
  await page.addInitScript(([k, v]) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(k, v);
    }
  }, [key, raw]);
}

describe('unreadable saved data', () => {
  const cases = {
    'bad JSON': '{"version":2,"answers":',
    'wrong types': '{"version":2,"revision":1,"answers":"all done","step":"intro","last_part":"basic"}',
    'unknown future version': '{"version":99,"answers":{"1":"done"},"step":"intro","last_part":"basic"}',
    truncated: '{"version":2,"app_version":"0.1.0","revision":3,"answers":{"1":"done","2":"part',
    'out-of-range question': '{"version":2,"revision":1,"answers":{"31":"done"},"step":"intro","last_part":"basic"}',
  };
  for (const [name, raw] of Object.entries(cases)) {
    test(`${name}: a message, the original bytes kept aside, and a working diagnosis`, async () => {
      await seedOnce(app.page, KEY, raw);
      await app.goto(server.url);
      assert.match(await app.page.getByTestId('restore-error').innerText(), /読み込めません|読み込めない/);
      assert.equal(await app.page.evaluate((k) => localStorage.getItem(k), BACKUP), raw);
      await app.button('診断を始める').click();
      await finishAndCheck(mixedAnswers());
      // The backup is still intact after new answers were saved.
      assert.equal(await app.page.evaluate((k) => localStorage.getItem(k), BACKUP), raw);
    });
  }

  test('a damaged diagnosis beside its history: both kept aside whole, and the new diagnosis never takes the old history', async () => {
    const entry = (at, choice) => {
      const answers = {};
      for (let no = 1; no <= 25; no++) answers[no] = choice;
      return { id: `${at}-x`, completed_at: at, company: '旧株式会社', respondent: '', answers };
    };
    const history = JSON.stringify([entry('2026-10-01T01:00:00.000Z', 'done'), entry('2026-10-02T01:00:00.000Z', 'partial')]);
    // Schema 4 as this version writes it, with the diagnosis cut short: unreadable.
    const head = '{"version":4,"app_version":"0.1.0","revision":5,"answers":{"1":"done"},"step":"part-1","last_part":"basic","records":{"history":"@history","plan":{},"profile":{"company":"","respondent":""}},"entry":';
    await app.page.addInitScript(([h, hist]) => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('jishin-shindan.history', hist);
        localStorage.setItem('jishin-shindan.session', h);
      }
    }, [head, history]);
    await app.goto(server.url);
    assert.match(await app.page.getByTestId('restore-error').innerText(), /読み込めません|読み込めない/);
    // What was set aside is everything that was stored: the diagnosis with its history joined in.
    const backup = await app.page.evaluate((k) => localStorage.getItem(k), BACKUP);
    assert.equal(backup, head.replace('"records":{"history":"@history"', `"records":{"history":${history}`));
    // One answer (saved), then a reload before any result: the old history must not come back.
    await app.button('診断を始める').click();
    await app.radio(1, '実施している').check();
    await app.page.reload();
    await app.page.locator('main#main').waitFor();
    assert.equal(await app.radio(1, '実施している').isChecked(), true);
    assert.equal(JSON.parse(await app.page.evaluate(() => localStorage.getItem('jishin-shindan.history')) ?? '[]').length, 0);
    await finishAndCheck(mixedAnswers());
    await app.page.reload();
    await app.page.locator('main#main').waitFor();
    await app.button('履歴を見る').first().click();
    assert.equal(await app.heading().innerText(), '履歴');
    const companies = await app.page.getByTestId('history-row').allInnerTexts();
    assert.equal(companies.length, 1, 'only the new diagnosis');
    assert.doesNotMatch(companies.join(' '), /旧株式会社/);
    assert.equal(await app.page.evaluate((k) => localStorage.getItem(k), BACKUP), backup, 'the backup is intact');
  });

  test('saved data with an invalid history entry: the rest loads, a notice lists what was left out, the original is kept aside without replacing an older backup (issue 18)', async () => {
    const answers = (choice) => Object.fromEntries(Array.from({ length: 25 }, (_, i) => [i + 1, choice]));
    const history = JSON.stringify([
      { id: 'x', completed_at: 'yesterday', company: '', respondent: '', answers: answers('done') },
      { id: 'y', completed_at: '2026-10-02T01:00:00.000Z', company: '残る株式会社', respondent: '', answers: answers('partial') },
    ]);
    const head = '{"version":4,"app_version":"0.1.0","revision":5,"answers":{"1":"done"},"step":"start","last_part":"basic","records":{"history":"@history","plan":{},"profile":{"company":"","respondent":""}}}';
    await app.page.addInitScript(([h, hist, backup]) => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('jishin-shindan.history', hist);
        localStorage.setItem('jishin-shindan.session', h);
        localStorage.setItem(backup, 'an older backup');
      }
    }, [head, history, BACKUP]);
    await app.goto(server.url);
    const notice = app.page.getByTestId('restore-dropped');
    assert.match(await notice.innerText(), /一部は正しくないため[\s\S]*履歴の1件目は日時が正しくないため/);
    const joined = head.replace('"records":{"history":"@history"', `"records":{"history":${history}`);
    assert.equal(await app.page.evaluate((k) => localStorage.getItem(k), BACKUP), 'an older backup');
    assert.equal(await app.page.evaluate((k) => localStorage.getItem(`${k}.2`), BACKUP), joined);
    await app.button('履歴を見る').first().click();
    assert.equal(await app.heading().innerText(), '履歴');
    const rows = await app.page.getByTestId('history-row').allInnerTexts();
    assert.equal(rows.length, 1);
    assert.match(rows[0], /残る株式会社/);
    // The first save writes what was read whole; after it the notice does not come back.
    await app.goto(`${server.url}?screen=part-1`);
    await app.radio(2, '実施している').check();
    await app.page.reload();
    await app.page.locator('main#main').waitFor();
    assert.equal(await app.radio(2, '実施している').isChecked(), true);
    assert.equal(await app.page.getByTestId('restore-dropped').count(), 0);
    const stored = JSON.parse(await app.page.evaluate(() => localStorage.getItem('jishin-shindan.history')));
    assert.deepEqual(stored.map((e) => e.company), ['残る株式会社']);
    assert.equal(await app.page.evaluate((k) => localStorage.getItem(`${k}.2`), BACKUP), joined, 'the backup is intact');
    assert.equal(await app.page.evaluate((k) => localStorage.getItem(`${k}.3`), BACKUP), null);
  });

  test('in the English UI the message about unreadable data is English (issue 15)', async () => {
    for (const raw of [cases['bad JSON'], cases['unknown future version'], cases['out-of-range question']]) {
      const fresh = await browser.newContext({ viewport: { width: 390, height: 800 } });
      try {
        const other = new DiagnosisPage(await fresh.newPage());
        await seedOnce(other.page, KEY, raw);
        await other.goto(`${server.url}?lang=en`);
        const message = await other.page.getByTestId('restore-error').innerText();
        assert.match(message, /saved answers/);
        assert.doesNotMatch(message, /[\u3040-\u30ff\u4e00-\u9fff]/, `no Japanese: ${message}`);
        assert.equal(await other.page.evaluate((k) => localStorage.getItem(k), BACKUP), raw);
      } finally {
        await fresh.close();
      }
    }
  });
});

describe('storage faults', () => {
  test('quota exceeded: the answer stays, a notice appears, saved data is intact, the next write catches up', async () => {
    await app.page.addInitScript(() => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (window.__quotaFull && key === 'jishin-shindan.session') {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return original.call(this, key, value);
      };
    });
    await app.goto(server.url);
    await app.button('診断を始める').click();
    await app.radio(1, '実施している').check();
    const before = await app.storedSession();
    assert.match(before, /"1":"done"/);
    await app.page.evaluate(() => { window.__quotaFull = true; });
    await app.radio(2, 'わからない').check();
    assert.match(await app.page.getByTestId('save-failed').innerText(), /保存できませんでした/);
    assert.equal(await app.radio(2, 'わからない').isChecked(), true);
    assert.equal(await app.storedSession(), before, 'what was saved before is untouched');
    await app.page.evaluate(() => { window.__quotaFull = false; });
    await app.radio(3, '一部実施している').check();
    assert.equal(await app.page.getByTestId('save-failed').count(), 0);
    const after = JSON.parse(await app.storedSession());
    assert.deepEqual(after.answers, { 1: 'done', 2: 'unknown', 3: 'partial' });
  });

  test('two tabs: a change in one appears in the other', async () => {
    await app.goto(server.url);
    await app.button('診断を始める').click();
    const other = new DiagnosisPage(await context.newPage());
    await other.goto(server.url);
    // The second tab opens where the first one is (Part 1), with nothing answered yet.
    assert.match(await other.heading().innerText(), /Part 1/);
    await app.radio(1, '実施している').check();
    await other.page.waitForFunction(() => document.querySelector('#q-1-done')?.checked === true, null, { timeout: 5000 });
    assert.match(await other.progressText(), /回答済み\s*1\s*\/\s*25/);
    await other.radio(2, '実施していない').check();
    await app.page.waitForFunction(() => document.querySelector('#q-2-not_done')?.checked === true, null, { timeout: 5000 });
    assert.match(await app.progressText(), /回答済み\s*2\s*\/\s*25/);
  });

  test('a stale tab never overwrites newer data: it merges before writing', async () => {
    await app.goto(server.url);
    await app.button('診断を始める').click();
    await app.radio(1, '実施している').check();
    const stale = new DiagnosisPage(await context.newPage());
    // This tab misses storage events (as a suspended or crashed-and-restored tab can).
    await stale.page.addInitScript(() => {
      window.addEventListener('storage', (e) => e.stopImmediatePropagation(), true);
    });
    await stale.goto(server.url);
    assert.equal(await stale.radio(1, '実施している').isChecked(), true);
    await app.radio(2, '一部実施している').check();
    await app.radio(1, 'わからない').check();
    const newer = JSON.parse(await app.storedSession());
    // The stale tab still shows No.1 as 実施している and answers No.3.
    await stale.radio(3, '実施していない').check();
    // Read through the stale tab: the first tab, still on a first visit's part, which cannot read
    // another tab's write, now reloads into the whole app (its page is replaced meanwhile).
    const merged = JSON.parse(await stale.storedSession());
    assert.ok(merged.revision > newer.revision);
    assert.deepEqual(merged.answers, { 1: 'unknown', 2: 'partial', 3: 'not_done' });
    assert.match(await stale.page.getByTestId('merged-notice').innerText(), /合わせて保存しました/);
    assert.equal(await stale.radio(1, 'わからない').isChecked(), true);
    assert.equal(await stale.radio(2, '一部実施している').isChecked(), true);
    // And the first tab shows the merged answers too.
    await app.page.waitForFunction(
      () => ['q-1-unknown', 'q-2-partial', 'q-3-not_done'].every((id) => document.getElementById(id)?.checked),
      null,
      { timeout: 10000 },
    );
  });
});

describe('panics and failed loads', () => {
  test('a panic shows a Japanese error screen with reload and a download of the saved data', async () => {
    await app.goto(server.url);
    await app.button('診断を始める').click();
    await app.radio(1, '一部実施している').check();
    const saved = await app.storedSession();
    // A link cannot do it: the old test hook (?__panic) opens the app as usual.
    await app.page.goto(`${server.url}?__panic`);
    await takenOver(app.page);
    await app.page.evaluate(() => new Promise((ok) => setTimeout(ok, 300)));
    assert.equal(await app.radio(1, '一部実施している').isChecked(), true);
    assert.equal(await app.page.getByRole('alert').filter({ hasText: 'エラーが発生しました' }).count(), 0);
    // The test asks through this tab's sessionStorage (only a script of the app's origin can).
    await app.page.evaluate(() => sessionStorage.setItem('jishin-shindan.test-panic', '1'));
    await app.page.reload();
    const screen = app.page.getByRole('alert').filter({ hasText: 'エラーが発生しました' });
    await screen.waitFor();
    assert.equal(await screen.getByRole('link', { name: '再読み込み' }).count(), 1);
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      screen.getByRole('link', { name: 'データをダウンロード' }).click(),
    ]);
    const file = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(file.items[KEY], saved);
    assert.equal(await app.storedSession(), saved, 'the saved answers are untouched');
  });

  test('a wasm that fails to load shows an error screen instead of a blank page', async () => {
    await app.page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await app.page.goto(server.url);
    const screen = app.page.getByRole('alert').filter({ hasText: '読み込みに失敗しました' });
    await screen.waitFor();
    assert.equal(await screen.getByRole('link', { name: '再読み込み' }).count(), 1);
  });

  test('the error screens speak English when the page is in English', async () => {
    await app.page.goto(`${server.url}?lang=en`);
    await takenOver(app.page);
    await app.page.evaluate(() => sessionStorage.setItem('jishin-shindan.test-panic', '1'));
    await app.page.reload();
    const panic = app.page.getByRole('alert').filter({ hasText: 'An error occurred' });
    await panic.waitFor();
    assert.equal(await panic.getByRole('link', { name: 'Reload' }).count(), 1);
    assert.equal(await panic.getByText('エラーが発生しました').count(), 0);
    await app.page.evaluate(() => sessionStorage.clear());
    // A failed load needs the network: the service worker the first load installed would serve
    // the wasm from its cache, past the route below (requests a worker makes are not routed).
    await app.page.evaluate(async () => {
      for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
    });
    await app.page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await app.page.goto(`${server.url}?lang=en`);
    const load = app.page.getByRole('alert').filter({ hasText: 'The app could not be loaded' });
    await load.waitFor();
    assert.equal(await load.getByRole('link', { name: 'Reload' }).count(), 1);
    await app.page.unroute('**/*.wasm');
  });

  test('a wasm altered on the way (integrity mismatch) is refused with the error screen', async () => {
    await app.page.route('**/*.wasm', async (route) => {
      const response = await route.fetch();
      const body = await response.body();
      body[body.length - 1] ^= 0xff;
      await route.fulfill({ response, body });
    });
    await app.page.goto(server.url);
    const screen = app.page.getByRole('alert').filter({ hasText: '読み込みに失敗しました' });
    await screen.waitFor();
    assert.equal(await app.page.locator('main#main').count(), 0, 'the altered app never started');
  });
});

describe('Content-Security-Policy', () => {
  test('the release page carries a strict CSP and a full journey causes no violation', async () => {
    const html = await (await app.page.request.get(server.url)).text();
    const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)[1];
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"]) {
      assert.ok(csp.includes(directive), directive);
    }
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    // Subresource integrity on every file of the app, each the hash of the file served: the
    // script and the chunks' loader through the import map, the wasm through the loader's own
    // fetch (scripts/precache.mjs; no wasm preload, so a first visit's download waits for the
    // first paint, issue 14), and each chunk in the chunks' loader (scripts/split.mjs, issue 30).
    assert.doesNotMatch(html, /<link rel="preload" href="[^"]+\.wasm"/);
    assert.doesNotMatch(html, /<link rel="modulepreload"/);
    const importMap = JSON.parse(html.match(/<script type="importmap">([^<]+)<\/script>/)[1]);
    const app_ = JSON.parse(html.match(/const APP = (\{[^;]+\});/)[1]);
    const body = async (file) => (await app.page.request.get(server.url + file.replace(/^\.\//, ''))).body();
    const sri = async (file, alg = 'sha384') => `${alg}-${createHash(alg).update(await body(file)).digest('base64')}`;
    assert.deepEqual(Object.keys(importMap.integrity).map((f) => f.replace(/-[0-9a-f]{16}\.js$/, '')), ['./jishin-shindan', './wasm-split']);
    for (const [js, integrity] of Object.entries(importMap.integrity)) assert.equal(integrity, await sri(js), js);
    assert.equal(app_.integrity, await sri(app_.wasm), app_.wasm);
    assert.match(html, /const response = fetch\(APP\.wasm, \{ integrity: APP\.integrity \}\);[\s\S]*module_or_path: response/);
    const splitLoader = (await body(Object.keys(importMap.integrity)[1])).toString();
    // Each chunk's fetch, `fetchChunk("<file>", "<integrity>")` (minified: the function renamed).
    const chunks = [...splitLoader.matchAll(/\("([^"]+\.wasm)",\s*"(sha256-[^"]+)"\)/g)];
    // Every chunk of the build, each once, fetched with its integrity.
    const built = (await readdir(DIST)).filter((f) => /^(split|chunk|later)-[a-z_\d]+-[0-9a-f]{16}\.wasm$/.test(f)).sort();
    assert.deepEqual(chunks.map(([, file]) => file).sort(), built, 'the chunks\' loader names every chunk once');
    for (const [, file, integrity] of chunks) assert.equal(integrity, await sri(file, 'sha256'), file);

    await app.page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const consoleErrors = [];
    app.page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    await app.goto(server.url);
    await app.button('診断を始める').click();
    await finishAndCheck(uniformAnswers('一部実施している'));
    assert.deepEqual(await app.page.evaluate(() => window.__violations), []);
    assert.deepEqual(consoleErrors.filter((t) => /Content Security Policy/i.test(t)), []);
  });
});

describe('writes only what changed (issue 33)', () => {
  test('back to Part 3 and forward to the same result does not write the history again, with 1,000 diagnoses in it', async () => {
    const all = (choice) => Object.fromEntries(Array.from({ length: 25 }, (_, i) => [i + 1, choice]));
    const history = JSON.stringify(Array.from({ length: 1000 }, (_, i) => {
      const at = new Date(Date.UTC(2025, 0, 1) + i * 60000).toISOString();
      return { id: `${at}-x${i}`, completed_at: at, company: '', respondent: '', answers: all('partial') };
    }));
    const head = `{"version":4,"app_version":"0.1.0","revision":1,"answers":${JSON.stringify(all('done'))},"step":"part-3","last_part":"organization","records":{"history":"@history","plan":{},"profile":{"company":"","respondent":""}}}`;
    await app.page.addInitScript(([h, hist]) => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('jishin-shindan.history', hist);
        localStorage.setItem('jishin-shindan.session', h);
      }
      window.__historyWrites = 0;
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (key === 'jishin-shindan.history') window.__historyWrites += 1;
        return setItem.call(this, key, value);
      };
    }, [head, history]);
    await app.goto(server.url);
    await app.showResult();
    assert.equal(await app.heading().innerText(), '診断結果');
    // Reaching the result records the diagnosis: one write of the history.
    await app.page.waitForFunction(() => window.__historyWrites === 1);
    for (let i = 0; i < 2; i++) {
      await app.page.goBack();
      await app.page.waitForFunction(() => document.querySelector('h1')?.innerText.startsWith('Part 3'));
      await app.showResult();
      assert.equal(await app.heading().innerText(), '診断結果');
    }
    // The diagnosis itself is saved (its screen changed), the history is not written again.
    await app.page.waitForFunction(() => /"step":"result"/.test(localStorage.getItem('jishin-shindan.session')));
    assert.equal(await app.page.evaluate(() => window.__historyWrites), 1);
    assert.equal(JSON.parse(await app.page.evaluate(() => localStorage.getItem('jishin-shindan.history'))).length, 1001);
  });
});
