"""Labels of events, posts, figures and bodies (borderkg.labels, ontology/labels/)."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import ORG, SKOS

from borderkg.assemble import assemble
from borderkg.extract import extract
from borderkg.ingest import ingest
from borderkg.labels import LabelWriter, Names, fill
from borderkg.model import Document, Event, Extraction, Mention, Observation
from borderkg.namespaces import BK, BKR
from borderkg.resources import load_resources

ROOT = Path(__file__).parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev" / "articles"
BODIES = {BK[c] for c in ("Organization", "PartyCommittee", "PeoplesCommittee", "Department", "Company", "NGO",
                          "InternationalOrganization")}
EVENTS = {BK[c] for c in ("Event", "Meeting", "Conference", "Signing", "Visit", "Exchange", "Exhibition")}


@pytest.fixture(scope="module")
def resources():
    return load_resources()


def _built(paths: list[Path], resources) -> Graph:
    """The union of a build's named graphs."""
    union = Graph()
    for s, p, o, _ in assemble(extract(ingest(paths), resources=resources), resources=resources).quads():
        union.add((s, p, o))
    return union


def test_fill_leaves_out_a_bracketed_part_whose_field_is_unknown():
    template = "[{ordinal} ]{kind} of the {mechanism}[, {place}][, {date}]"
    assert fill(template, {"kind": "conference", "mechanism": "JWC", "date": "2024", "ordinal": None}) \
        == "conference of the JWC, 2024"
    assert fill(template, {"kind": "conference", "mechanism": None}) is None


def test_fill_keeps_braces_in_names():
    assert fill("{kind}[, {place}]", {"kind": "a", "place": "{b}"}) == "a, {b}"


def _doc(lang: str = "en") -> Document:
    return Document("d1", "x" * 40, lang, "d1.txt", date="2024-03-01")


def _event(**kw) -> Event:
    return Event(f"{BKR}event/1", kw.pop("cls", "Conference"), Mention("d1", 0, 1, "x", "en"), **kw)


def test_event_label_names_ordinal_mechanism_place_and_date(resources):
    ev = _event(date="2024-02-28", mechanism=f"{BKR}mechanism/joint-working-committee", ordinal=15,
                locations=(f"{BKR}place/beihai",), participants=(f"{BKR}place/quang-ninh",))
    ex = Extraction(_doc(), events=(ev,))
    writer = LabelWriter(resources.label_templates["en"], "en", Names(ex, resources))
    assert writer.event(ev) == "15th conference of the Joint Working Committee of the four Vietnamese border provinces and Guangxi, Beihai, 28 February 2024"
    zh = LabelWriter(resources.label_templates["zh"], "zh", Names(ex, resources))
    assert zh.event(ev) == "越南边境四省与广西联合工作委员会第15次会议，北海市，2024年2月28日"


def test_event_of_places_without_a_mechanism(resources):
    ev = _event(cls="Meeting", date="2023-04-03", participants=(f"{BKR}place/lang-son", f"{BKR}place/chongzuo"))
    ex = Extraction(_doc(), events=(ev,))
    writer = LabelWriter(resources.label_templates["en"], "en", Names(ex, resources))
    assert writer.event(ev) == "Meeting of Chongzuo and Lang Son, 3 April 2023"


@pytest.mark.parametrize("ordinal, expected", [(1, "1st"), (2, "2nd"), (11, "11th"), (22, "22nd"), (113, "113th")])
def test_english_ordinals(resources, ordinal, expected):
    writer = LabelWriter(resources.label_templates["en"], "en", Names(Extraction(_doc()), resources))
    assert writer.ordinal(ordinal) == expected


def test_observation_label_scales_large_amounts(resources):
    ob = Observation(f"{BKR}observation/1", Decimal("4420000000"), "USD", Mention("d1", 0, 1, "x", "en"),
                     subject=f"{BKR}place/quang-ninh", period="2024")
    ex = Extraction(_doc(), observations=(ob,))
    en = LabelWriter(resources.label_templates["en"], "en", Names(ex, resources))
    assert en.observation(ob) == "4.42 billion USD — Quang Ninh, 2024"
    fr = LabelWriter(resources.label_templates["fr"], "fr", Names(ex, resources))
    assert fr.observation(ob) == "4,42 milliards USD — Quang Ninh, 2024"


def test_every_language_has_templates_with_the_same_keys(resources):
    assert set(resources.label_templates) == set(resources.languages)
    keys = set(resources.label_templates["en"]) - {"units", "ordinal_endings", "year", "scale_separator"}
    for lang, template in resources.label_templates.items():
        assert keys <= set(template), f"ontology/labels/{lang}.toml lacks {sorted(keys - set(template))}"
        assert len(template["months"]) == 12, lang


def _readable_nodes_without_english_label(ds: Graph) -> list[str]:
    missing = []
    for s, _, cls in ds.triples((None, RDF.type, None)):
        if cls in EVENTS | BODIES or cls in (ORG.Membership, BK.Observation):
            labels = [o for o in ds.objects(s, RDFS.label) if getattr(o, "language", None) == "en"]
            labels += [o for o in ds.objects(s, SKOS.prefLabel) if getattr(o, "language", None) == "en"]
            if not labels:
                missing.append(f"{s} ({cls})")
    return missing


def test_every_event_post_figure_and_body_of_the_seeds_has_an_english_label(resources):
    ds = _built([ROOT / "seeds"], resources)
    assert len(set(ds.subjects(RDF.type, ORG.Membership))) > 5
    assert not _readable_nodes_without_english_label(ds)


@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/eval/dev not beside the checkout")
def test_every_event_post_figure_and_body_of_the_dev_set_has_an_english_label(resources):
    ds = _built([DEV], resources)
    assert not _readable_nodes_without_english_label(ds)


def test_labels_are_also_in_the_document_language(resources):
    ds = _built([ROOT / "seeds"], resources)
    events = {s for s, _, c in ds.triples((None, RDF.type, None)) if c in EVENTS}
    langs = {o.language for e in events for o in ds.objects(e, RDFS.label)}
    assert {"en", "ar", "fr", "sv"} <= langs, langs


def test_body_without_english_name_gets_one_from_its_head(resources):
    ds = _built([ROOT / "seeds"], resources)
    board = URIRef(f"{BKR}org/lang-son/management-board-dong-dang-lang-son")
    english = {str(o) for o in ds.objects(board, RDFS.label) if o.language == "en"}
    assert english == {"Management Board of Dong Dang, Lang Son"}


def test_observation_label_of_an_amount_beyond_the_decimal_precision(resources):
    """A figure read as 10^40 (a typo in the article) still gets its label."""
    ob = Observation(f"{BKR}observation/1", Decimal("1E+40"), "USD", Mention("d1", 0, 1, "x", "en"),
                     subject=f"{BKR}place/quang-ninh", period="2024")
    en = LabelWriter(resources.label_templates["en"], "en", Names(Extraction(_doc(), observations=(ob,)), resources))
    assert en.observation(ob) == "10,000,000,000,000,000,000,000,000,000,000 billion USD — Quang Ninh, 2024"


def test_a_name_shared_by_a_place_and_another_entry_is_the_place(resources):
    """A minted body's IRI names its places ("management-board-lao-cai"); the gate of the same name
    is not one, whatever order the lexicon was read in."""
    assert list(resources.entries) == sorted(resources.entries)  # read in one order, whatever the hash seed
    shared: dict[str, list[str]] = {}
    for iri, entry in resources.entries.items():
        shared.setdefault(iri.rsplit("/", 1)[-1], []).append(entry.cls)
    both = [name for name, kinds in shared.items() if "BorderGate" in kinds and len(kinds) > 1]
    assert "lao-cai" in both and "mong-cai" in both
    for name in both:
        assert resources.entries[resources.by_local_name[name]].cls != "BorderGate", name


def test_a_body_named_for_a_place_is_labelled_by_that_place(resources):
    text = "Ban Quản lý Khu kinh tế tỉnh Lào Cai đã làm việc với đoàn công tác của châu Hồng Hà."
    doc = Document("board", text, "vi", "board.txt", date="2024-05-02")
    ex = next(extract([doc], resources=resources))
    boards = [e for e in ex.entities if e.iri.endswith("/management-board-lao-cai")]
    assert boards
    assert Names(ex, resources).get(boards[0].iri, "en") == "Management Board of Lao Cai province (before 2025)"
