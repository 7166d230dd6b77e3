"""Ingest: every input shape of the contract, and every bad input with a clear error."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from borderkg.config import Config, ErrorPolicy
from borderkg.errors import InputError
from borderkg.ingest import ingest

ARABIC = "التقى أمين لجنة الحزب الإقليمية في كوانغ نينه مع وفد منطقة قوانغشي في 20 فبراير 2025 لمناقشة التعاون."
FRENCH = "Le 13 août 2024, une réunion a eu lieu à Mong Cai entre les délégations de Mong Cai et de Dongxing."


def test_txt_with_sidecar(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"date": "2025-02-21", "url": "https://example.org/a"}))
    [doc] = ingest([tmp_path])
    assert (doc.identifier, doc.lang, doc.date, doc.url) == ("a", "ar", "2025-02-21", "https://example.org/a")
    assert doc.text == ARABIC


def test_jsonl_records(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (
        {"id": "r1", "text": FRENCH, "date": "2024-08"}, {"id": "r2", "text": ARABIC, "language": "ar"})))
    docs = list(ingest([path]))
    assert [(d.identifier, d.lang, d.line) for d in docs] == [("r1", "fr", 1), ("r2", "ar", 2)]


@pytest.mark.parametrize("name, data, message", [
    ("empty.txt", b"   \n", "empty article"),
    ("binary.txt", b"\x00\x01\x02PK\x03\x04", "binary file"),
    ("latin1.txt", "Réunion à Mong Cai entre délégations".encode("latin-1"), "not valid UTF-8"),
    ("russian.txt", "Встреча делегаций провинции Куангнинь и Гуанси прошла в городе Монгкай.".encode(), "unsupported language"),
], ids=["empty", "binary", "non-utf8", "unsupported-language"])
def test_bad_txt(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    (tmp_path / name).write_bytes(data)
    with pytest.raises(InputError, match=message) as info:
        list(ingest([tmp_path / name]))
    assert info.value.path == str(tmp_path / name)


def test_non_utf8_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"ligne une\nla ligne \xff")
    with pytest.raises(InputError) as info:
        list(ingest([path]))
    assert (info.value.line, info.value.column) == (2, 10)


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file") as info:
        list(ingest([tmp_path / "nope"]))
    assert info.value.path == str(tmp_path / "nope")
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="holds no articles"):
        list(ingest([tmp_path / "empty"]))


@pytest.mark.parametrize("record, message", [
    ({"text": FRENCH}, "'id'"),
    ({"id": "x"}, "'text'"),
    ({"id": "x", "text": FRENCH, "date": "13/08/2024"}, "not ISO 8601"),
    ({"id": "x", "text": FRENCH, "language": "xx"}, "unsupported language 'xx'"),
], ids=["no-id", "no-text", "bad-date", "bad-language"])
def test_bad_jsonl_record_names_line(tmp_path: Path, record: dict, message: str) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "ok", "text": FRENCH}) + "\n" + json.dumps(record) + "\n")
    with pytest.raises(InputError, match=message) as info:
        list(ingest([path]))
    assert (info.value.path, info.value.line) == (str(path), 2)


def test_skip_policy_keeps_good_records(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "ok", "text": FRENCH}) + "\n{not json\n")
    docs = list(ingest([path], config=Config(on_error=ErrorPolicy.SKIP)))
    assert [d.identifier for d in docs] == ["ok"]


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_give_documents_or_input_error(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "f.txt"
    path.write_bytes(data)
    try:
        docs = list(ingest([path]))
    except InputError:
        return
    assert all(d.text == data.decode("utf-8") for d in docs)


def test_doctests() -> None:
    import doctest

    import borderkg.ingest._common as common
    result = doctest.testmod(common)
    assert result.failed == 0 and result.attempted > 0
