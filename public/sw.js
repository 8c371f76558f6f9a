// Service worker: precaches every file of the release build so the app works offline after the
// first visit, and hands over to a new release only when the page asks (「更新」).
//
// The BUILD line below is replaced at build time by scripts/precache.mjs (a trunk post_build
// hook) with the build's version and the list of files trunk actually emitted.
const BUILD = { version: 'dev', files: [] };

// Caches are per scope as well as per version: two deployments on one origin (say /a/ and /b/)
// never delete each other's files.
const PREFIX = `jishin-shindan:${self.registration.scope}:`;
const CACHE = PREFIX + BUILD.version;

// trunk's content-hashed files never change under the same name, so the copy the first visit
// just downloaded (HTTP cache) can be reused; every other file is fetched fresh (cache: 'reload')
// so a new version never precaches a stale index.html, manifest or icon.
// (trunk's hash is a 64-bit number in hex without leading zeros: up to 16 digits.)
const HASHED = /-[0-9a-f]{1,16}(_bg)?\.(js|wasm|css)$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(BUILD.files.map((file) => new Request(file, HASHED.test(file) ? {} : { cache: 'reload' }))),
    ),
  );
  // No skipWaiting() here: an open page keeps its version until the user chooses 更新, so a page
  // never runs a mix of old and new files.
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys
          .filter((k) => k.startsWith(PREFIX) && k !== CACHE && k !== `${PREFIX}runtime`)
          .map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'jishin-shindan:skip-waiting') self.skipWaiting();
});

// Files an association may edit or add after the build (config.json, orgs/ID.json, a logo):
// fetched network-first so edits show at once, with a copy kept for offline use.
const RUNTIME = `${PREFIX}runtime`;
const PRECACHED = new Set(BUILD.files.map((file) => new URL(file, self.location).href));
const EDITABLE = /\/(config\.json|orgs\/[^/]+\.json)$/;

function networkFirst(request) {
  return fetch(request)
    .then((response) => {
      if (response.ok) {
        const copy = response.clone();
        caches.open(RUNTIME).then((cache) => cache.put(request, copy));
      }
      return response;
    })
    .catch(() =>
      caches.match(request, { cacheName: RUNTIME })
        .then((hit) => hit || caches.open(CACHE).then((cache) => cache.match(request)))
        .then((hit) => hit || Response.error()),
    );
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Any page inside the scope (with or without ?org=… or ?lang=…) is the app shell.
    event.respondWith(
      caches.open(CACHE).then((cache) =>
        cache.match('./index.html').then((hit) => hit || fetch(request)),
      ),
    );
    return;
  }
  const href = url.href.split('#')[0].split('?')[0];
  if (EDITABLE.test(url.pathname) || !PRECACHED.has(href)) {
    event.respondWith(networkFirst(request));
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request).then((hit) => hit || fetch(request))),
  );
});
