"""The HTTP layer of `borderkg serve` under hostile clients, over raw sockets on a free loopback port (issue 13)."""
from __future__ import annotations

import json
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

import pyoxigraph as ox
import pytest

from test_serve_support import ROOT, handmade_build, http, running_server

pytestmark = pytest.mark.slow

SLOW_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    build = handmade_build(tmp_path_factory.mktemp("http"))
    with running_server(build, workers=1, timeout=5.0, head_timeout=1.0, idle_timeout=1.0,
                        max_connections=16) as running:
        yield running


def address(server) -> tuple[str, int]:  # type: ignore[no-untyped-def]
    parts = urlsplit(server.url)
    return parts.hostname or "127.0.0.1", parts.port or 80


def exchange(server, raw: bytes, *, wait: float = 10.0) -> bytes:  # type: ignore[no-untyped-def]
    """Send raw bytes on a fresh connection and read until the server closes it (or `wait` passes)."""
    with socket.create_connection(address(server), timeout=wait) as sock:
        sock.sendall(raw)
        chunks = []
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            try:
                chunk = sock.recv(65536)
            except TimeoutError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        return b"".join(chunks)


def statuses(reply: bytes) -> list[int]:
    return [int(code) for code in re.findall(rb"^HTTP/1\.1 (\d{3}) ", reply, flags=re.MULTILINE)]


def test_chunked_body_is_read_as_the_body(server) -> None:  # type: ignore[no-untyped-def]
    query = b"ASK { ?s a bk:Meeting }"
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (query[:7], query[7:])) + b"0\r\n\r\n"
    reply = exchange(server, b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                             b"Accept: application/sparql-results+json\r\nTransfer-Encoding: chunked\r\n"
                             b"Connection: close\r\n\r\n" + chunked)
    assert statuses(reply) == [200] and json.loads(reply.split(b"\r\n\r\n", 1)[1])["boolean"] is True


def test_request_hidden_in_a_body_is_not_answered(server) -> None:  # type: ignore[no-untyped-def]
    """The audit's smuggling: a GET inside a chunked body was answered as a second request."""
    hidden = b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\n\r\n"
    body = b"%x\r\n%s\r\n0\r\n\r\n" % (len(hidden), hidden)
    reply = exchange(server, b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                             b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + body)
    assert statuses(reply) == [400], reply[:300]  # the GET text is the (malformed) query, nothing more


@pytest.mark.parametrize("length", [b"abc", b"-1", b"5, 6"])
def test_bad_content_length_is_answered_400_at_once(server, length: bytes) -> None:  # type: ignore[no-untyped-def]
    started = time.monotonic()
    reply = exchange(server, b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                             b"Content-Length: " + length + b"\r\n\r\nASK {}", wait=10)
    assert statuses(reply) == [400] and time.monotonic() - started < 5


def test_host_header_never_reaches_the_service_description(server) -> None:  # type: ignore[no-untyped-def]
    injected = 'x> a <urn:evil> ; <urn:p> "'
    for accept in ("text/turtle", "application/ld+json"):
        reply = exchange(server, f"GET /sparql HTTP/1.1\r\nHost: {injected}\r\nAccept: {accept}\r\n"
                                 "Connection: close\r\n\r\n".encode())
        assert statuses(reply) == [400] and b"is not a host name" in reply
    good = exchange(server, b"GET /sparql HTTP/1.1\r\nHost: kg.example.org:8080\r\nAccept: text/turtle\r\n"
                            b"Connection: close\r\n\r\n")
    body = good.split(b"\r\n\r\n", 1)[1]
    triples = {q.triple for q in ox.parse(body, format=ox.RdfFormat.TURTLE)}
    assert any(t.subject == ox.NamedNode("http://kg.example.org:8080/sparql") for t in triples)


def test_connection_that_sends_nothing_is_closed(server) -> None:  # type: ignore[no-untyped-def]
    with socket.create_connection(address(server), timeout=10) as sock:
        started = time.monotonic()
        assert sock.recv(1024) == b""  # closed by the server, not by our timeout
        assert time.monotonic() - started < 8


def test_headers_sent_a_byte_at_a_time_are_cut_off(server) -> None:  # type: ignore[no-untyped-def]
    with socket.create_connection(address(server), timeout=10) as sock:
        started = time.monotonic()
        sock.sendall(b"GET / HTTP/1.1\r\n")
        closed = False
        for _ in range(60):  # a header byte every 0.2 s, for at most 12 s
            try:
                sock.sendall(b"X")
                sock.settimeout(0.2)
                if sock.recv(1024) == b"":
                    closed = True
                    break
            except TimeoutError:
                continue
            except OSError:
                closed = True
                break
        assert closed and time.monotonic() - started < 8


def test_idle_connections_do_not_lock_out_clients(server) -> None:  # type: ignore[no-untyped-def]
    """More idle sockets than the connection cap: new clients are refused with 503 while they are open,
    and served again once the idle ones time out; the server never stops answering."""
    idle = [socket.create_connection(address(server), timeout=10) for _ in range(24)]
    try:
        reply = exchange(server, b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        assert statuses(reply) in ([503], [200])
        if statuses(reply) == [503]:
            assert b"retry-after: 5" in reply.lower()
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if http("GET", f"{server.url}/sparql?query=ASK%7B%7D", timeout=5).status == 200:
                break
            time.sleep(0.2)
        else:
            pytest.fail("the server did not answer again after the idle connections timed out")
    finally:
        for sock in idle:
            sock.close()


def test_huge_body_and_target(server) -> None:  # type: ignore[no-untyped-def]
    reply = exchange(server, b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                             b"Content-Length: 99999999\r\n\r\nASK {}")
    assert statuses(reply) == [413]
    big = http("GET", f"{server.url}/sparql?query=" + "x" * (1 << 20) + "y" * 100)
    assert big.status == 414


def test_every_iri_in_an_entity_page_is_escaped(server) -> None:  # type: ignore[no-untyped-def]
    iri = 'urn:x:"><script>alert(1)</script>'
    reply = http("GET", f"{server.url}/resource?iri={quote(iri, safe='')}", headers={"Accept": "text/html"})
    assert reply.status in (400, 404) and "<script>alert" not in reply.text


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found.update(int(p) for p in task.read_text().split())
    return found


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs /proc")
def test_sigterm_answers_requests_in_flight_then_stops_with_its_workers(tmp_path: Path) -> None:
    build = handmade_build(tmp_path / "graceful")
    process = subprocess.Popen([sys.executable, "-c", "from borderkg.cli import main; main()", "serve", str(build),
                                "--port", "0", "--workers", "1"], stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert process.stderr is not None
        url = re.search(r"at (http://127\.0\.0\.1:\d+)/", process.stderr.readline())
        assert url
        workers = _children(process.pid)
        assert workers, "a worker process serves queries"
        replies: list[int] = []
        slow = threading.Thread(target=lambda: replies.append(http(
            "GET", f"{url.group(1)}/sparql?" + urlencode({"query": SLOW_QUERY, "timeout": "2"}), timeout=30).status))
        slow.start()
        time.sleep(0.5)
        process.send_signal(signal.SIGTERM)
        slow.join(30)
        assert replies == [503]  # answered (stopped by its timeout), not cut off
        assert process.wait(30) == 0
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(Path(f"/proc/{w}").exists() for w in workers):
            time.sleep(0.1)
        assert not any(Path(f"/proc/{w}/status").exists() and "zombie" not in Path(f"/proc/{w}/status").read_text()
                       for w in workers)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)


def test_workers_0_cannot_serve(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from borderkg.cli import main

    result = CliRunner().invoke(main, ["serve", str(handmade_build(tmp_path / "w0")), "--workers", "0", "--port", "0"])
    assert result.exit_code == 2 and "serve.workers 0" in result.output


def test_json_error_bodies_stay_json(server) -> None:  # type: ignore[no-untyped-def]
    reply = http("GET", f"{server.url}/sparql?query=SELEC", headers={"Accept": "application/sparql-results+json"})
    assert reply.status == 400 and json.loads(reply.body)["error"] == "QuerySyntaxError"
