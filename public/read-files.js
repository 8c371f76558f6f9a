// Reads the files picked on the 「複数の結果をまとめる」 and 「会員企業の結果を集計する」 screens off
// the page's main thread (up to 500 at once: reading them there costs hundreds of milliseconds of
// blocking work on a slow phone).
// Started by src/platform/files.rs as a Worker; it gets { files, max } and answers with one entry per file,
// in order: { name, text } or { name, error: 'too_large' | 'unreadable' }. Nothing leaves the
// device: the worker has no network use at all.
'use strict';
self.onmessage = (event) => {
  const { files, max } = event.data || {};
  const out = [];
  for (const file of files || []) {
    if (!(file instanceof File)) continue;
    if (file.size > max) {
      out.push({ name: file.name, error: 'too_large' });
      continue;
    }
    try {
      // UTF-8 (a byte-order mark dropped), or, when the bytes are not valid UTF-8, Shift_JIS, as
      // Excel in Japan saves a CSV (the rule of features::rollup::model::table::detect).
      const bytes = new FileReaderSync().readAsArrayBuffer(file);
      let text;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch (e) {
        text = new TextDecoder('shift_jis').decode(bytes);
      }
      out.push({ name: file.name, text });
    } catch (e) {
      out.push({ name: file.name, error: 'unreadable' });
    }
  }
  self.postMessage(out);
};
