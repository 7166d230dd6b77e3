"""The per-language tables (months, weekdays, number words, ordinals) agree with independent sources.

Month and weekday names come from the Unicode CLDR (through Babel, every regional variant of
the language, e.g. Levantine كانون الثاني besides يناير); number words and ordinals from
num2words, and Chinese numerals from the Unicode character database. A phrase the source
knows must stand for the same number in our table (مارس is March, not April).
"""
from __future__ import annotations

import tomllib
import unicodedata
from collections import defaultdict
from pathlib import Path

import babel.dates
import pytest
from babel.localedata import locale_identifiers
from num2words import num2words

from borderkg.resources import language_codes
from borderkg.text import fold_label

LANG = Path(__file__).resolve().parents[1] / "ontology" / "lang"
CODES = language_codes()


def _table(code: str, name: str) -> dict[str, int]:
    data = tomllib.loads((LANG / f"{code}.toml").read_text(encoding="utf-8"))
    return {fold_label(phrase): value for phrase, value in data.get(name, {}).items()}


def _cldr(code: str, names) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Folded name -> number, over every locale of the language; names two numbers share are left out."""
    found: dict[str, set[int]] = defaultdict(set)
    for locale in locale_identifiers():
        if locale.split("_")[0] != code:
            continue
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in names(width, context, locale=locale).items():
                    found[fold_label(name)].add(number)
    return {name: next(iter(numbers)) for name, numbers in found.items() if len(numbers) == 1}


def _check(table: dict[str, int], source: dict[str, int], wanted: range) -> None:
    wrong = {phrase: (value, source[phrase]) for phrase, value in table.items()
             if phrase in source and source[phrase] != value}
    assert not wrong, f"phrase: (ours, the source's): {wrong}"
    assert {value for phrase, value in table.items() if phrase in source} >= set(wanted), \
        f"the table lacks the source's name of {sorted(set(wanted) - set(table.values()))}"


@pytest.mark.parametrize("code", CODES)
def test_months_are_cldr_months(code: str) -> None:
    _check(_table(code, "months"), _cldr(code, babel.dates.get_month_names), range(1, 13))


@pytest.mark.parametrize("code", CODES)
def test_weekdays_are_cldr_weekdays(code: str) -> None:
    _check(_table(code, "weekdays"), _cldr(code, babel.dates.get_day_names), range(0, 7))


def _spelled(code: str, to: str) -> dict[str, int]:
    words: dict[str, set[int]] = defaultdict(set)
    for n in range(1, 101):
        words[fold_label(num2words(n, lang=code, to=to))].add(n)
    return {w: next(iter(ns)) for w, ns in words.items() if len(ns) == 1 and w}


_HAN_DIGITS = {c: int(unicodedata.numeric(c)) for c in "〇零一二三四五六七八九"}


def _han_number(text: str) -> int | None:
    """Value of a Chinese numeral below 100 ("十二" 12, "二十一" 21), None if the text is not one."""
    if not text or any(c not in _HAN_DIGITS and c != "十" for c in text):
        return None
    if "十" not in text:
        return _HAN_DIGITS[text] if len(text) == 1 else None
    tens, _, units = text.partition("十")
    return (_HAN_DIGITS.get(tens, 0) if tens else 1) * 10 + (_HAN_DIGITS.get(units, 0) if units else 0)


@pytest.mark.parametrize("code", CODES)
def test_number_words_spell_their_numbers(code: str) -> None:
    table = _table(code, "number_words")
    if code == "zh":
        source = {phrase: n for phrase in table if (n := _han_number(phrase)) is not None}
    else:
        source = _spelled(code, "cardinal")
    # Words that are also articles or nouns ("one"/"un", Vietnamese năm "five"/"year") may be left out.
    _check(table, source, range(2, 5))


@pytest.mark.parametrize("code", CODES)
def test_ordinals_contain_their_numbers(code: str) -> None:
    table = _table(code, "ordinals")
    if code == "zh":
        source = {phrase: n for phrase in table if (n := _han_number(phrase.removeprefix("第"))) is not None}
    else:
        spelled = _spelled(code, "ordinal")
        # An ordinal phrase holds the ordinal word ("الحادي عشر" holds "حادي عشر"): the longest one it holds.
        source = {}
        for phrase in table:
            if code == "ar" and " و" in phrase:
                continue  # "الحادي والعشرون" (21st): num2words spells the units and tens apart ("احدي و عشرون")
            # Whole words only, or the word after the Arabic article: "decimotercero" holds no "tercero".
            held = [w for w in spelled if f" {w} " in f" {phrase} " or f" {phrase}".endswith((f" {w}", f" ال{w}"))]
            if held:
                source[phrase] = spelled[max(held, key=len)]
    _check(table, source, range(0))
    assert not table or source, "no ordinal of the table is one the source spells"


def test_the_sources_are_not_vacuous() -> None:
    """Each check above compares many phrases, not none."""
    assert len(set(_table("ar", "months")) & set(_cldr("ar", babel.dates.get_month_names))) >= 24
    assert _cldr("ar", babel.dates.get_month_names)[fold_label("مارس")] == 3
    assert _han_number("二十一") == 21 and _han_number("十二") == 12 and _han_number("第一") is None


# Reception words that are no event word alone: English "welcomed" also welcomes results and proposals.
_RECEPTION_ONLY = {("en", "welcomed"), ("en", "welcomes")}


@pytest.mark.parametrize("code", CODES)
def test_every_reception_word_is_an_event_word(code: str) -> None:
    """A reception word (`reception_words`) tells a meeting: it is among the language's event words too."""
    data = tomllib.loads((LANG / f"{code}.toml").read_text(encoding="utf-8"))
    words = {fold_label(w) for w in [*data.get("event_triggers", {}), *data.get("split_triggers", {})]}
    missing = [w for w in data.get("reception_words", []) if fold_label(w) not in words and (code, w) not in _RECEPTION_ONLY]
    assert not missing


def test_every_head_labels_a_body_known_only_by_its_place() -> None:
    """Each head's English template in common.toml labels a body of a place: a head named by its own name
    ("Management Board of {name}") once stopped a held-out article's extraction with a KeyError when a title placed
    such a body anew."""
    from borderkg.extract.mint import head_label

    heads = tomllib.loads((LANG / "common.toml").read_text(encoding="utf-8"))["heads"]
    for key, spec in heads.items():
        label = head_label(spec.get("en", ""), "Lao Cai")
        assert "{" not in label and ("Lao Cai" in label or not spec.get("en")), key
