# Lede — build, run, test and benchmark. Every target installs what it is missing first
# (tools/deps.sh), so `make run` and `make test` work on a fresh Debian machine.
#
#   make run     build, serve www/ and open Chromium with the extension on the sample article
#                (no display: print the sample's analysis and where the unpacked extension is)
#   make test    every check and test: toolchain, fmt, clippy, tsc, JS unit tests, cargo test,
#                wasm-bindgen-test in headless Chromium, Playwright e2e (tools/test.sh)
#   make lint    the checks alone (toolchain, fmt, clippy, tsc); make unit: the JS unit tests
#   make build   the WASM package, the unpacked extension (extension/) and the demo site (www/)

SHELL := /bin/bash
WASM_BINDGEN_VERSION := $(shell sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml | head -1)
WASM := target/wasm32-unknown-unknown/wasm-release/lede.wasm
PKG := extension/pkg
PORT ?= 8411
export PATH := $(HOME)/.cargo/bin:$(PATH)

.PHONY: all deps deps-rust deps-node deps-browser build wasm cli www run test test-native \
        test-wasm test-e2e unit bench-extract train-kind bench-quotes bench-german bench-statements bench-summary bench-native \
        bench-inpage bench-core wasm-hot bench-extension bench-callgrind bench-hostile fuzz package sweep fmt lint clean

all: build

deps: deps-rust deps-node deps-browser

deps-rust:
	@WASM_BINDGEN_VERSION=$(WASM_BINDGEN_VERSION) tools/deps.sh rust

deps-node:
	@tools/deps.sh node

deps-browser:
	@tools/deps.sh browser

## build ---------------------------------------------------------------------------------

build: wasm cli www

cli:
	cargo build --release --bin lede

# The core for the browser: cargo → wasm-bindgen (--target web) → wasm-opt (npm `binaryen`,
# pinned in package-lock.json: Debian's is too old for what rustc emits); then the content
# scripts' one-file copy of lib/ + messages.js (tools/bundle.mjs → pkg/content-lib.js).
# The functions where the page's time goes (tools/wasm-hot.txt, `make wasm-hot`) are built
# without LLVM's minsize, the rest at opt-level "z" (tools/wasm-hot.mjs says why).
# wasm-opt inlines every function of at most WASM_INLINE instructions into its callers (binaryen's
# -aimfs, 2 by default): at "z" LLVM leaves even one-line getters, allocator shims and iterator
# steps as calls, and V8 keeps them calls.
WASM_INLINE ?= 10
wasm: deps-rust deps-node
	cargo rustc --profile wasm-release --target wasm32-unknown-unknown --lib -- "$$(node tools/wasm-hot.mjs args tools/wasm-hot.txt)"
	@node tools/wasm-hot.mjs check tools/wasm-hot.txt $(WASM)
	rm -rf $(PKG) && wasm-bindgen --target web --out-name lede --out-dir $(PKG) $(WASM)
	node_modules/.bin/wasm-opt -O3 --converge -aimfs $(WASM_INLINE) -o $(PKG)/lede_bg.wasm $(PKG)/lede_bg.wasm
	node tools/bundle.mjs
	@printf 'wasm: %s bytes, %s gzipped\n' "$$(stat -c %s $(PKG)/lede_bg.wasm)" "$$(gzip -9 -c $(PKG)/lede_bg.wasm | wc -c)"

# Writes tools/wasm-hot.txt (read by `wasm`): the core built plainly at "z" is profiled in the
# page on 150 WCXB dev articles (not the Readability pages bench-inpage measures), and the
# functions with the most self time per byte are kept until they hold WASM_HOT_BYTES of code.
WASM_HOT_BYTES ?= 60000
wasm-hot: deps-rust deps-node deps-browser
	cargo build --profile wasm-release --target wasm32-unknown-unknown --lib
	rm -rf target/wasm-hot && wasm-bindgen --no-demangle --target web --out-name lede --out-dir target/wasm-hot/pkg $(WASM)
	cp $(WASM) target/wasm-hot/plain.wasm
	node tools/wasm-hot.mjs prepare ../shared/corpora/wcxb-dev target/wasm-hot/pages 150
	node tests/bench/inpage.mjs --runs 2 --corpus target/wasm-hot/pages --hot-out target/wasm-hot/profile.txt --pkg target/wasm-hot/pkg
	node tools/wasm-hot.mjs select target/wasm-hot/profile.txt target/wasm-hot/plain.wasm $(WASM_HOT_BYTES) > tools/wasm-hot.txt
	@head -4 tools/wasm-hot.txt

# The demo site reuses the extension's modules and package (copied, not duplicated in git).
www: wasm
	rm -rf www/pkg www/lib www/ui
	cp -r $(PKG) www/pkg && cp -r extension/lib www/lib && cp -r extension/ui www/ui

## run -----------------------------------------------------------------------------------

run: deps build
	@tools/run.sh $(PORT)

## test ----------------------------------------------------------------------------------

test: deps build
	@tools/test.sh

test-native:
	cargo test --release

test-wasm: deps-rust deps-browser
	@tools/test.sh wasm

test-e2e: deps build
	@tools/test.sh e2e

# The pure JS modules under node --test: no browser, no build.
unit: deps-node
	@tools/test.sh unit

## benchmarks ----------------------------------------------------------------------------

bench-extract:
	cargo run --release --example bench-extract

# Refits the article-or-not table src/extract/kind_table.rs on WCXB dev + AEB (deterministic).
train-kind:
	cargo run --release --example bench-extract -- --train-kind

# Direct quotes (the quote scorer), then every statement, quotes and reported speech (the
# reference scorer's numbers, with recall per kind and units and misses per rule).
bench-quotes:
	cargo run --release --example bench-quotes
	cargo run --release --example bench-statements
	cargo run --release --example bench-german

bench-german:
	cargo run --release --example bench-german

bench-statements:
	cargo run --release --example bench-statements

bench-summary:
	cargo run --release --example bench-summary

# Freeze attribution behaviour: every quote of the fixtures and corpora, one JSON
# line each, to OUT (default /tmp/lede-quotes.jsonl, never the repo); DIFF="A B" diffs two.
.PHONY: quotes-dump
quotes-dump:
	cargo run --release --example quotes-dump -- $(if $(DIFF),--diff $(DIFF),$(or $(OUT),/tmp/lede-quotes.jsonl))

# In-page speed in headless Chromium: Lede vs Readability.js vs a bare text walk.
bench-inpage: deps build
	node tests/bench/inpage.mjs

# The WASM core alone in node, packages paired page by page on recorded page snapshots
# (tests/bench/core.mjs): a few seconds per comparison. CORE_PKGS="DIR …" adds packages to
# compare with extension/pkg (the first, the base of the ratios).
bench-core: deps build
	@[ -d target/core-snapshots ] || node tests/bench/core.mjs record
	node tests/bench/core.mjs run --pkg extension/pkg $(foreach p,$(CORE_PKGS),--pkg $(p))

# The real extension, cold: each Readability test page in a new tab from its own site; time
# from the load event to data-lede-state, long tasks by Lede phase, Lede's main-thread time
# Reproduces ../shared/tools/time_to_ready.mjs's line first.
bench-extension: deps build
	node tests/bench/extension.mjs

# Instruction counts (callgrind) of the CLI on the seed page: noise-free regression numbers.
bench-callgrind:
	@command -v valgrind >/dev/null || tools/deps.sh valgrind
	tests/bench/callgrind.sh

# Time and peak memory of generated hostile pages against their budgets.
bench-hostile:
	cargo run --release --example bench-hostile

# Fuzz the core: FUZZ_SECONDS per target (libFuzzer via cargo fuzz).
FUZZ_SECONDS ?= 60
fuzz:
	fuzz/run.sh $(FUZZ_SECONDS)

## extension packages and the page sweep ------------------------------------------------

# dist/lede-chrome-<version>.zip and dist/lede-firefox-<version>.zip
package: wasm
	node tools/package.mjs

# Every Readability test page with the extension: states, labels, errors, text unchanged after off.
sweep: deps build
	node tools/sweep.mjs

## housekeeping --------------------------------------------------------------------------

fmt:
	cargo fmt

# tsc reads the WASM package's declarations (extension/pkg), hence `wasm`.
lint: deps-rust deps-node wasm
	@tools/test.sh toolchain fmt clippy types

clean:
	cargo clean && rm -rf $(PKG) www/pkg www/lib www/ui node_modules

bench-native:
	@tools/bench-native.sh
