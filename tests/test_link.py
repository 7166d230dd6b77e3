"""Links to open data: the SSSOM table, its identifiers, the link graph and the OpenRefine round trip."""
from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from borderkg.errors import InputError
from borderkg.link import (
    BKR,
    GEONAMES,
    WD,
    WDT,
    export_unlinked,
    import_reconciled,
    link_triples,
    read_table,
    row_triples,
)

try:
    from test_export_support import FIXTURE, ROOT
except ImportError:  # tests/ is a package
    from tests.test_export_support import FIXTURE, ROOT

TABLE = ROOT / "ontology" / "mappings" / "borderkg.sssom.tsv"
IDENTIFIERS = ROOT.parent / "shared" / "links" / "identifiers.tsv"
LEXICON = ROOT / "ontology" / "lexicon"
BK = "https://w3id.org/borderkg/ontology#"


@pytest.fixture(scope="module")
def table():
    return read_table(TABLE)


@pytest.fixture(scope="module")
def links() -> Graph:
    return link_triples(ROOT)


def _rows(table, predicate: str | None = None):
    return [r for r in table.rows if predicate is None or r["predicate_id"] == predicate]


# -- the table -----------------------------------------------------------------------------------
def test_link_table_parses_as_sssom(table) -> None:
    for key in ("curie_map", "mapping_set_id", "license"):
        assert table.metadata[key]
    assert {"subject_id", "predicate_id", "object_id", "mapping_justification"} <= set(table.columns)
    for row in table.rows:
        assert row["mapping_justification"].startswith("semapv:")
        assert row["subject_id"].startswith("bkr:")
        assert row["object_id"] or row["object_type"] == "rdfs literal"
        assert row["comment"], "every link names its source"


def test_link_iso_codes_known_to_pycountry(table) -> None:
    pycountry = pytest.importorskip("pycountry")
    lookups = {"wdt:P297": lambda c: pycountry.countries.get(alpha_2=c),
               "wdt:P298": lambda c: pycountry.countries.get(alpha_3=c),
               "wdt:P299": lambda c: pycountry.countries.get(numeric=c),
               "wdt:P300": lambda c: pycountry.subdivisions.get(code=c)}
    iso_rows = [r for r in table.rows if r["predicate_id"] in lookups]
    assert len(iso_rows) >= 10
    countries: dict[str, set[str]] = {}
    for row in iso_rows:
        found = lookups[row["predicate_id"]](row["object_label"])
        assert found is not None, f"{row['subject_id']}: {row['object_label']} unknown to pycountry"
        if row["predicate_id"] != "wdt:P300":
            countries.setdefault(row["subject_id"], set()).add(found.alpha_2)
    assert all(len(codes) == 1 for codes in countries.values()), countries


def test_link_subdivision_codes_belong_to_the_country_linked(table) -> None:
    pycountry = pytest.importorskip("pycountry")
    expected = {"bkr:place/guangxi": "CN"}
    for row in _rows(table, "wdt:P300"):
        sub = pycountry.subdivisions.get(code=row["object_label"])
        assert sub.country_code == expected.get(row["subject_id"], "VN"), row


def test_link_identifiers_well_formed(table) -> None:
    for row in table.rows:
        obj = row["object_id"]
        if obj.startswith("wikidata:"):
            assert re.fullmatch(r"wikidata:Q[1-9][0-9]*", obj), obj
        elif obj.startswith("geonames:"):
            assert re.fullmatch(r"geonames:[1-9][0-9]*/", obj), obj
        elif obj:
            pytest.fail(f"unexpected object {obj!r}")


def _identifiers() -> list[dict[str, str]]:
    if not IDENTIFIERS.is_file():
        pytest.skip(f"{IDENTIFIERS} is not beside this checkout")
    lines = [ln for ln in IDENTIFIERS.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def test_link_identifiers_come_from_the_checked_list_with_their_status(table) -> None:
    """Never an invented identifier: VERIFIED → exactMatch, SINGLE-SOURCE → closeMatch, else nothing."""
    status: dict[str, str] = {}
    for entry in _identifiers():
        for qid in re.findall(r"Q[0-9]+", entry["wikidata"]):
            status[f"wikidata:{qid}"] = entry["wikidata_status"]
        for gid in re.findall(r"[0-9]+", entry["geonames"]):
            status[f"geonames:{gid}/"] = entry["geonames_status"]
        for code in re.findall(r"[A-Z]{2}-[A-Z0-9]{1,3}|\b[A-Z]{2,3}\b|\b[0-9]{3}\b", entry["iso3166"]):
            status[f"iso:{code}"] = entry["iso_status"]
    for row in table.rows:
        if row["comment"].startswith("manual reconciliation"):
            continue
        key = row["object_id"] or f"iso:{row['object_label']}"
        assert key in status, f"{key} is not in {IDENTIFIERS.name}"
        wanted = {"VERIFIED": {"skos:exactMatch", "owl:sameAs", "wdt:P297", "wdt:P298", "wdt:P299", "wdt:P300"},
                  "SINGLE-SOURCE": {"skos:closeMatch"}}.get(status[key], set())
        assert row["predicate_id"] in wanted, f"{key} is {status[key]} but mapped with {row['predicate_id']}"


def test_link_covers_countries_border_provinces_guangxi_and_seed_cities(links: Graph) -> None:
    for slug in ("vietnam", "china", "guangxi", "quang-ninh", "lang-son", "cao-bang", "ha-giang", "mong-cai",
                 "ha-long", "hai-phong"):
        assert any(str(o).startswith(str(WD)) for o in links.objects(BKR[f"place/{slug}"], SKOS.exactMatch)), slug
    assert (BKR["place/vietnam"], WDT.P298, Literal("VNM")) in links
    assert (BKR["place/quang-ninh"], SKOS.notation, Literal("VN-13")) in links
    assert (BKR["place/mong-cai"], SKOS.closeMatch, GEONAMES["1574507/"]) in links


def test_link_subjects_are_lexicon_entities(table) -> None:
    files = sorted(LEXICON.glob("*.ttl"))
    if not files:
        pytest.skip("the lexicon is not in this checkout yet")
    lexicon = Graph()
    for path in files:
        lexicon.parse(path, format="turtle")
    if (None, RDF.type, URIRef(BK + "Province")) not in lexicon:
        pytest.skip("the lexicon has no provinces yet")
    for row in table.rows:
        subject = table.expand(row["subject_id"])
        assert (subject, RDF.type, None) in lexicon, f"{row['subject_id']} is not in ontology/lexicon/"


def test_link_province_identifiers_match_pre_2025_places(table) -> None:
    """Province ids are for the provinces before the 2025 mergers: not on a successor entity."""
    for row in table.rows:
        assert not row["subject_id"].endswith("-2025"), row


# -- the link graph ------------------------------------------------------------------------------
def test_link_triples_from_rows(links: Graph, table) -> None:
    expected = sum(2 if r["predicate_id"] in ("wdt:P297", "wdt:P300") else 1 for r in table.rows)
    assert len(links) == expected
    assert (BKR["place/quang-ninh"], SKOS.exactMatch, WD.Q33396) in links
    assert (BKR["place/quang-ninh"], SKOS.exactMatch, URIRef("https://sws.geonames.org/1568758/")) in links


def test_link_graph_is_the_shared_named_graph_for_the_build(links: Graph) -> None:
    from types import SimpleNamespace

    from borderkg.link import LINKS_GRAPH, link_graph
    name, graph = link_graph(SimpleNamespace(root=ROOT))
    assert name == LINKS_GRAPH == URIRef("https://w3id.org/borderkg/id/graph/links")
    assert graph.identifier == LINKS_GRAPH and set(graph) == set(links)


@pytest.mark.parametrize("row,message", [
    ({"subject_id": "bkr:place/x", "predicate_id": "skos:exactMatch", "object_id": "wikidata:X12"}, "not a Wikidata QID"),
    ({"subject_id": "bkr:place/x", "predicate_id": "skos:exactMatch", "object_id": "geonames:12a/"}, "not a GeoNames id"),
    ({"subject_id": "bkr:place/x", "predicate_id": "skos:relatedThing", "object_id": "wikidata:Q1"}, "not supported"),
    ({"subject_id": "zz:x", "predicate_id": "skos:exactMatch", "object_id": "wikidata:Q1"}, "declared prefix"),
    ({"subject_id": "bkr:place/x", "predicate_id": "wdt:P300", "object_label": "vn13", "object_type": "rdfs literal"},
     "not a well-formed code"),
])
def test_link_malformed_rows_name_file_and_line(table, row: dict, message: str) -> None:
    with pytest.raises(InputError) as err:
        row_triples(table, row, line=42)
    assert message in str(err.value)
    assert err.value.line == 42 and err.value.path == str(TABLE)


def test_link_table_without_license_is_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sssom.tsv"
    bad.write_text("# curie_map:\n#   bkr: https://w3id.org/borderkg/id/\n# mapping_set_id: x\n"
                   "subject_id\tpredicate_id\tobject_id\tmapping_justification\n", encoding="utf-8")
    with pytest.raises(InputError, match="license"):
        read_table(bad)


# -- OpenRefine round trip -----------------------------------------------------------------------
def _fixture_graph() -> Graph:
    g = Graph()
    for s, p, o, _ in _dataset().quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def _dataset():
    from rdflib import Dataset
    ds = Dataset()
    ds.parse(FIXTURE, format="trig")
    return ds


def test_link_export_unlinked_writes_openrefine_columns(links: Graph, tmp_path: Path) -> None:
    out = tmp_path / "unlinked.csv"
    count = export_unlinked(_fixture_graph(), links, out)
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ["id", "name", "type", "country", "language"]
    assert count == len(rows)
    ids = {r["id"] for r in rows}
    assert str(BKR["place/quang-ninh"]) not in ids, "linked entities are left out"
    person = next(r for r in rows if r["id"] == str(BKR["person/x-1a2b"]))
    assert (person["name"], person["type"], person["language"]) == ("Vu Dai Thang", "Person", "en")
    org = next(r for r in rows if r["id"] == str(BKR["org/x-3c4d"]))
    assert org["country"] == "Vietnam"
    assert not any(r["type"] in ("Meeting", "Mention", "Document", "Observation") for r in rows)


def _copy_table(tmp_path: Path) -> Path:
    target = tmp_path / "borderkg.sssom.tsv"
    shutil.copy(TABLE, target)
    return target


def _write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def test_link_import_adds_manual_reconciliation_rows_once(tmp_path: Path) -> None:
    target = _copy_table(tmp_path)
    before = len(read_table(target).rows)
    reconciled = _write_csv(tmp_path / "reconciled.csv", [
        ["id", "name", "type", "country", "language", "wikidata", "geonames"],
        [str(BKR["person/x-1a2b"]), "Vu Dai Thang", "Person", "Vietnam", "en", "Q98765", ""],
        ["bkr:place/po-hen", "Po Hen", "Commune", "Vietnam", "en", "", "1571234"],
        [str(BKR["org/x-3c4d"]), "Party Committee", "PartyCommittee", "Vietnam", "en", "", ""],
    ])
    assert import_reconciled(reconciled, table_path=target) == 2
    table = read_table(target)
    assert len(table.rows) == before + 2
    new = table.rows[-2:]
    assert {r["object_id"] for r in new} == {"wikidata:Q98765", "geonames:1571234/"}
    assert all(r["comment"].startswith("manual reconciliation") and r["predicate_id"] == "skos:exactMatch"
               and r["mapping_justification"] == "semapv:ManualMappingCuration" for r in new)
    assert import_reconciled(reconciled, table_path=target) == 0, "importing twice adds nothing"
    graph = link_triples(tmp_path)
    assert (BKR["person/x-1a2b"], SKOS.exactMatch, WD.Q98765) in graph
    assert target.read_text(encoding="utf-8").startswith("# curie_map:"), "metadata block kept"


@pytest.mark.parametrize("cells,line_value", [
    (["bkr:place/a", "Q12x", ""], "Q12x"),
    (["bkr:place/a", "12", ""], "12"),
    (["bkr:place/a", "", "12a"], "12a"),
    (["bkr:place/quang-ninh", "Q1", ""], "Q1"),  # contradicts the checked exact match Q33396
    (["https://example.org/a", "Q5", ""], "https://example.org/a"),
])
def test_link_import_rejects_malformed_rows_naming_them(tmp_path: Path, cells: list[str], line_value: str) -> None:
    target = _copy_table(tmp_path)
    original = target.read_text(encoding="utf-8")
    reconciled = _write_csv(tmp_path / "r.csv", [["id", "wikidata", "geonames"], ["bkr:place/b", "Q7", ""], cells])
    with pytest.raises(InputError) as err:
        import_reconciled(reconciled, table_path=target)
    assert err.value.line == 3 and err.value.value == line_value
    assert "line 3" in str(err.value) and str(reconciled) in str(err.value)
    assert target.read_text(encoding="utf-8") == original, "nothing is written when a row is bad"


def test_link_import_needs_id_and_identifier_columns(tmp_path: Path) -> None:
    reconciled = _write_csv(tmp_path / "r.csv", [["name", "wikidata"], ["x", "Q1"]])
    with pytest.raises(InputError, match="'id' column"):
        import_reconciled(reconciled, table_path=_copy_table(tmp_path))


def test_link_cli_import_bad_row_exits_2(tmp_path: Path) -> None:
    from borderkg.cli import main
    target = _copy_table(tmp_path)
    reconciled = _write_csv(tmp_path / "r.csv", [["id", "wikidata"], ["bkr:place/a", "P31"]])
    result = CliRunner().invoke(main, ["link", "import", str(reconciled), "--table", str(target)])
    assert result.exit_code == 2
    assert "line 2" in result.output and "'P31'" in result.output


def test_link_cli_export_unlinked_from_build(tmp_path: Path) -> None:
    from borderkg.cli import main
    try:
        from test_export_support import write_fixture_build
    except ImportError:
        from tests.test_export_support import write_fixture_build
    build = write_fixture_build(tmp_path / "build")
    result = CliRunner().invoke(main, ["link", "export-unlinked", "--build", str(build), "--out",
                                       str(tmp_path / "u.csv")])
    assert result.exit_code == 0, result.output
    assert "person/x-1a2b" in (tmp_path / "u.csv").read_text(encoding="utf-8")


def test_link_cli_show_prints_the_link_graph() -> None:
    from borderkg.cli import main
    result = CliRunner().invoke(main, ["link", "show", "--format", "nt"])
    assert result.exit_code == 0, result.output
    assert "<http://www.wikidata.org/entity/Q881>" in result.output
