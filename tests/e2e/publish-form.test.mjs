// The publishing page's config form and its ZIP (issue 31), in real Chromium against copies of the
// release build served as static files: each field checked as the app checks it at start, the
// live preview drawn by the app's own banner and 相談窓口, config.json downloaded and pasted back,
// and 「このツールをZIPでダウンロード」 giving the release zip's files with the form's config.json.

import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { DIST, DiagnosisPage, closeContext, launchBrowser } from './fixtures/app.mjs';
import { Sites } from './fixtures/embed.mjs';
import { releaseFiles } from '../../scripts/release/zip-layout.mjs';
import { startServer } from '../../scripts/serve.mjs';

let browser;
let context;
let sites;
let errors;

before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});
beforeEach(() => {
  sites = new Sites();
  errors = [];
});
afterEach(async () => {
  await closeContext(context);
  context = undefined;
  await sites.cleanup();
  assert.deepEqual(errors, [], 'no uncaught errors on the page');
});

/** A fresh context on the publishing page of a copy of the build; returns { page, server }. */
async function openPublish(files = {}) {
  const server = await sites.app(files);
  context = await browser.newContext({ viewport: { width: 1000, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  const app = new DiagnosisPage(page);
  await app.goto(`${server.url}?screen=publish`);
  await page.getByRole('heading', { name: '6. config.json をこのページで作る' }).waitFor();
  return { page, server, dir: sites.dirs.at(-1) };
}

const field = (page, name) => page.getByRole('textbox', { name, exact: false });

/** Fills the form's fields by their labels. */
async function fill(page, values) {
  for (const [label, value] of Object.entries(values)) await field(page, label).fill(value);
}

const FORM = {
  '団体名 organization.name': '○○商工会議所',
  '団体のサイト organization.url': 'https://example.or.jp/',
  'メッセージ message': '会員企業の皆様へ',
  '窓口の名前 contact.name': '経営支援課',
  '電話番号 contact.phone': '011-000-0000',
  '受付時間 contact.hours': '平日 9:00～17:00',
  '団体の色 accent_color': '#0b6e4f',
};

const FORM_JSON = `{
  "organization": {
    "name": "○○商工会議所",
    "url": "https://example.or.jp/"
  },
  "contact": {
    "name": "経営支援課",
    "phone": "011-000-0000",
    "hours": "平日 9:00～17:00"
  },
  "message": "会員企業の皆様へ",
  "accent_color": "#0b6e4f"
}
`;

describe('config form', () => {
  test('each field is checked as at start, the preview shows the banner and the desk, the download is the form', async () => {
    const { page } = await openPublish();
    await fill(page, FORM);
    const preview = page.getByTestId('form-preview');
    assert.match(await preview.getByTestId('org').innerText(), /提供：○○商工会議所[\s\S]*会員企業の皆様へ/);
    assert.equal(await preview.getByRole('link', { name: '○○商工会議所' }).getAttribute('href'), 'https://example.or.jp/');
    const desk = preview.getByTestId('contact');
    assert.match(await desk.innerText(), /ご相談は○○商工会議所 経営支援課へ/);
    assert.equal(await desk.getByRole('link', { name: '011-000-0000' }).getAttribute('href'), 'tel:011-000-0000');

    // A hostile value: refused with the app's own message, tied to its field; the rest applies.
    const url = field(page, '窓口のページ contact.url');
    await url.fill('javascript:alert(1)');
    const error = page.getByTestId('error-contact.url');
    assert.equal(await error.innerText(), '使えない URL です（https:, http:, mailto:, tel: または相対 URL のみ）');
    assert.equal(await url.getAttribute('aria-invalid'), 'true');
    assert.deepEqual((await url.getAttribute('aria-describedby')).split(' '), ['cfg-contact-url-hint', 'cfg-contact-url-error']);
    assert.equal(await desk.getByRole('link', { name: /javascript/ }).count(), 0);
    await field(page, '団体の色 accent_color').fill('red');
    assert.equal(await page.getByTestId('error-accent_color').innerText(), '色は #rgb または #rrggbb で指定してください');
    await field(page, '団体の色 accent_color').fill('#0b6e4f');
    assert.equal(await page.getByTestId('error-accent_color').innerText(), '');
    assert.equal(await field(page, '団体の色 accent_color').getAttribute('aria-invalid'), null);
    await url.fill('');
    assert.equal(await url.getAttribute('aria-invalid'), null);
    assert.equal(await url.getAttribute('aria-describedby'), 'cfg-contact-url-hint');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'config.json をダウンロード' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'config.json');
    assert.equal(await readFile(await download.path(), 'utf8'), FORM_JSON);
  });

  test('a pasted config.json fills the form; hostile values keep their place and show why; a broken file changes nothing', async () => {
    const { page } = await openPublish();
    await field(page, '団体名 organization.name').fill('入力済みの名前');
    const paste = page.getByRole('textbox', { name: /いまの config\.json の中身/ });
    const load = page.getByRole('button', { name: '読み込む', exact: true });
    const status = page.getByTestId('cfg-load-status');

    await paste.fill('{"organization": {"name": "壊れた"');
    await load.click();
    assert.match(await status.innerText(), /^読み込めませんでした。フォームの内容はそのままです：JSON として読めないため使いません（途中で終わっています、1 行 \d+ 列）$/);
    assert.equal(await field(page, '団体名 organization.name').inputValue(), '入力済みの名前');

    await paste.fill(JSON.stringify({
      organization: { name: '△△商工会', logo: '../../secret.png' },
      contact: { email: 'desk@example.or.jp?bcc=x@evil.example', phone: '099-111-2222' },
      collect: 'desk@example.or.jp',
      colour: 'red',
    }));
    await load.click();
    assert.equal(await status.innerText(), '読み込みました。フォームにない項目（colour）は含まれません。');
    assert.equal(await field(page, '団体名 organization.name').inputValue(), '△△商工会');
    assert.equal(await field(page, 'ロゴ画像 organization.logo').inputValue(), '../../secret.png');
    assert.equal(await field(page, '結果の送り先 collect').inputValue(), 'desk@example.or.jp');
    assert.match(await page.getByTestId('error-organization.logo').innerText(), /^使えないロゴの指定です/);
    assert.equal(await page.getByTestId('error-contact.email').innerText(), 'メールアドレスの形式ではありません');
    assert.equal(await field(page, '団体のサイト organization.url').inputValue(), '');
    const desk = page.getByTestId('form-preview').getByTestId('contact');
    assert.match(await desk.innerText(), /099-111-2222/);
    assert.doesNotMatch(await desk.innerText(), /evil/);

    // A file that is not UTF-8 is refused as at start.
    await page.locator('#cfg-file').setInputFiles({ name: 'config.json', mimeType: 'application/json', buffer: Buffer.from([0x7b, 0x22, 0x82, 0xa0, 0x22, 0x7d]) });
    await status.getByText(/UTF-8 のテキストではないため使いません/).waitFor();
    assert.equal(await field(page, '団体名 organization.name').inputValue(), '△△商工会');
  });
});

/** The entries of a zip: path → bytes. */
function entries(bytes) {
  return unzipSync(new Uint8Array(bytes));
}

describe('ZIP of this deployment', () => {
  test('the ZIP is the release zip, file for file, with the form\'s config.json', async () => {
    const { page } = await openPublish();
    await fill(page, FORM);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60000 }),
      page.getByRole('button', { name: 'このツールをZIPでダウンロード' }).click(),
    ]);
    const release = await releaseFiles(DIST);
    const top = release[0].path.split('/')[0];
    assert.equal(download.suggestedFilename(), `${top}.zip`);
    const zip = await readFile(await download.path());
    const got = entries(zip);
    // The same entries, in the same order.
    const order = [];
    for (let at = zip.length - 22, cd = zip.readUInt32LE(at + 16), i = 0; i < zip.readUInt16LE(at + 8); i++) {
      const nameLength = zip.readUInt16LE(cd + 28);
      order.push({
        name: zip.subarray(cd + 46, cd + 46 + nameLength).toString('utf8'),
        madeBy: zip.readUInt16LE(cd + 4),
        flags: zip.readUInt16LE(cd + 8),
        date: zip.readUInt32LE(cd + 12),
        mode: zip.readUInt32LE(cd + 38) >>> 16,
      });
      cd += 46 + nameLength + zip.readUInt16LE(cd + 30) + zip.readUInt16LE(cd + 32);
    }
    assert.deepEqual(order.map((e) => e.name), release.map((f) => f.path));
    for (const e of order) {
      assert.equal(e.madeBy, 0x0314, e.name);
      assert.equal(e.flags, /^[\x00-\x7f]*$/.test(e.name) ? 0 : 0x0800, e.name);
      assert.equal(e.date, 0x28210000, e.name);
      assert.equal(e.mode, 0o100644, e.name);
    }
    // Every file byte for byte, but config.json, which is the form's.
    for (const { path, bytes } of release) {
      if (path === `${top}/site/config.json`) {
        assert.equal(Buffer.from(got[path]).toString('utf8'), FORM_JSON);
      } else {
        assert.ok(Buffer.from(got[path]).equals(bytes), `${path} differs from the release's`);
      }
    }
    assert.ok(Buffer.from(got[`${top}/site/index.html`]).equals(await readFile(join(DIST, 'index.html'))));
    assert.match(await page.getByTestId('zip-status').innerText(), new RegExp(`${top}\\.zip をダウンロードしました（${release.length} ファイル）`));
  });

  test('unpacked and served under a sub-path, the ZIP\'s site starts with the form\'s organisation, message and colour', async () => {
    const { page } = await openPublish();
    await fill(page, FORM);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60000 }),
      page.getByRole('button', { name: 'このツールをZIPでダウンロード' }).click(),
    ]);
    const got = entries(await readFile(await download.path()));
    // What an association uploads by FTP: the zip's site/ folder, as it is.
    const root = await mkdtemp(join(tmpdir(), 'zip-site-'));
    let server;
    try {
      for (const [path, bytes] of Object.entries(got)) {
        const inSite = path.match(/^[^/]+\/site\/(.+)$/);
        if (!inSite || path.endsWith('/')) continue;
        await mkdir(dirname(join(root, inSite[1])), { recursive: true });
        await writeFile(join(root, inSite[1]), bytes);
      }
      server = await startServer({ root, port: 0, base: '/kaiin/shindan/' });
      const hosted = await context.newPage();
      hosted.on('pageerror', (e) => errors.push(e.message));
      await new DiagnosisPage(hosted).goto(server.url);
      const org = hosted.getByTestId('org');
      await org.waitFor();
      assert.match(await org.innerText(), /提供：○○商工会議所/);
      assert.match(await org.innerText(), /会員企業の皆様へ/);
      assert.equal(await org.getByRole('link', { name: '○○商工会議所' }).getAttribute('href'), 'https://example.or.jp/');
      const accent = await hosted.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
      assert.equal(accent, '#0b6e4f');
      await hosted.close();
    } finally {
      await server?.close();
      await rm(root, { recursive: true, force: true });
    }
  });

  test('after one ZIP made online, the same ZIP is made with the server gone', async () => {
    const { page, server } = await openPublish();
    // Once the service worker is active and controls the page, what the ZIP fetches is kept.
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated', null, { timeout: 30000 });
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 30000 });
    await page.getByRole('heading', { name: '6. config.json をこのページで作る' }).waitFor();
    await fill(page, FORM);
    const zip = async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60000 }),
        page.getByRole('button', { name: 'このツールをZIPでダウンロード' }).click(),
      ]);
      return readFile(await download.path());
    };
    const online = await zip();
    // The kit's files are not precached: the worker keeps the copies it fetched for the ZIP.
    await page.waitForFunction(async () => (await caches.match(new URL('kit/LICENSE.txt', location.href).href)) !== undefined, null, { timeout: 30000 });
    await server.close();
    const offline = await zip();
    assert.ok(offline.equals(online), 'the same ZIP, byte for byte');
    assert.match(await page.getByTestId('zip-status').innerText(), /をダウンロードしました/);
  });

  test('a file that cannot be fetched is named, and the form keeps what was typed', async () => {
    const { page, dir } = await openPublish();
    await fill(page, FORM);
    await unlink(join(dir, 'kit', 'LICENSE.txt'));
    await page.getByRole('button', { name: 'このツールをZIPでダウンロード' }).click();
    const status = page.getByTestId('zip-status');
    await status.getByText(/kit\/LICENSE\.txt を読み込めなかったため、ZIP を作れませんでした（.+）。フォームの内容はそのままです。/).waitFor({ timeout: 30000 });
    assert.equal(await field(page, '団体名 organization.name').inputValue(), '○○商工会議所');
    assert.equal(await field(page, '受付時間 contact.hours').inputValue(), '平日 9:00～17:00');
  });
});
