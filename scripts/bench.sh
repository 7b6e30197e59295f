#!/usr/bin/env bash
# Benchmarks for BENCHMARKS.md: the release bundle's size, the pipeline's speed natively,
# opening documents against a static page of the same text (and a 10 MB one: speed, memory,
# print to PDF), input latency as Event Timing and filter keystrokes on 1 MB and 10 MB, in headless
# Chromium; a 1 MB Word document against the same text.
# BENCH_RUNS (7) cold runs per figure; BENCH_PDF=0 leaves out printing 10 MB (minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
source scripts/env.sh

scripts/build.sh dist >/dev/null
echo "== release bundle (dist/), bytes"
printf '%-8s %10s %10s\n' file raw gzip-9
total_raw=0; total_gz=0
shopt -s nullglob
# The style sheets are inline in index.html, with the prerendered sample. The second wasm (tools-*,
# its Web Worker tools-worker-*: Word, the pairing, the check, the JSON exports) is loaded only
# when one of them is first used: counted apart.
for ext in wasm js css html; do
  raw=0; gz=0
  for f in dist/*."$ext"; do
    case "$f" in dist/tools-*) continue ;; esac
    raw=$((raw + $(stat -c %s "$f")))
    gz=$((gz + $(gzip -9 -c "$f" | wc -c)))
  done
  printf '%-8s %10d %10d\n' "$ext" "$raw" "$gz"
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
done
printf '%-8s %10d %10d\n' total "$total_raw" "$total_gz"
for f in dist/tools-*; do
  printf '%-8s %10d %10d  (when first used: %s)\n' "${f##*.}" "$(stat -c %s "$f")" "$(gzip -9 -c "$f" | wc -c)" "${f#dist/}"
done

echo "== pipeline, native (divan)"
cargo bench --quiet --bench pipeline 2>&1 | grep -v '^warning'

echo "== opening, headless Chromium, release build"
DOCVIEW_DIST="$PWD/dist" node tests/bench/open.mjs

echo "== the drafters' check in the page, 1 MB"
DOCVIEW_DIST="$PWD/dist" node tests/bench/check.mjs

echo "== Lighthouse, the sample and a ?doc= link to a law, docview against static pages"
LIGHTHOUSE_VERSION=13.5.0
"$DOCVIEW_TOOLS/node_modules/.bin/lighthouse" --version 2>/dev/null | grep -qx "$LIGHTHOUSE_VERSION" \
  || npm install --prefix "$DOCVIEW_TOOLS" --no-audit --no-fund --silent "lighthouse@$LIGHTHOUSE_VERSION"
DOCVIEW_DIST="$PWD/dist" node tests/bench/lighthouse.mjs

echo "== the start's long tasks, 4x CPU slowdown: the sample and a ?doc= link to a 96 KB law"
DOCVIEW_DIST="$PWD/dist" node tests/bench/start.mjs

echo "== input latency (Event Timing of trusted input), headless Chromium, release build, 1 MB and 10 MB"
DOCVIEW_DIST="$PWD/dist" node tests/bench/input.mjs
BENCH_BYTES=10485760 DOCVIEW_DIST="$PWD/dist" node tests/bench/input.mjs
echo "== the same on a phone-class CPU (4x slowdown): the 219 KB 刑法"
BENCH_FILE=tests/fixtures/laws/law_刑法.md BENCH_CPU=4 BENCH_QUERIES=罪,有期徒刑,的,处罚 DOCVIEW_DIST="$PWD/dist" node tests/bench/input.mjs

echo "== the speaker view's auto-scroll: frame intervals on a 98 KB report, 1x and 4x CPU"
DOCVIEW_DIST="$PWD/dist" node tests/bench/speaker.mjs

echo "== a 1 MB Word document against the same text, headless Chromium, release build"
DOCVIEW_DIST="$PWD/dist" node tests/bench/word.mjs

echo "== a 102-page PDF against the same text, headless Chromium, release build"
DOCVIEW_DIST="$PWD/dist" node tests/bench/pdf.mjs

echo "== comparing two versions, headless Chromium, release build"
DOCVIEW_DIST="$PWD/dist" node tests/bench/compare.mjs

echo "== filter keystrokes, headless Chromium, release build, 1 MB"
DOCVIEW_DIST="$PWD/dist" node tests/bench/filter.mjs
echo "== filter keystrokes, headless Chromium, release build, 10 MB"
BENCH_BYTES=10485760 BENCH_QUERIES=8 BENCH_LETTERS=0 DOCVIEW_DIST="$PWD/dist" node tests/bench/filter.mjs
