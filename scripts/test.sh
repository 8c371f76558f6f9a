#!/usr/bin/env bash
# Installs what is missing, then runs every check: formatting, clippy, the purity guard on the
# domain, native tests, the release build and the browser journeys in real Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

say "cargo fmt --check"
cargo fmt --check
cargo fmt --check --manifest-path fuzz/Cargo.toml

say "Purity: the core, the store and every feature's model must not use browser or Leptos crates"
# The pure files: src/core, src/store, and each feature's model (features/<name>/model.rs or
# features/<name>/model/). They are tested natively and know nothing of the browser.
PURE=(src/core src/store src/features/*/model.rs src/features/*/model)
if grep -rnE '\b(leptos|web_sys|gloo|wasm_bindgen|js_sys)\b' "${PURE[@]}" 2>/dev/null; then
  echo "a pure file imports a browser/Leptos crate (see ../shared/STYLE.md)" >&2
  exit 1
fi

say "Layers: core <- feature models <- store <- platform <- kit <- feature components <- app"
# Imports point one way (src/lib.rs says it in one sentence): each layer may use only the layers
# to its left. A feature's model is features/<name>/model.rs or model/; its components are the
# rest of its folder. Checked both ways: nothing below imports anything above it.
layer() { # $1: what is checked; $2: forbidden imports (PCRE); rest: the files. Comments aside.
  local what="$1" pattern="$2" found; shift 2
  found=$(grep -rnP "$pattern" "$@" 2>/dev/null | grep -vP '^[^:]+:\d+:\s*//' || true)
  if [ -n "$found" ]; then
    printf '%s\n' "$found"
    echo "$what imports a layer above it (src/lib.rs, Layers)" >&2
    exit 1
  fi
}
COMPONENT='crate::features::\w+::(?!model\b)\w+'
layer "src/core" 'crate::(store|features|platform|kit|app)\b' src/core
layer "a feature's model" "crate::(store|platform|kit|app)\\b|$COMPONENT" src/features/*/model.rs src/features/*/model
layer "src/store" "crate::(platform|kit|app)\\b|$COMPONENT" src/store
layer "src/platform" "crate::(kit|app)\\b|$COMPONENT" src/platform
layer "src/kit" "crate::app\\b|$COMPONENT" src/kit
layer "a feature's component" 'crate::app\b' src/features

say "No HTML strings: nothing in src/ may use inner_html (user and config text is always text)"
if grep -rn 'inner_html' src/; then
  echo "src/ uses inner_html: render text with text nodes instead" >&2
  exit 1
fi

say "JavaScript syntax: the page's scripts, the build hooks, the bench and the tests (node --check)"
# The loader, the service worker and the build glue are plain JavaScript files (issue 33): a
# syntax error there would only show in a browser or halfway through a build.
for f in public/*.js scripts/*.mjs scripts/*/*.mjs tests/*/*.mjs tests/*/fixtures/*.mjs; do
  node --check "$f"
done

say "cargo clippy (native and wasm32)"
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown -- -D warnings
CARGO_TARGET_DIR=target cargo clippy --manifest-path fuzz/Cargo.toml --all-targets -- -D warnings

say "Dead code: no item the app never uses (src/bin/dead_code_check.rs)"
# The app's modules compiled as a program, with the dead-code lints forced on: a library's public
# items always count as used, a program's do not. So a function only the native tests call fails
# here: the tests check what the app runs (tests/common/mod.rs writes saved data as the app does).
dead=$(cargo rustc --quiet --profile check --target wasm32-unknown-unknown --bin dead_code_check -- \
  --force-warn dead_code --force-warn unused_imports 2>&1 | grep -E '^warning: (unused import|.*never (used|constructed|read))' || true)
printf '%s\n' "$dead" | sed '/^$/d'
count=$(printf '%s\n' "$dead" | sed '/^$/d' | wc -l)
echo "$count items the app never uses"
if [ "$count" -gt 0 ]; then
  echo "new code that the app never uses: remove it, or use it" >&2
  exit 1
fi

say "Native tests"
cargo test

say "Fuzz smoke: every fuzz target's properties on its seeds and past failures (scripts/fuzz.sh runs them long)"
CARGO_TARGET_DIR=target cargo test --manifest-path fuzz/Cargo.toml

say "Release build"
scripts/build.sh test

say "Size budget: before the result ≤ 220 KB gzipped, a whole first visit ≤ 460 KB; ceilings per file (issue 30)"
# Deterministic (gzip -9 of dist/): scripts/size-budget.mjs prints every figure and fails on a
# budget or a ceiling overrun (scripts/bench/sizes.mjs; the history of the figures is in
# docs/performance.md).
node scripts/size-budget.mjs

say "Browser journeys (Chromium, release build served as static files)"
# The time limit counts for a whole file too (node runs each file as a test): results.test.mjs
# runs about 115 s of journeys on this machine, so the limit is 240 s, not 120.
node --test --test-concurrency=1 --test-timeout=240000 tests/e2e/

say "Core journeys in WebKit (Safari's engine) and Firefox (issue 20)"
xvfb-run -a node --test --test-concurrency=1 --test-timeout=120000 tests/engines/

say "Release zip (issue 31): its files and licences, then on Apache (rental-server and Debian-default modules) and nginx"
scripts/release.sh --no-build
node --test --test-concurrency=1 --test-timeout=120000 tests/release/
