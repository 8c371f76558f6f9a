// The office files (issue 34), made by real Chromium from the release build and read back by real
// readers: openpyxl for the Excel files and python-docx for the Word files (tests/office/read.py,
// Debian's python3; scripts/setup.sh test installs both). The result, the plan and the 社内ルール
// sheet as .xlsx, the 基本方針 and the 従業員向け注意事項 as .docx: exact texts and values,
// Japanese intact, A4. Their writers are a chunk fetched on the first press: a visit that asks
// for no file never fetches it (also checked for every on-demand chunk in chunks.test.mjs), and a
// press that cannot fetch it says so and loses nothing.
//
// Run against the release build: scripts/build.sh, then
//   node --test --test-timeout=240000 tests/e2e/office.test.mjs

import { beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { journeys, mixedAnswers, tally } from './fixtures/app.mjs';

const READ = fileURLToPath(new URL('../office/read.py', import.meta.url));
const h = journeys({ viewport: { width: 390, height: 800 }, sameOrigin: true });
let app;
let chunks;
beforeEach(() => {
  app = h.app;
  chunks = [];
  app.page.on('request', (r) => chunks.push(r.url()));
});
const officeFetched = () => chunks.some((u) => /\/split-office-[0-9a-f]{16}\.wasm$/.test(u));

/** Clicks the Excel or Word button and returns the file's name and what the reader saw. */
async function officeFile(testId) {
  const [file] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId(testId).click()]);
  // The readers go by the file's name: saved under the name the app gave it.
  const dir = await mkdtemp(join(tmpdir(), 'office-'));
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  try {
    const read = JSON.parse(execFileSync('/usr/bin/python3', [READ, path], { encoding: 'utf8' }));
    return { name: file.suggestedFilename(), read };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const MARKS = { 実施している: '○', 一部実施している: '△', 実施していない: '×', わからない: '？' };

describe('office files', () => {
  test('the result, the plan and the rules as Excel, the policy and the handout as Word, read back', async () => {
    const answers = mixedAnswers();
    const expected = tally(answers);
    await app.goto(h.server.url);
    await app.button('診断を始める').click();
    await app.answerAll(answers);
    await app.showResult();
    assert.equal(await app.heading().innerText(), '診断結果');
    assert.equal(officeFetched(), false, 'no office code before a file is asked for');

    // The result.
    const result = await officeFile('download-xlsx');
    assert.ok(officeFetched());
    assert.match(result.name, /^jishin-shindan-result-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const sheet = result.read.sheets[0];
    assert.equal(sheet.name, '診断結果');
    assert.equal(sheet.rows[0][0], '情報セキュリティ自社診断 結果');
    assert.match(sheet.rows[1][0], /^診断日時：\d{4}-\d{2}-\d{2} \d{2}:\d{2} \(UTC[+-]\d{2}:\d{2}\)$/);
    assert.deepEqual(sheet.rows[3], ['No.', 'Part', '項目', '診断内容', '回答', '点数']);
    for (let no = 1; no <= 25; no++) {
      const row = sheet.rows[3 + no];
      const points = { 実施している: 4, 一部実施している: 2, 実施していない: 0, わからない: -1 }[answers[no]];
      assert.deepEqual([row[0], row[4], row[5]], [no, answers[no], points], `No.${no}`);
    }
    const line = (label) => sheet.rows.find((r) => r[3] === label)?.[5];
    assert.equal(line('A「実施している」の合計点'), expected.a);
    assert.equal(line('B「一部実施している」の合計点'), expected.b);
    assert.equal(line('C「わからない」の合計点'), expected.c);
    assert.equal(line('合計（A+B+C、100点満点）'), expected.total);
    assert.equal(sheet.paper, 9, 'A4');

    // The plan, with a task ticked, dated and noted.
    await app.button('対策リストを開く').click();
    assert.equal(await app.heading().innerText(), '対策リスト');
    const first = app.page.getByTestId('task').first();
    const no = Number(await first.getAttribute('data-no'));
    await first.getByRole('checkbox').check();
    await first.getByLabel('メモ').fill('見積もりを依頼<済> & 来月');
    await first.getByLabel('目標日').fill('2027-01-31');
    await first.getByLabel('目標日').press('Tab');
    await app.planBuilt();
    const tasks = await app.page.getByTestId('task').count();
    const plan = (await officeFile('download-xlsx')).read.sheets[0];
    assert.equal(plan.name, '対策リスト');
    assert.equal(plan.rows[0][0], '情報セキュリティ対策リスト');
    assert.deepEqual(plan.rows[3], ['No.', '優先', 'すること', '対策', '現在の回答', '対策例', '担当者', '期限', '完了', 'メモ']);
    assert.equal(plan.rows.length, 4 + tasks);
    const row = plan.rows[4];
    assert.deepEqual([row[0], row[4], row[6], row[7], row[8], row[9]], [no, answers[no], null, '2027-01-31', '済', '見積もりを依頼<済> & 来月']);
    const weak = Object.keys(answers).filter((n) => answers[n] !== '実施している').map(Number).sort((a, b) => a - b);
    assert.deepEqual(plan.rows.slice(4).map((r) => r[0]).sort((a, b) => a - b), weak);
    assert.equal(plan.filter, `A4:J${4 + tasks}`);
    assert.equal(plan.orientation, 'landscape');
    assert.equal(plan.paper, 9);

    // The policy.
    await app.page.goBack();
    await app.button('診断の後にすること（★★・基本方針など）').click();
    await app.button('情報セキュリティ基本方針').click();
    await app.page.getByLabel('会社名').fill('株式会社テスト商事');
    await app.page.getByLabel('制定日').fill('2026-12-01');
    const policy = await officeFile('download-docx');
    assert.match(policy.name, /^jishin-shindan-policy-\d{4}-\d{2}-\d{2}\.docx$/);
    const paragraphs = policy.read.paragraphs;
    assert.deepEqual(policy.read.page_mm, [210, 297]);
    assert.deepEqual(paragraphs[0], { style: 'Title', text: '情報セキュリティ基本方針', right: false });
    assert.match(paragraphs[1].text, /^株式会社テスト商事（以下「当社」）は、/);
    assert.deepEqual(paragraphs.filter((p) => p.style === 'Heading 1').map((p) => p.text.slice(0, 2)), ['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.']);
    assert.deepEqual(paragraphs.slice(-3), [
      { style: 'Normal', text: '2026年12月1日 制定', right: true },
      { style: 'Normal', text: '株式会社テスト商事', right: true },
      { style: 'Normal', text: '署名　＿＿＿＿＿＿＿＿＿＿＿＿', right: true },
    ]);
    // Every line of the draft as shown is in the file, in order.
    const draft = (await app.page.getByTestId('draft-text').inputValue()).split('\n').map((l) => l.trim()).filter(Boolean);
    assert.deepEqual(paragraphs.slice(0, draft.length).map((p) => p.text), draft);

    // The rules sheet.
    await app.button('「診断の後に」へ戻る').click();
    await app.button('情報セキュリティ社内ルール').click();
    await app.page.getByLabel('責任者').fill('総務部 佐藤');
    const rules = (await officeFile('download-xlsx')).read.sheets[0];
    assert.equal(rules.name, '社内ルール');
    assert.equal(rules.rows[0][0], '株式会社テスト商事 情報セキュリティ社内ルール');
    assert.match(rules.rows[1][0], /責任者：総務部 佐藤$/);
    assert.deepEqual(rules.rows[4], ['No.', '項目', 'ルール', '現在の回答', '対策例', '担当者', '期限', '完了', 'メモ']);
    assert.equal(rules.rows.length, 5 + 24);
    for (let n = 1; n <= 24; n++) {
      const r = rules.rows[4 + n];
      assert.deepEqual([r[0], r[3]], [n, `${MARKS[answers[n]]} ${answers[n]}`], `rule ${n}`);
      assert.equal(r[2], await app.page.locator(`#rule-${n}`).inputValue(), `rule ${n} as on screen`);
    }
    assert.equal(rules.filter, 'A5:I29');
    assert.equal(rules.orientation, 'landscape');
    assert.equal(rules.print_titles, '$5:$5');

    // The handout.
    await app.button('「診断の後に」へ戻る').click();
    await app.button('従業員向け情報セキュリティ注意事項').click();
    const handout = (await officeFile('download-docx')).read.paragraphs;
    assert.equal(handout[0].text, '従業員向け情報セキュリティ注意事項');
    assert.match(handout[1].text, /^作成日：\d{4}年\d{1,2}月\d{1,2}日$/);
    assert.equal(handout[1].right, true);
    assert.ok(handout.some((p) => p.style === 'Heading 1' && p.text === '■ メール・FAX'));
    assert.deepEqual(handout.at(-1), { style: 'Normal', text: '確認日　　　　年　　月　　日　　氏名　＿＿＿＿＿＿＿＿＿＿', right: true });
  });

  test('a press whose code cannot be fetched says so; the next press makes the file', async () => {
    const answers = mixedAnswers();
    const ctx = await h.fresh({ serviceWorkers: 'block' });
    app = ctx;
    await app.page.route(/\/split-office-/, (r) => r.abort());
    await app.goto(h.server.url);
    await app.button('診断を始める').click();
    await app.answerAll(answers);
    await app.showResult();
    await app.page.getByTestId('download-xlsx').click();
    const failed = app.page.locator('.office-status', { hasText: 'ファイルを作る部分を読み込めませんでした' });
    await failed.waitFor();
    assert.equal(
      await failed.innerText(),
      'ファイルを作る部分を読み込めませんでした。インターネットにつながっているか確かめて、もう一度押してください。入力した内容は残っています。',
    );
    assert.equal(await app.heading().innerText(), '診断結果', 'the result stays');
    await app.page.unroute(/\/split-office-/);
    const [file] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('download-xlsx').click()]);
    assert.match(file.suggestedFilename(), /\.xlsx$/);
    await app.page.locator('.office-status').waitFor({ state: 'detached' });
  });
});
