#!/usr/bin/env bash
# Every test: the pipeline natively, then the built release app in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
source scripts/env.sh

echo "== native tests (pipeline)"
cargo test --quiet

echo "== release build"
trunk build --release=true --dist dist

echo "== browser tests (headless Chromium and Firefox ESR against dist/)"
DOCVIEW_DIST="$PWD/dist" node --test --test-concurrency=1 tests/browser/
