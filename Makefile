# cleanread: `make` builds everything, `make test` tests everything. Both install what they need
# (on Debian, as root): the wasm32 target, wasm-bindgen-cli at the pinned version (into ./tools),
# npm packages from package-lock.json, and for tests Debian's chromium and firefox-esr plus
# geckodriver (into ./tools) and selenium/pytest (into ./.venv).

VERSION      := $(shell sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
WBG_VERSION  := 0.2.130
TOOLS        := $(CURDIR)/tools
WBG          := $(TOOLS)/bin/wasm-bindgen
GECKODRIVER  := $(TOOLS)/bin/geckodriver
WASM_OPT     := node_modules/.bin/wasm-opt
WEB_EXT      := node_modules/.bin/web-ext
RUST_SRC     := Cargo.toml $(shell find src data -type f)
EXT_SRC      := $(shell find extension -type f)
WASM_RAW     := target/wasm32-unknown-unknown/release/cleanread.wasm
PKG          := target/pkg
CLI          := target/release/cleanread
CHROME_ZIP   := dist/cleanread-$(VERSION)-chrome.zip
FIREFOX_XPI  := dist/cleanread-$(VERSION)-firefox.xpi
CORPORA      ?= $(abspath ../shared/corpora)

.PHONY: all test test-deps lint corpus e2e bench clean
all: $(CHROME_ZIP) $(FIREFOX_XPI) $(CLI) www/pkg/.stamp
	@echo
	@echo "Built cleanread $(VERSION):"
	@echo "  Chrome/Chromium: dist/chrome/ (chrome://extensions > Developer mode > Load unpacked) or $(CHROME_ZIP)"
	@echo "  Firefox:         dist/firefox/ (about:debugging > This Firefox > Load Temporary Add-on > manifest.json) or $(FIREFOX_XPI)"
	@echo "  CLI:             $(CLI) [--format json|markdown|text] FILE|-"
	@echo "  Demo site:       python3 -m http.server -d www 8000, then open http://localhost:8000/"

# --- tools -------------------------------------------------------------------------------------
$(WBG):
	rustup target list --installed | grep -q wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	cargo install wasm-bindgen-cli --version $(WBG_VERSION) --root $(TOOLS)

node_modules/.stamp: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# --- wasm and the extension --------------------------------------------------------------------
$(WASM_RAW): $(RUST_SRC) | $(WBG)
	cargo build --release --lib --target wasm32-unknown-unknown

$(PKG)/cleanread_bg.wasm: $(WASM_RAW) node_modules/.stamp
	mkdir -p $(PKG)
	$(WBG) --target no-modules --no-typescript --out-dir $(PKG) $(WASM_RAW)
	$(WASM_OPT) -Oz --enable-reference-types --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals $(PKG)/cleanread_bg.wasm -o $(PKG)/cleanread_bg.wasm

dist/%/manifest.json: $(EXT_SRC) $(PKG)/cleanread_bg.wasm
	rm -rf dist/$*
	mkdir -p dist/$*/pkg
	cp -r extension/. dist/$*/
	cp $(PKG)/cleanread.js $(PKG)/cleanread_bg.wasm dist/$*/pkg/

$(CHROME_ZIP): dist/chrome/manifest.json node_modules/.stamp
	rm -f $@
	$(WEB_EXT) build --source-dir dist/chrome --artifacts-dir dist --filename $(notdir $@) --overwrite-dest >/dev/null
	@echo "wasm: $$(stat -c %s dist/chrome/pkg/cleanread_bg.wasm) bytes, $$(gzip -9c dist/chrome/pkg/cleanread_bg.wasm | wc -c) gzipped"

$(FIREFOX_XPI): dist/firefox/manifest.json node_modules/.stamp
	rm -f $@
	$(WEB_EXT) build --source-dir dist/firefox --artifacts-dir dist --filename $(notdir $@) --overwrite-dest >/dev/null

# The demo site's playground runs the same wasm and panel.
www/pkg/.stamp: $(PKG)/cleanread_bg.wasm extension/panel.js extension/snapshot.js
	mkdir -p www/pkg
	cp $(PKG)/cleanread.js $(PKG)/cleanread_bg.wasm extension/panel.js extension/snapshot.js www/pkg/
	touch $@

$(CLI): $(RUST_SRC)
	cargo build --release --bin cleanread --bin cleanread-bench

# --- tests -------------------------------------------------------------------------------------
test-deps: node_modules/.stamp $(GECKODRIVER) .venv/.stamp
	@command -v chromium >/dev/null && command -v firefox-esr >/dev/null || \
	  (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium firefox-esr)

$(GECKODRIVER):
	cargo install geckodriver --root $(TOOLS)

.venv/.stamp: tests/e2e/requirements.txt
	python3 -m venv .venv
	.venv/bin/pip install -q -r tests/e2e/requirements.txt
	touch $@

lint: node_modules/.stamp dist/firefox/manifest.json
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings
	$(WEB_EXT) lint --source-dir dist/firefox --output text

corpus: $(CLI) .venv/.stamp
	.venv/bin/python -m pytest -q tests/test_metrics.py
	python3 tests/corpus_run.py --cli $(CLI) --corpora $(CORPORA)

e2e: all test-deps
	node --test tests/e2e/chromium.test.mjs
	.venv/bin/python -m pytest -q -s tests/e2e/test_firefox.py

test: all test-deps
	cargo test
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory corpus
	$(MAKE) --no-print-directory e2e

# The benchmark: ours and the peers over the same corpus pages, one table (see bench/run.py).
BENCH_BIN := target/release/cleanread-bench
$(BENCH_BIN): $(RUST_SRC)
	cargo build --release --bin cleanread-bench

.venv-bench/.stamp: bench/requirements.txt
	python3 -m venv .venv-bench
	.venv-bench/bin/pip install -q -r bench/requirements.txt
	touch $@

bench: $(BENCH_BIN) node_modules/.stamp .venv-bench/.stamp
	python3 bench/run.py --corpora $(CORPORA)

clean:
	rm -rf dist target/pkg www/pkg
