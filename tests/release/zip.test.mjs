// The release zip (scripts/release.sh, issue 31): what it holds, that it names its version, that
// it is the zip of zip-layout.mjs' file list byte for byte, the third-party licences against
// Cargo.lock, and the _headers rules against the build's files.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { renderGuide } from '../../scripts/kit.mjs';
import { releaseFiles, zipBytes } from '../../scripts/release/zip-layout.mjs';
import { DIST, HASHED_ANY, ROOT, filesIn, precacheList, releaseZip, siteList } from './fixtures/servers.mjs';

const zip = await releaseZip();
const bytes = await readFile(zip.path);
const entries = unzipSync(bytes);
const top = `${zip.top}/`;
const text = (path) => Buffer.from(entries[top + path]).toString('utf8');
const same = (path, file) => Buffer.from(entries[top + path]).equals(Buffer.from(file));

/** Central-directory records of a zip: { name, flags, date, time, madeBy (OS), mode }. */
function centralDirectory(zipBytesBuffer) {
  const buf = Buffer.from(zipBytesBuffer);
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let offset = buf.readUInt32LE(end + 16);
  const count = buf.readUInt16LE(end + 10);
  const out = [];
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(offset), 0x02014b50);
    const nameLength = buf.readUInt16LE(offset + 28);
    out.push({
      madeBy: buf.readUInt16LE(offset + 4) >> 8,
      mode: buf.readUInt32LE(offset + 38) >>> 16,
      flags: buf.readUInt16LE(offset + 8),
      time: buf.readUInt16LE(offset + 12),
      date: buf.readUInt16LE(offset + 14),
      name: buf.toString('utf8', offset + 46, offset + 46 + nameLength),
    });
    offset += 46 + nameLength + buf.readUInt16LE(offset + 30) + buf.readUInt16LE(offset + 32);
  }
  return out;
}

describe('the release zip', () => {
  test('one top folder with the guide, the licence and site/: dist/ without .gz/.br, plus .htaccess and _headers', async () => {
    const names = Object.keys(entries).filter((n) => !n.endsWith('/')).sort();
    assert.ok(names.every((n) => n.startsWith(top)), `every entry under ${top}`);
    const distFiles = (await filesIn(DIST)).filter((f) => !/\.(gz|br)$/.test(f) && !f.split('/').some((p) => p.startsWith('.')));
    const expected = ['導入ガイド.html', 'LICENSE.txt', 'site/.htaccess', 'site/_headers', ...distFiles.map((f) => `site/${f}`)]
      .map((n) => top + n).sort();
    assert.deepEqual(names, expected);
    assert.ok(!names.some((n) => /\.(gz|br)$/.test(n)), 'no precompressed copy');
    for (const file of distFiles) assert.ok(same(`site/${file}`, await readFile(join(DIST, file))), `site/${file} is dist/${file}`);
  });

  test('the server files, the licence and the kit are the sources\' copies', async () => {
    assert.ok(same('site/.htaccess', await readFile(join(ROOT, 'server', 'htaccess'))));
    assert.ok(same('site/_headers', await readFile(join(ROOT, 'server', '_headers'))));
    assert.ok(same('site/kit/htaccess.txt', await readFile(join(ROOT, 'server', 'htaccess'))));
    assert.ok(same('site/kit/headers.txt', await readFile(join(ROOT, 'server', '_headers'))));
    assert.ok(same('site/kit/nginx.conf', await readFile(join(ROOT, 'server', 'nginx.conf'))));
    assert.ok(same('LICENSE.txt', await readFile(join(ROOT, 'LICENSE'))));
    assert.ok(same('site/kit/LICENSE.txt', await readFile(join(ROOT, 'LICENSE'))));
    assert.ok(same('site/kit/CHANGELOG.md', await readFile(join(ROOT, 'CHANGELOG.md'))));
    const kit = JSON.parse(text('site/kit/files.json'));
    assert.deepEqual(
      Object.keys(entries).filter((n) => n.startsWith(`${top}site/kit/`)).map((n) => n.slice(`${top}site/kit/`.length)).sort(),
      kit.files,
      'kit/files.json lists the kit',
    );
    for (const name of ['導入ガイド.html', 'htaccess.txt', 'headers.txt', 'nginx.conf', 'LICENSE.txt', 'CHANGELOG.md', 'THIRD-PARTY-LICENSES.html']) {
      assert.ok(kit.files.includes(name), `kit/${name}`);
    }
  });

  test('a deployment can name its own zip: site/ is kit/files.json\'s site and kit lists', async () => {
    // What the app's 「このツールをZIPでダウンロード」 will have to go on, from the deployment itself.
    const site = Object.keys(entries).filter((n) => n.startsWith(`${top}site/`) && !n.endsWith('/'))
      .map((n) => n.slice(`${top}site/`.length)).filter((f) => f !== '.htaccess' && f !== '_headers').sort();
    const kit = JSON.parse(text('site/kit/files.json')).files.map((f) => `kit/${f}`);
    const fromDeployment = [...new Set([...(await siteList(DIST)), ...kit])].sort();
    // And the service worker's list is part of it: a precached file is always in the zip.
    for (const f of await precacheList(DIST)) assert.ok(fromDeployment.includes(f), f);
    assert.deepEqual(site, fromDeployment);
  });

  test('the empty config.json and the example ship; the kit is not in the service worker\'s list', async () => {
    assert.deepEqual(JSON.parse(text('site/config.json')), {});
    assert.ok(same('site/config.example.json', await readFile(join(ROOT, 'public', 'config.example.json'))));
    const list = await precacheList(DIST);
    assert.ok(list.includes('config.json'));
    assert.deepEqual(list.filter((f) => f.startsWith('kit/')), [], 'kit/ is not precached');
  });

  test('it names its version: the guide, the changelog, the licences and the wasm', async () => {
    const { version } = zip;
    assert.equal(JSON.parse(text('site/kit/files.json')).version, version);
    for (const guide of ['導入ガイド.html', 'site/kit/導入ガイド.html']) {
      assert.match(text(guide), new RegExp(`<meta name="app-version" content="${version.replaceAll('.', '\\.')}">`), guide);
      assert.match(text(guide), new RegExp(`<title>[^<]*版 ${version.replaceAll('.', '\\.')}`), guide);
    }
    assert.match(text('site/kit/CHANGELOG.md'), new RegExp(`^## ${version.replaceAll('.', '\\.')} `, 'm'));
    assert.match(text('site/kit/THIRD-PARTY-LICENSES.html'), new RegExp(`自社診断 ${version.replaceAll('.', '\\.')}`));
    // The app's footer and saved data show APP_VERSION (Cargo.toml): the built wasm has it.
    // (The main module: the chunks carry only their own screens' code.)
    const wasms = (await siteList(DIST)).filter((f) => /^jishin-shindan-[0-9a-f]{16}_bg\.wasm$/.test(f));
    assert.equal(wasms.length, 1);
    for (const wasm of wasms) {
      assert.ok(Buffer.from(entries[`${top}site/${wasm}`]).includes(Buffer.from(version)), `${wasm} carries "${version}"`);
    }
  });

  test('the guide\'s pictures are in the zip where each copy of the guide looks for them', () => {
    const check = (page, folder) => {
      const sources = [...text(page).matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]);
      assert.ok(sources.length >= 3, `${page} shows the screenshots`);
      for (const src of sources) {
        assert.ok(src.startsWith(folder), `${page}: ${src} under ${folder}`);
        const path = (folder === 'guide/' ? 'site/kit/' : '') + src;
        assert.ok(entries[top + path], `${page}: ${src} is in the zip`);
        assert.ok(entries[top + path].length < 80 * 1024, `${src} under 80 KB`);
      }
      assert.doesNotMatch(text(page), /<(link|script)\b|url\(|src="(https?:)?\/\//, `${page} loads nothing from elsewhere`);
    };
    check('導入ガイド.html', 'site/kit/guide/');
    check('site/kit/導入ガイド.html', 'guide/');
  });

  test('deterministic: the zip of releaseFiles(dist/), byte for byte, with fixed dates and UTF-8 names flagged', async () => {
    assert.ok(Buffer.from(zipBytes(await releaseFiles(DIST))).equals(bytes), 'the zip is releaseFiles() zipped again');
    const records = centralDirectory(bytes);
    assert.equal(records.length, Object.keys(entries).length);
    const names = records.map((r) => r.name);
    assert.deepEqual(names, [...names].sort(), 'entries sorted by path');
    for (const r of records) {
      assert.equal(r.date, (20 << 9) | (1 << 5) | 1, `${r.name}: dated 2000-01-01`);
      assert.equal(r.time, 0, `${r.name}: 00:00`);
      if (/[^\x00-\x7f]/.test(r.name)) assert.ok(r.flags & 0x800, `${r.name}: the UTF-8 flag is set`);
      // Made on Unix, mode 644: Debian's unzip garbles UTF-8 names of entries made on MS-DOS.
      assert.equal(r.madeBy, 3, `${r.name}: made on Unix`);
      assert.equal(r.mode, 0o100644, `${r.name}: a regular file, rw-r--r--`);
    }
  });

  test('bad input is refused with a clear message', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'release-bad-'));
    try {
      await cp(DIST, dir, { recursive: true });
      await writeFile(join(dir, 'config.json'), '{"organization":{"name":"A"}}');
      await assert.rejects(releaseFiles(dir), /config\.json must be the empty default \{\}/);
      await writeFile(join(dir, 'config.json'), '{}');
      await rm(join(dir, 'kit'), { recursive: true });
      await assert.rejects(releaseFiles(dir), /kit\/files\.json is missing: run scripts\/build\.sh/);
      await assert.rejects(releaseFiles(join(dir, 'nowhere')), /is not a built site/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the third-party licences', () => {
  const page = text('site/kit/THIRD-PARTY-LICENSES.html');
  const listed = new Set([...page.matchAll(/<td class="crate"><a href="[^"]*">([^<]+)<\/a><\/td><td>([^<]+)<\/td><td>([^<]*)<\/td>/g)]
    .map((m) => { assert.ok(m[3].trim(), `${m[1]} ${m[2]} has a licence`); return `${m[1]} ${m[2]}`; }));

  test('name every crate that can be in the wasm (cargo tree, wasm32, normal dependencies)', () => {
    // Proc macros run in the compiler, not in the page: cargo tree lists their host-only
    // dependencies (libc for Linux, …), which cargo-about, reading the wasm's target, leaves out.
    const tree = execFileSync('cargo', [
      'tree', '--frozen', '--target', 'wasm32-unknown-unknown', '-e', 'normal,no-proc-macro', '--prefix', 'none',
    ], { cwd: ROOT, encoding: 'utf8' });
    const crates = new Set();
    for (const line of tree.split('\n')) {
      const m = line.match(/^(\S+) v(\S+)(?: \((.*?)\))?/);
      if (!m) continue;
      // The app itself, and crates of this repository (the wasm-streams stand-in), are under LICENSE.
      if (m[3]?.startsWith('/')) continue;
      crates.add(`${m[1]} ${m[2]}`);
    }
    assert.ok(crates.size > 50, `cargo tree listed ${crates.size} crates`);
    const missing = [...crates].filter((c) => !listed.has(c));
    assert.deepEqual(missing, [], 'every crate of the wasm is in THIRD-PARTY-LICENSES.html');
  });

  test('say the page ships no npm code, and give the licence texts', () => {
    assert.match(page, /npm のコードは含まれていません/);
    assert.match(page, /ships no npm code/);
    assert.match(page, /Permission is hereby granted, free of charge/, 'the MIT text');
    assert.doesNotMatch(page, /@@APP_VERSION@@/);
  });
});

describe('_headers (Netlify / Cloudflare Pages)', () => {
  // The documented rules: a path per block, '*' matching any characters (one per path), every
  // matching block applies, and the same header from two blocks is joined — so each file must get
  // Cache-Control from exactly one block.
  const rules = [];
  for (const line of text('site/_headers').split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      assert.ok(line.startsWith('/'), `a path: ${line}`);
      assert.ok((line.match(/\*/g) ?? []).length <= 1, `one splat at most: ${line}`);
      const pattern = new RegExp(`^${line.trim().split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
      rules.push({ path: line.trim(), pattern, headers: [] });
    } else {
      const m = line.trim().match(/^([A-Za-z-]+):\s*(.+)$/);
      assert.ok(m && rules.length, `a header line under a path: ${line}`);
      rules.at(-1).headers.push([m[1].toLowerCase(), m[2]]);
    }
  }

  test('every file of the site: one Cache-Control, immutable exactly for content-hashed files; security headers everywhere', () => {
    assert.ok(rules.length <= 100, 'Cloudflare Pages allows 100 rules');
    const files = Object.keys(entries).filter((n) => n.startsWith(`${top}site/`) && !n.endsWith('/'))
      .map((n) => n.slice(`${top}site/`.length)).filter((f) => !f.startsWith('.') && f !== '_headers');
    for (const url of ['/', ...files.map((f) => `/${f}`)]) {
      const applied = rules.filter((r) => r.pattern.test(url)).flatMap((r) => r.headers);
      const cache = applied.filter(([name]) => name === 'cache-control').map(([, value]) => value);
      assert.equal(cache.length, 1, `${url}: one Cache-Control (${cache.join(' | ') || 'none'})`);
      // The platforms cannot match 16 digits: the rule names the hashed files' prefixes, so it
      // covers trunk's hashes of any length too (the service worker's own rule, HASHED_ANY).
      const hashed = HASHED_ANY.test(url);
      assert.equal(cache[0], hashed ? 'public, max-age=31536000, immutable' : 'no-cache', url);
      assert.ok(applied.some(([n, v]) => n === 'x-content-type-options' && v === 'nosniff'), `${url}: nosniff`);
      assert.ok(applied.some(([n, v]) => n === 'referrer-policy' && v === 'no-referrer'), `${url}: no-referrer`);
    }
  });
});

describe('scripts/kit.mjs', () => {
  test('refuses a folder that is not a built site, with a clear message', () => {
    const run = spawnSync(process.execPath, ['scripts/kit.mjs', join(tmpdir(), 'no-such-dist')], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /is not a built site \(no index\.html there\); run scripts\/build\.sh/);
    const bare = spawnSync(process.execPath, ['scripts/kit.mjs'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(bare.status, 1);
    assert.match(bare.stderr, /usage: node scripts\/kit\.mjs <dist>/);
  });

  test('renders the guide\'s Markdown, and names what is wrong in a bad one', async () => {
    const { html } = await renderGuide('9.8.7', { markdown: '# 題名\n\n本文は\n改行をまたぐ。\n\n## 節\n\n| a | b |\n|---|---|\n| 1 | 2 |\n' });
    assert.match(html, /<title>題名（版 9\.8\.7）<\/title>/);
    assert.match(html, /<p>本文は改行をまたぐ。<\/p>/, 'a line break between Japanese words is joined');
    assert.match(html, /<div class="table"><table>/);
    assert.match(html, /<nav class="toc"[^>]*>.*<a href="#s1">節<\/a>/s);
    await assert.rejects(renderGuide('1.0.0', { markdown: 'no title\n' }), /has no "# title" line/);
    await assert.rejects(renderGuide('1.0.0', { markdown: '# t\n\n![x](https://example.com/x.png)\n' }), /must be guide\/NAME\.png/);
    await assert.rejects(renderGuide('1.0.0', { markdown: '# t\n\n![x](guide/missing.png)\n' }), /docs\/guide\/missing\.png is missing/);
  });
});
