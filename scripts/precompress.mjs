// trunk post_build hook, run right after scripts/precache.mjs (Trunk.toml chains the two: trunk
// runs the hooks of one stage concurrently, and these files must be made from the final bytes):
// writes `<file>.gz` (gzip level 9) and `<file>.br` (brotli 11) beside every compressible file of
// the build, for static hosts that serve precompressed files (nginx gzip_static/brotli_static,
// Caddy precompressed, …). The service worker never precaches them (scripts/precache.mjs skips
// them), and they are byte-for-byte deterministic (no file name or time in the gzip header).
//
// Also usable on a finished dist/:  node scripts/precompress.mjs path/to/dist

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip as gzipAsync, gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

/** Extensions worth compressing (text and wasm; PNG is already compressed). */
export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg', '.txt']);

const GZIP = { level: 9 };
const BROTLI = (buf, file) => ({
  params: {
    [constants.BROTLI_PARAM_QUALITY]: 11,
    [constants.BROTLI_PARAM_MODE]: extname(file) === '.wasm' ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
  },
});
export const gzip = (buf) => gzipSync(buf, GZIP);
export const brotli = (buf, file = '') => brotliCompressSync(buf, BROTLI(buf, file));
const gzipP = promisify(gzipAsync);
const brotliP = promisify(brotliCompress);

async function walk(root, sub = '') {
  const out = [];
  for (const entry of await readdir(join(root, sub), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const rel = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await walk(root, rel)));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

/** Writes the .gz and .br of every compressible file under `dir`; returns how many files. */
export async function precompress(dir) {
  const files = (await walk(dir)).filter((f) => COMPRESSIBLE.has(extname(f)));
  // In parallel on libuv's thread pool: the hook stays short even for a large wasm.
  await Promise.all(
    files.map(async (file) => {
      const body = await readFile(join(dir, file));
      const [gz, br] = await Promise.all([gzipP(body, GZIP), brotliP(body, BROTLI(body, file))]);
      await writeFile(join(dir, `${file}.gz`), gz);
      await writeFile(join(dir, `${file}.br`), br);
    }),
  );
  return files.length;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('precompress: no directory (TRUNK_STAGING_DIR is unset and no argument given)');
    process.exit(1);
  }
  const n = await precompress(dir);
  console.log(`precompress: .gz and .br for ${n} files in ${relative(process.cwd(), dir) || '.'}`);
}
