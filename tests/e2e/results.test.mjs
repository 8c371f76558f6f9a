// Browser journeys for acting on a result (issue: results people act on): per-Part scores and the
// chart, the action plan, export/import between browsers, the share link and QR code, history and
// comparison, the next diagnosis, the A4 report in print, and the CSV and .ics downloads — in real
// Chromium against the release build served as static files.
//
// Every expectation is computed here from the sheet's rules (points 4 / 2 / 0 / −1, Part maxima
// 20 / 52 / 28, the plan's priority order), never copied from the app's output.

import { beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  POINTS, expectedBand, journeys, mixedAnswers, tally, uniformAnswers, storedJson,
} from './fixtures/app.mjs';

const VIEWPORT = { width: 360, height: 740 };

/** The sheet's three Parts: question numbers and titles. */
const PARTS = [
  { no: 1, title: '基本的対策', from: 1, to: 5 },
  { no: 2, title: '従業員としての対策', from: 6, to: 18 },
  { no: 3, title: '組織としての対策', from: 19, to: 25 },
];

const h = journeys({ viewport: VIEWPORT });
let app;
beforeEach(() => {
  app = h.app;
});

// ---- Expectations from the sheet's rules ------------------------------------------------------

/** Points and % of each Part's maximum (4 points per question), % rounded half away from zero. */
function expectedPartScores(answers) {
  return PARTS.map((part) => {
    let points = 0;
    for (let no = part.from; no <= part.to; no++) points += POINTS[answers[no]];
    const max = 4 * (part.to - part.from + 1);
    const percent = Math.sign(points) * Math.round((Math.abs(points) * 100) / max);
    return { ...part, points, max, percent };
  });
}

/** The action plan's order: Part 1, then わからない, then 実施していない, then 一部実施している. */
function expectedPlan(answers) {
  const weak = Object.entries(answers)
    .map(([no, label]) => ({ no: Number(no), label }))
    .filter((t) => t.label !== '実施している')
    .sort((x, y) => x.no - y.no);
  const rank = (t) => {
    if (t.no <= 5) return 0;
    return { わからない: 1, 実施していない: 2, 一部実施している: 3 }[t.label];
  };
  // Array.prototype.sort is stable: number order is kept within each group.
  return weak.sort((x, y) => rank(x) - rank(y));
}

/** What the task asks for, from the answer: わからない → 確認する. */
const TASK_VERB = { わからない: '確認する', 実施していない: '実施する', 一部実施している: '改善する' };

/** `answers` with some changed (number → label). */
function withChanges(answers, changes) {
  return { ...answers, ...changes };
}

/** YYYY-MM-DD `months` later, the day clamped to the end of the target month. */
function addMonths(date, months) {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

// ---- Steps ------------------------------------------------------------------------------------

const squash = (s) => s.replace(/\s+/g, ' ').trim();

async function totalText(a = app) {
  return squash(await a.page.getByTestId('total').innerText());
}

/** Completes a diagnosis with `answers` from the landing screen and waits for the result. */
async function complete(answers, a = app) {
  await a.goto(h.server.url);
  await a.button('診断を始める').click();
  await a.answerAll(answers);
  await a.showResult();
  assert.equal(await a.heading().innerText(), '診断結果');
  assert.equal(await totalText(a), `合計 ${tally(answers).total}点`);
}

/** 「結果を見る」 in the sticky status bar, available on every Part. */
async function showResultFromAnywhere(a = app) {
  await a.page.locator('.sticky-status').getByRole('button', { name: '結果を見る' }).click();
  assert.equal(await a.heading().innerText(), '診断結果');
}

/** Clicks `name` and returns the download's file name, local path and bytes. */
async function download(name, a = app) {
  const [file] = await Promise.all([a.page.waitForEvent('download'), a.button(name).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), path, bytes: await readFile(path) };
}

/** Goes to the history screen from the result or the landing screen. */
async function openHistory(a = app) {
  await a.button('履歴を見る').first().click();
  assert.equal(await a.heading().innerText(), '履歴');
}

/** Picks a file for 「データを読み込む」: a path, or { name, mimeType, buffer }. */
async function pickImport(file, a = app) {
  await a.page.locator('#import-file').setInputFiles(file);
}

async function historyTotals(a = app) {
  return a.page.getByTestId('history-total').allInnerTexts();
}

async function storedRecords(a = app) {
  return JSON.parse((await storedJson(a.page)) ?? 'null')?.records ?? null;
}

/**
 * Opens the app and imports, through 「データを読み込む」, an export file (src/store/transfer.rs,
 * schema 1) with `n` diagnoses of 履歴株式会社 1…n, one every 3 days from 2020-01-01.
 */
async function importHistory(n) {
  const choices = ['done', 'partial', 'not_done', 'unknown'];
  const history = Array.from({ length: n }, (_, i) => {
    const answers = {};
    for (let no = 1; no <= 25; no++) answers[no] = choices[(no + i) % 4];
    const day = new Date(Date.UTC(2020, 0, 1) + i * 3 * 86_400_000).toISOString();
    return { id: '', completed_at: day, company: `履歴株式会社 ${i + 1}`, respondent: '', answers };
  });
  const file = {
    format: 'jishin-shindan-export', schema_version: 1, app_version: '0.1.0',
    exported_at: '2026-01-01T00:00:00.000Z', current: {},
    records: { history, plan: {}, profile: { company: '', respondent: '' } },
  };
  await app.goto(h.server.url);
  await openHistory();
  await pickImport({ name: 'history.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await app.page.getByTestId('import-preview').getByRole('button', { name: '読み込む', exact: true }).click();
}

function task(no, a = app) {
  return a.page.locator(`[data-testid="task"][data-no="${no}"]`);
}

/** Writes a note on task `no` (committed when the field loses focus, as a user leaving it). */
async function writeNote(no, text, a = app) {
  const note = task(no, a).getByLabel('メモ');
  await note.fill(text);
  await note.blur();
}

// ---- Journeys ---------------------------------------------------------------------------------

describe('result at a glance and the action plan', () => {
  test('per-Part scores and chart follow the sheet; the plan is in priority order; ticks, notes and dates persist without changing the total', async () => {
    const answers = mixedAnswers();
    await complete(answers);

    // Per-Part points and % of the Part's maximum (20 / 52 / 28).
    const rows = await app.page.getByTestId('part-scores').locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].map((c) => c.textContent.replace(/\s+/g, ' ').trim())));
    const parts = expectedPartScores(answers);
    assert.deepEqual(parts.map((p) => p.max), [20, 52, 28]);
    assert.deepEqual(rows, parts.map((p) => [`Part ${p.no} ${p.title}`, `${p.points}点 / ${p.max}点`, `${p.percent}%`]));
    assert.equal(parts.reduce((s, p) => s + p.points, 0), tally(answers).total, 'the Parts add up to 合計');

    // The chart is SVG drawn by the app, with an accessible name and a table as text equivalent.
    const chart = app.page.getByTestId('chart');
    assert.equal(await chart.locator('svg').count(), 2);
    const bars = chart.getByRole('img', { name: /Part ごとの得点率/ });
    assert.equal(await bars.evaluate((el) => el.tagName.toLowerCase()), 'svg');
    assert.ok(await bars.isVisible());
    assert.equal(await chart.getByRole('img', { name: /25問の回答/ }).count(), 1);
    assert.equal(await chart.locator('.chart__grid rect').count(), 25, 'one cell per question');
    assert.equal(await chart.getByRole('table', { name: 'Part ごとの得点' }).count(), 1);
    // Each grid cell names its question and answer.
    const cellTitles = await chart.locator('.chart__grid rect > title').allTextContents();
    assert.deepEqual(cellTitles, Object.entries(answers).map(([no, l]) => `No.${no} ${l}`));

    // The action plan in priority order, each task with its verb and 対策例.
    await app.button('対策リストを開く').click();
    assert.equal(await app.heading().innerText(), '対策リスト');
    await app.planBuilt();
    const plan = expectedPlan(answers);
    const shown = await app.page.getByTestId('task').evaluateAll((els) => els.map((e) => Number(e.dataset.no)));
    assert.deepEqual(shown, plan.map((t) => t.no));
    assert.ok(plan.some((t) => t.no > 5 && t.label === 'わからない'), 'the set has a わからない task after Part 1');
    for (const t of plan) {
      const text = await task(t.no).innerText();
      assert.match(text, new RegExp(`${TASK_VERB[t.label]}\\s*No\\.${t.no} `), `No.${t.no} verb`);
      assert.match(text, /対策例/, `No.${t.no} 対策例`);
      assert.match(text, new RegExp(`回答：${t.label}`), `No.${t.no} answer`);
    }
    // 「確認する」 tasks say who to ask and what to check; the others do not need to.
    for (const t of plan) {
      const hint = task(t.no).locator('.task__hint');
      if (t.label === 'わからない') assert.match(await hint.innerText(), /に確認する。$/, `No.${t.no} hint`);
      else assert.equal(await hint.count(), 0, `No.${t.no} has no hint`);
    }
    assert.match(await app.page.getByTestId('plan-progress').innerText(), new RegExp(`完了 0 / ${plan.length} 件`));

    // Tick one, write a note and a target date.
    const chosen = plan[1].no;
    await task(chosen).getByRole('checkbox').check();
    await writeNote(chosen, 'IT業者の山田さんに相談する');
    await task(chosen).getByLabel('目標日').fill('2027-03-31');
    await task(chosen).getByLabel('目標日').blur();
    assert.match(await app.page.getByTestId('plan-progress').innerText(), new RegExp(`完了 1 / ${plan.length} 件`));
    // A note typed just before the tab is closed or reloaded (no blur) is kept as well.
    const other = plan[plan.length - 1].no;
    await task(other).getByLabel('メモ').pressSequentially('見積もりを依頼');

    await app.page.reload();
    await app.page.locator('main#main').waitFor();
    assert.equal(await app.heading().innerText(), '対策リスト');
    assert.equal(await task(chosen).getByRole('checkbox').isChecked(), true);
    assert.equal(await task(chosen).getByLabel('メモ').inputValue(), 'IT業者の山田さんに相談する');
    assert.equal(await task(chosen).getByLabel('目標日').inputValue(), '2027-03-31');
    assert.equal(await task(other).getByLabel('メモ').inputValue(), '見積もりを依頼');
    for (const t of plan.filter((t) => t.no !== chosen)) {
      assert.equal(await task(t.no).getByRole('checkbox').isChecked(), false, `No.${t.no} untouched`);
    }
    assert.match(await app.page.getByTestId('plan-progress').innerText(), new RegExp(`完了 1 / ${plan.length} 件`));

    // Ticking is not answering: the diagnosis is unchanged.
    await app.button('結果に戻る').click();
    assert.equal(await app.heading().innerText(), '診断結果');
    assert.equal(await totalText(), `合計 ${tally(answers).total}点`);
    assert.equal(await app.page.locator('#band-heading').innerText(), expectedBand(tally(answers).total).label);
    await app.button('回答を見直す').click();
    for (let no = 1; no <= 5; no++) assert.equal(await app.radio(no, answers[no]).isChecked(), true, `No.${no} answer kept`);
  });
});

describe('export and import', () => {
  test('everything moves to a fresh browser: preview, same history and latest result; a second import adds nothing and never overwrites newer notes', async () => {
    const answers = mixedAnswers();
    const total = tally(answers).total;
    await complete(answers);
    await app.button('対策リストを開く').click();
    const noteTask = expectedPlan(answers)[0].no;
    await writeNote(noteTask, '古いメモ');
    await app.button('結果に戻る').click();
    await openHistory();
    assert.deepEqual(await historyTotals(), [`${total}点`]);
    const date = await app.page.getByTestId('history-row').locator('td').nth(1).innerText();
    assert.match(date, /^\d{4}-\d{2}-\d{2}$/);
    const exported = await download('すべてのデータをダウンロード（JSON）');
    assert.match(exported.name, /^jishin-shindan-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(exported.bytes.toString('utf8'));
    assert.equal(file.schema_version, 1);
    assert.ok(file.app_version, 'the file names the app version');
    assert.equal(file.records.history.length, 1);

    // A fresh browser: nothing there yet.
    const other = await h.fresh();
    await other.goto(h.server.url);
    assert.equal(await other.page.getByTestId('latest-result').count(), 0);
    assert.equal(await other.button('診断を始める').count(), 1);
    // A new device has no history yet, but the landing screen still leads to 読み込む (on the
    // history screen).
    await other.button('履歴を見る').click();
    assert.equal(await other.heading().innerText(), '履歴');
    assert.equal(await other.page.getByTestId('history-empty').count(), 1);

    // The downloaded file itself, as a user would pick it.
    await pickImport(exported.path, other);
    const preview = other.page.getByTestId('import-preview');
    assert.match(await preview.innerText(), /追加される履歴：1件（すでにある履歴：0件）/);
    assert.match(await preview.innerText(), /回答中の診断：ファイルの回答を使います/);
    await preview.getByRole('button', { name: '読み込む', exact: true }).click();
    assert.match(await other.page.getByTestId('import-message').innerText(), /読み込みました/);
    assert.deepEqual(await historyTotals(other), [`${total}点`]);
    assert.equal(await other.page.getByTestId('history-row').locator('td').nth(1).innerText(), date);
    await other.button('はじめの画面へ').click();
    assert.match(await other.page.getByTestId('latest-result').innerText(), new RegExp(`前回の結果：${date}\\s+合計 ${total}点`));
    // The latest result opens with the same 合計 and band.
    await other.button('前回の結果を見る').click();
    assert.equal(await totalText(other), `合計 ${total}点`);
    assert.equal(await other.page.locator('#band-heading').innerText(), expectedBand(total).label);
    // The plan came along.
    await other.button('はじめの画面へ').click();
    await other.button('結果を見る').click();
    await other.button('対策リストを開く').click();
    assert.equal(await task(noteTask, other).getByLabel('メモ').inputValue(), '古いメモ');

    // A newer note here, then the same (older) file again: nothing new, nothing overwritten.
    await writeNote(noteTask, '新しいメモ', other);
    await other.button('結果に戻る').click();
    await openHistory(other);
    await pickImport(exported.path, other);
    const again = other.page.getByTestId('import-preview');
    assert.match(await again.innerText(), /追加される履歴：0件（すでにある履歴：1件）/);
    assert.match(await again.innerText(), /この端末の方が新しいため保持：1件/);
    assert.equal(await again.getByRole('button', { name: '読み込む', exact: true }).isDisabled(), true, 'nothing to import');
    assert.deepEqual(await historyTotals(other), [`${total}点`]);
    await other.page.reload();
    await other.page.locator('main#main').waitFor();
    assert.equal((await storedRecords(other)).plan[noteTask].note, '新しいメモ');

    // And where the import does add something, a newer note here still wins over the file's.
    const third = await h.fresh();
    await complete(answers, third);
    await third.button('対策リストを開く').click();
    await writeNote(noteTask, '三台目の新しいメモ', third);
    await third.button('結果に戻る').click();
    await openHistory(third);
    await pickImport(exported.path, third);
    const mixed = third.page.getByTestId('import-preview');
    assert.match(await mixed.innerText(), /追加される履歴：1件/);
    assert.match(await mixed.innerText(), /この端末の方が新しいため保持：1件/);
    await mixed.getByRole('button', { name: '読み込む', exact: true }).click();
    assert.deepEqual(await historyTotals(third), [`${total}点`, `${total}点`]);
    await third.button('はじめの画面へ').click();
    await third.button('結果を見る').click();
    await third.button('対策リストを開く').click();
    assert.equal(await task(noteTask, third).getByLabel('メモ').inputValue(), '三台目の新しいメモ');
  });
});

describe('import: files that must not get in', () => {
  /** A complete diagnosis here, then the history screen; returns what is stored. */
  async function withExistingData() {
    await complete(mixedAnswers());
    await openHistory();
    return storedJson(app.page);
  }

  /** Picks `file` and expects a message matching `pattern`, no preview and nothing changed. */
  async function rejected(file, pattern, stored) {
    await pickImport(file);
    const message = app.page.getByTestId('import-message');
    await message.waitFor();
    assert.match(await message.innerText(), pattern);
    assert.match(await message.innerText(), /[ぁ-んァ-ヶ一-龠]/, 'the message is in Japanese');
    assert.equal(await app.page.getByTestId('import-preview').count(), 0);
    assert.deepEqual(await historyTotals(), [`${tally(mixedAnswers()).total}点`]);
    assert.equal(await storedJson(app.page), stored, 'saved data untouched');
  }

  test('malformed, huge and future-version files are refused with a clear message and nothing changes', async () => {
    const stored = await withExistingData();
    const exported = JSON.parse((await download('すべてのデータをダウンロード（JSON）')).bytes.toString('utf8'));
    const json = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

    await rejected(json('broken.json', JSON.stringify(exported).slice(0, 200)), /読み取れませんでした.*壊れている/s, stored);
    await rejected(json('other.json', '{"name":"some other app","items":[1,2,3]}'), /ダウンロードファイルではありません/, stored);
    await rejected(json('list.json', '[1,2,3]'), /ダウンロードファイルではありません/, stored);
    const huge = Buffer.alloc(5 * 1024 * 1024 + 1, 0x20);
    await rejected({ name: 'huge.json', mimeType: 'application/json', buffer: huge }, /ファイルが大きすぎます（5\.0 MB を超えています）/, stored);
    await rejected(json('future.json', JSON.stringify({ ...exported, schema_version: 99 })), /新しいバージョン.*最新版に更新/s, stored);
    const wrongType = { ...exported, records: { ...exported.records, history: 'lots' } };
    await rejected(json('wrong-type.json', JSON.stringify(wrongType)), /正しくない値/, stored);
  });

  test('HTML and script in names stay text: nothing runs, no element is created, existing data is kept', async () => {
    const stored = await withExistingData();
    const before = JSON.parse(stored).records.history;
    const exported = JSON.parse((await download('すべてのデータをダウンロード（JSON）')).bytes.toString('utf8'));
    const hostileCompany = '<img src=x onerror="window.__pwned=1">株式会社<b>太字</b>';
    const hostileRespondent = '<script>window.__pwned=2</script>';
    const entry = {
      ...exported.records.history[0],
      id: '<svg onload="window.__pwned=3">',
      completed_at: '2025-06-01T01:02:03.000Z',
      company: hostileCompany,
      respondent: hostileRespondent,
    };
    const file = {
      ...exported,
      current: {},
      records: { history: [entry], plan: {}, profile: { company: hostileCompany, respondent: hostileRespondent } },
    };
    const name = '<img src=y onerror="window.__pwned=4">.json';
    await pickImport({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    const preview = app.page.getByTestId('import-preview');
    assert.match(await preview.innerText(), /追加される履歴：1件/);
    assert.ok((await preview.innerText()).includes(name), 'the file name is shown as text');
    await preview.getByRole('button', { name: '読み込む', exact: true }).click();
    assert.match(await app.page.getByTestId('import-message').innerText(), /読み込みました/);

    const table = app.page.getByTestId('history');
    assert.ok((await table.innerText()).includes(hostileCompany), 'the company name is shown as text');
    assert.equal(await app.page.locator('main img, main script, main b, main svg[onload]').count(), 0);
    // The existing entry is still there, unchanged.
    const after = (await storedRecords()).history;
    assert.deepEqual(after.filter((e) => e.id === before[0].id), before);
    assert.equal(after.length, 2);
    assert.deepEqual(await historyTotals(), [`${tally(mixedAnswers()).total}点`, `${tally(mixedAnswers()).total}点`]);

    // The names on the report are text too.
    await app.button('はじめの画面へ').click();
    await app.button('結果を見る').click();
    await app.button('印刷用レポート（A4）').click();
    assert.equal(await app.page.getByTestId('report-company').innerText(), hostileCompany);
    assert.equal(await app.page.getByLabel('会社名').inputValue(), hostileCompany);
    assert.equal(await app.page.locator('main img, main script, main b').count(), 0);
    assert.equal(await app.page.evaluate(() => window.__pwned), undefined, 'no script ran');
  });
});

describe('share link and QR code', () => {
  test('the link opens the same result read-only in a fresh browser, can be saved to its history; a corrupted link says so', async () => {
    const answers = mixedAnswers();
    const expected = tally(answers);
    const band = expectedBand(expected.total);
    await complete(answers);

    // The code is drawn once the share panel nears the screen.
    await app.page.locator('#share-heading').scrollIntoViewIfNeeded();
    const qr = app.page.getByTestId('qr');
    assert.equal(await qr.evaluate((el) => el.tagName.toLowerCase()), 'svg');
    assert.ok(await qr.isVisible());
    assert.ok((await qr.locator('path').getAttribute('d')).length > 100, 'the QR code has modules');
    const link = await app.page.getByTestId('share-link').inputValue();
    const match = /^(.*)#r=([0-9a-z]+)&d=(\d{4}-\d{2}-\d{2})$/.exec(link);
    assert.ok(match, link);
    assert.equal(match[1], h.server.url, 'the link is this app with the answers and the day in the fragment only');
    const today = await app.page.evaluate(() => new Date().toLocaleDateString('sv'));
    assert.equal(match[3], today, 'the day of this diagnosis');

    const other = await h.fresh();
    await other.goto(link);
    assert.equal(await other.heading().innerText(), '診断結果（読み取り専用）');
    assert.equal(await totalText(other), `合計 ${expected.total}点`);
    assert.equal(await other.page.locator('#band-heading').innerText(), band.label);
    assert.equal(await other.page.getByTestId('band-message').innerText(), band.message);
    assert.match(await other.page.getByTestId('tally-c').innerText(), new RegExp(`マイナス\\(-\\) ${-expected.c}点`));
    assert.equal(await other.page.getByTestId('shared-date').innerText(), `診断日：${today}`);
    await other.button('この結果を履歴に加える').click();
    assert.match(await other.page.getByTestId('shared-saved').innerText(), /履歴に保存しました/);
    assert.equal(await other.button('この結果を履歴に加える').isDisabled(), true, 'saved once');
    await other.button('はじめの画面へ').click();
    // Opening a link does not touch this browser's own diagnosis.
    assert.equal(await other.button('診断を始める').count(), 1);
    assert.match(await other.page.getByTestId('latest-result').innerText(), new RegExp(`合計 ${expected.total}点`));
    await openHistory(other);
    assert.deepEqual(await historyTotals(other), [`${expected.total}点`]);
    // Opened again from the history it is already saved: no second copy.
    await other.button('結果を見る').click();
    assert.equal(await other.heading().innerText(), '診断結果（読み取り専用）');
    assert.equal(await other.button('この結果を履歴に加える').isDisabled(), true);
    assert.match(await other.page.getByTestId('shared-saved').innerText(), /履歴にあります/);

    // One character changed (to another valid character): an error, and the normal app.
    const code = match[2];
    const i = 6;
    const swapped = code[i] === 'a' ? 'b' : 'a';
    const broken = `${match[1]}#r=${code.slice(0, i)}${swapped}${code.slice(i + 1)}`;
    const third = await h.fresh();
    await third.goto(broken);
    assert.match(await third.page.getByTestId('share-error').innerText(), /共有リンク/);
    assert.equal(await third.heading().innerText(), '5分でできる！情報セキュリティ自社診断');
    assert.equal(await third.button('診断を始める').count(), 1);
    assert.equal(await third.page.getByTestId('total').count(), 0);

    // The QR code is in the report as well.
    await app.button('印刷用レポート（A4）').click();
    await app.page.getByTestId('qr').waitFor(); // the report is in the whole app (issue 16)
    assert.equal(await app.page.getByTestId('qr').count(), 1);
    assert.ok(await app.page.getByTestId('qr').isVisible());
  });
});

describe('history and comparison', () => {
  test('two diagnoses on different days: both listed with totals, and the exact change between them', async () => {
    await app.page.clock.install({ time: new Date('2026-01-10T09:00:00Z') });
    const first = mixedAnswers();
    await complete(first);

    // Half a year later: the next diagnosis starts from these answers; change some.
    await app.page.clock.setSystemTime(new Date('2026-07-10T09:00:00Z'));
    await app.button('もう一度診断する（今回の回答から）').click();
    const changes = { 1: '実施している', 3: 'わからない', 4: '実施していない', 9: '実施している', 20: '実施していない' };
    const second = withChanges(first, changes);
    assert.notEqual(first[1], '実施している');
    await app.answerAll(changes);
    await app.showResult();
    assert.equal(await totalText(), `合計 ${tally(second).total}点`);
    // Reviewing this diagnosis (back to the result after changing an answer) updates its own entry.
    await app.button('回答を見直す').click();
    const final = withChanges(second, { 13: '実施している' });
    await app.answer(13, '実施している');
    await showResultFromAnywhere();
    assert.equal(await totalText(), `合計 ${tally(final).total}点`);

    // Looking at the result again another day (landing screen, plan, report) is not a diagnosis.
    await app.page.clock.setSystemTime(new Date('2026-07-20T09:00:00Z'));
    await app.page.reload();
    await app.page.locator('main#main').waitFor();
    await openHistory();
    await app.button('はじめの画面へ').click();
    await app.button('結果を見る').click();
    await app.button('対策リストを開く').click();
    await app.button('結果に戻る').click();
    await app.button('印刷用レポート（A4）').click();
    await app.button('結果に戻る').click();
    assert.equal(await totalText(), `合計 ${tally(final).total}点`);

    await openHistory();
    const rows = await app.page.getByTestId('history-row').evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].slice(1, 4).map((c) => c.textContent.trim())));
    assert.deepEqual(rows, [
      ['2026-07-10', '', `${tally(final).total}点`],
      ['2026-01-10', '', `${tally(first).total}点`],
    ]);

    await app.page.getByRole('checkbox', { name: /2026-01-10/ }).check();
    assert.equal(await app.page.getByTestId('comparison').count(), 0, 'one is not a comparison');
    await app.page.getByRole('checkbox', { name: /2026-07-10/ }).check();
    const comparison = app.page.getByTestId('comparison');
    const delta = tally(final).total - tally(first).total;
    assert.equal(await comparison.getByTestId('comparison-total').innerText(),
      `合計 ${tally(first).total}点 → ${tally(final).total}点（${delta > 0 ? '+' : ''}${delta}点）`);
    const improved = [];
    const worsened = [];
    for (let no = 1; no <= 25; no++) {
      const d = POINTS[final[no]] - POINTS[first[no]];
      if (d > 0) improved.push(`No.${no} .*：${first[no]} → ${final[no]}`);
      if (d < 0) worsened.push(`No.${no} .*：${first[no]} → ${final[no]}`);
    }
    assert.ok(improved.length >= 2 && worsened.length >= 1);
    const improvedShown = await comparison.getByTestId('improved').locator('li').allInnerTexts();
    const worsenedShown = await comparison.getByTestId('worsened').locator('li').allInnerTexts();
    assert.equal(improvedShown.length, improved.length);
    assert.equal(worsenedShown.length, worsened.length);
    improved.forEach((re, k) => assert.match(improvedShown[k], new RegExp(`^${re}$`)));
    worsened.forEach((re, k) => assert.match(worsenedShown[k], new RegExp(`^${re}$`)));
    // Per Part, too.
    const partRows = await comparison.locator('table tbody tr td').allInnerTexts();
    const b = expectedPartScores(first);
    const a = expectedPartScores(final);
    assert.deepEqual(partRows, b.map((p, k) => {
      const d = a[k].points - p.points;
      return `${p.points}点 → ${a[k].points}点（${d > 0 ? '+' : ''}${d}）`;
    }));
  });
});

describe('every completed diagnosis is kept', () => {
  test('three diagnoses on one day (after 最初からやり直す and もう一度診断する) are three entries with their times; reviewing the latest changes only it; export → import keeps all three; two of them compare', async () => {
    await app.page.clock.install({ time: new Date('2026-11-29T01:00:00Z') });
    const first = mixedAnswers();
    await complete(first);

    // 「最初からやり直す」 (confirmed), then a second diagnosis with other answers.
    await app.page.clock.setSystemTime(new Date('2026-11-29T02:00:00Z'));
    await app.button('最初からやり直す').click();
    await app.button('回答を消去してやり直す').click();
    const second = uniformAnswers('一部実施している');
    await app.button('診断を始める').click();
    await app.answerAll(second);
    await app.showResult();
    assert.equal(await totalText(), `合計 ${tally(second).total}点`);

    // 「もう一度診断する（今回の回答から）」: a third diagnosis that starts from the second's answers.
    await app.page.clock.setSystemTime(new Date('2026-11-29T03:00:00Z'));
    await app.button('もう一度診断する（今回の回答から）').click();
    const third = withChanges(second, { 1: '実施している', 2: '実施している' });
    await app.answerAll({ 1: third[1], 2: third[2] });
    await showResultFromAnywhere();
    assert.equal(await totalText(), `合計 ${tally(third).total}点`);

    const rows = async (a = app) => a.page.getByTestId('history-row').evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].slice(1, 4).map((c) => c.textContent.trim())));
    // The clock is UTC in this browser (no timezoneId): local times equal the UTC ones.
    const expectedRows = (t3) => [
      ['2026-11-29 03:00', '', `${tally(t3).total}点`],
      ['2026-11-29 02:00', '', `${tally(second).total}点`],
      ['2026-11-29 01:00', '', `${tally(first).total}点`],
    ];
    await openHistory();
    assert.deepEqual(await rows(), expectedRows(third), 'three entries, newest first, with their times');

    // Reviewing an answer of the latest diagnosis changes only the latest entry.
    await app.page.clock.setSystemTime(new Date('2026-11-29T04:00:00Z'));
    await app.button('はじめの画面へ').click();
    await app.button('結果を見る').click();
    await app.button('回答を見直す').click();
    const reviewed = withChanges(third, { 25: '実施していない' });
    assert.notEqual(third[25], '実施していない');
    await app.answer(25, '実施していない');
    await showResultFromAnywhere();
    assert.equal(await totalText(), `合計 ${tally(reviewed).total}点`);
    await openHistory();
    assert.deepEqual(await rows(), expectedRows(reviewed), 'the latest entry changed in place, the others not');
    // Still three after a reload and another look at the result.
    await app.page.reload();
    await app.page.locator('main#main').waitFor();
    await app.button('はじめの画面へ').click();
    await app.button('結果を見る').click();
    await openHistory();
    assert.deepEqual(await rows(), expectedRows(reviewed));

    // Export → import in a fresh browser: all three, with their times.
    const exported = await download('すべてのデータをダウンロード（JSON）');
    assert.equal(JSON.parse(exported.bytes.toString('utf8')).records.history.length, 3);
    const other = await h.fresh();
    await other.page.clock.install({ time: new Date('2026-11-30T00:00:00Z') });
    await other.goto(h.server.url);
    await openHistory(other);
    await pickImport(exported.path, other);
    assert.match(await other.page.getByTestId('import-preview').innerText(), /追加される履歴：3件（すでにある履歴：0件）/);
    await other.page.getByTestId('import-preview').getByRole('button', { name: '読み込む', exact: true }).click();
    assert.deepEqual(await rows(other), expectedRows(reviewed));

    // Comparing two diagnoses of the same day.
    await other.page.getByRole('checkbox', { name: /2026-11-29 01:00/ }).check();
    await other.page.getByRole('checkbox', { name: /2026-11-29 02:00/ }).check();
    const comparison = other.page.getByTestId('comparison');
    assert.match(await comparison.getByRole('heading', { level: 2 }).innerText(), /2026-11-29 01:00 → 2026-11-29 02:00/);
    const delta = tally(second).total - tally(first).total;
    assert.equal(await comparison.getByTestId('comparison-total').innerText(),
      `合計 ${tally(first).total}点 → ${tally(second).total}点（${delta > 0 ? '+' : ''}${delta}点）`);
  });
});

describe('a long history', () => {
  test('120 diagnoses: the newest 50 at first, 「さらに表示」 adds 50 at a time with focus on the first new row', async () => {
    await importHistory(120);
    const companies = () => app.page.getByTestId('history-row').locator('td:nth-child(3)').allInnerTexts();
    await app.page.getByText('履歴株式会社 120').waitFor();

    let shown = await companies();
    assert.equal(shown.length, 50);
    assert.deepEqual(shown.slice(0, 2), ['履歴株式会社 120', '履歴株式会社 119'], 'newest first');
    // A box ticked on the first page stays ticked when more rows appear.
    await app.page.getByTestId('history-row').nth(1).getByRole('checkbox').check();
    const more = app.page.getByTestId('history-more');
    assert.equal(await more.innerText(), 'さらに表示（残り70件）');
    await more.focus();
    await app.page.keyboard.press('Enter');
    await app.expectFocus('history-pick-50');
    shown = await companies();
    assert.equal(shown.length, 100);
    assert.equal(shown[50], '履歴株式会社 70');
    assert.equal(await app.page.getByTestId('history-row').nth(1).getByRole('checkbox').isChecked(), true);
    assert.equal(await more.innerText(), 'さらに表示（残り20件）');
    await more.click();
    shown = await companies();
    assert.equal(shown.length, 120);
    assert.equal(shown[119], '履歴株式会社 1');
    assert.equal(await more.count(), 0, 'no button once everything is listed');
  });

  test('typing a note writes the small saved data, never the 120 diagnoses again; a new result writes the history once', async () => {
    // Every localStorage write is recorded by key (the history is stored under a key of its own).
    await app.page.addInitScript(() => {
      const original = Storage.prototype.setItem;
      window.__writes = [];
      Storage.prototype.setItem = function (key, value) {
        window.__writes.push([key, value.length]);
        return original.call(this, key, value);
      };
    });
    await importHistory(120);
    await app.page.getByText('履歴株式会社 120').waitFor();
    const writes = () => app.page.evaluate(() => window.__writes.splice(0));
    const historyWrites = (list) => list.filter(([key]) => key === 'jishin-shindan.history');
    const importWrites = await writes();
    assert.equal(historyWrites(importWrites).length, 1, 'the import wrote the history');

    // A diagnosis of our own (from the landing's address; the page reloads): its result is a new
    // history entry.
    await app.goto(`${h.server.url}?screen=start`);
    await app.button('診断を始める').click();
    await app.answerAll(mixedAnswers());
    await app.showResult();
    assert.ok(historyWrites(await writes()).length >= 1, 'the new result wrote the history');
    assert.equal(JSON.parse(await app.page.evaluate(() => localStorage.getItem('jishin-shindan.history'))).length, 121);

    // Typing a note, key by key: each keystroke is saved, none of them writes the history.
    await app.button('対策リストを開く').click();
    const no = expectedPlan(mixedAnswers())[0].no;
    const note = task(no).getByLabel('メモ');
    await note.click();
    await writes();
    await app.page.keyboard.type('ルーターを更新', { delay: 20 });
    await note.blur();
    const list = await writes();
    assert.equal(historyWrites(list).length, 0, 'no keystroke wrote the history');
    const sessionWrites = list.filter(([key]) => key === 'jishin-shindan.session');
    assert.ok(sessionWrites.length >= 7, `every keystroke was saved (${sessionWrites.length} writes)`);
    const historySize = await app.page.evaluate(() => localStorage.getItem('jishin-shindan.history').length);
    assert.ok(Math.max(...sessionWrites.map(([, n]) => n)) < historySize / 10, 'each write is small beside the history');
    const records = await storedRecords();
    assert.equal(records.plan[no].note, 'ルーターを更新');
    assert.equal(records.history.length, 121);
    // After a reload everything is there.
    await app.page.reload();
    await app.page.locator('main#main').waitFor();
    assert.equal(await task(no).getByLabel('メモ').inputValue(), 'ルーターを更新');
    assert.equal((await storedRecords()).history.length, 121);
  });
});

describe('saved data of an earlier version', () => {
  test('a history saved inside the diagnosis (schema 2) moves to its own key on the first write and survives reloads', async () => {
    const saved = await readFile(new URL('../fixtures/snapshot-v2-history.json', import.meta.url), 'utf8');
    const entries = JSON.parse(saved).records.history.length;
    await app.page.addInitScript((value) => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('jishin-shindan.session', value);
      }
    }, saved);
    await app.goto(h.server.url);
    await openHistory();
    assert.equal(await app.page.getByTestId('history-row').count(), entries);
    // Opening the history was saved (the screen): the history now has its own key.
    const stored = await app.page.evaluate(() => [localStorage.getItem('jishin-shindan.session'), localStorage.getItem('jishin-shindan.history')]);
    assert.match(stored[0], /"version":4/);
    assert.match(stored[0], /"records":\{"history":"@history"/);
    assert.equal(JSON.parse(stored[1]).length, entries);
    for (let i = 0; i < 2; i++) {
      await app.page.reload();
      await app.page.locator('main#main').waitFor();
      assert.equal(await app.heading().innerText(), '履歴');
      assert.equal(await app.page.getByTestId('history-row').count(), entries);
    }
    assert.equal((await storedRecords()).history.length, entries);
  });
});

describe('the next diagnosis', () => {
  test('「もう一度診断する（今回の回答から）」 starts Part 1 with every previous answer selected', async () => {
    const answers = mixedAnswers();
    await complete(answers);
    await app.button('もう一度診断する（今回の回答から）').click();
    assert.match(await app.heading().innerText(), /Part 1\s*基本的対策/);
    assert.match(await app.progressText(), /回答済み\s*25\s*\/\s*25/);
    for (const part of PARTS) {
      if (part.no > 1) await app.button('次へ').click();
      for (let no = part.from; no <= part.to; no++) {
        assert.equal(await app.radio(no, answers[no]).isChecked(), true, `No.${no} pre-selected`);
      }
    }
    // Only what moved needs changing.
    assert.notEqual(answers[3], '実施している');
    await app.answer(3, '実施している');
    await showResultFromAnywhere();
    assert.equal(await totalText(), `合計 ${tally(withChanges(answers, { 3: '実施している' })).total}点`);
  });
});

describe('A4 report', () => {
  test('in print the report shows company, 合計, the plan with 対策例 and the QR code, and no app chrome; it fits A4 in one or two pages', async () => {
    const answers = mixedAnswers();
    const total = tally(answers).total;
    await complete(answers);
    await app.button('印刷用レポート（A4）').click();
    assert.equal(await app.heading().innerText(), '情報セキュリティ自社診断 結果レポート');
    const company = '株式会社テスト商事';
    await app.page.getByLabel('会社名').fill(company);
    await app.page.getByLabel('会社名').press('Tab');
    await app.page.getByLabel('回答者').fill('情報 太郎');
    await app.page.getByLabel('回答者').press('Tab');

    await app.page.emulateMedia({ media: 'print' });
    const visible = (locator) => locator.isVisible();
    assert.ok(await visible(app.heading()), 'report heading');
    assert.equal(await app.page.getByTestId('report-company').innerText(), company);
    assert.ok(await visible(app.page.getByTestId('report-company')));
    assert.equal(await totalText(), `合計 ${total}点`);
    assert.ok(await visible(app.page.getByTestId('total')));
    assert.ok(await visible(app.page.locator('#band-heading')));
    assert.ok(await visible(app.page.getByTestId('chart')));
    const plan = app.page.getByRole('region', { name: '対策リスト' });
    assert.ok(await visible(plan), 'the action plan');
    const items = await plan.locator('li').allInnerTexts();
    const expected = expectedPlan(answers);
    assert.equal(items.length, expected.length);
    expected.forEach((t, k) => {
      assert.match(items[k], new RegExp(`【${TASK_VERB[t.label]}】No\\.${t.no} `), `plan item ${k + 1}`);
      assert.match(items[k], /対策例：\S/, `plan item ${k + 1} 対策例`);
    });
    assert.ok(await visible(app.page.getByTestId('qr')), 'QR code');
    // No app chrome: no button, no header or footer, no navigation, no form field.
    for (const button of await app.page.locator('button').all()) {
      assert.equal(await button.isVisible(), false, `button ${await button.textContent()} hidden in print`);
    }
    for (const chrome of ['.site-header', '.site-footer', 'nav', '[role="navigation"]', 'input', 'textarea']) {
      for (const el of await app.page.locator(chrome).all()) {
        assert.equal(await el.isVisible(), false, `${chrome} hidden in print`);
      }
    }

    // A4's printable width (210 mm − 2 × 12 mm margins ≈ 703 CSS px) holds the report without
    // horizontal overflow.
    await app.page.setViewportSize({ width: 703, height: 1000 });
    const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `no horizontal overflow at A4 width (${overflow}px)`);
    // Headless Chromium prints to PDF: A4, one or two pages.
    const pdfBytes = await app.page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pdfPages(pdfBytes);
    assert.ok(pages >= 1 && pages <= 2, `the report prints on 1–2 A4 pages, not ${pages}`);
    const pdf = pdfBytes.toString('latin1');
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf);
    assert.ok(box, 'the PDF has a page size');
    assert.ok(Math.abs(Number(box[1]) - 595.28) < 1 && Math.abs(Number(box[2]) - 841.89) < 1, `A4 page, not ${box[1]}×${box[2]}`);

    // Naming the company on the report names this diagnosis; it does not add another one.
    await app.page.emulateMedia({ media: 'screen' });
    await app.button('結果に戻る').click();
    await openHistory();
    const rows = await app.page.getByTestId('history-row').evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].slice(2, 4).map((c) => c.textContent.trim())));
    assert.deepEqual(rows, [[company, `${total}点`]]);
  });
});

/** Pages of a PDF: its `/Type /Page` objects (not `/Pages`). */
function pdfPages(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

describe('A4 report: the longest plan', () => {
  test('with all 25 questions to work on, the report still prints on two A4 pages', async () => {
    const answers = uniformAnswers('わからない');
    await complete(answers);
    await app.button('印刷用レポート（A4）').click();
    await app.page.getByLabel('会社名').fill('株式会社テスト商事');
    await app.page.getByLabel('会社名').press('Tab');
    await app.page.emulateMedia({ media: 'print' });
    assert.equal(await app.page.getByRole('region', { name: '対策リスト' }).locator('li').count(), 25);
    const pages = pdfPages(await app.page.pdf({ format: 'A4', preferCSSPageSize: true }));
    assert.ok(pages >= 1 && pages <= 2, `25 tasks print on 1–2 A4 pages, not ${pages}`);
  });
});

/** Parses RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/**
 * The pattern of `at` (give or take the seconds a journey takes) as the app writes a local time
 * for people: `YYYY-MM-DD HH:M? (UTC±HH:MM)` on the clock of Node's (and the browser's) time zone.
 */
function localStampPattern(at) {
  const pad = (n) => String(n).padStart(2, '0');
  const east = -at.getTimezoneOffset();
  const offset = `${east < 0 ? '-' : '\\+'}${pad(Math.floor(Math.abs(east) / 60))}:${pad(Math.abs(east) % 60)}`;
  const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  const minute = pad(at.getMinutes());
  return new RegExp(`^${day} ${pad(at.getHours())}:${minute[0]}\\d \\(UTC${offset}\\)$`);
}

describe('downloads', () => {
  test('CSV: a BOM, a header, 25 question rows and the A/B/C/合計 rows as on the sheet', async () => {
    await app.page.clock.install({ time: new Date('2026-08-31T09:00:00Z') });
    const answers = mixedAnswers();
    const expected = tally(answers);
    await complete(answers);
    const csv = await download('結果をCSVでダウンロード');
    assert.match(csv.name, /^jishin-shindan-result-2026-08-31\.csv$/);
    assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM for Excel');
    const rows = parseCsv(csv.bytes.toString('utf8').slice(1));
    assert.deepEqual(rows[0], ['No', 'Part', '質問', '回答', '点数', '解説見出し', '対策例']);
    const questions = rows.slice(1, 26);
    assert.equal(questions.length, 25);
    questions.forEach((r, k) => {
      const no = k + 1;
      const part = PARTS.find((p) => no >= p.from && no <= p.to).no;
      assert.equal(r.length, 7, `row ${no} has 7 columns`);
      assert.deepEqual([r[0], r[1], r[3], r[4]], [String(no), String(part), answers[no], String(POINTS[answers[no]])], `No.${no}`);
      assert.ok(r[2].length > 5 && r[5].length > 1 && r[6].length > 1, `No.${no} has question, heading and 対策例`);
    });
    const totals = rows.slice(26, 30).map((r) => [r[0], r[4]]);
    assert.deepEqual(totals, [['A', String(expected.a)], ['B', String(expected.b)], ['C', String(expected.c)], ['合計', String(expected.total)]]);
    // Then when the diagnosis was made, and nothing else.
    // Written as the device's clock showed it, with the offset stated (issue 34). This browser
    // runs in the host's time zone, which Node shares: the expectation comes from Node's clock.
    assert.equal(rows[30][0], '診断日時');
    assert.match(rows[30][2], localStampPattern(new Date('2026-08-31T09:00:00Z')));
    assert.equal(rows.length, 31);

    // Downloaded again a week later, it is still the same diagnosis with the same date.
    await app.page.clock.setSystemTime(new Date('2026-09-07T09:00:00Z'));
    await app.page.reload();
    await app.page.locator('main#main').waitFor();
    const later = await download('結果をCSVでダウンロード');
    assert.equal(later.name, csv.name);
    assert.deepEqual(later.bytes, csv.bytes);
  });

  test('.ics reminders: an all-day event 6 (or 12) months after the diagnosis', async () => {
    await app.page.clock.install({ time: new Date('2026-08-31T09:00:00Z') });
    await complete(uniformAnswers('一部実施している'));
    const uids = {};
    for (const months of [6, 12]) {
      const ics = await download(`${months}か月後の再チェックをカレンダーに追加（.ics）`);
      assert.match(ics.name, /\.ics$/);
      const text = ics.bytes.toString('utf8');
      assert.match(text, /^BEGIN:VCALENDAR\r\n/);
      const due = addMonths('2026-08-31', months).replaceAll('-', '');
      assert.match(text, new RegExp(`\\r\\nDTSTART;VALUE=DATE:${due}\\r\\n`), `${months} months → ${due}`);
      assert.match(text.replace(/\r\n /g, ''), /SUMMARY:情報セキュリティ自社診断の再チェック/);
      uids[months] = /\r\nUID:([^\r]+)\r\n/.exec(text)[1];
    }
    assert.notEqual(uids[6], uids[12]);
    assert.equal(addMonths('2026-08-31', 6), '2027-02-28', 'the day is clamped to the end of February');

    // Downloaded again a week later for the same diagnosis: still 6 months after the diagnosis,
    // and the same event (same UID), so the calendar updates it instead of adding a second one.
    await app.page.clock.setSystemTime(new Date('2026-09-07T09:00:00Z'));
    await app.page.reload();
    await app.page.locator('main#main').waitFor();
    const again = (await download('6か月後の再チェックをカレンダーに追加（.ics）')).bytes.toString('utf8');
    assert.match(again, /\r\nDTSTART;VALUE=DATE:20270228\r\n/);
    assert.equal(/\r\nUID:([^\r]+)\r\n/.exec(again)[1], uids[6]);
  });
});

describe('a phone whose browser deleted the saved data (issue 20)', () => {
  test('the reminder links to the app with its ?org= and the last result; opened in an empty browser it goes back into the history with its date, once', async () => {
    const org = await h.fresh();
    await org.page.clock.install({ time: new Date('2026-05-20T03:00:00Z') });
    await org.goto(`${h.server.url}?org=sapporo-cci`);
    const answers = mixedAnswers();
    const expected = tally(answers);
    await org.button('診断を始める').click();
    await org.answerAll(answers);
    await org.showResult();
    const ics = (await download('6か月後の再チェックをカレンダーに追加（.ics）', org)).bytes.toString('utf8');
    const lines = ics.replace(/\r\n /g, '').split('\r\n');
    const url = lines.find((l) => l.startsWith('URL:'))?.slice(4);
    assert.ok(url, ics);
    const match = /^(.*)#r=[0-9a-z]+&d=2026-05-20$/.exec(url);
    assert.ok(match, url);
    assert.equal(match[1], `${h.server.url}?org=sapporo-cci`);
    assert.ok(lines.find((l) => l.startsWith('DESCRIPTION:')).endsWith(url.replaceAll(',', '\\,').replaceAll(';', '\\;')));
    // The share link and the printed report's QR code carry the same address.
    assert.equal(await org.page.getByTestId('share-link').inputValue(), url);
    await org.page.locator('#share-heading').scrollIntoViewIfNeeded();
    const qr = await org.page.getByTestId('qr').first().locator('path').getAttribute('d');
    await org.button('印刷用レポート（A4）').click();
    assert.equal(await org.page.getByTestId('qr').locator('path').getAttribute('d'), qr, 'the report\'s QR code encodes the same dated link');

    // Months later, on a phone whose storage was wiped: a fresh browser opens the link.
    const wiped = await h.fresh();
    await wiped.goto(url);
    assert.equal(await wiped.heading().innerText(), '診断結果（読み取り専用）');
    assert.equal(await totalText(wiped), `合計 ${expected.total}点`);
    assert.equal(await wiped.page.getByTestId('shared-date').innerText(), '診断日：2026-05-20');
    await wiped.button('この結果を履歴に加える').click();
    assert.equal(await wiped.button('この結果を履歴に加える').isDisabled(), true, 'once');
    await wiped.page.reload();
    await wiped.page.locator('main#main').waitFor();
    assert.equal(await wiped.button('この結果を履歴に加える').isDisabled(), true, 'still once after a reload');
    await wiped.button('はじめの画面へ').click();
    assert.match(await wiped.page.getByTestId('latest-result').innerText(), /前回の結果：2026-05-20/);
    await openHistory(wiped);
    assert.equal(await wiped.page.getByTestId('history-row').count(), 1);
    assert.equal(await wiped.page.getByTestId('history-row').locator('td').nth(1).innerText(), '2026-05-20');
    assert.deepEqual(await historyTotals(wiped), [`${expected.total}点`]);
  });

  test('after a result, Safari in a tab gets the note about its 7-day deletion with both remedies; closed, it stays closed; other browsers never see it', async () => {
    const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
    const safari = await h.fresh({ userAgent: iphone });
    await safari.page.addInitScript(() => {
      window.__persistCalls = 0;
      const persist = StorageManager.prototype.persist;
      StorageManager.prototype.persist = function () { window.__persistCalls += 1; return persist.call(this); };
    });
    await complete(uniformAnswers('一部実施している'), safari);
    const note = safari.page.getByTestId('expiry-note');
    assert.match(await note.innerText(), /7日間[\s\S]*ホーム画面に追加[\s\S]*データをダウンロード/);
    assert.ok(await safari.page.evaluate(() => window.__persistCalls) >= 1, 'persistent storage was asked for');
    const file = await download('データをダウンロード', safari);
    assert.equal(JSON.parse(file.bytes.toString('utf8')).records.history.length, 1);
    await note.getByRole('button', { name: '閉じる' }).click();
    assert.equal(await note.count(), 0);
    await safari.page.reload();
    await safari.page.locator('main#main').waitFor();
    assert.equal(await safari.heading().innerText(), '診断結果');
    assert.equal(await safari.page.getByTestId('expiry-note').count(), 0, 'closed for good');

    // The same iPhone opened from the home screen: exempt, no note.
    const installed = await h.fresh({ userAgent: iphone });
    await installed.page.addInitScript(() => { Object.defineProperty(Navigator.prototype, 'standalone', { get: () => true }); });
    await complete(uniformAnswers('一部実施している'), installed);
    assert.equal(await installed.page.getByTestId('expiry-note').count(), 0);
    // Chromium (this browser's own user agent): no note.
    await complete(uniformAnswers('一部実施している'));
    assert.equal(await app.page.getByTestId('expiry-note').count(), 0);
  });
});

describe('share link: copying', () => {
  test('「リンクをコピー」 puts the link on the clipboard; without a clipboard API it says how to copy by hand', async () => {
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.url });
    await complete(uniformAnswers('実施している'));
    const link = await app.page.getByTestId('share-link').inputValue();
    await app.button('リンクをコピー').click();
    await app.page.locator('.share__status', { hasText: 'コピーしました' }).waitFor();
    assert.equal(await app.page.evaluate(() => navigator.clipboard.readText()), link);

    // Plain http on an intranet host has no navigator.clipboard.
    const other = await h.fresh();
    await other.page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
    });
    await complete(uniformAnswers('実施している'), other);
    await other.button('リンクをコピー').click();
    assert.match(await other.page.locator('.share__status', { hasText: 'コピーできませんでした' }).innerText(), /長押し/);
  });
});

describe('dates are the user\'s own', () => {
  test('in Tokyo at 08:30 the diagnosis is dated that day everywhere: history, landing, report, files and reminder', async () => {
    const tokyo = await h.fresh({ timezoneId: 'Asia/Tokyo' });
    // 2026-01-09T23:30Z is 2026-01-10 08:30 in Tokyo.
    await tokyo.page.clock.install({ time: new Date('2026-01-09T23:30:00Z') });
    const answers = mixedAnswers();
    await complete(answers, tokyo);
    const csv = await download('結果をCSVでダウンロード', tokyo);
    assert.equal(csv.name, 'jishin-shindan-result-2026-01-10.csv');
    // 診断日時 is Tokyo's clock with its offset stated, not UTC's 23:30 the day before.
    const when = parseCsv(csv.bytes.toString('utf8').slice(1)).at(-1);
    assert.equal(when[0], '診断日時');
    assert.match(when[2], /^2026-01-10 08:3\d \(UTC\+09:00\)$/);
    const ics = (await download('6か月後の再チェックをカレンダーに追加（.ics）', tokyo)).bytes.toString('utf8');
    assert.match(ics, /\r\nDTSTART;VALUE=DATE:20260710\r\n/);
    await tokyo.button('印刷用レポート（A4）').click();
    assert.match(await tokyo.page.locator('.report__meta').innerText(), /診断日\s*2026-01-10/);
    await tokyo.button('結果に戻る').click();
    await openHistory(tokyo);
    assert.equal(await tokyo.page.getByTestId('history-row').locator('td').nth(1).innerText(), '2026-01-10');
    const exported = await download('すべてのデータをダウンロード（JSON）', tokyo);
    assert.equal(exported.name, 'jishin-shindan-2026-01-10.json');
    // The export is for machines: its times stay in UTC, unambiguous.
    const saved = JSON.parse(exported.bytes.toString('utf8'));
    assert.match(saved.records.history[0].completed_at, /^2026-01-09T23:3\d:\d\d\.\d{3}Z$/);
    await tokyo.button('はじめの画面へ').click();
    assert.match(await tokyo.page.getByTestId('latest-result').innerText(), /前回の結果：2026-01-10/);
  });

  test('in New York the CSV dates the diagnosis on the evening before, UTC−5 stated', async () => {
    const newYork = await h.fresh({ timezoneId: 'America/New_York' });
    // 2026-01-10T02:15Z is 2026-01-09 21:15 in New York (EST, UTC−5).
    await newYork.page.clock.install({ time: new Date('2026-01-10T02:15:00Z') });
    await complete(mixedAnswers(), newYork);
    const csv = await download('結果をCSVでダウンロード', newYork);
    assert.equal(csv.name, 'jishin-shindan-result-2026-01-09.csv');
    const when = parseCsv(csv.bytes.toString('utf8').slice(1)).at(-1);
    assert.deepEqual([when[0], when[2].replace(/21:1\d/, '21:1x')], ['診断日時', '2026-01-09 21:1x (UTC-05:00)']);
  });
});
