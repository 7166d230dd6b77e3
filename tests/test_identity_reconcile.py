"""People one document cannot name for sure, settled across documents (`borderkg.reconcile`)."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, URIRef
from rdflib.namespace import RDFS, SKOS

import borderkg
from borderkg.model import Document
from borderkg.pipeline import build
from borderkg.reconcile import Candidate, DocumentSummary, Told, reconcile

BKR = "https://w3id.org/borderkg/id/"
LU, LUO = BKR + "person/x-lu-xinshe", BKR + "person/x-luo-xinshe"
GUANGXI_PARTY = BKR + "org/guangxi/party-committee"
# لو شين شه reads as Lu Xinshe or Luo Xinshe alike: Arabic writes no short vowels.
ARABIC = ("كاو بانغ (وكالة الأنباء الفيتنامية) - في 12 مارس 2026، استقبل السيد لو شين شه، أمين لجنة الحزب "
          "في منطقة قوانغشي ذاتية الحكم لقومية تشوانغ، وفدا من مقاطعة كاو بانغ.\n")
FRENCH = ("Cao Bang (VNA) - Le 12 mars 2026, le secrétaire du Comité du Parti de la région autonome Zhuang du "
          "Guangxi, Lu Xinshe, a reçu une délégation de la province de Cao Bang.\n")
FRENCH_LUO = FRENCH.replace("Lu Xinshe", "Luo Xinshe")


def _doc(identifier: str, text: str, lang: str, date: str = "2026-03-13") -> Document:
    return Document(identifier, text, lang, f"{identifier}.txt", date=date)


def _people(graph) -> set[str]:
    return {str(s) for s in graph.subjects(None, URIRef("https://w3id.org/borderkg/ontology#Person"))}


def _arabic_person(ds: Dataset) -> URIRef:
    [person] = {s for s, o in ds.graph(URIRef(BKR + "doc/ar")).subject_objects(RDFS.label) if str(o) == "لو شين شه"}
    return person


def test_another_document_holding_the_same_post_settles_the_reading() -> None:
    ds = borderkg.build_graph(documents=[_doc("ar", ARABIC, "ar"), _doc("fr", FRENCH, "fr")])
    arabic = ds.graph(URIRef(BKR + "doc/ar"))
    person = _arabic_person(ds)
    assert str(person) == LU
    assert not list(arabic.objects(person, SKOS.closeMatch))
    latin = {str(o) for o in arabic.objects(person, RDFS.label) if o.language == "zh-Latn-pinyin"}
    assert latin == {"Lu Xinshe"}
    # Its post is the French document's node too.
    members = {str(m) for m in arabic.subjects(URIRef("http://www.w3.org/ns/org#member"), person)}
    french = {str(m) for m in ds.graph(URIRef(BKR + "doc/fr")).subjects(URIRef("http://www.w3.org/ns/org#member"),
                                                                       URIRef(LU))}
    assert members == french and members


def test_the_other_reading_is_settled_as_well() -> None:
    ds = borderkg.build_graph(documents=[_doc("ar", ARABIC, "ar"), _doc("fr", FRENCH_LUO, "fr")])
    assert str(_arabic_person(ds)) == LUO


@pytest.mark.parametrize("others", [
    [],  # nothing decides
    [("fr", FRENCH), ("fr2", FRENCH_LUO)],  # both readings hold the post: nothing decides either
])
def test_undecided_reading_keeps_its_own_node_and_close_matches(others) -> None:
    docs = [_doc("ar", ARABIC, "ar")] + [_doc(i, text, "fr") for i, text in others]
    ds = borderkg.build_graph(documents=docs)
    person = _arabic_person(ds)
    assert str(person) not in {LU, LUO}
    assert {str(o) for o in ds.graph(URIRef(BKR + "doc/ar")).objects(person, SKOS.closeMatch)} == {LU, LUO}


def test_a_post_years_apart_settles_nothing() -> None:
    ds = borderkg.build_graph(documents=[_doc("ar", ARABIC, "ar"), _doc("fr", FRENCH, "fr", date="2021-03-13")])
    assert str(_arabic_person(ds)) not in {LU, LUO}


def _told(iri: str, posts=(), events=(), candidates=()) -> Told:
    return Told(iri, tuple(posts), tuple(events), tuple(Candidate(c, c.rsplit("-", 1)[-1], "vi-Latn")
                                                        for c in candidates))


def test_a_shared_event_settles_unless_the_two_hold_different_exclusive_posts_in_one_body() -> None:
    thao = [BKR + "person/x-nguyen-trong-thao", BKR + "person/x-nguyen-trung-thao"]
    body = BKR + "org/cao-bang/party-committee"
    doubtful = DocumentSummary("ar", "2026-03-12", (_told(BKR + "person/x-0", [(body, "CHAIR")], ["event/1"], thao),))
    settled_by_event = DocumentSummary("fr", "2026-03-13", (_told(thao[1], [], ["event/1"]),))
    [settlement] = reconcile([doubtful, settled_by_event])["ar"]
    assert settlement.reading is not None and settlement.reading.iri == thao[1]
    assert settlement.evidence == (("event/1", "fr"),)
    # The French Nguyen Trung Thao is the body's secretary, the Arabic one its chair: two people.
    secretary = DocumentSummary("fr", "2026-03-13", (_told(thao[1], [(body, "SECRETARY")], ["event/1"]),))
    assert reconcile([doubtful, secretary]) == {}
    # A vice chair (no exclusive post) may be the same person.
    vice = DocumentSummary("fr", "2026-03-13", (_told(thao[1], [(body, "VICE_CHAIR")], ["event/1"]),))
    [settlement] = reconcile([doubtful, vice])["ar"]
    assert settlement.reading is not None and settlement.reading.iri == thao[1]


def test_a_person_in_doubt_settles_no_other() -> None:
    lu = [LU, LUO]
    a = DocumentSummary("a", "2026-03-12", (_told(BKR + "person/x-1", [(GUANGXI_PARTY, "SECRETARY")], [], lu),))
    b = DocumentSummary("b", "2026-03-12", (_told(LU, [(GUANGXI_PARTY, "SECRETARY")], [], lu),))
    assert reconcile([a, b]) == {}


def test_summary_survives_its_file() -> None:
    people = DocumentSummary("ar", "2026-03-12", (_told(BKR + "person/x-1", [(GUANGXI_PARTY, "SECRETARY")], ["e"],
                                                        [LU, LUO]),), _doc("ar", "", "ar"))
    assert DocumentSummary.from_json(people.to_json()) == people


def _trig(out: Path) -> Dataset:
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    return ds


def test_a_build_settles_across_documents_and_again_when_they_change(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for name, text, lang in (("ar", ARABIC, "ar"), ("fr", FRENCH, "fr")):
        (src / f"{name}.txt").write_text(text, encoding="utf-8")
        (src / f"{name}.meta.json").write_text(f'{{"language": "{lang}", "date": "2026-03-13"}}', encoding="utf-8")
    build([src], out=out, jobs=1)
    ds = _trig(out)
    assert str(_arabic_person(ds)) == LU
    memory = borderkg.build_graph([src])
    for name in ("ar", "fr"):
        assert set(ds.graph(URIRef(BKR + f"doc/{name}"))) - _origins(ds) == set(memory.graph(URIRef(BKR + f"doc/{name}")))
    # Unchanged, the Arabic document is reused and still settled; without the French one it is not.
    summary, _ = build([src], out=out, jobs=1)
    assert summary.reused == 2 and str(_arabic_person(_trig(out))) == LU
    (src / "fr.txt").unlink()
    build([src], out=out, jobs=1)
    assert str(_arabic_person(_trig(out))) not in {LU, LUO}


def _origins(ds: Dataset) -> set:
    return {t for t in ds.triples((None, None, None)) if "sourceRecord" in str(t[1]) or "SourceRecord" in str(t[2])}
