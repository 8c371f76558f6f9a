// trunk post_build hook, first of the chain (Trunk.toml): cuts the app's wasm into a main module
// and chunks fetched when first needed (issue 30), in place of the single wasm trunk emitted.
//
// Leptos 0.8's code splitting: functions marked as split points (`wasm_split`, src/app/chunks.rs)
// are moved with everything only they reach into chunks by the ecosystem's splitter,
// `wasm-split-cli` (crate wasm_split_cli_support, which cargo-leptos runs too). It works on the
// raw wasm as rustc linked it (built with `-Clink-args=--emit-relocs`, scripts/build.sh), before
// wasm-bindgen and wasm-opt, so the steps are (the order of ../shared/research/code-splitting.md):
//
//   1. wasm-split-cli on target/wasm32-unknown-unknown/<profile>/jishin-shindan.wasm
//   2. wasm-bindgen --target web --keep-lld-exports on the split main module, its imports then
//      given short names (scripts/short-imports.mjs)
//   3. the ~50 shared chunks merged into a few files (scripts/merge-chunks.mjs)
//   4. wasm-opt on the main module and on each chunk
//   5. every chunk's integrity written into the chunks' loader; the two scripts minified
//   6. content-hashed names
//
// trunk's own wasm-bindgen output (from the unsplit wasm) is replaced; its loader in index.html is
// rewritten by scripts/precache.mjs, which finds the files by their names.
//
// Names: the main module's script, its wasm and the chunks' loader import each other, so they share
// one tag, the hash of all the build's wasm and script bytes; each chunk is named by its own hash.
// Every hashed name ends in `-<16 hex digits>` before its extension (or before `_bg.wasm`).

import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { EARLY, groupChunks, mergeChunks } from './merge-chunks.mjs';
import { minifyJs } from './minify.mjs';
import { ON_DEMAND } from './on-demand.mjs';
import { shortenImports } from './short-imports.mjs';

const CRATE = 'jishin-shindan';
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('split: TRUNK_STAGING_DIR is unset (run by trunk as a post_build hook)');
  process.exit(1);
}
const profile = process.env.TRUNK_PROFILE === 'debug' ? 'debug' : 'release';
const targetDir = resolve(process.env.CARGO_TARGET_DIR ?? 'target');
const raw = join(targetDir, 'wasm32-unknown-unknown', profile, `${CRATE}.wasm`);
const work = join(targetDir, 'split');
// The wasm features rustc emits for wasm32 by default (bulk memory, sign-ext, …).
const WASM_OPT_FEATURES = [
  '--enable-bulk-memory', '--enable-bulk-memory-opt', '--enable-nontrapping-float-to-int',
  '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue',
];

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
const sha16 = (...parts) => {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p);
  return hash.digest('hex').slice(0, 16);
};
const sri256 = (bytes) => `sha256-${createHash('sha256').update(bytes).digest('base64')}`;

if (!existsSync(raw)) {
  console.error(`split: ${raw} is missing (trunk's cargo build should have written it)`);
  process.exit(1);
}

await rm(work, { recursive: true, force: true });
await mkdir(join(work, 'bindgen'), { recursive: true });

// 1. The splitter. Its loader imports `initSync` from the main module's script by this name.
run('wasm-split-cli', ['--target', 'web', '--out-name', CRATE, raw, work]);
// 2. wasm-bindgen on the split main module. --keep-lld-exports: the chunks link against the main
//    module's function table and memory through exports that wasm-bindgen would otherwise drop.
run('wasm-bindgen', [
  '--target', 'web', '--keep-lld-exports', '--no-demangle', '--no-typescript',
  '--out-dir', join(work, 'bindgen'), '--out-name', CRATE, join(work, `${CRATE}.wasm`),
]);
// 2b. The main module's imports from its script renamed `a`, `b`, … in both (scripts/short-imports.mjs).
{
  const wasmFile = join(work, 'bindgen', `${CRATE}_bg.wasm`);
  const jsFile = join(work, 'bindgen', `${CRATE}.js`);
  const short = shortenImports(await readFile(wasmFile), await readFile(jsFile, 'utf8'), `./${CRATE}_bg.js`);
  if (short.renamed < 100) {
    console.error(`split: only ${short.renamed} imports renamed (has wasm-bindgen's output changed?)`);
    process.exit(1);
  }
  await writeFile(wasmFile, short.wasm);
  await writeFile(jsFile, short.js);
}
// 3. The shared chunks merged into a few files (scripts/merge-chunks.mjs). The splitter says above
//    each shared chunk which split points use it (`/* after, history */`).
let loaderJs = await readFile(join(work, '__wasm_split.js'), 'utf8');
const users = new Map(
  [...loaderJs.matchAll(/\/\*\s*([a-z_, ]+?)\s*\*\/\s*const __chunk_(\d+)\b/g)]
    .map(([, list, n]) => [`chunk_${n}.wasm`, list.split(',').map((s) => s.trim())]),
);
const written = (await readdir(work)).filter((f) => /^(split|chunk)_.+\.wasm$/.test(f));
const unnamed = written.filter((f) => f.startsWith('chunk_') && !users.has(f));
if (unnamed.length) {
  console.error(`split: the loader does not say which split points use ${unnamed.join(', ')} (has wasm-split-cli's output changed?)`);
  process.exit(1);
}
const groups = groupChunks(users, { early: EARLY, onDemand: ON_DEMAND });
for (const group of groups) await mergeChunks(work, group, WASM_OPT_FEATURES);
// A merged file's split points: those of all its members.
const leaderOf = new Map(groups.flatMap((g) => g.map((m) => [m, g[0]])));
const usersOf = (file) => [...new Set(groups.find((g) => g[0] === file).flatMap((m) => users.get(m)))];
const chunkNames = [
  ...written.filter((f) => f.startsWith('split_')),
  ...groups.map((g) => g[0]),
].sort();

// 4. wasm-opt, size first, on the main module and on each chunk (skipped for a debug build).
const optimise = (file) => {
  if (profile === 'release') run('wasm-opt', ['-Oz', ...WASM_OPT_FEATURES, file, '-o', file]);
};
optimise(join(work, 'bindgen', `${CRATE}_bg.wasm`));
for (const chunk of chunkNames) optimise(join(work, chunk));

// 5. Names and integrity.
const mainWasm = await readFile(join(work, 'bindgen', `${CRATE}_bg.wasm`));
let mainJs = await readFile(join(work, 'bindgen', `${CRATE}.js`), 'utf8');
// A chunk only on-demand split points use is named `later-<n>` (scripts/on-demand.mjs).
const chunks = [];
for (const name of chunkNames) {
  const bytes = await readFile(join(work, name));
  // split_plan.wasm → split-plan-<hash>.wasm, chunk_12.wasm → chunk-12-<hash>.wasm (or later-12)
  let stem = name.replace(/\.wasm$/, '').replace(/^(split|chunk)_/, '$1-');
  if (name.startsWith('chunk_')) {
    if (usersOf(name).every((u) => ON_DEMAND.includes(u))) stem = stem.replace(/^chunk-/, 'later-');
  }
  chunks.push({ from: name, file: `${stem}-${sha16(bytes)}.wasm`, bytes, integrity: sri256(bytes) });
}
// The scripts name each other with a stand-in for the tag until their final bytes are known.
const STAND_IN = 'ffffffffffffffff';
const named = (tag) => ({
  js: `${CRATE}-${tag}.js`,
  wasm: `${CRATE}-${tag}_bg.wasm`,
  loader: `wasm-split-${tag}.js`,
});
if (mainJs.includes(STAND_IN) || loaderJs.includes(STAND_IN)) {
  console.error(`split: the scripts already hold the stand-in ${STAND_IN}`);
  process.exit(1);
}
let names = named(STAND_IN);

// The chunks' loader: fetches each chunk by its hashed name with its integrity (sha256: the
// shortest SRI hash, and each is in every first visit's download), through one fetcher instead of
// the splitter's copy per chunk (minified below). It imports the main module's script by its
// hashed name.
const fetcher = /\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+\.wasm)", import\.meta\.url\)\);\s*src\.catch\(\(\) => \{\}\);\s*return async \(imports\) => \(WebAssembly\.instantiateStreaming\(src, imports\)\);\s*\}/g;
// A merged chunk's other members load its first member's file: one load, one instantiation.
const declaration = new RegExp(`const __chunk_(\\d+) = makeLoad\\((${fetcher.source})\\s*, \\[\\]\\);`, 'g');
let aliased = 0;
loaderJs = loaderJs.replace(declaration, (whole, n) => {
  const leader = leaderOf.get(`chunk_${n}.wasm`);
  if (!leader) throw new Error(`split: the loader declares chunk ${n}, which no group holds (has wasm-split-cli's output changed?)`);
  if (leader === `chunk_${n}.wasm`) return whole;
  const first = leader.match(/\d+/)[0];
  if (!loaderJs.includes(`const __chunk_${first} = makeLoad(`) || Number(first) >= Number(n)) {
    throw new Error(`split: chunk ${n} would load chunk ${first}'s file before the loader declares it`);
  }
  aliased++;
  return `const __chunk_${n} = __chunk_${first};`;
});
if (aliased !== leaderOf.size - groups.length) {
  console.error(`split: ${aliased} of the ${leaderOf.size - groups.length} merged chunks' loads point at their file (has wasm-split-cli's output changed?)`);
  process.exit(1);
}
let rewritten = 0;
loaderJs = loaderJs.replace(fetcher, (_, from) => {
  const chunk = chunks.find((c) => c.from === from);
  if (!chunk) throw new Error(`split: the loader fetches ${from}, which the splitter did not write`);
  rewritten++;
  return `fetchChunk("${chunk.file}", "${chunk.integrity}")`;
});
if (rewritten !== chunks.length) {
  console.error(`split: the loader fetches ${rewritten} chunks, the splitter wrote ${chunks.length} (has wasm-split-cli's output changed?)`);
  process.exit(1);
}
loaderJs = `${loaderJs}
function fetchChunk(file, integrity) {
  return () => {
    const src = fetch(new URL(\`./\${file}\`, import.meta.url), { integrity });
    src.catch(() => {});
    return async (imports) => WebAssembly.instantiateStreaming(src, imports);
  };
}
`;
const mainImport = `from "./${CRATE}.js"`;
if (!loaderJs.includes(mainImport)) {
  console.error(`split: the chunks' loader does not import ${CRATE}.js`);
  process.exit(1);
}
loaderJs = loaderJs.replace(mainImport, `from "./${names.js}"`);
// The main module's script imports the chunks' loader (the wasm imports its load functions): the
// module is fetched by its hashed name; the wasm's import keeps the name it was linked with.
const loaderImport = /from (['"])\.\/__wasm_split\.js\1/g;
if (!loaderImport.test(mainJs)) {
  console.error(`split: ${CRATE}.js does not import __wasm_split.js`);
  process.exit(1);
}
mainJs = mainJs.replace(loaderImport, `from "./${names.loader}"`);

// Both minified (scripts/minify.mjs; a debug build keeps them as written), then named by the tag:
// the hash of the final bytes of every file of the build's code, so a file's name changes
// whenever its bytes do (a page with an older copy in its cache never meets a new integrity).
if (profile === 'release') {
  mainJs = await minifyJs(mainJs, { module: true, file: `${CRATE}.js` });
  loaderJs = await minifyJs(loaderJs, { module: true, file: '__wasm_split.js' });
}
const tag = sha16(mainWasm, mainJs, loaderJs, ...chunks.map((c) => c.bytes));
mainJs = mainJs.replaceAll(STAND_IN, tag);
loaderJs = loaderJs.replaceAll(STAND_IN, tag);
names = named(tag);

// Out with trunk's unsplit output, in with the split build.
for (const file of await readdir(staging)) {
  if (new RegExp(`^${CRATE}-[0-9a-f]+(_bg\\.wasm|\\.js)$`).test(file)) await rm(join(staging, file));
}
await writeFile(join(staging, names.js), mainJs);
await writeFile(join(staging, names.wasm), mainWasm);
await writeFile(join(staging, names.loader), loaderJs);
for (const chunk of chunks) await writeFile(join(staging, chunk.file), chunk.bytes);

console.log(`split: main ${mainWasm.length} B, ${chunks.length} chunks (${chunks.reduce((n, c) => n + c.bytes.length, 0)} B)`);
