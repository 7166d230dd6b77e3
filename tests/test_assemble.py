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


def _span(doc, start: int, end: int):
    from borderkg.model import Mention
    return Mention(doc.identifier, start, end, doc.text[start:end], doc.lang)


def test_a_figure_is_linked_to_the_shortest_mention_around_it_and_the_names_near_it():
    """bk:enclosingMention: the shortest longer mention containing the figure's (a tie: the first);
    bk:statedNear: entities whose mention starts from 150 before the figure to 50 after it, bounds included."""
    from decimal import Decimal

    from borderkg.assemble import doc_iri, figure_context_triples, mention_iri
    from borderkg.model import Document, Entity, Event, Extraction, Membership, Observation
    from borderkg.namespaces import BK, BKR

    doc = Document("d", "x" * 1000, "en", "d.txt")
    figure = _span(doc, 400, 410)
    entity = lambda iri, start: Entity(BKR[iri], "Place", _span(doc, start, start + 5))  # noqa: E731
    ex = Extraction(doc, entities=(entity("place/a", 250), entity("place/b", 249), entity("place/c", 460),
                                   entity("place/d", 461), entity("place/a", 900), entity("place/e", 405)),
                    events=(Event(BKR["event/long"], "Meeting", _span(doc, 300, 600)),
                            Event(BKR["event/short"], "Meeting", _span(doc, 390, 420)),
                            Event(BKR["event/tie"], "Meeting", _span(doc, 395, 425))),
                    memberships=(Membership(BKR["membership/m"], BKR["person/p"], BKR["org/o"], "CHAIR",
                                            _span(doc, 400, 410)),),
                    observations=(Observation(BKR["observation/o"], Decimal(3), "PERSON", figure),))
    node = mention_iri(doc_iri("d"), 400, 410)
    triples = figure_context_triples(ex)
    assert {o for s, p, o in triples if p == BK.enclosingMention} == {mention_iri(doc_iri("d"), 390, 420)}
    assert {o for s, p, o in triples if p == BK.statedNear} == {BKR["place/a"], BKR["place/c"], BKR["place/e"]}
    assert {s for s, _, _ in triples} == {node}
    assert triples <= document_triples(ex)


def test_a_figure_no_other_mention_contains_has_no_enclosing_mention():
    from decimal import Decimal

    from borderkg.assemble import figure_context_triples
    from borderkg.model import Document, Extraction, Observation
    from borderkg.namespaces import BK, BKR

    doc = Document("d", "y" * 100, "en", "d.txt")
    ex = Extraction(doc, observations=(Observation(BKR["observation/o"], Decimal(3), "PERSON", _span(doc, 10, 20)),))
    assert not any(p == BK.enclosingMention for _, p, _ in figure_context_triples(ex))
