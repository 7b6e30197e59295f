#!/usr/bin/env bash
# Trunk's post-build hook, one step after another (Trunk starts hooks of one stage together, and
# each step reads what the one before wrote): the minified glue, the sample's page prerendered,
# the app started after the first paint, then the page's policy (which hashes the inline scripts), then the service worker that names
# the build's files.
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/minify-glue.mjs
# The sample's page in index.html, so that the first paint needs no wasm (src/prerender.rs).
# The debug build: `cargo test` has built its library already, and the sample takes no time.
# Natively, on the default toolchain: not the release wasm's nightly and its std build (scripts/build.sh).
env -u RUSTUP_TOOLCHAIN -u CARGO_UNSTABLE_BUILD_STD cargo run --offline --quiet --bin docview -- prerender "${TRUNK_STAGING_DIR:-dist}/index.html"
node scripts/defer-app.mjs
node scripts/csp.mjs
node scripts/tools-worker.mjs
node scripts/service-worker.mjs
