// Chromium for the benchmark: Debian's /usr/bin/chromium (never a downloaded browser), launched
// with a fresh profile per measurement so every run is a first visit (no HTTP cache, no service
// worker), and localStorage seeded beforehand when a run needs a saved session.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROME_PATH = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags every benchmark browser runs with (Lighthouse's runs included). */
export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The same flags for Playwright, which adds its own headless switch (the browser tests use these). */
export const PLAYWRIGHT_FLAGS = CHROME_FLAGS.filter((f) => f !== '--headless=new');

/** The session that opens the app on the question screen (Part 1, nothing answered). */
export const QUESTION_SCREEN_SESSION = {
  'jishin-shindan.session': JSON.stringify({
    version: 2,
    app_version: '0.1.0',
    revision: 1,
    answers: {},
    step: { part: 'basic' },
    last_part: 'basic',
  }),
};

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/**
 * Starts Chromium with a new empty profile and a DevTools port (for Lighthouse and playwright's
 * connectOverCDP). Resolves to { port, close() }; close() ends this browser and deletes its profile.
 */
export async function launchChromium() {
  const profile = await mkdtemp(join(tmpdir(), 'bench-chromium-'));
  const child = spawn(
    CHROME_PATH,
    [...CHROME_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr = (stderr + d).slice(-4000);
  });
  const portFile = join(profile, 'DevToolsActivePort');
  let port;
  for (let i = 0; i < 200 && !port; i++) {
    if (child.exitCode !== null) throw new Error(`chromium exited (${child.exitCode}): ${stderr}`);
    if (existsSync(portFile)) port = Number((await readFile(portFile, 'utf8')).split('\n')[0]) || undefined;
    if (!port) await sleep(100);
  }
  if (!port) {
    process.kill(-child.pid, 'SIGKILL');
    throw new Error(`chromium did not open a DevTools port: ${stderr}`);
  }
  return {
    port,
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((ok) => child.once('exit', ok));
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {}
        await Promise.race([exited, sleep(5000)]);
        if (child.exitCode === null) {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {}
        }
      }
      await rm(profile, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

/**
 * Writes `entries` (key → string) into the localStorage of `origin` in the browser on `port`,
 * from a page of that origin that does not run the app (a 404 of the static server), so no
 * service worker is registered and nothing of the app is cached.
 */
export async function seedLocalStorage(port, origin, entries) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const context = browser.contexts()[0];
    const page = await context.newPage();
    await page.goto(new URL('/__bench-seed-not-found', origin).href);
    await page.evaluate((e) => {
      for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
    }, entries);
    await page.close();
  } finally {
    await browser.close();
  }
}

/** Playwright's Chromium (same binary and flags), for the in-page measurements. */
export function launchPlaywright() {
  return chromium.launch({ executablePath: CHROME_PATH, args: PLAYWRIGHT_FLAGS });
}

export const median = (values) => {
  const v = values.filter((x) => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

/** The phone viewport every in-page measurement uses, and the desktop one the first question is also measured on. */
export const VIEWPORTS = {
  phone: { width: 412, height: 823 },
  desktop: { width: 1280, height: 800 },
};

const ANSWERS = ['実施している', '一部実施している', '実施していない', 'わからない'];

/** A first visit's journey in `page`: the landing, 25 answers, the result with its advice on screen. */
export async function toResult(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('main#main') && !document.querySelector('.prerender'));
  await page.getByRole('button', { name: '診断を始める', exact: true }).click();
  for (let no = 1; no <= 25; no++) {
    const group = page.getByRole('group', { name: new RegExp(`^No\\.${no} `) });
    if (!(await group.count())) await page.getByRole('button', { name: '次へ', exact: true }).click();
    await group.getByRole('radio', { name: new RegExp(`^${ANSWERS[no % 4]}`) }).check();
  }
  await page.locator('.pager').getByRole('button', { name: '結果を見る' }).click();
  await page.getByTestId('advice-item').first().waitFor();
}

/** The files the service worker of the build at `url` precaches (its BUILD line), as it names them. */
export async function precacheList(url) {
  const sw = await (await fetch(new URL('sw.js', url))).text();
  const build = sw.match(/^const BUILD = (.*);$/m);
  if (!build) throw new Error(`${url}sw.js has no BUILD line`);
  return JSON.parse(build[1]).files;
}

/**
 * Waits until the service worker has settled in `page`: installed and activated (nothing installing
 * or waiting), controlling the page, and its cache holding every file of `files` (precacheList).
 * Resolves to the ms it waited, or null when it had not settled after `timeout` ms.
 */
export async function waitForPrecache(page, files, timeout = 15000) {
  const start = Date.now();
  try {
    await page.waitForFunction(async (list) => {
      const reg = await navigator.serviceWorker?.getRegistration();
      if (!reg?.active || reg.active.state !== 'activated' || reg.installing || reg.waiting) return false;
      if (!navigator.serviceWorker.controller) return false;
      const want = list.map((f) => new URL(f, reg.scope).href);
      for (const name of await caches.keys()) {
        if (!name.startsWith('jishin-shindan:') || name.endsWith(':runtime')) continue;
        const have = new Set((await (await caches.open(name)).keys()).map((r) => r.url));
        if (want.every((u) => have.has(u))) return true;
      }
      return false;
    }, files, { timeout, polling: 100 });
    return Date.now() - start;
  } catch (e) {
    if (e.name === 'TimeoutError') return null;
    throw e;
  }
}
