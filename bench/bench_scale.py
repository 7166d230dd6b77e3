"""The cost curve of `borderkg build` on SYNTHETIC corpora (bench/synthetic.py) of growing size.

For each size: extraction (extract + assemble, no SHACL) at --jobs 1 and --jobs 2 in
documents/s and MB/s of text; an end-to-end build with per-document SHACL at --jobs 2
(time per stage); peak RSS; and an incremental rebuild after changing one article.
Each build runs in a fresh subprocess so its peak RSS is its own. Prints a table and
writes it, with the machine's details, to bench/RESULTS.md. Times are printed, never asserted.

    python bench/bench_scale.py                 # 1000 and 10000 articles
    python bench/bench_scale.py --sizes 1000 10000 100000
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synthetic import write_corpus  # noqa: E402

_RUN = r"""
import json, resource, sys, time
from pathlib import Path
from borderkg.pipeline import ValidateMode, build
corpus, out, jobs, mode = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), ValidateMode(sys.argv[4])
summary, report = build([corpus], out=out, jobs=jobs, validate_mode=mode)
rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(json.dumps({"documents": summary.documents, "extracted": summary.extracted, "triples": summary.triples,
                  "chars": summary.chars, "violations": summary.violations, "seconds": summary.seconds,
                  "self_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "worker_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def _build(corpus: Path, out: Path, jobs: int, mode: str) -> dict:
    done = subprocess.run([sys.executable, "-c", _RUN, str(corpus), str(out), str(jobs), mode],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"build of {corpus} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _change_one(corpus: Path) -> None:
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    record = json.loads(lines[len(lines) // 2])
    record["text"] += " Both sides agreed to meet again next year."
    lines[len(lines) // 2] = json.dumps(record, ensure_ascii=False) + "\n"
    corpus.write_text("".join(lines), encoding="utf-8")


def measure(n: int, work: Path) -> dict:
    corpus = write_corpus(n, work / f"synthetic-{n}.jsonl")
    with open(corpus, encoding="utf-8") as handle:
        mb = sum(len(json.loads(line)["text"].encode()) for line in handle) / 1e6
    row: dict = {"n": n, "mb": mb, "load_before": os.getloadavg()[0]}
    for jobs in (1, 2):
        out = work / f"out-{n}-none-{jobs}"
        r = _build(corpus, out, jobs, "none")
        s = r["seconds"]["extract+assemble+validate"]
        row[f"j{jobs}"] = {"docs_s": n / s, "mb_s": mb / s, "seconds": s, "cpu_extract": r["seconds"]["extract (cpu)"],
                           "cpu_ingest": r["seconds"]["ingest (cpu)"],
                           "cpu_assemble": r["seconds"]["assemble (cpu)"], "store": r["seconds"]["store"],
                           "rss": max(r["self_rss_mb"], r["worker_rss_mb"])}
        shutil.rmtree(out)
    out = work / f"out-{n}-full"
    r = _build(corpus, out, 2, "documents")
    row["e2e"] = {"total": r["seconds"]["total"], "triples": r["triples"], "violations": r["violations"],
                  "work": r["seconds"]["extract+assemble+validate"], "cpu_validate": r["seconds"]["validate (cpu)"],
                  "cpu": {k: v for k, v in r["seconds"].items() if k.endswith("(cpu)")},
                  "merge": r["seconds"]["validate (merge)"], "store": r["seconds"]["store"],
                  "self_rss": r["self_rss_mb"], "worker_rss": r["worker_rss_mb"]}
    _change_one(corpus)
    r = _build(corpus, out, 2, "documents")
    row["incremental"] = {"total": r["seconds"]["total"], "extracted": r["extracted"], "store": r["seconds"]["store"]}
    row["load_after"] = os.getloadavg()[0]
    row["out_mb"] = sum(p.stat().st_size for p in out.rglob("*") if p.is_file()) / 1e6
    shutil.rmtree(out)
    return row


def table(rows: list[dict]) -> str:
    head = ("| articles | MB of text | extraction MB/s per core (CPU time) | extract+assemble wall, --jobs 1: docs/s "
            "(MB/s) | --jobs 2: docs/s (MB/s) | end to end --jobs 2 (s) | CPU s ingest / extract / assemble / "
            "validate | store (s) | triples | violations | peak RSS MB client / worker | incremental, 1 changed (s) "
            "| load avg before / after |\n" + "|" + " --- |" * 13 + "\n")
    lines = []
    for r in rows:
        j1, j2, e, inc = r["j1"], r["j2"], r["e2e"], r["incremental"]
        cpu = e["cpu"]
        lines.append(
            f"| {r['n']} | {r['mb']:.1f} | {r['mb'] / j1['cpu_extract']:.2f} | {j1['docs_s']:.0f} ({j1['mb_s']:.2f}) | "
            f"{j2['docs_s']:.0f} ({j2['mb_s']:.2f}) | {e['total']:.0f} | {cpu['ingest (cpu)']:.0f} / "
            f"{cpu['extract (cpu)']:.0f} / {cpu['assemble (cpu)']:.0f} / {cpu['validate (cpu)']:.0f} | {e['store']:.1f} | "
            f"{e['triples']} | {e['violations']} | {e['self_rss']:.0f} / {e['worker_rss']:.0f} | {inc['total']:.1f} "
            f"({inc['extracted']} re-extracted) | {r['load_before']:.1f} / {r['load_after']:.1f} |")
    return head + "\n".join(lines) + "\n"


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (f"{platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} cores ({cpu}), "
            f"{mem:.0f} GiB RAM")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--results", type=Path, default=HERE / "RESULTS.md")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="borderkg-bench-") as tmp:
        for n in args.sizes:
            rows.append(measure(n, Path(tmp)))
            print(table(rows[-1:]), flush=True)
    text = table(rows)
    print(text)
    args.results.write_text(
        "# Scale benchmark (synthetic corpora)\n\n"
        f"Machine: {machine()}.\n\nCommand: `python bench/bench_scale.py --sizes {' '.join(map(str, args.sizes))}`"
        " (corpora from `bench/synthetic.py`, JSON Lines with `language` given).\n\n" + text +
        "\n```json\n" + json.dumps(rows, indent=1) + "\n```\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
