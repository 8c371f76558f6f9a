// Minifies the build's own JavaScript with terser (issue 30). They were shipped as written,
// comments and all: 5.0 KB gzip of a first visit. scripts/split.mjs minifies the main module's
// script that wasm-bindgen writes (9.0 → 7.3 KB) and the chunks' loader (1.9 → 1.6 KB) before
// naming them by their hash; this step, run by trunk's post_build hook (Trunk.toml) after
// split.mjs, minifies the start-up guard `boot.js` (2.4 → 1.5 KB) and the file-reading worker
// `read-files.js` (1.0 → 0.4 KB); scripts/precache.mjs minifies the service worker (2.9 →
// 1.5 KB) once its precache list is in. `embed.js` stays readable: an association's web staff
// copy it into their own pages. Debug builds are left as they are. Property names are never
// renamed (the wasm's imports are looked up by name), nor a classic script's top-level names.

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { minify } from 'terser';

/** Minified `code`; `module` for an ES module (its top-level names may be renamed). */
export async function minifyJs(code, { module, file }) {
  const out = await minify(code, {
    module,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  if (typeof out.code !== 'string') throw new Error(`minify: terser gave nothing for ${file}`);
  return out.code;
}

/** The service worker minified, its `const BUILD = …;` line kept as it is, on a line of its own
 * (the tests and the benchmark read the precache list from it). */
export async function minifyServiceWorker(sw) {
  const line = sw.match(/^const BUILD = .*;$/m);
  if (!line) throw new Error('minify: sw.js has no `const BUILD = …;` line');
  const rest = sw.replace(line[0], '');
  return `${line[0]}\n${await minifyJs(rest, { module: false, file: 'sw.js' })}\n`;
}

const CLASSIC = ['boot.js', 'read-files.js'];

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const staging = process.env.TRUNK_STAGING_DIR;
  if (!staging) {
    console.error('minify: TRUNK_STAGING_DIR is unset (run by trunk as a post_build hook)');
    process.exit(1);
  }
  if (process.env.TRUNK_PROFILE !== 'debug') {
    const names = (await readdir(staging)).filter((f) => CLASSIC.includes(f));
    if (names.length !== CLASSIC.length) {
      console.error(`minify: expected ${CLASSIC.join(', ')}; found ${names.join(', ')}`);
      process.exit(1);
    }
    let before = 0;
    let after = 0;
    for (const file of names) {
      const path = join(staging, file);
      const code = await readFile(path, 'utf8');
      const min = await minifyJs(code, { module: false, file });
      before += code.length;
      after += min.length;
      await writeFile(path, min);
    }
    console.log(`minify: ${names.length} scripts, ${before} → ${after} B`);
  }
}
