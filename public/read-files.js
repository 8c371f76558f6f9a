// Reads the files picked on the 「複数の結果をまとめる」 screen off the page's main thread (up to
// 500 at once: reading them there costs hundreds of milliseconds of blocking work on a slow phone).
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
      out.push({ name: file.name, text: new FileReaderSync().readAsText(file, 'utf-8') });
    } catch (e) {
      out.push({ name: file.name, error: 'unreadable' });
    }
  }
  self.postMessage(out);
};
