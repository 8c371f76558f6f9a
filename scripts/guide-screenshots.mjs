// Takes the screenshots of the publishing guide (docs/導入ガイド.md) into docs/guide/, from the
// release build as an association would host it: a copy of dist/ under /kaiin/shindan/ with an
// example config.json and logo, served by scripts/serve.mjs, in Debian's Chromium. Run it after a
// change to the screens the guide shows, then commit the PNGs (scripts/kit.mjs copies them into
// kit/guide/). Each must stay under 80 KB and 360-800 px wide (checked here): they are written
// with a palette of at most 256 colours (scripts/guide-png.mjs; about a third of Chromium's size).
//
//   node scripts/guide-screenshots.mjs [dist]
//
// The screenshots use whatever Japanese font the machine has (Debian: fonts-noto-cjk looks best;
// Droid Sans Fallback works).

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { palettePng } from './guide-png.mjs';
import { startServer } from './serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'docs', 'guide');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run'];
const MAX_BYTES = 80 * 1024;

/** An example association: the shape of config.example.json, with a logo that exists. */
const CONFIG = {
  organization: { name: '○○商工会議所', url: 'https://example.or.jp/', logo: 'logo.svg' },
  contact: {
    name: '経営支援課', phone: '011-000-0000', email: 'desk@example.or.jp',
    url: 'https://example.or.jp/soudan/', hours: '平日 9:00～17:00',
  },
  message: '会員企業の皆様へ：年に一度の自己診断をお願いします。',
  accent_color: '#0b6e4f',
};
const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" width="48" height="48">
<circle cx="24" cy="24" r="22" fill="#0b6e4f"/><rect x="14" y="14" width="20" height="20" rx="3" fill="#fff"/>
<circle cx="24" cy="24" r="5" fill="#0b6e4f"/></svg>
`;

const dist = resolve(process.argv[2] ?? join(ROOT, 'dist'));
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`guide-screenshots: ${dist} has no index.html; run scripts/build.sh first`);
  process.exit(1);
}

const site = await mkdtemp(join(tmpdir(), 'guide-shots-'));
let server;
let browser;
try {
  await cp(dist, site, { recursive: true });
  await writeFile(join(site, 'config.json'), JSON.stringify(CONFIG, null, 2));
  await writeFile(join(site, 'logo.svg'), LOGO);
  server = await startServer({ root: site, port: 0, base: '/kaiin/shindan/' });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const context = await browser.newContext({ viewport: { width: 390, height: 720 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const shots = [];
  const shoot = async (name, clip) => {
    const path = join(OUT, name);
    const { bytes, colours, lossless } = palettePng(await page.screenshot({ clip, fullPage: true, animations: 'disabled', caret: 'hide' }));
    await writeFile(path, bytes);
    shots.push(path);
    console.log(`${name}: ${colours} colours${lossless ? '' : ', reduced to 256'}`);
  };
  /** The page's area from y0 to y1 (CSS px, page coordinates), the viewport's width. */
  const band = (y0, y1) => ({ x: 0, y: Math.max(0, Math.floor(y0)), width: 390, height: Math.ceil(y1 - Math.max(0, y0)) });

  // 1. The landing with the association's banner (below the start button).
  await page.goto(server.url);
  await page.waitForFunction(() => !document.querySelector('.prerender') && document.querySelector('main#main'));
  const banner = page.getByTestId('org');
  await banner.waitFor();
  await page.locator('.org-banner__logo').evaluate((img) => img.decode?.());
  const bannerBox = await banner.boundingBox();
  await shoot('landing.png', band(0, bannerBox.y + bannerBox.height + 16));

  // 2. The result's contact desk (相談窓口), after a complete diagnosis.
  await page.getByRole('button', { name: '診断を始める', exact: true }).click();
  for (let no = 1; no <= 25; no++) {
    const group = page.getByRole('group', { name: new RegExp(`^No\\.${no} `) });
    if (!(await group.count())) await page.getByRole('button', { name: '次へ', exact: true }).click();
    const label = no % 3 === 0 ? '一部実施している' : '実施している';
    await group.getByRole('radio', { name: new RegExp(`^${label}`) }).check();
  }
  await page.locator('.pager').getByRole('button', { name: '結果を見る' }).click();
  const desk = page.getByTestId('contact');
  await desk.waitFor();
  await desk.scrollIntoViewIfNeeded();
  const deskBox = await desk.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { y: r.top + window.scrollY, height: r.height };
  });
  await shoot('result-contact.png', band(deskBox.y - 16, deskBox.y + deskBox.height + 16));

  // 3. The publishing page 「このツールを自社サイトに掲載する」: the heading and the one line.
  await page.goto(`${server.url}?screen=publish`);
  const code = page.locator('.copy-box').first();
  await code.waitFor();
  const codeBox = await code.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { y: r.top + window.scrollY, height: r.height };
  });
  // The line names this test server: shown with the guide's example address instead.
  await page.locator('.copy-box__code').first().evaluate((el, origin) => {
    el.value = el.value.replaceAll(origin, 'https://www.example.or.jp');
  }, new URL(server.url).origin);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot('publish.png', band(0, codeBox.y + codeBox.height + 16));

  for (const path of shots) {
    const { size } = await stat(path);
    const png = await readFile(path);
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    console.log(`${path.slice(ROOT.length + 1)}: ${width}×${height}, ${(size / 1024).toFixed(1)} KB`);
    assert.ok(size < MAX_BYTES, `${path} is ${size} bytes: keep each screenshot under 80 KB (a smaller area)`);
    assert.ok(width >= 360 && width <= 800, `${path} is ${width} px wide: 360-800 px`);
  }
  await context.close();
} finally {
  await browser?.close();
  await server?.close();
  await rm(site, { recursive: true, force: true });
}
