"""Issue 14's acceptance on a build of the seeds plus ``../shared/eval/dev``: names for every node
a reader sees, posts in time, the timeline and network pages. (The browser walk and its
screenshots are ``tests/test_browser.py``; the example queries' speed is ``bench/bench_serve.py``.)"""
from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
import pytest

from borderkg.serve import ServeConfig, make_app
from borderkg.serve.httpd import Request
from borderkg.sparql import Engine
from test_export_support import seeds_and_dev_build

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
BKR = "https://w3id.org/borderkg/id/"
READABLE = ("bk:Event bk:Meeting bk:Conference bk:Signing bk:Visit bk:Exchange bk:Exhibition org:Membership "
            "bk:Observation bk:Organization bk:PartyCommittee bk:PeoplesCommittee bk:Department bk:Company "
            "bk:NGO bk:InternationalOrganization")
IRI_LIKE = re.compile(r"^[a-z][a-z0-9+.-]*:\S*$|^(x-)?[0-9a-f]{12,}$", re.IGNORECASE)
"""An IRI (``https://...``, ``bkr:event/98a3...``, ``urn:x``) or a bare minted hash."""


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    built = seeds_and_dev_build(str(tmp_path_factory.getbasetemp()))
    if built is None:
        pytest.skip("../shared/eval/dev is not beside the checkout")
    return built


@pytest.fixture(scope="module")
def engine(build: Path):
    with Engine(build, timeout=120, max_rows=1_000_000) as opened:
        yield opened


def test_every_event_post_figure_and_body_has_an_english_label(engine: Engine) -> None:
    counts = engine.select(f"SELECT (COUNT(DISTINCT ?n) AS ?all) WHERE {{ VALUES ?c {{ {READABLE} }} ?n a ?c }}")
    assert int(counts[0]["all"]["value"]) > 200
    missing = engine.select(f"""SELECT DISTINCT ?n ?c WHERE {{ VALUES ?c {{ {READABLE} }} ?n a ?c
        FILTER NOT EXISTS {{ ?n rdfs:label|skos:prefLabel ?l FILTER(LANGMATCHES(LANG(?l), "en")) }} }}""")
    assert [(r["n"]["value"], r["c"]["value"]) for r in missing] == []


def test_no_english_body_name_carries_an_iri_year(engine: Engine) -> None:
    """A successor province's bodies are "Lao Cai People's Committee", not "Lao Cai 2025 ..."."""
    named = engine.select("""SELECT ?n ?l WHERE { VALUES ?c { bk:PartyCommittee bk:PeoplesCommittee bk:Department }
        ?n a ?c ; rdfs:label|skos:prefLabel ?l FILTER(LANG(?l) = "en" && REGEX(?l, "[a-z] (19|20)[0-9][0-9]\\\\b")) }""")
    assert named == []


@pytest.mark.parametrize("shape", ["actors", "full"])
def test_no_graphml_node_label_is_an_iri(build: Path, tmp_path: Path, shape: str) -> None:
    from borderkg.export import ExportOptions, GraphShape, default_exporters, export, load_build

    out = tmp_path / f"{shape}.graphml"
    export(load_build(build), format="graphml", out=out, exporters=default_exporters(),
           options=ExportOptions(shape=GraphShape(shape)))
    graph = nx.read_graphml(out)
    assert graph.number_of_nodes() > 100
    bad = [(node, data.get("label")) for node, data in graph.nodes(data=True)
           if node.startswith(BKR) and (not data.get("label") or IRI_LIKE.match(data["label"]))]
    assert bad == []


def test_every_membership_has_a_date(engine: Engine) -> None:
    undated = engine.select("SELECT ?m WHERE { ?m a org:Membership FILTER NOT EXISTS { ?m bk:reportedOn ?d } }")
    assert undated == []


def test_the_post_holder_query_names_the_secretaries_of_guangxi(engine: Engine) -> None:
    query = (ROOT / "queries" / "09-post-holder-on-date.rq").read_text("utf-8")
    holders = {(row["day"]["value"], row["person"]["value"]) for row in engine.select(query)
               if row["body"]["value"] == BKR + "org/guangxi/party-committee"}
    assert holders == {("2023-04-03", BKR + "person/liu-ning"), ("2025-02-20", BKR + "person/chen-gang")}


def test_timeline_and_network_answer_and_are_linked_from_home(build: Path) -> None:
    app = make_app(build, config=ServeConfig(workers=0))
    try:
        home = app(Request("GET", "/", {}, {"accept": "text/html"}))
        assert home.status == 200
        for path in ("/timeline", "/network"):
            assert f'href="{path}"'.encode() in home.body
            page = app(Request("GET", path, {}, {"accept": "text/html"}))
            assert page.status == 200, path
            names = re.findall(rb'<a [^>]*href="/id/[^"]*"[^>]*>([^<]*)</a>', page.body)
            assert len(names) > 50, path
            assert [n for n in names if IRI_LIKE.match(n.decode())] == [], path
    finally:
        app.engine.close()
