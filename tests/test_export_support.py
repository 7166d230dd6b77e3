"""Shared helpers (no tests) for the export, link and push tests: which build to test against.

Every test runs against the hand-written build in `tests/data/export/graph.trig` (with the
links of `ontology/mappings/` added, as the build does), and, when `borderkg build` works in this
checkout, against the real build of `seeds/` as well.
"""
from __future__ import annotations

import shutil
from functools import lru_cache
from pathlib import Path

import pytest
from rdflib import Dataset, URIRef

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "data" / "export" / "graph.trig"
LINKS_GRAPH = URIRef("https://w3id.org/borderkg/id/graph/links")
BUILDS = ["fixture", pytest.param("seeds", marks=pytest.mark.slow)]


def write_fixture_build(out: Path) -> Path:
    """The hand-written build plus the links graph, as `out/graph.trig`."""
    from borderkg.link import link_triples

    dataset = Dataset()
    dataset.parse(FIXTURE, format="trig")
    links = dataset.graph(LINKS_GRAPH)
    for triple in link_triples(ROOT):
        links.add(triple)
    out.mkdir(parents=True, exist_ok=True)
    dataset.serialize(destination=out / "graph.trig", format="trig")
    return out


@lru_cache(maxsize=1)
def _seeds_build(tmp: str) -> Path | None:
    try:
        from click.testing import CliRunner

        from borderkg.cli import main
    except ImportError:
        return None
    if "build" not in main.commands:
        return None
    out = Path(tmp) / "seeds-build"
    # Validation is the build's business and slow; these tests need the graph only.
    result = CliRunner().invoke(main, ["build", str(ROOT / "seeds"), "--out", str(out), "--no-validate"])
    if not (out / "graph.trig").is_file():
        print(f"`borderkg build seeds` wrote no graph (exit {result.exit_code}): {result.output[-500:]}")
        return None
    return out


@lru_cache(maxsize=1)
def seeds_and_dev_build(tmp: str) -> Path | None:
    """The session's one build of the seeds plus ``../shared/eval/dev`` (None when dev is not beside
    the checkout): the graph issue 14's acceptance is stated on, shared by the tests that read it."""
    dev = ROOT.parent / "shared" / "eval" / "dev" / "articles"
    if not dev.is_dir():
        return None
    from click.testing import CliRunner

    from borderkg.cli import main

    out = Path(tmp) / "seeds-dev-build"
    result = CliRunner().invoke(main, ["build", str(ROOT / "seeds"), str(dev), "--out", str(out), "--no-validate"])
    if not (out / "graph.trig").is_file():
        raise AssertionError(f"`borderkg build seeds dev` wrote no graph (exit {result.exit_code}): {result.output[-500:]}")
    return out


def build_dir(kind: str, tmp_factory: pytest.TempPathFactory) -> Path:
    """A build directory of `kind` ("fixture" or "seeds"); skips when the seeds cannot be built."""
    if kind == "fixture":
        return write_fixture_build(tmp_factory.mktemp("fixture-build"))
    built = _seeds_build(str(tmp_factory.getbasetemp()))
    if built is None:
        pytest.skip("`borderkg build seeds` is not available in this checkout yet")
    copy = tmp_factory.mktemp("seeds-copy")
    shutil.copy(built / "graph.trig", copy / "graph.trig")
    return copy


def load(build: Path) -> Dataset:
    dataset = Dataset()
    dataset.parse(build / "graph.trig", format="trig")
    return dataset
