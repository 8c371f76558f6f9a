// The page's loader: starts the app. scripts/precache.mjs stamps the APP line below with the
// build's file names and the wasm's integrity, and inlines this file into index.html in place of
// the loader trunk writes (its hash goes into the CSP; its comments and indentation stay out of
// the page). The scripts' own integrity is in the page's import map, which covers the chunks'
// loader the app's script imports; each chunk's is written into that loader (scripts/split.mjs).
const APP = { js: './app.js', wasm: './app_bg.wasm', integrity: '' };

// The script downloads while the page paints; the wasm, on a first visit, once the static first
// screens' first content is on screen (public/boot-screen.js sets window.__jishinBoot), so on a
// slow line the first screen's own bytes get the whole line, and Lighthouse's simulation does
// not count the wasm against the page's largest paint (issue 14). Paint timing reports that
// moment (`first-contentful-paint`: shown, not only painted); a browser without it, a frame that
// is not drawn or a background tab reports nothing, and a timer starts the download there (also
// where `observe` throws, as in browsers that know only `entryTypes`).
const glue = import(APP.js);
if (window.__jishinBoot) {
  await new Promise((ok) => {
    setTimeout(ok, 500);
    try {
      new PerformanceObserver((list) => list.getEntriesByName('first-contentful-paint')[0] && ok())
        .observe({ type: 'paint', buffered: true });
    } catch {}
  });
}
const response = fetch(APP.wasm, { integrity: APP.integrity });
const bindings = await glue;
await bindings.default({ module_or_path: response });
// public/boot.js shows its load error screen for a failure before this event.
dispatchEvent(new Event('TrunkApplicationStarted'));
