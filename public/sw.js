// Service worker: precaches every file of the release build so the app works offline after the
// first visit, and hands over to a new release only when the page asks (「更新」).
//
// The BUILD line below is replaced at build time by scripts/precache.mjs (a trunk post_build
// hook) with the build's version and the files the app needs offline (every file of the build but
// the page, which is cached from the visit, and those the app never loads: icons, embed.js, …),
// and `later`: the chunks a member's first visit does not need (scripts/on-demand.mjs), not
// precached so that it does not pay for them, kept in the runtime cache once used.
const BUILD = { version: 'dev', files: [], later: [] };

// Caches are per scope as well as per version: two deployments on one origin (say /a/ and /b/)
// never delete each other's files.
const PREFIX = `jishin-shindan:${self.registration.scope}:`;
const CACHE = PREFIX + BUILD.version;
// Copies kept across versions: files an association may edit, and the on-demand chunks used.
const RUNTIME = `${PREFIX}runtime`;

// Content-hashed files (scripts/split.mjs: `-` and 16 hex digits before the extension) never change
// under the same name: the copy the page has just downloaded is taken from the HTTP cache as it is.
// Every other file is revalidated (`no-cache`: a conditional request, answered 304 without a body
// when unchanged), so a new version never precaches a stale file and nothing is downloaded twice.
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm)$/;

/** A copy of the page of this build, as the visitor loaded it: the HTTP cache holds it under the
 * address they opened (without the screen the app added to it since). A copy of another build
 * (a deployment in between) is not taken; then the page is revalidated. */
async function thePage() {
  const opened = (await self.clients.matchAll({ includeUncontrolled: true, type: 'window' }))
    .map((client) => {
      const url = new URL(client.url);
      url.searchParams.delete('screen');
      url.hash = '';
      return url.href;
    });
  for (const href of [...opened, new URL('./', self.location).href, new URL('./index.html', self.location).href]) {
    try {
      const hit = await fetch(href, { cache: 'only-if-cached', mode: 'same-origin' });
      if (hit.ok && (await hit.clone().text()).includes(`content="${BUILD.version}"`)) return hit;
    } catch {
      // Not cached, or a browser without only-if-cached: try the next, then the network.
    }
  }
  return fetch('./', { cache: 'no-cache' });
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      const page = await thePage();
      if (!page.ok) throw new Error(`the page: ${page.status}`);
      await cache.put('./index.html', page.clone());
      await cache.put('./', page);
      await cache.addAll(BUILD.files.map((file) => new Request(file, HASHED.test(file) ? {} : { cache: 'no-cache' })));
      await keepLater();
    }),
  );
  // No skipWaiting() here: an open page keeps its version until the user chooses 更新, so a page
  // never runs a mix of old and new files.
});

/** The chunks not precached (`BUILD.later`) that this device needs: those the page has already
 * downloaded (the English text of a visit in English, fetched before this worker controlled the
 * page), copied from the browser's HTTP cache without a request to the server; and, when a new
 * build installs, the new build's copy of every on-demand split point the runtime cache held an
 * older build's copy of (with the code only those share, `later-*`), so what was used offline
 * before a deployment still opens offline after it. */
async function keepLater() {
  const runtime = await caches.open(RUNTIME);
  const used = new Set((await runtime.keys()).map((r) => splitPoint(r.url)).filter(Boolean));
  for (const file of BUILD.later) {
    try {
      const hit = await fetch(file, { cache: 'only-if-cached', mode: 'same-origin' });
      if (hit.ok) {
        await runtime.put(file, hit);
        continue;
      }
    } catch {
      // Not downloaded (or a browser without only-if-cached).
    }
    const point = splitPoint(file);
    if (point ? !used.has(point) : used.size === 0) continue;
    try {
      const response = await fetch(file);
      if (response.ok) await runtime.put(file, response);
    } catch {
      // Offline: fetched when first opened, as on a first visit.
    }
  }
}

/** The split point a chunk's file is the module of (`split-english-….wasm` → `english`), or null. */
function splitPoint(url) {
  return (new URL(url, self.location).pathname.match(/\/split-([a-z_]+)-[0-9a-f]{16}\.wasm$/) || [])[1] || null;
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys
          .filter((k) => k.startsWith(PREFIX) && k !== CACHE && k !== RUNTIME)
          .map((k) => caches.delete(k))),
      )
      .then(() => pruneRuntime())
      .then(() => self.clients.claim()),
  );
});

/** Drops the runtime copies of chunks that are not this build's (`BUILD.later`): an older build's
 * roll-up is never loaded again. Edited files (config.json, a logo) stay. */
async function pruneRuntime() {
  const cache = await caches.open(RUNTIME);
  const keep = new Set(BUILD.later.map((file) => new URL(file, self.location).href));
  for (const request of await cache.keys()) {
    if (HASHED.test(new URL(request.url).pathname) && !keep.has(request.url)) await cache.delete(request);
  }
}

self.addEventListener('message', (event) => {
  if (event.data === 'jishin-shindan:skip-waiting') self.skipWaiting();
});

// Files an association may edit or add after the build (config.json, orgs/ID.json, a logo):
// fetched network-first so edits show at once, with a copy kept for offline use.
const PRECACHED = new Set(['./', './index.html', ...BUILD.files].map((file) => new URL(file, self.location).href));
const LATER = new Set(BUILD.later.map((file) => new URL(file, self.location).href));
const EDITABLE = /\/(config\.json|orgs\/[^/]+\.json)$/;

function networkFirst(request) {
  return fetch(request)
    .then((response) => {
      // An error answer is passed on as it is: a file gone from the server (a kit file deleted,
      // a logo removed) must not be replaced by an old copy. (This build's on-demand chunks never
      // get here when a copy is kept: keptFirst.)
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

/** This build's on-demand chunks (`BUILD.later`): content-hashed, so the kept copy is the file;
 * the network only when there is none (then kept). */
function keptFirst(request) {
  return caches.match(request, { cacheName: RUNTIME }).then((hit) => hit || networkFirst(request));
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
  if (LATER.has(href)) {
    event.respondWith(keptFirst(request));
    return;
  }
  if (EDITABLE.test(url.pathname) || !PRECACHED.has(href)) {
    event.respondWith(networkFirst(request));
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request).then((hit) => hit || fetch(request))),
  );
});
