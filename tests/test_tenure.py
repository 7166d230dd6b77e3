"""Posts in time (borderkg.tenure): the date a post was reported, terms of office, and the
"who held post P in body B on date D" example query."""
from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import ORG

from borderkg.assemble import assemble
from borderkg.extract import extract
from borderkg.ingest import ingest
from borderkg.model import Document, Event, Extraction, Membership, Mention
from borderkg.namespaces import BK, BKR
from borderkg.resources import load_resources
from borderkg.tenure import reported_date, tenure_triples

ROOT = Path(__file__).parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev" / "articles"
QUERY = (ROOT / "queries" / "09-post-holder-on-date.rq").read_text("utf-8")
XSD_NS = "http://www.w3.org/2001/XMLSchema#"
DATE, YEAR_MONTH, YEAR = (URIRef(XSD_NS + name) for name in ("date", "gYearMonth", "gYear"))
GUANGXI_SECRETARY = (f"{BKR}org/guangxi/party-committee", f"{BKR}role/SECRETARY")


@pytest.fixture(scope="module")
def resources():
    return load_resources()


def _mention() -> Mention:
    return Mention("d1", 0, 1, "x", "en")


def _event(date: str) -> Event:
    return Event(f"{BKR}event/{date}", "Meeting", _mention(), date=date)


def test_reported_on_the_publication_date():
    doc = Document("d1", "x", "en", "d1.txt", date="2023-04-04")
    assert reported_date(Extraction(doc, events=(_event("2023-04-03"),))) == "2023-04-04"


def test_without_a_publication_date_reported_on_the_latest_day_told():
    doc = Document("d1", "x", "en", "d1.txt")
    events = (_event("2025"), _event("2025-02-20"), _event("2024-12-01"))
    assert reported_date(Extraction(doc, events=events)) == "2025-02-20"
    assert reported_date(Extraction(doc, events=(_event("2024"),))) == "2024"
    assert reported_date(Extraction(doc)) is None


def test_a_membership_takes_the_term_of_office_the_lexicon_knows(resources):
    doc = Document("d1", "x", "sv", "d1.txt", date="2023-04-04")
    body, role = GUANGXI_SECRETARY
    known = Membership(f"{BKR}membership/1", f"{BKR}person/liu-ning", body, "SECRETARY", _mention())
    other = Membership(f"{BKR}membership/2", f"{BKR}person/liu-ning", body, "MEMBER", _mention())
    triples = tenure_triples(Extraction(doc, memberships=(known, other)), resources)
    node = URIRef(known.iri)
    assert (node, BK.reportedOn, Literal("2023-04-04", datatype=DATE)) in triples
    assert (node, BK.validFrom, Literal("2021-10", datatype=YEAR_MONTH)) in triples
    assert (node, BK.validUntil, Literal("2024-12", datatype=YEAR_MONTH)) in triples
    assert not [t for t in triples if t[0] == URIRef(other.iri) and t[1] in (BK.validFrom, BK.validUntil)]


def test_terms_of_office_are_well_formed(resources):
    lex = resources.lexicon
    terms = set(lex.subjects(RDF.type, BK.TermOfOffice))
    assert terms
    for term in terms:
        person = lex.value(term, ORG.member)
        assert (person, RDF.type, BK.Person) in lex, f"{term}: member {person} is not a lexicon person"
        assert (lex.value(term, ORG.role), None, None) in resources.ontology, f"{term}: unknown role"
        start, end = lex.value(term, BK.validFrom), lex.value(term, BK.validUntil)
        assert start is not None, f"{term}: no bk:validFrom"
        for value in (start, end):
            assert value is None or value.datatype in (DATE, YEAR_MONTH, YEAR), term
        assert end is None or str(start) <= str(end), term


def _union(paths: list[Path], resources) -> Graph:
    union = Graph()
    for s, p, o, _ in assemble(extract(ingest(paths), resources=resources), resources=resources).quads():
        union.add((s, p, o))
    return union


def _holders(store: ox.Store, body: str, role: str, day: str) -> set[str]:
    values = re.search(r"VALUES \(\?body \?role \?day\) \{[^}]*\}", QUERY)
    assert values is not None
    text = QUERY.replace(values.group(), f'VALUES (?body ?role ?day) {{ (<{body}> <{role}> "{day}") }}')
    return {str(row["person"].value) for row in store.query(text)}


@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/eval/dev not beside the checkout")
def test_every_membership_has_a_date_and_the_query_names_who_held_the_post(resources):
    union = _union([ROOT / "seeds", DEV], resources)
    memberships = set(union.subjects(RDF.type, ORG.Membership))
    assert memberships
    assert all(union.value(m, BK.reportedOn) is not None for m in memberships)
    store = ox.Store()
    store.load(union.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    assert _holders(store, *GUANGXI_SECRETARY, "2023-04-03") == {f"{BKR}person/liu-ning"}
    assert _holders(store, *GUANGXI_SECRETARY, "2025-02-20") == {f"{BKR}person/chen-gang"}


def test_without_a_term_the_last_holder_reported_holds_the_post(resources):
    g = Graph()
    body, role = f"{BKR}org/x/party-committee", f"{BKR}role/SECRETARY"
    for n, (person, day) in enumerate([("a", "2020-01-08"), ("b", "2022-05-01")]):
        m = URIRef(f"{BKR}membership/{n}")
        g.add((m, ORG.organization, URIRef(body)))
        g.add((m, ORG.role, URIRef(role)))
        g.add((m, ORG.member, URIRef(f"{BKR}person/{person}")))
        g.add((m, BK.reportedOn, Literal(day, datatype=DATE)))
    store = ox.Store()
    store.load(g.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    assert _holders(store, body, role, "2019-01-01") == set()
    assert _holders(store, body, role, "2021-01-01") == {f"{BKR}person/a"}
    assert _holders(store, body, role, "2023-01-01") == {f"{BKR}person/b"}
