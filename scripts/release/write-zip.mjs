// Writes <out>/jishin-shindan-<version>.zip from a built site (scripts/release.sh runs it):
// the file list of zip-layout.mjs, checked against Cargo.toml's version first.
//
//   node scripts/release/write-zip.mjs <dist> <out-dir>

import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { appVersion } from '../kit.mjs';
import { kitVersion, releaseFiles, zipBytes } from './zip-layout.mjs';

const [dist, out] = process.argv.slice(2);
try {
  if (!dist || !out) throw new Error('usage: node scripts/release/write-zip.mjs <dist> <out-dir>');
  const version = await appVersion();
  const built = await kitVersion(dist);
  if (built !== version) {
    throw new Error(`release: ${dist} was built for ${built}, Cargo.toml says ${version}: run scripts/build.sh`);
  }
  const files = await releaseFiles(dist);
  const zip = zipBytes(files);
  await mkdir(resolve(out), { recursive: true });
  const path = join(resolve(out), `jishin-shindan-${version}.zip`);
  await writeFile(path, zip);
  const unpacked = files.reduce((sum, f) => sum + f.bytes.length, 0);
  console.log(`release: ${relative(process.cwd(), path)}: ${files.length} files, ${(zip.length / 1024).toFixed(1)} KB (${(unpacked / 1024).toFixed(1)} KB unpacked)`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
