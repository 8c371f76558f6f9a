// Issue 14: the questionnaire before the wasm arrives. On a first visit index.html holds the app's
// landing and its three Parts as static HTML rendered at build time from the app's own components
// (src/app/prerender.rs); public/boot-screen.js shows one screen at a time and counts answers; the
// app takes over where the user is (src/platform/boot.rs). Release build served as static files, with the
// wasm held back until the test releases it.

import { beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DiagnosisPage, expectedBand, holdWasm, journeys, mixedAnswers, takenOver, tally,
} from './fixtures/app.mjs';

const VIEWPORT = { width: 390, height: 800 };
const h = journeys({ viewport: VIEWPORT });
let app;
beforeEach(() => {
  app = h.app;
});

/** Opens the app for a first visit with the wasm held back; returns the release function. */
async function openHeld(page = app.page, url = h.server.url) {
  const release = await holdWasm(page);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.locator('.prerender').waitFor({ state: 'attached' });
  return release;
}

/** True while the static screens are on the page (the app has not taken over). */
const isStatic = (page = app.page) => page.evaluate(() => Boolean(document.querySelector('.prerender')));

/** The heading on screen (the static page holds four; one shows). */
const visibleHeading = (page = app.page) => page.locator('h1:visible').innerText();

/** A button of the screen on view (the static page holds every screen's buttons). */
const visibleButton = (name, page = app.page) => page.locator('main section:visible').getByRole('button', { name, exact: true });

/** Records layout shifts from the first paint on (as the browser reports them). */
async function recordShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!e.hadRecentInput) window.__shifts.push({ value: e.value, nodes: e.sources.map((s) => s.node?.nodeName ?? '?').join(',') });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/**
 * The screen on view as data, element by element: tag, attributes (the class as a sorted set),
 * the checked state of inputs, the value of progress bars, and the text between elements (adjacent
 * text nodes joined, as a reader sees them: the app may build one text in two nodes). The header
 * and footer around it too. Comments and whitespace-only text are left out.
 */
function snapshotScreen(page) {
  return page.evaluate(() => {
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return { text: node.textContent };
      if (node.nodeType !== Node.ELEMENT_NODE) return null;
      const attrs = {};
      for (const a of node.attributes) {
        attrs[a.name] = a.name === 'class' ? a.value.split(/\s+/).filter(Boolean).sort().join(' ') : a.value;
      }
      const out = { tag: node.tagName.toLowerCase(), attrs };
      if (node.tagName === 'INPUT') out.checked = node.checked;
      if (node.tagName === 'PROGRESS') out.value = node.value;
      const children = [];
      for (const child of [...node.childNodes].map(walk).filter(Boolean)) {
        const last = children[children.length - 1];
        if (child.text !== undefined && last?.text !== undefined) last.text += child.text;
        else children.push(child);
      }
      out.children = children.filter((c) => c.text === undefined || c.text.trim() !== '');
      return out;
    };
    const screen = [...document.querySelectorAll('main#main > section')].find((s) => s.offsetParent !== null || getComputedStyle(s).display !== 'none');
    return {
      header: walk(document.querySelector('header.site-header')),
      screen: walk(screen),
      footer: walk(document.querySelector('footer.site-footer')),
    };
  });
}

describe('the questionnaire before the wasm', () => {
  test('start, answer all of Part 1 before the wasm; after take-over the five answers stay chosen, nothing moves, focus and scroll are kept, a reload keeps them, finishing gives the sheet\'s total', async () => {
    await recordShifts(app.page);
    const release = await openHeld();
    assert.equal(await visibleHeading(), '5分でできる！情報セキュリティ自社診断');
    await visibleButton('診断を始める').click();
    assert.match(await visibleHeading(), /Part 1\s*基本的対策/);
    await app.expectFocus('screen-heading');
    const answers = mixedAnswers();
    for (let no = 1; no <= 5; no++) await app.radio(no, answers[no]).check();
    assert.match(await app.page.locator('[data-testid="progress"]:visible').innerText(), /回答済み\s*5\s*\/\s*25/);
    assert.equal(await app.page.locator('progress:visible').evaluate((p) => p.value), 5);
    assert.deepEqual(await app.page.locator('.part-nav__count:visible').allInnerTexts(), ['5 / 5', '0 / 13', '0 / 7']);
    // Somewhere down the page, with a radio focused, as a person answering would be.
    await app.radio(4, answers[4]).focus();
    const scrollY = await app.page.evaluate(() => window.scrollY);
    assert.ok(scrollY > 0, 'scrolled down to No.4');
    const box = await app.question(4).boundingBox();
    assert.equal(await isStatic(), true, 'still the static page');

    release();
    await takenOver(app.page);
    for (let no = 1; no <= 5; no++) {
      assert.equal(await app.radio(no, answers[no]).isChecked(), true, `No.${no} is still chosen`);
    }
    assert.match(await app.progressText(), /回答済み\s*5\s*\/\s*25/);
    assert.match(await app.heading().innerText(), /Part 1\s*基本的対策/, 'the Part the user was on');
    assert.equal(await app.page.evaluate(() => window.scrollY), scrollY, 'the scroll position is kept');
    await app.expectFocus(`q-4-${{ 実施している: 'done', 一部実施している: 'partial', 実施していない: 'not_done', わからない: 'unknown' }[answers[4]]}`);
    assert.deepEqual(await app.question(4).boundingBox(), box, 'No.4 did not move');
    await app.page.waitForTimeout(300);
    assert.deepEqual(await app.page.evaluate(() => window.__shifts), [], 'no layout shift');

    // They were saved: a reload keeps them.
    await app.page.reload();
    await app.page.locator('main#main').waitFor();
    for (let no = 1; no <= 5; no++) assert.equal(await app.radio(no, answers[no]).isChecked(), true);
    // Finishing gives the sheet's total.
    await app.answerAll(Object.fromEntries(Object.entries(answers).filter(([no]) => no > 5)));
    await app.showResult();
    assert.equal(await app.heading().innerText(), '診断結果');
    assert.equal((await app.page.getByTestId('total').innerText()).replace(/\s+/g, ' ').trim(), `合計 ${tally(answers).total}点`);
  });

  test('a reader who jumps far down a long Part before the wasm: after take-over the question on screen has not moved', async () => {
    // The static Part lays out a question only when the reader nears it (content-visibility), with
    // a guessed height until then (16rem on a desktop, off by up to 80 px a question). Chromium
    // lays out the ones jumped over as it scrolls, so the app's rendering finds the same heights.
    const desk = await h.fresh({ viewport: { width: 1280, height: 800 } });
    await recordShifts(desk.page);
    const release = await openHeld(desk.page);
    await visibleButton('診断を始める', desk.page).click();
    await desk.page.locator('.prerender main > section:visible').getByRole('button', { name: /Part 2/ }).click();
    assert.match(await visibleHeading(desk.page), /Part 2/);
    // Straight to No.15, not to the very end (where the browser's clamping alone keeps the view).
    await desk.page.evaluate(() => document.querySelector('.prerender #q-15').scrollIntoView());
    await desk.page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    const onScreen = () => desk.page.evaluate(() => {
      const q = [...document.querySelectorAll('.question')].find((el) => {
        const r = el.getBoundingClientRect();
        return r.height > 0 && r.bottom > 0;
      });
      return [q.id, Math.round(q.getBoundingClientRect().top)];
    });
    const before = await onScreen();
    assert.ok(Number(before[0].slice(2)) >= 14, `near the end of Part 2: ${before}`);
    release();
    await takenOver(desk.page);
    assert.match(await desk.heading().innerText(), /Part 2/);
    assert.deepEqual(await onScreen(), before, 'the same question at the same place');
    await desk.page.waitForTimeout(300);
    assert.deepEqual(await desk.page.evaluate(() => window.__shifts), [], 'no layout shift');
  });

  test('the result asked for before the wasm: 「結果を準備しています」, then the result once it arrives', async () => {
    const release = await openHeld();
    await visibleButton('診断を始める').click();
    const answers = mixedAnswers();
    for (let no = 1; no <= 25; no++) {
      if (!(await app.question(no).isVisible())) await visibleButton('次へ').click();
      await app.radio(no, answers[no]).check();
    }
    assert.match(await visibleHeading(), /Part 3/);
    await app.page.locator('.pager:visible').getByRole('button', { name: '結果を見る' }).click();
    const status = app.page.locator('.boot-pending');
    assert.equal(await status.innerText(), '結果を準備しています…');
    assert.equal(await status.getAttribute('role'), 'status');
    assert.equal(await status.isVisible(), true);
    assert.equal(await isStatic(), true);
    release();
    await app.page.getByTestId('total').waitFor();
    assert.equal(await app.heading().innerText(), '診断結果');
    const total = tally(answers).total;
    assert.equal((await app.page.getByTestId('total').innerText()).replace(/\s+/g, ' ').trim(), `合計 ${total}点`);
    assert.equal(await app.page.locator('#band-heading').innerText(), expectedBand(total).label);
    assert.equal(await app.page.locator('.boot-pending').count(), 0);
    // Recorded in the history once.
    // (The history is in the whole app: the first visit's part hands over to it, issue 16.)
    await app.button('履歴を見る').first().click();
    await app.page.getByTestId('history-total').first().waitFor();
    assert.deepEqual(await app.page.getByTestId('history-total').allInnerTexts(), [`${total}点`]);
  });

  test('the wasm is downloaded only once the static screen is shown, and where the browser cannot tell when that was, after a moment', async () => {
    // The loader (scripts/precache.mjs) waits for paint timing's first-contentful-paint, so the
    // download never competes with the first screen's own bytes.
    await app.page.goto(h.server.url);
    await takenOver(app.page);
    const timing = await app.page.evaluate(() => ({
      shown: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      wasm: performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))?.startTime,
    }));
    assert.equal(typeof timing.shown, 'number');
    assert.equal(typeof timing.wasm, 'number');
    assert.ok(timing.wasm >= timing.shown, `the wasm's download started at ${timing.wasm} ms, before the first content was shown at ${timing.shown} ms`);
    // A browser whose PerformanceObserver throws on { type } (older engines only know entryTypes):
    // the download starts on the timer, and answers chosen meanwhile are taken over.
    const other = await h.fresh();
    await other.page.addInitScript(() => {
      PerformanceObserver.prototype.observe = function observe() { throw new TypeError('entryTypes is required'); };
    });
    const release = await openHeld(other.page);
    await visibleButton('診断を始める', other.page).click();
    await other.radio(1, '一部実施している').check();
    release();
    await takenOver(other.page);
    assert.equal(await other.radio(1, '一部実施している').isChecked(), true);
    assert.match(await other.heading().innerText(), /Part 1/);
  });

  test('a click the static page cannot serve waits for the app: English, and 履歴を見る', async () => {
    let release = await openHeld();
    await app.page.getByRole('button', { name: 'English' }).click();
    assert.equal(await app.page.locator('.boot-pending').innerText(), '準備しています…');
    release();
    await takenOver(app.page);
    // The first part takes the click over and hands English to the whole app, which starts in
    // the same page and replaces the first part's (Japanese) screen.
    await app.page.waitForFunction(() => document.documentElement.lang === 'en'
      && /Information Security Self-Check/.test(document.querySelector('h1')?.innerText ?? ''));
    assert.match(await app.heading().innerText(), /Information Security Self-Check/);

    const other = await h.fresh();
    release = await openHeld(other.page);
    await visibleButton('履歴を見る', other.page).click();
    release();
    await takenOver(other.page);
    assert.equal(await other.heading().innerText(), '履歴');
  });

  test('every static screen is the app\'s own rendering of it, element by element (landing and each Part, with answers)', async () => {
    const answers = mixedAnswers();
    // Screen 0 is the landing; screens 1–3 the Parts, reached with the Part navigation.
    for (const screen of [0, 1, 2, 3]) {
      const page = screen === 0 ? app.page : (await h.fresh()).page;
      const d = new DiagnosisPage(page);
      const release = await openHeld(page);
      if (screen > 0) {
        await visibleButton('診断を始める', page).click();
        // Answers in every Part, so each Part's counts differ.
        for (const no of [1, 2, 7, 8, 9, 20]) await d.answer(no, answers[no]);
        await page.locator('nav.part-nav:visible').getByRole('button', { name: new RegExp(`^Part ${screen}`) }).click();
      }
      await page.mouse.click(1, 1);
      const before = await snapshotScreen(page);
      release();
      await takenOver(page);
      await page.mouse.click(1, 1);
      const after = await snapshotScreen(page);
      assert.ok(before.screen, `screen ${screen} is on view`);
      assert.deepEqual(before, after, `screen ${screen}: the static markup is the app's`);
    }
  });
});

describe('the static screens are only used where they are right', () => {
  test('?lang=en on a first visit shows the plain indicator, then the English app', async () => {
    const release = await openHeld(app.page, `${h.server.url}?lang=en`);
    assert.equal(await app.page.locator('.prerender').isVisible(), false);
    assert.equal(await app.page.getByRole('status').filter({ hasText: '読み込み中' }).isVisible(), true);
    release();
    await takenOver(app.page);
    assert.match(await app.heading().innerText(), /Information Security Self-Check/);
  });

  test('a share link on a first visit shows the plain indicator, then the shared result', async () => {
    const code = await (async () => {
      const d = app;
      await d.goto(h.server.url);
      await d.button('診断を始める').click();
      await d.answerAll(mixedAnswers());
      await d.showResult();
      return d.page.getByTestId('share-link').inputValue();
    })();
    assert.match(code, /#r=/);
    const other = await h.fresh();
    const release = await openHeld(other.page, code);
    assert.equal(await other.page.locator('.prerender').isVisible(), false);
    release();
    await takenOver(other.page);
    assert.equal(await other.heading().innerText(), '診断結果（読み取り専用）');
  });
});
