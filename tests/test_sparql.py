"""The SPARQL engine (`borderkg.sparql`) and the `borderkg query` command."""
from __future__ import annotations

import csv
import doctest
import io
import json
import os
import shlex
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from borderkg import sparql
from borderkg.sparql import ondisk
from borderkg.sparql.execute import execute
from borderkg.errors import QueryError, StoreError
from borderkg.serve.examples import load_examples
from test_serve_support import (BKR, QUANG_NINH, handmade_build, rdflib_answer, real_or_handmade,
                                values)

SLOW_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def handmade(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return handmade_build(tmp_path_factory.mktemp("handmade"))


@pytest.fixture(scope="module")
def engine(handmade: Path):
    with sparql.Engine(handmade, timeout=10, max_rows=1000) as engine:
        yield engine


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return real_or_handmade(tmp_path_factory)


# ------------------------------------------------------------------ the store

def test_store_is_loaded_once_and_reused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = handmade_build(tmp_path / "out")
    store = sparql.open_store(out)
    assert store == out / "oxigraph" / "store" and store.is_dir()
    marker = json.loads((out / "oxigraph" / "source.json").read_text())
    assert marker["size"] == (out / "graph.trig").stat().st_size and len(marker["sha256"]) == 64

    loads: list[Path] = []
    real_load = ondisk._load
    monkeypatch.setattr(ondisk, "_load", lambda graph, home, path: loads.append(graph) or real_load(graph, home, path))
    sparql.open_store(out)
    os.utime(out / "graph.trig", ns=(time.time_ns(), time.time_ns() + 10**9))  # touched, same content
    sparql.open_store(out)
    assert loads == []
    with (out / "graph.trig").open("a") as f:
        f.write('\n<urn:x:g> { <urn:x:a> <urn:x:p> "changed" }\n')
    sparql.open_store(out)
    assert loads == [out / "graph.trig"]
    with sparql.Engine(out) as engine:
        assert engine.select('SELECT ?o WHERE { <urn:x:a> <urn:x:p> ?o }') == [
            {"o": {"type": "literal", "value": "changed"}}]


def test_missing_graph_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"no graph at '.*graph\.trig'"):
        sparql.Engine(tmp_path)


def test_broken_graph_is_a_store_error_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "graph.trig").write_text("<urn:g> {\n  <urn:a> <urn:p> \n}\n")
    with pytest.raises(StoreError, match=r'File ".*graph\.trig", line'):
        sparql.open_store(tmp_path)


# ------------------------------------------------------------------ the dataset

def test_default_graph_is_the_union_of_all_graphs(engine: sparql.Engine) -> None:
    rows = engine.select(f"SELECT DISTINCT ?m WHERE {{ <{QUANG_NINH}> prov:wasDerivedFrom ?m }}")
    assert values(rows) == [{"m": BKR + "mention/vi-001/0-11"}]
    labels = engine.select(f"SELECT ?l WHERE {{ <{QUANG_NINH}> skos:prefLabel ?l }}")
    assert {r["l"].get("xml:lang") for r in labels} >= {"en", "vi", "zh", "fr", "ar"}


def test_default_graph_is_a_merge_without_repeats(tmp_path: Path) -> None:
    (tmp_path / "graph.trig").write_text("<urn:g1> { <urn:a> <urn:p> <urn:b> } <urn:g2> { <urn:a> <urn:p> <urn:b> }")
    with sparql.Engine(tmp_path) as engine:
        assert len(engine.select("SELECT * WHERE { ?s ?p ?o }")) == 1
        assert len(engine.select("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }")) == 2


def test_from_clause_replaces_the_union(engine: sparql.Engine) -> None:
    query = f"SELECT ?m FROM <{BKR}doc/zh-002> WHERE {{ ?x prov:wasDerivedFrom ?m }}"
    assert {r["m"] for r in values(engine.select(query))} == {BKR + "mention/zh-002/0-2", BKR + "mention/zh-002/0-40"}


def test_protocol_dataset_overrides_the_query(engine: sparql.Engine) -> None:
    answer = engine.query("SELECT ?g ?m WHERE { GRAPH ?g { ?x prov:wasDerivedFrom ?m } }",
                          named_graphs=[BKR + "doc/zh-002"])
    rows = values(json.loads(answer.body)["results"]["bindings"])
    assert {r["g"] for r in rows} == {BKR + "doc/zh-002"}
    answer = engine.query("SELECT ?m WHERE { ?x prov:wasDerivedFrom ?m }", default_graphs=[BKR + "doc/zh-002"])
    assert len(json.loads(answer.body)["results"]["bindings"]) == 3


# ------------------------------------------------------------------ formats

LABELS = f"SELECT ?p ?l WHERE {{ <{QUANG_NINH}> ?p ?l FILTER(isLiteral(?l)) }} ORDER BY ?p ?l"


def test_bindings_formats_agree(engine: sparql.Engine) -> None:
    expected = [(r["p"]["value"], r["l"]["value"]) for r in engine.select(LABELS)]
    assert len(expected) >= 8
    xml = ET.fromstring(engine.query(LABELS, bindings_format="xml").body)
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    got = [(r.find("r:binding[@name='p']/r:uri", ns).text, r.find("r:binding[@name='l']/r:literal", ns).text)
           for r in xml.iterfind("r:results/r:result", ns)]
    assert got == expected
    rows = list(csv.reader(io.StringIO(engine.query(LABELS, bindings_format="csv").body.decode(), newline="")))
    assert rows[0] == ["p", "l"] and [tuple(r) for r in rows[1:]] == expected
    tsv = engine.query(LABELS, bindings_format="tsv").body.decode().splitlines()
    assert tsv[0] == "?p\t?l" and all(line.startswith("<http") and '"' in line for line in tsv[1:])
    assert len(tsv) == len(expected) + 1


def test_ask_in_every_format(engine: sparql.Engine) -> None:
    assert json.loads(engine.query("ASK { ?s a bk:Meeting }").body)["boolean"] is True
    assert b"<boolean>false</boolean>" in engine.query("ASK { ?s a bk:Nothing }", bindings_format="xml").body


@pytest.mark.parametrize("name", list(sparql.GRAPH_FORMATS))
def test_graph_formats_round_trip(engine: sparql.Engine, name: str) -> None:
    answer = engine.query(f"DESCRIBE <{BKR}event/a1b2>", graph_format=name)
    assert answer.kind == "graph" and answer.rows == 9
    triples = set(ox.parse(answer.body, format=sparql.GRAPH_FORMATS[name].rdf_format))
    reference = engine.query(f"DESCRIBE <{BKR}event/a1b2>", graph_format="ntriples").body
    assert {q.triple for q in triples} == {q.triple for q in ox.parse(reference, format=ox.RdfFormat.N_TRIPLES)}


def test_not_acceptable_when_no_format_fits(engine: sparql.Engine) -> None:
    with pytest.raises(sparql.NotAcceptable):
        engine.query("SELECT * WHERE { ?s ?p ?o } LIMIT 1", bindings_format=None)


# ------------------------------------------------------------------ errors and limits

def test_syntax_error_is_located() -> None:
    with pytest.raises(sparql.QuerySyntaxError) as info:
        execute(ox.Store(), {"sparql": "SELECT ?x WHERE {\n  ?x ?y \n}"})
    exc = info.value
    assert isinstance(exc, SyntaxError) and isinstance(exc, QueryError)
    assert exc.lineno == 3 and exc.offset and f"error at 3:{exc.offset}" in str(exc)


def test_row_cap(engine: sparql.Engine) -> None:
    with pytest.raises(sparql.ResultTooLarge, match="more than 5 rows"):
        engine.query("SELECT * WHERE { ?s ?p ?o }", max_rows=5)
    assert engine.query("SELECT * WHERE { ?s ?p ?o } LIMIT 5", max_rows=5).rows == 5


def test_inline_timeout(engine: sparql.Engine) -> None:
    started = time.monotonic()
    with pytest.raises(sparql.QueryTimeout):
        engine.query(SLOW_QUERY, timeout=0.3)
    assert time.monotonic() - started < 5


@pytest.mark.slow
def test_pool_timeout_stops_the_query_and_recovers(handmade: Path) -> None:
    with sparql.Engine(handmade, workers=1, timeout=10) as engine:
        started = time.monotonic()
        with pytest.raises(sparql.QueryTimeout, match="stopped"):
            engine.query(SLOW_QUERY, timeout=0.5)
        assert time.monotonic() - started < 3
        assert engine.select("SELECT (COUNT(*) AS ?n) WHERE { ?s a bk:Meeting }")[0]["n"]["value"] == "1"
        with pytest.raises(sparql.QuerySyntaxError) as info:
            engine.query("SELEC")
        assert info.value.lineno == 1


def test_updates_only_when_allowed(handmade: Path, tmp_path: Path) -> None:
    with sparql.Engine(handmade) as engine, pytest.raises(sparql.UpdateRefused):
        engine.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    out = handmade_build(tmp_path / "rw")
    with sparql.Engine(out, allow_update=True) as engine:
        engine.update("INSERT DATA { <urn:a> <urn:b> 'new' . GRAPH <urn:g> { <urn:a> <urn:b> 'named' } }")
        assert engine.select("SELECT ?o WHERE { <urn:a> <urn:b> ?o }")[0]["o"]["value"] == "new"
        assert engine.select("SELECT ?o WHERE { GRAPH <urn:g> { <urn:a> <urn:b> ?o } }")[0]["o"]["value"] == "named"


# ------------------------------------------------------------------ example queries

EXAMPLES = load_examples()


def test_examples_are_documented() -> None:
    assert len(EXAMPLES) >= 7
    for example in EXAMPLES:
        assert example.sparql.startswith("#") and example.title and example.description, example.name


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.name for e in EXAMPLES])
def test_example_answers_on_the_handmade_graph(engine: sparql.Engine, example) -> None:  # type: ignore[no-untyped-def]
    assert engine.select(example.sparql), f"{example.name} found nothing"


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.name for e in EXAMPLES])
def test_example_matches_rdflib_on_the_build(build: Path, example) -> None:  # type: ignore[no-untyped-def]
    """Same rows (by their first column) as rdflib evaluating the query over the same graphs."""
    with sparql.Engine(build, timeout=60, max_rows=None) as engine:
        ours = values(engine.select(example.sparql))
    theirs = rdflib_answer(build, example.sparql)
    key = next(iter(ours[0])) if ours else None
    if key is not None:
        assert sorted(r.get(key, "") for r in ours) == sorted(r.get(key, "") for r in theirs)
    assert len(ours) == len(theirs)


# ------------------------------------------------------------------ the CLI

def test_cli_query_table_json_csv(handmade: Path, tmp_path: Path) -> None:
    from borderkg.cli import main

    runner = CliRunner()
    query = f"SELECT ?l WHERE {{ <{QUANG_NINH}> skos:prefLabel ?l FILTER(LANG(?l) = 'vi') }}"
    result = runner.invoke(main, ["query", str(handmade), query])
    assert result.exit_code == 0, result.output
    assert "Quảng Ninh@vi" in result.output and "(1 row)" in result.output
    result = runner.invoke(main, ["query", str(handmade), query, "--format", "json"])
    assert json.loads(result.output)["results"]["bindings"][0]["l"]["value"] == "Quảng Ninh"
    result = runner.invoke(main, ["query", str(handmade), query, "--format", "csv"])
    assert result.output.splitlines() == ["l", "Quảng Ninh"]
    rq = tmp_path / "q.rq"
    rq.write_text(f"CONSTRUCT {{ <{QUANG_NINH}> a ?t }} WHERE {{ <{QUANG_NINH}> a ?t }}")
    result = runner.invoke(main, ["query", str(handmade), "-f", str(rq), "--format", "ntriples"])
    assert result.exit_code == 0 and "<https://w3id.org/borderkg/ontology#Province>" in result.output


def test_cli_query_errors_exit_2(handmade: Path, tmp_path: Path) -> None:
    from borderkg.cli import main

    result = CliRunner().invoke(main, ["query", str(handmade), "SELEC"])
    assert result.exit_code == 2 and "error at 1:6" in result.output
    result = CliRunner().invoke(main, ["query", str(tmp_path), "ASK {}"])
    assert result.exit_code == 2 and "no graph at" in result.output


@pytest.mark.parametrize("module", ["borderkg.sparql.engine", "borderkg.sparql.ondisk", "borderkg.sparql.guard",
                                    "borderkg.serve", "borderkg.serve.httpd",
                                    "borderkg.serve.examples", "borderkg.cli.query"])
def test_doctests(module: str) -> None:
    import importlib

    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted > 0


# ------------------------------------------------------------------ a read-only build

def _read_only_run(build: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `borderkg ARGS` with `build` mounted read-only (a private mount namespace: needs root and unshare)."""
    command = " ".join(shlex.quote(a) for a in [sys.executable, "-c", "from borderkg.cli import main; main()", *args])
    script = (f"mount --bind {shlex.quote(str(build))} {shlex.quote(str(build))} && "
              f"mount -o remount,bind,ro {shlex.quote(str(build))} && touch {shlex.quote(str(build))}/x 2>/dev/null; "
              f"test ! -e {shlex.quote(str(build))}/x || exit 99; exec {command}")
    return subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, timeout=300)


@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs unshare(1)")
def test_query_and_serve_a_read_only_build_whose_store_is_loaded(tmp_path: Path) -> None:
    out = handmade_build(tmp_path / "ro")
    sparql.open_store(out)
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("cannot make a mount namespace here")
    result = _read_only_run(out, "query", str(out), "ASK { ?s a bk:Meeting }", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["boolean"] is True
    result = _read_only_run(out, "serve", str(out), "--get", "/sparql?query=ASK%7B%3Fs%20a%20bk%3AMeeting%7D")
    assert result.returncode == 0 and json.loads(result.stdout)["boolean"] is True, result.stderr
    os.utime(out / "graph.trig")  # touched: the hash still says the store is current
    assert _read_only_run(out, "query", str(out), "ASK {}").returncode == 0
    with (out / "graph.trig").open("a") as f:  # changed: a read-only build cannot be reloaded
        f.write('\n<urn:x:g> { <urn:x:a> <urn:x:p> "changed" }\n')
    result = _read_only_run(out, "query", str(out), "ASK {}")
    assert result.returncode == 2 and "read-only" in result.stderr and "Traceback" not in result.stderr
