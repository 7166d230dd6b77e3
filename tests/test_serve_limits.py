"""Query isolation in `borderkg serve` and `borderkg query` (issue 13): outbound requests, depth, memory, admission.

Over real HTTP on a free loopback port. No timing is tight: a bound is asserted only where the
behaviour before the fix was an order of magnitude past it (the bench measures the real figures).
"""
from __future__ import annotations

import http.server as http_server
import json
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

import pytest
from click.testing import CliRunner

from borderkg.cli import main
from test_serve_support import ROOT, handmade_build, http, running_server

pytestmark = pytest.mark.slow

SLOW_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
HUNGRY_QUERY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i LIMIT 1"
CHEAP_QUERY = "ASK { ?s a bk:Meeting }"
DEEP = "SELECT * WHERE " + "{" * 10_000 + "}" * 10_000
JSON = {"Accept": "application/sparql-results+json"}


def get(url: str, query: str, wait: float = 60, **params: str):  # type: ignore[no-untyped-def]
    """A query by GET; `wait` bounds the HTTP request, `params` go to the server (such as its `timeout`)."""
    return http("GET", f"{url}/sparql?{urlencode({'query': query, **params})}", headers=JSON, timeout=wait)


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return handmade_build(tmp_path_factory.mktemp("limits"))


class _Turtle(http_server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:
        _Turtle.hits.append(self.path)
        body = b"<urn:fetched> <urn:p> 'from afar' ."
        self.send_response(200)
        self.send_header("Content-Type", "text/turtle")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def elsewhere():  # type: ignore[no-untyped-def]
    """Another server on loopback, standing for 'any host': it records every request it gets."""
    server = http_server.ThreadingHTTPServer(("127.0.0.1", 0), _Turtle)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Turtle.hits = []
    yield f"http://127.0.0.1:{server.server_address[1]}/data.ttl"
    server.shutdown()
    server.server_close()


# ------------------------------------------------------------------ no outbound requests

def test_service_is_refused_and_nothing_is_fetched(build: Path, elsewhere: str) -> None:
    with running_server(build, workers=1) as running:
        for target in (f"<{elsewhere}>", "<file:///etc/passwd>", "?endpoint"):
            reply = get(running.url, f"SELECT * WHERE {{ SERVICE {target} {{ ?s ?p ?o }} }}")
            assert reply.status == 400 and "not allowed" in reply.text and "--allow-remote" in reply.text, target
        prefixed = f"PREFIX far: <{elsewhere.rsplit('/', 1)[0]}/> SELECT * WHERE {{ SERVICE SILENT far:data.ttl {{ ?s ?p ?o }} }}"
        assert get(running.url, prefixed).status == 400
    assert _Turtle.hits == []


def test_service_in_the_allow_list_is_reached(build: Path) -> None:
    with running_server(build, workers=2) as running:
        own = f"{running.url}/sparql"
    # a second server whose allow-list names the first one's endpoint
    other = handmade_build(build.parent / "other")
    with running_server(build, workers=2) as first, running_server(
            other, workers=2, allow_remote=(f"{first.url}/sparql",)) as second:
        query = f"SELECT ?l WHERE {{ SERVICE <{first.url}/sparql> {{ <https://w3id.org/borderkg/id/place/quang-ninh> skos:prefLabel ?l FILTER(LANG(?l) = 'vi') }} }}"
        reply = get(second.url, query)
        assert reply.status == 200, reply.text
        assert [b["l"]["value"] for b in json.loads(reply.body)["results"]["bindings"]] == ["Quảng Ninh"]
        assert get(second.url, query.replace(first.url, own)).status == 400  # another port is another IRI


def test_load_is_refused_even_with_the_token(build: Path, elsewhere: str, tmp_path: Path) -> None:
    writable = handmade_build(tmp_path / "rw")
    with running_server(writable, workers=1, update_token="t0ken") as running:
        for source in (elsewhere, "file:///etc/hostname"):
            reply = http("POST", f"{running.url}/sparql", body=f"LOAD <{source}>".encode(),
                         headers={"Content-Type": "application/sparql-update", "Authorization": "Bearer t0ken"})
            assert reply.status == 400 and "LOAD" in reply.text and "not allowed" in reply.text, source
    assert _Turtle.hits == []
    with running_server(writable, workers=1, update_token="t0ken", allow_remote=(elsewhere,)) as running:
        reply = http("POST", f"{running.url}/sparql", body=f"LOAD <{elsewhere}>".encode(),
                     headers={"Content-Type": "application/sparql-update", "Authorization": "Bearer t0ken"})
        assert reply.status == 200, reply.text
        assert json.loads(get(running.url, "ASK { <urn:fetched> <urn:p> 'from afar' }").body)["boolean"] is True


def test_query_command_refuses_service(build: Path, elsewhere: str) -> None:
    result = CliRunner().invoke(main, ["query", str(build), f"SELECT * WHERE {{ SERVICE <{elsewhere}> {{ ?s ?p ?o }} }}"])
    assert result.exit_code == 2 and "not allowed" in result.output
    assert _Turtle.hits == []


# ------------------------------------------------------------------ depth and size

@pytest.mark.parametrize("workers", [1, 2])
def test_deep_query_is_400_and_the_server_lives(build: Path, workers: int) -> None:
    with running_server(build, workers=workers) as running:
        reply = http("POST", f"{running.url}/sparql", body=DEEP.encode(),
                     headers={"Content-Type": "application/sparql-query", **JSON})
        assert reply.status == 400 and json.loads(reply.body)["error"] == "QueryRefused"
        assert "at most 128 levels" in json.loads(reply.body)["message"]
        long_query = "ASK { " + "?s ?p ?o . " * 30_000 + "}"
        reply = http("POST", f"{running.url}/sparql", body=long_query.encode(),
                     headers={"Content-Type": "application/sparql-query"})
        assert reply.status == 400 and "characters" in reply.text
        assert json.loads(get(running.url, CHEAP_QUERY).body)["boolean"] is True


def test_deep_query_with_get_in_process_is_an_error_not_a_crash(build: Path) -> None:
    result = subprocess.run([sys.executable, "-c", "from borderkg.cli import main; main()", "serve", str(build),
                             "--get", "/sparql?" + urlencode({"query": DEEP})], capture_output=True, text=True,
                            cwd=ROOT, timeout=120)
    assert result.returncode == 1 and "QueryRefused" in result.stdout


def test_deep_query_command_exits_2(build: Path) -> None:
    result = subprocess.run([sys.executable, "-c", "from borderkg.cli import main; main()", "query", str(build), DEEP],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 2 and "nests" in result.stderr and "Traceback" not in result.stderr


def test_nesting_under_the_limit_does_not_overflow_the_stack(build: Path, tmp_path: Path) -> None:
    """3,000 BINDs in a group (shallow, but a chain the evaluator recurses along, 53 KB) overflowed
    the default 8 MiB stack (exit 139); on the query thread's big stack it runs."""
    rq = tmp_path / "binds.rq"
    rq.write_text("SELECT * WHERE { " + " ".join(f"BIND({i} AS ?x{i})" for i in range(3_000)) + " }")
    result = subprocess.run([sys.executable, "-c", "from borderkg.cli import main; main()", "query", str(build),
                             "-f", str(rq), "--format", "json"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr[-500:]


# ------------------------------------------------------------------ memory

def test_memory_cap_stops_the_query_with_503(build: Path) -> None:
    with running_server(build, workers=1, timeout=120, max_memory=300) as running:
        reply = get(running.url, HUNGRY_QUERY, wait=150)
        assert reply.status == 503 and json.loads(reply.body)["error"] == "QueryOutOfMemory", reply.text[:300]
        assert "300 MiB" in reply.text
        assert json.loads(get(running.url, CHEAP_QUERY).body)["boolean"] is True  # a fresh worker answers


# ------------------------------------------------------------------ admission

def test_cheap_query_is_answered_while_two_heavy_ones_run(build: Path) -> None:
    with running_server(build, workers=3, timeout=30, long_after=0.5) as running, ThreadPoolExecutor(3) as pool:
        heavy = [pool.submit(get, running.url, SLOW_QUERY, 60, timeout="8") for _ in range(2)]
        time.sleep(1.5)  # both are long by now
        assert not any(h.done() for h in heavy)
        started = time.monotonic()
        reply = get(running.url, CHEAP_QUERY)
        took = time.monotonic() - started
        assert reply.status == 200 and took < 4, took  # before: it waited for a heavy one's timeout
        third = get(running.url, SLOW_QUERY, timeout="8")  # a third long query is stopped, not queued
        assert third.status == 503 and third.headers.get("retry-after") and "long queries" in third.text
        assert [h.result().status for h in heavy] == [503, 503]  # stopped by their own 8 s timeout


def test_full_queue_answers_503_with_retry_after(build: Path) -> None:
    with running_server(build, workers=1, queue=0, timeout=30) as running, ThreadPoolExecutor(1) as pool:
        heavy = pool.submit(get, running.url, SLOW_QUERY, 60, timeout="5")
        time.sleep(1.0)
        reply = get(running.url, CHEAP_QUERY)
        assert reply.status == 503 and reply.headers.get("retry-after") == "5"
        assert json.loads(reply.body)["error"] == "ServerBusy"
        assert heavy.result().status == 503
        assert get(running.url, CHEAP_QUERY).status == 200
