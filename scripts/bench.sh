#!/usr/bin/env bash
# The benchmark (issue 9): builds the release (scripts/build.sh), then measures dist/ against the
# size and speed budgets, beside a generated plain HTML page of the same 25 questions (the floor):
#   - per-file raw / gzip -9 / brotli 11 sizes and the first screen's total (the files a first visit
#     requests before the landing is interactive, recorded in Chromium, plus the manifest);
#   - Lighthouse 12 (mobile preset, simulated throttling), median of 3 runs, on the landing and on
#     the question screen (a saved session seeded into localStorage first), dist/ served with gzip;
#   - choosing an answer: main-thread work until the next frame at 4× CPU slowdown (median of 20);
#   - scale: history of 200 diagnoses, 500 results combined (n/a while the app has no such screen).
# Prints one table with each figure's budget and PASS/FAIL, writes target/bench/results.{json,md},
# and exits 1 when a budget does not hold. Timings need a quiet machine: close other work first.
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
    import { firstScreenFiles } from './scripts/bench/sizes.mjs';
    const missing = (await firstScreenFiles('target/bench/dist')).filter((f) => f !== 'config.json' && !existsSync('target/bench/dist/' + f));
    if (missing.length) { console.error('bench: dist/ changed while copying it (missing ' + missing.join(', ') + ')'); process.exit(1); }
  "; then
    exec node scripts/bench/run.mjs --dist target/bench/dist "$@"
  fi
done
echo "bench: dist/ kept changing under the benchmark (another build running?)" >&2
exit 2
