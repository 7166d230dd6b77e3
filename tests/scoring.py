"""The shared scorer (../shared/eval/score.py) as a module, for the tests that score builds."""
from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


def load_scorer() -> ModuleType:
    """The scorer module; the test fails (not skips) without it: CI has ../shared beside the project."""
    if not SCORER.exists():
        pytest.fail(f"the shared scorer is missing: {SCORER} (CI checks out ../shared beside the project)")
    spec = importlib.util.spec_from_file_location("score", SCORER)
    assert spec is not None and spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score


def score_folder(articles: Path, gold: list[Path], out: Path) -> tuple[ModuleType, dict[str, dict]]:
    """Build a folder of articles with the CLI and score every gold file against the build."""
    import tomllib

    from click.testing import CliRunner
    from rdflib import Graph

    from borderkg.cli import main

    score = load_scorer()
    result = CliRunner().invoke(main, ["build", str(articles), "--out", str(out), "--no-validate"])
    assert result.exit_code == 0, result.output
    ix = score.Index(score.load(out / "graph.trig"), Graph())
    return score, {g.stem: score.score_doc(ix, tomllib.loads(g.read_text()), articles) for g in gold}


def kind_floor(score: ModuleType, results: dict[str, dict], kind: str, floors: dict[str, tuple[float, float]]) -> None:
    """Recall and precision of one kind over every scored article are at least the floors."""
    tp, gold, found, matched = (sum(r[kind][k] for r in results.values()) for k in ("tp", "gold", "found", "matched"))
    precision, recall, _ = score.prf(tp, gold, found, matched)
    want_recall, want_precision = floors[kind]
    missed = [m for r in results.values() for m in r[kind]["missed"]]
    assert recall >= want_recall, f"{kind} recall {recall:.2f}; missed: {missed}"
    assert precision >= want_precision, f"{kind} precision {precision:.2f}"
