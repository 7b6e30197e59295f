#!/usr/bin/env bash
# Every test: the pipeline natively, a short fuzzing run, then the built release app in the three
# browser engines (Chromium through Playwright and chromedriver, Firefox ESR through geckodriver,
# WebKit through WebKitWebDriver).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
source scripts/env.sh

echo "== cargo fmt --check, cargo clippy (native and wasm32: the page's code is only in the wasm build)"
cargo fmt --check
cargo clippy --quiet --all-targets -- -D warnings
cargo clippy --quiet --target wasm32-unknown-unknown -- -D warnings

echo "== native tests (pipeline)"
cargo test --quiet

echo "== fuzzing the pipeline for ${DOCVIEW_FUZZ_SECONDS:-60} s"
fuzz_log="$DOCVIEW_CACHE/fuzz.log"
if ! scripts/fuzz.sh "${DOCVIEW_FUZZ_SECONDS:-60}" >"$fuzz_log" 2>&1; then
  tail -n 60 "$fuzz_log"
  echo "the fuzzer failed: a crash's input is kept in tests/fuzz/regressions/ (log: $fuzz_log)" >&2
  exit 1
fi
grep -E '^(Done|INFO: seed corpus)' "$fuzz_log"

echo "== release build"
scripts/build.sh dist

echo "== browser tests (Chromium, Firefox ESR and WebKit against dist/)"
DOCVIEW_DIST="$PWD/dist" node --test --test-concurrency=1 tests/browser/
