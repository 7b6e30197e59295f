# Each target installs whatever is missing first (scripts/setup.sh), so both work on a fresh machine.
.PHONY: serve test build single-file bench

serve:
	scripts/serve.sh

test:
	scripts/test.sh

# The release build in dist/, ready for any static host.
build:
	scripts/build.sh dist

# The release build as one self-contained HTML file, for opening from disk.
single-file: build
	. scripts/env.sh && node scripts/single-file.mjs dist dist-single/docview.html

bench:
	scripts/bench.sh
