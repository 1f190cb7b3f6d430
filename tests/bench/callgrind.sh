#!/usr/bin/env bash
# callgrind.sh — instruction counts of the native core, a benchmark that machine noise cannot move.
#
# Takes: the repo (builds `target/release/lede` with cargo), valgrind's callgrind (Debian
# `valgrind`), optional HTML files as arguments (default: tests/fixtures/seed/article.html),
# and TOP=N in the environment for how many functions to list per run (default 5, 0 = none).
# Gives, on stdout, for each file: total instructions executed (Ir) by `lede analyze --json`
# and `lede extract --json`, the same minus process start-up (`lede --version`), and the top
# functions by self cost (callgrind_annotate). Same binary + same input → same count to within
# ~0.01% (hash-map seeds), so a change of more than ~0.1% is the code, not the machine.
# Skips (exit 0) when valgrind is missing. Raw profiles stay in target/callgrind/ for
# `callgrind_annotate` or kcachegrind.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v valgrind >/dev/null; then
  echo "bench-callgrind: skipped — valgrind is not installed (apt-get install valgrind)"
  exit 0
fi
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(tests/fixtures/seed/article.html)
top=${TOP:-5}
out=target/callgrind
mkdir -p "$out"

cargo build --release --bin lede -q
bin=target/release/lede

# run NAME ARGS… — callgrind one command; prints its Ir count (callgrind's "Collected").
run() {
  local name=$1; shift
  valgrind --tool=callgrind --callgrind-out-file="$out/$name.out" "$bin" "$@" >/dev/null 2>"$out/$name.log" || {
    echo "bench-callgrind: \`lede $*\` failed under valgrind, see $out/$name.log" >&2
    exit 1
  }
  sed -n 's/^==[0-9]*== Collected : \([0-9]*\)$/\1/p' "$out/$name.log"
}

# hot NAME — the top functions of a profile by self cost, one per line.
hot() {
  [ "$top" -gt 0 ] || return 0
  # (awk reads to the end: no SIGPIPE under pipefail)
  callgrind_annotate "$out/$1.out" 2>/dev/null \
    | sed -E -n '/file:function/,$s/^ *([0-9,]+) *\( *([0-9.]+%)\) *[^:]*:(.*) \[[^]]*\]$/      \1 (\2)  \3/p' \
    | awk -v n="$top" 'NR <= n { print substr($0, 1, 140) }'
}

# grand N — N with thousands separators.
grand() { echo "$1" | sed -E ':a; s/([0-9])([0-9]{3})($|,)/\1,\2\3/; ta'; }

startup=$(run startup --version)
echo "bench-callgrind: instructions executed (Ir), valgrind $(valgrind --version | sed 's/valgrind-//')"
echo "  process start-up (lede --version): $(grand "$startup")"
for file in "${files[@]}"; do
  tag=$(printf '%s' "$file" | sed -E 's|^(\.\./)+||; s|[^A-Za-z0-9._-]+|_|g')
  for cmd in analyze extract; do
    ir=$(run "$cmd-$tag" "$cmd" --json "$file")
    printf '  %-8s %s: %s Ir (%s without start-up)\n' "$cmd" "$file" "$(grand "$ir")" "$(grand $((ir - startup)))"
    hot "$cmd-$tag"
  done
done
