// Everyone can use it: axe-core on every screen in both languages and both colour schemes, a
// keyboard-only journey, a 320 px phone with 200% text, and the English journey.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import {
  DiagnosisPage, closeContext, holdWasm, launchBrowser, mixedAnswers, serveDist, tally,
} from './fixtures/app.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let server;
let browser;

before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page; axe is injected after load, so the context bypasses the app's CSP for it. */
async function newApp(options = {}) {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 390, height: 800 }, ...options });
  return { context, app: new DiagnosisPage(await context.newPage()) };
}

async function axe(page, screen) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  }, TAGS);
  assert.deepEqual(result, [], `axe violations on ${screen}`);
}

const T = {
  ja: { start: '診断を始める', next: '次へ', result: '結果を見る', heading: '診断結果', plan: '対策リストを開く', report: '印刷用レポート（A4）', history: '履歴を見る', back: '結果に戻る' },
  en: { start: 'Start the check', next: 'Next', result: 'See the result', heading: 'Result', plan: 'Open the action plan', report: 'Printable report (A4)', history: 'See the history', back: 'Back to the result' },
};

for (const colorScheme of ['light', 'dark']) {
  describe(`axe: the static first screens before the wasm, ${colorScheme}`, () => {
    test('no violations on the landing and on each Part, with answers chosen', async () => {
      const { context, app } = await newApp({ colorScheme });
      try {
        const release = await holdWasm(app.page);
        await app.page.goto(server.url, { waitUntil: 'domcontentloaded' });
        await app.page.locator('.prerender').waitFor();
        await axe(app.page, 'static landing');
        await app.page.locator('main section:visible').getByRole('button', { name: '診断を始める' }).click();
        for (let part = 1; part <= 3; part++) {
          const first = { 1: 1, 2: 6, 3: 19 }[part];
          await app.radio(first, '一部実施している').check();
          await axe(app.page, `static Part ${part}`);
          if (part < 3) await app.page.locator('.pager:visible').getByRole('button', { name: '次へ' }).click();
        }
        await app.page.locator('.pager:visible').getByRole('button', { name: '結果を見る' }).click();
        await axe(app.page, 'static Part 3 waiting for the result');
        assert.equal(await app.page.locator('.prerender').count(), 1, 'all of it before the wasm');
        release();
      } finally {
        await closeContext(context);
      }
    });
  });
}

for (const lang of ['ja', 'en']) {
  for (const colorScheme of ['light', 'dark']) {
    describe(`axe: ${lang}, ${colorScheme}`, () => {
      test('no violations on any screen', async () => {
        const { context, app } = await newApp({ colorScheme });
        try {
          const t = T[lang];
          await app.goto(`${server.url}?lang=${lang}`);
          assert.equal(await app.page.locator('html').getAttribute('lang'), lang);
          await axe(app.page, 'landing');
          await app.button(t.start).click();
          const answers = mixedAnswers();
          for (let part = 1; part <= 3; part++) {
            await axe(app.page, `Part ${part}`);
            const nos = Object.keys(answers).map(Number).filter((n) => (part === 1 ? n <= 5 : part === 2 ? n > 5 && n <= 18 : n > 18));
            for (const no of nos) {
              await app.question(no).getByRole('radio').nth(['実施している', '一部実施している', '実施していない', 'わからない'].indexOf(answers[no])).check();
            }
            if (part < 3) await app.button(t.next).click();
          }
          // Open a glossary so its content is checked too.
          await app.page.locator('details.glossary').first().evaluate((d) => { d.open = true; });
          await axe(app.page, 'Part 3 with a glossary open');
          await app.page.locator('.pager').getByRole('button', { name: t.result }).click();
          assert.equal(await app.heading().innerText(), t.heading);
          await axe(app.page, 'result');
          await app.button(t.plan).click();
          await app.planBuilt();
          await axe(app.page, 'plan');
          await app.button(t.back).click();
          await app.button(t.report).click();
          await axe(app.page, 'report');
          await app.button(t.back).click();
          await app.button(t.history).click();
          await axe(app.page, 'history');
          await app.page.getByTestId('history-row').first().getByRole('button').first().click();
          await axe(app.page, 'a saved result (read-only view)');
        } finally {
          await closeContext(context);
        }
      });
    });
  }
}

describe('keyboard only', () => {
  test('the whole diagnosis can be completed with the keyboard, focus moving to each new heading', async () => {
    const { context, app } = await newApp();
    try {
      const page = app.page;
      await app.goto(server.url);
      // Tab from the top of the page to the start button (reading order: header, language, …).
      let reached = false;
      for (let i = 0; i < 15 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.textContent === '診断を始める');
      }
      assert.ok(reached, 'Tab reaches 診断を始める');
      await page.keyboard.press('Enter');
      await app.expectFocus('screen-heading');
      const answers = mixedAnswers();
      const order = ['実施している', '一部実施している', '実施していない', 'わからない'];
      for (let no = 1; no <= 25; no++) {
        // Tab to the question's radio group (skipping links, summaries and buttons).
        let inGroup = false;
        for (let i = 0; i < 30 && !inGroup; i++) {
          await page.keyboard.press('Tab');
          const name = await page.evaluate(() => document.activeElement?.getAttribute('name'));
          if (name === `q-${no}`) inGroup = true;
          else if (name === null && (await page.evaluate(() => document.activeElement?.textContent)) === '次へ') {
            await page.keyboard.press('Enter');
            await app.expectFocus('screen-heading');
          }
        }
        assert.ok(inGroup, `reached the radios of No.${no}`);
        await page.keyboard.press('Space');
        for (let k = 0; k < order.indexOf(answers[no]); k++) await page.keyboard.press('ArrowDown');
        assert.equal(await app.radio(no, answers[no]).isChecked(), true, `No.${no}`);
      }
      // Tab on to 結果を見る in the pager.
      let done = false;
      for (let i = 0; i < 30 && !done; i++) {
        await page.keyboard.press('Tab');
        done = await page.evaluate(() => document.activeElement?.textContent === '結果を見る' && !!document.activeElement.closest('.pager'));
      }
      assert.ok(done, 'Tab reaches 結果を見る');
      await page.keyboard.press('Enter');
      await app.expectFocus('screen-heading');
      assert.equal(await app.heading().innerText(), '診断結果');
      assert.equal((await page.getByTestId('total').innerText()).replace(/\s+/g, ' ').trim(), `合計 ${tally(answers).total}点`);
    } finally {
      await closeContext(context);
    }
  });
});

describe('phones and large text', () => {
  test('at 320 px with text at 200% nothing scrolls sideways, and targets are at least 44 px', async () => {
    const { context, app } = await newApp({ viewport: { width: 320, height: 640 } });
    try {
      const page = app.page;
      await app.goto(server.url);
      await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(await overflow(), 0, 'landing');
      await app.button('診断を始める').click();
      assert.equal(await overflow(), 0, 'Part 1');
      const small = await page.evaluate(() => [...document.querySelectorAll('button, .choice, summary')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.height < 44 || r.width < 44).length);
      assert.equal(small, 0, 'touch targets ≥ 44×44');
      await app.answerAll(mixedAnswers());
      await app.showResult();
      assert.equal(await overflow(), 0, 'result');
    } finally {
      await closeContext(context);
    }
  });
});

describe('English', () => {
  test('the English journey reaches the same total as the Japanese one, marked unofficial with the original one tap away', async () => {
    const { context, app } = await newApp();
    try {
      const page = app.page;
      await app.goto(`${server.url}?lang=en`);
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      assert.match(await page.getByTestId('unofficial').innerText(), /Unofficial English translation/);
      await app.button('Start the check').click();
      const original = app.question(1).locator('details.original');
      await original.locator('summary').click();
      assert.match(await original.innerText(), /パソコンやスマホなど情報機器の OS やソフトウェアは常に最新の状態にしていますか？/);
      const answers = mixedAnswers();
      const en = { 実施している: 'Implemented', 一部実施している: 'Partly implemented', 実施していない: 'Not implemented', わからない: "Don't know" };
      for (let no = 1; no <= 25; no++) {
        if (!(await app.question(no).count())) await app.button('Next').click();
        await app.question(no).getByRole('radio', { name: new RegExp(`^${en[answers[no]]} \\(`) }).check();
      }
      await page.locator('.pager').getByRole('button', { name: 'See the result' }).click();
      assert.equal(await app.heading().innerText(), 'Result');
      assert.equal((await page.getByTestId('total').innerText()).replace(/\s+/g, ' ').trim(), `Total ${tally(answers).total} points`);
      // The result's actions and the action plan are in English too.
      const japanese = /[\u3040-\u30ff\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/;
      const actions = page.locator('nav.result-actions');
      assert.equal(await actions.getAttribute('aria-label'), 'Using the result');
      const labels = await actions.getByRole('button').allInnerTexts();
      for (const name of ['Open the action plan', 'Printable report (A4)', 'See the history', 'Back to start', 'Download the result (CSV)']) {
        assert.ok(labels.includes(name), `result action "${name}" in ${JSON.stringify(labels)}`);
      }
      for (const label of labels) assert.doesNotMatch(label.replace(/★/g, ''), japanese, `result action "${label}"`);
      assert.doesNotMatch(await page.locator('section.share').innerText(), japanese, 'share panel');
      await app.button('Open the action plan').click();
      assert.equal(await app.heading().innerText(), 'Action plan');
      await app.planBuilt();
      const plan = page.locator('section.plan');
      assert.match(await page.getByTestId('plan-progress').innerText(), /^Done: 0 of \d+$/);
      const planText = (await plan.innerText()).replace(/No\.\s?\d+/g, '');
      assert.doesNotMatch(planText, japanese, 'plan screen');
      await app.button('Back to the result').click();
      assert.equal(await app.heading().innerText(), 'Result');
      // The choice is remembered; switching back gives the same result in Japanese.
      await page.getByRole('button', { name: '日本語' }).click();
      await app.expectFocus('lang-switch');
      assert.equal(await page.locator('html').getAttribute('lang'), 'ja');
      assert.equal((await page.getByTestId('total').innerText()).replace(/\s+/g, ' ').trim(), `合計 ${tally(answers).total}点`);
      await page.getByRole('button', { name: 'English' }).click();
      // The app sets the page's language when it runs: read it once it does.
      await app.goto(server.url);
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    } finally {
      await closeContext(context);
    }
  });

  test('「診断の後に」 and its ★★ checklist are in English, with the Japanese originals one tap away', async () => {
    const { context, app } = await newApp();
    try {
      const page = app.page;
      const japanese = /[\u3040-\u30ff\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/;
      await app.goto(`${server.url}?lang=en`);
      await app.button('Start the check').click();
      const answers = mixedAnswers();
      const en = { 実施している: 'Implemented', 一部実施している: 'Partly implemented', 実施していない: 'Not implemented', わからない: "Don't know" };
      for (let no = 1; no <= 25; no++) {
        if (!(await app.question(no).count())) await app.button('Next').click();
        await app.question(no).getByRole('radio', { name: new RegExp(`^${en[answers[no]]} \\(`) }).check();
      }
      await page.locator('.pager').getByRole('button', { name: 'See the result' }).click();
      assert.equal(await app.heading().innerText(), 'Result');
      await app.button('After the check (★★, security policy and more)').click();
      assert.equal(await app.heading().innerText(), 'After the check');
      const beyond = page.locator('section.beyond');
      assert.equal(await beyond.getAttribute('lang'), null, 'no Japanese marker on the translated screen');
      // Everything but the quoted original (details.original) is English.
      const visible = await beyond.evaluate((el) => {
        const clone = el.cloneNode(true);
        for (const d of clone.querySelectorAll('details.original, textarea')) d.remove();
        return clone.innerText ?? clone.textContent;
      });
      assert.doesNotMatch(visible.replace(/No\.\s?\d+/g, ''), japanese, 'beyond page');
      const steps = page.getByTestId('star-two-step');
      assert.equal(await steps.count(), 4);
      for (const label of await page.locator('.star-two__label').allInnerTexts()) {
        assert.doesNotMatch(label, japanese, `★★ step "${label}"`);
      }
      assert.match(await page.getByTestId('star-two-headline').innerText(), /^\d steps? to go to ★★\. Next: /);
      const original = page.getByTestId('star-two').locator('details.original');
      assert.equal(await original.getAttribute('lang'), 'ja');
      await original.locator('summary').click();
      assert.match(await original.innerText(), /SECURITY ACTION」は中小企業自らが/);
      await axe(page, 'after the check (en)');
      // The drafts: English screen, Japanese document.
      await app.button('Draft the basic policy').click();
      assert.equal(await app.heading().innerText(), 'Draft information security basic policy');
      const draft = page.locator('section.draft');
      const draftText = await draft.evaluate((el) => {
        const clone = el.cloneNode(true);
        for (const d of clone.querySelectorAll('textarea, [lang="ja"]')) d.remove();
        return clone.innerText ?? clone.textContent;
      });
      assert.doesNotMatch(draftText, japanese, 'policy draft screen');
      assert.match(draftText, /The draft itself is written in Japanese\./);
      assert.match(await page.getByTestId('draft-text').inputValue(), /情報セキュリティ基本方針/);
      await axe(page, 'policy draft (en)');
    } finally {
      await closeContext(context);
    }
  });

  test('a glossary and the dated notes are reachable from the question and the advice', async () => {
    const { context, app } = await newApp();
    try {
      await app.goto(server.url);
      await app.button('診断を始める').click();
      const glossary = app.question(1).getByTestId('glossary');
      await glossary.locator('summary').click();
      assert.match(await glossary.innerText(), /OS/);
      assert.equal(await app.radio(1, '実施していない').count(), 1, 'still on the same question');
      await app.answerAll({ ...mixedAnswers(), 1: '実施していない', 9: '一部実施している' });
      await app.showResult();
      const note1 = app.page.locator('[data-testid="advice-item"][data-no="1"] [data-testid="dated-note"]');
      assert.match(await note1.innerText(), /補足（2026年時点）/);
      assert.match(await note1.innerText(), /Adobe Flash Player/);
      const note9 = app.page.locator('[data-testid="advice-item"][data-no="9"] [data-testid="dated-note"]');
      assert.match(await note9.innerText(), /WPA3/);
      // IPA's wording itself is unchanged.
      assert.match(await app.page.locator('[data-testid="advice-item"][data-no="9"]').innerText(), /強固な暗号化方式\(WPA2-PSK\)を選択する/);
      // In English the note's frame is English; what it is about is quoted as the original says it.
      await app.page.getByRole('group', { name: '表示言語' }).getByRole('button', { name: 'English' }).click();
      await app.page.waitForFunction(() => document.documentElement.lang === 'en');
      await note1.getByText('Note (as of 2026)').waitFor();
      assert.match(await note1.innerText(), /Note \(as of 2026\) \(about “Adobe Flash Player”\)/);
      assert.doesNotMatch(await note1.innerText(), /について/);
    } finally {
      await closeContext(context);
    }
  });
});
