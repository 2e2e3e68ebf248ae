#!/usr/bin/env bash
# Installs every tool the build and the tests need, at pinned versions.
# Idempotent: each step is skipped when the right version is present.
# Nothing is downloaded at build time afterwards (Trunk runs --offline).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132   # npm package binaryen@132.0.0 (Debian's wasm-opt 108 breaks the app)
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PATH"

need() { [ "${SETUP_ONLY:-all}" = all ] || [ "${SETUP_ONLY}" = "$1" ]; }

if ! command -v cargo >/dev/null 2>&1; then
  echo "setup: cargo is required (install Rust with rustup)" >&2
  exit 1
fi

# The formatting and lint gates of `make test`.
for component in rustfmt clippy; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
    echo "setup: adding the $component component"
    rustup component add "$component"
  fi
done

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  echo "setup: adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# pg_query (PostgreSQL's parser, a test dependency) generates its bindings with libclang.
# (libclang-cpp, which other packages bring, is not the C library bindgen loads.)
has_libclang() { compgen -G '/usr/lib/llvm-*/lib/libclang.so*' || compgen -G '/usr/lib/llvm-*/lib/libclang-[0-9]*.so*' || compgen -G '/usr/lib/*/libclang-[0-9]*.so*'; }
if ! has_libclang >/dev/null; then
  echo "setup: installing Debian's libclang-dev for the pg_query test dependency"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq libclang-dev
fi

[ "${SETUP_ONLY:-all}" = rust ] && exit 0

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  echo "setup: installing trunk $TRUNK_VERSION (takes a few minutes once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  echo "setup: installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (matches Cargo.lock)"
  # --locked fails here: a locked dependency is missing from the registry.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if ! node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q "version_$BINARYEN_VERSION" \
   || [ ! -f node_modules/playwright-core/package.json ]; then
  echo "setup: installing binaryen and playwright-core from npm (package-lock.json)"
  npm ci --no-audit --no-fund
fi

if [ ! -x /usr/bin/chromium ]; then
  echo "setup: installing Debian's chromium for the browser tests"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium chromium-driver
fi
