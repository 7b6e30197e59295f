# Each target installs whatever is missing first (scripts/setup.sh), so both work on a fresh machine.
.PHONY: serve test build bench

serve:
	scripts/serve.sh

test:
	scripts/test.sh

# The release build in dist/, ready for any static host.
build:
	scripts/setup.sh build
	. scripts/env.sh && trunk build --release=true --dist dist

bench:
	scripts/bench.sh
