#!/usr/bin/env bash
# Runs Lede's checks and test suites; ends with a table of the suites, the first lines of each
# failure, and one summary line: "N passed, M failed[, K skipped]".
#   tools/test.sh                 everything, in this order
#   tools/test.sh fmt clippy      only those
# Suites:
#   toolchain  rustc is the toolchain Cargo.toml's rust-version names (the MSRV CI checks)
#   fmt        cargo fmt --check
#   clippy     cargo clippy --all-targets -- -D warnings
#   types      tsc --noEmit over extension/ and www/ (tsconfig.json; needs extension/pkg built)
#   unit       node --test tests/unit/ (pure JS modules, no browser)
#   native     cargo test (unit, CLI, schema, golden, corpus floors)
#   wasm       wasm-bindgen-test in headless Chromium (DOM parity)
#   e2e        node --test over tests/e2e (Playwright + extension, Firefox via selenium)
# A check (toolchain, fmt, clippy, types) counts as one test; the suites count their tests.
# Expects `make build` to have run (the Makefile's `test` target does it).
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

ALL=(toolchain fmt clippy types unit native wasm e2e)
# Checks whose failure is reported but does not fail the run (none: every check is fatal).
NONFATAL=()

suites=("$@")
[ ${#suites[@]} -gt 0 ] || suites=("${ALL[@]}")
out=$(mktemp -d)
passed=0 failed=0 skipped=0
report=() # one "suite: verdict" line per suite, printed at the end
problems=() # suites whose log excerpt is printed at the end

# Sets got_p/got_f/got_s from cargo's "test result:" lines in $1.
count_cargo() {
  sum() { grep -E '^test result: ' "$2" | grep -oE "[0-9]+ $1" | awk '{s+=$1} END {print s+0}'; }
  got_p=$(sum passed "$1"); got_f=$(sum failed "$1"); got_s=$(sum ignored "$1")
}

# Sets got_p/got_f/got_s from node's TAP summary ("# pass N", "# fail N", "# skipped N") in $1.
count_node() {
  got_p=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$1" | tail -1)
  got_f=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$1" | tail -1)
  got_s=$(sed -n 's/^# skipped \([0-9]*\)$/\1/p' "$1" | tail -1)
  got_p=${got_p:-0} got_f=${got_f:-0} got_s=${got_s:-0}
}

is_nonfatal() {
  local n
  for n in "${NONFATAL[@]}"; do [ "$n" = "$1" ] && return 0; done
  return 1
}

# Runs one suite's command, its output teed to $out/<name>.log; gives its exit code.
run() {
  local name=$1; shift
  echo "==> $name: $*"
  "$@" 2>&1 | tee "$out/$name.log"
  return "${PIPESTATUS[0]}"
}

# A check: one test, passed when the command exits 0.
check() {
  local name=$1; shift
  if run "$name" "$@"; then
    passed=$((passed + 1)); report+=("$name: ok")
  elif is_nonfatal "$name"; then
    skipped=$((skipped + 1)); report+=("$name: FAILED, not counted (listed as non-fatal in tools/test.sh)")
    problems+=("$name")
  else
    failed=$((failed + 1)); report+=("$name: FAILED")
    problems+=("$name")
  fi
}

# A suite: its own test counts; a non-zero exit with no failed test still fails the run.
suite() {
  local name=$1 counter=$2; shift 2
  local rc counts
  run "$name" "$@"; rc=$?
  $counter "$out/$name.log"
  passed=$((passed + got_p)); failed=$((failed + got_f)); skipped=$((skipped + got_s))
  counts="$got_p passed, $got_f failed"
  [ "$got_s" -gt 0 ] && counts="$counts, $got_s skipped"
  if [ "$rc" != 0 ] && [ "$got_f" = 0 ]; then
    failed=$((failed + 1)); counts="$counts, but exit $rc"
  fi
  if [ "$rc" = 0 ] && [ "$got_f" = 0 ]; then
    report+=("$name: $counts")
  else
    report+=("$name: FAILED ($counts)"); problems+=("$name")
  fi
}

toolchain_matches() {
  local want have
  want=$(sed -n 's/^rust-version = "\(.*\)"/\1/p' Cargo.toml)
  have=$(rustc --version | sed -n 's/^rustc \([0-9]*\.[0-9]*\).*/\1/p')
  echo "Cargo.toml rust-version: $want; rustc: $(rustc --version)"
  if [ "$want" != "$have" ]; then
    echo "error: rustc $have is not the toolchain Cargo.toml's rust-version ($want) names."
    echo "Build with rustc $want, or raise rust-version to $have once the code builds and passes with it."
    return 1
  fi
}

# The lines that say why a suite failed: errors and failed tests first, else its last lines.
excerpt() {
  local log=$out/$1.log
  case "$1" in
    clippy) grep -E -A4 '^error' "$log" | grep -vE '^error: could not compile' | head -40 ;;
    fmt) grep -E '^Diff in' "$log" | head -20 ;;
    types) grep -E 'error TS' "$log" | head -20 ;;
    native | wasm) grep -E '^(test .* FAILED|failures:|---- |thread .* panicked|error(\[E[0-9]+\])?:)' "$log" | head -30 ;;
    # Each failed test with its error, up to its stack.
    unit | e2e) awk '/^ *not ok/ {p = 1} p && /^ *(stack:|\.\.\.$)/ {p = 0} p' "$log" | head -40 ;;
  esac
  [ -s "$log" ] && echo "  (last lines)" && tail -5 "$log"
}

for s in "${suites[@]}"; do
  case "$s" in
    toolchain) check toolchain toolchain_matches ;;
    fmt) check fmt cargo fmt --check ;;
    clippy) check clippy cargo clippy --all-targets -- -D warnings ;;
    types) check types node_modules/.bin/tsc --noEmit -p tsconfig.json ;;
    unit) suite unit count_node node --test --test-reporter=tap tests/unit/ ;;
    native) suite native count_cargo cargo test --no-fail-fast ;;
    wasm)
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
      CHROMEDRIVER=/usr/bin/chromedriver \
      WASM_BINDGEN_TEST_WEBDRIVER_JSON=tests/wasm/webdriver.json \
      WASM_BINDGEN_TEST_DRIVER_TIMEOUT=60 \
        suite wasm count_cargo cargo test --no-fail-fast --target wasm32-unknown-unknown --test wasm_parity ;;
    e2e) suite e2e count_node node --test --test-concurrency=1 --test-reporter=tap tests/e2e/ ;;
    *) echo "unknown suite: $s (suites: ${ALL[*]})" >&2; exit 2 ;;
  esac
done

echo
echo "==> summary"
for line in "${report[@]}"; do echo "  $line"; done
for p in "${problems[@]}"; do
  echo
  echo "==> why $p failed ($out/$p.log)"
  excerpt "$p"
done
echo
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$failed" -eq 0 ]
