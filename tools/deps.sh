#!/usr/bin/env bash
# Installs what Lede's build and tests need, only where it is missing:
#   deps.sh rust     the wasm32 target and wasm-bindgen-cli at $WASM_BINDGEN_VERSION (pinned
#                    in Cargo.toml)
#   deps.sh node     npm packages from the committed package-lock.json (npm ci)
#   deps.sh browser  Debian's chromium, chromium-driver and firefox-esr; geckodriver from
#                    crates.io (cargo install, a few minutes, once) for the Firefox e2e test
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "deps: $*" >&2; }

rust() {
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  local want="${WASM_BINDGEN_VERSION:?}"
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$want" ]; then
    say "installing wasm-bindgen-cli $want (a few minutes, once)"
    cargo install wasm-bindgen-cli --version "=$want" --locked \
      || cargo install wasm-bindgen-cli --version "=$want"
  fi
}

node() {
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing npm packages (npm ci)"
    npm ci --no-audit --no-fund
  fi
}

apt_install() {
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

browser() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} from Debian"
    apt_install "${missing[@]}"
  fi
  if ! command -v geckodriver >/dev/null 2>&1 && [ ! -x "$HOME/.cargo/bin/geckodriver" ]; then
    say "installing geckodriver (cargo install, a few minutes, once)"
    cargo install geckodriver --locked || cargo install geckodriver
  fi
}

valgrind() {
  command -v valgrind >/dev/null || { say "installing valgrind from Debian"; apt_install valgrind; }
}

for what in "$@"; do "$what"; done
