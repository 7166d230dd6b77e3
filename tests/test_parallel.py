"""`--jobs N` gives the same files as `--jobs 1`."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

import pytest

from borderkg.cli import main
from test_incremental import _corpus


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return _corpus(tmp_path / "corpus")


def _build(corpus: Path, out: Path, *args: str) -> None:
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--chunk-size", "1", *args])
    assert result.exit_code == 0, result.output


def test_jobs_2_equals_jobs_1(corpus: Path, tmp_path: Path) -> None:
    _build(corpus, tmp_path / "one", "--jobs", "1")
    _build(corpus, tmp_path / "two", "--jobs", "2")
    for name in ("graph.trig", "graph.ttl", "report.txt", "manifest.jsonl"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_full_validation_agrees_on_conformance(corpus: Path, tmp_path: Path) -> None:
    _build(corpus, tmp_path / "docs", "--jobs", "2")
    _build(corpus, tmp_path / "full", "--jobs", "2", "--validate", "full")
    assert "Conforms: True" in (tmp_path / "full" / "report.txt").read_text()
    assert (tmp_path / "docs" / "graph.trig").read_bytes() == (tmp_path / "full" / "graph.trig").read_bytes()
