// Writes the publishing kit into a built site: <dist>/kit/ (issue 31). scripts/build.sh runs it
// after `trunk build`, so every deployment carries the kit and the app can later build the
// release zip in the browser from the deployment's own files (scripts/release/zip-layout.mjs
// says which). It runs after trunk's post_build hook on purpose: kit/ is not in sw.js' precache
// list (the kit is for the association's staff, not for offline use).
//
//   node scripts/kit.mjs <dist>
//
// kit/ holds:
//   導入ガイド.html          docs/導入ガイド.md as one offline page (inline CSS, no external
//                            resource), its screenshots in kit/guide/
//   htaccess.txt, headers.txt, nginx.conf
//                            copies of server/htaccess, server/_headers, server/nginx.conf (a file
//                            whose name starts with a dot cannot be fetched from Apache)
//   LICENSE.txt, CHANGELOG.md
//   THIRD-PARTY-LICENSES.html
//                            generated from Cargo.lock by cargo-about (about.toml, about.hbs),
//                            cached in target/kit/ by the hash of its inputs: cargo-about takes
//                            about a minute, so it runs only when Cargo.lock or the template changes
//   files.json               { version, files, site }: the kit's own files and the deployment's
//                            (every file outside kit/ but the precompressed copies), from which
//                            the release zip, and the app's own ZIP of any deployment, are made
//
// Offline and quick (under a second with the licences cached). Markdown is read by `marked`
// (npm, exact version in package.json): a maintained CommonMark/GFM reader already in the
// tooling's node_modules, so the guide's tables and code blocks need no reader of our own and
// no Rust build step.

import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { marked } from 'marked';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const GUIDE_MD = join(ROOT, 'docs', '導入ガイド.md');
const GUIDE_IMAGES = join(ROOT, 'docs', 'guide');
export const GUIDE_NAME = '導入ガイド.html';
/** The server files, from their source of truth (server/) to their name in kit/. */
export const SERVER_FILES = [
  ['server/htaccess', 'htaccess.txt'],
  ['server/_headers', 'headers.txt'],
  ['server/nginx.conf', 'nginx.conf'],
];

/** The app's version, from Cargo.toml's [package] section. */
export async function appVersion(root = ROOT) {
  const toml = await readFile(join(root, 'Cargo.toml'), 'utf8');
  const pkg = toml.split(/^\[/m).find((section) => section.startsWith('package]'));
  const version = pkg?.match(/^version\s*=\s*"([^"]+)"/m)?.[1];
  if (!version) throw new Error('kit: no version in the [package] section of Cargo.toml');
  return version;
}

const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Width and height of a PNG (its IHDR chunk), so the page does not move as images load. */
function pngSize(bytes, name) {
  const signature = '89504e470d0a1a0a';
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature) {
    throw new Error(`kit: docs/guide/${name} is not a PNG file`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const STYLE = `
:root { color-scheme: light; --accent: #0b5394; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: #1a1a1a; line-height: 1.75;
  font-family: "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans JP", "Yu Gothic", "YuGothic", Meiryo, sans-serif; }
header { background: var(--accent); color: #fff; padding: 1rem; }
header p { margin: 0; max-width: 46rem; margin-inline: auto; font-size: 0.9rem; }
main { max-width: 46rem; margin: 0 auto; padding: 0 1rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.4; margin: 1.5rem 0 1rem; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.1rem; margin: 1.75rem 0 0.5rem; }
a { color: var(--accent); }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9em; background: #f2f4f7; padding: 0.1em 0.3em; border-radius: 3px; overflow-wrap: anywhere; }
pre { background: #f2f4f7; padding: 0.75rem 1rem; overflow-x: auto; border-radius: 4px; line-height: 1.5; }
pre code { background: none; padding: 0; overflow-wrap: normal; }
.table { overflow-x: auto; margin: 1rem 0; }
table { border-collapse: collapse; font-size: 0.92rem; min-width: 32rem; }
th, td { border: 1px solid #c8ced6; padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
th { background: #eef2f7; }
blockquote { margin: 1rem 0; padding: 0.75rem 1rem; border-left: 4px solid var(--accent); background: #f7f9fc; }
blockquote p { margin: 0; }
img { display: block; max-width: 100%; height: auto; margin: 1rem auto; border: 1px solid #c8ced6; }
nav.toc { background: #f7f9fc; border: 1px solid #dde3ea; padding: 0.5rem 1rem; margin: 1.5rem 0; }
nav.toc h2 { border: 0; margin: 0.5rem 0; font-size: 1rem; }
nav.toc ol { margin: 0; padding-left: 1.5rem; }
footer { max-width: 46rem; margin: 0 auto; padding: 1rem; font-size: 0.85rem; color: #555; border-top: 1px solid #dde3ea; }
@media print { header { background: none; color: #000; border-bottom: 2px solid #000; } nav.toc { display: none; } a { color: inherit; } }
`.trim();

/**
 * docs/導入ガイド.md as one standalone page: inline CSS, images referenced relatively
 * (guide/NAME.png beside the page, with their sizes), a table of contents from the ## headings,
 * the version named in the header and in <meta name="app-version">. Returns { html, images }.
 */
export async function renderGuide(version, { markdown, imagesDir = GUIDE_IMAGES } = {}) {
  const md = markdown ?? (await readFile(GUIDE_MD, 'utf8'));
  const tokens = marked.lexer(md, { gfm: true });
  const title = tokens.find((t) => t.type === 'heading' && t.depth === 1)?.text;
  if (!title) throw new Error('kit: docs/導入ガイド.md has no "# title" line');
  const sections = tokens.filter((t) => t.type === 'heading' && t.depth === 2).map((t) => t.text);

  const images = [];
  const renderer = new marked.Renderer();
  const imageDefault = renderer.image.bind(renderer);
  renderer.image = (token) => {
    const match = /^guide\/([A-Za-z0-9_-]+\.png)$/.exec(token.href);
    if (!match) throw new Error(`kit: the guide's image ${token.href} must be guide/NAME.png (docs/guide/)`);
    images.push(match[1]);
    return imageDefault(token);
  };
  let html = marked.parser(tokens, { gfm: true, renderer });

  for (const name of new Set(images)) {
    const path = join(imagesDir, name);
    if (!existsSync(path)) throw new Error(`kit: docs/guide/${name} is missing (run node scripts/guide-screenshots.mjs)`);
    const { width, height } = pngSize(await readFile(path), name);
    html = html.replaceAll(`<img src="guide/${name}"`, `<img src="guide/${name}" width="${width}" height="${height}"`);
  }
  // A line break inside a paragraph of the source shows as a space: right in English, wrong
  // between Japanese words. Breaks next to a non-ASCII character are joined (outside <pre>).
  html = html
    .split(/(<pre>[\s\S]*?<\/pre>)/)
    .map((part) => (part.startsWith('<pre>') ? part : part.replace(/([^\x00-\x7f])\n(?=\S)|(\S)\n(?=[^\x00-\x7f])/g, '$1$2')))
    .join('');
  let n = 0;
  html = html
    .replace(/<h2>/g, () => `<h2 id="s${++n}">`)
    .replace(/<table>/g, '<div class="table"><table>')
    .replace(/<\/table>/g, '</table></div>');
  const toc = `<nav class="toc" aria-labelledby="toc"><h2 id="toc">目次</h2><ol>${sections
    .map((text, i) => `<li><a href="#s${i + 1}">${marked.parseInline(text)}</a></li>`)
    .join('')}</ol></nav>`;
  const firstSection = html.indexOf('<h2 id="s1">');
  if (firstSection >= 0) html = html.slice(0, firstSection) + toc + '\n' + html.slice(firstSection);

  const page = `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="app-version" content="${escapeHtml(version)}">
<title>${escapeHtml(title)}（版 ${escapeHtml(version)}）</title>
<style>
${STYLE}
</style>
</head>
<body>
<header><p>情報セキュリティ自社診断 版 ${escapeHtml(version)} の導入ガイド（このページはインターネットにつながっていなくても読めます）</p></header>
<main>
${html}</main>
<footer>情報セキュリティ自社診断 版 ${escapeHtml(version)}。ライセンス：MIT（LICENSE.txt）。変更履歴：CHANGELOG.md。</footer>
</body>
</html>
`;
  return { html: page, images: [...new Set(images)].sort() };
}

/** The cargo-about version scripts/setup.sh installs (its CARGO_ABOUT_VERSION line). */
async function pinnedCargoAbout() {
  const setup = await readFile(join(ROOT, 'scripts', 'setup.sh'), 'utf8');
  return setup.match(/^CARGO_ABOUT_VERSION=(\S+)/m)?.[1];
}

/**
 * The third-party licences page, from cargo-about, cached in <target>/kit/ by the hash of
 * Cargo.lock, about.toml, about.hbs and the tool's version: regenerated only when one changes.
 * Returns { html (with @@APP_VERSION@@ still in it), cached }.
 */
export async function thirdPartyLicences() {
  const targetDir = resolve(ROOT, process.env.CARGO_TARGET_DIR ?? 'target');
  const found = spawnSync('cargo', ['about', '--version'], { cwd: ROOT, encoding: 'utf8' });
  const tool = found.status === 0 ? found.stdout.trim() : null;
  const pinned = await pinnedCargoAbout();
  if (!tool) {
    throw new Error(`kit: cargo-about is missing; scripts/setup.sh installs it (cargo install cargo-about --version ${pinned ?? '?'} --features cli --locked)`);
  }
  const hash = createHash('sha256');
  for (const file of ['Cargo.lock', 'about.toml', 'about.hbs']) hash.update(await readFile(join(ROOT, file)));
  hash.update(tool);
  const key = hash.digest('hex').slice(0, 16);
  const cacheDir = join(targetDir, 'kit');
  const cached = join(cacheDir, `THIRD-PARTY-LICENSES-${key}.html`);
  if (existsSync(cached)) return { html: await readFile(cached, 'utf8'), cached: true };

  await mkdir(cacheDir, { recursive: true });
  const partial = `${cached}.partial`;
  // The wasm's std-rebuild setting (scripts/build.sh) is for `cargo build`; cargo-about only reads
  // the metadata, natively. --frozen: offline, with Cargo.lock exactly as it is. --fail: a licence
  // that about.toml does not accept, or that cannot be read, stops the build.
  const env = { ...process.env };
  delete env.CARGO_UNSTABLE_BUILD_STD;
  const run = spawnSync(
    'cargo',
    ['about', 'generate', '--frozen', '--fail', '-c', 'about.toml', '-o', partial, 'about.hbs'],
    { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (run.status !== 0) throw new Error(`kit: cargo about generate failed (exit ${run.status}); see above`);
  const html = await readFile(partial, 'utf8');
  if (!html.includes('class="crate"')) throw new Error('kit: cargo about generate listed no crate');
  await rename(partial, cached);
  // Older cached pages (an earlier Cargo.lock) are left out of the way.
  for (const name of await readdir(cacheDir)) {
    if (name.startsWith('THIRD-PARTY-LICENSES-') && join(cacheDir, name) !== cached) await rm(join(cacheDir, name), { force: true });
  }
  return { html, cached: false };
}

async function listFiles(dir, sub = '') {
  const out = [];
  for (const entry of await readdir(join(dir, sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else out.push(rel);
  }
  return out.sort();
}

/** Writes <dist>/kit/ (replacing an older one). Returns { version, files, bytes, licencesCached }. */
export async function writeKit(dist) {
  if (!dist) throw new Error('usage: node scripts/kit.mjs <dist>   (the built site, e.g. dist)');
  const distDir = resolve(dist);
  if (!existsSync(join(distDir, 'index.html')) || !statSync(distDir).isDirectory()) {
    throw new Error(`kit: ${dist} is not a built site (no index.html there); run scripts/build.sh`);
  }
  const version = await appVersion();
  const kit = join(distDir, 'kit');
  await rm(kit, { recursive: true, force: true });
  await mkdir(join(kit, 'guide'), { recursive: true });

  for (const [from, to] of SERVER_FILES) await copyFile(join(ROOT, from), join(kit, to));
  await copyFile(join(ROOT, 'LICENSE'), join(kit, 'LICENSE.txt'));
  const changelog = await readFile(join(ROOT, 'CHANGELOG.md'), 'utf8');
  if (!changelog.includes(`## ${version}`)) {
    throw new Error(`kit: CHANGELOG.md has no "## ${version}" section for this version (Cargo.toml)`);
  }
  await writeFile(join(kit, 'CHANGELOG.md'), changelog);

  const guide = await renderGuide(version);
  await writeFile(join(kit, GUIDE_NAME), guide.html);
  for (const name of guide.images) await copyFile(join(GUIDE_IMAGES, name), join(kit, 'guide', name));

  const licences = await thirdPartyLicences();
  await writeFile(join(kit, 'THIRD-PARTY-LICENSES.html'), licences.html.replaceAll('@@APP_VERSION@@', version));

  const files = [...(await listFiles(kit)), 'files.json'].sort();
  const site = (await listFiles(resolve(kit, '..')))
    .filter((f) => !f.startsWith('kit/') && !/\.(gz|br)$/.test(f))
    .sort();
  await writeFile(join(kit, 'files.json'), `${JSON.stringify({ version, files, site }, null, 2)}\n`);
  let bytes = 0;
  for (const file of files) bytes += (await stat(join(kit, file))).size;
  return { version, files, bytes, licencesCached: licences.cached, kit };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const { version, files, bytes, licencesCached, kit } = await writeKit(process.argv[2]);
    console.log(`kit: ${files.length} files, ${(bytes / 1024).toFixed(1)} KB → ${relative(process.cwd(), kit)} (version ${version}; licences ${licencesCached ? 'from the cache' : 'generated'})`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
