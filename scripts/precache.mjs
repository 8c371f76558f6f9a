// trunk post_build hook, after scripts/split.mjs: puts the page's loader (public/loader.js, stamped
// with the build's file names) in place of trunk's, writes the build's version and the list of
// files the app needs offline into the staged sw.js and index.html, from what the build actually
// emitted (never a hand-maintained list), and adds the strict Content-Security-Policy with the
// hashes of the inline scripts and styles.
//
// Also usable on a finished dist/:  node scripts/precache.mjs path/to/dist

import { minifyServiceWorker } from './minify.mjs';
import { ON_DEMAND, isOnDemand } from './on-demand.mjs';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('precache: no directory (TRUNK_STAGING_DIR is unset and no argument given)');
  process.exit(1);
}

// Files the worker does not precache: itself, source maps, hidden files, the precompressed copies
// (.gz/.br, written by scripts/precompress.mjs for hosts; the browser gets the originals), the page
// (the worker caches the copy the visit loaded, public/sw.js), and what the app never loads: the
// icons (the browser fetches them itself to install the app), the host page's embed.js, the config
// template, and the publishing kit (kit/, fetched when the publishing page asks for it).
//
// Also left out: what only an association's staff open (scripts/on-demand.mjs): the roll-up and
// the publishing page, and the code only they share. The worker keeps a copy when one is first
// opened (public/sw.js, `later`).
const SKIP = (name) =>
  name === 'sw.js' || name.startsWith('.') || name.endsWith('.map') || name.endsWith('.gz') || name.endsWith('.br');
const NOT_PRECACHED = (file) =>
  file === 'index.html' || file === 'embed.js' || file === 'config.example.json' || /^(icons|kit)\//.test(file) ||
  isOnDemand(file);

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

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
// The app's files, as scripts/split.mjs named them.
const names = await readdir(dir);
const appJs = names.find((f) => /^jishin-shindan-[0-9a-f]{16}\.js$/.test(f));
const splitJs = names.find((f) => /^wasm-split-[0-9a-f]{16}\.js$/.test(f));
if (!appJs || !splitJs) {
  console.error('precache: the app\'s script or the chunks\' loader is missing (did scripts/split.mjs run?)');
  process.exit(1);
}
const appWasm = appJs.replace(/\.js$/, '_bg.wasm');

const indexPath = join(dir, 'index.html');
// The version covers every file's bytes except index.html's build stamp itself.
let index = (await readFile(indexPath, 'utf8'))
  .replace(/\s*<meta name="app-build" content="[^"]*">/, '')
  .replace(/\s*<meta http-equiv="Content-Security-Policy" content="[^"]*">/, '');
// The loader: trunk's (which imports the unsplit build it wrote) and its preloads of the script
// and the wasm go; public/loader.js, stamped with the split build's names, takes its place, and an
// import map gives both scripts their integrity. Idempotent: a page already in this form (a re-run
// on a finished dist/) is left as it is.
const LOADER_MARK = '<script type="importmap">';
if (!index.includes(LOADER_MARK)) {
  const trunkLoader = index.match(/<script type=(?:"module"|module)>\s*import init, \* as bindings from '[^']+\.js';[\s\S]*?<\/script>/);
  if (!trunkLoader) {
    console.error('precache: trunk\'s loader is not in the expected form');
    process.exit(1);
  }
  const source = await readFile(join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'loader.js'), 'utf8');
  const app = { js: `./${appJs}`, wasm: `./${appWasm}`, integrity: sri(await readFile(join(dir, appWasm))) };
  const stampLine = /^const APP = .*;$/m;
  if (!stampLine.test(source)) {
    console.error('precache: public/loader.js has no `const APP = …;` line to stamp');
    process.exit(1);
  }
  // Comments and indentation are for the sources: the page a phone downloads carries neither.
  const loader = source
    .replace(stampLine, `const APP = ${JSON.stringify(app)};`)
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
  const integrity = {
    [`./${appJs}`]: sri(await readFile(join(dir, appJs))),
    [`./${splitJs}`]: sri(await readFile(join(dir, splitJs))),
  };
  index = index
    .replace(trunkLoader[0], `<script type="importmap">${JSON.stringify({ integrity })}</script>\n<script type="module">\n${loader}\n</script>`)
    // Any attribute order, quoted or not (trunk's minifier reorders and unquotes them).
    .replace(/<link\b[^>]*>\s*/g, (tag) =>
      /\brel=["']?(modulepreload|preload)\b/.test(tag) && /\bhref=["']?[^"'\s>]+\.(js|wasm)["'\s>]/.test(tag) ? '' : tag);
}

// The favicon in the page itself: Chromium asks for it again at every screen change (a history
// entry of the app's), and `icon.svg` is revalidated (no-cache), 231 bytes each time; four of
// those came before the result (docs/performance.md). As a data: address it is never fetched.
// `icon.svg` stays for the manifest. Idempotent: a data: address is left as it is.
const ICON_LINK = /(<link\b[^>]*\bhref=)(["']?)icon\.svg\2(?=[\s>])/;
if (/\brel=["']?icon\b/.test(index) && ICON_LINK.test(index)) {
  const svg = (await readFile(join(dir, 'icon.svg'), 'utf8')).trim();
  // Only what a data: address must escape, the quotes made single (in a double-quoted attribute).
  const data = svg.replaceAll('"', "'").replace(/[%#<>]/g, encodeURIComponent);
  index = index.replace(ICON_LINK, (_, start) => `${start}"data:image/svg+xml,${data}"`);
}

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

// Strict CSP: scripts and styles only from this origin plus the hashes of the inline ones
// (computed here, from the emitted bytes): trunk's module loader, the boot screen's first script
// and the inlined stylesheet. Wasm compilation allowed, no plugins, no <base>, no forms. Images
// from this origin and data: addresses (the favicon).
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
  // data: for the favicon inlined above (an SVG as an image runs no script).
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// The page can show (and tests can check) which build it runs; the CSP comes before any script.
// (trunk's minifier writes the charset without quotes.)
const CHARSET = /<meta charset="?utf-8"?>/;
if (!CHARSET.test(index)) {
  console.error('precache: index.html has no <meta charset="utf-8"> to put the CSP after');
  process.exit(1);
}
index = index.replace(
  CHARSET,
  `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${csp}">\n  <meta name="app-build" content="${version}">`,
);
await writeFile(indexPath, index);

const list = files.map((f) => f.split(sep).join('/')).filter((f) => !NOT_PRECACHED(f)).map((f) => `./${f}`);
const later = files.map((f) => f.split(sep).join('/')).filter((f) => isOnDemand(f)).map((f) => `./${f}`);
for (const point of ON_DEMAND) {
  if (!later.some((f) => f.startsWith(`./split-${point}-`))) {
    console.error(`precache: no split-${point}-….wasm, which scripts/on-demand.mjs names`);
    process.exit(1);
  }
}
const line = `const BUILD = ${JSON.stringify({ version, files: list, later })};`;
if (!/^const BUILD = .*;$/m.test(sw)) {
  console.error('precache: sw.js has no `const BUILD = …;` line to replace');
  process.exit(1);
}
const built = sw.replace(/^const BUILD = .*;$/m, line);
// Minified for a release build (scripts/minify.mjs), the BUILD line kept on its own line.
await writeFile(swPath, process.env.TRUNK_PROFILE === 'debug' ? built : await minifyServiceWorker(built));
console.log(`precache: build ${version}, ${list.length} files → ${relative(process.cwd(), swPath)}`);
