#!/usr/bin/env bash
# Installs whatever is missing to build (and, with `test`, to test) the app on a Debian machine
# that has Rust, Node and apt. Idempotent: each step checks first, so a second run takes seconds.
#
#   scripts/setup.sh          # build tools: wasm target, trunk, wasm-bindgen-cli, npm packages
#   scripts/setup.sh test     # the same, plus Chromium and ChromeDriver for browser tests, and
#                             # Firefox ESR, WebKitGTK's WebDriver and xvfb for the other engines
#   scripts/setup.sh fuzz     # the build tools, plus cargo-fuzz and a C++ compiler (libFuzzer)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_SPLIT_VERSION=0.2.4
CARGO_FUZZ_VERSION=0.13.2
# Must equal the wasm-bindgen version pinned in Cargo.toml / Cargo.lock (trunk checks).
WASM_BINDGEN_VERSION=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The release build rebuilds the standard library for the wasm (scripts/build.sh): its sources,
# and its own crates fetched so the build stays offline.
if ! rustup component list --installed | grep -q '^rust-src'; then
  say "Adding the rust-src component"
  rustup component add rust-src
fi
STD_MANIFEST="$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
RUSTC_BOOTSTRAP=1 cargo fetch --quiet --manifest-path "$STD_MANIFEST"

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  say "Installing trunk $TRUNK_VERSION (takes ~10 minutes once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
  say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes a few minutes once)"
  # --locked does not resolve for this version; the exact version pin is what trunk needs.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# The splitter that cuts the wasm into a main module and chunks (scripts/split.mjs): the crate
# cargo-leptos uses, at the version checked here (../shared/research/code-splitting.md).
# (It has no --version: cargo's list of installed crates says which.)
if ! command -v wasm-split-cli >/dev/null \
   || ! cargo install --list | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "Installing wasm-split-cli $WASM_SPLIT_VERSION (a few minutes once)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
fi

# The build runs offline (Trunk.toml): the crates must be here first. Quick when they are.
# The fuzz targets' crate too: the test command runs their properties on the seeds.
cargo fetch --quiet
cargo fetch --quiet --manifest-path fuzz/Cargo.toml

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
   || [ ! -d node_modules/terser ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "Installing npm packages (wasm-opt from binaryen, terser, playwright-core)"
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "test" ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "Installing Chromium and ChromeDriver (Debian packages)"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver
  fi
  # The core journeys in Safari's and Firefox's engines (tests/engines/): Debian's packages only.
  if ! command -v firefox-esr >/dev/null || ! command -v WebKitWebDriver >/dev/null \
     || ! command -v xvfb-run >/dev/null; then
    say "Installing Firefox ESR, WebKitGTK's WebDriver and xvfb (Debian packages)"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq firefox-esr webkit2gtk-driver xvfb
  fi
  # The printed report's pages are read back as text (tests/e2e/print.test.mjs, issue 34):
  # pdfinfo and pdftotext from Debian's poppler-utils.
  if ! command -v pdftotext >/dev/null; then
    say "Installing poppler-utils (pdftotext, to read the printed report's pages)"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq poppler-utils
  fi
  # The Word and Excel files the app makes are read back by real readers (tests/office.rs,
  # tests/e2e/office.test.mjs, issue 34): openpyxl and python-docx, as Debian packages (Debian's
  # pip refuses system-wide installs), read with /usr/bin/python3: a pyenv python3 does not see them.
  if ! /usr/bin/python3 -c 'import openpyxl, docx' 2>/dev/null; then
    say "Installing openpyxl and python-docx (Debian packages, to read the office files back)"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-openpyxl python3-docx
  fi
fi

if [ "${1:-}" = "fuzz" ]; then
  if ! command -v c++ >/dev/null; then
    say "Installing a C++ compiler (libFuzzer is built from source)"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq g++
  fi
  if ! cargo fuzz --version 2>/dev/null | grep -q " $CARGO_FUZZ_VERSION\$"; then
    say "Installing cargo-fuzz $CARGO_FUZZ_VERSION (about a minute once)"
    cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
  fi
fi

# Issue 31, the release kit. cargo-about lists the third-party licences of the wasm's crates
# (scripts/kit.mjs, run by scripts/build.sh; its command needs the `cli` feature since 0.9).
CARGO_ABOUT_VERSION=0.9.3
if ! cargo about --version 2>/dev/null | grep -q " $CARGO_ABOUT_VERSION\$"; then
  say "Installing cargo-about $CARGO_ABOUT_VERSION (a few minutes once)"
  cargo install cargo-about --version "$CARGO_ABOUT_VERSION" --features cli --locked
fi
# The release's server tests (tests/release/) start Debian's Apache and nginx themselves, on free
# loopback ports. The packages must not start (or, at boot, enable) their own servers on port 80:
# a policy-rc.d stops that during the install, and systemd, where it runs, is told to leave them off.
if [ "${1:-}" = "test" ]; then
  if [ ! -x /usr/sbin/apache2 ] || [ ! -x /usr/sbin/nginx ] || ! command -v zip >/dev/null \
     || ! command -v unzip >/dev/null; then
    say "Installing Apache, nginx, zip and unzip (Debian packages; the tests run their own servers)"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    POLICY=/usr/sbin/policy-rc.d
    if [ ! -e "$POLICY" ]; then
      printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$POLICY" >/dev/null
      $SUDO chmod 755 "$POLICY"
      trap '$SUDO rm -f "$POLICY"' EXIT
    fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq apache2 nginx zip unzip
    if command -v systemctl >/dev/null && [ -d /run/systemd/system ]; then
      $SUDO systemctl disable --quiet apache2 nginx || true
    fi
  fi
fi
