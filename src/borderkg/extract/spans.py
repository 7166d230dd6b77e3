"""Indexes over text spans that answer the extractors' "is there a span here?" questions in log time.

Each answers exactly what the linear scan in its docstring answers, so replacing the scan
changes no output; it only keeps extraction linear in the length of a long document.

>>> taken = SpanSet([(0, 4), (10, 12)])
>>> taken.overlaps(3, 5), taken.overlaps(4, 10)
(True, False)
>>> SpanIndex([(0, 4), (2, 9)]).contains(3, 8)
True
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from itertools import accumulate
from operator import attrgetter, itemgetter, le, lt, sub
from typing import Any


_first, _second = itemgetter(0), itemgetter(1)


class SpanSet:
    """A growing set of spans: `overlaps(start, end)` is `any(s < end and start < e for s, e in spans)`.

    Proper spans (s < e) are kept as their union, disjoint intervals sorted by start (and so by
    end); an empty or reversed span, which that test treats otherwise, is kept aside and scanned.
    """

    __slots__ = ("_all", "_odd", "_starts", "_ends")  # (the steps build dozens per document)

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._all: list[tuple[int, int]] = list(spans)
        self._odd: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self._ends: list[int] = []
        if not self._all:
            return
        ordered = sorted(self._all)
        starts, ends = list(map(_first, ordered)), list(map(_second, ordered))
        if all(map(lt, starts, ends)):  # every span proper (tested by map, without a Python loop)
            if all(map(lt, ends, starts[1:])):  # and apart: the union is the spans themselves
                self._starts, self._ends = starts, ends
                return
        else:
            self._odd = [(s, e) for s, e in self._all if s >= e]
            ordered = [span for span in ordered if span[0] < span[1]]
        # The union in one pass over the spans in order (as `add` merges them, touching ones too), the last
        # interval's end kept in a local (the steps build a set of every mention of the document, dozens of times).
        union_starts, union_ends = self._starts, self._ends
        reach = 0
        for s, e in ordered:
            if union_ends and s <= reach:
                if e > reach:
                    reach = union_ends[-1] = e
            else:
                union_starts.append(s)
                union_ends.append(e)
                reach = e

    def add(self, start: int, end: int) -> None:
        self._all.append((start, end))
        if start >= end:
            self._odd.append((start, end))
            return
        lo = bisect_left(self._ends, start)  # first interval that ends at or after start
        hi = bisect_right(self._starts, end)  # past the last that starts at or before end
        if lo < hi:
            start, end = min(start, self._starts[lo]), max(end, self._ends[hi - 1])
        self._starts[lo:hi] = [start]
        self._ends[lo:hi] = [end]

    def overlaps(self, start: int, end: int) -> bool:
        if start >= end:  # an empty or reversed query: the union does not answer it
            return any(s < end and start < e for s, e in self._all)
        if self._odd and any(s < end and start < e for s, e in self._odd):  # (most sets have none)
            return True
        at = bisect_left(self._starts, end) - 1  # the last interval that starts before end
        return at >= 0 and self._ends[at] > start


class GrowingSpans:
    """The spans of a list that only grows (`.start`, `.end` of each item): `overlaps(start, end)` is
    `any(x.start < end and start < x.end for x in items)` over the items the list holds now."""

    __slots__ = ("_items", "_seen", "_spans")

    def __init__(self, items: Sequence[Any]) -> None:
        self._items = items
        self._seen = 0
        self._spans = SpanSet()

    def overlaps(self, start: int, end: int) -> bool:
        for x in self._items[self._seen:]:
            self._spans.add(x.start, x.end)
        self._seen = len(self._items)
        return self._spans.overlaps(start, end)


class SpanIndex:
    """Fixed spans: `contains(start, end)` is `any(s <= start and end <= e for s, e in spans)`."""

    __slots__ = ("_starts", "_reach")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = list(map(_first, ordered))
        self._reach = list(accumulate(map(_second, ordered), max))  # the furthest end so far

    def contains(self, start: int, end: int) -> bool:
        at = bisect_right(self._starts, start) - 1  # the spans that start at or before start
        return at >= 0 and self._reach[at] >= end

    def contains_other(self, start: int, end: int) -> bool:
        """`any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans)`: one that
        starts before it and reaches its end, or starts with it and ends after it."""
        before = bisect_left(self._starts, start) - 1
        at = bisect_right(self._starts, start) - 1
        return (before >= 0 and self._reach[before] >= end) or (at >= 0 and self._reach[at] > end)


class StartIndex:
    """Items by start offset: `between(s, e)` is `[x for x in items if s <= start(x) < e]`, in the
    items' own order. The items must not change while the index is used. `longest` is the
    longest item (end - start, for items with an end), to reach back to items that end near a point."""

    __slots__ = ("_items", "_list", "_in_order", "_order", "_starts", "longest")  # (dozens per document)

    def __init__(self, items: Sequence[Any], *, start: Callable[[Any], int] = attrgetter("start"),
                 end: Callable[[Any], int] | None = None) -> None:
        self._items = items
        self._list = isinstance(items, list)
        starts = list(map(start, items))
        # Items given in text order (most lists) are answered by a slice of them (a stable sort would
        # keep their order: tested by map, without a Python loop).
        self._in_order = all(map(le, starts, starts[1:]))
        # (the order of the starts, for items out of order; `between` slices the items themselves otherwise)
        self._order: list[int] = [] if self._in_order else sorted(range(len(items)), key=starts.__getitem__)
        self._starts = starts if self._in_order else [starts[i] for i in self._order]
        self.longest = max(map(sub, map(end, items), starts), default=0) if end is not None else 0

    def between(self, start: int, end: int) -> list:
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        if self._in_order:
            return self._items[lo:hi] if self._list else list(self._items[lo:hi])  # type: ignore[return-value]
        if hi - lo <= 1:
            return [self._items[i] for i in self._order[lo:hi]]
        return [self._items[i] for i in sorted(self._order[lo:hi])]


class OverlapIndex:
    """Items with `.start` and `.end` that a loop adds and removes as it goes: `overlapping(start, end)`
    is `[x for x in items if x.start < end and start < x.end]` over those added and not removed, in the
    order of their starts."""

    __slots__ = ("_starts", "_items", "_longest", "_removed")

    def __init__(self, items: Iterable[Any] = ()) -> None:
        ordered = sorted(items, key=attrgetter("start"))
        self._starts = [x.start for x in ordered]
        self._items = ordered
        self._longest = max((x.end - x.start for x in ordered), default=0)
        self._removed: set[int] = set()

    def add(self, item: Any) -> None:
        at = bisect_right(self._starts, item.start)
        self._starts.insert(at, item.start)
        self._items.insert(at, item)
        self._longest = max(self._longest, item.end - item.start)
        self._removed.discard(id(item))

    def remove(self, item: Any) -> None:
        self._removed.add(id(item))  # the item stays referenced here, so its id is not reused

    def overlapping(self, start: int, end: int) -> list[Any]:
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        return [x for x in self._items[lo:hi] if start < x.end and x.start < end and id(x) not in self._removed]


def space_before(text: str, pos: int) -> int:
    """Where the run of whitespace that ends at pos starts: `len(text[:pos].rstrip())`, without the copy."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def space_after(text: str, pos: int) -> int:
    """Where the run of whitespace that starts at pos ends: `len(text) - len(text[pos:].lstrip())`."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def word_starts(text: str, at: int, word: str) -> bool:
    """`word` starts at `at` and ends a word there (an elided one, "d'", ends at its apostrophe)."""
    return text.startswith(word, at) and not (word[-1].isalnum() and text[at + len(word):at + len(word) + 1].isalnum())


def word_ends(text: str, at: int, word: str) -> bool:
    """`word` ends at `at` and starts a word there."""
    return text.endswith(word, 0, at) and not (word[0].isalnum() and text[max(0, at - len(word) - 1):at - len(word)].isalnum())


__all__ = ["GrowingSpans", "OverlapIndex", "SpanIndex", "SpanSet", "StartIndex", "space_after", "space_before", "word_ends",
           "word_starts"]
