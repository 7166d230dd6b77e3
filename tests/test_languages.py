"""Language knowledge is data: the files present are the languages, read through a schema that refuses typos."""
from __future__ import annotations

import ast
import json
import shutil
import tomllib
import typing
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS
from rdflib.term import Node

from borderkg.config import Config
from borderkg.errors import InputError, ResourceError
from borderkg.extract.language import (CommonData, CompiledLanguage, FigureSettings, HeadData, LanguageData, check_common,
                                       check_language)
from borderkg.namespaces import BK
from borderkg.pipeline import build
from borderkg.resources import language_codes, load_resources
from borderkg.text import fold

ROOT = Path(__file__).resolve().parents[1]
LANG = ROOT / "ontology" / "lang"
ARTICLE = ("Le 13 août 2024, le président du Comité populaire de la province de Lang Son a rencontré "
           "à Mong Cai le secrétaire du Parti du Guangxi pour discuter de la coopération frontalière.")


def _data_copy(tmp_path: Path) -> Path:
    """A copy of the data folders (ontology/, shapes/) that a test may change."""
    root = tmp_path / "data"
    shutil.copytree(ROOT / "ontology", root / "ontology")
    shutil.copytree(ROOT / "shapes", root / "shapes")
    return root


def _article(folder: Path, lang: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "article.meta.json").write_text(json.dumps({"language": lang, "date": "2024-08-14"}))
    return folder / "article.txt"


def test_supported_languages_are_the_files_present() -> None:
    files = {p.stem for p in LANG.glob("*.toml")} - {"common"}
    assert set(language_codes()) == files
    assert Config().supported(language_codes()) == tuple(sorted(files))
    assert set(load_resources().languages) == files


@pytest.mark.parametrize("code", language_codes())
def test_language_file_follows_the_schema(code: str) -> None:
    path = LANG / f"{code}.toml"
    assert check_language(tomllib.loads(path.read_text(encoding="utf-8")), path)


def test_new_language_is_one_data_file(tmp_path: Path) -> None:
    root = _data_copy(tmp_path)
    article = _article(tmp_path / "in", "it")
    with pytest.raises(InputError, match="unsupported language 'it'"):
        build([article], out=tmp_path / "before", root=root, jobs=1)
    text = (root / "ontology" / "lang" / "fr.toml").read_text(encoding="utf-8")
    (root / "ontology" / "lang" / "it.toml").write_text(text.replace('language = "fr"', 'language = "it"'),
                                                        encoding="utf-8")
    summary, report = build([article], out=tmp_path / "out", root=root, jobs=1)
    assert report is not None and report.conforms and summary.documents == 1
    french = _article(tmp_path / "fr", "fr")
    build([french], out=tmp_path / "fr-out", root=root, jobs=1)
    it, fr = _document_graph(tmp_path / "out"), _document_graph(tmp_path / "fr-out")
    assert (None, DCTERMS.language, Literal("it")) in it
    meetings = set(it.subjects(RDF.type, BK.Meeting))
    assert meetings and all(str(d) == "2024-08-13" for m in meetings for d in it.objects(m, BK.date))
    # The copy under a new code reads the article exactly as the language it was copied from.
    assert _facts(it) == _facts(fr) and len(_facts(it)) > 10


def _document_graph(out: Path) -> Graph:
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    return ds.graph(URIRef("https://w3id.org/borderkg/id/doc/article"))


def _facts(graph: Graph) -> set[tuple[Node, Node, Node]]:
    """The document's triples but those about the document itself and the labels in the article's
    language (they come from label templates and class names a new language file does not bring),
    text tagged "it" or "fr" as one language."""
    doc = URIRef("https://w3id.org/borderkg/id/doc/article")

    def untag(o: Node) -> Node:
        return Literal(str(o), lang="xx") if isinstance(o, Literal) and o.language in ("it", "fr") else o

    return {(s, p, untag(o)) for s, p, o in graph
            if s != doc and not (p == RDFS.label and isinstance(o, Literal) and o.language in ("it", "fr"))}


def test_unknown_key_names_file_line_and_valid_keys(tmp_path: Path) -> None:
    root = _data_copy(tmp_path)
    path = root / "ontology" / "lang" / "fr.toml"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(3, 'venue_word = ["à"]')  # misspelt venue_words
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(ResourceError) as err:
        load_resources(root)
    message = str(err.value)
    assert f'File "{path}", line 4' in message and "unknown key 'venue_word'" in message
    assert "valid keys:" in message and "venue_words" in message and "months" in message


def test_key_after_a_table_header_is_refused(tmp_path: Path) -> None:
    """TOML puts a key written after `[months]` into that table: the schema says so, with the line."""
    root = _data_copy(tmp_path)
    path = root / "ontology" / "lang" / "en.toml"
    text = path.read_text(encoding="utf-8").replace("[weekdays]\n", '[weekdays]\nsince_words = ["in"]\n', 1)
    path.write_text(text, encoding="utf-8")
    line = text[:text.index("[weekdays]\nsince_words")].count("\n") + 2
    with pytest.raises(ResourceError, match=rf'line {line}: weekdays\.since_words: expected an integer, not list'):
        load_resources(root)


def test_file_named_for_another_language_is_refused(tmp_path: Path) -> None:
    root = _data_copy(tmp_path)
    shutil.copy(root / "ontology" / "lang" / "fr.toml", root / "ontology" / "lang" / "it.toml")
    with pytest.raises(ResourceError, match="language 'fr' differs from the file name's code 'it'"):
        load_resources(root)


def _string_constants(path: Path) -> set[str]:
    """String literals of a module's code (docstrings left out)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return {node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings}


@pytest.mark.parametrize("schema", [LanguageData, CommonData, HeadData, FigureSettings], ids=lambda s: s.__name__)
def test_every_key_of_the_schema_is_read(schema: type) -> None:
    """A key in the files that no code reads is a promise the extractor does not keep."""
    read = set().union(*(_string_constants(p) for p in (ROOT / "src" / "borderkg").rglob("*.py")))
    unread = sorted(set(typing.get_type_hints(schema)) - read)
    assert not unread, f"declared in {schema.__name__} but never read: {unread}"


def test_common_file_follows_the_schema() -> None:
    path = LANG / "common.toml"
    assert check_common(tomllib.loads(path.read_text(encoding="utf-8")), path)


@pytest.mark.parametrize(("written", "typo", "message"), [
    ("written_min = 3", "writen_min = 3",
     "unknown key 'figures.writen_min'; valid keys: measures, written_min, written_not_for"),
    ('type = "PartyCommittee"', 'tpye = "PartyCommittee"',
     "unknown key 'heads.party-committee.tpye'; valid keys: country, en, locality, named, names_parent, seated, told_before, type"),
    ("named = true", 'named = "yes"', "heads.management-board.named: expected true or false, not str 'yes'"),
    ("Signing = 6", 'Signing = "6"', "event_rank.Signing: expected an integer, not str '6'"),
    ("[event_rank]", "[event_ranks]", "unknown key 'event_ranks'; valid keys: capitals, committee_mechanisms, event_rank, figures, "),
], ids=["nested-key", "head-key", "head-type", "rank-type", "table"])
def test_common_typo_names_file_line_and_key(tmp_path: Path, written: str, typo: str, message: str) -> None:
    root = _data_copy(tmp_path)
    path = root / "ontology" / "lang" / "common.toml"
    text = path.read_text(encoding="utf-8")
    assert written in text
    text = text.replace(written, typo, 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ResourceError) as err:
        check_common(tomllib.loads(text), path)
    assert err.value.message.startswith(message)
    assert (err.value.path, err.value.line) == (str(path), text[:text.index(typo)].count("\n") + 1)


def test_common_typo_stops_the_build(tmp_path: Path) -> None:
    root = _data_copy(tmp_path)
    path = root / "ontology" / "lang" / "common.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("[mechanism_events]", "[mechanism_event]"), encoding="utf-8")
    with pytest.raises(ResourceError, match=f'File "{path}", line \\d+: unknown key \'mechanism_event\''):
        load_resources(root)


@pytest.mark.parametrize("text, merged, found", [
    ("قدمت الدعم للحكومة الشعبية في المقاطعة", True, ["peoples-government"]),  # ل + الحكومة
    ("قدمت الدعم إلى الحكومة الشعبية", False, ["peoples-government"]),
    ("قدمت الدعم لحكومة شعبية", False, []),
], ids=["merged-preposition", "article", "no-article"])
def test_ar_contraction_is_data(text: str, merged: bool, found: list[str]) -> None:
    """The ل + ال -> لل contraction comes from ar.toml's `contractions`, not from code."""
    path = LANG / "ar.toml"
    data = check_language(tomllib.loads(path.read_text(encoding="utf-8")), path)
    folded = fold(text).text
    assert [str(m.value) for m in CompiledLanguage.compile("ar", data).heads.find(folded)] == found
    without = CompiledLanguage.compile("ar", {**data, "contractions": {}}).heads
    assert [str(m.value) for m in without.find(folded)] == ([] if merged else found)
