// The release zip on Debian's nginx (a VPS, issue 31): the site/ folder under /kaiin/shindan/ of
// a server whose configuration includes the shipped kit/nginx.conf as it is; a second server
// serves dist/ as it is, with the build's .gz copies, for gzip_static.

import { after, before, describe, test } from 'node:test';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser } from '../e2e/fixtures/app.mjs';
import { checkFiles, checkPrecompressed } from './fixtures/headers.mjs';
import { SUB_PATH, copyDist, diagnosisThenOffline, documentRoot, startNginx } from './fixtures/servers.mjs';

describe('nginx with the shipped location block', () => {
  let browser;
  let root;
  let nginx;
  let precompressedRoot;
  before(async () => {
    browser = await launchBrowser();
    root = await documentRoot('release-nginx-');
    precompressedRoot = join(root.temp, 'www-dist');
    const dist = join(precompressedRoot, ...SUB_PATH.split('/').filter(Boolean));
    await mkdir(dist, { recursive: true });
    await copyDist(dist);
    nginx = await startNginx({
      roots: [root.root, precompressedRoot],
      temp: root.temp,
      locationFile: join(root.site, 'kit', 'nginx.conf'),
    });
  });
  after(async () => {
    await nginx?.stop();
    await browser?.close();
    await root?.cleanup();
  });

  test('every file: its type, its bytes, gzip, the cache rule and the security headers', async (t) => {
    await checkFiles(t, nginx.urls[0] + SUB_PATH, root.site, { headers: true });
  });

  test('gzip_static sends the build\'s .gz copies as they are', async () => {
    await checkPrecompressed(nginx.urls[1] + SUB_PATH, join(precompressedRoot, ...SUB_PATH.split('/').filter(Boolean)), 'gzip');
  });

  test('the diagnosis gives 100 points, the service worker installs, and offline a reload shows the app', async () => {
    await diagnosisThenOffline(browser, nginx.urls[0] + SUB_PATH, () => nginx.stop());
  });
});
