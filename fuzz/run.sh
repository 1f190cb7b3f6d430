#!/usr/bin/env bash
# Runs every fuzz target of Lede's core for a set time, one after another.
#
#   fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]     default: 60 s, all targets
#   FUZZ_MAX_LEN=4096 fuzz/run.sh 600 analyze_text    smaller inputs, many more executions
#
# Takes the fixture pages as seeds (tests/fixtures, plus Readability test pages and PolNeAR
# texts when ../shared or $LEDE_SHARED is there) and fuzz/dict/lede.dict as a dictionary; gives one summary line per
# target (executions, corpus size, crashes) and exits 1 if any target crashed. Crash inputs
# land in fuzz/artifacts/TARGET/; keep each as a regression test in tests/limits_regressions.rs.
# Needs a nightly toolchain (libFuzzer's sanitizer flags) and cargo-fuzz; installs the latter.
set -uo pipefail
cd "$(dirname "$0")"
SECS=${1:-60}
MAX_LEN=${FUZZ_MAX_LEN:-65536}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(analyze_text analyze_html packed)
export PATH="$HOME/.cargo/bin:$PATH"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
if rustup toolchain list | grep -q '^nightly'; then TC=(+nightly); else
    echo "fuzz: no nightly toolchain; trying stable with RUSTC_BOOTSTRAP=1" >&2
    TC=(); export RUSTC_BOOTSTRAP=1
fi

# Seeds: the repo's fixture pages (text and HTML go to both text and HTML targets).
seed() {
    local dir=corpus/$1; mkdir -p "$dir"
    for f in ../tests/fixtures/seed/* ../tests/e2e/fixtures/*; do
        [ -f "$f" ] && cp -n "$f" "$dir/$(basename "$f")"
    done
    # Local only (corpora are gitignored): Readability pages for HTML, PolNeAR texts for text.
    local shared=${LEDE_SHARED:-../../shared} rtp pn
    rtp=$shared/corpora/readability-test-pages
    pn=$shared/corpora/polnear/dev/text
    if [ "$1" = analyze_html ] && [ -d "$rtp" ]; then
        for d in $(ls "$rtp" | head -60); do
            [ -f "$rtp/$d/source.html" ] && cp -n "$rtp/$d/source.html" "$dir/rtp-$d.html"
        done
    fi
    if [ "$1" = analyze_text ] && [ -d "$pn" ]; then
        for f in $(ls "$pn" | head -30); do cp -n "$pn/$f" "$dir/polnear-$f"; done
    fi
}

status=0
for t in "${TARGETS[@]}"; do
    [ "$t" != packed ] && seed "$t"
    mkdir -p "corpus/$t" "artifacts/$t"
    log=$(mktemp)
    # Inputs up to 64 KiB by default: big enough for every code path, small enough that a slow-but-linear
    # analysis under ASan stays far from the 30 s timeout (sizes are bench-hostile's job).
    start=$(date +%s)
    cargo "${TC[@]}" fuzz run "$t" "corpus/$t" -- -max_total_time="$SECS" -max_len="$MAX_LEN" \
        -timeout=30 -rss_limit_mb=2048 -dict=dict/lede.dict -print_final_stats=1 >"$log" 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    crashes=$(ls "artifacts/$t" | grep -cE '^(crash|timeout|oom|leak)-')
    printf 'fuzz %-13s %5ss  %10s execs  corpus %5s  crashes %s  exit %s\n' "$t" \
        "$(($(date +%s) - start))" "${execs:-?}" "$(ls "corpus/$t" | wc -l)" "$crashes" "$rc"
    if [ $rc -ne 0 ]; then status=1; tail -30 "$log" >&2; fi
    rm -f "$log"
done
exit $status
