"""Edition numbers documents disagree on, settled across documents (`borderkg.reconcile`).

An event's IRI leaves out its edition number (one article gives it, another does not), so two
articles that number one edition differently ("the 5th", "the 11th Spring Meeting") tell one
node. It keeps the number the most documents state (as many: the smaller); a document stating
another loses it from its graph, which records the number and the documents that overrule it
(bk:OrdinalDecision). The articles are written for these tests.
"""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from rdflib import XSD, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

import borderkg
from borderkg.cli import main
from borderkg.model import Document, Event, Extraction, Mention, OrdinalDecision
from borderkg.pipeline import ValidateMode, build
from borderkg.reconcile import DocumentSummary, OrdinalSettlement, reconcile, reconciled, summarise

BK = "https://w3id.org/borderkg/ontology#"
BKR = "https://w3id.org/borderkg/id/"
EVENT = BKR + "event/x-spring-2026"
SPRING = BKR + "mechanism/spring-meeting"
DAY = "2026-02-10"

FIFTH = ("Lang Son (VNA) - On February 10, 2026, the 5th Spring Meeting between the Party Secretaries of Lang Son "
         "and Guangxi took place in Nanning. The two sides agreed to boost trade through the Huu Nghi border gate.\n")
ELEVENTH = ("Nanning (VNA) - On February 10, 2026, the 11th Spring Meeting between the Party Secretaries of Lang Son "
            "and Guangxi was held in Nanning. Both sides discussed smart border gates and tourism.\n")
ELEVENTH_AGAIN = ("Hanoi (VNA) - The 11th Spring Meeting between the Party Secretaries of Lang Son and Guangxi was "
                  "held in Nanning on February 10, 2026, with talks on cross-border logistics.\n")


# --- the stage: summarise, reconcile, settle ---------------------------------------------


def _extraction(identifier: str, *ordinals: int | None) -> Extraction:
    doc = Document(identifier, "the Spring Meeting", "en", f"{identifier}.txt", date=DAY)
    events = tuple(Event(EVENT, "Meeting", Mention(identifier, 4, 18, "Spring Meeting", "en"), DAY,
                         mechanism=SPRING, ordinal=n) for n in ordinals)
    return Extraction(doc, events=events)


def _settled(extractor, *extractions: Extraction) -> dict[str, Extraction]:  # type: ignore[no-untyped-def]
    return {ex.document.identifier: ex for ex in reconciled(extractions, extractor.people)}


def test_the_number_most_documents_state_is_kept(extractor) -> None:  # type: ignore[no-untyped-def]
    a, b, c, d = _extraction("a", 5), _extraction("b", 11), _extraction("c", 11), _extraction("d", None)
    settled = _settled(extractor, a, b, c, d)
    assert [ev.ordinal for ev in settled["a"].events] == [None]
    [decision] = settled["a"].ordinals
    assert decision == OrdinalDecision(decision.iri, EVENT, 5, 11, ("b", "c"))
    assert settled["b"] == b and settled["c"] == c, "the documents stating the kept number keep theirs"
    assert settled["d"] == d, "a document stating no number gets none written in"


def test_as_many_documents_each_the_smaller_number_is_kept(extractor) -> None:  # type: ignore[no-untyped-def]
    a, b = _extraction("a", 5), _extraction("b", 11)
    for order in ((a, b), (b, a)):
        settled = _settled(extractor, *order)
        assert settled["a"] == a
        assert [ev.ordinal for ev in settled["b"].events] == [None]
        assert [(o.stated, o.kept, o.evidence) for o in settled["b"].ordinals] == [(11, 5, ("a",))]


def test_documents_that_agree_settle_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    a, b = _extraction("a", 11), _extraction("b", 11, None)
    assert _settled(extractor, a, b) == {"a": a, "b": b}


def test_reconcile_decides_from_the_summaries_alone() -> None:
    summaries = [DocumentSummary(i, DAY, ordinals=((EVENT, n),)) for i, n in (("a", 5), ("b", 11), ("c", 11))]
    assert reconcile(summaries) == {"a": (OrdinalSettlement(EVENT, 11, ("b", "c")),)}


def test_summary_keeps_the_numbers_and_the_document_through_its_file(extractor) -> None:  # type: ignore[no-untyped-def]
    summary = summarise(_extraction("a", 5, None), extractor.people)
    assert summary.ordinals == ((EVENT, 5),)
    assert summary.document is not None and summary.document.text == ""  # to extract it again if it loses
    assert DocumentSummary.from_json(summary.to_json()) == summary


# --- builds: in memory, from the command line, incremental ---------------------------------


def _corpus(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(exist_ok=True)
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.meta.json").write_text('{"language": "en", "date": "2026-02-11"}', encoding="utf-8")
    return folder


def _trig(path: Path) -> Dataset:
    ds = Dataset()
    ds.parse(path, format="trig")
    return ds


def _spring_meeting(ds: Dataset) -> URIRef:
    """The one event the articles tell (each document's graph has it)."""
    [event] = {s for g in ds.graphs() if str(g.identifier).startswith(BKR + "doc/")
               for s in g.subjects(URIRef(BK + "mechanism"), URIRef(SPRING))}
    return event


def _ordinals(ds: Dataset, event: URIRef) -> dict[str, set[int]]:
    """The edition numbers of the event in each document's graph."""
    return {str(g.identifier).rsplit("/", 1)[-1]: {o.toPython() for o in g.objects(event, URIRef(BK + "ordinal"))}
            for g in ds.graphs() if str(g.identifier).startswith(BKR + "doc/")}


def _decisions(ds: Dataset, doc: str) -> list[dict[str, set]]:
    g = ds.graph(URIRef(BKR + f"doc/{doc}"))
    out = []
    for node in g.subjects(RDF.type, URIRef(BK + "OrdinalDecision")):
        values: dict[str, set] = {}
        for p, o in g.predicate_objects(node):
            values.setdefault(str(p).rsplit("#", 1)[-1], set()).add(o)
        out.append(values)
    return out


def test_a_build_of_articles_that_number_one_edition_differently_conforms(tmp_path: Path) -> None:
    src = _corpus(tmp_path / "in", {"fifth": FIFTH, "eleventh": ELEVENTH, "eleventh-again": ELEVENTH_AGAIN})
    result = CliRunner().invoke(main, ["build", str(src), "--out", str(tmp_path / "out"), "--validate", "full"])
    assert result.exit_code == 0, result.output
    ds = _trig(tmp_path / "out" / "graph.trig")
    event = _spring_meeting(ds)
    merged = Graph()
    for s, p, o, _ in ds.quads((event, URIRef(BK + "ordinal"), None, None)):
        merged.add((s, p, o))
    assert set(merged.objects(event, URIRef(BK + "ordinal"))) == {Literal(11, datatype=XSD.integer)}
    assert _ordinals(ds, event) == {"fifth": set(), "eleventh": {11}, "eleventh-again": {11}}
    [decision] = _decisions(ds, "fifth")
    assert decision["aboutEvent"] == {event}
    assert decision["statedOrdinal"] == {Literal(5, datatype=XSD.integer)}
    assert decision["settledOrdinal"] == {Literal(11, datatype=XSD.integer)}
    assert decision["evidenceDocument"] == {URIRef(BKR + "doc/eleventh"), URIRef(BKR + "doc/eleventh-again")}
    assert {str(label) for label in decision["label"]} == {
        "Edition number decision: 5th → 11th (Spring Meeting, 10 February 2026)"}
    # The in-memory build settles alike.
    memory = borderkg.build_graph([src])
    assert borderkg.validate_graph(memory).conforms
    for name in ("fifth", "eleventh", "eleventh-again"):
        graph = URIRef(BKR + f"doc/{name}")
        written = {t for t in ds.graph(graph) if "ourceRecord" not in str(t[1]) + str(t[2])}
        assert isomorphic(_graph(written), _graph(memory.graph(graph))), name


def _graph(triples) -> Graph:  # type: ignore[no-untyped-def]
    g = Graph()
    for t in triples:
        g.add(t)
    return g


def test_a_later_document_that_contests_an_earlier_number_settles_it_again(tmp_path: Path) -> None:
    src, out = _corpus(tmp_path / "in", {"fifth": FIFTH, "eleventh": ELEVENTH}), tmp_path / "out"
    build([src], out=out, jobs=1, validate_mode=ValidateMode.NONE)
    ds = _trig(out / "graph.trig")
    event = _spring_meeting(ds)
    assert _ordinals(ds, event) == {"fifth": {5}, "eleventh": set()}  # one each: the smaller is kept
    # A third article numbers it the 11th: the earlier two are reused, the 5th now loses.
    _corpus(src, {"eleventh-again": ELEVENTH_AGAIN})
    summary, _ = build([src], out=out, jobs=1, validate_mode=ValidateMode.NONE)
    assert (summary.extracted, summary.reused) == (1, 2)
    ds = _trig(out / "graph.trig")
    assert _ordinals(ds, event) == {"fifth": set(), "eleventh": {11}, "eleventh-again": {11}}
    assert not _decisions(ds, "eleventh") and len(_decisions(ds, "fifth")) == 1
    build([src], out=tmp_path / "clean", jobs=1, validate_mode=ValidateMode.NONE)
    clean = _trig(tmp_path / "clean" / "graph.trig")
    for g in clean.graphs():
        assert isomorphic(g, ds.graph(g.identifier)), g.identifier
    # Without it, the earlier decision holds again.
    (src / "eleventh-again.txt").unlink()
    build([src], out=out, jobs=1, validate_mode=ValidateMode.NONE)
    assert _ordinals(_trig(out / "graph.trig"), event) == {"fifth": {5}, "eleventh": set()}
