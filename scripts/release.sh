#!/usr/bin/env bash
# The release an association uploads (issue 31): builds (scripts/build.sh, which also writes the
# publishing kit into dist/kit/), then writes target/release/jishin-shindan-<version>.zip with the
# version from Cargo.toml. What the zip holds: scripts/release/zip-layout.mjs.
#
#   scripts/release.sh              # build, then zip
#   scripts/release.sh --no-build   # zip the dist/ already built (the test command does this)
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
  "") scripts/build.sh ;;
  --no-build) [ -f dist/index.html ] || { echo "release: dist/ is not built: run scripts/build.sh (or leave out --no-build)" >&2; exit 1; } ;;
  *) echo "usage: scripts/release.sh [--no-build]" >&2; exit 2 ;;
esac
node scripts/release/write-zip.mjs dist "${CARGO_TARGET_DIR:-target}/release"
