"""Why people are, or are not, one node across documents and scripts: the identity decisions in the graph.

Short articles in Arabic, Vietnamese, French and English (written for these tests) name the
chair of Cao Bang's People's Committee. Arabic writes ترونغ for Trung, Trọng and Trường alike:
another document's post settles the reading (bk:SettledReading, with the post and the document
that decided), or nothing does, or two documents support two readings (bk:UndecidedReading,
with skos:closeMatch to the candidates). Two holders of different exclusive posts in one body
are kept apart (bk:KeptApart). Every build of them conforms to the shapes.
"""
from __future__ import annotations

from dataclasses import replace

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

import borderkg
from borderkg.model import Document

BK = "https://w3id.org/borderkg/ontology#"
BKR = "https://w3id.org/borderkg/id/"
TRONG, TRUNG = BKR + "person/x-nguyen-trong-thao", BKR + "person/x-nguyen-trung-thao"
CHAIR_BODY = BKR + "org/cao-bang/peoples-committee"

ARABIC = ("كاو بانغ - في 5 مايو 2026، استقبل السيد نغوين ترونغ تاو، رئيس اللجنة الشعبية لمقاطعة كاو بانغ، "
          "وفدا من مدينة بايسه الصينية.\n")
VIETNAMESE = ("Cao Bằng - Ngày 5/5/2026, ông Nguyễn Trọng Thảo, Chủ tịch UBND tỉnh Cao Bằng, đã tiếp đoàn công tác "
              "thành phố Bách Sắc, Trung Quốc.\n")
FRENCH = ("Cao Bang - Le 5 mai 2026, M. Nguyen Trung Thao, président du Comité populaire de la province de "
          "Cao Bang, a reçu une délégation de la ville de Baise (Chine).\n")
ENGLISH = ("Cao Bang (VNA) - On May 5, 2026, Nguyen Van Tuan, Secretary of the Cao Bang Provincial Party Committee, "
           "and Nguyễn Văn Tuân, Chairman of the Cao Bang Provincial Party Committee, received a delegation from "
           "Baise.\n")


def _build(*docs: tuple[str, str, str]) -> Dataset:
    ds = borderkg.build_graph(documents=[Document(i, text, lang, f"{i}.txt", date="2026-05-05")
                                         for i, text, lang in docs])
    report = borderkg.validate_graph(ds)
    assert report.conforms, report.text
    return ds


def _decisions(ds: Dataset, doc: str) -> dict[URIRef, dict[str, set]]:
    """Each identity decision of a document's graph: its properties' values by local name."""
    g = ds.graph(URIRef(BKR + f"doc/{doc}"))
    out: dict[URIRef, dict[str, set]] = {}
    for node in set(g.subjects(URIRef(BK + "aboutPerson"), None)):
        values: dict[str, set] = {}
        for p, o in g.predicate_objects(node):
            values.setdefault(str(p).rsplit("#", 1)[-1], set()).add(o)
        out[node] = values  # type: ignore[index]
    return out


def _memberships(ds: Dataset, doc: str, person: str) -> set[URIRef]:
    g = ds.graph(URIRef(BKR + f"doc/{doc}"))
    return set(g.subjects(URIRef("http://www.w3.org/ns/org#member"), URIRef(person)))


def test_a_post_told_in_another_document_settles_the_reading_and_says_so() -> None:
    ds = _build(("ar", ARABIC, "ar"), ("vi", VIETNAMESE, "vi"))
    [(node, d)] = _decisions(ds, "ar").items()
    assert d["type"] == {URIRef(BK + "SettledReading")}
    assert d["aboutPerson"] == d["settledAs"] == {URIRef(TRONG)}
    assert {URIRef(TRONG), URIRef(TRUNG)} <= d["candidate"]
    # The evidence is the Vietnamese document's post, a node of that document's graph.
    assert _memberships(ds, "vi", TRONG) & d["evidence"]
    assert d["evidenceDocument"] == {URIRef(BKR + "doc/vi")}
    assert Literal("Settled reading: نغوين ترونغ تاو → Nguyen Trong Thao", lang="en") in d["label"]
    # The mention is the Arabic name's.
    [mention] = d["nameMention"]
    assert str(ds.graph(URIRef(BKR + "doc/ar")).value(mention, URIRef(BK + "text"))) == "نغوين ترونغ تاو"
    # Settled, the person is the Vietnamese document's node and has no closeMatch left.
    assert not list(ds.graph(URIRef(BKR + "doc/ar")).objects(URIRef(TRONG), SKOS.closeMatch))


def test_a_reading_nothing_decides_stays_apart_with_close_matches_and_no_evidence() -> None:
    ds = _build(("ar", ARABIC, "ar"))
    [(node, d)] = _decisions(ds, "ar").items()
    assert d["type"] == {URIRef(BK + "UndecidedReading")}
    [person] = d["aboutPerson"]
    assert str(person) not in {TRONG, TRUNG}
    close = set(ds.graph(URIRef(BKR + "doc/ar")).objects(person, SKOS.closeMatch))
    assert close == d["candidate"] and {URIRef(TRONG), URIRef(TRUNG)} <= close
    assert "evidence" not in d and "settledAs" not in d
    assert any(str(label).startswith("Undecided reading: نغوين ترونغ تاو (") for label in d["label"])


def test_readings_supported_by_two_documents_stay_undecided_with_both_supports() -> None:
    ds = _build(("ar", ARABIC, "ar"), ("vi", VIETNAMESE, "vi"), ("fr", FRENCH, "fr"))
    [(node, d)] = _decisions(ds, "ar").items()
    assert d["type"] == {URIRef(BK + "UndecidedReading")} and "settledAs" not in d
    assert _memberships(ds, "vi", TRONG) & d["evidence"]
    assert _memberships(ds, "fr", TRUNG) & d["evidence"]
    assert d["evidenceDocument"] == {URIRef(BKR + "doc/vi"), URIRef(BKR + "doc/fr")}


def test_holders_of_two_exclusive_posts_in_one_body_are_kept_apart_with_their_posts() -> None:
    ds = _build(("en", ENGLISH, "en"))
    [(node, d)] = _decisions(ds, "en").items()
    assert d["type"] == {URIRef(BK + "KeptApart")}
    [person] = d["aboutPerson"]
    tuan = URIRef(BKR + "person/x-nguyen-van-tuan")
    assert d["candidate"] == {tuan} and person != tuan
    assert (person, SKOS.closeMatch, tuan) in ds.graph(URIRef(BKR + "doc/en"))
    g = ds.graph(URIRef(BKR + "doc/en"))
    roles = {str(g.value(m, URIRef("http://www.w3.org/ns/org#role"))).rsplit("/", 1)[-1] for m in d["evidence"]}
    assert roles == {"SECRETARY", "CHAIR"}


def test_each_decision_is_labelled_in_english_and_in_its_document_language() -> None:
    ds = _build(("ar", ARABIC, "ar"), ("vi", VIETNAMESE, "vi"))
    g = ds.graph(URIRef(BKR + "doc/ar"))
    for node in g.subjects(RDF.type, URIRef(BK + "SettledReading")):
        assert {label.language for label in g.objects(node, RDFS.label)} == {"en", "ar"}


def test_facts_minted_from_a_settled_person_are_minted_again_from_the_reading() -> None:
    """An undated agreement or an event keyed by its people (identity's fine keys) carries the
    person's IRI in its own: settled, it is the node the other documents mint from the reading."""
    from borderkg.extract.mint import mint_iri
    from borderkg.model import Entity, Event, Extraction, Mention
    from borderkg.reconcile import Candidate, Settlement, settle

    doubtful, other = BKR + "person/x-0dd", BKR + "person/x-lu-van-an"
    body = BKR + "org/lang-son/peoples-committee"
    mention = Mention("ar", 0, 3, "abc", "ar")
    agreement = mint_iri("agreement", "agreement", None, sorted([doubtful, body]))
    event = mint_iri("event", "Meeting", "2026-05-05", None, sorted([doubtful, other]))
    ex = Extraction(Document("ar", "abc", "ar", "ar.txt"),
                    entities=(Entity(doubtful, "Person", mention),
                              Entity(agreement, "Agreement", mention, links=(("party", body), ("party", doubtful)),
                                     kind="agreement")),
                    events=(Event(event, "Meeting", mention, "2026-05-05", (doubtful, other), agreement=agreement),))
    reading = Candidate(TRONG, "Nguyen Trong Thao", "vi-Latn")
    out = settle(ex, [Settlement(doubtful, reading, ((BKR + "membership/1", "vi"),), (reading,))])
    [_, settled_agreement] = out.entities
    assert settled_agreement.iri == mint_iri("agreement", "agreement", None, sorted([TRONG, body]))
    [settled_event] = out.events
    assert settled_event.iri == mint_iri("event", "Meeting", "2026-05-05", None, sorted([TRONG, other]))
    assert settled_event.agreement == settled_agreement.iri
    # An agreement keyed otherwise (by its provinces) keeps its IRI.
    kept = replace(ex, entities=(ex.entities[0], replace(ex.entities[1], iri=BKR + "agreement/by-sides")))
    assert settle(kept, [Settlement(doubtful, reading, (), (reading,))]).entities[1].iri == BKR + "agreement/by-sides"
