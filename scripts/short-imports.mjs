// A step of scripts/split.mjs (issue 30): gives the main module's imports from its wasm-bindgen
// script short names, in the wasm and in the script alike.
//
// wasm-bindgen names each JavaScript function the wasm imports after the Rust item and a 16-digit
// hash (`__wbg_getTime_edc91481cbc4cd78`), about 215 of them. Each name is written twice, in the
// wasm's import section and as a key of the script's import object, and the hashes do not
// compress: 2.7 KB gzip of the script and more of the wasm, downloaded before the first question.
// The names mean nothing to the browser, so they become `a`, `b`, … `ba`, …: each is renamed only
// where it is written once in each file (the import entry, the object's key), and the step stops
// the build if a name is written anywhere else.

/** Reads an unsigned LEB128 at `at`; returns [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** Writes an unsigned LEB128. */
function toLeb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

/** Skips a `limits` (a table's or a memory's) at `at`. */
function skipLimits(bytes, at) {
  const flags = bytes[at++];
  [, at] = leb(bytes, at);
  if (flags & 1) [, at] = leb(bytes, at);
  return at;
}

/** The short names, in order: a … z, ba … bz, … (never starting with a digit or an underscore). */
function shortName(i) {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let name = '';
  do {
    name = letters[i % 26] + name;
    i = Math.floor(i / 26);
  } while (i > 0);
  return name;
}

/**
 * Renames every import of `module` in the wasm `bytes` whose name is a key of the script `js`'s
 * import object (`        name: function`), in both. Returns { wasm, js, renamed }.
 */
export function shortenImports(bytes, js, module) {
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  if (decoder.decode(bytes.subarray(0, 4)) !== '\0asm') throw new Error('short-imports: not a wasm module');
  let at = 8;
  let section = null;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, body] = leb(bytes, at + 1);
    if (id === 2) {
      section = { start: at, body, end: body + size };
      break;
    }
    at = body + size;
  }
  if (!section) throw new Error('short-imports: the wasm has no import section');

  const names = new Map();
  const entries = [];
  let [count, p] = leb(bytes, section.body);
  for (let i = 0; i < count; i++) {
    const from = p;
    const [moduleLength, m] = leb(bytes, p);
    const moduleName = decoder.decode(bytes.subarray(m, m + moduleLength));
    const [nameLength, n] = leb(bytes, m + moduleLength);
    const name = decoder.decode(bytes.subarray(n, n + nameLength));
    p = n + nameLength;
    const kind = bytes[p++];
    if (kind === 0) [, p] = leb(bytes, p); // a function: its type
    else if (kind === 1) p = skipLimits(bytes, p + 1); // a table: its element type, its limits
    else if (kind === 2) p = skipLimits(bytes, p); // a memory
    else if (kind === 3) p += 2; // a global: its type and mutability
    else throw new Error(`short-imports: import ${moduleName} ${name} is of an unknown kind ${kind}`);
    entries.push({ moduleName, name, desc: bytes.subarray(n + nameLength, p), whole: bytes.subarray(from, p) });
  }
  if (p !== section.end) throw new Error('short-imports: the import section did not parse to its end');

  let script = js;
  for (const entry of entries) {
    if (entry.moduleName !== module) continue;
    const key = new RegExp(`^( {8})${entry.name}(: function)`, 'm');
    const uses = script.split(entry.name).length - 1;
    if (!key.test(script) || uses !== 1) {
      throw new Error(`short-imports: ${entry.name} is written ${uses} times in the script, not once as a key of its import object (has wasm-bindgen's output changed?)`);
    }
    const short = shortName(names.size);
    if (new RegExp(`^ {8}${short}: `, 'm').test(js)) {
      // Cannot happen with wasm-bindgen's output (its names are long); checked all the same.
      throw new Error(`short-imports: the script's import object already has a key ${short}`);
    }
    names.set(entry.name, short);
    script = script.replace(key, `$1${short}$2`);
  }

  const parts = [...toLeb(entries.length)];
  for (const entry of entries) {
    if (!names.has(entry.name)) {
      parts.push(...entry.whole);
      continue;
    }
    const name = encoder.encode(names.get(entry.name));
    const moduleBytes = encoder.encode(entry.moduleName);
    parts.push(...toLeb(moduleBytes.length), ...moduleBytes, ...toLeb(name.length), ...name, ...entry.desc);
  }
  const body = Uint8Array.from(parts);
  const wasm = new Uint8Array(section.start + 1 + toLeb(body.length).length + body.length + (bytes.length - section.end));
  wasm.set(bytes.subarray(0, section.start), 0);
  let w = section.start;
  wasm[w++] = 2;
  const size = toLeb(body.length);
  wasm.set(size, w);
  w += size.length;
  wasm.set(body, w);
  w += body.length;
  wasm.set(bytes.subarray(section.end), w);
  return { wasm, js: script, renamed: names.size };
}
