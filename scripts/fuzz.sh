#!/usr/bin/env bash
# Coverage-guided fuzzing (libFuzzer through cargo-fuzz) of every decoder of untrusted input and
# of the two-tab merge, one target each (fuzz/fuzz_targets/; the properties: fuzz/src/lib.rs).
#
#   scripts/fuzz.sh                 # every target for 1,000,000 executions
#   scripts/fuzz.sh 60              # every target for 60 seconds instead
#   FUZZ_TARGETS="saved_data link" scripts/fuzz.sh    # only these
#
# Runs on the stable toolchain: RUSTC_BOOTSTRAP=1 lets cargo-fuzz pass its unstable flags. No
# sanitizer: the app's code has no `unsafe`, and what the fuzzer looks for is a panic (which
# aborts the wasm, and so the whole app) or a broken property; debug assertions are on, so an
# arithmetic overflow is a crash too. Each target starts from its seeds (fuzz/seeds/), the inputs
# that once failed (fuzz/regressions/) and what earlier runs found (fuzz/corpus/, not committed).
# A crashing or hanging input is kept in fuzz/artifacts/<target>/; copy it to
# fuzz/regressions/<target>/ once it is fixed, and `scripts/test.sh` replays it ever after.
#
# Prints, per target, the executions run and the crashes found; exits non-zero on any crash.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh fuzz
export PATH="$HOME/.cargo/bin:$PATH"
export RUSTC_BOOTSTRAP=1

SECONDS_PER_TARGET="${1:-}"
if [ -n "$SECONDS_PER_TARGET" ] && ! [[ "$SECONDS_PER_TARGET" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: scripts/fuzz.sh [SECONDS_PER_TARGET]" >&2
  exit 2
fi
if [ -n "$SECONDS_PER_TARGET" ]; then
  LIMIT=(-max_total_time="$SECONDS_PER_TARGET")
else
  LIMIT=(-runs=1000000)
fi

cd fuzz
read -r -a TARGETS <<<"${FUZZ_TARGETS:-$(cargo fuzz list | tr '\n' ' ')}"
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

say "Building ${#TARGETS[@]} fuzz targets (release, debug assertions, coverage)"
cargo fuzz build --features libfuzzer --sanitizer none
BIN="target/$(rustc -vV | sed -n 's/^host: //p')/release"

results=()
failed=0
for target in "${TARGETS[@]}"; do
  say "$target"
  mkdir -p "corpus/$target" "artifacts/$target" "regressions/$target"
  before=$(find "artifacts/$target" -type f | wc -l)
  log="artifacts/$target.log"
  status=0
  "$BIN/$target" "${LIMIT[@]}" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="artifacts/$target/" \
    "corpus/$target" "seeds/$target" "regressions/$target" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  crashes=$(( $(find "artifacts/$target" -type f | wc -l) - before ))
  if [ "$status" -ne 0 ] && [ "$crashes" -eq 0 ]; then
    crashes=1 # died without writing its input (e.g. out of memory): see the log
  fi
  if [ "$crashes" -ne 0 ]; then
    failed=1
    grep -E "panicked|left:|right:|ERROR|Test unit written" "$log" | head -8 || true
    echo "   log: fuzz/$log"
  fi
  results+=("$(printf '%-15s %12s %8s' "$target" "${runs:-0}" "$crashes")")
done

echo
printf '%-15s %12s %8s\n' target executions crashes
printf '%s\n' "${results[@]}"
echo "($(date -u +%Y-%m-%d), $(nproc) CPUs, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1))"
if [ "$failed" -ne 0 ]; then
  echo "A target failed: its input is in fuzz/artifacts/<target>/ (reproduce with" >&2
  echo "  RUSTC_BOOTSTRAP=1 cargo fuzz run --features libfuzzer -s none <target> <file>  in fuzz/)." >&2
  exit 1
fi
