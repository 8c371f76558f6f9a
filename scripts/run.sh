#!/usr/bin/env bash
# Installs what is missing, builds the release and serves dist/ locally; prints the URL.
#   scripts/run.sh [PORT]      (default 8080)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
exec node scripts/serve.mjs --root dist --port "${1:-${PORT:-8080}}"
