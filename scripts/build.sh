#!/usr/bin/env bash
# Release build into dist/: size-tuned wasm, wasm-opt from npm binaryen, fully offline.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh "${1:-}"
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release --offline
