# Sourced by the other scripts: where tools and build output live. Both are outside the
# checkout and reused between runs, so a fresh clone builds incrementally.
export DOCVIEW_CACHE="${DOCVIEW_CACHE:-$HOME/.cache/docview}"
export DOCVIEW_TOOLS="$DOCVIEW_CACHE/tools"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$DOCVIEW_CACHE/target}"
export PATH="$HOME/.cargo/bin:$DOCVIEW_TOOLS/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
# The toolchain of the release wasm (scripts/build.sh): a nightly, pinned, with its std's source.
export DOCVIEW_WASM_TOOLCHAIN=nightly-2026-05-20
