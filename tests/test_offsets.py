"""Mention offsets point at the words that were matched, checked against the text itself, not the offset map.

A mention's span is cut from the original text and folded again: it must be a name the
lexicon knows. Arabic harakat and tatweel fold to nothing, so any slip of the offset map
after one of them moves the span off the name.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from borderkg.extract import extract
from borderkg.ingest import ingest
from borderkg.resources import Resources, load_resources
from borderkg.text import fold, fold_char, fold_label

ROOT = Path(__file__).resolve().parents[1]
# Arabic with harakat and tatweel inside and before the names (كاو بانغ, لانغ سون, دونغشينغ, قوانغشي).
ARABIC = ("زَارَ وَفْدٌ مِنْ مُقَاطَعَةِ كَاو بَانْغ مَدِينَةَ دُونْغشِينْغ، وَالْتَقَى بِمَسْؤُولِي مُقَاطَعَةِ لانـغ سـون "
          "وَقُوَانْغشِي فِي 10 مَارِس 2024، وَبَحَثَ الـجـانـبـان التَّعَاوُنَ عَبْرَ بَوَّابَةِ هُوُو نغي الحدودية.")


@pytest.fixture(scope="module")
def resources() -> Resources:
    return load_resources()


def _names(resources: Resources) -> set[str]:
    """The lexicon's names, the bare names it reads only in context (bk:contextLabel) included."""
    return {label for entry in resources.entries.values() for label in (*entry.labels, *entry.context_labels)}


def test_seed_mentions_quote_lexicon_names(resources: Resources) -> None:
    names = _names(resources)
    checked = 0
    for ex in extract(ingest([ROOT / "seeds"]), resources=resources):
        for e in ex.entities:
            if e.iri in resources.entries:
                quoted = ex.document.text[e.mention.start:e.mention.end]
                assert fold_label(quoted) in names, (ex.document.identifier, e.iri, quoted)
                checked += 1
    assert checked > 100


def test_arabic_mentions_with_harakat_and_tatweel(resources: Resources, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"language": "ar"}))
    [ex] = list(extract(ingest([tmp_path / "a.txt"]), resources=resources))
    quoted = {e.iri.rsplit("/", 1)[-1]: ARABIC[e.mention.start:e.mention.end] for e in ex.entities
              if e.iri in resources.entries}
    # The span ends exactly at the name (it may start at a place-type word the lexicon also knows).
    for slug, name in (("cao-bang", "كَاو بَانْغ"), ("dongxing", "دُونْغشِينْغ"), ("lang-son", "لانـغ سـون"),
                       ("guangxi", "قُوَانْغشِي")):
        assert quoted[slug].endswith(name), (slug, quoted[slug])
    names = _names(resources)
    assert all(fold_label(q) in names for q in quoted.values())


_TRICKY = st.sampled_from([*"abz ", "\n", "  ", "ß", "Đ", "ا", "ل", "ن", "غ", "أ", "ة", "ـ", "\u064e", "\u0650",
                           "\u0651", "\u0652", "\u0301", "\u0663", "Ｑ", "ﬁ", "ǅ"])


@given(st.lists(_TRICKY, max_size=60).map("".join))
def test_each_folded_char_comes_from_the_char_it_maps_to(text: str) -> None:
    folded = fold(text)
    for char, origin in zip(folded.text, folded.origin, strict=True):
        source = text[origin]
        if char in " \n":
            assert source.isspace()
        else:
            assert char in fold_char(source), (text, char, source)
