#!/usr/bin/env bash
# Review every real-world corpus file with the CLI, one JSON per file, and a
# summary.tsv (file, findings, error, warning, info, praise).
# usage: scripts/review_corpus.sh <sqlreview-binary> <outdir>  (CORPUS=<dir> to point elsewhere; MARKDOWN=1 also writes the Markdown reviews)
set -u
bin=$1; out=$2; root=${CORPUS:-$(dirname "$0")/../../shared/corpora/realworld}
mkdir -p "$out"; : > "$out/summary.tsv"
tail -n +2 "$root/MANIFEST.tsv" | while IFS=$'\t' read -r path system _; do
  case $system in
    appcode|explain|system) d=auto ;;
    postgresql) d=postgres ;; spark-hive) d=auto ;;
    *) d=$system ;;
  esac
  name=$(echo "$path" | tr '/' '_')
  timeout 60 "$bin" check --dialect "$d" --format json "$root/$path" > "$out/$name.json" 2> "$out/$name.err"
  [ -n "${MARKDOWN:-}" ] && timeout 60 "$bin" check --dialect "$d" --format markdown "$root/$path" > "$out/$name.md" 2>/dev/null
  python3 - "$out/$name.json" "$path" >> "$out/summary.tsv" <<'PY'
import json,sys,collections
try: data=json.load(open(sys.argv[1]))
except Exception as e: print(f"{sys.argv[2]}\tERR"); sys.exit()
fs=[]
def walk(x):
    if isinstance(x,dict):
        if 'code' in x and 'severity' in x: fs.append(x); return
        for v in x.values(): walk(v)
    elif isinstance(x,list):
        for v in x: walk(v)
walk(data)
c=collections.Counter(f['severity'] for f in fs)
print(f"{sys.argv[2]}\t{len(fs)}\t{c['error']}\t{c['warning']}\t{c['info']}\t{c['praise']}")
PY
done
awk -F'\t' '{n+=$2;e+=$3;w+=$4;i+=$5;p+=$6} END {print "total", n, "error", e, "warning", w, "info", i, "praise", p}' "$out/summary.tsv"
