// The split points a member company's first visit does not need: the roll-up of members' results
// (issue 32) and the publishing page with its config form and ZIP (issue 31), which only an
// association's staff open; the office files' writers (issue 34), fetched only on asking for a
// Word or Excel file; and the English text, fetched only by a visit in English. A first visit,
// often on a metered phone, does not pay for them: the service worker does not precache them
// (scripts/precache.mjs); it keeps a copy of each one the visit used, from the browser's HTTP
// cache when it installs and from the network when one is first opened later (public/sw.js,
// `later`), so it opens offline from then on.
//
// Code that only these split points share is named `later-<n>-<hash>.wasm` by scripts/split.mjs
// (other shared code is `chunk-<n>-<hash>.wasm`), so a file's name says whether a member's
// visit needs it, also after a deployment renames the files.

export const ON_DEMAND = ['publish', 'rollup', 'office', 'english'];

const FILE = new RegExp(`^(split-(${ON_DEMAND.join('|')})|later-\\d+)-[0-9a-f]{16}\\.wasm$`);

/** Whether a file of the build (a path relative to the site, `./` allowed) is on demand. */
export const isOnDemand = (file) => FILE.test(file.replace(/^(\.\/)?(.*\/)?/, ''));
