# The two commands the README promises:
#   make serve   build the playground and serve it on http://127.0.0.1:8080
#   make test    every test: formatting and lints, engine, rule docs, snapshots, CLI, corpora,
#                wasm build, and the browser end-to-end tests
# Also: make dist (static bundle in dist/), make review (CLI on an example),
#       make bench (side-by-side with squawk, sqruff, sqlfluff; engine benchmark),
#       scripts/fuzz.sh (every fuzz target for a bounded time).
.PHONY: setup setup-rust review lint test test-rust dist serve e2e bench

export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
PORT ?= 8080

setup:
	./scripts/setup.sh

setup-rust:
	SETUP_ONLY=rust ./scripts/setup.sh

review: setup-rust
	cargo run -q --release -p sqlreview -- check examples/course-lesson.sql || test $$? -eq 1

# Formatting and lints are gates: a warning fails the build.
lint: setup-rust
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings

test-rust: setup-rust lint
	cargo test --workspace
	cargo build -p engine --target wasm32-unknown-unknown

dist: setup
	trunk build --release --offline
	python3 scripts/csp.py dist

e2e: dist
	node tests/e2e/run.mjs

test: test-rust e2e

serve: dist
	python3 scripts/serve.py $(PORT) dist

bench: setup-rust
	python3 scripts/bench.py --write
	cargo bench -p engine
