"""Shared helpers (no tests) for the query, serve and browser tests.

Two builds: the hand-written one in ``tests/data/serve/graph.trig`` (exact answers are
known), and the real build of ``seeds/`` when ``borderkg build`` works in this checkout
(answers are checked against rdflib evaluating the same query). Set
``BORDERKG_TEST_BUILD=/path/to/out`` to use an existing build instead of building the seeds.
"""
from __future__ import annotations

import os
import shutil
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest
from test_export_support import _seeds_build as shared_seeds_build

ROOT = Path(__file__).resolve().parents[1]
HANDMADE = ROOT / "tests" / "data" / "serve" / "graph.trig"
BKR = "https://w3id.org/borderkg/id/"
QUANG_NINH = BKR + "place/quang-ninh"
GUANGXI = BKR + "place/guangxi"


def handmade_build(out: Path) -> Path:
    """A build directory holding the hand-written graph."""
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy(HANDMADE, out / "graph.trig")
    return out


def _seeds_build(tmp: str) -> Path | None:
    """$BORDERKG_TEST_BUILD if set, else the session's one build of the seeds, shared with the export tests."""
    given = os.environ.get("BORDERKG_TEST_BUILD")
    if given:
        return Path(given) if (Path(given) / "graph.trig").is_file() else None
    return shared_seeds_build(tmp)


@lru_cache(maxsize=1)
def _own_copy(tmp: str) -> Path | None:
    """A copy of the seeds build's graph in a folder of our own (the store is written beside it)."""
    built = _seeds_build(tmp)
    if built is None:
        return None
    out = Path(tmp) / "serve-seeds"
    out.mkdir(exist_ok=True)
    shutil.copy(built / "graph.trig", out / "graph.trig")
    return out


def seeds_build(tmp_factory: pytest.TempPathFactory) -> Path:
    """The real build of ``seeds/``; skips the test when it cannot be built here."""
    built = _own_copy(str(tmp_factory.getbasetemp()))
    if built is None:
        pytest.skip("`borderkg build seeds` is not available in this checkout")
    return built


def real_or_handmade(tmp_factory: pytest.TempPathFactory) -> Path:
    """The seeds build when it can be made, else the hand-written graph."""
    built = _own_copy(str(tmp_factory.getbasetemp()))
    return built if built is not None else handmade_build(tmp_factory.mktemp("handmade"))


@dataclass
class Running:
    """A server started on a free loopback port for a test."""

    url: str
    app: object
    server: object


@contextmanager
def running_server(build: Path, **settings: object) -> Iterator[Running]:
    """Start ``borderkg serve`` on 127.0.0.1 with a free port in a thread; stop it afterwards."""
    from borderkg.serve import ServeConfig, make_app, make_server

    config = ServeConfig(port=0, **settings)  # type: ignore[arg-type]
    app = make_app(build, config=config)
    server = make_server(app, config=config)
    thread = threading.Thread(target=server.serve_forever, name="test-server", daemon=True)
    thread.start()
    _wait_until_up(server.url)
    try:
        yield Running(server.url, app, server)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)
        app.engine.close()


def _wait_until_up(url: str, limit: float = 30.0) -> None:
    """Wait until the server answers (uvicorn starts serving a moment after its thread starts)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            http("GET", url + "/static/style.css", timeout=2)
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"the test server at {url} did not answer within {limit:.0f} s")


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip()


def http(method: str, url: str, *, body: bytes | None = None, headers: dict[str, str] | None = None,
         timeout: float = 60) -> Reply:
    """One real HTTP request; error statuses come back as replies, not exceptions."""
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return Reply(response.status, {k.lower(): v for k, v in response.headers.items()}, response.read())
    except urllib.error.HTTPError as error:
        return Reply(error.code, {k.lower(): v for k, v in error.headers.items()}, error.read())


def rdflib_answer(build: Path, query: str) -> list[dict[str, str]]:
    """Evaluate a SELECT with rdflib over the union of the build's graphs (the reference answer)."""
    from rdflib import Dataset

    result = _rdflib_dataset(str(build / "graph.trig")).query(query)
    return [{str(k): str(v) for k, v in row.asdict().items()} for row in result]


@lru_cache(maxsize=4)
def _rdflib_dataset(path: str):  # type: ignore[no-untyped-def]
    from rdflib import Dataset

    dataset = Dataset(default_union=True)
    dataset.parse(path, format="trig")
    return dataset


def values(bindings: list[dict[str, dict[str, str]]]) -> list[dict[str, str]]:
    """SPARQL JSON bindings reduced to {variable: value}."""
    return [{k: v["value"] for k, v in row.items()} for row in bindings]
