"""Assemble stage: a document's triples, and the N-Triples the incremental build stores them as."""
from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from rdflib import XSD, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from borderkg.assemble import document_graph, document_triples, ntriples
from borderkg.ingest import ingest
from borderkg.extract import RuleExtractor
from borderkg.resources import load_resources

REPO = Path(__file__).resolve().parents[1]
S, P = URIRef("https://w3id.org/borderkg/id/x"), URIRef("https://w3id.org/borderkg/ontology#text")


def _rdflib_lines(triples) -> bytes:
    g = Graph()
    for t in triples:
        g.add(t)
    return b"".join(sorted(set(g.serialize(format="nt", encoding="utf-8").splitlines(keepends=True))))


@given(st.text(), st.sampled_from([None, "vi", "zh-Hans", "ar"]),
       st.sampled_from([None, XSD.integer, XSD.gYear, XSD.string]))
def test_ntriples_are_written_as_rdflib_writes_them(text, lang, datatype):
    """Quotes, backslashes, line breaks, any Unicode; plain, language-tagged and typed literals."""
    o = Literal(text, lang=lang) if lang else Literal(text, datatype=datatype)
    triples = [(S, P, o), (S, P, URIRef("https://w3id.org/borderkg/id/y")), (S, P, o)]
    written = ntriples(triples)
    assert written == _rdflib_lines(triples)
    assert isomorphic(Graph().parse(data=written.decode("utf-8"), format="nt"), Graph().parse(
        data=_rdflib_lines(triples).decode("utf-8"), format="nt"))


def test_document_triples_are_the_document_graph():
    resources = load_resources(REPO)
    extract = RuleExtractor(resources)
    for doc in ingest([REPO / "seeds"]):
        ex = extract(doc)
        triples = document_triples(ex)
        graph = document_graph(ex)
        assert len(triples) == len(graph) > 100
        assert set(graph) == triples
        parsed = Graph().parse(data=ntriples(triples).decode("utf-8"), format="nt")
        assert isomorphic(parsed, graph), doc.identifier
