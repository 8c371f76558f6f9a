// Merges the splitter's shared chunks into a few files (issue 30), a step of scripts/split.mjs.
//
// wasm-split-cli writes one shared chunk per set of split points that use the same code: here
// about fifty, most under 1 KB. Each is a file a first visit downloads (the service worker
// precaches them), each with its own wasm header, types and imports, its own gzip stream and its
// own HTTP response; together 107 KB gzip, merged 86 KB, and the plan's first opening waits for
// one request instead of twenty. So chunks that are fetched together anyway become one file:
//
// - `later`: the chunks only on-demand split points use (scripts/on-demand.mjs, the English text
//   among them): one file, not precached;
// - `early`: the other chunks a split point loaded on a member's way to the result uses (the
//   English text at the start, the QR code on the result): one file per such set of split points,
//   so that they do not pull the whole shared code before the result;
// - every other chunk: one file, precached.
//
// Why merging is sound: a chunk has no exports and the same three imports (the main module's
// memory, function table and stack pointer); it only writes its functions into table slots and
// its data into memory addresses the linker reserved for it, disjoint from every other chunk's.
// Loading a chunk earlier than its split point needs it is therefore harmless, and the loader
// instantiates each file once (scripts/split.mjs points every member's load at its file's).
//
// How: binaryen's wasm-merge, with a first module named `__wasm_split` that re-exports one
// memory, table and global, so the members' imports resolve to one of each instead of one per
// member (which would need multi-memory); its own imports, under a stand-in name, and its
// re-exports are then renamed and dropped in the text form, which wasm-opt reads.

import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The split points a member's visit loads on its way to the result: the English text (at the start,
 * for `?lang=en`) and the QR code's encoder (on the result).
 */
export const EARLY = ['english', 'qr'];

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
const STAND_IN = '__wasm_outer';

/**
 * Groups the shared chunks: `users` maps a chunk's file name (`chunk_12.wasm`) to the split points
 * that use it. Returns arrays of file names, each sorted by chunk number, the groups in order of
 * their first member.
 */
export function groupChunks(users, { early, onDemand }) {
  const groups = new Map();
  const number = (file) => Number(file.match(/\d+/)[0]);
  for (const file of [...users.keys()].sort((a, b) => number(a) - number(b))) {
    const used = users.get(file);
    const key = used.every((u) => onDemand.includes(u))
      ? 'later'
      : `early:${early.filter((e) => used.includes(e)).join(',')}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(file);
  }
  return [...groups.values()];
}

/**
 * Merges the chunk files `members` (in `dir`) into `dir/<first member>`, not yet optimised
 * (scripts/split.mjs runs wasm-opt on every file after). `features` are wasm-opt's flags.
 */
export async function mergeChunks(dir, members, features) {
  if (members.length < 2) return;
  const first = join(dir, members[0]);
  // (wasm-dis warns of the name section's subsections it does not know: stderr is not shown.)
  const dis = (args) => execFileSync('wasm-dis', args, { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
  const text = dis([first]).toString();
  const memory = text.match(/\(import "__wasm_split" "memory" \(memory \$\S+ (\d+)\)\)/);
  const table = text.match(/\(import "__wasm_split" "__indirect_function_table" \(table \$\S+ (\d+) funcref\)\)/);
  if (!memory || !table) throw new Error(`merge-chunks: ${members[0]} does not import the main module's memory and table`);
  const provider = join(dir, 'provider.wat');
  await writeFile(provider, `(module
 (import "${STAND_IN}" "memory" (memory $m ${memory[1]}))
 (import "${STAND_IN}" "__indirect_function_table" (table $t ${table[1]} funcref))
 (import "${STAND_IN}" "__wasm_split_shared0" (global $g (mut i32)))
 (export "memory" (memory $m))
 (export "__indirect_function_table" (table $t))
 (export "__wasm_split_shared0" (global $g)))
`);
  const providerWasm = join(dir, 'provider.wasm');
  run('wasm-as', [...features, provider, '-o', providerWasm]);
  const merged = join(dir, 'merged.wasm');
  run('wasm-merge', [
    ...features, providerWasm, '__wasm_split',
    ...members.flatMap((m, i) => [join(dir, m), `m${i}`]),
    '-o', merged,
  ]);
  const mergedText = join(dir, 'merged.wat');
  dis([merged, '-o', mergedText]);
  let wat = await readFile(mergedText, 'utf8');
  const exports = /^ \(export "(memory|__indirect_function_table|__wasm_split_shared0)" \([a-z]+ \$[^)]+\)\)\n/gm;
  const dropped = wat.match(exports)?.length ?? 0;
  wat = wat.replace(exports, '').replaceAll(`(import "${STAND_IN}" `, '(import "__wasm_split" ');
  if (dropped !== 3 || /\(export /.test(wat) || wat.includes(STAND_IN)) {
    throw new Error(`merge-chunks: the merge of ${members.join(', ')} has exports or imports other than expected (has wasm-merge's output changed?)`);
  }
  await writeFile(mergedText, wat);
  run('wasm-as', [...features, mergedText, '-o', first]);
}
