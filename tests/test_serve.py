"""`borderkg serve` over real HTTP on a free loopback port: every SPARQL 1.1 Protocol case."""
from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote, urlencode

import pyoxigraph as ox
import pytest

from borderkg.serve.examples import load_examples
from test_serve_support import (BKR, GUANGXI, QUANG_NINH, ROOT, handmade_build, http,
                                real_or_handmade, running_server, values)

pytestmark = pytest.mark.slow

LABELS = f"SELECT ?l WHERE {{ <{QUANG_NINH}> skos:prefLabel ?l }} ORDER BY ?l"
SLOW_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
JSON = "application/sparql-results+json"
FORM = "application/x-www-form-urlencoded"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    build = handmade_build(tmp_path_factory.mktemp("serve"))
    with running_server(build, workers=2, timeout=2.0, max_rows=100) as running:
        yield running


def get(server, query: str, accept: str = JSON, **params: str):  # type: ignore[no-untyped-def]
    return http("GET", f"{server.url}/sparql?{urlencode({'query': query, **params})}", headers={"Accept": accept})


def labels_of(reply) -> list[str]:  # type: ignore[no-untyped-def]
    return [b["l"]["value"] for b in json.loads(reply.body)["results"]["bindings"]]


# ------------------------------------------------------------------ the three ways to send a query

def test_get(server) -> None:  # type: ignore[no-untyped-def]
    reply = get(server, LABELS)
    assert reply.status == 200 and reply.content_type == JSON
    assert "Quảng Ninh" in labels_of(reply) and "كوانغ نينه" in labels_of(reply)


def test_post_urlencoded(server) -> None:  # type: ignore[no-untyped-def]
    reply = http("POST", f"{server.url}/sparql", body=urlencode({"query": LABELS}).encode(),
                 headers={"Content-Type": FORM, "Accept": JSON})
    assert reply.status == 200 and labels_of(reply) == labels_of(get(server, LABELS))


def test_post_sparql_query(server) -> None:  # type: ignore[no-untyped-def]
    reply = http("POST", f"{server.url}/sparql", body=LABELS.encode(),
                 headers={"Content-Type": "application/sparql-query; charset=utf-8", "Accept": JSON})
    assert reply.status == 200 and labels_of(reply) == labels_of(get(server, LABELS))


def test_default_and_named_graph_uri(server) -> None:  # type: ignore[no-untyped-def]
    mentions = "SELECT ?m WHERE { ?x prov:wasDerivedFrom ?m }"
    url = f"{server.url}/sparql?" + urlencode({"query": mentions, "default-graph-uri": BKR + "doc/zh-002"})
    rows = values(json.loads(http("GET", url, headers={"Accept": JSON}).body)["results"]["bindings"])
    assert {r["m"] for r in rows} == {BKR + "mention/zh-002/0-2", BKR + "mention/zh-002/0-40"}
    in_graphs = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?x prov:wasDerivedFrom ?m } }"
    url = f"{server.url}/sparql?" + urlencode([("query", in_graphs), ("named-graph-uri", BKR + "doc/vi-001"),
                                               ("named-graph-uri", "https://w3id.org/borderkg/lexicon")])
    rows = values(json.loads(http("GET", url, headers={"Accept": JSON}).body)["results"]["bindings"])
    assert rows == [{"g": BKR + "doc/vi-001"}]
    # by POST of a query, the dataset comes from the URL
    reply = http("POST", f"{server.url}/sparql?" + urlencode({"default-graph-uri": BKR + "doc/zh-002"}),
                 body=mentions.encode(), headers={"Content-Type": "application/sparql-query", "Accept": JSON})
    assert len(json.loads(reply.body)["results"]["bindings"]) == 3
    # without them, the default graph is the union of every graph
    assert len(json.loads(get(server, mentions).body)["results"]["bindings"]) == 9


# ------------------------------------------------------------------ content negotiation

def test_results_as_xml_csv_tsv(server) -> None:  # type: ignore[no-untyped-def]
    expected = labels_of(get(server, LABELS))
    reply = get(server, LABELS, "application/sparql-results+xml")
    assert reply.content_type == "application/sparql-results+xml"
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    assert [e.text for e in ET.fromstring(reply.body).iterfind(".//r:literal", ns)] == expected
    reply = get(server, LABELS, "text/csv")
    assert reply.content_type == "text/csv"
    assert [r[0] for r in csv.reader(io.StringIO(reply.text, newline=""))] == ["l", *expected]
    reply = get(server, LABELS, "text/tab-separated-values")
    assert reply.content_type == "text/tab-separated-values"
    lines = reply.text.splitlines()
    assert lines[0] == "?l" and lines[1:] == [str(ox.Literal(b["l"]["value"], language=b["l"]["xml:lang"]))
                                                for b in json.loads(get(server, LABELS).body)["results"]["bindings"]]


def test_accept_with_q_values_and_format_parameter(server) -> None:  # type: ignore[no-untyped-def]
    assert get(server, LABELS, "text/csv;q=0.5, application/sparql-results+xml;q=0.9").content_type.endswith("xml")
    assert get(server, LABELS, "*/*").content_type == JSON
    assert get(server, LABELS, "text/html,application/xhtml+xml,*/*;q=0.8", format="tsv").content_type == \
        "text/tab-separated-values"


@pytest.mark.parametrize("accept, rdf_format", [("text/turtle", ox.RdfFormat.TURTLE),
                                                ("application/n-triples", ox.RdfFormat.N_TRIPLES),
                                                ("application/ld+json", ox.RdfFormat.JSON_LD)])
@pytest.mark.parametrize("form", ["CONSTRUCT", "DESCRIBE"])
def test_graph_results_by_accept(server, accept: str, rdf_format: ox.RdfFormat, form: str) -> None:  # type: ignore[no-untyped-def]
    query = (f"DESCRIBE <{BKR}event/a1b2>" if form == "DESCRIBE" else
             f"CONSTRUCT {{ <{BKR}event/a1b2> ?p ?o }} WHERE {{ <{BKR}event/a1b2> ?p ?o }}")
    reply = get(server, query, accept)
    assert reply.status == 200 and reply.content_type == accept
    triples = {q.triple for q in ox.parse(reply.body, format=rdf_format)}
    assert len(triples) == 9
    assert ox.Triple(ox.NamedNode(BKR + "event/a1b2"), ox.NamedNode("https://w3id.org/borderkg/ontology#participant"),
                     ox.NamedNode(QUANG_NINH)) in triples


def test_not_acceptable(server) -> None:  # type: ignore[no-untyped-def]
    reply = get(server, LABELS, "image/png")
    assert reply.status == 406 and "expected one of" in reply.text


# ------------------------------------------------------------------ errors and limits

def test_update_refused_when_read_only(server) -> None:  # type: ignore[no-untyped-def]
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    for body, media in ((urlencode({"update": update}).encode(), FORM), (update.encode(), "application/sparql-update")):
        reply = http("POST", f"{server.url}/sparql", body=body,
                     headers={"Content-Type": media, "Authorization": "Bearer guess"})
        assert reply.status == 403 and "read-only" in reply.text
    assert json.loads(get(server, "ASK { <urn:a> <urn:b> <urn:c> }").body)["boolean"] is False


def test_update_with_token(tmp_path: Path) -> None:
    build = handmade_build(tmp_path / "rw")
    update = "INSERT DATA { <urn:a> <urn:b> 'added' }"
    with running_server(build, workers=1, update_token="s3cret") as running:
        url = f"{running.url}/sparql"
        for auth in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic s3cret"}):
            reply = http("POST", url, body=update.encode(),
                         headers={"Content-Type": "application/sparql-update", **auth})
            assert reply.status == 403, auth
        reply = http("POST", url, body=urlencode({"update": update}).encode(),
                     headers={"Content-Type": FORM, "Authorization": "Bearer s3cret"})
        assert reply.status == 200, reply.text
        assert json.loads(get(running, "ASK { <urn:a> <urn:b> 'added' }").body)["boolean"] is True
        bad = http("POST", url, body=b"INSERT DATA {", headers={"Content-Type": "application/sparql-update",
                                                               "Authorization": "Bearer s3cret"})
        assert bad.status == 400 and "error at" in bad.text
        description = http("GET", url, headers={"Accept": "text/turtle"}).text
        assert "sd:SPARQL11Update" in description


def test_timeout(server) -> None:  # type: ignore[no-untyped-def]
    started = time.monotonic()
    reply = get(server, SLOW_QUERY)
    assert reply.status == 503 and "QueryTimeout" in reply.text and "2 s" in reply.text
    assert time.monotonic() - started < 6
    assert get(server, LABELS).status == 200  # the stopped worker was replaced
    reply = get(server, SLOW_QUERY, timeout="0.2")
    assert reply.status == 503 and "0.2 s" in reply.text


def test_row_cap(server) -> None:  # type: ignore[no-untyped-def]
    reply = get(server, "SELECT * WHERE { ?s ?p ?o }")
    assert reply.status == 400 and "more than 100 rows" in reply.text and "row cap" in reply.text
    assert get(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 100").status == 200
    reply = get(server, "CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle")
    assert reply.status == 400 and "more than 100 triples" in reply.text


def test_malformed_query(server) -> None:  # type: ignore[no-untyped-def]
    reply = get(server, "SELECT ?x WHERE { ?x ?y }", "application/sparql-results+json")
    assert reply.status == 400
    error = json.loads(reply.body)
    assert error["error"] == "QuerySyntaxError" and re.match(r"error at 1:\d+: expected", error["message"])
    reply = get(server, "SELEC *", "text/csv")
    assert reply.status == 400 and reply.content_type == "text/plain" and "error at 1:" in reply.text


def test_protocol_misuse(server) -> None:  # type: ignore[no-untyped-def]
    url = f"{server.url}/sparql"
    assert http("POST", url, body=b"x", headers={"Content-Type": "text/plain"}).status == 415
    assert http("PUT", url, body=b"").status == 405
    assert http("POST", url, body=b"", headers={"Content-Type": FORM}).status == 400
    two = urlencode([("query", "ASK {}"), ("query", "ASK {}")])
    assert http("GET", f"{url}?{two}").status == 400
    assert get(server, "ASK {}", **{"default-graph-uri": "not an iri"}).status == 400


def test_cors_for_browser_clients_on_other_origins(server) -> None:  # type: ignore[no-untyped-def]
    preflight = http("OPTIONS", f"{server.url}/sparql", headers={"Origin": "https://yasgui.example",
                                                                 "Access-Control-Request-Method": "POST"})
    assert preflight.status == 200 and "POST" in preflight.headers["access-control-allow-methods"]
    assert get(server, "ASK {}").headers["access-control-allow-origin"] == "*"
    assert get(server, "SELEC").headers["access-control-allow-origin"] == "*"


def test_service_description(server) -> None:  # type: ignore[no-untyped-def]
    reply = http("GET", f"{server.url}/sparql")
    assert reply.status == 200 and reply.content_type == "text/turtle"
    sd = "http://www.w3.org/ns/sparql-service-description#"
    graph = {q.triple for q in ox.parse(reply.body, format=ox.RdfFormat.TURTLE)}
    endpoint = ox.NamedNode(f"{server.url}/sparql")
    assert ox.Triple(endpoint, ox.NamedNode(sd + "endpoint"), endpoint) in graph
    assert ox.Triple(endpoint, ox.NamedNode(sd + "supportedLanguage"), ox.NamedNode(sd + "SPARQL11Query")) in graph
    assert ox.Triple(endpoint, ox.NamedNode(sd + "feature"), ox.NamedNode(sd + "UnionDefaultGraph")) in graph
    names = {t.object.value for t in graph if t.predicate.value == sd + "name"}
    assert names == {BKR + "doc/vi-001", BKR + "doc/zh-002", "https://w3id.org/borderkg/lexicon"}
    jsonld = http("GET", f"{server.url}/sparql", headers={"Accept": "application/ld+json"})
    assert jsonld.content_type == "application/ld+json" and len(list(ox.parse(jsonld.body, format=ox.RdfFormat.JSON_LD))) == len(graph)


# ------------------------------------------------------------------ concurrency

def test_concurrent_clients_get_correct_answers(tmp_path_factory: pytest.TempPathFactory) -> None:
    """8 clients x 50 queries (the example queries, round robin): every answer equals the sequential one."""
    build = real_or_handmade(tmp_path_factory)
    examples = load_examples()
    with running_server(build, workers=2, timeout=60, max_rows=100_000) as running:
        expected = {e.name: json.loads(get(running, e.sparql).body) for e in examples}

        def client(number: int) -> list[str]:
            wrong = []
            for i in range(50):
                example = examples[(number + i) % len(examples)]
                reply = get(running, example.sparql)
                if reply.status != 200 or json.loads(reply.body) != expected[example.name]:
                    wrong.append(f"client {number} query {i} {example.name}: HTTP {reply.status}")
            return wrong

        with ThreadPoolExecutor(8) as pool:
            problems = [p for result in pool.map(client, range(8)) for p in result]
    assert problems == []


# ------------------------------------------------------------------ pages

def test_home_page_lists_the_examples(server) -> None:  # type: ignore[no-untyped-def]
    reply = http("GET", server.url + "/", headers={"Accept": "text/html"})
    assert reply.status == 200 and reply.content_type == "text/html"
    for example in load_examples():
        assert example.title.replace("'", "&#x27;") in reply.text
    assert "<script src=\"/static/app.js\">" in reply.text and "http" not in reply.text.split("<script")[1][:40]
    assert http("GET", server.url + "/static/app.js").content_type == "text/javascript"
    assert http("GET", server.url + "/static/style.css").content_type == "text/css"
    assert http("GET", server.url + "/static/../app.py").status == 404


def test_entity_page_for_browsers(server) -> None:  # type: ignore[no-untyped-def]
    reply = http("GET", server.url + "/id/place/quang-ninh", headers={"Accept": "text/html,*/*;q=0.8"})
    assert reply.status == 200 and reply.content_type == "text/html"
    page = reply.text
    for expected in ("Quảng Ninh", "广宁省", "كوانغ نينه", "bk:Province",  # type and names in every language
                     'href="/id/place/vietnam"', 'href="/id/event/a1b2"',  # links out and the event it took part in
                     'href="/id/observation/e5f6"',  # a link in
                     "<mark>Quảng Ninh</mark> và Quảng Tây tổ chức", 'href="/id/doc/vi-001"', "<svg"):  # source sentence, graph
        assert expected in page, expected
    other = http("GET", server.url + "/resource?iri=" + quote("https://w3id.org/borderkg/ontology#Meeting"),
                 headers={"Accept": "text/html"})
    assert other.status == 200 and 'href="/id/event/a1b2"' in other.text


def test_entity_as_rdf_for_clients(server) -> None:  # type: ignore[no-untyped-def]
    reply = http("GET", server.url + "/id/place/guangxi", headers={"Accept": "text/turtle"})
    assert reply.status == 200 and reply.content_type == "text/turtle"
    triples = {q.triple for q in ox.parse(reply.body, format=ox.RdfFormat.TURTLE)}
    assert ox.Triple(ox.NamedNode(GUANGXI), ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"),
                     ox.Literal("广西", language="zh")) in triples
    assert any(t.object == ox.NamedNode(GUANGXI) for t in triples)  # links in as well
    reply = http("GET", server.url + "/id/place/guangxi", headers={"Accept": "application/n-triples"})
    assert reply.content_type == "application/n-triples"
    assert http("GET", server.url + "/id/place/atlantis", headers={"Accept": "text/html"}).status == 404
    assert http("GET", server.url + "/id/place/atlantis").status == 404
    assert http("GET", server.url + "/nowhere").status == 404


def test_cli_serve_on_a_free_port(tmp_path: Path) -> None:
    """The real command in its own process: it prints its URL, answers, and stops on SIGTERM."""
    build = handmade_build(tmp_path / "cli")
    process = subprocess.Popen([sys.executable, "-c", "from borderkg.cli import main; main()", "serve",
                                str(build), "--port", "0", "--workers", "1"],
                               stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        url = re.search(r"at (http://127\.0\.0\.1:\d+)/", line)
        assert url, line
        reply = http("GET", url.group(1) + "/sparql?" + urlencode({"query": "ASK { ?s a bk:Meeting }"}))
        assert json.loads(reply.body)["boolean"] is True
    finally:
        process.terminate()
        process.wait(10)
