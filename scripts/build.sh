#!/usr/bin/env bash
# Release build into dist/: size-tuned wasm, wasm-opt from npm binaryen, fully offline.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh "${1:-}"
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# The standard library is rebuilt for the wasm with the release profile (size first) and with
# panics as an immediate trap (no unwinding or formatting machinery: about 29 KB gzipped less,
# issue 16). These are unstable options: RUSTC_BOOTSTRAP=1 lets the stable toolchain use them
# (setup.sh installs rust-src and fetches std's own crates, so the build stays offline). A trap
# shows public/boot.js' error screen, as a panic did. Only the wasm target gets them; trunk's
# native pre_build hook unsets the std rebuild (Trunk.toml).
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
# --emit-relocs keeps the link data the splitter needs to cut the wasm into a main module and
# chunks (scripts/split.mjs, a trunk post_build hook; wasm-split-cli from setup.sh).
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort -Clink-args=--emit-relocs"
trunk build --release --offline
node scripts/kit.mjs dist
