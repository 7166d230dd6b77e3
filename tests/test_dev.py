"""The development set (../shared/eval/dev): 24 articles written independently of this code,
scored with the shared scorer, overall and on the even-numbered half (never tuned on).

The floors are issue 10's targets (event 0.80, post 0.90, figure 0.85, entity 0.90), or what the extractor reaches
today where that is higher, so that generality cannot silently drop. The first run's figures are in
tests/dev/FIRST_RUN.txt."""
from __future__ import annotations

import sys
import tomllib
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from borderkg.cli import main

from scoring import load_scorer

HERE = Path(__file__).resolve().parent
DEV = HERE.parents[1] / "shared" / "eval" / "dev"
ONTOLOGY = HERE.parent / "ontology"
# half -> kind -> minimum F1: issue 10's targets (event 0.80, post 0.90, figure 0.85, entity 0.90, on the even half as
# well as overall), or 0.02 under what main 3e76618 measured on 2026-12-05 where that is higher (all 0.94 / 0.89 / 0.99 /
# 0.98 / 0.94, even 0.92 / 0.82 / 0.99 / 0.97 / 0.92)
FLOORS = {
    "all": {"entity": 0.91, "event": 0.87, "role": 0.97, "observation": 0.96, "overall": 0.92},
    "even": {"entity": 0.90, "event": 0.80, "role": 0.96, "observation": 0.94, "overall": 0.90},
}


# The parallel pairs (the same facts in two languages): the Jaccard of the nodes each derives
# (score.py --agree) stays at least where it is; issue 11's target is 0.90 each.
PAIR_FLOORS = {("d_ar_01_caobang_jwc11", "d_fr_06_caobang_jwc11"): 0.97,
               ("d_sv_08_laichau_honghe", "d_en_12_laichau_honghe"): 0.98,
               # (0.90: the Vietnamese telling names the Ministry of Industry and Trade, now in the lexicon, beside its
               # trade promotion agency; the Chinese names only the agency)
               ("d_vi_15_laocai_fair25", "d_zh_18_laocai_fair25"): 0.90,
               # (0.96: the German telling's "von der vietnamesischen Regierung und dem Premierminister" names the
               # Government of Vietnam, in the national lexicon since stop 46; the Spanish "por el Gobierno y el Primer
               # Ministro de Vietnam" names it only through a coordination no reader splits)
               ("d_es_21_quangninh_hoanhmo", "d_de_24_quangninh_hoanhmo"): 0.96}


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory: pytest.TempPathFactory):
    """The scorer's index of a build of the development set."""
    if not DEV.is_dir():
        pytest.fail(f"the shared development set is missing: {DEV} (CI checks out ../shared beside the project)")
    score = load_scorer()
    out = tmp_path_factory.mktemp("dev")
    result = CliRunner().invoke(main, ["build", str(DEV / "articles"), "--out", str(out), "--no-validate"])
    assert result.exit_code == 0, result.output
    onto = Graph()
    for f in sorted(ONTOLOGY.rglob("*.ttl")):
        onto += score.load(f)
    return score.Index(score.load(out / "graph.trig"), onto)


@pytest.fixture(scope="module")
def halves(dev_index) -> dict[str, dict[str, float]]:
    score = load_scorer()
    ix = dev_index
    docs = [score.score_doc(ix, tomllib.loads(g.read_text(encoding="utf-8")), DEV / "articles")
            for g in sorted((DEV / "gold").glob("*.toml"))]
    sys.path.insert(0, str(HERE / "dev"))
    try:
        from halves import halves as split
    finally:
        sys.path.remove(str(HERE / "dev"))
    return split({"docs": docs})


@pytest.mark.parametrize(("half", "kind"), [(h, k) for h, kinds in FLOORS.items() for k in kinds])
def test_dev_floor(halves: dict[str, dict[str, float]], half: str, kind: str) -> None:
    assert halves[half][kind] >= FLOORS[half][kind], f"{half} {kind} F1 {halves[half][kind]:.2f}: {halves}"


@pytest.mark.parametrize("pair", sorted(PAIR_FLOORS), ids=lambda p: f"{p[0][:7]}~{p[1][:7]}")
def test_parallel_pair_agreement(dev_index, pair: tuple[str, str]) -> None:
    agreement = load_scorer().agreement(dev_index, *pair)
    assert agreement >= PAIR_FLOORS[pair], f"{pair}: {agreement:.2f}"


def test_every_person_and_body_has_a_latin_script_label(dev_index) -> None:
    """So that a reader of the web page, the tables or the GraphML sees a name in Latin letters."""
    from rdflib import RDF, RDFS, Namespace
    from rdflib.namespace import SKOS

    bk = Namespace("https://w3id.org/borderkg/ontology#")
    g = dev_index.g
    nodes = {s for s in g.subjects(RDF.type, None) if {bk.Person, bk.Organization} & dev_index.types(s)}
    assert len(nodes) > 100

    def latin(text: str) -> bool:
        letters = [c for c in text if c.isalpha()]
        return bool(letters) and all("LATIN" in unicodedata.name(c, "") for c in letters)

    missing = sorted(str(n) for n in nodes
                     if not any(latin(str(lbl)) for p in (RDFS.label, SKOS.prefLabel) for lbl in g.objects(n, p)))
    assert not missing
