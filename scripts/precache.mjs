// trunk post_build hook: writes the build's version and file list into the staged sw.js and
// index.html, from what trunk actually emitted (never a hand-maintained list), and adds the strict
// Content-Security-Policy with the hashes of the inline scripts and styles.
//
// Also usable on a finished dist/:  node scripts/precache.mjs path/to/dist

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('precache: no directory (TRUNK_STAGING_DIR is unset and no argument given)');
  process.exit(1);
}

// Files the worker must not precache: itself, source maps, hidden files, and the precompressed
// copies (.gz/.br, written by scripts/precompress.mjs for hosts; the browser gets the originals).
const SKIP = (name) =>
  name === 'sw.js' || name.startsWith('.') || name.endsWith('.map') || name.endsWith('.gz') || name.endsWith('.br');

async function walk(root, sub = '') {
  const out = [];
  for (const entry of await readdir(join(root, sub), { withFileTypes: true })) {
    if (SKIP(entry.name)) continue;
    const rel = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await walk(root, rel)));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

// The first visit's part (issue 16): trunk emits it as a "worker" (files named without a content
// hash, no loader). It gets content-hashed names here, like trunk's own files, so a browser cache
// never pairs an old copy with a new page, and the service worker may reuse the copy the first
// visit downloaded (sw.js, HASHED). Idempotent: already renamed, nothing to do.
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const FIRST = 'jishin-first';
if (existsSync(join(dir, `${FIRST}.js`))) {
  const js = await readFile(join(dir, `${FIRST}.js`));
  const wasm = await readFile(join(dir, `${FIRST}_bg.wasm`));
  const tag = createHash('sha256').update(js).update(wasm).digest('hex').slice(0, 16);
  await rename(join(dir, `${FIRST}.js`), join(dir, `${FIRST}-${tag}.js`));
  await rename(join(dir, `${FIRST}_bg.wasm`), join(dir, `${FIRST}-${tag}_bg.wasm`));
}
const firstJs = (await readdir(dir)).find((f) => new RegExp(`^${FIRST}-[0-9a-f]{16}\\.js$`).test(f));
if (!firstJs) {
  console.error(`precache: the first visit's part (${FIRST}.js) is missing`);
  process.exit(1);
}
const firstWasm = firstJs.replace(/\.js$/, '_bg.wasm');

const indexPath = join(dir, 'index.html');
/**
 * `css` itself, after checking that none of its strings ("…" or '…', outside comments) holds
 * `{` or `/*`, which the page's stylesheet's trimming below would change; throws otherwise.
 */
function plainStrings(css) {
  for (let i = 0; i < css.length; i++) {
    if (css.startsWith('/*', i)) {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 1;
    } else if (css[i] === '"' || css[i] === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== css[i] && css[j] !== '\n') j += css[j] === '\\' ? 2 : 1;
      const text = css.slice(i, j + 1);
      if (text.includes('{') || text.includes('/*')) {
        throw new Error(`precache: the page's stylesheet has a string with { or /* (${text}): its trimming would change it`);
      }
      i = j;
    }
  }
  return css;
}

// The version covers every file's bytes except index.html's build stamp itself.
let index = (await readFile(indexPath, 'utf8'))
  .replace(/\s*<meta name="app-build" content="[^"]*">/, '')
  .replace(/\s*<meta http-equiv="Content-Security-Policy" content="[^"]*">/, '')
  // Notes are for the sources: the page a phone downloads carries none. The page's comments
  // (`<!-- ` with a space: markers a renderer might write have none) and the inlined stylesheet's
  // were 1.7 KB of a first visit, gzipped (issue 16). The stylesheet's indentation goes too, and
  // its line breaks after { } ; and , and its spaces before {, where CSS ignores white space
  // (0.19 KB gzipped; a line break elsewhere, which may separate a selector's parts, stays).
  // A string holding { or /* would be changed by this: `plainStrings` stops the build then.
  .replace(/\s*<!-- [\s\S]*?-->/g, '')
  .replace(/<style([^>]*)>([\s\S]*?)<\/style>/g, (_, attrs, css) => `<style${attrs}>${plainStrings(css)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/([{};,])\n\s*/g, '$1')
    .replace(/\s+\{/g, '{')
    .replace(/\n\s+/g, '\n')}</style>`);
const files = (await walk(dir)).sort();
const swPath = join(dir, 'sw.js');
const sw = await readFile(swPath, 'utf8');
const hash = createHash('sha256');
hash.update(sw);
for (const file of files) {
  hash.update(file);
  hash.update(file === 'index.html' ? index : await readFile(join(dir, file)));
}
const version = hash.digest('hex').slice(0, 16);

// The loader: trunk writes one that imports the whole app. It is replaced by one that loads the
// part the visit needs: the first visit's part exactly when public/boot-screen.js shows the static
// first screens (it sets window.__jishinBoot), the whole app otherwise; the first part hands over
// to the whole app, in the same page, when asked for anything it does not hold (src/app/shell.rs,
// src/platform/part.rs).
// The part's script downloads while the first paint is awaited, its wasm after it (on a returning
// visit both at once). Subresource integrity for every script and wasm: both modules through the import map's
// integrity (trunk's modulepreload of the whole app goes: it would download the whole app's
// script on a first visit), each wasm through the loader's own fetch (trunk's wasm preload goes
// too: it carried the hash, but the loader fetched the wasm again without one). On a first visit
// the wasm's download waits until the static screens' first content is on screen (paint timing's
// first-contentful-paint: the moment their text is shown, not only painted), so it does not
// compete with them: on a slow line the first screen's own bytes get the whole line, and
// Lighthouse's simulation no longer counts the wasm against the page's largest paint (issue 14;
// with an animation frame and a timer it started before that paint was shown in about one run in
// three, and the simulated LCP went from 1.1 to 2.3 s). A browser without paint timing (Safari
// before 14.1), a frame that is not rendered (an embedded app scrolled out of view) or a
// background tab shows nothing: a timer starts it there (and where `observe` throws, as in
// browsers that only know `entryTypes`, the download waits for the timer, never for ever).
// Idempotent: a loader already in this form (a re-run on a finished dist/) is left as it is.
const LOADER_MARK = '// Loader of scripts/precache.mjs';
if (!index.includes(LOADER_MARK)) {
  const loader = index.match(/<script type="module">\s*import init, \* as bindings from '\.\/([^']+\.js)';[\s\S]*?<\/script>/);
  const wasmPreload = index.match(/<link rel="preload" href="\.?\/?([^"]+\.wasm)"[^>]*>\s*/);
  const modulePreload = index.match(/<link rel="modulepreload" href="\.\/([^"]+\.js)"[^>]*>\s*/);
  const wholeWasmIntegrity = wasmPreload && (wasmPreload[0].match(/\bintegrity="([^"]+)"/) ?? [])[1];
  const wholeJsIntegrity = modulePreload && (modulePreload[0].match(/\bintegrity="([^"]+)"/) ?? [])[1];
  if (!loader || !wasmPreload || !modulePreload || !wholeWasmIntegrity || !wholeJsIntegrity
    || modulePreload[1] !== loader[1]) {
    console.error('precache: trunk\'s loader, wasm preload or modulepreload is not in the expected form');
    process.exit(1);
  }
  const part = (js, wasm, wasmIntegrity) =>
    `{ js: './${js}', wasm: './${wasm}', integrity: '${wasmIntegrity}' }`;
  const integrity = {
    [`./${loader[1]}`]: wholeJsIntegrity,
    [`./${firstJs}`]: sri(await readFile(join(dir, firstJs))),
  };
  const replacement =
    `<script type="importmap">${JSON.stringify({ integrity })}</script>\n` +
    '<script type="module">\n' +
    `${LOADER_MARK}\n` +
    'const first = Boolean(window.__jishinBoot);\n' +
    `const firstPart = ${part(firstJs, firstWasm, sri(await readFile(join(dir, firstWasm))))};\n` +
    `const whole = ${part(loader[1], wasmPreload[1], wholeWasmIntegrity)};\n` +
    'const part = first ? firstPart : whole;\n' +
    'const started = () => dispatchEvent(new Event("TrunkApplicationStarted"));\n' +
    // The first part hands the page over to the whole app in this page (src/platform/part.rs):
    // `prepare` (on the result) fetches and compiles the whole app ahead, but only once the
    // service worker controls the page, so from its cache (it precached both parts at install);
    // `start` says 「準備しています…」 meanwhile with the static page's own note for a click that
    // waits for the app (src/app/prerender.rs), kept from the page's load and put back at the end
    // of #app empty and filled a moment later, so screen readers announce it, and so the whole
    // app's screen replaces it; `start` makes the first part's screen inert and starts the whole
    // app, which replaces it; if its files cannot be had, compiled or started (a failed download,
    // a host that does not serve .wasm as application/wasm, a browser out of memory for a second
    // wasm), the page is reloaded as before (the loader then picks the whole app, or shows the
    // load error); a panic of the whole app (a trap) is left to its error screen.
    'if (first) {\n' +
    '  let compiled;\n' +
    '  const note = document.querySelector(".boot-pending");\n' +
    '  const compile = () => compiled ??= WebAssembly.compileStreaming(fetch(whole.wasm, { integrity: whole.integrity }))\n' +
    '    .catch((e) => { compiled = undefined; throw e; });\n' +
    '  window.__jishinWhole = {\n' +
    '    prepare() {\n' +
    '      const sw = navigator.serviceWorker;\n' +
    '      const ahead = () => sw.controller && Promise.all([import(whole.js), compile()]).catch(() => {});\n' +
    '      sw?.controller ? ahead() : sw?.addEventListener("controllerchange", ahead);\n' +
    '    },\n' +
    '    start() {\n' +
    '      delete window.__jishinWhole;\n' +
    '      const app = document.getElementById("app");\n' +
    '      for (const el of app.children) el.inert = el !== note;\n' +
    '      if (note) {\n' +
    '        note.textContent = "";\n' +
    '        app.append(note);\n' +
    '        setTimeout(() => note.textContent = note.dataset.other, 99);\n' +
    '      }\n' +
    '      Promise.all([import(whole.js), compile()])\n' +
    '        .then(([bindings, module]) => bindings.default({ module_or_path: module }))\n' +
    '        .then(started, (e) => e instanceof WebAssembly.RuntimeError || location.reload());\n' +
    '    },\n' +
    '  };\n' +
    '}\n' +
    'const glue = import(part.js);\n' +
    'if (first) await new Promise((ok) => { setTimeout(ok, 500); try { new PerformanceObserver((l) => l.getEntriesByName("first-contentful-paint")[0] && ok()).observe({ type: "paint", buffered: true }); } catch {} });\n' +
    'const response = fetch(part.wasm, { integrity: part.integrity });\n' +
    'const bindings = await glue;\n' +
    'started(await bindings.default({ module_or_path: response }));\n' +
    '</script>';
  // Its indentation is left out (bytes of every first visit).
  index = index.replace(loader[0], replacement.replace(/\n +/g, '\n')).replace(wasmPreload[0], '').replace(modulePreload[0], '');
}

// Strict CSP: scripts and styles only from this origin plus the hashes of the inline ones
// (computed here, from the emitted bytes): trunk's module loader, the boot screen's first script
// and the inlined stylesheet. Wasm compilation allowed, no plugins, no <base>, no forms.
const sha = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const inlineScripts = [...index.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const inlineStyles = [...index.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
if (![...index.matchAll(/<script type="module">/g)].length) {
  console.error('precache: trunk\'s inline loader script is missing');
  process.exit(1);
}
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${inlineScripts.map(sha).join(' ')}`,
  `style-src 'self'${inlineStyles.map((text) => ` ${sha(text)}`).join('')}`,
  "img-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// The page can show (and tests can check) which build it runs; the CSP comes before any script.
index = index.replace(
  '<meta charset="utf-8">',
  `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${csp}">\n  <meta name="app-build" content="${version}">`,
);
await writeFile(indexPath, index);

const list = ['./', ...files.map((f) => `./${f.split(sep).join('/')}`)];
const line = `const BUILD = ${JSON.stringify({ version, files: list })};`;
if (!/^const BUILD = .*;$/m.test(sw)) {
  console.error('precache: sw.js has no `const BUILD = …;` line to replace');
  process.exit(1);
}
await writeFile(swPath, sw.replace(/^const BUILD = .*;$/m, line));
console.log(`precache: build ${version}, ${list.length} files → ${relative(process.cwd(), swPath)}`);
