// The floor for the benchmark: a plain static HTML page of the same 25 questions (Part titles and
// introductions, the four choices, ※ footnotes), the sheet's four bands and the 解説 of every
// question, with a few lines of inline CSS and no script. It is generated from the app's own
// catalog, printed as JSON by src/bin/catalog_json.rs, so it always holds exactly the app's text.
//
//   node scripts/bench/floor.mjs OUT_DIR     writes OUT_DIR/index.html

import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The catalog as plain data: { parts, questions, bands }, printed by the app's own binary
 * (src/bin/catalog_json.rs) from the same constants the app shows.
 */
export async function readCatalog(root = ROOT) {
  const env = { ...process.env };
  delete env.CARGO_UNSTABLE_BUILD_STD; // a native run: the release build's flag is for wasm
  const json = execFileSync('cargo', ['run', '--quiet', '--offline', '--bin', 'catalog_json'], {
    cwd: root,
    env,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const catalog = JSON.parse(json);
  if (catalog.parts.length !== 3 || catalog.questions.length !== 25 || catalog.bands.length !== 4) {
    throw new Error(`floor: the catalog has ${catalog.parts.length} parts, ${catalog.questions.length} questions`);
  }
  return catalog;
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const CHOICES = [
  ['done', '実施している', 4],
  ['partial', '一部実施している', 2],
  ['not_done', '実施していない', 0],
  ['unknown', 'わからない', -1],
];

/** The floor page's HTML. */
export function floorHtml({ parts, questions, bands }) {
  const out = [];
  out.push(`<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="IPA「新5分でできる！情報セキュリティ自社診断」の25問（静的 HTML の比較用ページ）">
<title>5分でできる！情報セキュリティ自社診断（静的 HTML）</title>
<link rel="icon" href="data:,">
<style>
body{margin:0 auto;max-width:40rem;padding:1rem;font:1rem/1.7 system-ui,sans-serif;color:#1b1f24;background:#fff}
h1{font-size:1.4rem;line-height:1.4}h2{font-size:1.2rem;margin-top:2rem}
fieldset{border:1px solid #c4c9d0;border-radius:.5rem;margin:1rem 0;padding:.75rem 1rem}
legend{font-weight:700;padding:0 .25rem}label{display:block;padding:.25rem 0}
.note{font-size:.9rem;color:#3d4650}details{margin:.5rem 0}summary{cursor:pointer;color:#1a4f8b}
</style>
</head>
<body>
<main>
<h1>5分でできる！情報セキュリティ自社診断</h1>
<p>25問に答えて、自社の情報セキュリティ対策の状況を確認できます。実施している 4点、一部実施している 2点、実施していない 0点、わからない −1点で、合計は100点満点です。</p>
<form>`);
  for (const part of parts) {
    const n = parts.indexOf(part) + 1;
    out.push(`<h2>Part ${n} ${esc(part.title)}</h2>\n<p>${esc(part.intro)}</p>`);
    for (const q of questions.filter((q) => q.part === part.part)) {
      out.push(`<fieldset>\n<legend>No.${q.no} ${esc(q.text)}</legend>`);
      for (const [value, label, points] of CHOICES) {
        out.push(`<label><input type="radio" name="q${q.no}" value="${value}"> ${label}（${points}点）</label>`);
      }
      for (const f of q.footnotes) out.push(`<p class="note">${esc(f.mark)} ${esc(f.text)}</p>`);
      out.push(`<details><summary>解説: ${esc(q.heading)}</summary>\n<p>【${esc(q.category)}】${esc(q.explanation)}</p>`);
      for (const e of q.examples) out.push(`<p class="note">対策例: ${esc(e)}</p>`);
      out.push('</details>\n</fieldset>');
    }
  }
  out.push('</form>\n<h2>診断結果</h2>');
  for (const b of bands) out.push(`<h3>${esc(b.label)}</h3>\n<p>${esc(b.message)}</p>\n<p>${esc(b.next)}</p>`);
  out.push('</main>\n</body>\n</html>\n');
  return out.join('\n');
}

/** Writes OUT_DIR/index.html; returns its path. */
export async function writeFloor(outDir) {
  await mkdir(outDir, { recursive: true });
  const file = join(outDir, 'index.html');
  await writeFile(file, floorHtml(await readCatalog()));
  return file;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await writeFloor(process.argv[2] ?? join(ROOT, 'target/bench/floor')));
}
