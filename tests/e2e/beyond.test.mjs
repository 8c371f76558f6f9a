// Browser journeys for 「診断の後に」 (issue 7): the SECURITY ACTION ★★ checklist, the basic
// policy / rules sheet / staff handout drafts in print, combining exported results and share
// links, and the optional step-up checklist — in real Chromium against the release build.
//
// Expectations (weakest answers, counts, totals) are computed here from the sheet's rules, never
// copied from the app's output.

import { beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import {
  DiagnosisPage, POINTS, journeys, mixedAnswers, tally, uniformAnswers, storedJson,
} from './fixtures/app.mjs';

const VIEWPORT = { width: 360, height: 740 };
const BEYOND = '診断の後にすること（★★・基本方針など）';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const h = journeys({ viewport: VIEWPORT, sameOrigin: true });
let app;
beforeEach(() => {
  app = h.app;
});

const squash = (s) => s.replace(/\s+/g, ' ').trim();

/** Completes a diagnosis with `answers` from the landing screen and waits for the result. */
async function complete(answers, a = app) {
  await a.goto(h.server.url);
  await a.button('診断を始める').click();
  await a.answerAll(answers);
  await a.showResult();
  assert.equal(await a.heading().innerText(), '診断結果');
  assert.equal(squash(await a.page.getByTestId('total').innerText()), `合計 ${tally(answers).total}点`);
}

/**
 * `n` export files (src/store/transfer.rs, schema 1), 参加者01.json…: participant i answers No.1
 * わからない when i < 10, everything else 実施している.
 */
function workshopFiles(n) {
  return Array.from({ length: n }, (_, i) => {
    const answers = {};
    for (let no = 1; no <= 25; no++) answers[no] = no === 1 && i < 10 ? 'unknown' : 'done';
    const entry = { id: '', completed_at: `2026-02-01T09:${String(i).padStart(2, '0')}:00.000Z`, company: '', respondent: '', answers };
    const file = {
      format: 'jishin-shindan-export', schema_version: 1, app_version: '0.1.0', exported_at: entry.completed_at,
      current: {}, records: { history: [entry], plan: {}, profile: { company: '', respondent: '' } },
    };
    return { name: `参加者${String(i + 1).padStart(2, '0')}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) };
  });
}

async function openBeyond(a = app) {
  await a.button(BEYOND).click();
  assert.equal(await a.heading().innerText(), '診断の後に');
}

async function reload(a = app) {
  await a.page.reload();
  await a.page.locator('main#main').waitFor();
}

/** Clicks `name` and returns the download's file name and bytes. */
async function download(name, a = app) {
  const [file] = await Promise.all([a.page.waitForEvent('download'), a.button(name).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

async function stored(a = app) {
  return JSON.parse((await storedJson(a.page)) ?? 'null');
}

function starStep(step, a = app) {
  return a.page.locator(`[data-testid="star-two-step"][data-step="${step}"]`).getByRole('checkbox');
}

/** Fills a text field and leaves it, as a user would. */
async function fillField(label, value, a = app) {
  const field = a.page.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Tab');
}

/** No button, header, footer or form field is visible (print). */
async function assertNoChrome(a = app) {
  for (const button of await a.page.locator('button').all()) {
    assert.equal(await button.isVisible(), false, `button ${await button.textContent()} hidden in print`);
  }
  for (const chrome of ['.site-header', '.site-footer', 'input', 'textarea', 'label.button']) {
    for (const el of await a.page.locator(chrome).all()) {
      assert.equal(await el.isVisible(), false, `${chrome} hidden in print`);
    }
  }
}

/** Pages of a PDF: its `/Type /Page` objects (not `/Pages`). */
function pdfPages(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** The weakest answer by the sheet's points (わからない −1 is the weakest). */
function weakest(labels) {
  return labels.reduce((w, l) => (POINTS[l] < POINTS[w] ? l : w));
}

const CHOICES = ['実施している', '一部実施している', '実施していない', 'わからない'];

// ---- ★★ ---------------------------------------------------------------------------------------

describe('SECURITY ACTION ★★ checklist', () => {
  test('the diagnosis step ticks itself after a diagnosis; the user\'s ticks persist across reloads and are reachable from the landing screen', async () => {
    await app.goto(h.server.url);
    assert.equal(await app.button(BEYOND).count(), 0, 'no history yet: the landing screen does not offer it');

    await complete(mixedAnswers());
    await openBeyond();
    const diagnosis = starStep('diagnosis_done');
    assert.equal(await diagnosis.isChecked(), true, 'ticked automatically');
    assert.equal(await diagnosis.isDisabled(), true, 'not a manual tick');
    assert.equal(await starStep('policy_drafted').isChecked(), false);
    assert.match(await app.page.getByTestId('star-two-headline').innerText(), /あと3つ/);
    // The official pages are plain links from the pamphlet.
    const official = app.page.getByTestId('star-two').getByRole('link', { name: 'SECURITY ACTION 二つ星' });
    assert.equal(await official.getAttribute('href'), 'https://www.ipa.go.jp/security/security-action/');
    assert.equal(await official.getAttribute('target'), '_blank');
    const guideline = app.page.getByTestId('star-two').getByRole('link', { name: '中小企業の情報セキュリティ対策ガイドライン' });
    assert.equal(await guideline.getAttribute('href'), 'https://www.ipa.go.jp/security/keihatsu/sme/guideline/');
    // And IPA's notice of the application through GビズID since April 2026 (issue 34).
    const notice = app.page.getByTestId('star-two').getByRole('link', { name: 'SECURITY ACTION 申請方法の変更（2026年4月から）' });
    assert.equal(await notice.getAttribute('href'), 'https://www.ipa.go.jp/security/security-action/news/sa-notice-202602.html');
    assert.match(await app.page.getByTestId('star-two-gbiz').innerText(), /GビズID.*プライムまたはメンバー/);
    assert.match(await app.page.getByTestId('star-two-wording').innerText(), /「二つ星を宣言した」/);

    await starStep('policy_drafted').check();
    await starStep('policy_published').check();
    assert.match(await app.page.getByTestId('star-two-headline').innerText(), /条件.*そろいました.*自己宣言/);

    await reload();
    assert.equal(await app.heading().innerText(), '診断の後に', 'the same screen after a reload');
    assert.equal(await starStep('diagnosis_done').isChecked(), true);
    assert.equal(await starStep('policy_drafted').isChecked(), true);
    assert.equal(await starStep('policy_published').isChecked(), true);
    assert.equal(await starStep('declared').isChecked(), false);
    const star = (await stored()).records.beyond.star_two;
    assert.deepEqual([star.policy_drafted, star.policy_published, star.declared], [true, true, false]);

    // Unticking is kept too.
    await starStep('policy_published').uncheck();
    await reload();
    assert.equal(await starStep('policy_published').isChecked(), false);

    // From the landing screen (a history exists now).
    await app.button('戻る').click();
    assert.equal(await app.heading().innerText(), '診断結果');
    await app.button('履歴を見る').first().click();
    await app.button('はじめの画面へ').click();
    await reload();
    assert.equal(await app.heading().innerText(), '5分でできる！情報セキュリティ自社診断');
    await app.page.getByTestId('latest-result').getByRole('button', { name: BEYOND }).click();
    assert.equal(await app.heading().innerText(), '診断の後に');
    assert.equal(await starStep('policy_drafted').isChecked(), true);
  });
});

// ---- Two tabs ---------------------------------------------------------------------------------

describe('two tabs', () => {
  test('a tick in one tab appears in the other, and changes made in both are kept', async () => {
    await complete(mixedAnswers());
    await openBeyond();
    const other = new DiagnosisPage(await h.context.newPage());
    other.page.on('pageerror', (e) => h.errors.push(e.message));
    await other.goto(h.server.url);
    assert.equal(await other.heading().innerText(), '診断の後に');

    await starStep('policy_drafted').check();
    await other.page.waitForFunction(() =>
      document.querySelector('[data-step="policy_drafted"] input')?.checked === true, null, { timeout: 5000 });

    // The other tab answers the step-up checklist meanwhile.
    await other.button('ステップアップ・チェックリストを開く').click();
    await other.page.locator('[data-testid="step-up-item"][data-id="3"]').getByRole('radio', { name: 'わからない', exact: true }).check();
    await starStep('policy_published').check();

    for (const a of [app, other]) {
      await reload(a);
      const beyond = (await stored(a)).records.beyond;
      assert.equal(beyond.star_two.policy_drafted, true);
      assert.equal(beyond.star_two.policy_published, true);
      assert.deepEqual(beyond.step_up.answers, { 3: 'unknown' });
    }
  });
});

// ---- Drafts -----------------------------------------------------------------------------------

describe('drafts', () => {
  test('a basic policy with a company name shows the name, prints without buttons, survives a reload when edited, and downloads as escaped HTML', async () => {
    await complete(uniformAnswers('実施している'));
    await openBeyond();
    await app.button('情報セキュリティ基本方針').click();
    assert.equal(await app.heading().innerText(), '情報セキュリティ基本方針の下書き');

    const company = '株式会社テスト商事';
    await fillField('会社名', company);
    await fillField('代表者の役職（例：代表取締役）', '代表取締役');
    await fillField('代表者の氏名', '山田 太郎');
    await app.page.getByLabel('制定日').fill('2026-12-01');
    await app.page.getByLabel('お客様の個人情報').check();
    const text = app.page.getByTestId('draft-text');
    const draft = await text.inputValue();
    assert.ok(draft.startsWith('情報セキュリティ基本方針\n'), draft.slice(0, 40));
    assert.match(draft, /株式会社テスト商事（以下「当社」）は、/);
    assert.match(draft, /当社は、お客様の個人情報をはじめ、/);
    assert.ok(draft.trimEnd().endsWith(`2026年12月1日 制定\n${company}\n代表取締役 山田 太郎`));
    for (const mark of ['{', '○○', 'XX', 'TODO']) assert.ok(!draft.includes(mark), `no ${mark}`);

    // Print: the draft alone.
    await app.page.emulateMedia({ media: 'print' });
    const printed = app.page.getByTestId('draft-print');
    assert.ok(await printed.isVisible(), 'the draft is printed');
    assert.match(await printed.innerText(), new RegExp(`${company}（以下「当社」）`));
    assert.match(await printed.innerText(), /8\. 見直しと改善/);
    await assertNoChrome();
    const pages = pdfPages(await app.page.pdf({ format: 'A4', preferCSSPageSize: true }));
    assert.ok(pages >= 1 && pages <= 2, `the policy prints on 1–2 A4 pages, not ${pages}`);
    await app.page.emulateMedia({ media: 'screen' });
    assert.equal(await printed.isVisible(), false, 'on screen the textarea is the draft');

    // An edit is kept across a reload and wins over the form until reset.
    await text.fill(`${draft}\n追記：年に一度、全員で読み合わせる。`);
    await reload();
    assert.equal(await app.heading().innerText(), '情報セキュリティ基本方針の下書き');
    assert.match(await text.inputValue(), /追記：年に一度/);
    assert.match(await text.inputValue(), new RegExp(company));
    assert.equal(await app.page.getByLabel('会社名', { exact: true }).inputValue(), company);
    // Throwing the edit away is asked first; 「キャンセル」 keeps it.
    await app.button('入力内容から作り直す（編集を取り消す）').click();
    assert.match(await app.page.getByRole('alertdialog').innerText(), /編集した文面は消え/);
    await app.button('キャンセル').click();
    assert.match(await text.inputValue(), /追記：年に一度/);
    await app.button('入力内容から作り直す（編集を取り消す）').click();
    await app.button('編集を消して作り直す').click();
    assert.doesNotMatch(await text.inputValue(), /追記/);

    // Downloads: text as shown, HTML with every text escaped.
    const txt = await download('テキストでダウンロード（.txt）');
    assert.match(txt.name, /^jishin-shindan-policy-\d{4}-\d{2}-\d{2}\.txt$/);
    assert.equal(txt.bytes.toString('utf8'), await text.inputValue());
    const hostile = '<img src=x onerror=alert(1)>商事';
    await fillField('会社名', hostile);
    assert.match(await text.inputValue(), /<img src=x onerror=alert\(1\)>商事（以下「当社」）/);
    assert.equal(await app.page.locator('main img').count(), 0, 'the name is text, never markup');
    const html = (await download('HTMLでダウンロード（.html）')).bytes.toString('utf8');
    assert.ok(html.startsWith('<!DOCTYPE html>'));
    assert.match(html, /<h1>情報セキュリティ基本方針<\/h1>/);
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;商事（以下「当社」）'));
    assert.ok(!html.includes('<img'), 'no markup from the input');

    // The ★★ tick from the draft screen.
    await app.page.getByLabel('この基本方針を定めた（★★のチェックリストに印を付ける）').check();
    await app.button('「診断の後に」へ戻る').click();
    assert.equal(await starStep('policy_drafted').isChecked(), true);
  });

  test('the rules sheet marks all 24 rules with the current answers and prints as a table; the handout fits one A4 page', async () => {
    const answers = mixedAnswers();
    await complete(answers);
    await openBeyond();
    await app.button('情報セキュリティ社内ルール').click();
    assert.equal(await app.heading().innerText(), '情報セキュリティ社内ルール');
    const rules = app.page.getByTestId('rule');
    assert.equal(await rules.count(), 24);
    const marks = { 実施している: '○', 一部実施している: '△', 実施していない: '×', わからない: '？' };
    const statuses = await app.page.getByTestId('rule-status').allInnerTexts();
    assert.deepEqual(statuses, Array.from({ length: 24 }, (_, i) => `${marks[answers[i + 1]]} ${answers[i + 1]}`));

    await fillField('責任者', '情報管理責任者 佐藤');
    await app.page.getByLabel('制定日').fill('2027-01-10');
    const rule3 = app.page.locator('#rule-3');
    await rule3.fill('パスワードは12文字以上にし、使い回さない。');
    await rule3.press('Tab');
    await reload();
    assert.equal(await app.page.locator('#rule-3').inputValue(), 'パスワードは12文字以上にし、使い回さない。');

    await app.page.emulateMedia({ media: 'print' });
    const table = app.page.getByTestId('rules-print');
    assert.ok(await table.isVisible());
    assert.equal(await table.locator('tbody tr').count(), 24);
    assert.match(await table.locator('tbody tr').nth(2).innerText(), /パスワードは12文字以上にし、使い回さない。/);
    assert.equal(squash(await app.page.getByTestId('rules-signature').innerText()), '制定日：2027年1月10日 責任者：情報管理責任者 佐藤');
    await assertNoChrome();
    await app.page.emulateMedia({ media: 'screen' });

    await app.button('「診断の後に」へ戻る').click();
    await app.button('従業員向け情報セキュリティ注意事項').click();
    assert.equal(await app.heading().innerText(), '従業員向け注意事項の下書き');
    await fillField('困ったときの連絡先（例：総務部 佐藤 内線12）', '総務部 佐藤（内線12）');
    const handout = await app.page.getByTestId('draft-text').inputValue();
    for (let no = 6; no <= 18; no++) assert.ok(handout.includes(`（No.${no}）`), `No.${no}`);
    assert.ok(!handout.includes('（No.5）') && !handout.includes('（No.19）'));
    assert.match(handout, /すぐに連絡する：総務部 佐藤（内線12）/);
    await app.page.emulateMedia({ media: 'print' });
    assert.ok(await app.page.getByTestId('draft-print').isVisible());
    await assertNoChrome();
    const pages = pdfPages(await app.page.pdf({ format: 'A4', preferCSSPageSize: true }));
    assert.equal(pages, 1, 'the handout is one page');
  });
});

// ---- Combining -------------------------------------------------------------------------------

describe('combining results', () => {
  test('three exported results combine to the expected per-question weakest answers; a bad file is named and the others are combined', async () => {
    const sets = {
      '本社.json': mixedAnswers(),
      '工場.json': { ...uniformAnswers('実施している'), 2: 'わからない', 7: '実施していない', 19: '一部実施している' },
      '倉庫.json': { ...uniformAnswers('一部実施している'), 1: '実施している', 7: 'わからない', 12: 'わからない' },
    };
    // Each result made in its own browser and exported with the history screen's button.
    const files = [];
    for (const [name, answers] of Object.entries(sets)) {
      const a = await h.fresh();
      await complete(answers, a);
      await a.button('履歴を見る').first().click();
      const exported = await download('すべてのデータをダウンロード（JSON）', a);
      assert.match(exported.name, /^jishin-shindan-\d{4}-\d{2}-\d{2}\.json$/);
      files.push({ name, mimeType: 'application/json', buffer: exported.bytes });
    }
    const bad = { name: '壊れたファイル.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"jishin-shindan-export","sche') };

    // Reach the combine screen from a result.
    await complete(uniformAnswers('実施している'));
    await openBeyond();
    await app.button('複数の結果をまとめる').click();
    assert.equal(await app.heading().innerText(), '複数の結果をまとめる');
    assert.match(await app.page.getByTestId('combine-waiting').innerText(), /あと2件/);

    await app.page.locator('#combine-files').setInputFiles([files[0], bad, files[1], files[2]]);
    await app.page.getByTestId('combined').waitFor();
    const errorsShown = await app.page.getByTestId('combine-errors').innerText();
    assert.match(errorsShown, /「壊れたファイル\.json」を加えられませんでした：/);
    assert.equal((errorsShown.match(/加えられませんでした/g) ?? []).length, 1, 'only the bad file');
    const labels = await app.page.getByTestId('combine-source').locator('input').evaluateAll((els) => els.map((e) => e.value));
    assert.deepEqual(labels, Object.keys(sets));
    const totals = await app.page.getByTestId('combine-source-total').allInnerTexts();
    assert.deepEqual(totals, Object.values(sets).map((a) => `${tally(a).total}点`));

    // Per question: the weakest answer and the spread.
    const rows = app.page.getByTestId('combine-row');
    assert.equal(await rows.count(), 25);
    const shown = await app.page.getByTestId('weakest').allInnerTexts();
    const counts = await app.page.getByTestId('counts').allInnerTexts();
    for (let no = 1; no <= 25; no++) {
      const given = Object.values(sets).map((a) => a[no]);
      assert.equal(shown[no - 1], weakest(given), `No.${no} weakest of ${given}`);
      const spread = CHOICES.map((c) => `${c} ${given.filter((g) => g === c).length}`).join('・');
      assert.equal(counts[no - 1], spread, `No.${no} spread`);
    }
    assert.equal(shown[6], 'わからない', 'No.7: わからない is weaker than 実施していない');

    // Totals range and わからない hotspots.
    const all = Object.entries(sets).map(([name, a]) => ({ name, total: tally(a).total }));
    const lo = all.reduce((x, y) => (y.total < x.total ? y : x));
    const hi = all.reduce((x, y) => (y.total > x.total ? y : x));
    assert.equal(squash(await app.page.getByTestId('combined-total').innerText()),
      `合計点の範囲：最低 ${lo.total}点（${lo.name}）～ 最高 ${hi.total}点（${hi.name}）`);
    const hot = [];
    for (let no = 1; no <= 25; no++) {
      const n = Object.values(sets).filter((a) => a[no] === 'わからない').length;
      if (n) hot.push({ no, n });
    }
    hot.sort((x, y) => y.n - x.n || x.no - y.no);
    const hotShown = await app.page.getByTestId('hotspots').locator('li').evaluateAll((lis) => lis.map((li) => [Number(li.dataset.no), li.textContent]));
    assert.deepEqual(hotShown.map(([no]) => no), hot.map((h) => h.no));
    hotShown.forEach(([, t], i) => assert.match(t, new RegExp(`わからない ${hot[i].n}件 / 3件`)));

    // Who answered what, hidden for an anonymous workshop view.
    const who = rows.nth(6).locator('details');
    await who.locator('summary').click();
    assert.match(await who.innerText(), /わからない：倉庫\.json/);
    await app.page.getByLabel('回答元の名前を表示しない（講習会などで匿名の分布だけを見せる）').check();
    assert.equal(await rows.nth(6).locator('details').count(), 0);
    assert.equal(await app.page.getByTestId('counts').first().innerText(), counts[0], 'the spread stays');

    // A workshop participant's share link pasted with a name; a broken line is named.
    await app.button('「診断の後に」へ戻る').click();
    await app.button('戻る').click();
    const link = await app.page.getByTestId('share-link').inputValue();
    await app.button(BEYOND).click();
    await app.button('複数の結果をまとめる').click();
    await app.page.locator('#combine-files').setInputFiles(files);
    await app.page.getByTestId('combined').waitFor();
    await app.page.getByLabel(/共有リンクまたは共有コードを貼り付け/).fill(`参加者A ${link}\n参加者B 1abc`);
    await app.button('貼り付けた結果を加える').click();
    assert.match(await app.page.getByTestId('combine-errors').innerText(), /「参加者B」を加えられませんでした/);
    assert.equal(await app.page.getByTestId('combine-source').count(), 4);
    assert.match(await app.page.getByTestId('combined').locator('h2').first().innerText(), /4件/);

    // Nothing about the combined results was saved.
    const saved = JSON.stringify(await stored());
    assert.ok(!saved.includes('本社.json') && !saved.includes('参加者A'));
  });

  test('without the file-reading worker (it fails to load), picked files are read on the page and combined', async () => {
    const a = await h.fresh({ serviceWorkers: 'block' });
    let refused = 0;
    await a.page.context().route('**/read-files.js', (route) => {
      refused += 1;
      return route.fulfill({ status: 404, body: 'gone' });
    });
    await complete(uniformAnswers('実施している'), a);
    await openBeyond(a);
    await a.button('複数の結果をまとめる').click();
    await a.page.locator('#combine-files').setInputFiles(workshopFiles(12));
    await a.page.getByTestId('combined').waitFor();
    assert.match(await a.page.getByTestId('combined').locator('h2').first().innerText(), /12件/);
    assert.match(await a.page.getByTestId('combine-row').first().getByTestId('counts').innerText(), /わからない 10/);
    assert.equal(await a.page.getByTestId('combine-source').count(), 12, 'up to 20 names are listed at once');
    assert.ok(refused >= 1, 'the worker was asked for and refused');
  });

  test('a workshop\'s 30 files: combined at once; the list of names opens on request', async () => {
    const files = workshopFiles(30);
    await complete(uniformAnswers('実施している'));
    await openBeyond();
    await app.button('複数の結果をまとめる').click();
    // The files are read in a worker (public/read-files.js), off the page's main thread.
    const worker = app.page.waitForEvent('worker', { timeout: 10000 });
    await app.page.locator('#combine-files').setInputFiles(files);
    assert.match((await worker).url(), /\/read-files\.js$/);
    await app.page.getByTestId('combined').waitFor();
    assert.match(await app.page.getByTestId('combined').locator('h2').first().innerText(), /30件/);
    assert.equal(await app.page.getByRole('heading', { name: '読み込んだ結果（30件）' }).count(), 1);
    // No.1: 10 of 30 answered わからない — the weakest answer and a hotspot.
    const first = app.page.getByTestId('combine-row').first();
    assert.equal(await first.getByTestId('weakest').innerText(), 'わからない');
    assert.match(await first.getByTestId('counts').innerText(), /わからない 10/);

    // 30 names are not listed until asked for; then each can be renamed or removed.
    const toggle = app.page.getByTestId('combine-sources-toggle');
    assert.equal(await toggle.innerText(), '一覧を表示する（名前の変更・外す）');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await app.page.getByTestId('combine-source').count(), 0);
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.equal(await app.page.getByTestId('combine-source').count(), 30);
    assert.deepEqual(
      await app.page.getByTestId('combine-source').locator('input').evaluateAll((els) => els.slice(0, 2).map((e) => e.value)),
      ['参加者01.json', '参加者02.json'],
    );
    await app.page.getByRole('button', { name: '「参加者01.json」を外す' }).click();
    assert.match(await app.page.getByTestId('combined').locator('h2').first().innerText(), /29件/);
    assert.match(await first.getByTestId('counts').innerText(), /わからない 9/);
    await toggle.click();
    assert.equal(await toggle.innerText(), '一覧を表示する（名前の変更・外す）');
    assert.equal(await app.page.getByTestId('combine-source').count(), 0);
  });
});

// ---- Step-up ---------------------------------------------------------------------------------

describe('step-up checklist', () => {
  test('answers persist across reloads, are shown as optional, and the 100-point total stays the same', async () => {
    const answers = uniformAnswers('実施している');
    await complete(answers);
    await openBeyond();
    assert.match(await app.page.getByTestId('step-up-summary').innerText(), /まだ回答していません/);
    await app.button('ステップアップ・チェックリストを開く').click();
    assert.equal(await app.heading().innerText(), 'ステップアップ・チェックリスト（任意）');
    assert.match(await app.page.getByTestId('step-up-note').innerText(), /点数（100点満点）.*変えません/);
    assert.equal(await app.page.getByTestId('step-up-item').count(), 10);

    const item = (id) => app.page.locator(`[data-testid="step-up-item"][data-id="${id}"]`);
    const pick = { 1: '実施している', 4: '一部実施している', 9: '実施していない', 10: 'わからない' };
    for (const [id, label] of Object.entries(pick)) {
      await item(id).getByRole('radio', { name: label, exact: true }).check();
    }
    assert.equal(squash(await app.page.getByTestId('step-up-progress').innerText()),
      '回答 4 / 10 項目 実施している 1 項目 わからない 1 項目');

    await reload();
    assert.equal(await app.heading().innerText(), 'ステップアップ・チェックリスト（任意）');
    for (const [id, label] of Object.entries(pick)) {
      assert.equal(await item(id).getByRole('radio', { name: label, exact: true }).isChecked(), true, `S${id}`);
    }
    assert.equal(await item(2).getByRole('radio', { checked: true }).count(), 0);

    // Change one: still saved, still not scored.
    await item(9).getByRole('radio', { name: '実施している', exact: true }).check();
    const data = await stored();
    assert.deepEqual(data.records.beyond.step_up.answers, { 1: 'done', 4: 'partial', 9: 'done', 10: 'unknown' });
    assert.equal(Object.keys(data.answers).length, 25);
    assert.ok(Object.values(data.answers).every((c) => c === 'done'), 'the diagnosis answers are untouched');

    await app.button('「診断の後に」へ戻る').click();
    assert.match(await app.page.getByTestId('step-up-summary').innerText(), /回答 4 \/ 10 項目（うち「実施している」2 項目）/);
    await app.button('戻る').click();
    assert.equal(await app.heading().innerText(), '診断結果');
    assert.equal(squash(await app.page.getByTestId('total').innerText()), '合計 100点');
    assert.equal(await app.page.locator('#band-heading').innerText(), '100点満点だった方');
  });
});

// ---- Accessibility -----------------------------------------------------------------------------

describe('axe on the new screens', () => {
  for (const colorScheme of ['light', 'dark']) {
    test(`no violations (${colorScheme})`, async () => {
      // axe is injected after load, so this context bypasses the app's CSP for it.
      const a = await h.fresh({ bypassCSP: true, colorScheme, viewport: { width: 390, height: 800 } });
      await complete(mixedAnswers(), a);
      const link = await a.page.getByTestId('share-link').inputValue();
      const check = async (screen) => {
        await a.page.addScriptTag({ path: AXE });
        const found = await a.page.evaluate(async () => {
          // eslint-disable-next-line no-undef
          const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
          return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        });
        assert.deepEqual(found, [], `axe violations on ${screen}`);
      };
      await openBeyond(a);
      await check('診断の後に');
      for (const [button, screen] of [
        ['情報セキュリティ基本方針', 'policy'],
        ['情報セキュリティ社内ルール', 'rules'],
        ['従業員向け情報セキュリティ注意事項', 'handout'],
      ]) {
        await a.button(button).click();
        await check(screen);
        await a.button('「診断の後に」へ戻る').click();
      }
      await a.button('ステップアップ・チェックリストを開く').click();
      await a.page.locator('[data-testid="step-up-item"][data-id="1"]').getByRole('radio', { name: '実施している', exact: true }).check();
      await check('step-up');
      await a.button('「診断の後に」へ戻る').click();
      await a.button('複数の結果をまとめる').click();
      await a.page.getByLabel(/共有リンクまたは共有コードを貼り付け/).fill(`A ${link}\nB ${link}\nC 1zz`);
      await a.button('貼り付けた結果を加える').click();
      await a.page.getByTestId('combined').waitFor();
      await a.page.locator('details.combined__who').first().evaluate((d) => { d.open = true; });
      await check('combine');
    });
  }
});
