// The two other engines, behind one small interface, for the core journeys (issue 20):
// - Firefox (Gecko): Debian's firefox-esr driven through WebDriver BiDi by puppeteer-core;
// - WebKit (Safari's engine): Debian's WebKitGTK MiniBrowser driven by WebKitWebDriver through
//   W3C WebDriver (a minimal client below), under xvfb (`xvfb-run`, see scripts/test.sh).
// Nothing is downloaded: both browsers come from apt (`scripts/setup.sh test`).
//
// A driver: goto(url), click(xpath) (waits for the element), upload(css, path), run(fn, ...args)
// (a function's source evaluated in the page, its value returned), until(fn, ...args) (polls
// run() until truthy), reload(), close(), and `errors`: the page's uncaught errors where the
// protocol reports them (Firefox), `null` where it does not (classic WebDriver has no such
// event: there a panic shows up as the error screen instead of the asserted text). A new driver
// is a new, empty browser profile.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

import puppeteer from 'puppeteer-core';

export const FIREFOX = '/usr/bin/firefox-esr';
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const TIMEOUT_MS = 20_000;
// WebDriver's own limits for one script and one page load, and ours for one HTTP call to the
// driver (above both): a page that never finishes loading or a driver that stops answering fails
// the test with what it was doing instead of hanging it until the file's timeout.
const SCRIPT_MS = 20_000;
const PAGE_LOAD_MS = 30_000;
const CALL_MS = 45_000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function poll(what, attempt) {
  const end = Date.now() + TIMEOUT_MS;
  let last;
  while (Date.now() < end) {
    try {
      const value = await attempt();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
}

/** Firefox through WebDriver BiDi (puppeteer-core). */
export async function firefox() {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing: run scripts/setup.sh test`);
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const run = (fn, ...args) => page.evaluate(fn, ...args);
  return {
    name: 'Firefox',
    errors,
    goto: (url) => page.goto(url),
    reload: () => page.reload(),
    async click(xpath) {
      const element = await poll(xpath, () => page.$(`xpath/${xpath}`));
      await element.click();
    },
    async upload(css, path) {
      const input = await poll(css, () => page.$(css));
      await input.uploadFile(path);
    },
    run,
    until: (fn, ...args) => poll(String(fn), () => run(fn, ...args)),
    close: () => browser.close(),
  };
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** WebKit: WebKitWebDriver driving WebKitGTK's MiniBrowser (W3C WebDriver). */
export async function webkit() {
  if (!existsSync(MINIBROWSER)) throw new Error(`${MINIBROWSER} is missing: run scripts/setup.sh test`);
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    let json;
    try {
      const response = await fetch(base + path, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(CALL_MS),
      });
      json = await response.json();
    } catch (e) {
      if (e.name === 'TimeoutError') throw new Error(`${method} ${path}: WebKitWebDriver gave no answer in ${CALL_MS} ms`);
      throw e;
    }
    if (json.value && json.value.error) throw new Error(`${method} ${path}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  };
  const session = await poll('WebKitWebDriver', () => call('POST', '/session', {
    capabilities: {
      alwaysMatch: {
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        timeouts: { script: SCRIPT_MS, pageLoad: PAGE_LOAD_MS, implicit: 0 },
      },
    },
  }));
  const at = `/session/${session.sessionId}`;
  const find = async (using, value) => Object.values(await call('POST', `${at}/element`, { using, value }))[0];
  const run = (fn, ...args) => call('POST', `${at}/execute/sync`, { script: `return (${fn})(...arguments);`, args });
  return {
    name: 'WebKit',
    errors: null,
    goto: (url) => call('POST', `${at}/url`, { url }),
    reload: () => call('POST', `${at}/refresh`, {}),
    async click(xpath) {
      // WebKitWebDriver does not scroll an element below the fold into view when the page
      // scrolls smoothly (CSS scroll-behavior), and calls it not interactable: scroll it first,
      // as a user would, then click.
      await poll(`a click on ${xpath}`, async () => {
        const id = await find('xpath', xpath);
        await call('POST', `${at}/execute/sync`, {
          script: 'arguments[0].scrollIntoView({ block: "center", behavior: "instant" });',
          args: [{ 'element-6066-11e4-a52e-4f735466cecf': id }],
        });
        await call('POST', `${at}/element/${id}/click`, {});
        return true;
      });
    },
    async upload(css, path) {
      const id = await poll(css, () => find('css selector', css));
      await call('POST', `${at}/element/${id}/value`, { text: path });
    },
    run,
    async until(fn, ...args) {
      try {
        return await poll(String(fn), () => run(fn, ...args));
      } catch (e) {
        // Where the page was when it timed out: its address and its heading.
        const url = await call('GET', `${at}/url`).catch(() => '?');
        const h1 = await run(() => document.querySelector('h1')?.textContent.trim()).catch(() => '?');
        throw new Error(`${e.message} (page ${url}, heading ${JSON.stringify(h1)})`);
      }
    },
    async close() {
      await call('DELETE', at).catch(() => {});
      driver.kill();
    },
  };
}
