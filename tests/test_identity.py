"""People the lexicon does not know: one node per person and per event across scripts and languages."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from borderkg.assemble import document_triples
from borderkg.errors import ResourceError
from borderkg.extract import extract
from borderkg.extract.identity import People
from borderkg.extract.names import NameReader, NameTables, toned_key, toneless
from borderkg.ingest import ingest
from borderkg.model import Extraction
from borderkg.resources import load_resources
from cases import read

BKR = "https://w3id.org/borderkg/id/"
DATA = Path(__file__).parent / "data"
EVENT_CLASSES = {"Event", "Meeting", "Conference", "Signing", "Visit", "Exchange", "Exhibition"}


@pytest.fixture(scope="module")
def resources():
    return load_resources()


@pytest.fixture(scope="module")
def people(resources) -> People:
    return People(resources.root / "ontology" / "names", resources.entries)


@pytest.fixture(scope="module")
def reception(resources) -> list[Extraction]:
    return list(extract(ingest([DATA / "identity"]), resources=resources))


def _people(ex: Extraction) -> set[str]:
    return {e.iri for e in ex.entities if e.cls == "Person" and not e.known}


def test_same_reception_in_five_languages_is_one_node_per_person_and_one_event(reception) -> None:
    assert sorted(ex.document.lang for ex in reception) == ["ar", "fr", "sv", "vi", "zh"]
    everyone = set().union(*(_people(ex) for ex in reception))
    assert everyone == {BKR + "person/x-nguyen-van-tuan", BKR + "person/x-zhang-wei"}
    for ex in reception:
        assert _people(ex) == everyone, ex.document.identifier
    # The reception is a Meeting and the received delegation's Visit: one node of each kind.
    events = {ev.iri for ex in reception for ev in ex.events if ev.cls in EVENT_CLASSES}
    kinds = {ev.cls for ex in reception for ev in ex.events if ev.cls in EVENT_CLASSES}
    assert "Meeting" in kinds and len(events) == len(kinds)
    assert all({ev.iri for ev in ex.events} == events for ex in reception)


def test_every_person_gets_a_latin_label(reception) -> None:
    for ex in reception:
        for e in ex.entities:
            if e.cls == "Person":
                tags = {tag for _, tag in e.labels}
                assert tags & {"vi-Latn", "zh-Latn-pinyin"}, (ex.document.identifier, e.mention.text)
    labels = {(text, tag) for ex in reception for e in ex.entities if e.cls == "Person" for text, tag in e.labels}
    assert ("Zhang Wei", "zh-Latn-pinyin") in labels and ("Nguyen Van Tuan", "vi-Latn") in labels


def test_short_reference_joins_the_full_name(reception) -> None:
    [vi] = [ex for ex in reception if ex.document.lang == "vi"]
    short = [e for e in vi.entities if e.mention.text == "Tuấn"]
    assert short and all(e.iri == BKR + "person/x-nguyen-van-tuan" for e in short)


@pytest.mark.parametrize("lang, text", [
    ("en", "Quan Minh Cuong, Secretary of the Cao Bang Provincial Party Committee, held talks in Nanning with Chen Gang, "
           "Secretary of the Guangxi Party Committee. On February 20, Cuong and Chen had met for the first time."),
    ("es", "El secretario del Comité provincial del Partido de Cao Bang, Quan Minh Cuong, sostuvo conversaciones con "
           "Chen Gang, secretario del Comité del Partido de Guangxi. El 20 de febrero, Cuong y Chen se habían reunido."),
])
def test_a_surname_alone_is_the_full_name_the_lexicon_knows(extractor, lang, text) -> None:
    """"Cuong and Chen": Chen is Chen Gang, named in full before, though the lexicon (not the names reader) knows him."""
    ex = read(extractor, text, lang, date="2025-07-18")
    assert {e.iri for e in ex.entities if e.mention.text == "Chen"} == {BKR + "person/chen-gang"}
    met = next(e for e in ex.events if e.date == "2025-02-20")
    assert BKR + "person/chen-gang" in met.participants


def _pairs() -> list[list[str]]:
    lines = (DATA / "names" / "pairs.tsv").read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def test_pair_table_merge_precision_and_recall(people: People) -> None:
    rows = _pairs()
    assert sum(r[6] == "1" for r in rows) >= 40 and sum(r[6] == "0" for r in rows) >= 40

    def iri(name: str, lang: str, origin: str) -> str:
        decision = people.reader.read(name, lang, None if origin == "-" else origin)
        return people.iri(decision) if decision is not None else "unread:" + name

    merged = [(r[6] == "1", iri(*r[0:3]) == iri(*r[3:6])) for r in rows]
    tp = sum(same and m for same, m in merged)
    fp = sum(not same and m for same, m in merged)
    fn = sum(same and not m for same, m in merged)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(f"merge precision {precision:.3f}, recall {recall:.3f} over {len(rows)} pairs")
    assert precision >= 0.98 and recall >= 0.90


@pytest.mark.parametrize("name, lang, origin, key", [
    ("阮文俊", "zh", "vi", "nguyen-van-tuan"),
    ("阮成生", "zh", None, "nguyen-thanh-sinh"),
    ("Trương Vĩ", "vi", "zh", "zhang-wei"),
    ("Trần Cương", "vi", "zh", "chen-gang"),
    ("单霁翔", "zh", None, "shan-jixiang"),
    ("Zhang Xin-she", "en", None, "zhang-xinshe"),
    ("Hâu A Lênh", "fr", None, "hau-a-lenh"),
    ("نغوين فان تويين", "ar", None, "nguyen-van-tuyen"),
    # A Vietnamese name in characters: 氏 makes it Vietnamese; 柏 (bách, no name's syllable) was
    # chosen for its sound, bó as 伯 Bá; a surname is read as written (覃 Đàm, not a sound-alike).
    ("黄氏清娥", "zh", None, "hoang-thi-thanh-nga"),
    ("黄柏南", "zh", "vi", "hoang-ba-nam"),
    ("覃氏霞", "zh", None, "dam-thi-ha"),
    ("胡进勇", "zh", "vi", "ho-tien-dung"),
])
def test_names_read_into_one_key(people: People, name: str, lang: str, origin: str | None, key: str) -> None:
    decision = people.reader.read(name, lang, origin)
    assert decision is not None and decision.decided and decision.reading.key == key


def test_undecided_arabic_reading_keeps_its_own_node_with_close_matches(resources, tmp_path: Path) -> None:
    # ترونغ is Trung, Trọng and Trường alike; as a middle name Trung and Trọng are as usual.
    text = "استقبل السيد نغوين ترونغ تاو، رئيس اللجنة الشعبية لمقاطعة كاو بانغ، الوفد.\n"
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"language": "ar", "date": "2026-03-13"}))
    [ex] = list(extract(ingest([path]), resources=resources))
    [person] = [e for e in ex.entities if e.cls == "Person"]
    close = {obj for prop, obj in person.links if prop == "skos:closeMatch"}
    assert BKR + "person/x-nguyen-trung-thao" in close and BKR + "person/x-nguyen-trong-thao" in close
    assert person.iri not in close
    triples = document_triples(ex)
    assert any(str(p).endswith("core#closeMatch") for _, p, _ in triples)


def test_different_exclusive_posts_in_one_body_keep_two_people_apart(resources, tmp_path: Path) -> None:
    text = ("Cao Bang (VNA) - On March 12, 2026, Nguyen Van Tuan, Secretary of the Cao Bang Provincial Party "
            "Committee, and Nguyễn Văn Tuân, Chairman of the Cao Bang Provincial Party Committee, received "
            "Zhang Wei, Mayor of Baise.\n")
    path = tmp_path / "e.txt"
    path.write_text(text, encoding="utf-8")
    (tmp_path / "e.meta.json").write_text(json.dumps({"language": "en", "date": "2026-03-13"}))
    [ex] = list(extract(ingest([path]), resources=resources))
    holders = {(m.role, m.person) for m in ex.memberships if m.organization.endswith("/party-committee")}
    assert {role for role, _ in holders} == {"SECRETARY", "CHAIR"}
    assert len({person for _, person in holders}) == 2
    [second] = [e for e in ex.entities if e.mention.text == "Nguyễn Văn Tuân"]
    assert ("skos:closeMatch", BKR + "person/x-nguyen-van-tuan") in second.links


def test_words_that_are_no_name_are_not_people(resources, tmp_path: Path) -> None:
    text = "越通社老街——11月19日，老街省领导主持了与云南省代表团的外事会见。\n"
    path = tmp_path / "z.txt"
    path.write_text(text, encoding="utf-8")
    (tmp_path / "z.meta.json").write_text(json.dumps({"language": "zh"}))
    [ex] = list(extract(ingest([path]), resources=resources))
    assert not [e for e in ex.entities if e.cls == "Person"]


@pytest.mark.parametrize("text, length", [("黄氏清娥等参加", 4), ("黄柏南对", 3), ("阮文俊会见", 3), ("张伟", 2)])
def test_han_name_length_keeps_a_vietnamese_middle_name(people: People, text: str, length: int) -> None:
    assert people.reader.name_length(text) == length


def test_tone_keys_ignore_mark_placement() -> None:
    assert toned_key("hoà") == toned_key("hòa") == "hoa1"
    assert toneless("Đặng") == "dang"


def test_bad_table_names_file_and_line(tmp_path: Path, resources) -> None:
    folder = tmp_path / "names"
    folder.mkdir()
    for f in (resources.root / "ontology" / "names").iterdir():
        (folder / f.name).write_bytes(f.read_bytes())
    with open(folder / "zh-surnames.tsv", "a", encoding="utf-8") as handle:
        handle.write("王\twang\n")
    with pytest.raises(ResourceError) as info:
        NameTables.load(folder)
    assert "zh-surnames.tsv" in str(info.value) and "columns" in str(info.value)


def test_tables_and_graphml_show_an_arabic_only_person_in_latin_letters(reception) -> None:
    from rdflib import Graph, URIRef

    from borderkg.export._view import GraphView

    [ar] = [ex for ex in reception if ex.document.lang == "ar"]
    graph = Graph()
    for triple in document_triples(ar):
        graph.add(triple)
    view = GraphView(graph)
    assert view.label(URIRef(BKR + "person/x-zhang-wei")) == "Zhang Wei"
    assert view.label(URIRef(BKR + "person/x-nguyen-van-tuan")) == "Nguyen Van Tuan"


def test_chinese_official_in_vietnamese_text_is_read_in_pinyin(resources, tmp_path: Path) -> None:
    # Nothing but the apposition says Trần Vũ is Chinese: the body after the comma is in China,
    # and "châu Hồng Hà" is the Sino-Vietnamese name of Honghe, which the lexicon lists as such only in full.
    text = ("Lào Cai (TTXVN) - Ngày 5/4/2026, ông Trần Vũ, Phó Chủ tịch Chính quyền nhân dân châu Hồng Hà, "
            "đã dẫn đầu đoàn đại biểu sang thăm tỉnh Lào Cai.\n")
    path = tmp_path / "v.txt"
    path.write_text(text, encoding="utf-8")
    (tmp_path / "v.meta.json").write_text(json.dumps({"language": "vi", "date": "2026-04-06"}))
    [ex] = list(extract(ingest([path]), resources=resources))
    assert BKR + "place/honghe" in {e.iri for e in ex.entities}
    [person] = [e for e in ex.entities if e.cls == "Person"]
    assert person.iri == BKR + "person/x-chen-wu"
    assert ("Chen Wu", "zh-Latn-pinyin") in person.labels


def _extract_texts(resources, tmp_path: Path, texts: dict[str, tuple[str, str]]) -> dict[str, Extraction]:
    for name, (lang, text) in texts.items():
        (tmp_path / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
        (tmp_path / f"{name}.meta.json").write_text(json.dumps({"language": lang, "date": "2026-03-06"}))
    return {ex.document.identifier: ex for ex in extract(ingest([tmp_path]), resources=resources)}


def test_same_event_is_one_node_when_one_language_finds_more_slots(resources, tmp_path: Path) -> None:
    # French names the venue (Pingxiang, so also Guangxi as a participant), English does not:
    # the talks are still one node, keyed by class, date and the provinces that took part.
    docs = _extract_texts(resources, tmp_path, {
        "fr": ("fr", "Lang Son (VNA) - Le 5 mars 2026, le Département des Affaires étrangères de Lang Son a tenu "
                     "des entretiens avec le Bureau des affaires étrangères de la région autonome Zhuang du Guangxi "
                     "à Pingxiang."),
        "en": ("en", "Lang Son (VNA) - On March 5, 2026, the Lang Son Department of Foreign Affairs held talks with "
                     "the Foreign Affairs Office of the Guangxi Zhuang Autonomous Region.")})
    [fr], [en] = ([ev for ev in docs[k].events if ev.cls == "Meeting"] for k in ("fr", "en"))
    assert fr.participants != en.participants and fr.locations != en.locations
    assert fr.iri == en.iri


def test_two_events_of_one_day_between_the_same_provinces_stay_apart(resources, tmp_path: Path) -> None:
    docs = _extract_texts(resources, tmp_path, {"two": ("en", (
        "Lang Son (VNA) - On March 5, 2026, the Lang Son Department of Foreign Affairs held talks with the "
        "Foreign Affairs Office of the Guangxi Zhuang Autonomous Region. On the same day, the Lang Son "
        "Department of Industry and Trade held talks with the Guangxi Department of Commerce."))})
    meetings = [ev for ev in docs["two"].events if ev.cls == "Meeting"]
    assert {ev.date for ev in meetings} == {"2026-03-05"}
    assert len({ev.participants for ev in meetings}) == 2 and len({ev.iri for ev in meetings}) == 2


ACTORS = {"Person", "Organization", "PartyCommittee", "PeoplesCommittee", "Department", "Company", "NGO",
          "InternationalOrganization"}
DEV_ARTICLES = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev" / "articles"


# Actors (people and bodies) with no label, preferred or alternative label in Latin letters.
WITHOUT_LATIN_LABEL = """SELECT DISTINCT ?actor WHERE {
    VALUES ?cls { %s }
    ?actor a ?cls .
    FILTER NOT EXISTS {
        ?actor rdfs:label|skos:prefLabel|skos:altLabel ?label .
        FILTER(REGEX(STR(?label), "^[^\\u0600-\\u06ff\\u3400-\\u9fff]*[A-Za-z][^\\u0600-\\u06ff\\u3400-\\u9fff]*$"))
    }
}""" % " ".join(f"bk:{cls}" for cls in sorted(ACTORS))


def test_every_person_and_body_of_the_development_set_has_a_latin_label(resources) -> None:
    from rdflib import RDF, RDFS, Literal, URIRef

    from borderkg import build_graph, query
    from borderkg.namespaces import BK

    if not DEV_ARTICLES.is_dir():
        pytest.fail(f"the shared development set is missing: {DEV_ARTICLES}")
    dataset = build_graph([DEV_ARTICLES], resources=resources)
    actors = query(dataset, "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { VALUES ?c { %s } ?a a ?c }"
                   % " ".join(f"bk:{cls}" for cls in sorted(ACTORS)))
    assert actors[0]["n"] > 50
    assert query(dataset, WITHOUT_LATIN_LABEL) == []
    # The query does find an actor known only by names in Arabic or Han script.
    graph = dataset.graph(URIRef("urn:test:arabic-only"))
    graph.add((URIRef(BKR + "person/x-test"), RDF.type, BK.Person))
    graph.add((URIRef(BKR + "person/x-test"), RDFS.label, Literal("هوانغ لي ليم", lang="ar")))
    graph.add((URIRef(BKR + "person/x-test"), RDFS.label, Literal("黄黎林", lang="zh")))
    assert query(dataset, WITHOUT_LATIN_LABEL) == [{"actor": BKR + "person/x-test"}]


@pytest.mark.parametrize(("name", "syllables"), [
    ("تشو هانوين", ("zhou", "han", "wen")),  # a two-syllable given name in one word, its e written ي after w
    ("تران تيان دونغ", ("tran", "tien", "dung")),  # iê written يا
    ("فينغ وي", ("feng", "wei")),
])
def test_arabic_spellings_of_e_and_ie(resources, name: str, syllables: tuple[str, ...]) -> None:
    """Arabic writes the e of Wen and Feng as ي, and the iê of Tiến as يا; where no other syllable is so written
    ("شين" stays Xin, not Shen)."""
    reader = NameReader(NameTables.load(resources.root / "ontology" / "names"))
    decision = reader.read(name, "ar")
    assert decision is not None and decision.reading.syllables == syllables
    shin = reader.read("لو شين شه", "ar")
    assert shin is not None and shin.reading.syllables[1] == "xin"
    ming = reader.read("تشانغ مينغ هوا", "ar")  # (not Meng: after m an ي is an i)
    assert ming is not None and ming.decided and ming.reading.syllables[1] == "ming"
