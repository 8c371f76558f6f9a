// Browser journeys for the roll-up (issue 32, 「会員企業の結果を集計する」): share links pasted
// inside prose and a Shift_JIS CSV as Excel in Japan writes it, read in real Chromium against the
// release build, with the figures on screen compared to figures computed here.
//
// Expectations are computed in this file from the sheet's rules (points, bands, Excel's
// QUARTILE.INC) and from a second, independent writer of share codes (the format in
// src/core/share.rs's doc comment), never copied from the app's output.

import { beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { journeys } from './fixtures/app.mjs';
import { shareCode as encodeShareCode, shiftJis } from './fixtures/encode.mjs';

const VIEWPORT = { width: 1024, height: 900 };
const TITLE = '会員企業の結果を集計する';

const h = journeys({ viewport: VIEWPORT, sameOrigin: true });
let app;
beforeEach(() => {
  app = h.app;
});

const squash = (s) => s.replace(/\s+/g, ' ').trim();

// ---- Share codes and Shift_JIS (written from their formats: fixtures/encode.mjs) ----

const CHOICES = ['done', 'partial', 'not_done', 'unknown']; // 2-bit values 0..3
const POINTS = { done: 4, partial: 2, not_done: 0, unknown: -1 };

/** The 12-character code of 25 answers (index 0 = No.1), each one of CHOICES. */
const shareCode = (answers) => encodeShareCode(answers.map((c) => CHOICES.indexOf(c)));

/** A small deterministic generator (an LCG), so the data is the same on every run. */
function generator(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** `n` answer sets with every band represented: result i leans to 実施している by its own rate. */
function answerSets(n, seed) {
  const next = generator(seed);
  return Array.from({ length: n }, (_, i) => {
    const lean = (i % 10) / 10;
    return Array.from({ length: 25 }, () => {
      const r = next();
      if (r < lean) return 'done';
      return CHOICES[Math.floor(next() * 4)];
    });
  });
}

const total = (answers) => answers.reduce((sum, c) => sum + POINTS[c], 0);

// ---- The figures, from the sheet's rules ----

/** One decimal place, rounded half away from zero, of num/den (integers). */
function fixed(num, den, decimals) {
  const unit = 10 ** decimals;
  const scaled = Math.abs(num) * unit;
  let q = Math.floor(scaled / den);
  if (2 * (scaled % den) >= den) q += 1;
  const sign = num < 0 && q !== 0 ? '-' : '';
  const whole = Math.floor(q / unit);
  const part = String(q % unit).padStart(decimals, '0');
  return decimals ? `${sign}${whole}.${part}` : `${sign}${whole}`;
}

/** Excel's QUARTILE.INC of sorted integers at p (0.25, 0.5, 0.75), as the app trims it. */
function quartile(sorted, p) {
  const k = (sorted.length - 1) * p;
  const lo = Math.floor(k);
  const frac = k - lo;
  const value = sorted[lo] + frac * ((sorted[lo + 1] ?? sorted[lo]) - sorted[lo]);
  return value.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
}

const shareText = (units) => `${Math.floor(units / 10)}.${units % 10}`;

function bandOf(t) {
  if (t >= 100) return 'perfect';
  if (t >= 70) return 'high';
  if (t >= 50) return 'middle';
  return 'low';
}

// ---- Journeys ----

async function openRollUp(a = app) {
  await a.goto(`${h.server.url}?screen=after`);
  await a.button(TITLE).click();
  await a.page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
}

describe('the roll-up of members’ results', () => {
  test('1,000 dated share links pasted in prose give the exact bands, totals and per-question shares; duplicates once, bad lines named', async () => {
    // 1,000 distinct results (the same code and date twice would be a duplicate): generated in
    // order, skipping a repeat.
    const dated = [];
    const seen = new Set();
    for (const answers of answerSets(1200, 32)) {
      const d = { answers, code: shareCode(answers), date: `2026-11-${String(1 + (dated.length % 28)).padStart(2, '0')}` };
      if (seen.has(`${d.code} ${d.date}`) || dated.length === 1000) continue;
      seen.add(`${d.code} ${d.date}`);
      dated.push(d);
    }
    assert.equal(new Set(dated.map((d) => `${d.code} ${d.date}`)).size, 1000, 'the test data has no accidental duplicate');

    // The pasted text: a heading line, one result per line with a company name around the link,
    // 20 duplicates (the same code and date again), and three bad lines at known line numbers.
    const lines = ['会員企業から届いた結果（2026年11月）'];
    const badLines = [];
    dated.forEach((d, i) => {
      lines.push(`株式会社${i + 1} https://example.jp/shindan/#r=${d.code}&d=${d.date} ありがとうございました`);
      if (i % 50 === 0) lines.push(`再送：https://example.jp/shindan/#r=${d.code}&d=${d.date}`);
      if (i === 100) {
        const broken = d.code.slice(0, 5) + (d.code[5] === 'a' ? 'b' : 'a') + d.code.slice(6);
        lines.push(`株式会社X https://example.jp/shindan/#r=${broken}`);
        badLines.push(lines.length);
      }
      if (i === 500) {
        lines.push(`株式会社Y https://example.jp/shindan/#r=${d.code.slice(0, 9)}`);
        badLines.push(lines.length);
      }
    });

    await openRollUp();
    assert.equal(await app.page.getByTestId('rollup-nothing').innerText(), 'まだ結果がありません。共有リンクを貼り付けるか、ファイルを選んでください。');
    await app.page.locator('#rollup-paste').fill(lines.join('\n'));
    await app.button('貼り付けた結果を集計する').click();
    await app.page.getByTestId('rollup-figures').waitFor({ timeout: 30000 });

    assert.equal(await app.page.getByTestId('rollup-count').innerText(), '集計した結果：1000件');
    assert.equal(await app.page.getByTestId('rollup-duplicates').innerText(), '同じ共有コードと同じ日付の重複：20件を1件として数えました');
    assert.match(await app.page.getByTestId('rollup-summary').innerText(), /診断日：2026-11-01 ～ 2026-11-28/);
    const bad = app.page.getByTestId('rollup-bad');
    await bad.locator('summary').click();
    const badText = await bad.innerText();
    assert.match(badText, /読めなかった行（2件。ほかの行は集計しています）/);
    for (const n of badLines) assert.match(badText, new RegExp(`「貼り付け」${n}行目`), `line ${n} is named`);

    // Bands: counts and shares (1,000 results: a share is the count in tenths of a percent).
    const totals = dated.map((d) => total(d.answers));
    const bandCounts = { perfect: 0, high: 0, middle: 0, low: 0 };
    for (const t of totals) bandCounts[bandOf(t)] += 1;
    for (const [band, count] of Object.entries(bandCounts)) {
      const cells = await app.page.getByTestId('rollup-bands').locator(`tr[data-band="${band}"] td`).allInnerTexts();
      assert.deepEqual(cells, [String(count), `${shareText(count)}%`], `band ${band}`);
    }

    // The total: mean, quartiles, median, min and max.
    const sorted = [...totals].sort((a, b) => a - b);
    const sum = totals.reduce((a, b) => a + b, 0);
    const stats = await app.page.getByTestId('rollup-total').locator('td').allInnerTexts();
    assert.deepEqual(stats, [
      `${fixed(sum, 1000, 1)}点`,
      `${quartile(sorted, 0.25)}点`,
      `${quartile(sorted, 0.5)}点`,
      `${quartile(sorted, 0.75)}点`,
      `${sorted[0]}点`,
      `${sorted[sorted.length - 1]}点`,
    ]);

    // Per Part: the mean share of points.
    const parts = [[0, 5], [5, 18], [18, 25]];
    const partCells = await app.page.getByTestId('rollup-parts').locator('td').allInnerTexts();
    parts.forEach(([from, to], i) => {
      const points = dated.reduce((s, d) => s + total(d.answers.slice(from, to)), 0);
      const max = 4 * (to - from);
      assert.equal(partCells[i], `${fixed(points * 100, 1000 * max, 1)}%（平均 ${fixed(points, 1000, 1)}点）`, `Part ${i + 1}`);
    });

    // Per question: the four shares (and counts) and the mean points, for every question.
    const rows = await app.page.getByTestId('rollup-question').evaluateAll((trs) =>
      trs.map((tr) => ({ no: Number(tr.dataset.no), cells: [...tr.querySelectorAll('td')].map((td) => td.textContent.trim()) })));
    assert.deepEqual(rows.map((r) => r.no), Array.from({ length: 25 }, (_, i) => i + 1));
    const means = [];
    for (let q = 0; q < 25; q++) {
      const counts = CHOICES.map((c) => dated.filter((d) => d.answers[q] === c).length);
      const points = dated.reduce((s, d) => s + POINTS[d.answers[q]], 0);
      means.push({ no: q + 1, points });
      assert.deepEqual(rows[q].cells, [fixed(points, 1000, 2), ...counts.map((c) => `${shareText(c)}% (${c})`)], `No.${q + 1}`);
    }

    // The five weakest: lowest mean points, ties by number.
    means.sort((a, b) => a.points - b.points || a.no - b.no);
    const weakest = await app.page.getByTestId('rollup-weakest').locator('li').evaluateAll((lis) => lis.map((li) => Number(li.dataset.no)));
    assert.deepEqual(weakest, means.slice(0, 5).map((m) => m.no));

    // Sorted by weakest, the table follows the same order.
    await app.page.locator('#rollup-order').selectOption('weakest');
    const order = await app.page.getByTestId('rollup-question').evaluateAll((trs) => trs.map((tr) => Number(tr.dataset.no)));
    assert.deepEqual(order, means.map((m) => m.no));

    // Nothing about the roll-up was saved on the device.
    const saved = await app.page.evaluate(() => Object.keys(localStorage).filter((k) => /rollup/i.test(k) || (localStorage.getItem(k) || '').includes('株式会社')));
    assert.deepEqual(saved, []);
  });

  test('a Shift_JIS CSV from a form, with 業種 and a quoted cell holding a line break, is rolled up per group', async () => {
    const sets = answerSets(30, 7);
    const industries = ['製造業', '小売業', '建設業'];
    const rows = ['タイムスタンプ,会社名,業種,結果のリンク'];
    sets.forEach((answers, i) => {
      const memo = i === 3 ? '"株式会社A\r\n（本社）"' : `株式会社${i}`;
      rows.push(`2026/11/${10 + (i % 5)} 9:00,${memo},${industries[i % 3]},https://example.jp/shindan/#r=${shareCode(answers)}&d=2026-11-${10 + (i % 5)}`);
    });
    rows.push('2026/11/20 9:00,株式会社Z,小売業,まだ診断していません');
    const csv = shiftJis(rows.join('\r\n') + '\r\n');

    await openRollUp();
    await app.page.locator('#rollup-files').setInputFiles([{ name: '回答.csv', mimeType: 'text/csv', buffer: csv }]);
    await app.page.getByTestId('rollup-figures').waitFor({ timeout: 30000 });
    assert.equal(await app.page.getByTestId('rollup-count').innerText(), '集計した結果：30件');

    // Group by 業種: the option names the column and its number of values.
    const option = await app.page.locator('#rollup-column option').evaluateAll((os) =>
      os.map((o) => ({ value: o.value, label: o.textContent })).find((o) => o.label.startsWith('業種')));
    assert.equal(option.label, '業種（3区分）');
    await app.page.locator('#rollup-column').selectOption(option.value);
    const table = app.page.getByTestId('rollup-groups');
    await table.waitFor();
    assert.equal(await table.locator('caption').innerText(), '「業種」ごとの集計');
    const heads = await table.locator('thead th').allInnerTexts();
    assert.deepEqual([...heads].sort(), [...industries].sort());
    const countRow = (await table.locator('tbody tr').first().locator('td').allInnerTexts());
    const want = heads.map((name) => String(sets.filter((_, i) => industries[i % 3] === name).length));
    assert.deepEqual(countRow, want);
    const meanRow = await table.locator('tbody tr').nth(1).locator('td').allInnerTexts();
    assert.deepEqual(meanRow, heads.map((name) => {
      const ts = sets.filter((_, i) => industries[i % 3] === name).map(total);
      return fixed(ts.reduce((a, b) => a + b, 0), ts.length, 1);
    }));
  });

  test('a UTF-8 CSV with a byte-order mark (Excel\'s 「CSV UTF-8」) and one in plain UTF-8, picked together, are read alike', async () => {
    const sets = answerSets(6, 11);
    const csv = (part) => ['業種,結果のリンク', ...part.map((answers, i) => `${i % 2 ? '建設業' : '製造業'},https://example.jp/#r=${shareCode(answers)}`)].join('\r\n');
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(sets.slice(0, 3)))]);
    const plain = Buffer.from(csv(sets.slice(3)));

    await openRollUp();
    // Read off the main thread by public/read-files.js, which hands over each file as UTF-8 bytes.
    const worker = app.page.waitForEvent('worker');
    await app.page.locator('#rollup-files').setInputFiles([
      { name: 'bom.csv', mimeType: 'text/csv', buffer: withBom },
      { name: 'plain.csv', mimeType: 'text/csv', buffer: plain },
    ]);
    assert.match((await worker).url(), /\/read-files\.js$/);
    await app.page.getByTestId('rollup-figures').waitFor({ timeout: 30000 });
    assert.equal(await app.page.getByTestId('rollup-count').innerText(), '集計した結果：6件');
    // The mark is not part of the first column's name (the worker drops it, and so would the
    // table reader): both files' 業種 are one column.
    const labels = await app.page.locator('#rollup-column option').allInnerTexts();
    assert.deepEqual(labels.filter((l) => l.includes('業種')), ['業種（2区分）']);
  });

  test('from the publishing page, in English, and printed on A4 without an empty page', async () => {
    await app.goto(`${h.server.url}?screen=publish&lang=en`);
    await app.button("Roll up the members' results").click();
    await app.page.getByRole('heading', { level: 1, name: "Roll up the members' results" }).waitFor();
    const sets = answerSets(12, 3);
    await app.page.locator('#rollup-paste').fill(sets.map((a) => `#r=${shareCode(a)}`).join('\n'));
    await app.button('Roll up the pasted results').click();
    await app.page.getByTestId('rollup-figures').waitFor();
    assert.match(await app.page.getByTestId('rollup-count').innerText(), /12/);
    assert.doesNotMatch(await app.page.getByTestId('rollup-figures').innerText(), /[ぁ-んァ-ン]/, 'the figures are in English');

    await app.page.emulateMedia({ media: 'print' });
    const pdf = await app.page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.ok(pages >= 1 && pages <= 6, `the summary prints on a few A4 pages (${pages})`);
    assert.equal(await app.page.locator('#rollup-paste').isVisible(), false, 'the inputs are not printed');
  });
});
