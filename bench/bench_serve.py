"""Latency of the example queries through HTTP: borderkg serve vs rdflib-endpoint vs `oxigraph serve`.

For each graph (the seeds build, and a SYNTHETIC graph of at least 1M triples made by
replicating the seeds build's document graphs under fresh IRIs), each server is started
on a free loopback port over the same graph.trig (`oxigraph serve-read-only` over the
very store borderkg builds from it, whose default graph is the merge of all graphs;
rdflib-endpoint over an rdflib Dataset with default_union), and every query in ``queries/*.rq`` is
sent as ``GET /sparql?query=`` (Accept: SPARQL JSON) over one keep-alive connection:
warm-up requests first, then timed ones. It prints the median and p95 per query and
server, the row counts (which must agree), and the ratios; it never asserts on time.

    pip install -e '.[bench]'
    python bench/bench_serve.py                       # seeds + 1M synthetic, all servers
    python bench/bench_serve.py --build build --synthetic-triples 0 --servers borderkg,oxigraph

The synthetic graph keeps the shared graphs (ontology, lexicon) once and copies every
document graph k times: document, mention, event, observation, membership and text-only
entity IRIs get a ``-synK`` suffix, years of dates are shifted back by ``k mod 10`` and
values scaled by ``1 + k/1000``, so the copies look like more news about the same
provinces, mechanisms and bodies. It is written to ``bench/out/synthetic-<N>/graph.trig``.
"""
from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import math
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
BKR = "https://w3id.org/borderkg/id/"
MINTED = re.compile(r"<(https://w3id\.org/borderkg/id/(?:doc|mention|event|observation|membership)/[^>]*"
                    r"|https://w3id\.org/borderkg/id/[a-z]+/x-[^>]*)>")
DATE = re.compile(r'"(\d{4})((?:-\d\d){0,2})"\^\^<http://www\.w3\.org/2001/XMLSchema#(date|gYear|gYearMonth)>')
VALUE = re.compile(r'(<https://w3id\.org/borderkg/ontology#value> )"([0-9.eE+-]+)"\^\^<([^>]+)>')
SERVERS = ("borderkg", "oxigraph", "rdflib-endpoint")


# ---------------------------------------------------------------- graphs

def seeds_build(given: Path | None) -> Path:
    """The seeds build: the given folder, or `borderkg build seeds --out bench/out/seeds`."""
    if given is not None:
        return given
    out = OUT / "seeds"
    if not (out / "graph.trig").is_file():
        print(f"building the seeds into {out} ...", flush=True)
        subprocess.run([sys.executable, "-c", "from borderkg.cli import main; main()", "build",
                        str(ROOT / "seeds"), "--out", str(out)], check=False)
        if not (out / "graph.trig").is_file():
            raise SystemExit("`borderkg build seeds` wrote no graph; pass --build DIR")
    return out


def synthetic_build(seeds: Path, triples: int) -> Path:
    """A synthetic graph of at least `triples` triples made from the seeds build (see the module doc)."""
    out = OUT / f"synthetic-{triples}"
    if (out / "graph.trig").is_file():
        return out
    store = ox.Store()
    store.bulk_load(path=str(seeds / "graph.trig"), format=ox.RdfFormat.TRIG)
    documents = [g for g in store.named_graphs() if g.value.startswith(BKR + "doc/")]
    shared = ox.serialize((q for q in store if q.graph_name not in documents), format=ox.RdfFormat.N_QUADS)
    per_copy = ox.serialize((q for q in store if q.graph_name in documents), format=ox.RdfFormat.N_QUADS).decode()
    shared_count, copy_count = shared.count(b"\n"), per_copy.count("\n")
    copies = max(1, math.ceil((triples - shared_count) / max(copy_count, 1)))
    print(f"synthetic graph: {shared_count} shared quads + {copies} copies x {copy_count} document quads "
          f"= {shared_count + copies * copy_count} quads", flush=True)
    out.mkdir(parents=True, exist_ok=True)
    nquads = out / "graph.nq"
    with nquads.open("wb") as f:
        f.write(shared)
        for k in range(copies):
            text = MINTED.sub(lambda m: f"<{m.group(1)}-syn{k}>", per_copy)
            text = DATE.sub(lambda m: f'"{int(m.group(1)) - k % 10:04d}{m.group(2)}"^^'
                                      f"<http://www.w3.org/2001/XMLSchema#{m.group(3)}>", text)
            text = VALUE.sub(lambda m: f'{m.group(1)}"{_scale(m.group(2), k)}"^^<{m.group(3)}>', text)
            f.write(text.encode())
    big = ox.Store()
    big.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    big.dump(str(out / "graph.trig"), format=ox.RdfFormat.TRIG)
    nquads.unlink()
    return out


def _scale(value: str, k: int) -> str:
    try:
        return repr(float(value) * (1 + k / 1000))
    except ValueError:
        return value


def count_quads(build: Path) -> int:
    store = ox.Store()
    store.bulk_load(path=str(build / "graph.trig"), format=ox.RdfFormat.TRIG)
    return len(store)


# ---------------------------------------------------------------- servers

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(port: int, process: subprocess.Popen[bytes], limit: float) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return
        time.sleep(0.2)
    raise RuntimeError(f"no server on port {port} after {limit:.0f} s")


RDFLIB_ENDPOINT = """
import sys, uvicorn
from rdflib import Dataset
from rdflib_endpoint import SparqlEndpoint
dataset = Dataset(default_union=True)
dataset.parse(sys.argv[1], format="trig")
print("rdflib loaded", len(dataset), file=sys.stderr, flush=True)
app = SparqlEndpoint(graph=dataset, path="/sparql", cors_enabled=False, public_url="http://127.0.0.1/")
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="warning")
"""


@contextlib.contextmanager
def start(server: str, build: Path, work: Path) -> Iterator[tuple[int, float]]:
    """Start one server over build/graph.trig; yield its port and its start-up time (load included)."""
    port = free_port()
    started = time.monotonic()
    if server == "borderkg":
        command = [sys.executable, "-c", "from borderkg.cli import main; main()", "serve", str(build),
                   "--port", str(port), "--timeout", "600", "--max-rows", "10000000"]
    elif server == "oxigraph":
        # the very same on-disk store borderkg serves (default graph = merge of all graphs),
        # so the two differ only in their HTTP layer
        from borderkg.sparql import open_store

        location = open_store(build)
        binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
        command = [binary, "serve-read-only", "--location", str(location),
                   "--bind", f"127.0.0.1:{port}", "--timeout-s", "600"]
    else:
        command = [sys.executable, "-c", RDFLIB_ENDPOINT, str(build / "graph.trig"), str(port)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_up(port, process, 1800)
        yield port, time.monotonic() - started
    finally:
        process.terminate()
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# ---------------------------------------------------------------- measuring

def ask(connection: http.client.HTTPConnection, query: str) -> tuple[float, int]:
    """One timed request; returns (seconds, result rows)."""
    started = time.perf_counter()
    connection.request("GET", "/sparql?" + urlencode({"query": query}),
                       headers={"Accept": "application/sparql-results+json"})
    response = connection.getresponse()
    body = response.read()
    elapsed = time.perf_counter() - started
    if response.status != 200:
        raise RuntimeError(f"HTTP {response.status}: {body[:300]!r}")
    return elapsed, len(json.loads(body)["results"]["bindings"])


def measure(port: int, queries: dict[str, str], *, repeat: int, warmup: int, budget: float,
            limit: float) -> dict[str, dict[str, float]]:
    """Time each query; a request longer than `limit` seconds counts as failed and ends that query."""
    results: dict[str, dict[str, float]] = {}
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=limit)
    for name, query in queries.items():
        try:
            for _ in range(warmup):
                ask(connection, query)
            times, rows, spent = [], 0, 0.0
            while len(times) < repeat and (spent < budget or len(times) < 3):
                elapsed, rows = ask(connection, query)
                times.append(elapsed)
                spent += elapsed
        except (RuntimeError, OSError, http.client.HTTPException) as exc:
            reason = f"no answer within {limit:.0f} s" if isinstance(exc, TimeoutError) else exc
            print(f"  {name}: failed: {reason}", flush=True)
            connection.close()
            results[name] = {"failed": 1.0}
            if isinstance(exc, TimeoutError):  # the server is still busy with it: restart it
                break
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=limit)
            continue
        times.sort()
        results[name] = {"median": statistics.median(times), "p95": times[min(len(times) - 1, math.ceil(0.95 * len(times)) - 1)],
                         "n": len(times), "rows": rows}
        print(f"  {name:28} median {results[name]['median'] * 1e3:10.2f} ms  p95 {results[name]['p95'] * 1e3:10.2f} ms"
              f"  ({len(times)} requests, {rows} rows)", flush=True)
    connection.close()
    return results


def report(label: str, quads: int, runs: dict[str, dict[str, dict[str, float]]], startup: dict[str, float]) -> None:
    servers = [s for s in SERVERS if s in runs]
    print(f"\n=== {label}: {quads:,} quads ===")
    print("start-up incl. load: " + ", ".join(f"{s} {startup[s]:.1f} s" for s in servers))
    head = f"{'query':28}" + "".join(f"{s + ' med/p95 ms':>28}" for s in servers) + "   rows"
    print(head)
    names = sorted({n for r in runs.values() for n in r})
    for name in names:
        cells = []
        for s in servers:
            r = runs[s].get(name)
            cells.append(f"{r['median'] * 1e3:>14.2f} /{r['p95'] * 1e3:>10.2f}  " if r else f"{'failed':>28}")
        rows = {s: int(runs[s][name]["rows"]) for s in servers if name in runs[s]}
        agree = "" if len(set(rows.values())) <= 1 else "  ROW COUNTS DIFFER"
        print(f"{name:28}" + "".join(cells) + f"   {rows.get('borderkg', '?')}{agree}")
    for name in names + ["(geometric mean)"]:
        ratios = []
        if "borderkg" in runs and "rdflib-endpoint" in runs:
            ratios.append(f"rdflib-endpoint/borderkg {_ratio(runs, 'rdflib-endpoint', 'borderkg', name)}")
        if "borderkg" in runs and "oxigraph" in runs:
            ratios.append(f"borderkg/oxigraph {_ratio(runs, 'borderkg', 'oxigraph', name)}")
        if ratios and name == "(geometric mean)":
            print(f"ratios of medians, {name}: " + "; ".join(ratios))
        elif ratios:
            print(f"  {name:26} " + "; ".join(ratios))


def _ratio(runs: dict[str, dict[str, dict[str, float]]], a: str, b: str, name: str) -> str:
    common = [n for n in runs[a] if n in runs[b]] if name == "(geometric mean)" else [name]
    values = [runs[a][n]["median"] / runs[b][n]["median"] for n in common if n in runs[a] and n in runs[b]]
    if not values:
        return "n/a"
    return f"{math.exp(sum(math.log(v) for v in values) / len(values)):.2f}x"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=Path, help="seeds build folder (default: build bench/out/seeds)")
    parser.add_argument("--synthetic-triples", type=int, default=1_000_000,
                        help="size of the synthetic graph; 0 skips it")
    parser.add_argument("--servers", default=",".join(SERVERS))
    parser.add_argument("--repeat", type=int, default=30, help="timed requests per query")
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--budget", type=float, default=60.0, help="seconds of timed requests per query at most")
    parser.add_argument("--request-timeout", type=float, default=300.0,
                        help="a request taking longer counts as failed")
    parser.add_argument("--graphs", default="seeds,synthetic", help="which graphs: seeds, synthetic or both")
    parser.add_argument("--queries", default="", help="comma-separated name prefixes of the queries to run (default all)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from borderkg.serve.examples import load_examples

    wanted = [w for w in args.queries.split(",") if w]
    queries = {e.name: e.sparql for e in load_examples() if not wanted or e.name.startswith(tuple(wanted))}
    servers = [s for s in args.servers.split(",") if s]
    seeds = seeds_build(args.build)
    graphs = [("seeds build", seeds)] if "seeds" in args.graphs else []
    if args.synthetic_triples and "synthetic" in args.graphs:
        graphs.append((f"SYNTHETIC graph (seeds replicated, >= {args.synthetic_triples:,} triples)",
                       synthetic_build(seeds, args.synthetic_triples)))
    print(f"python {sys.version.split()[0]}, pyoxigraph {ox.__version__}, {os.cpu_count()} CPUs; "
          f"{args.repeat} timed requests per query (at most {args.budget:.0f} s), {args.warmup} warm-up")
    with tempfile.TemporaryDirectory() as tmp:
        for label, build in graphs:
            quads = count_quads(build)
            runs, startup = {}, {}
            for server in servers:
                work = Path(tmp) / server
                work.mkdir(exist_ok=True)
                copy = work / "build"
                copy.mkdir(exist_ok=True)
                shutil.copy(build / "graph.trig", copy / "graph.trig")
                print(f"{label}: starting {server} ...", flush=True)
                runs[server] = {}
                while len(runs[server]) < len(queries):  # a timed-out query restarts the server
                    todo = {n: q for n, q in queries.items() if n not in runs[server]}
                    with start(server, copy, work) as (port, took):
                        startup.setdefault(server, took)
                        print(f"  up in {took:.1f} s", flush=True)
                        slow = server == "rdflib-endpoint"
                        done = measure(port, todo, repeat=max(3, args.repeat // 6) if slow else args.repeat,
                                       warmup=min(1, args.warmup) if slow else args.warmup,
                                       budget=args.budget, limit=args.request_timeout)
                    runs[server].update(done)
                    if not done:
                        break
                runs[server] = {n: r for n, r in runs[server].items() if "failed" not in r}
                shutil.rmtree(work, ignore_errors=True)
            report(label, quads, runs, startup)


if __name__ == "__main__":
    main()
