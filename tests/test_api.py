"""The Python API: the in-memory graph is the graph `borderkg build` writes; query and network over it."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.term import Node

import borderkg
from borderkg.errors import InputError, QueryError
from borderkg.pipeline import ValidateMode, build

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def seeds_graph() -> Dataset:
    return borderkg.build_graph([SEEDS])


def test_in_memory_graph_is_the_built_graph(seeds_graph: Dataset, tmp_path: Path) -> None:
    build([SEEDS], out=tmp_path, jobs=1, validate_mode=ValidateMode.NONE)
    written = Dataset()
    written.parse(tmp_path / "graph.trig", format="trig")
    names = {g.identifier for g in written.graphs() if len(g)}
    assert names == {g.identifier for g in seeds_graph.graphs() if len(g)}
    for name in names:
        assert isomorphic(written.graph(name), seeds_graph.graph(name)), name


def test_documents_and_texts_give_the_same_graph_as_paths(seeds_graph: Dataset) -> None:
    docs = list(borderkg.read_documents([SEEDS]))
    first = docs[0]
    from_docs = borderkg.build_graph(documents=docs)
    doc_graph = URIRef(f"https://w3id.org/borderkg/id/doc/{first.identifier}")
    assert isomorphic(from_docs.graph(doc_graph), seeds_graph.graph(doc_graph))
    text = borderkg.build_graph(texts=[first.text], lang=first.lang)
    ours = _facts(text.graph(URIRef("https://w3id.org/borderkg/id/doc/text-1")))
    theirs = _facts(seeds_graph.graph(doc_graph))
    assert ours == theirs  # the same facts, only the document and its mentions are named differently


def _facts(graph: Graph) -> set[tuple[Node, Node, Node]]:
    return {t for t in graph if not any("/doc/" in str(n) or "/mention/" in str(n) for n in t)}


def test_query_is_the_same_on_the_dataset_and_its_store(seeds_graph: Dataset) -> None:
    sparql = "SELECT ?event ?date WHERE { ?event a bk:Meeting ; bk:date ?date } ORDER BY ?event"
    rows = borderkg.query(seeds_graph, sparql)
    assert rows and rows == borderkg.query(borderkg.to_oxigraph(seeds_graph), sparql)
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    merged = {(s, p, o) for s, p, o, _ in seeds_graph.quads((None, None, None, None))}
    assert borderkg.query(seeds_graph, count) == [{"n": len(merged)}]


def test_query_errors_are_borderkg_errors(seeds_graph: Dataset) -> None:
    with pytest.raises(QueryError, match="syntax"):
        borderkg.query(seeds_graph, "SELECT WHERE {")
    with pytest.raises(QueryError, match="SELECT"):
        borderkg.query(seeds_graph, "ASK { ?s ?p ?o }")


def test_actor_network_joins_actors_of_one_meeting(seeds_graph: Dataset) -> None:
    net = borderkg.actor_network(seeds_graph)
    meetings = borderkg.query(seeds_graph, "SELECT ?a ?b WHERE { ?m a bk:Meeting ; bk:participant ?a, ?b "
                                           "FILTER(STR(?a) < STR(?b)) }")
    assert meetings
    for row in meetings:
        assert net.has_edge(row["a"], row["b"]) and "Meeting" in net.edges[row["a"], row["b"]]["event_types"]


def test_text_document_refuses_an_unsupported_language() -> None:
    with pytest.raises(InputError, match="unsupported language 'xx'"):
        borderkg.text_document("Some text", lang="xx")


def test_validate_graph_reports_a_violation(seeds_graph: Dataset) -> None:
    from rdflib import Literal
    from rdflib.namespace import XSD

    broken = Dataset()
    for quad in seeds_graph.quads((None, None, None, None)):
        broken.add(quad)
    event = URIRef(borderkg.query(seeds_graph, "SELECT ?e WHERE { ?e a bk:Meeting } LIMIT 1")[0]["e"])
    doc = next(g for _, _, _, g in seeds_graph.quads((event, None, None, None)))
    broken.graph(doc).add((event, URIRef("https://w3id.org/borderkg/ontology#date"), Literal("soon", datatype=XSD.string)))
    assert borderkg.validate_graph(seeds_graph).conforms
    assert not borderkg.validate_graph(broken).conforms
