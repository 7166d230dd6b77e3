"""Text folding for matching, with a map back to the original code-point offsets."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Arabic letter variants folded to one form; tatweel dropped. Mirrors what transliterations vary in.
_ARABIC_FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
                "ـ": "", "ک": "ك", "ی": "ي", "گ": "ك", "پ": "ب", "چ": "ج", "ڤ": "ف"}
_DIGITS = {**{chr(0x660 + i): str(i) for i in range(10)}, **{chr(0x6F0 + i): str(i) for i in range(10)}}
_DASHES = {c: "-" for c in "‐‑‒–—―−"}
_QUOTES = {c: '"' for c in "«»“”„"} | {c: "'" for c in "‘’‚"}
_SPECIAL = {"đ": "d", "Đ": "d", "ı": "i", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "æ": "ae", "œ": "oe",
            "ß": "ss", "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ","}
_TABLE = {**_ARABIC_FOLD, **_DIGITS, **_DASHES, **_QUOTES, **_SPECIAL}


@lru_cache(maxsize=65536)
def fold_char(char: str) -> str:
    """Fold one code point: NFKC, special letters, accents and harakat off, casefold."""
    if char in _TABLE:
        return _TABLE[char]
    if char == "\n":
        return "\n"
    if char.isspace():
        return " "
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", char))
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    kept = "".join(_TABLE.get(c, c) for c in kept)
    return kept.casefold()


@dataclass(frozen=True, slots=True)
class FoldedText:
    """A folded copy of a text and, for each folded code point, the original offset it came from."""

    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the folded [start, end)."""
        return self.origin[start], self.origin[end - 1] + 1

    def folded_offset(self, original: int) -> int:
        """First folded offset at or after an original offset."""
        return bisect_left(self.origin, original)


class _FoldTable(dict):
    """`str.translate` table of `fold_char`, filled on first sight of a code point (a memo, like its cache).

    Also notes the code points that do not fold to exactly one (ß, tatweel, a lone accent),
    so that texts without any keep a one-to-one offset map.
    """

    def __init__(self) -> None:
        super().__init__()
        self.uneven: set[str] = set()

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold_char(chr(code))
        if len(folded) != 1:
            self.uneven.add(chr(code))
        return folded


_FOLD = _FoldTable()
# Whitespace is already " " or "\n" after fold_char; these runs are the ones fold changes. (Two
# patterns, not one alternation: a pattern that opens with a character set is searched much faster.)
_LEADING_SPACE = re.compile(r"[ \n]+")
_SPACE_RUN = re.compile(r"[ \n]{2,}")
_SPACE_PAIRS = ("  ", " \n", "\n ", "\n\n")
_OFFSETS = tuple(range(1 << 15))
"""0, 1, 2, ...: the offset maps of texts up to this long are built from slices of it, which copy
references, instead of making a new int for every code point of every text."""
_REPLACED_MAX = 32
_FOLDS_TO_ITSELF = "\n -@\\[-~\u4e00-\u9fff\u0621\u0627\u0628\u062a-\u063f\u0641-\u0648\u064a"
"""Code points that fold to themselves (a test checks each): ASCII but capitals, Han ideographs and
the Arabic letters that fold leaves alone; the others are looked up, once each per text."""
_MAY_FOLD = re.compile(f"[^{_FOLDS_TO_ITSELF}]")
"""Up to this many code points that fold to something else, `_translate` replaces each in turn."""
_ASCII_FOLDING_TO_ITSELF = bytes(b for b in range(128) if not _MAY_FOLD.match(chr(b)))
"""The ASCII code points of `_FOLDS_TO_ITSELF`, as bytes (the others of it are no Latin-1 code points)."""


def fold(text: str) -> FoldedText:
    """Fold a text for matching; whitespace runs become one space.

    >>> fold("Quảng  Ninh").text
    'quang ninh'
    """
    raw, uneven = _translate(text)
    offsets = _OFFSETS if len(text) <= len(_OFFSETS) else tuple(range(len(text)))
    origin_raw = _uneven_origin(text, uneven, offsets) if uneven else offsets
    out: list[str] = []
    origin: list[int] = []  # the offset map, extended by slices (copies of references) and joined once
    leading = _LEADING_SPACE.match(raw)
    pos = leading.end() if leading else 0
    # Whitespace runs become one space, or one line break if they hold one (sentences need them). A
    # run starts with one of these pairs: the pattern is tried where one is (found by str.find, which
    # is far cheaper than the regex engine's search through every offset).
    for m in matches_at(_SPACE_RUN, raw, occurrences(raw, _SPACE_PAIRS, pos)):
        s, e = m.span()
        out.append(raw[pos:s])
        origin += origin_raw[pos:s]
        out.append("\n" if "\n" in m.group() else " ")
        origin.append(origin_raw[s])
        pos = e
    if not out:  # no run to shorten (a label, a one-paragraph text)
        return FoldedText(raw[pos:], tuple(origin_raw[pos:len(raw)]))
    out.append(raw[pos:])
    origin += origin_raw[pos:len(raw)]
    return FoldedText("".join(out), tuple(origin))


def _translate(text: str) -> tuple[str, str]:
    """`text.translate(_FOLD)`, and the code points of text that fold to none or several.

    `str.translate` looks every code point up in the table, but for an ASCII text (which it reads
    fast); a text with a few code points that change is folded by replacing each of them in turn,
    which gives the same text when no replacement holds a code point that is replaced too."""
    if text.isascii():  # no ASCII code point folds to none or several
        return text.translate(_FOLD), ""
    changes = []
    for char in _may_fold(text):
        folded = _FOLD[ord(char)]
        if folded != char:
            changes.append((char, folded))
    uneven = "".join(char for char, folded in changes if len(folded) != 1)
    replaced = {char for char, _ in changes}
    if len(changes) > _REPLACED_MAX or any(c in replaced for _, folded in changes for c in folded):
        return text.translate(_FOLD), uneven
    for char, folded in changes:
        text = text.replace(char, folded)
    return text, uneven


def _may_fold(text: str) -> set[str]:
    """`set(_MAY_FOLD.findall(text))`. A Latin-1 text (most Latin-script ones) is read from its bytes, those
    of the code points that fold to themselves deleted: two passes of C over the bytes instead of the
    regex engine's test of every code point against its character set, which took 1.3% of extraction."""
    try:
        latin = text.encode("latin-1")
    except UnicodeEncodeError:  # (Vietnamese, Arabic, Han script: the engine's pass)
        return set(_MAY_FOLD.findall(text))
    return set(latin.translate(None, _ASCII_FOLDING_TO_ITSELF).decode("latin-1"))


def _uneven_origin(text: str, uneven: str, offsets: Sequence[int]) -> list[int]:
    """The offset in text of each code point that text.translate(_FOLD) gives: one per code point,
    except for those of ``uneven``, which fold to none or to several. ``offsets``: 0, 1, 2, ... to
    at least the length of text."""
    out: list[int] = []
    pos = 0
    for m in re.finditer("[" + re.escape(uneven) + "]", text):
        at = m.start()
        out += offsets[pos:at]
        out += (at,) * len(_FOLD[ord(text[at])])
        pos = at + 1
    out += offsets[pos:len(text)]
    return out


def matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern that can only match at one of `starts` (in text order)."""
    end = 0
    for start in starts:
        if start >= end:
            m = pattern.match(text, start)
            if m is not None:
                yield m
                end = m.end()


_DIGIT_RUN = re.compile(r"\d\d*")  # opens with a character set, which the engine searches for fast


def digit_runs(text: str) -> list[tuple[int, int]]:
    """The spans of the runs of digits (``\\d``, any script's) of a text, in text order: dates and
    figures both start from them.

    >>> digit_runs("on 12 May 2024")
    [(3, 5), (10, 14)]
    """
    return [m.span() for m in _DIGIT_RUN.finditer(text)]


def occurrences(text: str, needles: Iterable[str], start: int = 0) -> list[int]:
    """Where any of the needles starts in text (from `start`; overlapping occurrences too), in
    text order: `[i for i in range(start, len(text)) if any(text.startswith(n, i) for n in needles)]`,
    found by `str.find`.

    >>> occurrences("a. b.\\nc", (".", "\\n"))
    [1, 4, 5]
    """
    out: list[int] = []
    for needle in needles:
        at = text.find(needle, start)
        while at >= 0:
            out.append(at)
            at = text.find(needle, at + 1)
    return sorted(set(out))


def fold_label(label: str) -> str:
    """Fold a lexicon label the same way as a text, trimmed, on one line."""
    return fold(label).text.replace("\n", " ").strip()


# Han full stops end a sentence with no space after them. The look-ahead opens the pattern with one
# character set, which the regex engine searches for; an alternation alone is tried at every offset.
_SENTENCE_END = re.compile(r"(?=[.!?؟。！？\n])(?:[.!?؟]+[\"'»”)]*(?=\s)|[。！？]+[”」』]*|\n+)")
_SENTENCE_END_CHARACTERS = ".!?؟。！？\n"


def sentences(text: str, *, ordinal_dots: bool = True, abbreviations: frozenset[str] = frozenset(),
              capital_at: Callable[[int], bool] | None = None) -> tuple[tuple[int, int], ...]:
    """Sentence spans of a text: split after . ! ? ؟ 。 and at line breaks.

    `ordinal_dots`: the language writes ordinals with a dot ("am 4. März"), so a day's dot does
    not end a sentence; elsewhere "on March 4. The talks ..." is two sentences.
    ``abbreviations``: words, written as in ``text``, whose period never ends a sentence when
    more text follows (titles: a language file's ``abbreviations``, folded for folded text).
    ``capital_at``: for folded text, whether the original has a capital at a position, so that
    "... Văn Sơn. Chuyến thăm ..." ends at "Sơn." although "son" is as short as an abbreviation.

    >>> text = "They met Dr. 黄 in Hanoi. Then they left."
    >>> [text[s:e] for s, e in sentences(text, abbreviations=frozenset({"Dr"}))]
    ['They met Dr. 黄 in Hanoi.', 'Then they left.']
    """
    spans = []
    start = 0
    title_reach = max(map(len, abbreviations), default=0) + 1  # a longer run of letters is no title
    # The pattern can only match at one of its first characters: it is tried there.
    for m in matches_at(_SENTENCE_END, text, occurrences(text, _SENTENCE_END_CHARACTERS)):
        end = m.end()
        if m.group().startswith(".") and _abbreviation(text, m.start(), end, ordinal_dots, abbreviations, capital_at,
                                                       title_reach):
            continue
        if _NOT_SPACE.search(text, start, end):  # not text[start:end].strip(): no copy of each sentence
            spans.append(_trim(text, start, end))
        start = end
    if _NOT_SPACE.search(text, start):
        spans.append(_trim(text, start, len(text)))
    return tuple(spans)


_NOT_SPACE = re.compile(r"\S")
_DAY_ORDINAL = re.compile(r"(?:^|[\s(])\d{1,2}$")  # ("am Dienstag (3. Juni)")
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[A-Z][a-z]{0,3}|[a-z]{1,3}|[A-Z])$")


def _abbreviation(text: str, dot: int, end: int, ordinal_dots: bool, titles: frozenset[str],
                  capital_at: Callable[[int], bool] | None = None, title_reach: int = 0) -> bool:
    """"Nov. 28", "Mr. Binh", "M. Dupont": the period of one of ``titles``, or of a short word
    followed by a number or a lowercase word, does not end the sentence."""
    if ordinal_dots and _DAY_ORDINAL.search(text[max(0, dot - 3):dot]) and text[end:end + 3].lstrip()[:1].isalpha():
        return True  # "am 4. März", "den 28. november": a day's ordinal dot
    following = text[end:end + 2].lstrip()
    if not following:
        return False
    if titles:
        word = dot
        # (title_reach: the longest title's length and one, worked out once per text by the caller)
        reach = max(0, dot - (title_reach or max(map(len, titles)) + 1))  # a longer run of letters is no title
        while word > reach and text[word - 1].isalpha():
            word -= 1
        if text[word:dot] in titles:
            return True
    if not (following[0].isdigit() or following[0].islower()):
        return False  # (a capital or a mark after it, as after most periods: whatever the word before it)
    if not _ABBREVIATION.search(text[max(0, dot - 6):dot]):
        return False
    if following[0].isdigit():
        return True
    if not following[0].islower():
        return False
    at = end
    while text[at].isspace():  # `following` is not empty: a non-space comes
        at += 1
    return capital_at is None or not capital_at(at)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@lru_cache(maxsize=None)  # texts have few distinct characters, each asked about many times
def is_word_char(char: str) -> bool:
    """A letter, digit or combining mark (so word boundaries work in every script).

    Han characters are written without spaces, so each one is a boundary of its own."""
    if "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff":
        return False
    return char.isalnum() or unicodedata.category(char).startswith("M")
