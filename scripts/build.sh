#!/usr/bin/env bash
# The release build in dist/ (or the folder given), for `make build`, `make test` and `make bench`.
# Its wasm is built by a pinned nightly that compiles the standard library with the app
# (`-Zbuild-std`, at the release profile's opt-level "z") and makes a panic a bare trap with no
# message or formatting code (`-Cpanic=immediate-abort`): the reader's wasm 290 -> 260 KB gzip
# (BENCHMARKS.md, 2026-12-06). The cost: a panic in the field shows no message in the console
# (`make serve`'s debug build, on stable, keeps them). Native code is built by stable as before.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
source scripts/env.sh
RUSTUP_TOOLCHAIN="$DOCVIEW_WASM_TOOLCHAIN" \
  CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" \
  trunk build --release=true --dist "${1:-dist}"
