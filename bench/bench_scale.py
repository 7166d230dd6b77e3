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
import time
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
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _RUN, str(corpus), str(out), str(jobs), mode],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"build of {corpus} failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["wall"] = time.perf_counter() - started  # the whole process: start-up and imports too
    return result


def _cli_build(corpus: Path, out: Path) -> float:
    """Wall seconds of `borderkg build CORPUS --out OUT`, as a user runs it (process start to exit)."""
    started = time.perf_counter()
    done = subprocess.run([str(Path(sys.executable).with_name("borderkg")), "build", str(corpus), "--out", str(out)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"borderkg build {corpus} failed:\n{done.stderr[-3000:]}")
    return time.perf_counter() - started


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
        row[f"j{jobs}"] = {"docs_s": n / s, "mb_s": mb / s, "seconds": s, "wall": r["wall"],
                           "cpu_extract": r["seconds"]["extract (cpu)"],
                           "cpu_ingest": r["seconds"]["ingest (cpu)"],
                           "cpu_assemble": r["seconds"]["assemble (cpu)"], "store": r["seconds"]["store"],
                           "rss": max(r["self_rss_mb"], r["worker_rss_mb"])}
        shutil.rmtree(out)
    out = work / f"out-{n}-full"
    r = _build(corpus, out, 2, "documents")
    row["e2e"] = {"total": r["seconds"]["total"], "wall": r["wall"], "triples": r["triples"],
                  "violations": r["violations"],
                  "work": r["seconds"]["extract+assemble+validate"], "cpu_validate": r["seconds"]["validate (cpu)"],
                  "cpu": {k: v for k, v in r["seconds"].items() if k.endswith("(cpu)")},
                  "merge": r["seconds"]["validate (merge)"], "store": r["seconds"]["store"],
                  "self_rss": r["self_rss_mb"], "worker_rss": r["worker_rss_mb"]}
    _change_one(corpus)
    r = _build(corpus, out, 2, "documents")
    row["incremental"] = {"total": r["seconds"]["total"], "wall": r["wall"], "extracted": r["extracted"],
                          "store": r["seconds"]["store"], "self_rss": r["self_rss_mb"]}
    _change_one(corpus)
    row["incremental"]["cli_wall"] = _cli_build(corpus, out)
    row["load_after"] = os.getloadavg()[0]
    row["out_mb"] = sum(p.stat().st_size for p in out.rglob("*") if p.is_file()) / 1e6
    shutil.rmtree(out)
    return row


def table(rows: list[dict]) -> str:
    head = ("| articles | MB of text | extract MB/s per core (CPU) | extract+assemble MB/s per core (CPU) | "
            "--jobs 1 docs/s (MB/s), no SHACL | --jobs 2 docs/s (MB/s), no SHACL | end to end --jobs 2 (s) | "
            "CPU s ingest / extract / assemble / validate | store (s) | triples | violations | "
            "peak RSS MB client / worker | incremental, 1 changed: `borderkg build` wall s | load avg before / after |\n"
            + "|" + " --- |" * 14 + "\n")
    lines = []
    for r in rows:
        j1, j2, e, inc = r["j1"], r["j2"], r["e2e"], r["incremental"]
        cpu = e["cpu"]
        lines.append(
            f"| {r['n']} | {r['mb']:.1f} | {r['mb'] / j1['cpu_extract']:.2f} | "
            f"{r['mb'] / (j1['cpu_extract'] + j1['cpu_assemble']):.2f} | {j1['docs_s']:.0f} ({j1['mb_s']:.2f}) | "
            f"{j2['docs_s']:.0f} ({j2['mb_s']:.2f}) | {e['wall']:.0f} | {cpu['ingest (cpu)']:.0f} / "
            f"{cpu['extract (cpu)']:.0f} / {cpu['assemble (cpu)']:.0f} / {cpu['validate (cpu)']:.0f} | {e['store']:.1f} | "
            f"{e['triples']} | {e['violations']} | {e['self_rss']:.0f} / {e['worker_rss']:.0f} | "
            f"{inc['cli_wall']:.1f} ({inc['extracted']} re-extracted) | {r['load_before']:.1f} / {r['load_after']:.1f} |")
    return head + "\n".join(lines) + "\n"


def verdicts(rows: list[dict]) -> str:
    """The issue's targets against the figures (printed; nothing is asserted)."""
    by_n = {r["n"]: r for r in rows}
    lines = ["| target | measured | met |", "| --- | --- | --- |"]

    def line(target: str, measured: str, met: bool) -> None:
        lines.append(f"| {target} | {measured} | {'yes' if met else '**no**'} |")

    rates = {n: r["mb"] / r["j1"]["cpu_extract"] for n, r in by_n.items()}
    line("extraction >= 1 MB/s per core", ", ".join(f"{v:.2f} MB/s at {n}" for n, v in rates.items()),
         min(rates.values()) >= 1)
    if 10000 in by_n:
        r = by_n[10000]
        line("10k articles end to end (extract, assemble, validate, store) < 5 min",
             f"{r['e2e']['wall']:.0f} s at --jobs 2, {r['e2e']['violations']} violations", r["e2e"]["wall"] < 300)
        line("incremental rebuild after changing one article at 10k < 5 s",
             f"{r['incremental']['cli_wall']:.1f} s (`borderkg build`, process start to exit)",
             r["incremental"]["cli_wall"] < 5)
    if 10000 in by_n and 100000 in by_n:
        peak = {n: max(by_n[n]["e2e"]["self_rss"], by_n[n]["e2e"]["worker_rss"]) for n in (10000, 100000)}
        ratio = peak[100000] / peak[10000]
        line("peak RSS at 100k <= 1.5x that at 10k",
             f"{peak[100000]:.0f} MB at 100k, {peak[10000]:.0f} MB at 10k: {ratio:.2f}x", ratio <= 1.5)
    return "\n".join(lines) + "\n"


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
    text = table(rows) + "\n## Against the targets (issue 6)\n\n" + verdicts(rows)
    print(text)
    args.results.write_text(
        "# Scale benchmark (synthetic corpora)\n\n"
        f"Machine: {machine()}.\n\nCommand: `python bench/bench_scale.py --sizes {' '.join(map(str, args.sizes))}`"
        " (corpora from `bench/synthetic.py`, JSON Lines with `language` given).\n\n" + text +
        "\n```json\n" + json.dumps(rows, indent=1) + "\n```\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
