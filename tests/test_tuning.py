"""Tuning set (tests/tuning/): the articles and a hundred and sixty short cases in eight languages written
blind to the extractor's code and data, with their expected facts, scored with the shared scorer.

The extractor is tuned on them, so these floors guard what it reaches today (just under the
scores measured when they were set); how it generalises is still measured on the even half of
../shared/eval/dev. The first run's figures are in tests/tuning/FIRST_RUN.txt."""
from __future__ import annotations

from pathlib import Path

import pytest

from scoring import kind_floor, score_folder

HERE = Path(__file__).resolve().parent / "tuning"
GOLD = sorted((HERE / "gold").glob("*.toml"))
# kind -> (minimum recall, minimum precision) over all tuning articles; first run: event F1 0.16,
# post 0.62, figure 0.72, entity 0.83. With t_*_18..33 added (main 07e0c26) the folder measured role recall 0.69,
# figure recall 0.81 and precision 0.82, event recall 0.31. Main 7f6f7bf (2026-12-02) measured entity recall 0.95
# and precision 0.94, role 0.99 and 1.00, figure 0.81 and 0.82, event 0.59 and 0.69: the floors are those minus 0.02.
# Branch en4 (issue 10, entities) measured entity recall 0.97 and precision 0.95: floors 0.95 and 0.93.
# Main 4ba1b7a (stop 20) measured event recall 0.75 and precision 0.82, figure 0.98 and 0.99: floors 0.02 under.
# Branch ev5 measured event recall 0.77 and precision 0.87: floors 0.75 and 0.85.
# With t_*_34..48 (even ids, eight new blind articles) added, main 6f1add6 measured on the 41 articles entity recall 0.959
# and precision 0.940, event 0.676 and 0.799, role 0.979 and 0.995, figure 0.967 and 0.986: floors 0.02 under, rounded down.
# With t_*_35..49 (odd ids, eight more) added, main 6bbf59b measured on the 49 articles entity recall 0.943 and precision
# 0.936, event 0.625 and 0.755, role 0.931 and 0.976, figure 0.960 and 0.988: floors 0.02 under, rounded down.
# Branch ev6 (gate pairs, twinnings, series of talks, "then", set-off ordinals) measured on the 49 articles event
# recall 0.713 and precision 0.807, entity recall 0.953: floors 0.02 under, rounded down.
# Main 405b3f5 (stop 22, with the posts, figures and agreements of that stop) measured entity recall 0.962 and precision
# 0.936, event 0.738 and 0.822, role 0.954 and 0.976, figure 0.971 and 0.988: floors 0.02 under, rounded down.
# With t_*_50..65 (sixteen new blind articles, first run event F1 0.23) added, main (stop 23, after its first event
# and place rules) measured on the 65 articles entity recall 0.944 and precision 0.934, event 0.682 and 0.744, role
# 0.866 and 0.964, figure 0.934 and 0.982: floors 0.02 under, rounded down.
# Main 6bb86d1 (stop 23, with the bodies, event and figure rules of that stop) measured on the 65 articles entity
# recall 0.965 and precision 0.939, event 0.790 and 0.830, role 0.964 and 0.982, figure 0.969 and 0.982: floors 0.02
# under, rounded down.
# With t_*_66..81 (sixteen new blind articles, first run event F1 0.51, post 0.84) added, main (stop 24, after its event
# rules) measured on the 81 articles entity recall 0.958 and precision 0.936, event 0.825 and 0.849, role 0.922 and
# 0.976, figure 0.951 and 0.976: floors 0.02 under, rounded down.
# With t_*_82..97 (sixteen more, first run event F1 0.61, post 0.75) added, main (stop 24) measured on the 97 articles
# entity recall 0.948 and precision 0.930, event 0.822 and 0.853, role 0.884 and 0.968, figure 0.945 and 0.974.
# With the posts and figures of stop 24's second half, main measured on the 97 articles entity recall 0.958 and
# precision 0.932, event 0.825 and 0.853, role 0.960 and 0.985, figure 0.966 and 0.986.
# With t_*_98..129 (thirty-two more, stop 25; first run event F1 0.63 and 0.32, post 0.83 and 0.82) added, main d000eb3
# (stop 25, after its event rules and the posts and figures of t_*_98..113) measured on the 129 articles entity recall
# 0.952 and precision 0.926, event 0.821 and 0.824, role 0.941 and 0.972, figure 0.955 and 0.982.
# With t_*_130..145 and the battery k_*_01..80 (stop 26; first run event F1 0.31 and 0.66, post 0.71 and 0.83) added, main
# (stop 26, after its event rules and the posts, figures and entities of its helpers) measured on the 225 documents entity
# recall 0.962 and precision 0.927, event 0.791 and 0.824, role 0.942 and 0.955, figure 0.983 and 0.978.
# With t_*_162..193 and the post battery p_*_01..80 (stop 27; first run event F1 0.38 and 0.43, post 0.72, 0.78 and 0.79)
# added, main (stop 27, after its event rules and the posts of its helper) measured on the 337 documents entity recall
# 0.960 and precision 0.926, event 0.761 and 0.781, role 0.931 and 0.960, figure 0.968 and 0.975: floors 0.02 under,
# rounded down.
# With the former held-out articles t_*_146..161 (stop 28; first run event F1 0.33, post 0.73) added, main (stop 28, after
# its event, post and lexicon rules) measured on the 353 documents entity recall 0.959 and precision 0.924, event 0.769
# and 0.779, role 0.929 and 0.959, figure 0.962 and 0.974: floors 0.02 under, rounded down.
# With the former held-out articles t_*_194..209 and a new blind batch t_*_242..257 (stop 30; first run event F1 0.62 and
# 0.31, post 0.84 and 0.74) added, main (stop 30, after its event rules) measured on the 401 documents entity recall 0.952
# and precision 0.920, event 0.762 and 0.775, role 0.895 and 0.950, figure 0.941 and 0.955: floors 0.02 under, rounded down.
# With a new blind batch t_*_258..273 (stop 31; first run event F1 0.47, post 0.80, figure 0.59) added, main (stop 31, after
# its event, post and figure rules) measured on the 417 documents entity recall 0.953 and precision 0.921, event 0.765 and
# 0.778, role 0.901 and 0.952, figure 0.927 and 0.947: floors 0.02 under, rounded down.
# With a new blind batch t_*_290..305 without t_sv_292 (fifteen, stop 32; first run event F1 0.44, post 0.64) added, main
# (stop 32, after its post, date and event rules) measured on the 432 documents entity recall 0.953 and precision 0.919,
# event 0.762 and 0.777, role 0.904 and 0.950, figure 0.924 and 0.946: the floors hold (entity precision's stays 0.90,
# 0.019 under).
# With two blind batches of stop 34 added (t_de_359, t_vi_361, t_sv_362, t_sv_363, t_en_364, t_fr_366, t_fr_367 and sixteen of
# t_*_389..407; first run event F1 0.56 and 0.34, post 0.93 and 0.68), main (stop 34, after its post, place and edition
# rules) measured on the 468 documents entity recall 0.949 and precision 0.919, event 0.740 and 0.765, role 0.891 and
# 0.948, figure 0.912 and 0.939: the event floors go to 0.02 under, rounded down (the 445 documents of before alone kept
# event recall 0.758); the others hold.
# With the two blind batches of stop 35 read for tuning added (t_ar_418, t_ar_419, t_sv_421, t_vi_422, t_fr_424, t_de_425,
# t_ar_427, t_sv_428, t_sv_429, t_vi_431, t_en_432 and t_ar_442, t_sv_445, t_vi_446, t_es_448; first run event F1 0.15 and
# 0.07, post 0.60 and 0.72), main (stop 35, after its event, post and lexicon rules) measured on the 483 documents entity
# recall 0.948 and precision 0.920, event 0.720 and 0.751, role 0.888 and 0.946, figure 0.902 and 0.929: the event and
# figure floors go to 0.02 under, rounded down; the others hold.
# With the blind batch of stop 36 read for tuning added (t_sv_458, t_sv_459, t_vi_460, t_vi_461, t_zh_463, t_ar_465, t_sv_468,
# t_de_471 and t_en_472; first run event F1 0.33, post 0.66), main (stop 36, after its date, signing, post and lexicon rules)
# measured on the 492 documents entity recall 0.947 and precision 0.919, event 0.717 and 0.746, role 0.886 and 0.945,
# figure 0.897 and 0.924: the floors hold.
# With the blind batch of stop 45 read for tuning added (23 articles, t_*_519..557; first run event F1 0.32, post 0.73,
# figures recall 0.75), main (stop 45) measured on the 542 documents entity recall 0.945 and precision 0.920, event 0.713
# and 0.740, role 0.890 and 0.951, figure 0.877 and 0.915: the figure floor goes to 0.02 under, rounded down; the others
# hold.
# With stop 47's blind batch read for tuning added (t_fr_620 .. t_sv_649, thirty articles from three writers; first run
# event F1 0.27, post 0.81), main (stop 47, with the stop's rules up to then) measured on the 572 documents event recall 0.704
# and precision 0.723: the event floors go to 0.02 under, rounded down; the others hold.
# With stop 48's blind batch read for tuning added (t_ar_680 .. t_sv_709, thirty articles from three writers; first run
# event F1 0.35, post 0.76), main (stop 48, with the stop's rules up to then) measured on the 602 documents entity recall
# 0.949 and precision 0.911, event 0.683 and 0.719, role 0.884 and 0.940, figure 0.861 and 0.907: the floors hold.
# With stop 49's two blind batches read for tuning added (t_fr_740 .. t_de_769 and t_ar_800 .. t_sv_829, sixty articles from
# six writers; first run event F1 0.52 and 0.49, post 0.78 and 0.78), main 84f5a85 (stop 49, with the stop's rules) measured
# on the 662 documents entity recall 0.946 and precision 0.910, event 0.673 and 0.714, role 0.876 and 0.940, figure 0.852 and
# 0.907: the event floors and the role recall floor go to 0.02 under, rounded down; the others hold.
FLOORS = {"entity": (0.93, 0.90), "role": (0.85, 0.93), "observation": (0.85, 0.90), "event": (0.65, 0.69)}


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory):
    return score_folder(HERE / "articles", GOLD, tmp_path_factory.mktemp("tuning"))


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_tuning_kind_floor(scored, kind: str) -> None:
    kind_floor(*scored, kind, FLOORS)


@pytest.mark.parametrize("doc", [g.stem for g in GOLD])
def test_tuning_article_offsets_are_exact(scored, doc: str) -> None:
    _, results = scored
    offsets = results[doc]["offsets"]
    assert offsets["exact"] == offsets["total"], offsets
