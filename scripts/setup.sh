#!/usr/bin/env bash
# Installs whatever is missing to build docview (`setup.sh build`) or to build and test it
# (`setup.sh test`). Idempotent: when everything is there it only checks versions.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
want="${1:-build}"

TRUNK_VERSION=0.21.14
GECKODRIVER_VERSION=0.37.1
CARGO_FUZZ_VERSION=0.13.2
# npm's binaryen, never Debian's: Debian's wasm-opt 108 builds a blank page.
BINARYEN_VERSION=132.0.0
TERSER_VERSION=5.51.4
WASM_BINDGEN_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print }' Cargo.lock)
grep -q "wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" Trunk.toml \
  || { echo "Trunk.toml [tools] wasm_bindgen must be $WASM_BINDGEN_VERSION (Cargo.lock)" >&2; exit 1; }

step() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return
  step "apt-get install ${missing[*]}"
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

rustup target list --installed | grep -qx wasm32-unknown-unknown || {
  step "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
}

for component in rustfmt clippy; do
  rustup component list --installed | grep -q "^$component" || {
    step "rustup component add $component"
    rustup component add "$component"
  }
done

trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION" || {
  step "cargo install trunk $TRUNK_VERSION (about 7 minutes, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
}

wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WASM_BINDGEN_VERSION" || {
  # Without --locked: the registry lacks a version that the locked build of this CLI asks for.
  step "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes, once)"
  cargo install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
}

{ "$DOCVIEW_TOOLS/node_modules/.bin/wasm-opt" --version 2>/dev/null | grep -q "version_${BINARYEN_VERSION%%.*}" \
  && "$DOCVIEW_TOOLS/node_modules/.bin/terser" --version 2>/dev/null | grep -qx "terser $TERSER_VERSION"; } || {
  # terser minifies the JS glue after the build (scripts/minify-glue.mjs).
  step "npm install binaryen@$BINARYEN_VERSION terser@$TERSER_VERSION"
  command -v npm >/dev/null || apt_install nodejs npm
  mkdir -p "$DOCVIEW_TOOLS"
  npm install --prefix "$DOCVIEW_TOOLS" --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION" "terser@$TERSER_VERSION"
}

cargo fetch --quiet

# The release wasm's toolchain (scripts/build.sh): a pinned nightly that builds std from its source,
# whose own dependencies are fetched here (the build is offline).
rustup toolchain list | grep -q "^$DOCVIEW_WASM_TOOLCHAIN" \
  && rustup component list --toolchain "$DOCVIEW_WASM_TOOLCHAIN" --installed | grep -q '^rust-src' || {
  step "rustup toolchain install $DOCVIEW_WASM_TOOLCHAIN with rust-src"
  rustup toolchain install "$DOCVIEW_WASM_TOOLCHAIN" --profile minimal --component rust-src
}
cargo "+$DOCVIEW_WASM_TOOLCHAIN" fetch --quiet \
  --manifest-path "$(rustc "+$DOCVIEW_WASM_TOOLCHAIN" --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"

if [ "$want" = test ]; then
  # The three engines: Chromium, Firefox ESR and WebKit (WebKitGTK's driver, under a virtual display).
  apt_install chromium chromium-driver firefox-esr webkit2gtk-driver xvfb locales fonts-noto-cjk fonts-arphic-ukai poppler-utils
  # WebKitGTK takes the page's language from the process's locale, which must exist to be taken.
  locale -a | grep -qix 'zh_CN.utf8' || {
    step "locale-gen zh_CN.UTF-8"
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo sed -i 's/^# *zh_CN.UTF-8 UTF-8/zh_CN.UTF-8 UTF-8/' /etc/locale.gen
    $sudo locale-gen >/dev/null
  }
  geckodriver --version 2>/dev/null | grep -q "^geckodriver $GECKODRIVER_VERSION" || {
    # Firefox through WebDriver (Playwright's own Firefox build is a download we cannot make).
    step "cargo install geckodriver $GECKODRIVER_VERSION (about 3 minutes, once)"
    cargo install --force geckodriver --version "$GECKODRIVER_VERSION"
  }
  # The fuzz target builds with the nightly toolchain (cargo fuzz needs its sanitizer flags).
  rustup toolchain list | grep -q '^nightly' || { step "rustup toolchain install nightly"; rustup toolchain install nightly --profile minimal; }
  cargo fuzz --version 2>/dev/null | grep -q "^cargo-fuzz $CARGO_FUZZ_VERSION" || {
    step "cargo install cargo-fuzz $CARGO_FUZZ_VERSION (about 2 minutes, once)"
    cargo install --locked --force cargo-fuzz --version "$CARGO_FUZZ_VERSION"
  }
  cargo +nightly fetch --quiet --manifest-path tests/fuzz/Cargo.toml
  if ! cmp -s tests/browser/package-lock.json tests/browser/node_modules/.package-lock.json 2>/dev/null; then
    step "npm ci in tests/browser"
    (cd tests/browser && npm ci --no-audit --no-fund --silent)
  fi
fi
