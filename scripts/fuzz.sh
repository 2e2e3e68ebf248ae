#!/usr/bin/env bash
# Runs every cargo-fuzz target for a bounded time (default 600 s each).
#   scripts/fuzz.sh            all targets, 10 minutes each
#   FUZZ_SECONDS=60 scripts/fuzz.sh review_sql
# Needs cargo-fuzz (installed here if missing). The machine has one stable
# toolchain; RUSTC_BOOTSTRAP lets cargo-fuzz pass its -Z sanitizer flags.
# A crash leaves its input in fuzz/artifacts/<target>/: turn it into a
# regression test before fixing it.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH" RUSTC_BOOTSTRAP=1
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --version 0.13.1
SECONDS_EACH=${FUZZ_SECONDS:-600}
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(review_sql review_lesson review_code review_nosql share_link)

seeds() {
  local dir=fuzz/seeds/$1
  mkdir -p "$dir"
  case $1 in
    # The first byte picks the dialect; EXPLAIN output is read whatever it is.
    review_sql) cp tests/fixtures/*.sql "$dir"/
      for f in engine/tests/explain/*.txt engine/tests/explain/mariadb/*.json; do
        { printf '\x00'; cat "$f"; } > "$dir/explain-$(basename "$(dirname "$f")")-$(basename "$f")"
      done ;;
    review_lesson) cp tests/fixtures/*.md "$dir"/ ;;
    # The first byte picks the language (0 Go, 1 Python, 2 TypeScript, 3 Java).
    review_code) for f in tests/fixtures/*.go tests/fixtures/*.py tests/fixtures/*.ts tests/fixtures/*.java; do
        case $f in *.go) p='\x00' ;; *.py) p='\x01' ;; *.ts) p='\x02' ;; *.java) p='\x03' ;; esac
        { printf "$p"; cat "$f"; } > "$dir/$(basename "$f")"
      done ;;
    # The first byte picks the reader (0 Redis, 1 CQL, 2 Kafka, 3 MongoDB, 4 DynamoDB).
    review_nosql) for f in tests/fixtures/*.redis tests/fixtures/*.cql tests/fixtures/*.properties tests/fixtures/*.mongodb.js tests/fixtures/*.dynamodb.json; do
        case $f in *.redis) p='\x00' ;; *.cql) p='\x01' ;; *.properties) p='\x02' ;; *.mongodb.js) p='\x03' ;; *.json) p='\x04' ;; esac
        { printf "$p"; cat "$f"; } > "$dir/$(basename "$f")"
      done ;;
    share_link) printf 'v1.' > "$dir/prefix"; printf 'v1.q1YqTs5MKU5NUbJSKkpNLKko1S0uySxJLVayiq6t5QIA' > "$dir/sample" ;;
  esac
  echo "$dir"
}

for target in "${TARGETS[@]}"; do
  echo "== fuzzing $target for ${SECONDS_EACH}s"
  mkdir -p "fuzz/corpus/$target"
  seed_dir=$(seeds "$target")
  (cd fuzz && cargo fuzz run -O "$target" "corpus/$target" "../$seed_dir" -- \
      -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1)
done
