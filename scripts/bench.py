#!/usr/bin/env python3
"""Side-by-side benchmark: sqlreview against squawk, sqruff and sqlfluff.

Run by `make bench`. Installs the peers from PyPI into .bench-venv (pinned),
builds the sqlreview CLI in release mode, and times each tool on the same
inputs: a generated 10,000-line PostgreSQL schema + workload, the fixture
corpus, and the real-world corpora in ../shared/corpora. Wall time is the
median of repeated runs; peak memory is the child's max RSS (from wait4).
Prints a Markdown table (also written to docs/benchmarks.md by --write).
BENCH_TOOLS=sqlreview,squawk limits the run to some tools.
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".bench-venv"
PEERS = {"squawk-cli": "2.70.0", "sqruff": "0.44.0", "sqlfluff": "4.5.0"}
TIMEOUT = 900
CORPORA = Path(os.environ.get("SQLREVIEW_CORPORA", ROOT.parent / "shared" / "corpora"))


def sh(args, **kw):
    return subprocess.run(args, check=True, **kw)


def ensure_peers():
    pip = VENV / "bin" / "pip"
    if not pip.exists():
        sh([sys.executable, "-m", "venv", str(VENV)])
    have = subprocess.run([str(pip), "freeze"], capture_output=True, text=True).stdout.lower()
    missing = [f"{n}=={v}" for n, v in PEERS.items() if f"{n}=={v}" not in have]
    if missing:
        sh([str(pip), "install", "-q", *missing])


def generate_workload(path: Path):
    lines = []
    for t in range(1000):
        lines += [
            f"CREATE TABLE t{t} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, parent_id bigint REFERENCES t{max(t - 1, 0)} (id),",
            "    email text NOT NULL UNIQUE, status text NOT NULL, total numeric(12,2), created_at timestamptz NOT NULL DEFAULT now());",
            f"CREATE INDEX CONCURRENTLY t{t}_status_idx ON t{t} (status, created_at);",
            f"SELECT id, email FROM t{t} WHERE status = $1 ORDER BY created_at DESC LIMIT 20;",
            f"SELECT a.id, b.total FROM t{t} a JOIN t{(t + 1) % 1000} b ON b.parent_id = a.id WHERE a.email = $1;",
            f"UPDATE t{t} SET status = 'done' WHERE id = $1;",
            f"SELECT status, count(*) FROM t{t} WHERE created_at > now() - interval '1 day' GROUP BY status;",
            f"SELECT * FROM t{t} WHERE lower(email) = lower($1) OR status IN ('a', 'b');",
            f"DELETE FROM t{t} WHERE created_at < now() - interval '1 year';",
            "",
        ]
    path.write_text("\n".join(lines))


def timed(cmd, cwd, runs):
    """Median wall seconds and max RSS (MB) of `cmd`, or None on timeout."""
    walls, rss = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = start + TIMEOUT
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                os.wait4(proc.pid, 0)
                return None
            time.sleep(0.005)
        walls.append(time.perf_counter() - start)
        rss = max(rss, usage.ru_maxrss / 1024)
    return statistics.median(walls), rss


def main():
    write = "--write" in sys.argv
    ensure_peers()
    sh(["cargo", "build", "-q", "--release", "-p", "sqlreview"], cwd=ROOT)
    ours = str(ROOT / "target" / "release" / "sqlreview")
    work = Path(tempfile.mkdtemp(prefix="sqlreview-bench-"))
    generate_workload(work / "workload.sql")
    # sqruff and sqlfluff skip files over 20,000 bytes unless told otherwise.
    config = "[sqlfluff]\ndialect = postgres\nlarge_file_skip_byte_limit = 0\n"
    (work / ".sqlfluff").write_text(config)
    fixtures = work / "fixtures"
    fixtures.mkdir()
    for f in sorted((ROOT / "tests" / "fixtures").glob("*.sql")):
        shutil.copy(f, fixtures / f.name)
    (fixtures / ".sqlfluff").write_text(config)
    inputs = {"generated 10,000-line schema + workload": [str(work / "workload.sql")],
              f"fixture corpus ({len(list(fixtures.glob('*.sql')))} files)": sorted(str(p) for p in fixtures.glob("*.sql"))}
    regress = CORPORA / "pg_regress"
    if regress.is_dir():
        regress_copy = work / "pg_regress"
        regress_copy.mkdir()
        for f in sorted(regress.glob("*.sql")):
            data = f.read_bytes()
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:
                continue  # every tool rejects the one non-UTF-8 file differently
            (regress_copy / f.name).write_bytes(data)
        (regress_copy / ".sqlfluff").write_text(config)
        inputs[f"PostgreSQL regression suite ({len(list(regress_copy.glob('*.sql')))} files)"] = sorted(str(p) for p in regress_copy.glob("*.sql"))
    bin_ = VENV / "bin"
    tools = {
        "sqlreview": lambda files: [ours, "check", "--fail-on", "error", *files],
        "squawk": lambda files: [str(bin_ / "squawk"), *files],
        "sqruff": lambda files: [str(bin_ / "sqruff"), "lint", *files],
        "sqlfluff": lambda files: [str(bin_ / "sqlfluff"), "lint", "--dialect", "postgres", "--processes", "1", *files],
    }
    wanted = os.environ.get("BENCH_TOOLS")
    if wanted:
        tools = {k: v for k, v in tools.items() if k in wanted.split(",")}
    rows = ["| input | tool | wall time | peak memory | time vs sqlreview |", "|---|---|---|---|---|"]
    for label, files in inputs.items():
        results = {}
        for name, make in tools.items():
            runs = 5 if name in ("sqlreview", "squawk") else 1
            results[name] = timed(make(files), work, runs)
            print(f"{label}: {name}: {results[name]}", file=sys.stderr)
        base = results["sqlreview"][0] if results["sqlreview"] else None
        for name, result in results.items():
            if result is None:
                rows.append(f"| {label} | {name} | > {TIMEOUT} s | – | – |")
            else:
                wall, rss = result
                ratio = f"{wall / base:.1f}×" if base else "–"
                rows.append(f"| {label} | {name} | {wall * 1000:.0f} ms | {rss:.0f} MB | {ratio} |")
    table = "\n".join(rows)
    print(table)
    if write:
        doc = ROOT / "docs" / "benchmarks.md"
        text = doc.read_text() if doc.exists() else ""
        marker = "<!-- bench-table -->"
        if marker in text:
            head, _, rest = text.partition(marker)
            tail = rest.partition(marker)[2]
            doc.write_text(f"{head}{marker}\n{table}\n{marker}{tail}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
