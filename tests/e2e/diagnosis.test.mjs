// Browser journeys for the diagnosis end to end (issue: the foundation), in real Chromium against
// the release build served as static files.

import { beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  expectedBand, journeys, mixedAnswers, tally, uniformAnswers,
} from './fixtures/app.mjs';

const h = journeys({ viewport: { width: 360, height: 740 } });
let app;
beforeEach(() => {
  app = h.app;
});

describe('landing screen', () => {
  test('explains the diagnosis, privacy and who should answer, and starts it', async () => {
    await app.goto(h.server.url);
    const text = await app.page.locator('main').innerText();
    assert.match(text, /5分でできる！情報セキュリティ自社診断/);
    assert.match(text, /25問/);
    assert.match(text, /約5分/);
    assert.match(text, /どこにも送信されません/);
    assert.match(text, /経営者/);
    assert.equal(await app.page.locator('html').getAttribute('lang'), 'ja');
    await app.button('診断を始める').click();
    assert.match(await app.heading().innerText(), /Part 1\s*基本的対策/);
    assert.match(await app.page.locator('main').innerText(), /No\.1～5は企業の規模や形態を問わず/);
    // Focus moves to the new screen's heading.
    await app.expectFocus('screen-heading');
    assert.match(await app.progressText(), /回答済み\s*0\s*\/\s*25/);
  });
});

describe('answering', () => {
  test('each question is a fieldset with its number, text and four radio choices; footnotes sit beside them', async () => {
    await app.goto(h.server.url);
    await app.button('診断を始める').click();
    for (let no = 1; no <= 5; no++) {
      const radios = app.question(no).getByRole('radio');
      assert.equal(await radios.count(), 4);
    }
    for (const label of ['実施している', '一部実施している', '実施していない', 'わからない']) {
      assert.equal(await app.radio(1, label).count(), 1, label);
    }
    const q2 = app.question(2);
    assert.match(await q2.innerText(), /※1\s*コンピュータウイルスを検出するためのデータベースファイル/);
    assert.match(await app.question(4).innerText(), /※2\s*重要情報とは営業秘密など/);
  });

  test('the progress indicator counts answers, and answers can be changed and revisited', async () => {
    await app.goto(h.server.url);
    await app.button('診断を始める').click();
    await app.radio(1, '実施している').check();
    await app.radio(2, 'わからない').check();
    assert.match(await app.progressText(), /回答済み\s*2\s*\/\s*25/);
    await app.radio(2, '一部実施している').check();
    assert.match(await app.progressText(), /回答済み\s*2\s*\/\s*25/);
    await app.button('次へ').click();
    assert.match(await app.heading().innerText(), /Part 2\s*従業員としての対策/);
    await app.radio(6, '実施していない').check();
    await app.button('前へ').click();
    assert.match(await app.heading().innerText(), /Part 1/);
    assert.equal(await app.radio(2, '一部実施している').isChecked(), true);
    assert.equal(await app.radio(1, '実施している').isChecked(), true);
    assert.match(await app.progressText(), /回答済み\s*3\s*\/\s*25/);
  });

  test('asking for the result early goes to the first unanswered question', async () => {
    await app.goto(h.server.url);
    await app.button('診断を始める').click();
    const answers = mixedAnswers();
    delete answers[9];
    delete answers[20];
    await app.answerAll(answers);
    await app.showResult();
    assert.match(await app.heading().innerText(), /Part 2/);
    assert.match(await app.page.getByTestId('unanswered-notice').innerText(), /2 問.*No\.9/s);
    await app.expectFocus('q-9');
    await app.radio(9, '実施している').check();
    await app.page.locator('.sticky-status').getByRole('button', { name: '結果を見る' }).click();
    assert.match(await app.heading().innerText(), /Part 3/);
    await app.expectFocus('q-20');
    await app.radio(20, '実施している').check();
    await app.showResult();
    assert.equal(await app.heading().innerText(), '診断結果');
  });
});

/** Completes the diagnosis with `answers` and checks the result against the sheet's rules. */
async function completeAndCheck(answers) {
  await app.goto(h.server.url);
  await app.button('診断を始める').click();
  await app.answerAll(answers);
  assert.match(await app.progressText(), /回答済み\s*25\s*\/\s*25/);
  await app.showResult();
  assert.equal(await app.heading().innerText(), '診断結果');

  const expected = tally(answers);
  assert.equal((await app.page.getByTestId('total').innerText()).replace(/\s+/g, ' ').trim(), `合計 ${expected.total}点`);
  assert.match(await app.page.getByTestId('tally-a').innerText(), new RegExp(`A\\s*実施している の合計点\\s*${expected.a}点`));
  assert.match(await app.page.getByTestId('tally-b').innerText(), new RegExp(`B\\s*一部実施している の合計点\\s*${expected.b}点`));
  assert.match(await app.page.getByTestId('tally-c').innerText(), new RegExp(`C\\s*わからない の合計点\\s*マイナス\\(-\\) ${-expected.c}点`));
  assert.match(await app.page.getByTestId('tally-total').innerText(), new RegExp(`A\\+B\\+C 合計\\s*${expected.total}点`));

  const band = expectedBand(expected.total);
  assert.equal(await app.page.locator('#band-heading').innerText(), band.label);
  assert.equal(await app.page.getByTestId('band-message').innerText(), band.message);

  // Advice: every question not answered 実施している, in number order (Part 1 first).
  const weak = Object.entries(answers).filter(([, l]) => l !== '実施している').map(([no]) => Number(no));
  const shown = await app.page.getByTestId('advice-item').evaluateAll((els) => els.map((e) => Number(e.dataset.no)));
  assert.deepEqual(shown, weak);
  for (const no of weak) {
    const item = app.page.locator(`[data-testid="advice-item"][data-no="${no}"]`);
    const text = await item.innerText();
    assert.match(text, /対策例/);
    assert.match(text, new RegExp(`あなたの回答：${answers[no]}`));
    assert.equal(/確認が必要/.test(text), answers[no] === 'わからない', `No.${no} 確認が必要 marker`);
  }
  return expected;
}

describe('result', () => {
  test('a mixed set of answers gives the paper sheet total, band and advice', async () => {
    const expected = await completeAndCheck(mixedAnswers());
    assert.ok(expected.c < 0 && expected.b > 0, 'the mixed set exercises A, B and C');
    // The advice names the 解説 of an item: category, heading, explanation, 対策例.
    const first = app.page.getByTestId('advice-item').first();
    assert.match(await first.innerText(), /診断編 No\.\d+/);
  });

  test('all 実施している is 100 points, the top band, and no advice', async () => {
    await completeAndCheck(uniformAnswers('実施している'));
    assert.match(await app.page.locator('main').innerText(), /ステップアップ/);
  });

  test('all わからない is −25 points, the lowest band, and every item needs checking', async () => {
    await completeAndCheck(uniformAnswers('わからない'));
    assert.equal(await app.page.locator('.badge--check').count(), 25);
    const links = await app.page.locator('.resources a').evaluateAll((els) => els.map((a) => a.textContent));
    assert.deepEqual(links.slice(0, 2), ['対策のしおり', '映像で知る情報セキュリティ']);
  });
});

describe('share link pasted into an open tab', () => {
  test('changing only the #r= fragment opens that result read-only', async () => {
    const answers = uniformAnswers('一部実施している');
    await completeAndCheck(answers);
    const link = await app.page.getByTestId('share-link').inputValue();
    const fragment = link.slice(link.indexOf('#'));
    assert.match(fragment, /^#r=/);
    await app.button('はじめの画面へ').click();
    await app.page.evaluate((hash) => { location.hash = hash; }, fragment);
    await app.page.getByRole('heading', { level: 1, name: '診断結果（読み取り専用）' }).waitFor();
    assert.equal((await app.page.getByTestId('total').innerText()).replace(/\s+/g, ' ').trim(), `合計 ${tally(answers).total}点`);
  });
});

describe('saved answers', () => {
  test('reloading half-way keeps every answer and the same Part', async () => {
    await app.goto(h.server.url);
    await app.button('診断を始める').click();
    const answers = mixedAnswers();
    const firstHalf = Object.fromEntries(Object.entries(answers).filter(([no]) => Number(no) <= 12));
    await app.answerAll(firstHalf);
    assert.match(await app.heading().innerText(), /Part 2/);
    await app.page.reload();
    await app.page.locator('main#main').waitFor();
    assert.match(await app.heading().innerText(), /Part 2/);
    assert.match(await app.progressText(), /回答済み\s*12\s*\/\s*25/);
    for (const [no, label] of Object.entries(firstHalf)) {
      if (Number(no) >= 6) assert.equal(await app.radio(no, label).isChecked(), true, `No.${no}`);
    }
    // Back on the landing screen the app offers to continue and says how far the user got.
    await app.page.getByRole('navigation', { name: 'Part の切り替え' }).getByRole('button', { name: /^Part 1/ }).click();
    await app.button('はじめの画面へ').click();
    assert.match(await app.page.getByTestId('saved-progress').innerText(), /12 \/ 25 問回答済み/);
    await app.page.reload();
    await app.button('続きから回答する').click();
    assert.match(await app.heading().innerText(), /Part 1/);
    assert.equal(await app.radio(3, answers[3]).isChecked(), true);
    // Finish and reload on the result: the result is still there.
    await app.answerAll(Object.fromEntries(Object.entries(answers).filter(([no]) => Number(no) > 12)));
    await app.showResult();
    await app.page.reload();
    assert.equal(await app.heading().innerText(), '診断結果');
    assert.equal((await app.page.getByTestId('total').innerText()).replace(/\s+/g, ' ').trim(), `合計 ${tally(answers).total}点`);
  });

  test('starting over asks first, then clears the saved answers', async () => {
    await completeAndCheck(mixedAnswers());
    await app.button('最初からやり直す').click();
    await app.expectFocus('restart-confirm');
    await app.button('キャンセル').click();
    assert.equal(await app.heading().innerText(), '診断結果');
    await app.button('最初からやり直す').click();
    await app.button('回答を消去してやり直す').click();
    assert.equal(await app.button('診断を始める').count(), 1);
    // The answers are gone from storage (the history of completed diagnoses is kept).
    const stored = await app.storedSession();
    assert.ok(stored === null || Object.keys(JSON.parse(stored).answers).length === 0, stored);
    await app.page.reload();
    await app.button('診断を始める').click();
    assert.match(await app.progressText(), /回答済み\s*0\s*\/\s*25/);
    assert.equal(await app.radio(1, mixedAnswers()[1]).isChecked(), false);
  });
});

describe('faults', () => {
  test('unreadable saved data: the app starts, says so, and keeps the original bytes', async () => {
    await app.page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('jishin-shindan.session', '{"version":1,"answers":{"1":"done"');
      }
    });
    await app.goto(h.server.url);
    assert.match(await app.page.getByTestId('restore-error').innerText(), /読み込めませんでした/);
    const backup = await app.page.evaluate(() => localStorage.getItem('jishin-shindan.session.unreadable-backup'));
    assert.equal(backup, '{"version":1,"answers":{"1":"done"');
    await completeAndCheck(uniformAnswers('一部実施している'));
  });

  test('storage that throws: the app works in memory and says answers will not be kept', async () => {
    await app.page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() { throw new DOMException('denied', 'SecurityError'); },
      });
    });
    await app.goto(h.server.url);
    assert.match(await app.page.getByTestId('storage-unavailable').innerText(), /回答を保存できません/);
    await app.button('診断を始める').click();
    await app.answerAll(uniformAnswers('実施している'));
    await app.showResult();
    assert.equal((await app.page.getByTestId('total').innerText()).replace(/\s+/g, ' ').trim(), '合計 100点');
  });
});

describe('keyboard', () => {
  test('the diagnosis can be started and answered with the keyboard alone', async () => {
    await app.goto(h.server.url);
    const start = app.button('診断を始める');
    await start.focus();
    await app.page.keyboard.press('Enter');
    await app.expectFocus('screen-heading');
    // Tab reaches the first radio of No.1; Space selects it, arrow keys move within the group.
    for (let i = 0; i < 20; i++) {
      await app.page.keyboard.press('Tab');
      if (await app.page.evaluate(() => document.activeElement?.name === 'q-1')) break;
    }
    await app.page.keyboard.press('Space');
    assert.equal(await app.radio(1, '実施している').isChecked(), true);
    await app.page.keyboard.press('ArrowDown');
    assert.equal(await app.radio(1, '一部実施している').isChecked(), true);
    assert.match(await app.progressText(), /回答済み\s*1\s*\/\s*25/);
  });
});
