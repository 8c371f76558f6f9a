// The release zip on Debian's Apache 2.4, as on a rental server (issue 31): the site/ folder
// uploaded to /kaiin/shindan/ with its .htaccess, AllowOverride All. Twice: with mod_headers and
// mod_rewrite (what rental servers have), and with Debian's default modules only, where the
// .htaccess must still never answer 500.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser } from '../e2e/fixtures/app.mjs';
import { checkFiles, checkPrecompressed } from './fixtures/headers.mjs';
import {
  DEBIAN_DEFAULT_MODULES, RENTAL_MODULES, SUB_PATH, copyDist, diagnosisThenOffline, documentRoot,
  get, startApache,
} from './fixtures/servers.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

describe('Apache with mod_headers and mod_rewrite (a rental server)', () => {
  let root;
  let apache;
  const PRECOMPRESSED = '/kaiin/precompressed/';
  before(async () => {
    root = await documentRoot('release-apache-');
    // dist/ uploaded as it is, with the build's .br/.gz copies, and the kit's .htaccess.
    const dist = join(root.root, 'kaiin', 'precompressed');
    await mkdir(dist, { recursive: true });
    await copyDist(dist, { '.htaccess': await readFile(join(root.site, '.htaccess')) });
    apache = await startApache({ root: root.root, temp: root.temp, modules: RENTAL_MODULES });
  });
  after(async () => {
    await apache?.stop();
    await root?.cleanup();
  });

  test('every file: its type, its bytes, gzip, the cache rule and the security headers', async (t) => {
    await checkFiles(t, apache.url + SUB_PATH, root.site, { headers: true });
  });

  test('the .htaccess itself cannot be fetched (hence kit/htaccess.txt), its copy can', async () => {
    assert.equal((await get(`${apache.url}${SUB_PATH}.htaccess`)).status, 403);
    const copy = await get(`${apache.url}${SUB_PATH}kit/htaccess.txt`);
    assert.equal(copy.status, 200);
    assert.ok(copy.body.equals(await readFile(join(root.site, '.htaccess'))));
  });

  test('precompressed copies, when uploaded, are sent as they are (br and gzip)', async () => {
    const dist = join(root.root, 'kaiin', 'precompressed');
    await checkPrecompressed(apache.url + PRECOMPRESSED, dist, 'br');
    await checkPrecompressed(apache.url + PRECOMPRESSED, dist, 'gzip');
  });

  test('the diagnosis gives 100 points, the service worker installs, and offline a reload shows the app', async () => {
    const errors = await apache.log();
    assert.doesNotMatch(errors, /\[(core|rewrite|headers|mime):(error|alert|crit)\]/, 'no configuration error so far');
    await diagnosisThenOffline(browser, apache.url + SUB_PATH, () => apache.stop());
  });
});

describe('Apache with only Debian\'s default modules (no mod_headers, no mod_rewrite)', () => {
  let root;
  let apache;
  before(async () => {
    root = await documentRoot('release-apache-default-');
    apache = await startApache({ root: root.root, temp: root.temp, modules: DEBIAN_DEFAULT_MODULES });
  });
  after(async () => {
    await apache?.stop();
    await root?.cleanup();
  });

  test('the .htaccess causes no error: every file 200 with its type and gzip (no cache or security headers)', async (t) => {
    await checkFiles(t, apache.url + SUB_PATH, root.site, { headers: false });
    assert.doesNotMatch(await apache.log(), /\.htaccess/, 'nothing in the error log about the .htaccess');
  });

  test('the diagnosis gives 100 points, the service worker installs, and offline a reload shows the app', async () => {
    await diagnosisThenOffline(browser, apache.url + SUB_PATH, () => apache.stop());
  });
});
