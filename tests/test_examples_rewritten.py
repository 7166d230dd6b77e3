"""The example queries rewritten for speed (bench/RESULTS_SERVE.md) answer as the plain
formulations they replaced, kept in ``tests/data/queries/NN-reference.rq``."""
from __future__ import annotations

from pathlib import Path

import pytest

from borderkg.serve.examples import load_examples
from borderkg.sparql import Engine
from test_export_support import seeds_and_dev_build
from test_serve_support import seeds_build

REFERENCES = Path(__file__).parent / "data" / "queries"
SAMPLED = {"02-officials-posts": {"name", "body", "source"}}
"""Columns that are a SAMPLE of several values: compared as bound or not, not by value."""
CONCATENATED = {"01-spring-meeting": {"participants"}}
"""Columns that are a GROUP_CONCAT, whose order SPARQL leaves open: compared as sets of parts."""
EXAMPLES = {e.name[:2]: e for e in load_examples()}


def _answers(engine: Engine, query: str, sampled: set[str], concatenated: set[str]) -> list[tuple]:
    def value(name: str, term: dict[str, str]) -> object:
        if name in sampled:
            return "bound"
        return tuple(sorted(term["value"].split(", "))) if name in concatenated else term["value"]
    rows = engine.select(query, max_rows=1_000_000)
    names = sorted({name for row in rows for name in row})
    return sorted(tuple((name, value(name, row[name])) for name in names if name in row) for row in rows)


@pytest.fixture(scope="module", params=["seeds", pytest.param("seeds+dev", marks=pytest.mark.slow)])
def engine(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    if request.param == "seeds":
        build = seeds_build(tmp_path_factory)
    else:
        build = seeds_and_dev_build(str(tmp_path_factory.getbasetemp()))
        if build is None:
            pytest.skip("../shared/eval/dev is not beside the checkout")
    with Engine(build, timeout=120, max_rows=1_000_000) as opened:
        yield opened


@pytest.mark.parametrize("reference", sorted(REFERENCES.glob("*-reference.rq")), ids=lambda p: p.stem)
def test_rewritten_example_answers_as_its_reference(engine: Engine, reference: Path) -> None:
    example = EXAMPLES[reference.name[:2]]
    sampled, concatenated = SAMPLED.get(example.name, set()), CONCATENATED.get(example.name, set())
    expected = _answers(engine, reference.read_text("utf-8"), sampled, concatenated)
    assert expected, f"{reference.name} has no answer on this build: the comparison would prove nothing"
    assert _answers(engine, example.sparql, sampled, concatenated) == expected


PROVINCE = "https://w3id.org/borderkg/id/place/quang-ninh"


def test_province_figures_answer_as_the_reference_for_every_province(engine: Engine) -> None:
    """03 reads bk:statedNear and bk:enclosingMention, which the build states, where its reference
    compares offsets: the same rows for every province of the build, not only the example's."""
    reference = (REFERENCES / "03-reference.rq").read_text("utf-8")
    example = EXAMPLES["03"].sparql
    assert PROVINCE in example and PROVINCE in reference
    provinces = [row["p"]["value"] for row in engine.select(
        "PREFIX bk: <https://w3id.org/borderkg/ontology#> SELECT DISTINCT ?p WHERE { ?p a bk:Province }")]
    rows = 0
    for province in provinces:
        expected = _answers(engine, reference.replace(PROVINCE, province), set(), set())
        assert _answers(engine, example.replace(PROVINCE, province), set(), set()) == expected, province
        rows += len(expected)
    assert len(provinces) > 3 and rows > 10


def test_a_figures_sentence_contains_the_figure(engine: Engine) -> None:
    rows = engine.select(
        "PREFIX bk: <https://w3id.org/borderkg/ontology#> SELECT ?figure ?sentence WHERE {"
        " ?m bk:enclosingMention ?s . ?m bk:text ?figure . ?s bk:text ?sentence }", max_rows=1_000_000)
    assert all(row["figure"]["value"] in row["sentence"]["value"] for row in rows)
