#!/usr/bin/env bash
# `make bench-native`: pages per second of `lede extract` and `lede analyze --jsonl` on the 181
# pages of the ScrapingHub article-extraction benchmark, next to trafilatura (PyPI, installed
# into .tools/venv) on the same pages in the same run. Lede is timed on all cores and on one
# (RAYON_NUM_THREADS=1); trafilatura runs in one Python process. Best of 5 runs each (the
# machine is shared: fewer runs let one busy moment decide the number).
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."
corpus=../shared/corpora/article-extraction-benchmark/html
if [ ! -d "$corpus" ]; then
  echo "bench-native: skipped — $corpus is absent (the corpora live in ../shared/corpora)"
  exit 0
fi
cargo build --release --bin lede -q
pages=$(ls "$corpus"/*.html.gz | wc -l)

best_of_5() { # prints the best wall time in seconds of "$@"
  local best=""
  for _ in 1 2 3 4 5; do
    local s e t
    s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N)
    t=$(awk -v a="$s" -v b="$e" 'BEGIN {print b - a}')
    best=$(awk -v t="$t" -v b="$best" 'BEGIN {print (b == "" || t < b) ? t : b}')
  done
  echo "$best"
}

if ! .tools/venv/bin/python -c 'import trafilatura' 2>/dev/null; then
  echo "bench-native: installing trafilatura into .tools/venv (once)" >&2
  python3 -m venv .tools/venv
  .tools/venv/bin/pip install -q trafilatura lxml_html_clean
fi

t_extract=$(best_of_5 target/release/lede extract --jsonl "$corpus")
t_extract1=$(RAYON_NUM_THREADS=1 best_of_5 target/release/lede extract --jsonl "$corpus")
t_analyze=$(best_of_5 target/release/lede analyze --jsonl "$corpus")
t_analyze1=$(RAYON_NUM_THREADS=1 best_of_5 target/release/lede analyze --jsonl "$corpus")
traf=$(mktemp --suffix=.py)
trap 'rm -f "$traf"' EXIT
cat >"$traf" <<'PY'
import gzip, pathlib, sys, trafilatura
for p in sorted(pathlib.Path(sys.argv[1]).glob("*.html.gz")):
    trafilatura.extract(gzip.open(p).read().decode("utf-8", "replace"))
PY
t_traf=$(best_of_5 .tools/venv/bin/python "$traf" "$corpus")
rate() { awk -v n="$pages" -v t="$1" 'BEGIN {printf "%.1f", n / t}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", a / b}'; }
printf '%-34s %8s %10s\n' "tool ($pages AEB pages, $(nproc) cores)" "seconds" "pages/s"
printf '%-34s %8.3f %10s\n' "lede extract (all cores)" "$t_extract" "$(rate "$t_extract")"
printf '%-34s %8.3f %10s\n' "lede extract (1 thread)" "$t_extract1" "$(rate "$t_extract1")"
printf '%-34s %8.3f %10s\n' "lede analyze (all cores)" "$t_analyze" "$(rate "$t_analyze")"
printf '%-34s %8.3f %10s\n' "lede analyze (1 thread)" "$t_analyze1" "$(rate "$t_analyze1")"
printf '%-34s %8.3f %10s\n' "trafilatura extract (1 process)" "$t_traf" "$(rate "$t_traf")"
echo "lede extract vs trafilatura: $(ratio "$t_traf" "$t_extract")x (all cores)," \
  "$(ratio "$t_traf" "$t_extract1")x (1 thread each)"
