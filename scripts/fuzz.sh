#!/usr/bin/env bash
# Fuzzes the whole pipeline (tests/fuzz/pipeline_check.rs) for SECONDS (default 60), seeded with
# the corpus, the version pairs, the sample and the odd inputs of the browser tests. A crash fails
# the run and its input is kept in tests/fuzz/regressions/, where the native tests replay it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
seconds="${1:-60}"
# New inputs the fuzzer finds are kept between runs in the tool cache, not in the checkout.
found="$DOCVIEW_CACHE/fuzz-corpus"
mkdir -p "$found"
# The fuzz crate's own target folder: its sanitizer flags would rebuild the main one from scratch.
export CARGO_TARGET_DIR="$DOCVIEW_CACHE/fuzz-target"
cargo +nightly fuzz run --fuzz-dir tests/fuzz pipeline "$found" tests/corpus tests/versions src/sample tests/fixtures/inputs -- \
  -max_total_time="$seconds" -max_len=16384 -timeout=20 -rss_limit_mb=4096 \
  -artifact_prefix="$PWD/tests/fuzz/regressions/" -print_final_stats=1
