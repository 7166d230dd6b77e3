"""The span indexes and the matchers' shortcuts answer exactly what the linear scans they replace answer."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

from ahocorasick_rs import AhoCorasick, MatchKind
from hypothesis import given, settings
from hypothesis import strategies as st

from borderkg.extract.dates import (_DASHED_DAY_MONTH, _DASHED_DAY_MONTH_YEAR, _DAY_MONTH, _DAY_MONTH_YEAR, _ISO_DATE,
                                    _MONTH_YEAR, _SEPARATORS, _YEAR, _beside, _full_date_beside, _YearsBefore)
from borderkg.extract.entities_gates import gate_names
from borderkg.extract.figures import _NUMBER, _number_starts
from borderkg.extract.matcher import Boundaries, Match, PhraseMatcher, WordFormMatcher, _split_words, _starts_word, longest
from borderkg.extract.mint import _key_json
from borderkg.extract.spans import GrowingSpans, OverlapIndex, SpanIndex, SpanSet, StartIndex
from borderkg.resources import LexiconEntry
from borderkg.text import digit_runs, is_word_char, matches_at

# Empty and reversed spans too: the scans accept them, so the indexes must agree on them.
_spans = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=12)
_queries = st.lists(st.tuples(st.integers(-2, 32), st.integers(-2, 32)), min_size=1, max_size=20)
FAST = settings(max_examples=150, deadline=None)


@dataclass(frozen=True)
class _Item:
    start: int
    end: int


@FAST
@given(_spans, _queries)
def test_span_set_overlaps_as_the_scan(spans: list[tuple[int, int]], queries: list[tuple[int, int]]) -> None:
    taken = SpanSet()
    for i, (s, e) in enumerate(spans):
        taken.add(s, e)
        for a, b in queries:
            assert taken.overlaps(a, b) == any(x < b and a < y for x, y in spans[:i + 1]), (spans[:i + 1], a, b)


@FAST
@given(_spans, _queries)
def test_span_set_built_at_once_as_the_scan(spans: list[tuple[int, int]], queries: list[tuple[int, int]]) -> None:
    taken = SpanSet(spans)
    for a, b in queries:
        assert taken.overlaps(a, b) == any(x < b and a < y for x, y in spans), (spans, a, b)


@FAST
@given(_spans, _queries)
def test_growing_spans_follow_their_list(spans: list[tuple[int, int]], queries: list[tuple[int, int]]) -> None:
    items: list[_Item] = []
    index = GrowingSpans(items)
    for s, e in spans:
        items.append(_Item(s, e))
        a, b = queries[len(items) % len(queries)]
        assert index.overlaps(a, b) == any(x.start < b and a < x.end for x in items)


@FAST
@given(_spans, _queries)
def test_span_index_contains_as_the_scan(spans: list[tuple[int, int]], queries: list[tuple[int, int]]) -> None:
    index = SpanIndex(spans)
    for a, b in queries:
        assert index.contains(a, b) == any(s <= a and b <= e for s, e in spans)
        assert index.contains_other(a, b) == any(s <= a and b <= e and (s, e) != (a, b) for s, e in spans)


@FAST
@given(_spans, _queries)
def test_start_index_between_keeps_the_list_order(spans: list[tuple[int, int]], queries: list[tuple[int, int]]) -> None:
    items = [_Item(s, e) for s, e in spans]
    index = StartIndex(items, end=lambda x: x.end)
    assert index.longest == max((x.end - x.start for x in items), default=0)
    for a, b in queries:
        assert index.between(a, b) == [x for x in items if a <= x.start < b]


@FAST
@given(st.text(alphabet="0128 9a\u0663", max_size=30))
def test_last_year_before_as_findall_over_the_prefix(text: str) -> None:
    years = _YearsBefore(text)
    for start in range(len(text) + 1):
        found = re.findall(_YEAR + r"(?!\d)", text[:start])
        assert years.last(start) == (found[-1] if found else None), (text, start)


@st.composite
def _text_order(draw) -> list[_Item]:
    """Spans that do not overlap, in text order (as longest matches and dates found are)."""
    out, at = [], 0
    for gap, length in draw(st.lists(st.tuples(st.integers(0, 5), st.integers(1, 4)), max_size=10)):
        out.append(_Item(at + gap, at + gap + length))
        at += gap + length
    return out


@FAST
@given(_text_order(), st.integers(0, 60), st.integers(1, 4))
def test_dates_and_years_beside_as_the_scans(items: list[_Item], start: int, length: int) -> None:
    word = Match(start, start + length, 0)
    near = [d for d in items if 0 <= d.start - word.end <= 3 or 0 <= word.start - d.end <= 3]
    assert _full_date_beside(" " * 100, items, word, frozenset()) == bool(near)  # type: ignore[arg-type]
    first = next((r for r in items if 0 <= r.start - word.end <= 6 or 0 <= word.start - r.end <= 3), None)
    assert _beside(" " * 100, items, word) == first  # type: ignore[arg-type]  # (a text with no sentence end)


@FAST
@given(_text_order(), _queries)
def test_start_index_over_items_in_text_order(items: list[_Item], queries: list[tuple[int, int]]) -> None:
    index = StartIndex(items)
    for a, b in queries:
        assert index.between(a, b) == [x for x in items if a <= x.start < b]


def _longest_by_scan(matches: list[Match]) -> list[Match]:
    chosen: list[Match] = []
    for m in sorted(matches, key=lambda m: (-(m.end - m.start), m.start)):
        if not any(c.start < m.end and m.start < c.end for c in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


@FAST
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 6), st.integers(0, 3)), max_size=12))
def test_longest_as_the_scan(spans: list[tuple[int, int, int]]) -> None:
    matches = [Match(s, s + n, v) for s, n, v in spans]
    assert longest(matches) == _longest_by_scan(matches)


def _head_by_scan(heads: dict[str, str], endings: list[str], word: str) -> str | None:
    for ending in sorted(set(endings) | {""}, key=len):
        if not word.endswith(ending):
            continue
        stem = word[:len(word) - len(ending)]
        fits = [h for h in heads if stem.endswith(h) and (stem == h or len(stem) - len(h) >= 3)]
        if fits:
            return heads[max(fits, key=len)]
    return None


@FAST
@given(st.lists(st.sampled_from(["mote", "motet", "arbetsmote", "samtal", "al", "ena", "moten", "x"]), min_size=1, max_size=3),
       st.sampled_from(["", "a", "ab", "abc", "abcd", "grans"]))
def test_compound_head_is_the_longest_head_a_word_long_prefix_leaves(parts: list[str], prefix: str) -> None:
    heads = {"mote": "Meeting", "samtal": "Meeting", "al": "Event", "arbetsmote": "Event"}  # folded, as texts are
    endings = ["t", "n", "ena", "et"]
    forms = WordFormMatcher(PhraseMatcher([]), heads.items(), endings, [])
    word = prefix + "".join(parts)
    assert forms._head_of(word) == _head_by_scan(heads, endings, word), word


@FAST
@given(st.lists(st.sampled_from(["mote", "motet", "arbetsmote", "samtal", "al", "ena", "x", "möte", "_", "9al"]),
                max_size=8),
       st.lists(st.sampled_from([" ", ", ", "-", "'", "\n"]), min_size=8, max_size=8))
def test_words_read_for_heads_are_those_whose_tails_fit(words: list[str], gaps: list[str]) -> None:
    """The scan for tails finds the words a loop over every word, keeping those whose last four
    letters (the whole word if shorter) some head with some ending ends in, would find."""
    heads = {"mote": "Meeting", "samtal": "Meeting", "al": "Event", "arbetsmote": "Event", "mot es": "Event"}
    endings = ["t", "n", "ena", "et"]
    forms = WordFormMatcher(PhraseMatcher([]), heads.items(), endings, [])
    text = "".join(w + g for w, g in zip(words, gaps))
    tails = {(h + e)[-4:] for h in heads for e in [*endings, ""]}
    by_loop = [w.span() for w in re.finditer(r"\w+", text) if w.group()[-4:] in tails]
    assert list(forms._words_with_tails(text)) == by_loop, text


def test_gates_by_name_with_the_gate_words_taken_off() -> None:
    entry = LexiconEntry(iri="gate:a", cls="BorderGate", labels=("cua khau x", "y border gate", "cua khau z border gate"))
    names = gate_names({"gate:a": entry}, (frozenset({"cua khau", "cua"}), frozenset({"border gate", "gate"})))
    for name in ("cua khau x", "x", "khau x", "y border gate", "y", "y border", "z", "cua khau z", "z border gate"):
        assert names.get(name) == {"gate:a"}, name
    assert "cua khau" not in names and "border gate" not in names


@FAST
@given(st.text(alphabet=st.sampled_from("0123٢٣ a.,- +/x"), max_size=40))
def test_numbers_read_where_they_can_start_as_the_scan(text: str) -> None:
    found = [m.span() for m in matches_at(_NUMBER, text, _number_starts(text))]
    assert found == [m.span() for m in _NUMBER.finditer(text)], text


@FAST
@given(st.lists(st.sampled_from(["tog", "xtog", "emot", "a", "b", ",", "togemot", "emotx"]), max_size=14))
def test_split_words_as_the_pattern_with_a_look_behind(words: list[str]) -> None:
    text = " ".join(words)
    plain = re.compile(r"tog(?!\w)(?:\W+\w+){0,3}?\W+emot(?!\w)")
    behind = re.compile(r"(?<!\w)tog(?!\w)(?:\W+\w+){0,3}?\W+emot(?!\w)")
    assert [m.span() for m in _split_words(plain, text)] == [m.span() for m in behind.finditer(text)], text


@FAST
@given(_spans, st.lists(st.tuples(st.booleans(), st.integers(0, 30), st.integers(1, 8)), max_size=12), _queries)
def test_overlap_index_follows_its_additions_and_removals(spans: list[tuple[int, int]],
                                                         steps: list[tuple[bool, int, int]],
                                                         queries: list[tuple[int, int]]) -> None:
    items = [_Item(s, e) for s, e in spans if s < e]
    index = OverlapIndex(items)
    for add, start, length in steps:
        if add:
            items.append(_Item(start, start + length))
            index.add(items[-1])
        elif items:
            gone = items.pop(start % len(items))
            index.remove(gone)
        for a, b in queries:
            assert {id(x) for x in index.overlapping(a, b)} == {id(x) for x in items if x.start < b and a < x.end}


@FAST
@given(st.lists(st.sampled_from(["城市", "市场", "市", "场合", "合作社", "作", "ban", "an", "nhat ban"]), min_size=1, max_size=5),
       st.text(alphabet=st.sampled_from("城市场合作社 banhtx"), max_size=40))
def test_one_scan_finds_every_occurrence_of_every_word(words: list[str], text: str) -> None:
    """The scan for the words that name no place finds each occurrence of each word, overlapping
    ones too, as a `str.find` loop per word does."""
    scan = AhoCorasick(sorted(set(words)), matchkind=MatchKind.Standard)
    by_find = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            by_find.add((at, at + len(word)))
            at = text.find(word, at + 1)
    found = [(s, e) for _, s, e in scan.find_matches_as_indexes(text, overlapping=True)]
    assert sorted(found) == sorted(by_find) and len(found) == len(set(found))


def test_word_characters_tested_without_the_regex_engine_as_with_it() -> None:
    """`c.isalnum() or c == "_"`, which the scans for word tails and surnames test instead of
    calling a pattern, is what `\\w` matches, for every code point."""
    word = re.compile(r"\w")
    assert all(bool(word.match(c)) == (c.isalnum() or c == "_") for c in map(chr, range(0x110000)))


@FAST
@given(st.text(alphabet=st.sampled_from("0125 9-/.,x\u0663"), max_size=40))
def test_date_patterns_tried_after_separated_runs_as_a_search(text: str) -> None:
    """The date patterns that read a separator after their first digits find, from the runs of digits
    a separator follows, what a search of the whole text finds."""
    runs = digit_runs(text)
    separated = [s for s, e in runs if text[e:e + 1] in _SEPARATORS]
    for pattern in (_ISO_DATE, _DAY_MONTH_YEAR, _DASHED_DAY_MONTH_YEAR, _MONTH_YEAR, _DAY_MONTH, _DASHED_DAY_MONTH):
        assert [m.span() for m in matches_at(pattern, text, separated)] == [m.span() for m in pattern.finditer(text)]


_KEY_PARTS = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=8),
                       st.decimals(allow_nan=False, allow_infinity=False, places=2),
                       st.floats(allow_nan=False, allow_infinity=False))


@FAST
@given(st.lists(st.one_of(_KEY_PARTS, st.tuples(_KEY_PARTS, _KEY_PARTS)), max_size=5))
def test_minted_keys_written_as_json_dumps_writes_them(parts: list[object]) -> None:
    """The encoder mint_iri keeps writes a key as json.dumps(key, ensure_ascii=False, default=str) does."""
    key = tuple(parts)
    assert _key_json(key) == json.dumps(key, ensure_ascii=False, default=str)


def _starts_word_by_walk(text: str, start: int, clitics: frozenset[str]) -> bool:
    """A phrase starts a word, or only a clitic stands before it in its word (found by walking back
    to where the word starts)."""
    if start == 0 or not is_word_char(text[start - 1]) or not is_word_char(text[start]):
        return True
    word_start = start
    while word_start > 0 and is_word_char(text[word_start - 1]):
        word_start -= 1
    return text[word_start:start] in clitics


@FAST
@given(st.text(alphabet=st.sampled_from("ablwو ,黄"), max_size=30),
       st.sampled_from([frozenset(), frozenset({"l"}), frozenset({"w", "wl", "و"}), frozenset({"abl"})]))
def test_phrase_starts_word_walks_back_no_further_than_the_longest_clitic(text: str, clitics: frozenset[str]) -> None:
    bounds = Boundaries(clitics)
    for start in range(len(text)):
        assert _starts_word(text, start, bounds) == _starts_word_by_walk(text, start, clitics), (text, start)
