# The two commands the README promises:
#   make review   review the bundled course example with the CLI
#   make test     every test: engine, rule docs, snapshots, CLI, corpora, wasm build
.PHONY: setup review test bench wasm

setup:
	./scripts/setup.sh

review: setup
	cargo run -q --release -p sqlreview -- check examples/course-lesson.sql || test $$? -eq 1

wasm: setup
	cargo build -p engine --target wasm32-unknown-unknown

test: setup
	cargo test --workspace
	cargo build -p engine --target wasm32-unknown-unknown

bench: setup
	cargo bench -p engine
