"""Load on `borderkg serve`: many clients at once, and a cheap query while heavy ones run.

Two measurements against one `borderkg serve` process started on a free loopback port over a
build (default: the seeds build, made as bench_serve.py makes it), with its default settings:

1. **clients**: N clients (default 16) each send M queries (default 200) over their own
   keep-alive connection, the example queries of ``queries/`` in turn: errors, p50 and p99
   latency, and the server's memory (the server process and its query workers, resident, sampled
   every 0.2 s: peak and at the end).
2. **cheap under heavy**: two clients loop a heavy query (a four-way cross product, stopped by
   its ``timeout`` parameter) while another sends a cheap ASK 200 times: its p50, p99, max and
   statuses.

``--src DIR`` serves with the ``borderkg`` package found in DIR (for example an older checkout's
``src/``), so before and after can be compared on the same machine. It prints a table and
never asserts on time.

    python bench/bench_load.py                       # seeds build, 16 x 200
    python bench/bench_load.py --build bench/out/synthetic-1000000 --clients 16 --queries 200
    python bench/bench_load.py --src /tmp/before/src  # the same, served by another checkout
"""
from __future__ import annotations

import argparse
import contextlib
import http.client
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from bench_serve import free_port, seeds_build, wait_until_up  # noqa: E402

HUNGRY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT 1"
"""The audit's query: 8 GB in 15 s before memory was capped (only sent with --hungry)."""
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
CHEAP = "ASK { ?s a <https://w3id.org/borderkg/ontology#Meeting> }"


def resident(pid: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc)."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/statm") as f:
                total += int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            for task in Path(f"/proc/{current}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return total


@contextlib.contextmanager
def server(build: Path, src: Path | None, extra: list[str]) -> Iterator[tuple[int, subprocess.Popen[bytes]]]:
    port = free_port()
    prefix = f"import sys; sys.path.insert(0, {str(src)!r}); " if src else ""
    command = [sys.executable, "-c", prefix + "from borderkg.cli import main; main()", "serve", str(build),
               "--port", str(port), *extra]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_up(port, process, 600)
        time.sleep(1.0)  # workers up
        yield port, process
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def ask(connection: http.client.HTTPConnection, query: str, **params: str) -> tuple[float, int]:
    started = time.perf_counter()
    connection.request("GET", "/sparql?" + urlencode({"query": query, **params}),
                       headers={"Accept": "application/sparql-results+json"})
    response = connection.getresponse()
    response.read()
    return time.perf_counter() - started, response.status


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))] if ordered else float("nan")


def many_clients(port: int, pid: int, queries: list[str], clients: int, each: int) -> dict[str, float]:
    times: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    peak = [resident(pid)]
    running = threading.Event()
    running.set()

    def sample() -> None:
        while running.is_set():
            peak[0] = max(peak[0], resident(pid))
            time.sleep(0.2)

    def client(number: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        for i in range(each):
            try:
                took, status = ask(connection, queries[(number + i) % len(queries)])
            except (OSError, http.client.HTTPException) as exc:
                with lock:
                    errors.append(type(exc).__name__)
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
                continue
            with lock:
                times.append(took)
                if status != 200:
                    errors.append(str(status))
        connection.close()

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    before = resident(pid)
    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    running.clear()
    sampler.join()
    return {"requests": clients * each, "errors": len(errors), "p50_ms": 1e3 * percentile(times, 50),
            "p99_ms": 1e3 * percentile(times, 99), "rate": clients * each / wall,
            "rss_before_mb": before / 2**20, "rss_peak_mb": peak[0] / 2**20, "rss_after_mb": resident(pid) / 2**20}


def cheap_under_heavy(port: int, count: int, heavy_timeout: float, budget: float) -> dict[str, float]:
    stop = threading.Event()
    heavy_statuses: list[int] = []

    def heavy() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=heavy_timeout + 120)
        while not stop.is_set():
            try:
                heavy_statuses.append(ask(connection, HEAVY, timeout=f"{heavy_timeout:g}")[1])
            except (OSError, http.client.HTTPException):
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=heavy_timeout + 120)
        connection.close()

    loops = [threading.Thread(target=heavy, daemon=True) for _ in range(2)]
    for t in loops:
        t.start()
    time.sleep(2.0)  # both heavy queries are running
    times, statuses = [], []
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=heavy_timeout + 120)
    deadline = time.monotonic() + budget
    for _ in range(count):
        if time.monotonic() > deadline:
            break
        took, status = ask(connection, CHEAP)
        times.append(took)
        statuses.append(status)
    stop.set()
    connection.close()
    return {"requests": len(times), "non_200": sum(s != 200 for s in statuses), "p50_ms": 1e3 * percentile(times, 50),
            "p99_ms": 1e3 * percentile(times, 99), "max_ms": 1e3 * max(times),
            "heavy_answers": len(heavy_statuses)}


def hungry(port: int, pid: int) -> dict[str, Any]:
    """Send the audit's memory-hungry query once; its status, time, and the server's peak memory meanwhile."""
    peak, done = [resident(pid)], threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], resident(pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    try:
        started = time.perf_counter()
        connection.request("GET", "/sparql?" + urlencode({"query": HUNGRY}), headers={"Accept": "text/plain"})
        response = connection.getresponse()
        reason = response.read().decode("utf-8", "replace").split(":")[0]
        took, status = time.perf_counter() - started, response.status
    finally:
        done.set()
        sampler.join()
        connection.close()
    return {"status": status, "reason": reason, "seconds": took, "rss_peak_mb": peak[0] / 2**20}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=Path, help="build folder (default: the seeds build)")
    parser.add_argument("--src", type=Path, help="serve with the borderkg package in this folder")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--queries", type=int, default=200, help="queries per client")
    parser.add_argument("--cheap", type=int, default=200, help="cheap queries sent while two heavy ones run")
    parser.add_argument("--heavy-timeout", type=float, default=10.0, help="the heavy queries' timeout parameter")
    parser.add_argument("--budget", type=float, default=180.0, help="seconds the cheap queries may take in all")
    parser.add_argument("--hungry", action="store_true",
                        help="also send the audit's memory-hungry query (only to a server with a memory cap!)")
    parser.add_argument("--serve-args", default="", help="extra arguments for `borderkg serve`")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from borderkg.serve.examples import load_examples

    build = seeds_build(args.build)
    queries = [e.sparql for e in load_examples()]
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs; build {build}; "
          f"served by {args.src or 'this checkout'} {args.serve_args}".rstrip(), flush=True)
    with server(build, args.src, args.serve_args.split()) as (port, process):
        load = many_clients(port, process.pid, queries, args.clients, args.queries)
    print(f"\n{args.clients} clients x {args.queries} queries (the {len(queries)} example queries in turn):")
    print(f"  errors {load['errors']} of {load['requests']}; p50 {load['p50_ms']:.1f} ms, p99 {load['p99_ms']:.1f} ms; "
          f"{load['rate']:.0f} requests/s")
    print(f"  server memory (with workers, resident): {load['rss_before_mb']:.0f} MB before, "
          f"{load['rss_peak_mb']:.0f} MB peak, {load['rss_after_mb']:.0f} MB after")
    with server(build, args.src, args.serve_args.split()) as (port, process):
        cheap = cheap_under_heavy(port, args.cheap, args.heavy_timeout, args.budget)
    print(f"\ncheap ASK x {cheap['requests']:.0f} (of {args.cheap}, within {args.budget:g} s) while two heavy queries run (each stopped by timeout={args.heavy_timeout:g} s):")
    print(f"  p50 {cheap['p50_ms']:.1f} ms, p99 {cheap['p99_ms']:.1f} ms, max {cheap['max_ms']:.1f} ms; "
          f"non-200 {cheap['non_200']}; heavy answers {cheap['heavy_answers']}")
    if args.hungry:
        with server(build, args.src, args.serve_args.split()) as (port, process):
            result = hungry(port, process.pid)
        print(f"\nthe audit's memory-hungry query: HTTP {result['status']:.0f} {result['reason']} after {result['seconds']:.1f} s; "
              f"server peak memory (with workers) {result['rss_peak_mb']:.0f} MB")


if __name__ == "__main__":
    main()
