// Deleting (issue 34): one diagnosis from the history, with its confirmation naming its date and
// total and 「元に戻す」 after it; and 「この端末のデータをすべて削除」 from the footer, with a second
// tab open, which forgets its copy instead of writing it back — in real Chromium against the
// release build.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosisPage, journeys, mixedAnswers, storedJson, tally, uniformAnswers } from './fixtures/app.mjs';

const h = journeys({ viewport: { width: 390, height: 800 } });

/** Every localStorage key of the app on `page`'s origin. */
function appKeys(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('jishin-shindan')));
}

/** The history's totals, newest first. */
async function rows(a) {
  return a.page.getByTestId('history-total').allInnerTexts();
}

async function openHistory(a) {
  await a.button('履歴を見る').first().click();
  assert.equal(await a.heading().innerText(), '履歴');
}

/** Two diagnoses, an hour apart on 2026-11-29 (UTC, this browser's time zone): 一部 then mixed. */
async function twoDiagnoses(a) {
  await a.page.clock.install({ time: new Date('2026-11-29T01:00:00Z') });
  await a.goto(h.server.url);
  const first = uniformAnswers('一部実施している');
  await a.button('診断を始める').click();
  await a.answerAll(first);
  await a.showResult();
  assert.equal(await a.heading().innerText(), '診断結果');
  await a.page.clock.setSystemTime(new Date('2026-11-29T02:00:00Z'));
  await a.button('最初からやり直す').click();
  await a.button('回答を消去してやり直す').click();
  const second = mixedAnswers();
  await a.button('診断を始める').click();
  await a.answerAll(second);
  await a.showResult();
  assert.equal(await a.heading().innerText(), '診断結果');
  return [tally(first).total, tally(second).total];
}

describe('deleting one diagnosis', () => {
  test('its confirmation names its date and total; 元に戻す puts it back in its place; deleted again it stays gone after a reload', async () => {
    const a = h.app;
    const [first, second] = await twoDiagnoses(a);
    await openHistory(a);
    assert.deepEqual(await rows(a), [`${second}点`, `${first}点`]);

    // The older one (second row). Two on one day: the dates carry the time.
    const button = a.page.getByRole('button', { name: `2026-11-29 01:00 の診断（${first}点）を削除`, exact: true });
    const original = JSON.parse(await storedJson(a.page)).records.history;
    assert.equal(original.length, 2);
    await button.click();
    const confirm = a.page.getByTestId('delete-confirm');
    assert.equal(await confirm.locator('p').innerText(), `2026-11-29 01:00 の診断（合計 ${first}点）を削除しますか？`);
    await a.expectFocus('delete-confirm');
    // キャンセル: nothing changes, the focus goes back to the row's button.
    await confirm.getByRole('button', { name: 'キャンセル' }).click();
    assert.equal(await confirm.count(), 0);
    await a.expectFocus('history-delete-1');
    assert.deepEqual(await rows(a), [`${second}点`, `${first}点`]);

    await button.click();
    await confirm.getByRole('button', { name: '削除する', exact: true }).click();
    assert.deepEqual(await rows(a), [`${second}点`]);
    const status = a.page.getByTestId('deleted-status');
    assert.match(await status.innerText(), /削除しました/);
    assert.equal(await status.locator('xpath=..').getAttribute('role'), 'status');
    await a.expectFocus('history-undo');
    await a.page.waitForFunction(() => JSON.parse(localStorage.getItem('jishin-shindan.history')).length === 1);

    // 元に戻す: the same entry, in its place, saved.
    await a.button('元に戻す').click();
    assert.deepEqual(await rows(a), [`${second}点`, `${first}点`]);
    assert.equal(await status.count(), 0);
    await a.expectFocus('history-delete-1');
    await a.page.waitForFunction(() => JSON.parse(localStorage.getItem('jishin-shindan.history')).length === 2);
    assert.deepEqual(JSON.parse(await storedJson(a.page)).records.history, original);

    // Deleted again, and not undone: 元に戻す goes after about 8 seconds.
    await button.click();
    await confirm.getByRole('button', { name: '削除する', exact: true }).click();
    assert.deepEqual(await rows(a), [`${second}点`]);
    await a.page.clock.runFor(9000);
    await status.waitFor({ state: 'detached', timeout: 3000 });

    await a.page.reload();
    await a.page.locator('main#main').waitFor();
    assert.equal(await a.heading().innerText(), '履歴');
    assert.deepEqual(await rows(a), [`${second}点`]);
    assert.equal(JSON.parse(await storedJson(a.page)).records.history.length, 1);
  });

  test('a deletion in one tab is not brought back by the other tab', async () => {
    const a = h.app;
    const [first, second] = await twoDiagnoses(a);
    await openHistory(a);
    const b = new DiagnosisPage(await h.context.newPage());
    // It opens where the first tab is: the history.
    await b.goto(h.server.url);
    assert.equal(await b.heading().innerText(), '履歴');
    assert.deepEqual(await rows(b), [`${second}点`, `${first}点`]);

    await a.page.getByRole('button', { name: `2026-11-29 01:00 の診断（${first}点）を削除`, exact: true }).click();
    await a.page.getByTestId('delete-confirm').getByRole('button', { name: '削除する', exact: true }).click();
    // The other tab takes the deletion in, and writes nothing back.
    await b.page.waitForFunction(() => document.querySelectorAll('[data-testid="history-row"]').length === 1, null, { timeout: 10000 });
    await b.page.waitForTimeout(500);
    assert.equal(JSON.parse(await storedJson(a.page)).records.history.length, 1);
    assert.deepEqual(await rows(a), [`${second}点`]);
  });
});

describe('deleting everything on this device', () => {
  test('the confirmation lists what goes and offers the file first; both tabs end empty, storage holds no key of the app and the worker no copy of config.json', async () => {
    const a = h.app;
    await a.goto(h.server.url);
    // The worker controls the page after a reload, and keeps config.json for offline use.
    await a.page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15000 });
    await a.page.reload();
    await a.page.locator('main#main').waitFor();
    const configCopies = () => a.page.evaluate(async () => {
      const found = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) {
          if (name.endsWith(':runtime') && request.url.endsWith('/config.json')) found.push(request.url);
        }
      }
      return found;
    });
    await a.page.waitForFunction(async () => {
      const names = await caches.keys();
      return names.some((n) => n.endsWith(':runtime'));
    }, null, { timeout: 10000 });
    assert.equal((await configCopies()).length, 1, 'the worker kept a copy of config.json');

    const answers = mixedAnswers();
    await a.button('診断を始める').click();
    await a.answerAll(answers);
    await a.showResult();
    assert.equal(await a.heading().innerText(), '診断結果');

    // A second tab, open on the result too.
    const b = new DiagnosisPage(await h.context.newPage());
    await b.goto(h.server.url);
    assert.equal(await b.heading().innerText(), '診断結果');

    const opener = a.page.getByRole('button', { name: 'この端末のデータをすべて削除', exact: true });
    await opener.click();
    const dialog = a.page.getByTestId('delete-all');
    await dialog.waitFor();
    await a.expectFocus('delete-all-heading');
    const items = await dialog.getByTestId('delete-all-list').locator('li').allInnerTexts();
    assert.deepEqual(items, [
      '診断の履歴：1件',
      '対策リストの記録：0項目',
      '下書き（基本方針・社内ルール・従業員向け注意事項）：なし',
      '★★とステップアップのチェックリスト：なし',
      '回答中の診断：25問に回答済み',
      '会社名・回答者名：なし',
      '読み込めなかったデータの控え：0件',
      'オフラインで使うために保存した団体の設定（config.json）のコピー',
      '表示言語などの設定',
    ]);
    // 先に書き出す: the export file, as 「すべてのデータをダウンロード」 writes it.
    const [file] = await Promise.all([
      a.page.waitForEvent('download'),
      dialog.getByRole('button', { name: '先に書き出す' }).click(),
    ]);
    assert.match(file.suggestedFilename(), /^jishin-shindan-\d{4}-\d{2}-\d{2}\.json$/);
    // キャンセル keeps everything and gives the focus back.
    await dialog.getByRole('button', { name: 'キャンセル' }).click();
    await a.expectFocus('delete-all-open');
    assert.ok((await appKeys(a.page)).length > 0);

    await opener.click();
    await dialog.getByRole('button', { name: '削除する', exact: true }).click();
    // This tab: the landing, empty, saying so.
    const notice = a.page.getByTestId('deleted-notice');
    assert.equal(await notice.innerText(), 'この端末のデータを削除しました。');
    await a.expectFocus('screen-heading');
    assert.equal(await a.heading().innerText(), '5分でできる！情報セキュリティ自社診断');
    await a.page.waitForFunction(async () => !(await caches.keys()).some((n) => n.endsWith(':runtime')), null, { timeout: 5000 });
    assert.deepEqual(await configCopies(), []);

    // The other tab: the landing too, and it writes nothing back.
    await b.page.waitForFunction(() => document.querySelector('h1')?.textContent === '5分でできる！情報セキュリティ自社診断', null, { timeout: 10000 });
    assert.equal(await b.page.getByTestId('deleted-notice').innerText(), 'この端末のデータを削除しました。');
    await b.page.waitForTimeout(500);
    assert.deepEqual(await appKeys(a.page), []);
    assert.deepEqual(await appKeys(b.page), []);

    // A reload: a first visit's landing, nothing kept. (Opening a screen saves again, as on any
    // first visit: the history is looked at last.)
    await a.page.reload();
    await a.page.locator('main#main').waitFor();
    assert.equal(await a.heading().innerText(), '5分でできる！情報セキュリティ自社診断');
    assert.deepEqual(await appKeys(a.page), []);
    await openHistory(a);
    assert.equal(await a.page.getByTestId('history-empty').count(), 1);
    await openHistory(b);
    assert.equal(await b.page.getByTestId('history-empty').count(), 1);
  });
});
