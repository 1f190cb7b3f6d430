#!/usr/bin/env bash
# Runs Lede's test suites and ends with one summary line: "N passed, M failed[, K skipped]".
#   tools/test.sh            all suites: native, wasm, e2e
#   tools/test.sh wasm e2e   only those
# Suites: native = cargo test (unit, golden, corpus floors); wasm = wasm-bindgen-test in
# headless Chromium (DOM parity); e2e = node --test over tests/e2e (Playwright + extension).
# Expects `make build` to have run (the Makefile's `test` target does it).
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

suites=("$@")
[ ${#suites[@]} -gt 0 ] || suites=(native wasm e2e)
out=$(mktemp -d)
passed=0 failed=0 skipped=0 broken=()

# Adds the counts of cargo's "test result:" lines in $1.
count_cargo() {
  local p f i
  p=$(grep -ohE '^test result: .* ([0-9]+) passed' "$1" | grep -oE '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')
  f=$(grep -ohE '^test result: .*; ([0-9]+) failed' "$1" | grep -oE '[0-9]+ failed' | awk '{s+=$1} END {print s+0}')
  i=$(grep -ohE '^test result: .*; ([0-9]+) ignored' "$1" | grep -oE '[0-9]+ ignored' | awk '{s+=$1} END {print s+0}')
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + i))
}

# Adds the counts of node's TAP summary ("# pass N", "# fail N", "# skipped N") in $1.
count_node() {
  local p f s
  p=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$1" | tail -1)
  f=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$1" | tail -1)
  s=$(sed -n 's/^# skipped \([0-9]*\)$/\1/p' "$1" | tail -1)
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${s:-0}))
}

run_suite() {
  local name=$1; shift
  echo "==> $name: $*"
  "$@" 2>&1 | tee "$out/$name.log"
  local rc=${PIPESTATUS[0]}
  [ "$rc" = 0 ] || broken+=("$name (exit $rc)")
}

for s in "${suites[@]}"; do
  case "$s" in
    native)
      run_suite native cargo test --no-fail-fast
      count_cargo "$out/native.log" ;;
    wasm)
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
      CHROMEDRIVER=/usr/bin/chromedriver \
      WASM_BINDGEN_TEST_WEBDRIVER_JSON=tests/wasm/webdriver.json \
      WASM_BINDGEN_TEST_DRIVER_TIMEOUT=60 \
        run_suite wasm cargo test --no-fail-fast --target wasm32-unknown-unknown --test wasm_parity
      count_cargo "$out/wasm.log" ;;
    e2e)
      run_suite e2e node --test --test-concurrency=1 --test-reporter=tap tests/e2e/
      count_node "$out/e2e.log" ;;
    *) echo "unknown suite: $s" >&2; exit 2 ;;
  esac
done

echo
if [ ${#broken[@]} -gt 0 ]; then
  echo "suites that failed to run cleanly: ${broken[*]}"
  [ "$failed" -gt 0 ] || failed=1
fi
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$failed" -eq 0 ]
