// Reads the files picked on the 「複数の結果をまとめる」 and 「会員企業の結果を集計する」 screens off
// the page's main thread (up to 500 at once: reading them there costs hundreds of milliseconds of
// blocking work on a slow phone).
// Started by src/platform/files.rs as a Worker; it gets { files, max } and answers with one entry per file,
// in order: { name, utf8 } (the text as UTF-8 bytes, a Uint8Array whose buffer is transferred, not
// copied) or { name, error: 'too_large' | 'unreadable' }. UTF-8 rather than a string: the app reads
// UTF-8, and a string would be copied twice more on the main thread (out of the message, then into
// the wasm's memory), which costs a 5 MB CSV about 0.2 s on a slow phone. Nothing leaves the
// device: the worker has no network use at all.
'use strict';
self.onmessage = (event) => {
  const { files, max } = event.data || {};
  const out = [];
  const transfer = [];
  for (const file of files || []) {
    if (!(file instanceof File)) continue;
    if (file.size > max) {
      out.push({ name: file.name, error: 'too_large' });
      continue;
    }
    try {
      // UTF-8 (a byte-order mark dropped), or, when the bytes are not valid UTF-8, Shift_JIS, as
      // Excel in Japan saves a CSV (the rule of features::rollup::model::table::detect).
      const bytes = new Uint8Array(new FileReaderSync().readAsArrayBuffer(file));
      let utf8;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
        utf8 = bom ? bytes.subarray(3) : bytes;
      } catch (e) {
        utf8 = new TextEncoder().encode(new TextDecoder('shift_jis').decode(bytes));
      }
      out.push({ name: file.name, utf8 });
      transfer.push(utf8.buffer);
    } catch (e) {
      out.push({ name: file.name, error: 'unreadable' });
    }
  }
  self.postMessage(out, transfer);
};
