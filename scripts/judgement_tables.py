#!/usr/bin/env python3
"""The judged table of the real-world corpus, refreshed for the current reviews.

usage: scripts/judgement_tables.py <reviews-dir> <outdir> <judged.tsv>...

<reviews-dir> is what scripts/review_corpus.sh wrote (one JSON review per
corpus file). Each <judged.tsv> holds a judge's verdicts (columns file, code,
rule, severity, line, verdict, reason; later files override earlier ones).
A current finding takes the verdict judged for the same file, rule and line;
the rest are listed as unjudged, to be judged. Writes <outdir>/findings.tsv
(every current finding with its verdict) and <outdir>/files.tsv (per file:
findings, TRUE, NOISE, FALSE, unjudged), and prints the totals.
"""
import csv
import glob
import json
import os
import sys
from collections import Counter, defaultdict

reviews, outdir, judged_files = sys.argv[1], sys.argv[2], sys.argv[3:]
corpus = os.environ.get("CORPUS", os.path.join(os.path.dirname(__file__), "../../shared/corpora/realworld"))
manifest = [line.split("\t") for line in open(os.path.join(corpus, "MANIFEST.tsv")).read().splitlines()[1:]]
path_of = {row[0].replace("/", "_"): row[0] for row in manifest}
system_of = {row[0]: row[1] for row in manifest}

verdicts = {}
for judged in judged_files:
    for row in csv.DictReader(open(judged), delimiter="\t"):
        verdicts[(row["file"], row["rule"], str(row["line"]))] = (row["verdict"], row["reason"])

os.makedirs(outdir, exist_ok=True)
per_file = defaultdict(Counter)
with open(os.path.join(outdir, "findings.tsv"), "w") as out:
    out.write("file\tcode\trule\tseverity\tline\tverdict\treason\n")
    for review in sorted(glob.glob(os.path.join(reviews, "*.json"))):
        path = path_of[os.path.basename(review)[:-5]]
        per_file[path]["findings"] += 0
        for section in json.load(open(review))["sections"]:
            for f in section["findings"]:
                verdict, reason = verdicts.get((path, f["rule"], str(f["span"]["line"])), ("unjudged", f["message"]))
                per_file[path]["findings"] += 1
                per_file[path][verdict] += 1
                out.write("\t".join([path, f["code"], f["rule"], f["severity"], str(f["span"]["line"]), verdict, reason.replace("\t", " ")]) + "\n")

total = Counter()
with open(os.path.join(outdir, "files.tsv"), "w") as out:
    out.write("file\tsystem\tfindings\tTRUE\tNOISE\tFALSE\tunjudged\n")
    for path in sorted(per_file):
        c = per_file[path]
        total.update(c)
        out.write(f"{path}\t{system_of[path]}\t{c['findings']}\t{c['TRUE']}\t{c['NOISE']}\t{c['FALSE']}\t{c['unjudged']}\n")
n = total["findings"] or 1
print(f"files {len(per_file)} findings {total['findings']} TRUE {total['TRUE']} NOISE {total['NOISE']} FALSE {total['FALSE']} unjudged {total['unjudged']}"
      f" precision {100 * total['TRUE'] / n:.1f}% FALSE rate {100 * total['FALSE'] / n:.1f}%"
      f" most in one file {max((c['findings'] for c in per_file.values()), default=0)}")
