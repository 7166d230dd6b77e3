"""Issue 11: one node across scripts. The four parallel pairs of ../shared/eval/dev, each told in two
languages, derive the same nodes (Jaccard of the node sets, as `score.py --agree` computes it).

The floors guard what the build reaches today; the issue's target is 0.90 for each pair. The
Arabic-French pair reaches it through `borderkg.reconcile`: its Arabic names with two readings
are settled by the French article's people holding the same posts."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from borderkg.cli import main
from borderkg.extract.language import CompiledLanguage
from borderkg.resources import load_resources
from borderkg.text import fold
from scoring import load_scorer

DEV = Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev"
FLOORS = {
    ("d_ar_01_caobang_jwc11", "d_fr_06_caobang_jwc11"): 0.90,
    ("d_sv_08_laichau_honghe", "d_en_12_laichau_honghe"): 0.98,
    # (0.90: the Vietnamese telling names the Ministry of Industry and Trade in brackets after its trade promotion
    # agency, a node of its own since the ministry is in the lexicon; the Chinese names only the agency)
    ("d_vi_15_laocai_fair25", "d_zh_18_laocai_fair25"): 0.90,
    ("d_es_21_quangninh_hoanhmo", "d_de_24_quangninh_hoanhmo"): 0.84,
}


@pytest.fixture(scope="module")
def agreements(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], float]:
    if not DEV.is_dir():
        pytest.fail(f"the shared development set is missing: {DEV} (CI checks out ../shared beside the project)")
    score = load_scorer()
    out = tmp_path_factory.mktemp("pairs")
    files = [str(DEV / "articles" / f"{doc}.txt") for pair in FLOORS for doc in pair]
    result = CliRunner().invoke(main, ["build", *files, "--out", str(out), "--no-validate"])
    assert result.exit_code == 0, result.output
    ix = score.Index(score.load(out / "graph.trig"), score.Graph())
    found = {pair: score.agreement(ix, *pair) for pair in FLOORS}
    print("\n".join(f"{a} ~ {b}: {value:.2f}" for (a, b), value in found.items()))
    return found


@pytest.mark.parametrize("pair", list(FLOORS))
def test_parallel_pair_agreement(agreements: dict[tuple[str, str], float], pair: tuple[str, str]) -> None:
    assert agreements[pair] >= FLOORS[pair], f"{pair}: {agreements[pair]:.2f}"


def test_month_after_an_as_of_word_in_han_script_is_a_date() -> None:
    # "截至10月底" (as of the end of October): the month of the publication's year, as "đến cuối tháng 10".
    resources = load_resources()
    dates = CompiledLanguage.compile("zh", resources.languages["zh"]).dates
    text = "据组委会通报，截至10月底，已有180家企业报名参展。"
    assert [d.value for d in dates.read(fold(text).text, reference="2025-11-20")] == ["2025-10"]
