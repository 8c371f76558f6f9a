// What the release zip holds, and the zip itself (issue 31). One place for the file list, so the
// app's 「このツールをZIPでダウンロード」 can later build the same zip in the browser from a
// deployment's own files: follow `releaseFiles` and `zipBytes` exactly.
//
//   jishin-shindan-<version>/
//     導入ガイド.html        kit/導入ガイド.html, its images pointed at site/kit/guide/
//     LICENSE.txt            kit/LICENSE.txt
//     site/                  the built site to upload as it is:
//       …                    every file of dist/ except the precompressed .gz/.br copies (the
//                            browser's zip could not make them byte for byte; servers compress
//                            on the fly) and names starting with a dot
//       .htaccess            kit/htaccess.txt
//       _headers             kit/headers.txt
//       kit/…                the kit, as in dist/
//
// The zip is deterministic: entries sorted by path, every date 2000-01-01 00:00, deflate level 9
// (fflate, as a browser can run it too). Names are UTF-8 with the zip's UTF-8 flag set, so
// 導入ガイド.html keeps its name in Windows' own zip folders, and entries are marked as made on
// Unix with mode 644 (see FILE_MODE).

import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';

/** Files of dist/ that the release leaves out: precompressed copies and hidden names. */
export const LEFT_OUT = (name) => name.startsWith('.') || name.endsWith('.gz') || name.endsWith('.br');

/** Files of the kit that are copied to another name in the zip (source in kit/ → path in the zip). */
export const KIT_COPIES = [
  ['kit/導入ガイド.html', '導入ガイド.html'],
  ['kit/LICENSE.txt', 'LICENSE.txt'],
  ['kit/htaccess.txt', 'site/.htaccess'],
  ['kit/headers.txt', 'site/_headers'],
];

/**
 * Every entry is made on Unix ("version made by" 3) with mode 644: Debian's unzip converts the
 * names of entries made on MS-DOS (fflate's default) from a DOS code page even when the UTF-8
 * flag is set, which garbled 導入ガイド.html; Windows and macOS read the UTF-8 flag either way.
 */
const FILE_MODE = (0o100644 << 16) >>> 0;

/** The zip's one date, in local time (a zip stores no time zone): 2000-01-01 00:00. */
export const ZIP_DATE = new Date(2000, 0, 1, 0, 0, 0);

async function walk(root, sub = '') {
  const out = [];
  for (const entry of await readdir(join(root, sub), { withFileTypes: true })) {
    if (LEFT_OUT(entry.name)) continue;
    const rel = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await walk(root, rel)));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

/** The version the kit was written for (kit/files.json), checked against `expected` if given. */
export async function kitVersion(distDir) {
  const path = join(resolve(distDir), 'kit', 'files.json');
  if (!existsSync(path)) throw new Error(`release: ${distDir}/kit/files.json is missing: run scripts/build.sh (it writes the kit)`);
  const { version } = JSON.parse(await readFile(path, 'utf8'));
  if (typeof version !== 'string' || !/^\d+\.\d+\.\d+/.test(version)) throw new Error(`release: ${path} names no version`);
  return version;
}

/**
 * Every file of the release zip for the built site `distDir`, as [{ path, bytes }] sorted by path
 * (paths inside the zip, under `jishin-shindan-<version>/`). Throws with a clear message when the
 * site is not a finished build with its kit, or its config.json is not the empty default.
 */
export async function releaseFiles(distDir) {
  const dist = resolve(distDir);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`release: ${distDir} is not a built site (no index.html): run scripts/build.sh`);
  const version = await kitVersion(dist);
  const kitFiles = JSON.parse(await readFile(join(dist, 'kit', 'files.json'), 'utf8')).files;
  for (const file of kitFiles) {
    if (!existsSync(join(dist, 'kit', file))) throw new Error(`release: kit/${file} is listed in kit/files.json but missing: run scripts/build.sh`);
  }
  const config = (await readFile(join(dist, 'config.json'), 'utf8')).replace(/^\uFEFF/, '').trim();
  let empty = false;
  try {
    const value = JSON.parse(config);
    empty = value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0;
  } catch { /* reported below */ }
  if (!empty) throw new Error(`release: ${distDir}/config.json must be the empty default {} (a release carries no organisation's settings), not ${JSON.stringify(config.slice(0, 60))}`);

  const top = `jishin-shindan-${version}/`;
  const files = [];
  for (const rel of await walk(dist)) files.push({ path: `${top}site/${rel}`, bytes: await readFile(join(dist, rel)) });
  for (const [from, to] of KIT_COPIES) {
    let bytes = await readFile(join(dist, from));
    // The guide beside site/ shows the kit's images from where they are in the zip.
    if (to === '導入ガイド.html') bytes = Buffer.from(bytes.toString('utf8').replaceAll('src="guide/', 'src="site/kit/guide/'));
    files.push({ path: `${top}${to}`, bytes });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The zip of `files` ([{ path, bytes }], in the given order) as bytes; deterministic. */
export function zipBytes(files) {
  const entries = {};
  for (const { path, bytes } of files) {
    if (path in entries) throw new Error(`release: ${path} twice in the zip`);
    entries[path] = [new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { level: 9, mtime: ZIP_DATE, os: 3, attrs: FILE_MODE }];
  }
  return zipSync(entries);
}
