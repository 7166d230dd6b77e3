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
