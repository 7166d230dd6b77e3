"""Extraction on short articles in several languages: text -> expected entities and facts.

These articles were written for the tests, in wordings and places the seeds do not have."""
from __future__ import annotations

from pathlib import Path

import pytest

from borderkg.extract import extract
from borderkg.ingest import ingest
from borderkg.model import Extraction
from borderkg.resources import load_resources

BKR = "https://w3id.org/borderkg/id/"


@pytest.fixture(scope="session")
def resources():
    return load_resources()


def run(resources, tmp_path: Path, text: str, lang: str, date: str | None = None) -> Extraction:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    meta = {"language": lang} | ({"date": date} if date else {})
    import json
    (tmp_path / "article.meta.json").write_text(json.dumps(meta))
    [ex] = list(extract(ingest([path]), resources=resources))
    return ex


def test_en_meeting_posts_and_figures(resources, tmp_path: Path) -> None:
    ex = run(resources, tmp_path,
             "On March 3, 2023, Mr Nguyen Van Binh, vice chairman of the Cao Bang Provincial People's Committee, "
             "met a delegation of Guangxi in Cao Bang. Last year the province received 27 delegations.",
             "en")
    iris = {e.iri for e in ex.entities}
    assert {BKR + "place/cao-bang", BKR + "place/guangxi"} <= iris
    assert any(m.role == "VICE_CHAIR" and m.organization == BKR + "org/cao-bang/peoples-committee"
               for m in ex.memberships)
    meeting = next(e for e in ex.events if e.cls == "Meeting")
    assert meeting.date == "2023-03-03"
    assert any(o.value == 27 and o.unit == "DELEGATION" for o in ex.observations)


def test_fr_signing_makes_agreement_with_parties(resources, tmp_path: Path) -> None:
    ex = run(resources, tmp_path,
             "Le 5 mai 2022, le Département des Affaires étrangères de Lang Son et le Département du Commerce "
             "de Guangxi ont signé un accord de coopération commerciale.", "fr")
    signing = next(e for e in ex.events if e.cls == "Signing")
    assert signing.date == "2022-05-05"
    agreement = next(e for e in ex.entities if e.cls == "Agreement")
    assert {BKR + "org/lang-son/department-foreign-affairs", BKR + "org/guangxi/department-commerce"} <= \
        {o for p, o in agreement.links if p == "party"}


def test_sv_relative_year_and_amount(resources, tmp_path: Path) -> None:
    ex = run(resources, tmp_path,
             "I år nådde handeln genom gränsporten i Lang Son 3,5 miljarder USD, enligt provinsens tullmyndighet.",
             "sv", date="2023-11-02")
    assert any(o.unit == "USD" and o.value == 3_500_000_000 for o in ex.observations)


def test_ar_clitics_and_variants(resources, tmp_path: Path) -> None:
    ex = run(resources, tmp_path,
             "وزار وفد من كاو بانغ مدينة دونغشينغ، والتقى بمسؤولي لانغ سون وبقوانغشي في 10 مارس 2024.", "ar")
    iris = {e.iri for e in ex.entities}
    assert {BKR + "place/cao-bang", BKR + "place/lang-son", BKR + "place/guangxi"} <= iris


def test_same_meeting_in_two_languages_is_one_node(resources, tmp_path: Path) -> None:
    fr = run(resources, tmp_path / "fr" if (tmp_path / "fr").mkdir() is None else tmp_path,
             "Le 13 août 2024, à Mong Cai, une réunion a eu lieu entre la délégation de la ville de Mong Cai "
             "et celle de la ville de Dongxing.", "fr")
    (tmp_path / "ar").mkdir()
    ar = run(resources, tmp_path / "ar",
             "في 13 أغسطس 2024، عُقد في مدينة مونغ كاي لقاء بين وفدي مدينة مونغ كاي ومدينة دونغشينغ.", "ar")
    assert {e.iri for e in fr.events} == {e.iri for e in ar.events} != set()


def test_mentions_quote_the_text(resources) -> None:
    for ex in extract(ingest(["seeds"]), resources=resources):
        for e in ex.entities:
            assert ex.document.text[e.mention.start:e.mention.end] == e.mention.text
