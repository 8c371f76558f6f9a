#!/usr/bin/env bash
# The benchmark (issues 9 and 30): builds the release (scripts/build.sh), then measures dist/
# against the size and speed budgets, beside a generated plain HTML page of the same 25 questions
# (the floor); docs/performance.md says what each figure is:
#   - per-file raw / gzip -9 / brotli 11 sizes, and the totals of what a first visit downloads
#     before the result and in all (scripts/bench/sizes.mjs, visitFiles);
#   - a whole first visit and the part before the result, counted by the server in real Chromium
#     (bytes sent, headers included; files sent twice); a later screen the first time and from
#     the service worker's cache;
#   - the first question on screen on the slow profile (phone and desktop), the take-over;
#   - Lighthouse 12 (mobile preset, simulated throttling), median of 3 runs, on the landing and on
#     the question screen, dist/ served with gzip;
#   - choosing an answer, typing, the history of 200 and 500 results combined, at 4× CPU.
# Prints one table with each figure's budget and PASS/FAIL, writes target/bench/results.{json,md}
# and the table into docs/performance.md, and exits 1 when a budget does not hold. Timings need a
# quiet machine: close other work first.
#
#   scripts/bench.sh [--runs 3] [--clicks 20] [--skip-lighthouse]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
mkdir -p target/bench
# Build, then measure a snapshot of that build, so a rebuild of dist/ meanwhile (another build in
# the same tree) cannot change it underfoot; retry if the snapshot is not one whole build.
for attempt in 1 2 3; do
  # `test` makes setup install Debian's Chromium too (the benchmark drives it, never a download).
  scripts/build.sh test
  rm -rf target/bench/dist
  cp -a dist target/bench/dist
  if node --input-type=module -e "
    import { existsSync } from 'node:fs';
    import { visitFiles } from './scripts/bench/sizes.mjs';
    const { firstVisit } = await visitFiles('target/bench/dist');
    const missing = firstVisit.filter((f) => f !== 'config.json' && !existsSync('target/bench/dist/' + f));
    if (missing.length) { console.error('bench: dist/ changed while copying it (missing ' + missing.join(', ') + ')'); process.exit(1); }
  "; then
    exec node scripts/bench/run.mjs --dist target/bench/dist "$@"
  fi
done
echo "bench: dist/ kept changing under the benchmark (another build running?)" >&2
exit 2
