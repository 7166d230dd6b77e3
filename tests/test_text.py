"""Folding for matching keeps a map back to original code points."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from borderkg.extract.language import CompiledLanguage, check_language
from borderkg.text import (_MAY_FOLD, _SENTENCE_END, _SENTENCE_END_CHARACTERS, _SPACE_PAIRS, _SPACE_RUN, fold, fold_char, fold_label,
                           matches_at, occurrences, sentences)

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


def _fold_one_by_one(text: str) -> tuple[str, list[int]]:
    """What `fold` gives, read one code point at a time: each folded with fold_char, leading
    whitespace dropped, a run of two or more spaces and line breaks made one (a line break if it
    holds one)."""
    chars = [(c, i) for i, source in enumerate(text) for c in fold_char(source)]
    out: list[tuple[str, int]] = []
    at = 0
    while at < len(chars) and chars[at][0] in " \n":
        at += 1
    while at < len(chars):
        end = at
        while end < len(chars) and chars[end][0] in " \n":
            end += 1
        if end - at >= 2:
            out.append(("\n" if any(c == "\n" for c, _ in chars[at:end]) else " ", chars[at][1]))
            at = end
        else:
            out.append(chars[at])
            at += 1
    return "".join(c for c, _ in out), [i for _, i in out]


@given(st.text(max_size=120)
       | st.text(alphabet=st.sampled_from("abAÁáßẞ \n\tـ,ǄǅǆﬁİÀàĐđ黄٢أإا ًّ"), max_size=80)
       | st.text(alphabet=st.characters(max_codepoint=0x7f), max_size=80))
def test_fold_is_fold_char_code_point_by_code_point(text: str) -> None:
    """Folding a whole text (replacing the code points that change one at a time, or with
    str.translate; maps made of slices) gives what folding each code point gives."""
    f = fold(text)
    folded, origin = _fold_one_by_one(text)
    assert f.text == folded
    assert list(f.origin) == origin and isinstance(f.origin, tuple)


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


@given(st.text(alphabet=st.sampled_from("ab .!?؟。！？\n\"'»”)」 \t"), max_size=60), st.integers(0, 5))
def test_occurrences_and_patterns_tried_there_as_a_search(text: str, start: int) -> None:
    """Sentence ends and whitespace runs are matched where their first characters are (found by
    str.find): the same matches as the regex engine's search through every offset."""
    for needles in (_SENTENCE_END_CHARACTERS, _SPACE_PAIRS, ("a", "ab", "b.")):
        assert occurrences(text, needles, start) == [i for i in range(start, len(text))
                                                     if any(text.startswith(n, i) for n in needles)]
    ends = matches_at(_SENTENCE_END, text, occurrences(text, _SENTENCE_END_CHARACTERS))
    assert [m.span() for m in ends] == [m.span() for m in _SENTENCE_END.finditer(text)]
    runs = matches_at(_SPACE_RUN, text, occurrences(text, _SPACE_PAIRS, start))
    assert [m.span() for m in runs] == [m.span() for m in _SPACE_RUN.finditer(text, start)]


def test_code_points_fold_skips_fold_to_themselves() -> None:
    """`_translate` looks up only the code points `_MAY_FOLD` finds: every other one must fold to itself."""
    assert all(fold_char(c) == c for c in map(chr, range(0x110000)) if not _MAY_FOLD.match(c))


def test_ranks_written_short_end_no_sentence() -> None:
    """"Sen. Lieut. Gen. Phan Van Giang": a chain of ranks written short (the language file's `abbreviations`) is no
    sentence end."""
    path = LANG / "en.toml"
    compiled = CompiledLanguage.compile("en", check_language(tomllib.loads(path.read_text(encoding="utf-8")), path))
    folded = fold("Minister of National Defence Sen. Lieut. Gen. Phan Van Giang hosted a ceremony. Then they left.").text
    assert len(sentences(folded)) > 2
    assert len(sentences(folded, abbreviations=compiled.abbreviations)) == 2
