// trunk post_build hook: writes the build's version and file list into the staged sw.js and
// index.html, from what trunk actually emitted (never a hand-maintained list), and adds the strict
// Content-Security-Policy with the hashes of the inline scripts and styles.
//
// Also usable on a finished dist/:  node scripts/precache.mjs path/to/dist

import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
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

const indexPath = join(dir, 'index.html');
// The version covers every file's bytes except index.html's build stamp itself.
let index = (await readFile(indexPath, 'utf8'))
  .replace(/\s*<meta name="app-build" content="[^"]*">/, '')
  .replace(/\s*<meta http-equiv="Content-Security-Policy" content="[^"]*">/, '');
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

// Subresource integrity for the wasm that actually runs, and when it starts downloading. trunk
// puts the hash on the wasm's <link rel="preload"> only; its loader then fetches the wasm again
// without one, so a preload that failed its check would be replaced by an unchecked download. The
// loader's fetch gets the hash instead, and the preload goes (issue 14): on a first visit the
// static first screens are usable without the wasm, so its download waits until they have been
// painted and does not compete with them (public/boot-screen.js sets window.__jishinBoot then);
// otherwise it starts at once. A frame that is not rendered (an embedded app scrolled out of view)
// or a background tab gets no animation frames: a timer starts it there. Idempotent: a loader already in this form (a re-run on a finished
// dist/) is left as it is.
const wasmPreload = index.match(/<link rel="preload" href="([^"]+\.wasm)"[^>]*>/);
const deferred = (href, integrity) =>
  "if (window.__jishinBoot) await new Promise((ok) => { requestAnimationFrame(() => setTimeout(ok, 0)); setTimeout(ok, 500); });\n" +
  `const wasm = await init({ module_or_path: fetch('${href}', { integrity: '${integrity}' }) });`;
if (wasmPreload) {
  const [tag, href] = wasmPreload;
  const integrity = (tag.match(/\bintegrity="([^"]+)"/) ?? [])[1];
  const init = `const wasm = await init({ module_or_path: '${href}' });`;
  if (!integrity || !index.includes(init)) {
    console.error('precache: trunk\'s wasm preload or loader is not in the expected form');
    process.exit(1);
  }
  index = index.replace(init, deferred(href, integrity)).replace(tag, '');
} else if (!/if \(window\.__jishinBoot\) await new Promise[\s\S]*?fetch\('[^']+\.wasm', \{ integrity: '[^']+' \}\)/.test(index)) {
  console.error('precache: trunk\'s wasm preload or loader is not in the expected form');
  process.exit(1);
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
