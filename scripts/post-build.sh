#!/usr/bin/env bash
# Trunk's post-build hook, one step after another (Trunk starts hooks of one stage together, and
# each step reads what the one before wrote): the minified glue, then the page's policy, then the
# service worker that names the build's files.
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/minify-glue.mjs
node scripts/csp.mjs
node scripts/service-worker.mjs
