"""Incremental builds: after changing, adding, removing and renaming articles, building into the
old output gives what a clean build of the new inputs gives (graph by graph, by isomorphism)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic

from borderkg.config import Config
from borderkg.pipeline import ValidateMode, build
from borderkg.store import read_manifest, text_path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def _corpus(folder: Path) -> Path:
    """The seeds as .txt files, and two of them again as JSON Lines records."""
    folder.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
    seeds = sorted(SEEDS.glob("*.txt"))
    with open(folder / "feed.jsonl", "w", encoding="utf-8") as feed:
        for i, seed in enumerate(seeds[:2]):
            feed.write(json.dumps({"id": f"feed-{i}", "text": seed.read_text(encoding="utf-8"),
                                   "date": "2024-03-01"}, ensure_ascii=False) + "\n")
    return folder


def _graphs(out: Path) -> dict[str, Dataset]:
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


def _assert_same(a: Path, b: Path) -> None:
    ga, gb = _graphs(a), _graphs(b)
    assert sorted(ga) == sorted(gb)
    for name in ga:
        assert isomorphic(ga[name], gb[name]), name


def _edit(folder: Path) -> None:
    seeds = sorted(folder.glob("*.txt"))
    changed = seeds[0]
    changed.write_text(changed.read_text(encoding="utf-8")[:1500], encoding="utf-8")          # change
    shutil.copy(SEEDS / seeds[1].name, folder / "added-copy.txt")                               # add
    (folder / "added-copy.meta.json").write_text('{"date": "2023-05-02"}')
    seeds[2].unlink()                                                                           # remove
    seeds[3].rename(folder / f"renamed-{seeds[3].name}")                                        # rename
    lines = (folder / "feed.jsonl").read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    first["date"] = "2024-04-01"                                                                # change a record
    (folder / "feed.jsonl").write_text(json.dumps(first, ensure_ascii=False) + "\n", encoding="utf-8")  # drop one


@pytest.mark.parametrize("mode", [ValidateMode.NONE, ValidateMode.DOCUMENTS])
def test_edited_corpus_rebuilds_like_a_clean_build(tmp_path: Path, mode: ValidateMode) -> None:
    corpus = _corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    first, _ = build([corpus], out=out, jobs=1, validate_mode=mode)
    assert first.extracted == first.documents == 7
    _edit(corpus)
    again, report = build([corpus], out=out, jobs=1, validate_mode=mode)
    # changed .txt, added .txt, renamed .txt, changed record; the rest is reused
    assert (again.documents, again.extracted, again.reused) == (6, 4, 2)
    clean, clean_report = build([corpus], out=tmp_path / "clean", jobs=1, validate_mode=mode)
    _assert_same(out, tmp_path / "clean")
    assert again.triples == clean.triples
    if mode is ValidateMode.DOCUMENTS:
        assert report is not None and clean_report is not None and report.conforms == clean_report.conforms
    names = {e.graph for e in read_manifest(out).documents}
    assert not any(seed.stem in name for seed in [sorted(SEEDS.glob("*.txt"))[2]] for name in names)
    kept = {p.name.split(".")[0] for p in (out / "docs").rglob("*.nt") if not p.name.startswith("shared")}
    assert kept == {e.key for e in read_manifest(out).documents}, "files of dropped documents are removed"
    _assert_texts(out, corpus)


def _assert_texts(out: Path, corpus: Path) -> None:
    """OUT/texts holds each document's text under its identifier, and nothing else."""
    from borderkg.ingest import ingest
    texts = {text_path(out, d.identifier).name: d.text for d in ingest([corpus])}
    assert sorted(p.name for p in (out / "texts").iterdir()) == sorted(texts)
    for name, text in texts.items():
        assert (out / "texts" / name).read_text(encoding="utf-8") == text, name


def test_unchanged_rebuild_extracts_nothing_and_keeps_the_graph(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    build([corpus], out=tmp_path / "out", jobs=1, validate_mode=ValidateMode.NONE)
    before = (tmp_path / "out" / "graph.trig").read_bytes()
    summary, _ = build([corpus], out=tmp_path / "out", jobs=1, validate_mode=ValidateMode.NONE)
    assert summary.extracted == 0 and summary.reused == 7
    assert (tmp_path / "out" / "graph.trig").read_bytes() == before


def test_data_change_forces_a_full_rebuild(tmp_path: Path) -> None:
    root = tmp_path / "data"
    shutil.copytree(ROOT / "ontology", root / "ontology")
    shutil.copytree(ROOT / "shapes", root / "shapes")
    corpus = _corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    build([corpus], out=out, jobs=1, validate_mode=ValidateMode.NONE, root=root)
    lexicon = root / "ontology" / "lexicon" / "people.ttl"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    summary, _ = build([corpus], out=out, jobs=1, validate_mode=ValidateMode.NONE, root=root)
    assert summary.full_rebuild and summary.extracted == summary.documents == 7


def test_bad_input_keeps_the_manifest(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    build([corpus], out=out, jobs=1, validate_mode=ValidateMode.NONE)
    manifest = (out / "manifest.jsonl").read_bytes()
    (corpus / "zz-bad.txt").write_bytes(b"\xff\xfe binary")
    from borderkg.errors import InputError
    with pytest.raises(InputError):
        build([corpus], out=out, jobs=1, validate_mode=ValidateMode.NONE, config=Config())
    assert (out / "manifest.jsonl").read_bytes() == manifest
    (corpus / "zz-bad.txt").unlink()
    summary, _ = build([corpus], out=out, jobs=1, validate_mode=ValidateMode.NONE)
    assert summary.extracted == 0
