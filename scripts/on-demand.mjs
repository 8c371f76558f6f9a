// The split points only an association's staff open: the roll-up of members' results (issue 32)
// and the publishing page with its config form and ZIP (issue 31); and the office files' writers
// (issue 34), which a member fetches only on asking for a Word or Excel file. A member company's first
// visit, often on a metered phone, does not pay for them: the service worker does not precache
// them (scripts/precache.mjs) and keeps a copy when one is first opened (public/sw.js, `later`),
// so it opens offline from then on.
//
// Code that only these split points share is named `later-<n>-<hash>.wasm` by scripts/split.mjs
// (other shared code is `chunk-<n>-<hash>.wasm`), so a file's name says whether a member's
// visit needs it, also after a deployment renames the files.

export const ON_DEMAND = ['publish', 'rollup', 'office'];

const FILE = new RegExp(`^(split-(${ON_DEMAND.join('|')})|later-\\d+)-[0-9a-f]{16}\\.wasm$`);

/** Whether a file of the build (a path relative to the site, `./` allowed) is on demand. */
export const isOnDemand = (file) => FILE.test(file.replace(/^(\.\/)?(.*\/)?/, ''));
