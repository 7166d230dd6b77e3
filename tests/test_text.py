"""Folding for matching keeps a map back to original code points."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from borderkg.extract.language import CompiledLanguage, check_language
from borderkg.text import fold, fold_char, fold_label, sentences

LANG = Path(__file__).resolve().parents[1] / "ontology" / "lang"


@pytest.mark.parametrize("text, folded", [
    ("Quảng  Ninh", "quang ninh"),
    ("Đông Hưng", "dong hung"),
    ("نظّم الأمين", "نظم الامين"),
    ("مدينة ـمونغ", "مدينه مونغ"),
    ("٢٠١٦", "2016"),
    ("Ｑｕａｎｇ", "quang"),
], ids=["vi-diacritics", "vi-d-stroke", "ar-harakat-hamza", "ar-tatweel-ta-marbuta", "ar-digits", "nfkc"])
def test_fold(text: str, folded: str) -> None:
    assert fold(text).text == folded


@given(st.text(max_size=200))
def test_fold_map_points_into_original(text: str) -> None:
    f = fold(text)
    assert len(f.origin) == len(f.text)
    assert all(0 <= o < len(text) for o in f.origin)
    assert list(f.origin) == sorted(f.origin)


@given(st.text(alphabet=st.sampled_from("abÁ \n\t,黄٢"), max_size=60)
       | st.text(alphabet=st.sampled_from("abÁß \n\tـ,Ǆ黄٢"), max_size=60))
def test_each_folded_character_comes_from_where_the_map_says(text: str) -> None:
    f = fold(text)  # with and without characters that fold to none or several (ß, ـ, Ǆ)
    assert len(f.origin) == len(f.text) and all(0 <= o < len(text) for o in f.origin)
    for i, char in enumerate(f.text):
        source = text[f.origin[i]]
        assert char in fold_char(source) or char in " \n" and source.isspace(), (text, i)
        assert f.folded_offset(f.origin[i]) <= i
    assert list(f.origin[2:9]) == [f.origin[i] for i in range(min(2, len(f.text)), min(9, len(f.text)))]


def test_span_maps_back_exactly() -> None:
    text = "Mr Hồ Văn Vinh, chef för Quảng Ninhs utrikesdepartement"
    f = fold(text)
    start = f.text.index("quang ninh")
    s, e = f.span(start, start + len("quang ninh"))
    assert text[s:e] == "Quảng Ninh"


@pytest.mark.parametrize("lang, text", [
    ("en", "They met Dr. 黄明 in Hanoi. Then they left."),
    ("fr", "Ils ont reçu M. «Binh» à Hanoi. Puis ils sont partis."),
    ("es", "Recibieron al Sr. «Li» en Hanoi. Luego se fueron."),
], ids=["en-han-name", "fr-quoted-name", "es-quoted-name"])
def test_title_period_does_not_end_the_sentence(lang: str, text: str) -> None:
    """A title's period (the language file's `abbreviations`) is no sentence end, whatever follows."""
    path = LANG / f"{lang}.toml"
    compiled = CompiledLanguage.compile(lang, check_language(tomllib.loads(path.read_text(encoding="utf-8")), path))
    folded = fold(text).text
    assert len(sentences(folded)) == 3
    assert len(sentences(folded, abbreviations=compiled.abbreviations)) == 2


def test_sentences_split_lines_and_stops() -> None:
    text = "Första meningen. Andra?\nTredje rad"
    assert [text[s:e] for s, e in sentences(text)] == ["Första meningen.", "Andra?", "Tredje rad"]
    assert fold_label("  Bac Luan\nII ") == "bac luan ii"
