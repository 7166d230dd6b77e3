"""Compiled multi-pattern phrase matching over folded text, with per-language word boundaries."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache, partial
from operator import attrgetter, le, lt, sub
from typing import TYPE_CHECKING, Any, NamedTuple

from ahocorasick_rs import AhoCorasick, Implementation, MatchKind

from borderkg.extract.spans import SpanSet
from borderkg.text import fold_label, is_word_char

if TYPE_CHECKING:
    from borderkg.extract.language import LanguageData


class Match(NamedTuple):
    """A phrase found in folded text: folded offsets and what the phrase stands for.

    A named tuple, not a frozen dataclass: matchers make one per phrase found, and a frozen
    dataclass's constructor costs more than twice as much."""

    start: int
    end: int
    value: Any
    """What the phrase stands for: an IRI, a code, a number (the data file decides)."""


new_match = partial(tuple.__new__, Match)
"""`Match` from a (start, end, value) tuple, without the Python frame of the named tuple's `__new__`."""


@dataclass(frozen=True, slots=True)
class Boundaries:
    """What may stick to a phrase inside a word: proclitics before, suffixes after."""

    clitics: frozenset[str] = frozenset()
    suffixes: tuple[str, ...] = ()
    longest_clitic: int = field(init=False, default=0)
    """The length of the longest clitic (asked at every phrase that starts inside a word)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "longest_clitic", max(map(len, self.clitics), default=0))

    @classmethod
    def of(cls, lang: LanguageData) -> Boundaries:
        return cls(frozenset(fold_label(c) for c in lang.get("clitics", []) if not c.endswith("'")),
                   tuple(fold_label(s) for s in lang.get("suffixes", [])))


def contractions_of(lang: LanguageData) -> tuple[tuple[str, str], ...]:
    """Folded (beginning, merged form) pairs of the language's ``contractions`` table."""
    return tuple((fold_label(k), fold_label(v)) for k, v in lang.get("contractions", {}).items())


_Hit = tuple[int, int, tuple[object, ...]]
"""A phrase found: start, end and the phrase's values."""


class SharedScan:
    """One Aho-Corasick automaton for several PhraseMatchers that read the same texts.

    Scanning a text costs about the same for few phrases as for many, so the matchers of one
    language scan each document once between them instead of once each. The last text's hits
    are kept (by identity: texts are immutable) for the matchers that ask after the first."""

    def __init__(self) -> None:
        self._automaton: AhoCorasick | None = None
        self._entries: dict[str, list[tuple[int, tuple[object, ...]]]] = {}  # key: (member, values)
        self._found: list[list[tuple[int, tuple[object, ...]]]] = []  # the entries of each phrase, by its number
        self._only: list[tuple[int, tuple[object, ...]] | None] = []  # a phrase's entry, where it has one only
        self._members = 0
        self._closed = False
        self._last: tuple[str, dict[int, list[_Hit]]] | None = None
        self._values: list[tuple[object, ...]] = []

    def join(self, table: dict[str, list[object]]) -> int:
        """Add one matcher's phrases (folded key: values); returns the matcher's member number."""
        if self._closed:
            raise ValueError("SharedScan.join after close")
        member = self._members
        self._members += 1
        for key, values in table.items():
            self._entries.setdefault(key, []).append((member, tuple(values)))
        return member

    def close(self) -> None:
        """Build the automaton once every matcher has joined."""
        if self._entries:
            # (the default NFA: a DFA of the lexicon's names would read a text in 40% fewer instructions, but
            # takes 27 MB and 60 ms to build; a language's, 1.5 MB for a 0.3% faster extraction)
            self._automaton = AhoCorasick(list(self._entries), matchkind=MatchKind.Standard)
            self._found = list(self._entries.values())
            self._only = [entries[0] if len(entries) == 1 else None for entries in self._found]  # (the one entry)
            self._values = [entries[0][1] for entries in self._found]  # (what one member's phrases hold)
        self._closed = True

    def hits(self, text: str) -> dict[int, list[_Hit]]:
        """Every occurrence of every phrase in text (overlaps allowed), by member, in the order of their
        ends (longest first for the same end)."""
        last = self._last
        if last is not None and last[0] is text:
            return last[1]
        if not self._closed:
            raise ValueError("SharedScan.hits before close")
        found: dict[int, list[_Hit]] = defaultdict(list)
        if self._automaton is not None and self._members == 1:
            # one matcher's phrases (the units', read a window at a time): each phrase has one entry
            held = self._values
            found[0] = [(start, end, held[phrase])
                        for phrase, start, end in self._automaton.find_matches_as_indexes(text, overlapping=True)]
        elif self._automaton is not None:
            entries, only = self._found, self._only
            for phrase, start, end in self._automaton.find_matches_as_indexes(text, overlapping=True):
                entry = only[phrase]
                if entry is not None:  # (most phrases: one matcher's)
                    found[entry[0]].append((start, end, entry[1]))
                    continue
                for member, values in entries[phrase]:
                    found[member].append((start, end, values))
        self._last = (text, found)
        return found


class PhraseMatcher:
    """Aho-Corasick automaton over folded phrases; finds whole-word, longest, leftmost matches.

    ``contractions``: folded (beginning, merged form) pairs; a phrase that starts with the
    beginning, and has a word of two letters or more after it, is also found in its merged form
    (Arabic ل + ال is written لل: "للجنة" is "ل" + "اللجنة").
    ``shared``: the automaton to put the phrases in, with other matchers' (closed by the caller
    once all have joined); by default the matcher has one of its own."""

    def __init__(self, phrases: Iterable[tuple[str, object]], *,
                 contractions: Iterable[tuple[str, str]] = (), shared: SharedScan | None = None) -> None:
        merged = tuple(contractions)
        table: dict[str, list[object]] = {}
        for phrase, value in phrases:
            key = fold_label(phrase)
            if not key:
                continue
            forms = [key] + [form + key[len(start):] for start, form in merged
                             if key.startswith(start) and len(key) > len(start) + 1]
            for form in forms:
                values = table.setdefault(form, [])
                if value not in values:
                    values.append(value)
        self._empty = not table
        if shared is None:
            shared = SharedScan()
            shared.join(table)
            shared.close()
            self._member = 0
        else:
            self._member = shared.join(table)
        self._scan = shared

    def all(self, text: str, bounds: Boundaries = Boundaries()) -> list[Match]:
        """Every whole-word occurrence (overlaps allowed); one Match per value of the phrase."""
        if self._empty:
            return []
        out: list[Match] = []
        size = len(text)
        for start, end, values in self._scan.hits(text).get(self._member, ()):
            # `_starts_word` and `_ends_word`, with their first tests (which decide most hits) inline
            if start and is_word_char(text[start - 1]) and is_word_char(text[start]) \
                    and not _starts_word(text, start, bounds):
                continue
            if end < size and is_word_char(text[end]) and is_word_char(text[end - 1]) and not _ends_word(text, end, bounds):
                continue
            if len(values) == 1:
                out.append(new_match((start, end, values[0])))
            else:
                out.extend(Match(start, end, v) for v in values)
        return out

    def find(self, text: str, bounds: Boundaries = Boundaries()) -> list[Match]:
        """Non-overlapping matches, longest first then leftmost, returned in text order."""
        return longest(self.all(text, bounds))


class WordFormMatcher:
    """Phrases, plus words the phrase list cannot enumerate: compounds ending in a listed head
    ("Jugendaustausch", "kulturutbytet"), inflected heads ("Gesprächen", "mötet") and verbs split
    around their clause ("tog ... emot"). Same interface as PhraseMatcher."""

    _MIN_PREFIX = 3  # "be-treffen" is a verb, "Arbeits-treffen" a compound

    def __init__(self, phrases: PhraseMatcher, heads: Iterable[tuple[str, object]], endings: Iterable[str],
                 split: Iterable[tuple[str, object]], split_gap: int = 12) -> None:
        self.phrases = phrases
        self.heads = {fold_label(h): v for h, v in heads if fold_label(h)}
        self._ascending = sorted({len(h) for h in self.heads})
        # The lengths of the heads by their last letters (as many as the shortest head has): a stem can
        # end only in the heads that end as it does.
        self._tail = self._ascending[0] if self._ascending else 0
        self._lengths_by_tail: dict[str, list[int]] = {}
        for h in self.heads:
            self._lengths_by_tail.setdefault(h[len(h) - self._tail:], []).append(len(h))
        for lengths in self._lengths_by_tail.values():
            lengths[:] = sorted(set(lengths))
        self.endings = sorted({fold_label(e) for e in endings} | {""}, key=len)
        # The last letters every head with every ending can end in: most words are ruled out by them,
        # so the words worth reading are found by one scan for all the tails (a DFA, which reads a text in
        # half the instructions of the default NFA; small, as few tails make it).
        tails = {(h + e)[-4:] for h in self.heads for e in self.endings}
        self._tail_scan = AhoCorasick(sorted(t for t in tails if re.fullmatch(r"\w+", t)), matchkind=MatchKind.Standard,
                                      implementation=Implementation.DFA)
        # The first word opens the pattern (no look-behind before it), so that the regex engine jumps
        # to where it is written; `_split_words` checks that it starts a word.
        # The words between may hold a subject with its title set off by commas ("tog Vu Duc Thang,
        # sekreterare i partikommittén i Mong Cai, emot"), but not the end of a sentence or clause (a
        # dot after a digit is a German day's: "kamen am 4. März zusammen").
        gap = r"(?:[^\w.!?;:]|(?<=\d)\.)+"
        self.split = [(re.compile(re.escape(fold_label(first)) + r"(?!\w)((?:" + gap + r"\w+){0,"
                                  + str(split_gap) + r"}?" + gap + r")" + re.escape(fold_label(second)) + r"(?!\w)"), value)
                      for phrase, value in split for first, _, second in [phrase.partition("…")] if second.strip()]
        # (a word's head, a function of the heads alone, is kept: the same words end in a tail in text after text)
        self._head_of = lru_cache(maxsize=1 << 14)(self._read_head)

    def all(self, text: str, bounds: Boundaries = Boundaries()) -> list[Match]:
        out = self.phrases.all(text, bounds)
        if self.heads:
            for start, end in self._words_with_tails(text):
                value = self._head_of(text[start:end])
                if value is not None:
                    out.append(new_match((start, end, value)))
        if not self.split:
            return out  # (no split verbs in the language: no index of the words found to build)
        # "kamen … zu ihren sechsten Gesprächen zusammen": a word of its own between the halves is the one read
        words = SpanSet((m.start, m.end) for m in out)
        for pattern, value in self.split:
            out.extend(Match(m.start(), m.end(), value) for m in _split_words(pattern, text)
                       if not words.overlaps(m.start(1), m.end(1)))
        return out

    def find(self, text: str, bounds: Boundaries = Boundaries()) -> list[Match]:
        return longest(self.all(text, bounds))

    def _words_with_tails(self, text: str) -> Iterator[tuple[int, int]]:
        """The words (runs of \\w) whose last four letters, or whole selves if shorter, are a tail."""
        # (c.isalnum() or c == "_": what `\w` matches, tested without a call of the regex engine)
        for _, start, end in self._tail_scan.find_matches_as_indexes(text, overlapping=True):
            if end < len(text) and ((c := text[end]).isalnum() or c == "_"):
                continue  # not where a word ends
            if end - start < 4:  # a shorter tail is a whole word
                if start == 0 or not ((c := text[start - 1]).isalnum() or c == "_"):
                    yield start, end
                continue
            while start > 0 and ((c := text[start - 1]).isalnum() or c == "_"):
                start -= 1
            yield start, end

    def _read_head(self, word: str) -> object | None:
        for ending in self.endings:
            if ending and not word.endswith(ending):
                continue
            stem = word[:len(word) - len(ending)] if ending else word
            if stem in self.heads:
                return self.heads[stem]
            # the longest head that leaves a prefix long enough to be a word of its own
            lengths = self._lengths_by_tail.get(stem[len(stem) - self._tail:])
            if lengths is None:
                continue
            shorter = lengths[:bisect_right(lengths, len(stem) - self._MIN_PREFIX)]
            for n in reversed(shorter):
                if stem[len(stem) - n:] in self.heads:
                    return self.heads[stem[len(stem) - n:]]
        return None


_start = attrgetter("start")
_end = attrgetter("end")


def _split_words(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of `finditer` whose first word starts a word, as a look-behind opening the pattern would give."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        if m.start() and _WORD_CHAR.match(text, m.start() - 1):
            pos = m.start() + 1  # inside a word: the next match may start within this one
            continue
        yield m
        pos = m.end()


_WORD_CHAR = re.compile(r"\w")


def longest(matches: list[Match]) -> list[Match]:
    """Keep the longest of overlapping matches (ties: leftmost, then first given)."""
    if len(matches) < 2:
        return list(matches)  # nothing overlaps
    in_order = sorted(matches, key=_start)
    # each match proper and ending at or before the next starts (tested by map, without a Python loop)
    starts, ends = list(map(_start, in_order)), list(map(_end, in_order))
    if all(map(lt, starts, ends)) and all(map(le, ends, starts[1:])):
        return in_order  # nothing overlaps (most lists): every match is kept
    chosen: list[Match] = []
    # Longest first, then leftmost, then as given: the matches in text order (a stable sort keeps the
    # given order of those that start together), sorted by length alone (reverse keeps ties in order).
    lengths = list(map(sub, ends, starts))
    by_length = sorted(range(len(in_order)), key=lengths.__getitem__, reverse=True)
    if len(in_order) <= _FEW:  # (most lists that overlap: a unit's window, a sentence's phrases)
        for i in by_length:
            m = in_order[i]
            if not any(c.start < m.end and m.start < c.end for c in chosen):  # what `SpanSet.overlaps` answers
                chosen.append(m)
        return sorted(chosen, key=_start)
    taken = SpanSet()
    for i in by_length:
        m = in_order[i]
        if taken.overlaps(m.start, m.end):
            continue
        chosen.append(m)
        taken.add(m.start, m.end)
    return sorted(chosen, key=_start)


_FEW = 12
"""Up to this many matches, `longest` tests each against those chosen instead of building an index of them."""


def _starts_word(text: str, start: int, bounds: Boundaries) -> bool:
    if start == 0 or not is_word_char(text[start - 1]) or not is_word_char(text[start]):
        return True
    # Only a clitic may stand before the phrase inside its word: the word must start at most the
    # longest clitic's length before it, so the walk back to its start stops there (a phrase inside
    # a long token walks a few characters, not the token).
    longest = bounds.longest_clitic
    if not longest:
        return False
    reach = max(0, start - longest - 1)
    word_start = start
    while word_start > reach and is_word_char(text[word_start - 1]):
        word_start -= 1
    if word_start == reach and reach > 0 and is_word_char(text[reach - 1]):
        return False  # the word starts further back: longer than any clitic
    return start - word_start <= longest and text[word_start:start] in bounds.clitics


def _ends_word(text: str, end: int, bounds: Boundaries) -> bool:
    if end >= len(text) or not is_word_char(text[end]) or not is_word_char(text[end - 1]):
        return True
    for suffix in bounds.suffixes:
        after = end + len(suffix)
        if text.startswith(suffix, end) and (after >= len(text) or not is_word_char(text[after])):
            return True
    return False
