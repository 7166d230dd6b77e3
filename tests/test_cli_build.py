"""`borderkg build` end to end, in-process: conformance, determinism, errors that keep the old build."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from borderkg.cli import main
from borderkg.resources import load_resources

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def seeds_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("build")
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _union(path: Path) -> Graph:
    ds = Dataset()
    ds.parse(path, format="trig")
    g = Graph()
    for *t, _ in ds.quads((None, None, None, None)):
        g.add(tuple(t))
    return g


def test_build_conforms_and_has_a_graph_per_document(seeds_build: Path) -> None:
    assert "Conforms: True" in (seeds_build / "report.txt").read_text()
    ds = Dataset()
    ds.parse(seeds_build / "graph.trig", format="trig")
    names = {str(g.identifier) for g in ds.graphs()}
    for seed in SEEDS.glob("*.txt"):
        assert f"https://w3id.org/borderkg/id/doc/{seed.stem}" in names


def test_build_twice_is_isomorphic(seeds_build: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert isomorphic(_union(seeds_build / "graph.trig"), _union(tmp_path / "graph.trig"))


def test_bad_input_keeps_previous_build(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (tmp_path / "ok.txt").write_text("Le 13 août 2024, une réunion a eu lieu à Mong Cai entre Mong Cai et Dongxing.")
    assert CliRunner().invoke(main, ["build", str(tmp_path / "ok.txt"), "--out", str(out)]).exit_code == 0
    before = (out / "graph.trig").read_bytes()
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe binary")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "bad.txt"), "--out", str(out)])
    assert result.exit_code == 2
    assert "bad.txt" in result.output and "Traceback" not in result.output
    assert (out / "graph.trig").read_bytes() == before


def test_lexicon_syntax_error_names_the_file(tmp_path: Path) -> None:
    root = tmp_path / "data"
    shutil.copytree(Path(__file__).resolve().parents[1] / "ontology", root / "ontology")
    shutil.copytree(Path(__file__).resolve().parents[1] / "shapes", root / "shapes")
    bad = root / "ontology" / "lexicon" / "broken.ttl"
    bad.write_text("@prefix bk: <https://w3id.org/borderkg/ontology#> .\nbk:x a bk:Place , .\n")
    from borderkg.errors import ResourceError
    with pytest.raises(ResourceError) as info:
        load_resources(root)
    assert info.value.path == str(bad) and "syntax error" in str(info.value)


def test_missing_path_exit_code(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(tmp_path / "missing"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "no such file or folder" in result.output


def test_a_document_the_extractor_fails_on_is_reported_and_the_others_built(tmp_path: Path, monkeypatch) -> None:
    """A fault of the extractor's on one article (an IndexError, say) skips that article, names it in skipped.tsv and
    the build's summary, and builds the rest; it is no crash of the whole build."""
    from borderkg.extract import RuleExtractor
    from borderkg.pipeline import build

    real = RuleExtractor.__call__

    def failing_on_b(self, doc):  # the fault is injected: no article is known to make the extractor fail
        if doc.identifier == "b":
            raise IndexError("tuple index out of range")
        return real(self, doc)

    monkeypatch.setattr(RuleExtractor, "__call__", failing_on_b)
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("a", "b"):
        (inputs / f"{name}.txt").write_text("Lao Cai and Yunnan held talks in Kunming on 7 May 2024.\n", encoding="utf-8")
    summary, _ = build([inputs], out=tmp_path / "out", jobs=1)
    assert summary.skipped == {"extraction failed": 1} and summary.extracted == 1
    skipped = (tmp_path / "out" / "skipped.tsv").read_text(encoding="utf-8")
    assert "extraction failed" in skipped and "b.txt" in skipped and "IndexError" in skipped
