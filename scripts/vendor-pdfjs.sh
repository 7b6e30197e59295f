#!/usr/bin/env bash
# Copies pdf.js (npm pdfjs-dist, Apache-2.0) into public/pdfjs-VERSION/: the library and its
# worker (both run in docview's tools worker when a PDF is opened, never on a plain visit) and
# only the predefined Chinese (Adobe-GB1) CMaps. The copy is in the repository, so the build
# downloads nothing; run this to move to another version, then change PDFJS in
# scripts/read-pdf.mjs.
#
# Usage: scripts/vendor-pdfjs.sh 6.5.438
set -euo pipefail
cd "$(dirname "$0")/.."
version="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "pdfjs-dist@$version" >/dev/null && tar xzf "pdfjs-dist-$version.tgz")
out="public/pdfjs-$version"
rm -rf "$out" && mkdir -p "$out/cmaps"
# Named .js: every static host serves that as JavaScript (not all know .mjs), as a module needs.
cp "$work/package/build/pdf.min.mjs" "$out/pdf.min.js"
cp "$work/package/build/pdf.worker.min.mjs" "$out/pdf.worker.min.js"
cp "$work/package/LICENSE" "$out/"
cp "$work/package/cmaps/"*GB*.bcmap "$out/cmaps/"
du -sh "$out"
