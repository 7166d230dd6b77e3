"""`borderkg build` exit codes: 0 conforms, 1 does not conform (report beside the graph), 2 bad input."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import borderkg.resources
from borderkg.cli import main
from borderkg.pipeline import fingerprint
from borderkg.resources import load_resources

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_c2ab8260bbe1cb94.txt"
# Every meeting must have a property no meeting has: the seed's graph cannot conform.
STRICT = """@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix bk: <https://w3id.org/borderkg/ontology#> .
bk:StrictMeetingShape a sh:NodeShape ; sh:targetClass bk:Meeting ;
    sh:property [ sh:path bk:neverStated ; sh:minCount 1 ] .
"""


def _data(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    shutil.copytree(ROOT / "ontology", root / "ontology")
    shutil.copytree(ROOT / "shapes", root / "shapes")
    return root


@pytest.mark.parametrize("mode", ["documents", "full"])
def test_nonconforming_graph_exits_1_with_the_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     mode: str) -> None:
    root = _data(tmp_path)
    (root / "shapes" / "strict.ttl").write_text(STRICT, encoding="utf-8")
    monkeypatch.setattr(borderkg.resources, "data_dir", lambda: root)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(SEED), "--out", str(out), "-j", "1", "--no-progress",
                                       "--validate", mode])
    assert result.exit_code == 1, result.output
    assert "does not conform" in result.output and "Traceback" not in result.output
    report = (out / "report.txt").read_text(encoding="utf-8")
    assert "Conforms: False" in report and "neverStated" in report
    assert (out / "graph.trig").is_file()
    skipped = CliRunner().invoke(main, ["build", str(SEED), "--out", str(tmp_path / "unchecked"), "-j", "1",
                                        "--no-progress", "--no-validate"])
    assert skipped.exit_code == 0, skipped.output


@pytest.mark.parametrize("name", ["ontology/lang/fr.toml", "ontology/lang/common.toml", "ontology/borderkg.ttl",
                                  "ontology/concepts.ttl", "ontology/lexicon/people.ttl",
                                  "shapes/borderkg-shapes.ttl"])
def test_every_data_file_is_in_the_build_fingerprint(tmp_path: Path, name: str) -> None:
    """A change to any file the graph depends on rebuilds everything (see tests/test_incremental.py)."""
    root = _data(tmp_path)
    before = fingerprint(load_resources(root))
    with (root / name).open("a", encoding="utf-8") as out:
        out.write("\n# edited\n")
    assert fingerprint(load_resources(root)) != before
