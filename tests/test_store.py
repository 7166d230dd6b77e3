"""Store stage: the manifest is written in input order as documents finish, in any order."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from borderkg.errors import StoreError
from borderkg.pipeline import build
from borderkg.store import ManifestWriter, DocumentEntry, read_manifest

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _lines(path: Path) -> list[str]:
    return [json.loads(line)[0] for line in path.read_text(encoding="utf-8").splitlines()[1:]]


def test_entries_are_written_in_input_order_as_soon_as_their_turn_comes(tmp_path: Path) -> None:
    writer = ManifestWriter(tmp_path, "f" * 64, 10)
    for key in "abcd":
        writer.expect(key)
    writer.ready(DocumentEntry("e", "doc-e", 5))       # unchanged: waits for a to d
    writer.finished(DocumentEntry("b", "doc-b", 2))
    writer.finished(DocumentEntry("c", "doc-c", 3))
    writer._file.flush()
    assert _lines(writer.path) == []                   # a is not done yet
    writer.finished(DocumentEntry("a", "doc-a", 1))
    writer._file.flush()
    assert _lines(writer.path) == ["a", "b", "c"]
    writer.finished(DocumentEntry("d", "doc-d", 4))
    manifest = writer.close()
    assert [e.key for e in manifest.documents] == list("abcde")
    assert [e.key for e in manifest.documents] == list("abcde"), "the entries can be read again"
    assert (writer.documents, writer.triples) == (5, 15)


def test_an_unfinished_document_is_an_error_and_discard_leaves_nothing(tmp_path: Path) -> None:
    writer = ManifestWriter(tmp_path, "f" * 64, 0)
    writer.expect("a")
    with pytest.raises(StoreError, match="never finished"):
        writer.close()
    writer.discard()
    assert list(tmp_path.iterdir()) == []


def test_the_same_document_twice_is_built_once(tmp_path: Path) -> None:
    record = json.dumps({"id": "twice", "text": sorted(SEEDS.glob("*.txt"))[2].read_text(encoding="utf-8")},
                        ensure_ascii=False)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("a.jsonl", "b.jsonl"):
        (corpus / name).write_text(record + "\n", encoding="utf-8")
    summary, _ = build([corpus], out=tmp_path / "out", jobs=1)
    assert (summary.documents, summary.extracted) == (1, 1)
    assert [e.identifier for e in read_manifest(tmp_path / "out").documents] == ["twice"]
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.endswith(".tmp")]
