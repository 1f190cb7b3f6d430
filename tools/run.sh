#!/usr/bin/env bash
# `make run`: serves www/ on 127.0.0.1:PORT and opens Debian's Chromium with the unpacked
# extension on the sample article. Without a display (or without a Chromium that accepts
# --load-extension) it prints the sample's analysis and says how to load the extension by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-8411}
sample=www/articles/kremlin-ceasefire.html
ext=$(pwd)/extension
url="http://127.0.0.1:$port/articles/$(basename "$sample")"

by_hand() {
  cat <<MSG

The unpacked extension is $ext
Load it by hand:
  Chrome/Chromium: chrome://extensions → Developer mode → "Load unpacked" → choose that folder.
  Firefox: about:debugging#/runtime/this-firefox → "Load Temporary Add-on…" → choose
           $ext/manifest.json (or the Firefox zip from \`make package\`).
Then open any news article, or the demo site: node tools/serve.mjs www $port → $url
MSG
}

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ ! -x /usr/bin/chromium ]; then
  echo "No display (or no Debian Chromium): here is Lede's analysis of the sample article."
  echo
  target/release/lede analyze "$sample"
  by_hand
  exit 0
fi

node tools/serve.mjs www "$port" &
server=$!
trap 'kill $server 2>/dev/null' EXIT
sleep 0.5
echo "Serving the demo site at http://127.0.0.1:$port/ — opening Chromium with Lede on $url"
profile=$(mktemp -d)
sandbox=()
[ "$(id -u)" = 0 ] && sandbox=(--no-sandbox) # Chromium refuses to run as root with its sandbox
/usr/bin/chromium "${sandbox[@]}" --user-data-dir="$profile" --no-first-run \
  --disable-extensions-except="$ext" --load-extension="$ext" "$url" || by_hand
