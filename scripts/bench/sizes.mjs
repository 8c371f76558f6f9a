// Size measurement shared by scripts/size-budget.mjs (the test command's deterministic check) and
// scripts/bench/run.mjs (the benchmark): raw / gzip (level 9, as a static host compresses) /
// brotli (quality 11) sizes of the files of a build, and which files the first screen needs.
//
// 1 KB = 1000 bytes everywhere (as browsers' developer tools and Lighthouse count).

import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, posix } from 'node:path';
import { brotli, gzip } from '../precompress.mjs';

/**
 * The budgets of issue 30, in bytes (gzip): what a first visit downloads before the result is on
 * screen (the page, the main module and the chunks' loader: no more than the first visit's part
 * of the two-app build it replaced), and a whole first visit (the same, plus everything the
 * service worker precaches so that every screen opens offline).
 */
export const BUDGET = {
  beforeResultGzip: 220_000,
  firstVisitGzip: 460_000,
};

/**
 * The ceilings guard against growth (the build's figures plus a little; the history of the
 * figures is in docs/performance.md and the git log). Lower one whenever the build shrinks; never
 * raise one to make a change pass without naming, in the commit, the feature that grew and by how
 * much.
 */
export const CEILING = {
  beforeResultGzip: 216_300,
  mainWasmGzip: 191_100,
  sharedChunksGzip: 91_300,
  firstVisitGzip: 443_800,
  // Each split point's own module (`split-<name>-<hash>.wasm`, src/app/chunks.rs and the
  // features' lazy.rs); code two or more of them share is in the shared chunks above.
  split: {
    after: 44_500,
    english: 26_100,
    history: 56_000,
    office: 17_000,
    publish: 31_500,
    qr: 6_000,
    reader: 10_000,
    result_more: 23_400,
    rollup: 54_000,
  },
};

export const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

/** Every file of the build (relative paths, sorted), without the precompressed .gz/.br copies. */
export async function listFiles(root, sub = '') {
  const out = [];
  for (const entry of await readdir(join(root, sub), { withFileTypes: true })) {
    if (entry.name.startsWith('.') || (!sub && entry.name === 'kit')) continue;
    const rel = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(root, rel)));
    else if (entry.isFile() && !/\.(gz|br)$/.test(entry.name)) out.push(rel);
  }
  return out.sort();
}

/** { file, raw, gzip, brotli } of one file; PNGs are counted as they are (hosts do not compress them). */
export async function measureFile(root, file) {
  const body = await readFile(join(root, file));
  const incompressible = extname(file) === '.png';
  return {
    file,
    raw: body.length,
    gzip: incompressible ? body.length : gzip(body).length,
    brotli: incompressible ? body.length : brotli(body, file).length,
  };
}

/** Measures every file of the build. */
export async function measureDist(root) {
  return Promise.all((await listFiles(root)).map((f) => measureFile(root, f)));
}

/**
 * The files a first visit downloads, read from the built index.html and sw.js (deterministic, no
 * browser): `beforeResult` — index.html; its classic scripts; its manifest and icon links (not
 * apple-touch-icon, only used when saved to a home screen); config.json when the build has one
 * (the embedding kit fetches it at start); the app's script and wasm the loader names and the
 * chunks' loader its import map names. `firstVisit` — those, sw.js and every file it precaches.
 * The benchmark checks this list against the requests a real browser makes.
 */
export async function visitFiles(root) {
  const html = await readFile(join(root, 'index.html'), 'utf8');
  const refs = new Set(['index.html']);
  const add = (url) => {
    if (!url || /^(?:[a-z]+:|\/\/|data:)/i.test(url)) return;
    const clean = posix.normalize(url.split(/[?#]/)[0]).replace(/^\.?\//, '');
    if (clean && clean !== '.') refs.add(clean);
  };
  // An attribute's value, quoted or not (trunk's minifier drops the quotes it can).
  const attr = (tag, name) => {
    const m = tag.match(new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>"']+))`));
    return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
  };
  for (const m of html.matchAll(/<script\b[^>]*>/g)) add(attr(m[0], 'src'));
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = attr(m[0], 'rel') ?? '';
    const href = attr(m[0], 'href');
    if (/\b(stylesheet|modulepreload|preload|manifest|icon)\b/.test(rel) && !/apple-touch-icon/.test(rel)) add(href);
  }
  const app = html.match(/const APP = (\{[^;]*\});/);
  const importMap = html.match(/<script type="importmap">([^<]*)<\/script>/);
  if (!app || !importMap) throw new Error(`${root}/index.html: the loader or its import map is missing`);
  const { js, wasm } = JSON.parse(app[1]);
  add(js);
  add(wasm);
  for (const url of Object.keys(JSON.parse(importMap[1]).integrity ?? {})) add(url);
  if (existsSync(join(root, 'config.json'))) refs.add('config.json');
  const beforeResult = [...refs].sort();
  const build = (await readFile(join(root, 'sw.js'), 'utf8')).match(/^const BUILD = (.*);$/m);
  if (!build) throw new Error(`${root}/sw.js: no BUILD line`);
  const firstVisit = new Set([...beforeResult, 'sw.js']);
  for (const file of JSON.parse(build[1]).files) add(file), firstVisit.add(posix.normalize(file).replace(/^\.?\//, ''));
  return { beforeResult, firstVisit: [...firstVisit].sort() };
}

/** The split point of a wasm file (`split-history-….wasm` → `history`), or null. */
export const splitOf = (file) => (file.match(/^split-([a-z_]+)-[0-9a-f]{16}\.wasm$/) ?? [])[1] ?? null;

/** A chunk of code several split points share (`chunk-12-….wasm`, or `later-12-….wasm` when only
 * split points a member never opens share it: scripts/on-demand.mjs). */
export const isSharedChunk = (file) => /^(chunk|later)-\d+-[0-9a-f]{16}\.wasm$/.test(file);

/** The main module's wasm. */
export const isMainWasm = (file) => /^jishin-shindan-[0-9a-f]{16}_bg\.wasm$/.test(file);

/** PASS/FAIL text. */
export const verdict = (ok) => (ok ? 'PASS' : 'FAIL');

/** Plain-text table: rows of cells, first row the header; numbers right-aligned. */
export function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length)));
  const numeric = (s) => /^[-\d.,]+( KB| ms| s)?$|^n\/a/.test(s);
  return rows
    .map((r, ri) =>
      r
        .map((c, i) => {
          const s = String(c ?? '');
          return ri > 0 && numeric(s) ? s.padStart(widths[i]) : s.padEnd(widths[i]);
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
