"""Entities in a text: lexicon names, organisations built from a head, people, projects,
infrastructure and agreements."""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from operator import attrgetter, itemgetter
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from borderkg import classes
from borderkg.extract.dates import DateMention
from borderkg.extract.entities_bodies import named_bodies
from borderkg.extract.entities_gates import gate_pairs, gates_beside_gate_words, gates_of_former_places
from borderkg.extract.entities_series import after_ordinal, described_mechanisms, generic_mechanisms, put_series, series_mechanisms
from borderkg.extract.language import CommonData, CompiledLanguage
from borderkg.extract.matcher import Match, PhraseMatcher, WordFormMatcher, longest
from borderkg.extract.mint import BKR, head_label, local_name, mint_iri, slug
from borderkg.extract.spans import (GrowingSpans, OverlapIndex, SpanIndex, SpanSet, StartIndex, space_after, space_before,
                                    word_ends, word_starts)
from borderkg.resources import LexiconEntry
from borderkg.text import FoldedText, digit_runs, fold_label, is_word_char, sentences

if TYPE_CHECKING:
    from borderkg.extract.identity import People

T = TypeVar("T")
PLACE_CLASSES = classes.PLACES
ACTOR_CLASSES = classes.ACTORS
BODY_CLASSES = ACTOR_CLASSES - {"Person"}
"""The actors that are bodies, not people (built once: asked of every name)."""
_UNREAD = object()
"""What `Context.read_at` has not read yet (its readers may answer None)."""
# (compiled once: asked per name, role or agreement)
_CLAUSE_BREAK_RE = re.compile(r"[,،.;؛:()\n]")
_CHAIN_PUNCT = re.compile(r"[,،()]")
_NAME_BEFORE_COMMA = re.compile(r"((?:[^\W\d_]+[ -]){1,3}[^\W\d_]+),\s*$")
_DASH_END = re.compile(r"[-–—]\s*$")
_AGREEMENT_CLAUSE_BREAK = re.compile(r"[,;.،؛\n]")
_DIGIT = re.compile(r"\d")
_SIGNED_BREAK = re.compile(r"[,;.،؛()，。；]")
_SIGNED_BREAK_BEFORE = re.compile(r"[,;.،؛()]")
_ADMINISTRATIVE = classes.ADMINISTRATIVE
_NOT_CONTAINERS = frozenset({*_ADMINISTRATIVE, "Place", "BorderGate"})
"""The classes of names that hold no other place's mention (`find_entities`)."""
_GAP_MAX = 48
_PLACE_WORDS = 2
"""The words of a place's name that end a body's name after its topic words."""
_WINDOW = 90
_LIST_COMMA = re.compile(r"\s*[,،、]\s*")
_WHOLE_WORD = re.compile(r"[\w'’]+")
"""A word with the apostrophes it holds ("O'Neil"): a surname is one whole."""
_BRACKETED = re.compile(r"\s*\(.*?\)\s*")
_LETTER_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_STOP_PUNCT = set(",;:.!?()[]\"«»،؛؟\n。、《》“”")


@dataclass(slots=True, unsafe_hash=True)
class Found:
    """An entity mention in folded offsets, before it becomes a model.Entity.

    Never changed once made (`dataclasses.replace` makes a changed copy), but not frozen: the steps make
    dozens per document, and a frozen dataclass's constructor, which sets each of the ten fields through
    `object.__setattr__`, took 1.8% of the extractor's instructions. Hashed by its fields, as a frozen one is."""

    start: int
    end: int
    iri: str
    cls: str
    known: bool = False
    links: tuple[tuple[str, str], ...] = ()
    labels: tuple[tuple[str, str], ...] = ()
    head: str | None = None
    """Organisation head key, agreement kind or infrastructure kind it was built from."""
    date: str | None = None
    inferred: bool = False
    """True when the jurisdiction was not in the text but taken from the article's home province."""


@dataclass
class Context:
    """One document being read: folded text, its language's matchers, the lexicon."""

    folded: FoldedText
    original: str
    lang: CompiledLanguage
    entries: dict[str, LexiconEntry]
    common: CommonData
    date: str | None = None
    """Publication date: names are read as the places that existed then."""
    people: People | None = None
    """Reads people's names (`borderkg.extract.identity`)."""
    gate_names: dict[str, set[str]] | None = None
    """The lexicon's gates by name, for this language (`entities_gates.gate_names`), built once per extractor."""
    found: list[Found] = field(default_factory=list)
    _matches: dict[tuple[int, bool], list[Match]] = field(default_factory=dict)
    _by_offset: dict[tuple[int, bool], dict[int, Match]] = field(default_factory=dict)
    _ends: dict[tuple[int, bool, bool], StartIndex] = field(default_factory=dict)
    _memo: dict[str, tuple[list[Found], Any]] = field(default_factory=dict)
    _lies_in: list[Any] = field(default_factory=lambda: [None, -1, None, {}])
    """`ancestors`' answers, after the mentions, their number and their links those answers were given for."""
    _read_at: dict[tuple[str, int], Any] = field(default_factory=dict)
    text: str = field(init=False)
    """The folded text (`folded.text`), which the steps read hundreds of times per document."""

    def __post_init__(self) -> None:
        self.text = self.folded.text

    @cached_property
    def digit_runs(self) -> list[tuple[int, int]]:
        """The text's runs of digits (`borderkg.text.digit_runs`), where dates and numbers start."""
        return digit_runs(self.text)

    @cached_property
    def sentences(self) -> tuple[tuple[int, int], ...]:
        """The text's sentence spans (`borderkg.text.sentences`, with the language's titles and ordinal dots)."""
        return sentences(self.text, abbreviations=self.lang.abbreviations, ordinal_dots=self.lang.ordinal_dots,
                         capital_at=lambda i: self.original_of(i, i + 1)[:1].isupper())

    def same_sentence(self, a: int, b: int) -> bool:
        """No sentence ends between the two offsets."""
        spans = self.sentences
        low, high = min(a, b), max(a, b)
        at = bisect_right(spans, low, key=itemgetter(0)) - 1
        return at < 0 or high < spans[at][1]

    def original_of(self, start: int, end: int) -> str:
        origin = self.folded.origin
        return self.original[origin[start]:origin[end - 1] + 1]

    def matches(self, matcher: PhraseMatcher | WordFormMatcher, *, overlapping: bool = False) -> list[Match]:
        """`matcher.find` (`.all` if overlapping) over the folded text with the language's bounds.

        Once per document: several steps look for the same phrases (roles, event triggers,
        ordinals before each trigger). The list is shared; do not change it.
        """
        key = (id(matcher), overlapping)
        found = self._matches.get(key)  # (one look-up when kept: asked thousands of times per document)
        if found is None:
            found = (matcher.all if overlapping else matcher.find)(self.text, self.lang.bounds)
            if matcher is self.lang.ordinals and found:
                found = self._outside_month_names(found)
                if self.lang.ordinal_periods:
                    found = [o for o in found if not self._numbers_a_period(o)]
            self._matches[key] = found
        return found

    def _numbers_a_period(self, ordinal: Match) -> bool:
        """"第二季度", "the second quarter", "quý II", "الربع الثاني": an ordinal beside a word for a part of the year
        (`ordinal_periods`) numbers that period, no edition."""
        after, before = space_after(self.text, ordinal.end), space_before(self.text, ordinal.start)
        if self.lang.han:  # (no spaces between words)
            return any(self.text.startswith(w, after) or self.text.endswith(w, 0, before) for w in self.lang.ordinal_periods)
        return any(word_starts(self.text, after, w) or word_ends(self.text, before, w) for w in self.lang.ordinal_periods)

    def _outside_month_names(self, ordinals: list[Match]) -> list[Match]:
        """"نوفمبر/تشرين الثاني": the ordinal words but those inside a month's name of several words, which
        number no edition."""
        months = [(m.start, m.end) for m in self.lang.dates.months.find(self.text, self.lang.bounds)
                  if " " in self.text[m.start:m.end]]
        return [o for o in ordinals if not any(a <= o.start and o.end <= b for a, b in months)]

    def match_ending(self, matcher: PhraseMatcher | WordFormMatcher, end: int) -> Match | None:
        """The match of `matches(matcher)` that ends at `end` (they do not overlap: at most one)."""
        return self._offsets(matcher, by_end=True).get(end)

    def match_starting(self, matcher: PhraseMatcher | WordFormMatcher, start: int) -> Match | None:
        """The match of `matches(matcher)` that starts at `start`."""
        return self._offsets(matcher, by_end=False).get(start)

    def _offsets(self, matcher: PhraseMatcher | WordFormMatcher, *, by_end: bool) -> dict[int, Match]:
        key = (id(matcher), by_end)
        offsets = self._by_offset.get(key)
        if offsets is None:
            offsets = self._by_offset[key] = {m.end if by_end else m.start: m for m in self.matches(matcher)}
        return offsets

    def matches_ending(self, matcher: PhraseMatcher | WordFormMatcher, low: int, high: int, *, overlapping: bool = False) -> list[Match]:
        """`[m for m in self.matches(matcher, overlapping=...) if low <= m.end < high]`, in that order."""
        return self._match_index(matcher, overlapping, by_end=True).between(low, high)

    def matches_starting(self, matcher: PhraseMatcher | WordFormMatcher, low: int, high: int, *, overlapping: bool = False) -> list[Match]:
        """`[m for m in self.matches(matcher, overlapping=...) if low <= m.start < high]`, in that order."""
        return self._match_index(matcher, overlapping, by_end=False).between(low, high)

    def _match_index(self, matcher: PhraseMatcher | WordFormMatcher, overlapping: bool, *, by_end: bool) -> StartIndex:
        key = (id(matcher), overlapping, by_end)
        index = self._ends.get(key)
        if index is None:
            index = self._ends[key] = StartIndex(self.matches(matcher, overlapping=overlapping),
                                                 start=attrgetter("end" if by_end else "start"))
        return index

    def read_at(self, reader: Callable[[Context, int], T], pos: int) -> T:
        """`reader(self, pos)`, kept for the document: for readers that depend on the text alone
        (the edition number before an event word is asked for by several steps)."""
        key = (reader.__qualname__, pos)
        out = self._read_at.get(key, _UNREAD)  # (one look-up when kept: the answer may be None)
        if out is _UNREAD:
            out = self._read_at[key] = reader(self, pos)
        return out  # type: ignore[no-any-return]

    def indexed(self, name: str, build: Callable[[list[Found]], T]) -> T:
        """`build(self.found)`, kept while `found` holds the same items in the same order: an index that steps
        reading one sentence at a time share."""
        memo = self._memo.get(name)
        # (a copy compared item by item in C: readers sort `found` in place and replace its items)
        if memo is None or memo[0] != self.found:
            snapshot = list(self.found)
            memo = self._memo[name] = (snapshot, build(snapshot))
        return memo[1]

    def kept(self, name: str, build: Callable[[Context], T]) -> T:
        """`build(self)`, kept while `found` is the same list (the object built follows its growth)."""
        memo = self._memo.get(name)
        if memo is None or memo[0] is not self.found:
            memo = self._memo[name] = (self.found, build(self))
        return memo[1]

    def linked(self, iri: str, prop: str) -> list[str]:
        """`[o for f in self.found if f.iri == iri for p, o in f.links if p == prop]`."""
        return self.indexed("links", _links_by_iri).get((iri, prop), [])

    def add_link(self, f: Found, prop: str, obj: str) -> Found:
        """Replace mention `f` in `found` by one that links it to `obj` as well; returns the new one."""
        at = self.found.index(f)
        self.found[at] = replace(f, links=(*f.links, (prop, obj)))
        self._memo.pop("links", None)  # (and with it what lies where: `ancestors`)
        return self.found[at]

    def found_between(self, start: int, end: int) -> list[Found]:
        """`[f for f in self.found if start <= f.start < end]`, in that order."""
        memo = self._memo.get("by start")  # `indexed("by start", StartIndex)`, inline: asked per name and sentence
        # (a copy of the list it was built from, compared item by item in C: the readers sort the list in place and
        # replace its items, which its length alone does not tell)
        if memo is None or memo[0] != self.found:
            snapshot = list(self.found)
            memo = self._memo["by start"] = (snapshot, StartIndex(snapshot))
        return memo[1].between(start, end)

    def places(self) -> list[Found]:
        return [f for f in self.found if f.cls in PLACE_CLASSES]

    def ancestors(self, iri: str) -> set[str]:
        # kept while the mentions' links say the same: a place added with its links ("Tra Linh commune", in Tra
        # Linh district) after an earlier question about it is asked of again
        lies_in = self._lies_in  # [the mentions, how many, their links, the answers]: asked thousands of times
        if lies_in[0] is not self.found or lies_in[1] != len(self.found):
            links = self.indexed("links", _links_by_iri)
            lies_in[:] = [self.found, len(self.found), links, lies_in[3] if lies_in[2] == links else {}]
        known: dict[str, set[str]] = lies_in[3]
        if iri in known:
            return known[iri]
        # A place minted from the text lies where its links say ("Loc Binh township" in Loc Binh).
        out: set[str] = set(self.linked(iri, "locatedIn"))
        todo = [iri, *out]
        while todo:
            entry = self.entries.get(todo.pop())
            for parent in entry.located_in if entry else ():
                if parent not in out:
                    out.add(parent)
                    todo.append(parent)
        known[iri] = out
        return out


def _links_by_iri(found: list[Found]) -> dict[tuple[str, str], list[str]]:
    """What the mentions' links name, by the mention's IRI and the link's property, in text order."""
    out: dict[tuple[str, str], list[str]] = {}
    for f in found:
        for p, o in f.links:
            out.setdefault((f.iri, p), []).append(o)
    return out


def find_entities(ctx: Context, lexicon: PhraseMatcher, context_names: PhraseMatcher | None = None) -> list[Found]:
    """Every entity mention of the document, in text order.

    `context_names` holds the lexicon's bk:contextLabel names, read only where the document
    also names the entity otherwise or a place-type word stands next to the name."""
    outside = _outside_not_place_words(ctx)
    every = [m for m in lexicon.all(ctx.text, ctx.lang.entity_bounds) if _case_fits(ctx, m) and outside(m)]
    chosen = longest(every)
    for m in chosen:
        iri = _as_of(ctx, str(m.value), ctx.text[m.start:m.end])
        ctx.found.append(Found(m.start, m.end, iri, ctx.entries[iri].cls, known=True))
    # Places named inside a longer name ("the Hai Phong - Mong Cai railway") are mentioned too; not the
    # place a landmark is named after ("下龙湾", Ha Long Bay, is no mention of the city).
    containers = SpanIndex((m.start, m.end) for m in chosen
                           if ctx.entries[str(m.value)].cls not in _NOT_CONTAINERS)
    picked = set(chosen)
    nested = longest([m for m in every if ctx.entries[str(m.value)].cls in _ADMINISTRATIVE and m not in picked
                      and containers.contains(m.start, m.end)])
    for m in nested:
        iri = _as_of(ctx, str(m.value), ctx.text[m.start:m.end])
        ctx.found.append(Found(m.start, m.end, iri, ctx.entries[iri].cls, known=True))
    _drop_expired_duplicates(ctx)
    # (the bare names found once: read again for the mechanisms they do not settle)
    # ("châu Á - Thái Bình Dương", the Pacific: a word that names no place holds no bare name either)
    context_matches = longest([m for m in context_names.all(ctx.text, ctx.lang.entity_bounds) if outside(m)]) \
        if context_names is not None else []
    if context_matches:
        _context_names(ctx, context_matches)
    gates_beside_gate_words(ctx)
    gates_of_former_places(ctx)
    gate_pairs(ctx)
    _typed_places(ctx)
    _namesakes_of_type(ctx)
    _han_typed_places(ctx)
    _read_typed_places(ctx)
    _towns_of_places(ctx)
    _capitals(ctx)
    _places_in_chains(ctx)
    _minted_places_again(ctx)
    _held_elsewhere(ctx)
    _named_mechanisms(ctx)
    _names_split_by_ordinal(ctx)
    _numbered_names(ctx)
    _names_with_a_year(ctx)
    _names_before_an_edition(ctx)
    _topic_mechanisms(ctx)
    _han_topic_mechanisms(ctx)
    _compound_mechanisms(ctx)
    series_mechanisms(ctx)
    described_mechanisms(ctx)
    generic_mechanisms(ctx)
    if context_matches:
        _unsettled_mechanisms(ctx, context_matches)
    home = _home_province(ctx)
    _organisations(ctx, home)
    _plural_bodies(ctx)
    _han_places_listed_before_a_head(ctx)
    named_bodies(ctx)
    _bodies_named_short(ctx)
    _han_companies(ctx)
    _people(ctx)
    _people_named_short(ctx)
    _projects(ctx, home)
    _infrastructure(ctx)
    _drop_places_named_only_inside(ctx)
    _drop_bodies_named_only_inside_their_parts(ctx)
    ctx.found.sort(key=lambda f: (f.start, -f.end))
    _mechanisms_named_again(ctx)
    _told_again(ctx)
    _bodies_told_again(ctx)
    return ctx.found


_NON_SPACE_BEFORE = re.compile(r"\S+$")


def _bodies_named_short(ctx: Context) -> None:
    """"die Grenzschutzstation A Pa Chai …; der stellvertretende Leiter der Station A Pa Chai", "stationen A Pa Chai":
    a short head word (`short_body_heads`) before the place or gate a body's name holds, after that body was named
    in full, names that body again."""
    heads = ctx.lang.short_body_heads
    if not heads:
        return
    ordered = sorted(ctx.found, key=attrgetter("start"))
    bodies = [f for f in ordered if f.cls in BODY_CLASSES and f.head]
    if not bodies:
        return
    inside = SpanSet((b.start, b.end) for b in bodies)
    named: dict[str, Found] = {}  # the place or gate a body's name holds -> that body, as named last
    for f in ordered:
        if f.cls in BODY_CLASSES and f.head:
            for part in ctx.found_between(f.start, f.end):
                if part.cls in PLACE_CLASSES or part.cls == "BorderGate":
                    named[part.iri] = f
        elif (f.cls in PLACE_CLASSES or f.cls == "BorderGate") and f.iri in named \
                and not inside.overlaps(f.start, f.end) and named[f.iri].end <= f.start:
            before = space_before(ctx.text, f.start)
            # ("jefe del destacamento de Honghe": past a link word, a head word the body's own name holds)
            link = _NON_SPACE_BEFORE.search(ctx.text, max(0, before - 12), before)
            if link is not None and link.group() in ctx.lang.link_tokens:
                before = space_before(ctx.text, link.start())
            told = ctx.text[named[f.iri].start:named[f.iri].end]
            head = next((h for h in heads if word_ends(ctx.text, before, h) and h in told), None)
            if head is not None:
                start = before - len(head)
                ctx.found.append(replace(named[f.iri], start=start, end=f.end, labels=()))
                inside.add(start, f.end)
    # ("die Grenzpolizeistation Qushui …; Leiter der Station Qushui": or the name no lexicon places that ends its name)
    if ctx.lang.latin:
        for body in bodies:
            mention = ctx.original_of(body.start, body.end)
            first = mention.find(" ")  # (past the head word, capitalised where nouns are)
            name = _NAME_RUN_AT_END.search(mention, first + 1) if first > 0 else None
            if name is None:
                continue
            key = ctx.text[body.end - len(name.group()):body.end]
            for head in heads:
                at = ctx.text.find(f"{head} {key}", body.end)
                while at >= 0:
                    end = at + len(head) + 1 + len(key)
                    if (not at or not ctx.text[at - 1].isalnum()) and not ctx.text[end:end + 1].isalnum() \
                            and not inside.overlaps(at, end):
                        ctx.found.append(replace(body, start=at, end=end, labels=()))
                        inside.add(at, end)
                    at = ctx.text.find(f"{head} {key}", end)


_NAME_RUN_AT_END = re.compile(r"(?:\b[A-ZÀ-Ý][\w'’-]*\s?)+$")


def _people_named_short(ctx: Context) -> None:
    """"Liu, also a member of the CPC Central Committee, …", "Chinh thanked Guangxi …": after a full name, the word
    it is shortened to (a Chinese name's surname, its first word; a Vietnamese name's given name, its last),
    capitalised and standing alone, names that person again; only a word one person's name shortens to (Latin
    script). The names reader says whose name is whose."""
    if not ctx.lang.latin or ctx.people is None:
        return
    short: dict[str, dict[str, tuple[str, Found]]] = {}
    for f in ctx.found:
        words = ctx.original_of(f.start, f.end).split() if f.cls == "Person" else []
        if len(words) < 2:
            continue
        decision = ctx.people.reader.read(" ".join(words), ctx.lang.code)
        if decision is None or not decision.decided:
            continue
        word = words[0] if decision.reading.origin == "zh" else words[-1]
        short.setdefault(fold_label(word), {}).setdefault(f.iri, (word, f))
    named = {word: next(iter(bearers.values())) for word, bearers in short.items() if len(bearers) == 1 and len(word) > 1}
    if not named:
        return
    taken = SpanSet((f.start, f.end) for f in ctx.found)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(named, key=len, reverse=True)) + r")(?![\w-])")
    for m in pattern.finditer(ctx.text):
        written, full = named[m.group()]
        # (as written, marks and all: "Đồng thời" is no "Đông")
        if m.start() < full.end or taken.overlaps(m.start(), m.end()) or ctx.original_of(m.start(), m.end()) != written \
                or _in_capitalised_run(ctx, m.start(), m.end()):
            continue
        ctx.found.append(replace(full, start=m.start(), end=m.end(), labels=()))
        taken.add(m.start(), m.end())


def _in_capitalised_run(ctx: Context, start: int, end: int) -> bool:
    """A capitalised word right before `start` (not a sentence's first, nor a title's: "Deputy PM Dam") or right after
    `end`: part of a longer name."""
    before = ctx.original_of(max(0, start - 30), start).split() if start else []
    after = ctx.original_of(end, min(len(ctx.text), end + 30)).split()
    return bool(before) and before[-1][:1].isupper() and not before[-1].endswith((".", ":", ",", ";", "–", "—", "-")) \
        and not _title_ends_at(ctx, len(ctx.text[:start].rstrip())) or bool(after) and after[0][:1].isupper()


def _title_ends_at(ctx: Context, at: int) -> bool:
    """A title or an honorific ends at `at`."""
    return any(m.end == at for words in (ctx.lang.roles, ctx.lang.ministerial_titles, ctx.lang.national_titles,
                                          ctx.lang.honorifics) for m in ctx.matches(words))


def _told_again(ctx: Context) -> None:
    """"la septième rencontre annuelle de ce mécanisme", "在县城会见": a phrase that speaks of the mechanism, or the
    place of a level, named last is it (`mechanism_anaphors`, `venue_anaphors`)."""
    anaphors = [(a, "Mechanism") for a in ctx.matches(ctx.lang.mechanism_anaphors)] \
        + [(a, str(a.value)) for a in ctx.matches(ctx.lang.venue_anaphors)]
    if not anaphors:
        return
    # ("this mechanism" read as a mechanism named by its purpose is the phrase, not a name)
    spans = {(a.start, a.end) for a, _ in anaphors}
    ctx.found[:] = [f for f in ctx.found if not (f.cls == "Mechanism" and not f.known and (f.start, f.end) in spans)]
    taken = SpanSet((f.start, f.end) for f in ctx.found)
    for phrase, cls in anaphors:
        named = next((f for f in reversed(ctx.found) if f.cls == cls and f.end <= phrase.start), None)
        if named is not None and not taken.overlaps(phrase.start, phrase.end):
            ctx.found.append(replace(named, start=phrase.start, end=phrase.end, labels=()))
    ctx.found.sort(key=lambda f: (f.start, -f.end))


_BODY_ANAPHOR_REACH = 600


def _bodies_told_again(ctx: Context) -> None:
    """"Le poste … et la station de Qushui … Le 3 mai, la station a reçu …", "وكان المركز والوحدة الصينية قد نفذا …": a
    phrase that speaks of a body of a kind (`body_anaphors`) is the body of that kind named last before it, not long
    before, when the text named one."""
    anaphors = ctx.matches(ctx.lang.body_anaphors)
    if not anaphors:
        return
    taken = SpanSet((f.start, f.end) for f in ctx.found)
    told = [f for f in ctx.found if f.cls in BODY_CLASSES and f.head and not f.inferred]
    for phrase in anaphors:
        if taken.overlaps(phrase.start, phrase.end) or ctx.text[phrase.end:phrase.end + 1] == "-":
            continue  # ("le poste-frontière": the word opens another's name)
        kind = str(phrase.value)
        named = next((f for f in reversed(told) if f.end <= phrase.start and phrase.start - f.end <= _BODY_ANAPHOR_REACH
                      and kind in (f.head or "").split("-")), None)
        if named is not None:
            ctx.found.append(replace(named, start=phrase.start, end=phrase.end, labels=()))
    ctx.found.sort(key=lambda f: (f.start, -f.end))


def _mechanisms_named_again(ctx: Context) -> None:
    """"die gemeinsame Arbeitsgruppe für die grenzüberschreitende Eisenbahnverbindung …; die dritte Sitzung der
    Arbeitsgruppe": a mechanism no lexicon knows, named again by a part of its name, is the one named in full.
    So is one named by a part before its full name ("Arbetsgruppen för gränsturism" in the headline), and a
    working body's bare generic name the lexicon reads as a mechanism it knows ("su Grupo de Trabajo Conjunto")
    where the article names one mechanism no lexicon knows in full with it."""
    mechanisms = [f for f in ctx.found if f.cls == "Mechanism"]
    if not any(not f.known for f in mechanisms):
        return
    words = {id(f): _name_words(ctx, f) for f in mechanisms}
    generic = SpanIndex((h.start, h.end) for h in ctx.matches(ctx.lang.mechanism_heads))
    for i, f in enumerate(ctx.found):
        if f.cls != "Mechanism" or f.known and not generic.contains(f.start, f.end):
            continue
        short = _name_words(ctx, f)
        # a longer name no lexicon knows, anywhere; or (for a name no lexicon knows) any named before it
        fuller = {o.iri for o in mechanisms if o.iri != f.iri and _subsequence(short, words[id(o)])
                  and (not o.known and len(words[id(o)]) > len(short) or not f.known and o.start < f.start)}
        if len(fuller) == 1 and not (f.known and _members_follow(ctx, f)):
            ctx.found[i] = replace(f, iri=fuller.pop(), known=False)


def _members_follow(ctx: Context, f: Found) -> bool:
    """"die Gemeinsame Arbeitsgruppe der vier vietnamesischen Provinzen und Yunnans": a known mechanism's generic name
    whose clause goes on to name one of its member sides is that mechanism, not a body no lexicon knows named in full
    before it ("eine gemeinsame Arbeitsgruppe für den Grenzübergang zu bilden")."""
    members = set(ctx.entries[f.iri].member_sides) if f.iri in ctx.entries else set()
    stop = _CLAUSE_STOP.search(ctx.text, f.end, f.end + _MEMBERS_AFTER)
    return any(o.iri in members for o in ctx.found_between(f.end, stop.start() if stop else f.end + _MEMBERS_AFTER))


_MEMBERS_AFTER = 60
"""How far after a mechanism's generic name the member sides that qualify it may be told."""
_CLAUSE_STOP = re.compile(r"[,;.!?，；。！？،\n]")


def _name_words(ctx: Context, f: Found) -> list[str]:
    """The words of a name as found, without articles."""
    return [w for w in ctx.text[f.start:f.end].split() if w not in ctx.lang.articles]


def _subsequence(short: list[str], long: list[str]) -> bool:
    """Every word of `short`, in order, among the words of `long`."""
    rest = iter(long)
    return bool(short) and all(any(w == x for x in rest) for w in short)


_NAMED_AFTER_PLACES = ("Project",)


def _drop_places_named_only_inside(ctx: Context) -> None:
    """"die Verwaltung der Grenzwirtschaftszone Dong Dang – Lang Son": a place the text names only
    inside the name of a zone or a board named after it is part of that name; the document does not
    speak of the place itself. (A route's places are the places it joins: they stay.)"""
    names = SpanIndex((f.start, f.end) for f in ctx.found if f.cls in _NAMED_AFTER_PLACES
                      or f.head is not None and ctx.common.get("heads", {}).get(f.head, {}).get("named"))
    inside: dict[str, bool] = {}
    for f in ctx.found:
        if f.cls in PLACE_CLASSES:
            inside[f.iri] = inside.get(f.iri, True) and f.known and names.contains_other(f.start, f.end)
    ctx.found[:] = [f for f in ctx.found if not (f.cls in PLACE_CLASSES and inside.get(f.iri))]


def _drop_bodies_named_only_inside_their_parts(ctx: Context) -> None:
    """"Kinas kommunistiska partis kommitté i staden Chongzuo", "اللجنة المركزية للحزب الشيوعي الفيتنامي":
    a party the text names only inside the name of one of its committees is part of that name; the
    committee is what the document speaks of. So is a body in the name of a kind of body named after it (`names_parent`
    in common.toml's heads: the National Assembly in "Đoàn đại biểu Quốc hội tỉnh Hà Giang")."""
    heads = ctx.common.get("heads", {})
    committees = SpanIndex((f.start, f.end) for f in ctx.found
                           if f.cls == "PartyCommittee" or f.head and heads.get(f.head, {}).get("names_parent"))
    inside: dict[str, bool] = {}
    for f in ctx.found:
        if f.cls == "Organization" and f.known:
            inside[f.iri] = inside.get(f.iri, True) and committees.contains_other(f.start, f.end)
    ctx.found[:] = [f for f in ctx.found if not (f.cls == "Organization" and inside.get(f.iri))]


def _outside_not_place_words(ctx: Context) -> Callable[[Match], bool]:
    """Whether a match stands outside every word that names no place ("云南网讯": Yunnan Net reports,
    a news outlet, not Yunnan)."""
    starts, ends, _ = ctx.kept("not_place_words", _not_place_spans)
    spans = SpanIndex(zip(starts, ends))
    return lambda m: not spans.contains(m.start, m.end)


def _occurrences(text: str, word: str) -> list[int]:
    out, at = [], text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


_WORDS_OF_A_DESCRIBED_NAME = 4
"""How many words a mechanism's name has at least that describes it ("conferencia de secretarios del Partido"), which
text writes in small letters as often as with capitals."""


def _case_fits(ctx: Context, m: Match) -> bool:
    """A proper name is written with a capital where every label of it has one: "khẩu Bắc" inside
    "cửa khẩu Bắc Phong Sinh" is not Khâu Bắc county."""
    if not ctx.lang.latin:
        return True
    entry = ctx.entries[str(m.value)]
    original = ctx.original_of(m.start, m.end)
    if not original[:1].islower():
        return True
    # "sin gemensamma arbetsgrupp": a label the lexicon itself writes in lower case, whatever its other labels
    # ("la quinta conferencia de secretarios del Partido": a mechanism's name of several words, however written)
    return ctx.text[m.start:m.end] in entry.lowercase_labels \
        or entry.cls == "Mechanism" and ctx.text.count(" ", m.start, m.end) >= _WORDS_OF_A_DESCRIBED_NAME - 1 \
        or entry.cls in classes.ORGANIZATIONS and _capital_after_first_word(original)


def _capital_after_first_word(original: str) -> bool:
    """A body's name whose first word is an adjective written small ("die vietnamesische Küstenwache", "das
    chinesische Verteidigungsministerium"): the words after it keep their capitals."""
    words = original.split()
    return len(words) > 1 and all(w[:1].isupper() for w in words[1:] if len(w) > 3)


def _context_names(ctx: Context, context_matches: list[Match]) -> None:
    """Ambiguous bare names ("Napo", "Jinping"): a place-type word next to one ("häradet Napo",
    "Napo county") or another name of the same entity in the document settles what it means."""
    taken = SpanSet((f.start, f.end) for f in ctx.found)
    # ("the joint working group of … Lai Chau … and Yunnan": a mechanism's generic name in lower case, which its
    # member sides settle as they settle it capitalised)
    candidates = [m for m in context_matches
                  if not taken.overlaps(m.start, m.end) and (_case_fits(ctx, m) or ctx.entries[str(m.value)].cls == "Mechanism")]
    # ("山东省莱州市": a city's type word by a province's bare name says it is a city of that name, not the province)
    named = {f.iri for f in ctx.found} | {str(m.value) for m in candidates
                                          if _type_fits(ctx, str(m.value), place_type_next_to(ctx, m.start, m.end))}
    # "Jinping im Autonomen Bezirk Honghe": the place it lies in, named in the document, settles it too.
    # (below a province: a province is named in almost every article)
    local = {f.iri for f in ctx.found if f.cls not in ("Country", "Province", "AutonomousRegion")}
    named |= {str(m.value) for m in candidates if ctx.ancestors(str(m.value)) & local}
    # "distriktspartikommittén i Hai Ha", "Huyện ủy Hải Hà", "the Hai Ha District Party Committee": only
    # a place has a committee, so a body's name around the bare name settles it.
    named |= {str(m.value) for m in candidates if _beside_body(ctx, m.start, m.end)}
    # "I september träffades parterna i Jinping": a place's bare name right after a venue word is that place (a
    # person's name is never where something happens; a gate's bare name may be a town's, so not a gate)
    named |= {str(m.value) for m in candidates if ctx.entries[str(m.value)].cls in classes.ADMINISTRATIVE
              and _right_after_venue_word(ctx, m.start)}
    # "the Joint Working Group" where Lao Cai and Yunnan are named: a mechanism by its member sides, as many as
    # `member_sides_named` asks
    found = {f.iri for f in ctx.found}
    needed = ctx.common.get("member_sides_named", {})
    named |= {str(m.value) for m in candidates if _member_sides(ctx, str(m.value), found) >= needed.get(str(m.value), 2)}
    named |= _listed_with_places(ctx, candidates, named)
    for m in candidates:
        if str(m.value) in named:
            iri = _as_of(ctx, str(m.value), ctx.text[m.start:m.end])
            ctx.found.append(Found(m.start, m.end, iri, ctx.entries[iri].cls, known=True))


def _held_elsewhere(ctx: Context) -> None:
    """"Hội chợ Thương mại quốc tế Việt – Trung (Lạng Sơn)": a known mechanism's name with a place in brackets right
    after it that none of its names holds is another place's: the series of its kind that place's name names, or one
    of its own (the Lang Son fair is not the Lao Cai fair), minted from the whole name."""
    places = {f.start: f for f in ctx.found if f.cls in PLACE_CLASSES}
    for i, f in enumerate(ctx.found):
        if f.cls != "Mechanism" or not f.known or (entry := ctx.entries.get(f.iri)) is None \
                or (opening := _BRACKET_OPENS.match(ctx.text, f.end)) is None:
            continue
        place = places.get(opening.end())
        closing = _BRACKET_CLOSES.match(ctx.text, place.end) if place is not None else None
        if place is None or closing is None or place.iri not in ctx.entries or _names_place(entry, ctx.entries[place.iri]):
            continue
        kinds = ctx.common.get("mechanism_events", {})
        # ("Feria Internacional de Comercio Vietnam-China (Mong Cai)": the series of that kind the place's name names)
        namesakes = [iri for iri, kind in kinds.items() if kind == kinds.get(f.iri) and iri in ctx.entries
                     and _names_place(ctx.entries[iri], ctx.entries[place.iri])]
        name = ctx.original_of(f.start, closing.end())
        ctx.found[i] = replace(f, end=closing.end(), iri=namesakes[0]) if len(namesakes) == 1 else \
            Found(f.start, closing.end(), f"{BKR}mechanism/x-{slug(name) or mint_iri('mechanism', name)[-16:]}",
                  "Mechanism", labels=((name, ctx.lang.code),), head=kinds.get(f.iri, f.head))  # (its editions are fairs too)


def _names_place(entry: LexiconEntry, place: LexiconEntry) -> bool:
    """One of the place's names stands in one of the entry's ("Hội chợ … (Lào Cai)" holds "lào cai")."""
    return any(name in label for name in place.labels for label in entry.labels)


_BRACKET_OPENS = re.compile(r"\s*[(（]\s*")
_BRACKET_CLOSES = re.compile(r"\s*[)）]")


def _right_after_venue_word(ctx: Context, start: int) -> bool:
    """A venue word (`venue_words`: "in", "i", "à", "tại") ends right before `start`."""
    before = ctx.text[max(0, start - 30):start]
    if ctx.lang.han:  # "在莱州市开幕": in a script without spaces, the word right before
        return before.endswith(tuple(ctx.lang.venue_words))
    stripped = before.rstrip()
    return len(stripped) < len(before) and any(
        stripped.endswith(w) and (len(stripped) == len(w) or not is_word_char(stripped[-len(w) - 1]))
        for w in ctx.lang.venue_words)


def _member_sides(ctx: Context, mechanism: str, found: set[str]) -> int:
    """How many of a mechanism's member sides a document names; a province and the one it was merged into are one
    seat ("Ha Giang, now part of Tuyen Quang")."""
    sides = set(ctx.entries[mechanism].member_sides) & found
    return len(sides - {p for side in sides for p in ctx.entries[side].predecessors})


def _listed_with_places(ctx: Context, candidates: list[Match], named: set[str]) -> set[str]:
    """"tỉnh Hà Nam và Thái Bình", "les provinces de Quang Ninh, de Thai Binh et de Hai Duong", "Thai Binh and
    Nam Dinh": a bare name listed beside a place of its class the document names (a comma or an "and"-word
    between, with only "of"- and place-type words besides) is one of the list; not one that a capitalised word
    right before makes part of a longer name ("Nguyen Hoa Binh, Lang Son's secretary"). Latin script only."""
    if not ctx.lang.latin and not ctx.lang.han:
        return set()
    places = [(f.start, f.end, f.cls) for f in ctx.found if f.known and f.cls in _ADMINISTRATIVE]
    places += [(m.start, m.end, ctx.entries[str(m.value)].cls) for m in candidates if str(m.value) in named]
    out: set[str] = set()
    for m in sorted(candidates, key=attrgetter("start")):  # in text order: a name listed settles the next
        iri = str(m.value)
        if iri in named or iri in out or ctx.entries[iri].cls not in _ADMINISTRATIVE:
            continue
        word_before = ctx.original_of(max(0, m.start - 30), m.start).split()[-1:] if ctx.lang.latin else []
        if word_before and word_before[0][:1].isupper() and word_before[0][-1:].isalpha():
            continue
        cls = ctx.entries[iri].cls
        if any(c == cls and (_list_gap(ctx, end, m.start) or _list_gap(ctx, m.end, start)) for start, end, c in places):
            out.add(iri)
            places.append((m.start, m.end, cls))
    return out


_HAN_LIST_MARKS = ("、", "，", ",")


def _list_gap(ctx: Context, end: int, start: int) -> bool:
    """Between two names of a list: a comma or an "and"-word, and besides only "of"-words, place-type
    words and articles ("et de", ", tỉnh")."""
    if not 0 < start - end <= 20:
        return False
    if not ctx.lang.latin:  # "河江、老街、莱州": an enumeration comma or an and-word alone
        gap = ctx.text[end:start].strip()
        return gap in _HAN_LIST_MARKS or gap in ctx.lang.and_words
    tokens = ctx.text[end:start].replace(",", " , ").split()
    words = ctx.lang.link_tokens | ctx.lang.articles
    return any(t == "," or t in ctx.lang.and_words for t in tokens) \
        and all(t == "," or t in ctx.lang.and_words or t in words for t in tokens)


def _unsettled_mechanisms(ctx: Context, context_matches: list[Match]) -> None:
    """"红河州与越南老街省联合工作委员会", "the Joint Working Committee" of Yunnan and its neighbours: a known
    mechanism's bare generic name, where the document names too few of its member sides to be it, names
    a mechanism of its own, of the sides its sentence names (one per name in a document)."""
    taken = SpanSet((f.start, f.end) for f in ctx.found)
    minted: dict[str, str] = {}
    for m in context_matches:
        entry = ctx.entries.get(str(m.value))
        if entry is None or entry.cls != "Mechanism" or taken.overlaps(m.start, m.end) or not _case_fits(ctx, m):
            continue
        name = fold_label(ctx.text[m.start:m.end])
        # ("联合工作组第三次会议" after "东兴—芒街跨境经济合作区联合工作组": the one named in full, named again)
        fuller = next((f for f in ctx.found if f.cls == "Mechanism" and name in fold_label(ctx.text[f.start:f.end])), None)
        if fuller is not None:
            ctx.found.append(Found(m.start, m.end, fuller.iri, "Mechanism", known=fuller.known, head=fuller.head))
        else:
            put_series(ctx, m.start, m.end, minted, key=name)
        taken.add(m.start, m.end)


def _beside_body(ctx: Context, start: int, end: int) -> bool:
    """A body's head ("partikommittén", "Huyện ủy", "Party Committee") right before the span, through
    "of"-words, or right after it (through a place-type word, or past a genitive's ending, a title too)."""
    heads = ctx.matches(ctx.lang.heads)
    ends = {h.end for h in heads}
    words = ctx.text[max(0, start - 30):start].split()
    left = len(ctx.text[:start].rstrip())
    # (a head may itself end in such words: "Chi đội quản lý biên giới Hồng Hà")
    while left not in ends and words and words[-1] in ctx.lang.link_tokens:
        left = len(ctx.text[:ctx.text.rfind(words.pop(), 0, left)].rstrip())
    if left in ends:
        return True
    # ("Jinpings folkregering", "Jinpings häradschef": past the genitive's ending, a body's head or a title)
    genitive = next((x for x in ctx.lang.entity_bounds.suffixes if x and ctx.text.startswith(x, end)
                     and ctx.text[end + len(x):end + len(x) + 1].isspace()), "")
    after = ctx.text[end + len(genitive):end + len(genitive) + 40]
    right = end + len(genitive) + len(after) - len(after.lstrip())
    kind = ctx.match_starting(ctx.lang.place_types_after, right)
    if kind is not None:
        right = kind.end + len(ctx.text[kind.end:kind.end + 5]) - len(ctx.text[kind.end:kind.end + 5].lstrip())
    return any(h.start == right for h in heads) or bool(genitive) and ctx.match_starting(ctx.lang.roles, right) is not None


def _type_fits(ctx: Context, iri: str, cls: str | None) -> bool:
    """Whether a place-type word beside a bare name settles it as this entry: any type does, but only a province's type
    settles a province (a city's type by a province's bare name names a city)."""
    return cls is not None and (ctx.entries[iri].cls not in _PROVINCE_CLASSES or cls in _PROVINCE_CLASSES)


_PROVINCE_CLASSES = ("Province", "AutonomousRegion")


def place_type_next_to(ctx: Context, start: int, end: int) -> str | None:
    """The class a place-type word right before ("huyện", "district de") or after ("county", "县")
    the span gives it, if there is one."""
    left, right = space_before(ctx.text, start), space_after(ctx.text, end)  # without copying the text
    before = ctx.match_ending(ctx.lang.place_types, left)  # matches that do not overlap: one per offset
    if before is not None and _written_as_type(ctx, before):
        return str(before.value)
    after = ctx.match_starting(ctx.lang.place_types_after, right)
    return str(after.value) if after is not None and _written_as_type(ctx, after) else _listed_type(ctx, start)


def _listed_type(ctx: Context, start: int) -> str | None:
    """"بلديتا هوانه مو ودونغ فان", "districts of Bat Xat and Muong Khuong": the name after the "and"-word of a pair a
    plural or dual type word heads (`list_place_types`) is of that type too."""
    if not ctx.lang.list_place_types:
        return None
    lead = start - 1 if start and ctx.text[start - 1] in ctx.lang.and_words else start  # (an "and" glued to the name)
    words = ctx.text[max(0, lead - _PAIR_REACH):lead].split()
    if lead == start and (not words or words.pop() not in ctx.lang.and_words):
        return None
    heads = [t for t in ctx.matches(ctx.lang.place_types) if lead - _PAIR_REACH <= t.end < lead
             and ctx.text[t.start:t.end] in ctx.lang.list_place_types]
    return str(heads[-1].value) if heads and not _PAIR_BREAK.search(ctx.text, heads[-1].end, lead) else None


_PAIR_REACH = 40
_PAIR_BREAK = re.compile(r"[,;:.()\n،؛，；]")


def _namesakes_of_type(ctx: Context) -> None:
    """"the city of Lang Son", "la ville vietnamienne de Lang Son", "in der vietnamesischen Stadt Lang Son": a city's
    type word right beside a known province's (or prefecture's) name names the city within it that bears its name (its
    capital); so does a dual's, for the second name of its pair ("مدينتي لاو كاي ولاي تشاو"). Not in a script without
    spaces."""
    if ctx.lang.han:
        return
    starts = {f.start: i for i, f in enumerate(ctx.found) if f.known and f.cls in PLACE_CLASSES}
    ends = {f.end: i for i, f in enumerate(ctx.found) if f.known and f.cls in PLACE_CLASSES}
    beside = [(t, starts.get(space_after(ctx.text, t.end))) for t in ctx.matches(ctx.lang.place_types)]
    beside += [(t, ends.get(space_before(ctx.text, t.start))) for t in ctx.matches(ctx.lang.place_types_after)]
    if ctx.lang.list_place_types:
        beside += [(t, i) for t in ctx.matches(ctx.lang.place_types) if ctx.text[t.start:t.end] in ctx.lang.list_place_types
                   for start, i in starts.items() if t.end < start <= t.end + _PAIR_REACH
                   and _listed_type(ctx, start) == str(t.value) and start != space_after(ctx.text, t.end)]
    for t, i in beside:
        # (a province and its capital city: "the border town of Hekou" may mean the county as much as its seat)
        # ("la ville chinoise de Wenshan": a prefecture's namesake city too, where the lexicon knows one)
        if i is None or ctx.found[i].cls not in ("Province", "District") or str(t.value) != "City" or not _written_as_type(ctx, t):
            continue
        place = ctx.found[i]
        iri = _namesake_city(ctx, place.iri, ctx.text[place.start:place.end])
        if iri is not None:  # (the name and its type word; the second of a pair, its name alone)
            paired = place.start > space_after(ctx.text, t.end) and place.start > t.start
            ctx.found[i] = Found(place.start if paired else min(t.start, place.start), max(t.end, place.end), iri,
                                 ctx.entries[iri].cls, known=True)


def _namesake_city(ctx: Context, province: str, name: str) -> str | None:
    """The city within a province that bears the name it is called by (its capital), as of the article's date."""
    city = next((e.iri for e in ctx.entries.values() if province in e.located_in and e.cls == "City"
                 and any(name in label for label in e.labels)), None)
    return _as_of(ctx, city, name) if city else None


def _typed_places(ctx: Context) -> None:
    """Places no lexicon knows, named with a place-type word: "xã Phục Hòa", "comuna de Sin Thau",
    "Phong Tho district". Latin script only, where capitals show where the name is."""
    if not ctx.lang.latin:
        return
    taken = SpanSet((f.start, f.end) for f in ctx.found)
    spans = [(t, _capitalised_run(ctx, t.end, forward=True)) for t in ctx.matches(ctx.lang.place_types)]
    spans += [(t, _capitalised_run(ctx, t.start, forward=False)) for t in ctx.matches(ctx.lang.place_types_after)]
    for t, run in spans:
        if run is None or not _written_as_type(ctx, t) or _not_place_word(ctx, t):
            continue  # "Biên bản Hội nghị": the minutes of a conference, no village
        listed = ctx.text[t.start:t.end] in ctx.lang.list_place_types and run[0] >= t.end
        if taken.overlaps(*run):
            # "distrikten Bat Xat, Bao Thang och Muong Khuong": a known name heads the list, the rest are of the type
            first = _found_at(ctx, run[0]) if listed else None
            if first is not None:
                _mint_listed(ctx, t, first.end, taken, listed=True)
            last = _found_ending(ctx, run[1]) if run[0] < t.start and ctx.text[t.start:t.end] in ctx.lang.list_place_types_after \
                else None
            if last is not None:  # "Tan My and Bat Xat districts": a known name ends the list
                _mint_listed_before(ctx, t, last.start, taken)
            continue
        name = ctx.original_of(*run)
        known = ctx.people.chinese_place(name, str(t.value), ctx.entries) if ctx.people and ctx.lang.code == "vi" else None
        if known is not None:
            ctx.found.append(Found(run[0], run[1], known, ctx.entries[known].cls, known=True))
            taken.add(*run)
            continue
        _mint_typed_place(ctx, t, run, taken)
        if run[0] >= t.end:
            _mint_listed(ctx, t, run[1], taken, listed=listed)
        elif ctx.text[t.start:t.end] in ctx.lang.list_place_types_after:
            _mint_listed_before(ctx, t, run[0], taken)


def _mint_listed(ctx: Context, t: Match, end: int, taken: SpanSet, *, listed: bool) -> None:
    """"des communes de Pa Tan et de Leng Su Sin": the next name is of the type too; after a plural type word every
    name of the list ("Kommunerna Sen Thuong, Pa Tan och Leng Su Sin"), known ones skipped over."""
    while (more := _listed_after(ctx, end, bare=listed)) is not None:
        if taken.overlaps(*more):
            known = _found_at(ctx, more[0]) if listed else None
            if known is None:
                return
            end = known.end
            continue
        _mint_typed_place(ctx, t, more, taken)
        end = more[1]
        if not listed:
            return


def _mint_listed_before(ctx: Context, t: Match, start: int, taken: SpanSet) -> None:
    """"Tan My and Thuy Hung communes", "Bat Xat, Pa Tan and Muong Khuong districts": before a plural type word after
    the names, every name of the list that an "and"-word or a comma joins is of the type, known ones skipped over."""
    while (more := _listed_before(ctx, start)) is not None:
        if taken.overlaps(*more):
            known = _found_ending(ctx, more[1])
            if known is None:
                return
            start = known.start
            continue
        _mint_typed_place(ctx, t, more, taken)
        start = more[0]


def _mint_typed_place(ctx: Context, t: Match, span: tuple[int, int], taken: SpanSet) -> None:
    """A place no lexicon knows, of the type word `t`, named at `span`."""
    name = ctx.original_of(*span)
    ctx.found.append(Found(span[0], span[1], f"{BKR}place/x-{slug(name)}", str(t.value), labels=((name, ctx.lang.code),)))
    taken.add(*span)


def _listed_before(ctx: Context, start: int) -> tuple[int, int] | None:
    """The capitalised name before an "and"-word or a comma right before `start`."""
    before = ctx.text[max(0, start - 12):start].rstrip()
    if before.endswith(","):
        return _capitalised_run(ctx, len(before.rstrip(",").rstrip()) + max(0, start - 12), forward=False)
    words = before.split()
    if len(words) < 2 or words[-1] not in ctx.lang.and_words:
        return None
    at = max(0, start - 12) + len(before) - len(words[-1])
    return _capitalised_run(ctx, len(ctx.text[:at].rstrip()), forward=False)


def _found_ending(ctx: Context, end: int) -> Found | None:
    """The name found that ends at `end`."""
    return next((f for f in ctx.found if f.end == end), None)


def _found_at(ctx: Context, start: int) -> Found | None:
    """The name found that starts at `start` (a known one heading or inside a list)."""
    return next((f for f in ctx.found if f.start == start), None)


def _minted_places_again(ctx: Context) -> None:
    """"… kommunerna Sen Thuong och Leng Su Sin … Redan i oktober träffades gränsstationerna i Sen Thuong": a place no
    lexicon knows, named once with its type word, is that place where the document names it again alone (Latin
    script, written as first named)."""
    if not ctx.lang.latin:
        return
    minted = {f.labels[0][0]: f for f in ctx.found if f.iri.startswith(_MINTED_PLACE) and f.labels}
    if not minted:
        return
    taken = SpanSet((f.start, f.end) for f in ctx.found)
    for name, first in minted.items():
        folded = ctx.text[first.start:first.end]
        at = ctx.text.find(folded)
        while at >= 0:
            end = at + len(folded)
            if not taken.overlaps(at, end) and ctx.original_of(at, end) == name \
                    and not (at and is_word_char(ctx.text[at - 1])) and not (end < len(ctx.text) and is_word_char(ctx.text[end])):
                ctx.found.append(Found(at, end, first.iri, first.cls, labels=first.labels))
                taken.add(at, end)
            at = ctx.text.find(folded, end)


_MINTED_PLACE = f"{BKR}place/x-"


def _listed_after(ctx: Context, end: int, *, bare: bool = False) -> tuple[int, int] | None:
    """The capitalised name after "and" and an "of"-word right after `end` ("… et de Leng Su Sin"); with `bare`, also
    one after a comma or "and" alone ("Sen Thuong, Pa Tan och Leng Su Sin")."""
    if bare and ctx.text.startswith(",", end):
        at = space_after(ctx.text, end + 1)
        word = ctx.text[at:at + 12].split(maxsplit=1)
        if word and word[0] in ctx.lang.link_tokens:  # "districts de Bat Xat, de Pa Tan et de …"
            at = space_after(ctx.text, at + len(word[0]))
        return _capitalised_run(ctx, at, forward=True)
    words = ctx.text[end:end + 12].split()
    if bare and words and words[0] in ctx.lang.and_words and (len(words) < 2 or words[1] not in ctx.lang.link_tokens):
        return _capitalised_run(ctx, space_after(ctx.text, ctx.text.find(words[0], end) + len(words[0])), forward=True)
    if len(words) < 2 or words[0] not in ctx.lang.and_words or words[1] not in ctx.lang.link_tokens:
        return None
    at = ctx.text.find(words[1], ctx.text.find(words[0], end) + len(words[0])) + len(words[1])
    return _capitalised_run(ctx, space_after(ctx.text, at), forward=True)


def _read_typed_places(ctx: Context) -> None:
    """"بلدية فونغ كوانغ", "حي هاي هوا": in a script without capitals, the two or three words after a
    place-type word that the names tables read as Vietnamese or Chinese syllables are a place's name."""
    if ctx.lang.latin or ctx.lang.name_starts or ctx.people is None:
        return
    taken = SpanSet((f.start, f.end) for f in ctx.found)
    stops = ctx.lang.name_stops | ctx.lang.and_words
    for t in ctx.matches(ctx.lang.place_types):
        if _definite(ctx, t.start):
            continue  # "اللجنة الشعبية للمقاطعة لو فان كوونغ": "the province" heads no name after it, a person's follows
        clause = _CLAUSE_BREAK_RE.split(ctx.text[t.end:t.end + 60], maxsplit=1)[0]
        words = list(_NON_SPACE.finditer(clause))[:3]
        for count in range(len(words), 1, -1):
            if any(w.group() in stops for w in words[:count]):
                continue
            start, end = t.end + words[0].start(), t.end + words[count - 1].end()
            decision = ctx.people.reader.read(ctx.original_of(start, end), ctx.lang.code)
            if decision is None or taken.overlaps(start, end):
                continue
            syllables = decision.reading.syllables
            latin = " ".join(x.capitalize() for x in syllables) if decision.reading.origin == "vi" else \
                "".join(syllables).capitalize()
            ctx.found.append(Found(start, end, f"{BKR}place/x-{slug(latin)}", str(t.value),
                                   labels=((ctx.original_of(start, end), ctx.lang.code), (latin, "en"))))
            taken.add(start, end)
            break


def _definite(ctx: Context, start: int) -> bool:
    """The word at `start` carries the definite article among the clitics glued before it ("للمقاطعة",
    "بالمدينة"): a noun in the construct state with the name after it ("مقاطعة ديان بيان") carries none."""
    lead = start
    while lead and ctx.text[lead - 1].isalpha():
        lead -= 1
    return any(ctx.text.endswith(p, lead, start) for p in ctx.lang.definite_prefixes)


_HAN = re.compile(r"[\u3400-\u9fff]+")
_HAN_NAME_MIN, _HAN_NAME_MAX = 2, 4


def _han_typed_places(ctx: Context) -> None:
    """Places no lexicon knows, named with a type word in a script without spaces ("老街省巴刹县",
    "前往巴刹县", "在巴刹镇"): the name runs back from the type word to a place named before it, a
    word after which names begin (`name_starts`) or punctuation. A name read once is read again
    before any type word ("巴刹县城巴刹镇") and alone ("金平与巴刹")."""
    if ctx.lang.latin or not ctx.lang.name_starts:
        return
    taken = SpanSet((f.start, f.end) for f in ctx.found)
    before = {f.end: f for f in ctx.found if f.cls in PLACE_CLASSES}
    learned: dict[str, Found] = {}
    types = [t for t in ctx.matches(ctx.lang.place_types_after) if not _not_place_word(ctx, t)]
    bodies = SpanSet((m.start, m.end) for matcher in (ctx.lang.heads, ctx.lang.roles) for m in ctx.matches(matcher))
    stops = ctx.lang.name_stops | ctx.lang.venue_words | set(ctx.lang.name_starts) | {m.value for m in ctx.lang.both_sides.all(ctx.text)}
    for t in types:
        if taken.overlaps(t.start, t.end):
            continue
        start = _han_name_start(ctx, t.start, before)
        if start is None or taken.overlaps(start, t.start) or bodies.overlaps(start, t.start) \
                or any(w in ctx.text[start:t.start] for w in stops):
            continue  # "人民政府市长", "双方就口岸": a body's or a clause's words are no name
        name = ctx.text[start:t.start]
        namesake = _capital_named_as_province(ctx, name) if str(t.value) == "City" else None
        if namesake is not None:  # "高平省高平市": Cao Bang's capital, the city that bears the province's name
            ctx.found.append(Found(start, t.end, namesake, ctx.entries[namesake].cls, known=True))
            learned.setdefault(name, ctx.found[-1])
            taken.add(start, t.end)
            continue
        parent = _han_place_before(ctx, start, before)
        place = _add_han_place(ctx, start, t.end, name, str(t.value),
                               parent.iri if parent and parent.cls != "Country" else None)
        if place.cls in _SEATS or name not in learned:
            learned[name] = place
        taken.add(start, t.end)
    if not learned:
        return
    names = PhraseMatcher((n, n) for n in learned)
    districts = {n: f.iri for n, f in learned.items() if f.cls in _SEATS}
    for m in names.all(ctx.text):
        kind = ctx.match_starting(ctx.lang.place_types_after, m.end)
        if kind is not None and not _not_place_word(ctx, kind):
            if not taken.overlaps(m.start, kind.end):
                known = learned[str(m.value)]
                if known.known and known.cls == str(kind.value):  # "高平市" again: the capital read the first time
                    ctx.found.append(Found(m.start, kind.end, known.iri, known.cls, known=True))
                else:
                    seat = districts.get(str(m.value)) if kind.value in _COMMUNES else None
                    _add_han_place(ctx, m.start, kind.end, str(m.value), str(kind.value), seat)
                taken.add(m.start, kind.end)
        elif not taken.overlaps(m.start, m.end) and str(m.value) in districts:
            place = learned[str(m.value)]
            ctx.found.append(Found(m.start, m.end, place.iri, place.cls, labels=((ctx.original_of(m.start, m.end), ctx.lang.code),)))
            taken.add(m.start, m.end)


def _capital_named_as_province(ctx: Context, name: str) -> str | None:
    """The city within a province the lexicon knows by `name` that bears that name too (its capital), as of the
    article's date. (For a script without spaces, where a type character ends a province's name.)"""
    # the name, or the name and one character after it, the province's type ("高平省")
    province = next((e.iri for e in ctx.entries.values() if e.cls == "Province"
                     and any(label == name or label.startswith(name) and len(label) == len(name) + 1 for label in e.labels)),
                    None)
    return _namesake_city(ctx, province, name) if province else None


def _not_place_word(ctx: Context, t: Match) -> bool:
    """The type word is part of a word that names no place ("城市", "市场", "合作社")."""
    starts, ends, longest = ctx.kept("not_place_words", _not_place_spans)
    i = bisect_right(starts, t.start) - 1  # the last word that starts at or before the type word
    while i >= 0 and starts[i] >= t.end - longest:
        if ends[i] >= t.end:
            return True
        i -= 1
    return False


def _not_place_spans(ctx: Context) -> tuple[list[int], list[int], int]:
    """Where the language's words that name no place occur in the text (overlaps too), by start, and
    the longest word's length: one scan for all the words."""
    if ctx.lang.not_place_scan is None:
        return [], [], 0
    spans = sorted((s, e) for _, s, e in ctx.lang.not_place_scan.find_matches_as_indexes(ctx.text, overlapping=True))
    return [s for s, _ in spans], [e for _, e in spans], max(map(len, ctx.lang.not_place_words))


def _han_name_start(ctx: Context, end: int, places: dict[int, Found]) -> int | None:
    """Where a name ending at `end` begins: the shortest run of two to four Han characters after a
    place, a name-start word or anything that is not Han script."""
    run = _HAN.search(ctx.text, max(0, end - _HAN_NAME_MAX - 1), end)
    while run is not None and run.end() < end:
        run = _HAN.search(ctx.text, run.end(), end)
    if run is None or run.end() != end:
        return None
    for start in range(end - _HAN_NAME_MIN, max(run.start(), end - _HAN_NAME_MAX) - 1, -1):
        if _han_place_before(ctx, start, places) is not None or any(ctx.text.endswith(w, 0, start) for w in ctx.lang.name_starts):
            return start
    return None


def _han_place_before(ctx: Context, start: int, places: dict[int, Found]) -> Found | None:
    """The place named right before `start`, or before a link word ("绿春县城大兴镇", "金平县的金水河镇")."""
    if start in places:
        return places[start]
    return next((places[start - len(w)] for w in ctx.lang.link_tokens
                 if start - len(w) in places and ctx.text.endswith(w, 0, start)), None)


def _add_han_place(ctx: Context, start: int, end: int, name: str, cls: str, parent: str | None) -> Found:
    from pypinyin import lazy_pinyin  # imported here: only Han-script documents need it
    key = "".join(lazy_pinyin(name)) + ("-town" if cls in _COMMUNES else "-port" if cls == "BorderGate" else "")
    label = ctx.original_of(start, end)
    ctx.found.append(Found(start, end, f"{BKR}place/x-{slug(key)}", cls, links=(("locatedIn", parent),) if parent else (),
                           labels=((label, ctx.lang.code), (ctx.original_of(start, start + len(name)), ctx.lang.code))))
    return ctx.found[-1]


def _towns_of_places(ctx: Context) -> None:
    """"Loc Binh township", "thị trấn Quảng Hà", "Großgemeinde Jinhe": a town-type word next to the
    name of a district or city the lexicon knows names the town it is seated in, not the district;
    "bản Ma Lù Thàng", "comuna fronteriza de Thanh Thuy": next to a border gate's name, the village or
    commune the gate is named after (it lies where the gate does)."""
    for i, f in enumerate(ctx.found):
        if not f.known or ctx.entries[f.iri].cls not in _NAMESAKES:
            continue
        kind = place_type_next_to(ctx, f.start, f.end)
        if kind not in _COMMUNES:
            continue
        # the type word that ends where the spaces before the name start, or starts after those after it
        # (matches that do not overlap: one at each offset)
        before = ctx.match_ending(ctx.lang.place_types, space_before(ctx.text, f.start))
        after = ctx.match_starting(ctx.lang.place_types_after, space_after(ctx.text, f.end))
        left = before.start if before is not None else f.start
        right = end_of_type = after.end if after is not None else f.end
        # ("بلديتا هوانه مو": the commune the lexicon places the gate in, when it bears the gate's name)
        written = ctx.text[f.start:f.end]
        home = next((p for p in ctx.entries[f.iri].located_in if p in ctx.entries and ctx.entries[p].cls in _COMMUNES
                     and any(written in label for label in ctx.entries[p].labels)), None)
        if home is not None:
            ctx.found[i] = Found(left, right, home, ctx.entries[home].cls, known=True)
            continue
        seat = f.iri if ctx.entries[f.iri].cls in _SEATS else next(iter(ctx.entries[f.iri].located_in), None)
        ctx.found[i] = Found(left, right, f"{BKR}place/x-{local_name(f.iri)}-town", kind,
                             links=(("locatedIn", seat),) if seat else (),
                             labels=((ctx.original_of(left, end_of_type), ctx.lang.code),))


def _capitals(ctx: Context) -> None:
    """"dans la capitale provinciale du Yunnan", "i Yunnans huvudstad": a capital word (`capital_words`, before the
    name, or `capital_words_after`) with the name of a province or country whose capital the lexicon knows names
    that capital, where the city's own name is not written beside it ("Kunming, capital of Yunnan")."""
    capitals = ctx.common.get("capitals", {})
    if not capitals or not (ctx.lang.capital_words or ctx.lang.capital_words_after):
        return
    for i, f in enumerate(ctx.found):
        capital = capitals.get(f.iri)
        if capital is None or capital not in ctx.entries:
            continue
        named_at = space_before(ctx.text, f.start)
        before = next((w for w in ctx.lang.capital_words if ctx.text.endswith(w, 0, named_at)
                       and not ctx.text[named_at - len(w) - 1:named_at - len(w)].isalnum()), None)
        after = next((w for w in ctx.lang.capital_words_after if ctx.text.startswith(w, f.end)
                      and not ctx.text[f.end + len(w):f.end + len(w) + 1].isalnum()), None)
        if before is None and after is None:
            continue
        left = named_at - len(before) if before is not None else f.start
        right = f.end + len(after) if after is not None else f.end
        if any(g.iri == capital and (0 <= g.start - right <= 3 or 0 <= left - g.end <= 3) for g in ctx.found):
            continue  # "the provincial capital of Yunnan, Kunming": the city is named
        ctx.found[i] = Found(left, right, capital, ctx.entries[capital].cls, known=True)


def _places_in_chains(ctx: Context) -> None:
    """"en el puesto fronterizo de A Pa Chai, en la comuna de Sin Thau, distrito de Muong Nhe", "tại thị
    trấn Thanh Nhật, huyện Hạ Lang": a place named right before a larger one, with only commas, venue,
    place-type and "of"-words between, lies in it. Of two places the lexicon knows, only where that
    refines what it knows (a gate in one of the communes of its province)."""
    places = sorted((f for f in ctx.found if f.cls in _CHAIN_RANK), key=attrgetter("start"))
    words = ctx.lang.link_tokens | ctx.lang.venue_words | ctx.lang.articles
    for i, (inner, outer) in enumerate(zip(places, places[1:])):
        if _CHAIN_RANK[inner.cls] >= _CHAIN_RANK[outer.cls] or not 0 <= outer.start - inner.end <= _GAP_MAX \
                or outer.iri in ctx.ancestors(inner.iri) or inner.iri in ctx.ancestors(outer.iri):
            continue
        if inner.known and outer.known and not ctx.ancestors(inner.iri) <= ctx.ancestors(outer.iri):
            continue  # two places the lexicon knows: only where the text refines what it knows
        gap = ctx.text[inner.end:outer.start]
        for matcher in (ctx.lang.place_types, ctx.lang.place_types_after):  # "en la comuna de"
            for t in ctx.matches_starting(matcher, inner.end, outer.start):
                if t.end <= outer.start:
                    gap = gap[:t.start - inner.end] + " " * (t.end - t.start) + gap[t.end - inner.end:]
        if any(t not in words for t in _CHAIN_PUNCT.sub(" ", gap).split()):
            continue
        places[i] = ctx.add_link(inner, "locatedIn", outer.iri)


_SEATS = ("District", "City")
_COMMUNES = classes.below("Commune")  # a commune, or a town, ward or village at its level
# How large a place is, for `_places_in_chains`: a place lies only in a larger one.
_CHAIN_RANK = {"BorderGate": 0, **dict.fromkeys(_COMMUNES, 1), **dict.fromkeys(_SEATS, 2),
               **dict.fromkeys(classes.below("Province"), 3)}
_NAMESAKES = (*_SEATS, "BorderGate")


def _named_mechanisms(ctx: Context) -> None:
    """"the 11th session of the Joint Working Group on Border Affairs": a mechanism the lexicon
    does not know, named after an ordinal and an edition noun (Latin script, capitalised)."""
    if not ctx.lang.latin:
        return
    known = SpanSet((f.start, f.end) for f in ctx.found if f.cls == "Mechanism")
    for opener in ctx.matches(ctx.lang.mechanism_openers):
        if not after_ordinal(ctx, opener.start):
            continue
        end = _capitalised_name_end(ctx, opener.end)
        if end is None or known.overlaps(opener.end, end):
            continue
        start = opener.end + len(ctx.text[opener.end:end]) - len(ctx.text[opener.end:end].lstrip())
        end = _venue_before(ctx, start, end)  # "… Committee on Border Gates in Nanning on March 25": not its name
        name = ctx.original_of(start, end)
        told = told_mechanism_ending(ctx, start, end) if " " not in name.strip() else None
        if told is not None:  # "Die 13. Konferenz des Ausschusses": the committee told before, by its last word
            ctx.found.append(Found(start, end, told, "Mechanism", known=True))
        else:
            ctx.found.append(Found(start, end, f"{BKR}mechanism/x-{slug(name)}", "Mechanism", labels=((name, ctx.lang.code),)))
        known.add(start, end)


def told_mechanism_ending(ctx: Context, start: int, end: int) -> str | None:
    """The known mechanism named before `start` whose name ends with the word from `start` to `end` ("des Gemeinsamen
    Arbeitsausschusses", then "des Ausschusses")."""
    word = ctx.text[start:end]
    return next((f.iri for f in reversed(ctx.found) if f.cls == "Mechanism" and f.known and f.end <= start
                 and ctx.text[f.start:f.end].endswith(word)), None)


def _names_split_by_ordinal(ctx: Context) -> None:
    """"المؤتمر السنوي الخامس بين أمناء لجان الحزب": a known mechanism's name that its edition number splits, where the
    language writes the number after the name's head (`ordinal_follows`): the name with the number left out."""
    if not ctx.lang.ordinal_follows and not ctx.lang.ordinal_after:
        return
    taken = SpanSet((f.start, f.end) for f in ctx.found if f.cls in ("Mechanism", "Agreement", "Project"))
    labels: list[tuple[str, str]] | None = None
    for word in ctx.matches(ctx.lang.triggers):
        at = space_after(ctx.text, word.end)
        if ctx.text.startswith(ctx.lang.ordinal_skips_spaced, at):  # "المؤتمر السنوي الخامس": the annual conference's fifth
            at = space_after(ctx.text, at + next(len(w) for w in ctx.lang.ordinal_skips_spaced if ctx.text.startswith(w, at)))
        number_end = _edition_number_end(ctx, at)
        if number_end is None or taken.overlaps(word.start, at):
            continue
        rest = space_after(ctx.text, number_end)
        head = ctx.text[word.start:at].rstrip()
        joined = f"{head} {ctx.text[rest:rest + _SPLIT_NAME_REACH]}"
        if labels is None:
            labels = [(iri, label) for iri, entry in ctx.entries.items() if entry.cls == "Mechanism" for label in entry.labels]
        fits = [(len(label), iri) for iri, label in labels if len(label) > len(head) + 1 and joined.startswith(label)
                and (len(joined) == len(label) or not is_word_char(joined[len(label)]))]
        if fits:
            size, iri = max(fits)
            end = rest + size - len(head) - 1
            ctx.found.append(Found(word.start, end, iri, "Mechanism", known=True, head=str(word.value)))
            taken.add(word.start, end)


_SPLIT_NAME_REACH = 120


def _edition_number_end(ctx: Context, at: int) -> int | None:
    """Where an edition number written after a name's head ends: an ordinal word ("الخامس"), or, in a language that
    writes one, an edition word and a number or ordinal ("lần thứ 3", "lần thứ ba")."""
    if ctx.lang.ordinal_follows:
        numbers = ctx.matches_starting(ctx.lang.ordinals, at, at + 1, overlapping=True)
        return max(n.end for n in numbers) if numbers else None
    word = next((w for w in ctx.lang.ordinal_after if ctx.text.startswith(w + " ", at)), None) \
        if ctx.text.startswith(ctx.lang.ordinal_after, at) else None
    if word is None:
        return None
    after = space_after(ctx.text, at + len(word))
    digits = _EDITION_DIGITS.match(ctx.text, after)
    if digits is not None:
        return digits.end()
    numbers = ctx.matches_starting(ctx.lang.ordinals, after, after + 1, overlapping=True)
    return max(n.end for n in numbers) if numbers else None


_EDITION_DIGITS = re.compile(r"\d{1,3}\b")
"""How much text after a split name's number is read for the rest of its name."""


def _numbered_names(ctx: Context) -> None:
    """"the eighth Greater Mekong Subregion (GMS) Summit": a capitalised name ending in a capitalised event word,
    right after an edition number, names a series the lexicon does not know (Latin script); its event word says
    what kind its editions are. (Not where every noun is capitalised: "die 15. Internationale Handelsmesse".)"""
    if not ctx.lang.latin or ctx.lang.nouns_capitalised:
        return
    taken = _names_taken(ctx)
    for word in _capitalised_event_words(ctx, taken):
        start = _name_start_before(ctx, word.start)
        if start is None or not after_ordinal(ctx, start) or _YEAR_BEFORE.search(ctx.text, max(0, start - 8), start) \
                or taken.overlaps(start, word.end):
            continue  # ("The 2024 China-Vietnam … Trade Fair": a year, no edition number)
        _mint_series(ctx, taken, start, word.end, word)


def _names_taken(ctx: Context) -> SpanSet:
    """Where the names of series, agreements and projects found so far stand."""
    return SpanSet((f.start, f.end) for f in ctx.found if f.cls in ("Mechanism", "Agreement", "Project"))


def _capitalised_event_words(ctx: Context, taken: SpanSet) -> Iterator[Match]:
    """The capitalised event words (`triggers`) that no name in `taken` holds (as it grows)."""
    for word in ctx.matches(ctx.lang.triggers):
        if ctx.original_of(word.start, word.start + 1).isupper() and not taken.overlaps(word.start, word.end):
            yield word


def _mint_series(ctx: Context, taken: SpanSet, start: int, end: int, word: Match) -> None:
    """A series no lexicon knows, named from `start` to `end`; its event word says what kind its editions are."""
    name = ctx.original_of(start, end)
    ctx.found.append(Found(start, end, f"{BKR}mechanism/x-{slug(name)}", "Mechanism", labels=((name, ctx.lang.code),),
                           head=str(word.value)))
    taken.add(start, end)


def _names_with_a_year(ctx: Context) -> None:
    """"au Forum de coopération des collectivités locales Lancang-Mékong 2025", "the 2025 Lancang-Mekong Local Government
    Cooperation Forum": a name of several words that a capitalised event word opens or closes, with a year right after
    or right before it, is the name of a yearly series that year's event belongs to (Latin script). Its event word
    says what kind its editions are."""
    if not ctx.lang.latin or ctx.lang.nouns_capitalised:
        return
    taken = _names_taken(ctx)
    for word in _capitalised_event_words(ctx, taken):
        span: tuple[int, int] | None = None
        end = _capitalised_name_end(ctx, word.start, max_tokens=12)
        if end is not None and end > word.end and _YEAR_AFTER.match(ctx.text, end):
            span = (word.start, end)  # the event word opens the name, the year follows it
        elif (start := _name_start_before(ctx, word.start)) is not None and _YEAR_BEFORE.search(ctx.text, max(0, start - 8), start):
            span = (start, word.end)  # the year, then the name the event word closes
        if span is None or len(ctx.text[span[0]:span[1]].split()) < 3 or taken.overlaps(*span):
            continue
        # ("The 2024 China-Vietnam (Dongxing-Mong Cai) International Trade Fair": the series of that kind the lexicon
        # knows by the places its name holds)
        inside = {f.iri for f in ctx.found_between(*span) if f.cls in PLACE_CLASSES and f.cls != "Country"
                  and f.end <= span[1] and f.iri in ctx.entries}
        kinds = ctx.common.get("mechanism_events", {})
        namesakes = [iri for iri, kind in kinds.items() if inside and kind == str(word.value) and iri in ctx.entries
                     and all(_names_place(ctx.entries[iri], ctx.entries[p]) for p in inside)]
        if len(namesakes) == 1:
            ctx.found.append(Found(span[0], span[1], namesakes[0], "Mechanism", known=True))
            taken.add(*span)
        else:
            _mint_series(ctx, taken, *span, word)


def _names_before_an_edition(ctx: Context) -> None:
    """"Hội nghị giao ban lần thứ 19 giữa sáu huyện biên giới": where the edition number follows the name (`ordinal_after`),
    a capitalised event word and the words of its topic right before "lần thứ N" name the series that edition belongs
    to, a mechanism no lexicon need know (Latin script; the event word alone names none)."""
    if not ctx.lang.latin or not ctx.lang.ordinal_after:
        return
    taken = _names_taken(ctx)
    for word in _capitalised_event_words(ctx, taken):
        tokens = list(_NAME_TOKENS.finditer(ctx.text, word.end, min(len(ctx.text), word.end + 80)))[:_EDITION_NAME_WORDS + 3]
        at = word.end
        for n, token in enumerate(tokens):
            if ctx.text[at:token.start()].strip():
                break  # (punctuation ends the name)
            rest = ctx.text[token.start():token.start() + 16]
            marker = next((m for m in ctx.lang.ordinal_after if rest.startswith(m + " ")), None)
            if marker is not None:
                number = ctx.text[token.start() + len(marker):token.start() + len(marker) + 8].split()[:1]
                if n and number and (number[0].isdigit() or ctx.match_starting(ctx.lang.ordinals, space_after(
                        ctx.text, token.start() + len(marker))) is not None) and not taken.overlaps(word.start, at):
                    _mint_series(ctx, taken, word.start, at, word)
                break
            if n >= _EDITION_NAME_WORDS:
                break
            at = token.end()


_NAME_TOKENS = re.compile(r"[^\W\d_]+")
_EDITION_NAME_WORDS = 6
"""How many words at most a series' topic runs between its event word and its edition number."""
_YEAR_AFTER = re.compile(r"\s+(?:19|20)\d\d(?!\d)")
_YEAR_BEFORE = re.compile(r"\d{4}\s*$")
_NAME_RUN_TOKEN = re.compile(r"\(?[^\W\d_][\w'’-]*\)?|[–—-]")


def _name_start_before(ctx: Context, end: int, most: int = 8) -> int | None:
    """Where the run of capitalised words ending right before `end` starts (joiners, dashes and a bracketed short
    name between, only spaces between them, no article); None where none stands there."""
    tokens = list(_NAME_RUN_TOKEN.finditer(ctx.text, max(0, end - 120), end))
    start, after = None, end
    for t in reversed(tokens[-most:]):
        if ctx.text[t.end():after].strip() or t.group() in ctx.lang.articles:
            break  # a number, a comma or an article: the name starts after it
        letter = t.start() + (1 if t.group().startswith("(") else 0)
        if ctx.original_of(letter, letter + 1).isupper() and not t.group().startswith("("):
            start = t.start()
        elif t.group() not in ("–", "—", "-") and t.group() not in ctx.lang.name_joiners and not t.group().startswith("("):
            break
        after = t.start()
    return start


def _topic_mechanisms(ctx: Context) -> None:
    """"gemeinsame Arbeitsgruppe für das intelligente Grenztor", "Tổ công tác chung về xây dựng cửa khẩu
    thông minh": a working body's generic name followed by its topic is a mechanism of its own, not
    the one the lexicon knows by that generic name."""
    topic_words = sorted(ctx.lang.topic_words, key=len, reverse=True)  # "chargé de" before a shorter word
    # "die zweite Konferenz zur Zusammenarbeit im Schienengüterverkehr": a numbered event word and its topic
    numbered = [h for h in ctx.matches(ctx.lang.edition_heads) if after_ordinal(ctx, h.start)]
    # "la 9e conférence d'échange annuelle", "mecanismo de consultas anuales": an of-word before a common noun
    of_words = sorted(ctx.lang.edition_links, key=len, reverse=True)
    for head in sorted([*ctx.matches(ctx.lang.mechanism_heads), *numbered], key=attrgetter("start")):
        at = space_after(ctx.text, head.end)
        if any(ctx.text.startswith(a, at) for a in ctx.lang.place_anaphors):
            continue  # "el Grupo de Trabajo Conjunto de esa provincia": the group of a place told before, no topic
        word = next((w for w in topic_words if word_starts(ctx.text, at, w)), None)
        if word is None:  # "mecanismo de consultas anuales"
            # (not "la segunda reunión del grupo de trabajo": the edition of the body named after it)
            word = next((w for w in of_words if word_starts(ctx.text, at, w)
                         and _lowercase_at(ctx, space_after(ctx.text, at + len(w)))
                         and not _names_start(ctx, space_after(ctx.text, at + len(w)))), None)
        if word is None or at == head.end:
            continue
        topic = at + len(word)
        article = ctx.text[topic:topic + 12].split(None, 1)[:1]
        if article and article[0] in ctx.lang.articles | ctx.lang.name_stops:  # "für das ...", "for the ..."
            topic = ctx.text.index(article[0], topic) + len(article[0])
        if ctx.matches_starting(ctx.lang.ordinals, space_after(ctx.text, topic), space_after(ctx.text, topic) + 1) \
                or _time_word_at(ctx, topic):
            continue  # "arbetsgruppen för tredje gången", "the joint working group on Tuesday": when it met, no topic
        end = _pair_end(ctx, _venue_before(ctx, topic, _phrase_end(ctx, topic, max_tokens=10, stops=ctx.lang.topic_stops)))
        if end <= topic + 1 or _members_named(ctx, head, topic, end):
            continue
        if any(f.cls != "Mechanism" and f.start < end and head.start < f.end and not (head.end <= f.start)
               or f.cls == "Mechanism" and f.known and f.start <= head.start and end <= f.end for f in ctx.found):
            continue  # inside another body's name, or a known mechanism's ("quatrième Conférence des secrétaires du Parti")
        # "the Cao Bang – Guangxi Joint Working Group on …": a name read before the generic name is part of it
        start = min([head.start] + [f.start for f in ctx.found if f.cls == "Mechanism" and f.start < head.start < f.end])
        ctx.found[:] = [f for f in ctx.found if not (f.cls == "Mechanism" and f.start < end and start < f.end)]
        name = ctx.original_of(start, end)
        ctx.found.append(Found(start, end, f"{BKR}mechanism/x-{slug(name) or mint_iri('mechanism', name)[-16:]}",
                               "Mechanism", labels=((name, ctx.lang.code),), head=str(head.value)))


def _members_named(ctx: Context, head: Match, start: int, end: int) -> bool:
    """"Den gemensamma arbetsgruppen för de vietnamesiska gränsprovinserna Ha Giang, Lao Cai … samt … Yunnan": what
    follows a known mechanism's generic name names two of its member sides: its members, not a topic."""
    known = next((f for f in ctx.found if f.cls == "Mechanism" and f.known and f.start <= head.start < f.end), None)
    if known is None or known.iri not in ctx.entries:
        return False
    members = set(ctx.entries[known.iri].member_sides)
    # (the list runs on past the topic's first comma: "… Ha Giang, Lao Cai, Lai Chau och Dien Bien")
    stop = _SENTENCE_STOP.search(ctx.text, end, start + _MEMBERS_REACH)
    named = ctx.found_between(start, stop.start() if stop else start + _MEMBERS_REACH)
    return any(f.iri in members for f in ctx.found_between(start, end)) and len({f.iri for f in named if f.iri in members}) >= 2


_MEMBERS_REACH = 160
_SENTENCE_STOP = re.compile(r"[.!?。！？\n]")


def _time_word_at(ctx: Context, at: int) -> bool:
    """A weekday or a month is the first word from `at`."""
    first = ctx.text[at:at + 16].split(None, 1)[:1]
    return bool(first) and first[0].strip(",.") in ctx.lang.dates.time_words


def _names_start(ctx: Context, at: int) -> bool:
    """A name found, or a working body's generic name, starts at `at`."""
    return any(f.start == at for f in ctx.found) or bool(ctx.matches_starting(ctx.lang.mechanism_heads, at, at + 1))


def _lowercase_at(ctx: Context, at: int) -> bool:
    """The original text has a small letter at `at`: a common noun, not a name."""
    return ctx.original_of(at, at + 1).islower()


def _venue_before(ctx: Context, start: int, end: int) -> int:
    """Where a topic ends at a venue word that governs a place, a name or a time ("… für das Grenztor in der
    Stadt Lang Son", "… on rail freight in Pingxiang"); one that governs a common noun is part of the topic
    ("Konferenz zur Zusammenarbeit im grenzüberschreitenden Schienengüterverkehr")."""
    tokens = list(_NON_SPACE.finditer(ctx.text, start, end))
    for here, following in zip(tokens, tokens[1:]):
        if here.group() not in ctx.lang.venue_words:
            continue
        governed = following
        if following.group() in ctx.lang.articles and following is not tokens[-1]:
            governed = tokens[tokens.index(following) + 1]
        word = governed.group().strip(",.")
        if word[:1].isdigit() or word in ctx.lang.dates.time_words or any(f.start == governed.start() for f in ctx.found):
            return here.start() - (here.start() > start and ctx.text[here.start() - 1].isspace())
    return end


_PAIR_TAIL = re.compile(r"\s*\(([^()\n]{2,20})\)\s*[-–—]\s*[^()\n,;.]{2,30}?\s*\(([^()\n]{2,20})\)")


def _pair_end(ctx: Context, end: int) -> int:
    """"… del par de pasos fronterizos Thanh Thuy (Vietnam) – Tianbao (China)": a topic that names a
    pair of places, each with its country in brackets, runs on over the pair."""
    m = _PAIR_TAIL.match(ctx.text, end)
    if m is None:
        return end
    countries = {f.start for f in ctx.found if f.cls == "Country"}
    inside = [m.start(i) + len(m.group(i)) - len(m.group(i).lstrip()) for i in (1, 2)]
    return m.end() if all(i in countries for i in inside) else end


_HAN_TOPIC_MAX = 16
"""How many characters a working body's topic may run back from its generic name."""


def _han_topic_mechanisms(ctx: Context) -> None:
    """"口岸合作联合工作组", "跨境旅游合作联合工作组": in Han script the topic comes before a working
    body's generic name, back to punctuation, a word that starts names or ends them, or an and-word;
    a mechanism of its own, one node for its longer and shorter names in the article."""
    if not ctx.lang.name_starts:
        return
    bounds = sorted(set(ctx.lang.name_starts) | ctx.lang.name_stops | ctx.lang.and_words, key=len, reverse=True)
    named: dict[str, str] = {}
    for head in ctx.matches(ctx.lang.mechanism_heads):
        run = _HAN.search(ctx.text, max(0, head.start - _HAN_TOPIC_MAX), head.start)
        while run is not None and run.end() < head.start:
            run = _HAN.search(ctx.text, run.end(), head.start)
        if run is None or run.end() != head.start:
            continue
        start = max((i + len(w) for w in bounds for i in _occurrences(ctx.text[run.start():head.start], w)), default=0)
        start += run.start()
        start = _pair_start(ctx, start)
        inside = [f for f in ctx.found if start < f.end and f.start < head.end and f.cls != "Mechanism"]
        start = max([start] + [f.end for f in inside if f.cls not in PLACE_CLASSES])
        if head.start - start < 2:
            continue
        name = ctx.original_of(start, head.end)
        iri = next((i for n, i in named.items() if n.endswith(name) or name.endswith(n)),
                   f"{BKR}mechanism/x-{mint_iri('mechanism', name)[-16:]}")
        named[name] = iri
        ctx.found[:] = [f for f in ctx.found if not (f.cls == "Mechanism" and f.start < head.end and start < f.end)]
        ctx.found.append(Found(start, head.end, iri, "Mechanism", labels=((name, ctx.lang.code),), head=str(head.value)))


def _pair_start(ctx: Context, start: int) -> int:
    """"崇左市与谅山省边境口岸合作工作组": a name that starts with a place right after an and-word, with a place
    right before it, names the pair; it starts with the first place."""
    first = next((f for f in ctx.found if f.start == start and f.cls in PLACE_CLASSES), None)
    if first is None:
        return start
    before = next((f for f in ctx.found if f.cls in PLACE_CLASSES and f.end < start
                   and ctx.text[f.end:start].strip() in ctx.lang.and_words), None)
    return before.start if before is not None else start


def _compound_mechanisms(ctx: Context) -> None:
    """"im Rahmen des Zollkooperationsmechanismus Lang Son – Guangxi": a compound ending in a mechanism
    word, with the capitalised name after it, is a mechanism the lexicon does not list."""
    if ctx.lang.mechanism_compounds is None or not any(w in ctx.text for w in ctx.lang.mechanism_compound_words):
        return  # (the pattern tries every word's every ending: a text without the words has no match)
    known = SpanSet((f.start, f.end) for f in ctx.found)
    for m in ctx.lang.mechanism_compounds.finditer(ctx.text):
        if known.overlaps(m.start(), m.end()):
            continue
        end = _capitalised_name_end(ctx, space_after(ctx.text, m.end())) or m.end()
        name = ctx.original_of(m.start(), end)
        ctx.found.append(Found(m.start(), end, f"{BKR}mechanism/x-{slug(name)}", "Mechanism", labels=((name, ctx.lang.code),)))


_PAIR_DASHES = frozenset("-–—")


def _capitalised_name_end(ctx: Context, pos: int, max_tokens: int = 10) -> int | None:
    """End of a name of capitalised words (with lowercase joiners inside) starting at pos."""
    end, count = None, 0
    for m in _NON_SPACE.finditer(ctx.text[pos:pos + 160]):
        token = m.group().rstrip(",;:.)»\"")
        if not token or count >= max_tokens:
            break
        s = pos + m.start()
        if "\n" in ctx.text[end or pos:s]:
            break  # a headline's name does not run on into the dateline
        if ctx.original_of(s, s + 1).isupper():
            end = s + len(token)
        elif token in ctx.lang.name_joiners or token in _PAIR_DASHES:  # "Cao Bang – Guangxi Joint Working Group"
            pass
        elif ctx.lang.sentence_case and end is not None and token[0].isalpha() and token not in ctx.lang.not_name_words \
                and token not in ctx.lang.venue_words and token not in ctx.lang.between_words:
            end = s + len(token)  # "Comité mixte de coopération frontalière"
        else:
            break
        count += 1
        if token != m.group():
            break
    return end if end is not None and ctx.text[pos:end].split() else None


def _written_as_type(ctx: Context, word: Match) -> bool:
    written = unicodedata.normalize("NFC", ctx.original_of(word.start, word.end))
    if written in ctx.lang.place_type_forms:
        return True
    # "Kommunerna Sen Thuong och …" opening a sentence: the type word with the capital every sentence starts with
    before = ctx.text[max(0, word.start - 3):word.start].rstrip()
    return (not before or before[-1] in _SENTENCE_ENDS) and written[:1].lower() + written[1:] in ctx.lang.place_type_forms


_SENTENCE_ENDS = ".!?\n)–-"


def _capitalised_run(ctx: Context, pos: int, *, forward: bool, max_tokens: int = 3) -> tuple[int, int] | None:
    """The one to `max_tokens` capitalised words right after (or before) pos, none of them a word
    that is never part of a name."""
    text = ctx.text
    # forward, the words are read as the search finds them (the loop stops after a few)
    tokens = _LETTER_WORD.finditer(text[pos:pos + 60]) if forward else \
        reversed(list(_LETTER_WORD.finditer(text[max(0, pos - 60):pos])))
    base = pos if forward else max(0, pos - 60)
    run: list[tuple[int, int]] = []
    for m in tokens:
        s, e = base + m.start(), base + m.end()
        gap = text[run[-1][1]:s] if run and forward else text[e:run[-1][0]] if run else text[pos:s] if forward else text[e:pos]
        if gap.strip() or len(run) >= max_tokens:
            break
        if not ctx.original_of(s, s + 1).isupper() or m.group() in ctx.lang.not_name_words and \
                unicodedata.normalize("NFC", ctx.original_of(s, e)).casefold() in ctx.lang.not_name_forms:
            break  # a word written otherwise than the one that is no name is a name's ("Pa Cheo" is not "på")
        if forward and run and ctx.match_starting(ctx.lang.triggers, s) is not None:
            break  # "in der Gemeinde Jinhe Gespräche": a German noun after the name is an event word, not the name's
        run.append((s, e))
    if not run:
        return None
    return (run[0][0], run[-1][1]) if forward else (run[-1][0], run[0][1])


def _as_of(ctx: Context, iri: str, name: str) -> str:
    """The entity a name meant on the article's date: "Lao Cai" in 2023 is the province before
    the 2025 merger, not the merged one that now bears the name."""
    entry = ctx.entries[iri]
    if not (ctx.date and entry.valid_from and ctx.date < entry.valid_from):
        return iri
    for old in entry.predecessors:
        if any(name in label for label in _unbracketed(ctx.entries[old].labels)):
            return old
    # "provinsen Lao Cai", a word order no old label has: the one predecessor that bore the name the merged one kept
    core = min(entry.labels, key=len)
    bearers = [old for old in entry.predecessors if any(core in label for label in ctx.entries[old].labels)]
    return bearers[0] if len(bearers) == 1 else iri


@cache
def _unbracketed(labels: tuple[str, ...]) -> tuple[str, ...]:
    """The labels without what they hold in brackets: a predecessor's labels, asked of for every name of
    the merged entity in every earlier document."""
    return tuple(_BRACKETED.sub(" ", label).strip() for label in labels)


def _drop_expired_duplicates(ctx: Context) -> None:
    """Where one label names both a place that no longer exists and its successor, keep the current one."""
    by_span: dict[tuple[int, int], list[Found]] = {}
    for f in ctx.found:
        by_span.setdefault((f.start, f.end), []).append(f)
    ctx.found = [min(fs, key=lambda f: not _valid_on(ctx.entries[f.iri], ctx.date)) for fs in by_span.values()]


def _valid_on(entry: LexiconEntry, day: str | None) -> bool:
    """Whether the entry existed on that day (today's entities when the day is unknown)."""
    if day is None:
        return entry.valid_until is None
    return (entry.valid_from or "") <= day and (entry.valid_until is None or day <= entry.valid_until)


def _home_province(ctx: Context) -> str | None:
    """The province the article is about: the most mentioned one (Vietnamese first, as the sources are)."""
    counts = Counter(f.iri for f in ctx.found if f.cls in ("Province", "AutonomousRegion"))
    if not counts:
        return None
    vietnam = BKR + "place/vietnam"
    ranked = sorted(counts.items(), key=lambda kv: (vietnam not in ctx.ancestors(kv[0]), -kv[1]))
    return ranked[0][0]


def _gap_ok(ctx: Context, start: int, end: int) -> bool:
    if end < start or end - start > _GAP_MAX:
        return False
    gap = ctx.text[start:end].replace("-", " ")
    # ("del Partido Comunista de China (PCCh) en Dongxing": a name's initials in brackets stand aside)
    initials = _INITIALS.search(gap)
    if initials is not None and ctx.original_of(start + initials.start(1), start + initials.end(1)).isupper():
        gap = gap[:initials.start()] + " " + gap[initials.end():]
    if any(c in _STOP_PUNCT for c in gap):
        return False
    # ("Departamento de Comercio de la provincia china de Yunnan", "departementet för utrikesfrågor i den vietnamesiska
    # gränsprovinsen Ha Giang": a country's adjective after or before a place-type word)
    adjectives, levels = ctx.lang.national_type_tokens[0], ctx.lang.place_level_tokens
    words = gap.split()
    return all(tok in ctx.lang.link_tokens or tok in ctx.lang.place_adjective_tokens
               or tok in adjectives and (i > 0 and words[i - 1] in levels or i + 1 < len(words) and words[i + 1] in levels)
               for i, tok in enumerate(words))


_INITIALS = re.compile(r"\(([^()\s]{2,8})\)")


def _places_by_start(ctx: Context) -> StartIndex:
    return StartIndex(ctx.places(), end=attrgetter("end"))


def _named_before_located_after(ctx: Context, head: Match, after: Found, places: StartIndex) -> Found | None:
    """The place right before a head (nothing between) when a venue word ("in") links the head to the place after it."""
    gap = ctx.text[head.end:after.start].split()
    if not gap or gap[0] not in ctx.lang.venue_words:
        return None
    at = space_before(ctx.text, head.start)
    return next((p for p in places.between(max(0, at - _GAP_MAX - places.longest), at) if p.end == at), None)


def genitive_place_before(ctx: Context, at: int) -> Found | None:
    """The place (not a country) named in the genitive right before `at` ("Quang Ninhs", "Lao Cai's"): a genitive
    ending (`entity_bounds.suffixes`) between the name and the spaces before `at`."""
    left = space_before(ctx.text, at)
    return next((p for p in ctx.found_between(max(0, left - _GENITIVE_NAME_REACH), left)
                 if p.cls in PLACE_CLASSES and p.cls != "Country" and p.end < left
                 and ctx.text[p.end:left] in ctx.lang.entity_bounds.suffixes), None)


_GENITIVE_NAME_REACH = 80
"""How long a place's name in the genitive may be."""


def _adjacent_place(ctx: Context, start: int, end: int, places: StartIndex) -> Found | None:
    """A place right after [start, end) (through "of"-words), else right before it.

    `places` indexes `ctx.places()`; only places that start within reach of the span are read
    (`_gap_ok` allows no more than _GAP_MAX characters between)."""
    # "Quang Ninhs provinspartikommitté i staden Mong Cai": a place in the genitive right before the head is the body's;
    # one after it says where something was
    genitive = genitive_place_before(ctx, start)
    if genitive is not None:
        return genitive
    # A place may share a word with the head ("UBND tỉnh" + "tỉnh Tuyên Quang").
    after = sorted((p for p in places.between(start + 1, end + _GAP_MAX + 1) if p.end > end and (start < p.start < end or p.start >= end and _gap_ok(ctx, end, p.start))),
                   key=lambda p: p.start)
    if after:
        first = after[0]
        # "de la región autónoma china de Guangxi": a country adjective before the place itself.
        nxt = next((p for p in places.between(first.end, first.end + _GAP_MAX + 1)
                    if p.start >= first.end and _gap_ok(ctx, first.end, p.start)), None)
        if first.cls != "Country":
            return first
        if nxt is not None and nxt.cls != "Country":
            return nxt
    before = [p for p in places.between(start - _GAP_MAX - places.longest, start)
              if p.start < start and (p.end > start or _gap_ok(ctx, p.end, start))]
    if before:
        # "the Hekou Entry-Exit Border Inspection Station of China": the place before is more specific.
        return max(before, key=lambda p: p.end)
    return after[0] if after else None


def _organisations(ctx: Context, home: str | None) -> None:
    heads_def = ctx.common.get("heads", {})
    known = SpanIndex((f.start, f.end) for f in ctx.found)
    placed = ctx.lang.placed_heads
    places = _places_by_start(ctx)
    heads = longest(ctx.lang.heads.all(ctx.text, ctx.lang.bounds) + ctx.lang.placed_heads_matcher.all(ctx.text, ctx.lang.bounds)
                    + ctx.lang.tailed_heads_matcher.all(ctx.text, ctx.lang.bounds))
    for k, m in enumerate(heads):
        tailed = str(m.value).startswith("tailed:")
        key = str(m.value).removeprefix("placed:").removeprefix("tailed:")
        if known.contains(m.start, m.end) and not (tailed and _wrapped_around_a_place(ctx, key, m.end, places)):
            continue  # (a body's name a head and its tail wrap around a place holds the name found inside it: "CPC")
        spec = heads_def.get(key, {})
        start, end = m.start, m.end
        named_places: list[Found] = []
        locality: str | None = None
        if spec.get("named") and ctx.lang.body_head_last:
            # "老街省经济区管理委员会主任王贞国": the name ends with the head, opening with the place before it
            before = max((p for p in places.between(m.start - _GAP_MAX, m.start) if p.end <= m.start
                          and _HAN_RUN.fullmatch(ctx.text, p.end, m.start)), key=lambda p: p.end, default=None)
            if before is not None:
                named_places, start = [before], before.start
            place = before
        elif spec.get("named"):
            end = _and_another_before(ctx, m.end, _phrase_end(ctx, m.end))
            named_places = [p for p in places.between(start, end + 1) if p.end <= end]  # places do not run backwards
            if not named_places and ctx.lang.body_topic_tokens + _PLACE_WORDS > _PHRASE_WORDS:
                # "Ban Quản lý Khu thí điểm hợp tác kinh tế qua biên giới Hà Khẩu": a longer name, which its place ends
                longer = _and_another_before(ctx, m.end, _phrase_end(ctx, m.end, ctx.lang.body_topic_tokens + _PLACE_WORDS))
                named_places = [p for p in places.between(start, longer + 1) if p.end <= longer][:1]
                end = named_places[0].end if named_places else end
            # ("the Lai Chau Economic Zone Management Board": or with a few capitalised words between)
            before = max((p for p in places.between(m.start - _GAP_MAX, m.start)
                          if p.end <= m.start and (not ctx.text[p.end:m.start].strip() or _capitalised_words(ctx, p.end, m.start))),
                         key=lambda p: (p.end, p.end - p.start), default=None)
            gate = next((p for p in places.between(m.start - _GAP_MAX, m.start) if p.cls == "BorderGate" and p.known
                         and m.start < p.end and ctx.entries[p.iri].located_in), None)
            if before is None and gate is not None:  # "Mong Cai Border Gate | Economic Zone Management Board"
                where = ctx.entries[gate.iri].located_in[0]
                before = Found(gate.start, space_before(ctx.text, m.start), where, ctx.entries[where].cls, known=True)
            if not named_places and before is not None and before.cls in _ADMINISTRATIVE:
                # "the Mong Cai Border Gate Economic Zone Management Board": named by the place before it, ends with it
                named_places, start, end = [before], before.start, m.end
            place = named_places[-1] if named_places else None
        else:
            place = _adjacent_place(ctx, m.start, m.end, places)
            if spec.get("locality") and place is not None and place.start >= m.end and ctx.lang.body_names_before:
                # "the Ma Lu Thang Border Guard Station in Lai Chau province": a unit named by the place before its
                # head is that place's; the one after "in" says where that lies
                place = _named_before_located_after(ctx, m, place, places) or place
            if place is not None:
                place = _at_heads_level(ctx, ctx.text[m.start:m.end], place)
            if place is None and _shared_by_both(ctx, m.start, m.end):
                continue  # "their border guards", "双方海关": the bodies of both countries, no one body
            if tailed and (place is None or place.start < m.end or _head_tail_end(ctx, key, place.end) == place.end):
                continue  # "the Standing Committee of the Lao Cai Provincial Party Committee": another body's
            if place is not None:
                start, end = min(start, place.start), max(end, place.end)
                if place.start >= m.end:  # ("Standing Committee of the Guangxi | Regional People's Congress")
                    end = _head_tail_end(ctx, key, end)
            elif spec.get("locality") and (run := _locality(ctx, m.start, m.end)) is not None:
                start, end = min(start, run[0]), max(end, run[1])
                locality = ctx.original_of(*run)
            elif (listed := _listed_heads_place(ctx, heads[k:], places)) is not None:
                place = listed  # "Đảng ủy, HĐND, UBND xã Thanh Thủy": the bodies listed share the place after the last
            elif (told := place_told_before(ctx, m.start, ctx.text[m.start:m.end])) is not None:
                place, start = told
            elif (told := _place_told_after(ctx, m.start, m.end)) is not None:
                place, end = told
            elif (parent := _parent_body(ctx, m.end, heads[k + 1:k + 2], places)) is not None:
                place = parent  # "utrikeskontoret vid folkregeringen i prefekturen Honghe": where its body is
            elif m.value in placed:
                continue  # "the government": only a body when the text says whose
        if spec.get("seated"):
            start, end, seat = _seated_span(ctx, m.start, m.end, places)
            place = seat or place
        jurisdiction = place.iri if place is not None else f"{BKR}place/{spec['country']}" if spec.get("country") else home
        if place is None and locality is None and (spec.get("seated") or spec.get("told_before")):
            # "generalkonsulatet", "hälsokommissionen": a consulate, or a body only one side has, named bare is the one
            # named with its seat or place before
            seated = next((f for f in reversed(ctx.found) if f.head == key and not f.inferred and f.end <= m.start), None)
            jurisdiction = next((i for kind, i in seated.links if kind == "jurisdiction"), jurisdiction) if seated else jurisdiction
        else:
            seated = None
        if jurisdiction is None:
            continue
        extra = "-".join(sorted(local_name(p.iri) for p in named_places)) or (slug(locality) if locality else "")
        iri = f"{BKR}org/{local_name(jurisdiction)}/{key}{'-' + extra if extra else ''}"
        labels: tuple[tuple[str, str], ...] = ((ctx.original_of(start, end), ctx.lang.code),)
        template = spec.get("en")
        if template and "{place}" in template:
            labels += ((head_label(template, locality or _english_name(ctx, jurisdiction)), "en"),)
        ctx.found.append(Found(start, end, iri, spec.get("type", "Organization"), labels=labels,
                               links=(("jurisdiction", jurisdiction),), head=key,
                               inferred=place is None and locality is None and seated is None))
        if ctx.found[-1].cls in PLACE_CLASSES:
            places = _places_by_start(ctx)


def _han_places_listed_before_a_head(ctx: Context) -> None:
    """"老街省、奠边省、河江省海关局": places listed with "、" right before a body's place and head word share the head:
    each is a body of that kind of its own place (the Lao Cai, Dien Bien and Ha Giang customs departments)."""
    if not ctx.lang.han:
        return
    ends = {p.end: p for p in ctx.places() if p.cls != "Country"}
    starts = {p.start: p for p in ctx.places()}
    for body in [f for f in ctx.found if f.head and not f.inferred and f.cls in BODY_CLASSES and f.start in starts]:
        pos = body.start
        while pos > 0 and ctx.text[pos - 1] == "、" and (place := ends.get(pos - 1)) is not None:
            ctx.found.append(_body_named_by_its_place(ctx, place, body.head or ""))
            pos = place.start


def _body_named_by_its_place(ctx: Context, place: Found, kind: str) -> Found:
    """The body of a head's kind (`heads` of common.toml) of a place, mentioned where the place is named alone (its kind
    told once for several places)."""
    spec = ctx.common.get("heads", {}).get(kind, {})
    template = spec.get("en")
    labels = ((head_label(template, _english_name(ctx, place.iri)), "en"),) if template and "{place}" in template else ()
    return Found(place.start, place.end, f"{BKR}org/{local_name(place.iri)}/{kind}", spec.get("type", "Organization"),
                 labels=labels, links=(("jurisdiction", place.iri),), head=kind)


def _plural_bodies(ctx: Context) -> None:
    """"the customs departments of Lang Son, Cao Bang and Quang Ninh", "las autoridades aduaneras de la provincia … de
    Lang Son y de Youyiguan": bodies of one kind named once in the plural (`plural_body_heads`), one for each place
    listed right after them, each that place's."""
    plurals = ctx.matches(ctx.lang.plural_body_heads)
    if not plurals:
        return
    named = SpanIndex((f.start, f.end) for f in ctx.found if f.cls not in PLACE_CLASSES)
    places = _places_by_start(ctx)
    for m in plurals:
        if named.contains(m.start, m.end):
            continue
        first = next((p for p in places.between(m.end, m.end + 2 * _GAP_MAX)
                      if p.start >= m.end and _listing_gap(ctx, m.end, p.start, joined=False)), None)
        if first is not None and first.cls == "Country":  # "of China's Guangxi and Yunnan"
            first = next((p for p in places.between(first.end, first.end + _GAP_MAX + 1)
                          if p.start >= first.end and _listing_gap(ctx, first.end, p.start, joined=False)), None)
        if first is None or first.cls == "Country":
            continue
        listed = [first]
        for p in places.between(first.end, first.end + 400):
            if p.start < listed[-1].end:
                continue
            if p.cls == "Country" or not _listing_gap(ctx, listed[-1].end, p.start, joined=True):
                break
            listed.append(p)
        governments = ctx.common.get("government_by_country", {})
        for place in listed:
            kind = str(m.value)
            if kind in governments.values():  # "the People's Committees of Lai Chau and Guangxi": each its country's
                country = next((c for c in [place.iri, *ctx.ancestors(place.iri)] if c in governments), None)
                kind = governments[country] if country is not None else kind
            ctx.found.append(_body_named_by_its_place(ctx, place, kind))


def _listing_gap(ctx: Context, start: int, end: int, *, joined: bool) -> bool:
    """Only link words, place types and adjectives between two offsets ("de la provincia norteña vietnamita de"); where
    `joined`, commas and "and"-words too ("Lang Son, Cao Bang and", "Lang Son y de")."""
    words = ctx.text[start:end].replace(",", " , ").split()
    if not words:
        return not joined or not ctx.text[start:end].strip()
    allowed = ctx.lang.venue_link_tokens | ctx.lang.national_type_tokens[0]
    return (joined and any(w == "," or w in ctx.lang.and_words for w in words)
            or not joined and "," not in words) and \
        all(w in allowed or joined and (w == "," or w in ctx.lang.and_words) for w in words)


def _wrapped_around_a_place(ctx: Context, key: str, end: int, places: StartIndex) -> bool:
    """A place right after a head at `end`, and the head's tail right after the place ("CPC | Yunnan | Provincial
    Committee")."""
    place = next((p for p in places.between(end, end + _GAP_MAX + 1) if p.start >= end and _gap_ok(ctx, end, p.start)), None)
    return place is not None and _head_tail_end(ctx, key, place.end) > place.end


def _head_tail_end(ctx: Context, key: str, end: int) -> int:
    """Where a body's name ends that its head's tail (`head_tails`) goes on after its place at `end` (and a case
    ending glued to the place: "i Guangxis folkkongress")."""
    glued = end
    while glued < min(len(ctx.text), end + 2) and (ctx.text[glued].isalpha() or ctx.text[glued] in "'’"):
        glued += 1
    at = space_after(ctx.text, glued)
    tail = next((t for t in ctx.lang.head_tails.get(key, ()) if word_starts(ctx.text, at, t)), None)
    return at + len(tail) if tail is not None else end


def _locality(ctx: Context, start: int, end: int) -> tuple[int, int] | None:
    """"gränsbevakningsstationen Bac Luan", "the Bac Luan Border Guard Station": a post named after the
    locality it guards, which no lexicon knows; the capitalised words right after the head (through one
    "of"-word) or right before it, in Latin script."""
    if not ctx.lang.latin:
        return None
    at = space_after(ctx.text, end)
    word = _LETTER_WORD.match(ctx.text, at)
    if word is not None and word.group() in ctx.lang.link_tokens and not ctx.original_of(at, at + 1).isupper():
        at = space_after(ctx.text, word.end())
    for run in (_capitalised_run(ctx, at, forward=True),
                _capitalised_run(ctx, start, forward=False) if ctx.original_of(start, start + 1).isupper() else None):
        if run is not None and not any(f.start < run[1] and run[0] < f.end for f in ctx.found):
            return run
    return None


def _at_heads_level(ctx: Context, head: str, place: Found) -> Found:
    """"Thành ủy Lào Cai": a head that says its place's level makes a name of the province the city of
    that name within it, where the lexicon knows one."""
    cls = ctx.lang.head_place_classes.get(head)
    if cls is None or place.cls == cls:
        return place
    name = ctx.text[place.start:place.end]
    iri = next((e.iri for e in ctx.entries.values() if e.cls == cls and place.iri in e.located_in and _valid_on(e, ctx.date)
                and any(label.endswith(" " + name) for label in e.labels)), None)
    return place if iri is None else Found(place.start, place.end, iri, cls, known=True)


def _shared_by_both(ctx: Context, start: int, end: int) -> bool:
    """A word for both sides right before a body's word or right after it."""
    before = ctx.text[max(0, start - 30):start].rstrip()
    after = ctx.text[end:end + 30].lstrip()
    for phrase in ctx.lang.shared_by_both:
        if before.endswith(phrase) and (not ctx.lang.latin or len(before) == len(phrase)
                                        or not before[-len(phrase) - 1].isalnum()):
            return True
        if after.startswith(phrase) and (not ctx.lang.latin or len(after) == len(phrase)
                                         or not after[len(phrase)].isalnum()):
            return True
    return False


def _listed_heads_place(ctx: Context, heads: list[Match], places: StartIndex) -> Found | None:
    """The place right after the last of the heads listed from `heads[0]` on (commas, and "and" between
    each two), where the first has none of its own."""
    k, commas = 0, False
    while k + 1 < len(heads):
        gap = ctx.text[heads[k].end:heads[k + 1].start]
        comma = _LIST_COMMA.fullmatch(gap) is not None
        if not (comma or gap.strip() in ctx.lang.and_words and gap.strip()):
            break
        commas, k = commas or comma, k + 1
    if not commas:
        return None  # "X and Y of Guangxi": two bodies, often of the two sides; a list has commas
    place = _adjacent_place(ctx, heads[k].start, heads[k].end, places)
    return place if place is not None and place.start >= heads[k].end else None


def _parent_body(ctx: Context, end: int, following: list[Match], places: StartIndex) -> Found | None:
    """The place of the body whose head follows a body's head through "of"-words alone."""
    if not following or following[0].start <= end or not _gap_ok(ctx, end, following[0].start):
        return None
    return _adjacent_place(ctx, following[0].start, following[0].end, places)


_LEVEL = {"Province": {"Province", "AutonomousRegion"}, "Commune": {"Commune", "Town"}, "Town": {"Town", "Commune"}}
"""The classes of places at one level: a region is a province's level; a township (thị trấn, 镇) a commune's."""


def place_told_before(ctx: Context, start: int, head: str = "") -> tuple[Found, int] | None:
    """"自治区人民政府": "the region" right before a body's head means the last place of that class
    the text named; the place and where the body's name starts. So does a head that compounds its level
    (`told_level_heads`: "des Bezirksvolkskomitees", "distriktsfolkkommittén") with no place beside it."""
    at = space_before(ctx.text, start)
    phrase = next((a for a in ctx.lang.place_anaphors if ctx.text.endswith(a, 0, at)), None)
    opening = at - len(phrase) if phrase is not None else start
    if phrase is None and (level_cls := ctx.lang.told_level_heads.get(head)) is not None:
        told_level = [p for p in ctx.found if p.cls == level_cls and p.end <= start]
        return (max(told_level, key=attrgetter("end")), start) if told_level else None
    if phrase is None and not ctx.lang.latin:
        # "自治区党委": the head phrase itself opens with the words for the place
        phrase = next((a for a in ctx.lang.place_anaphors if ctx.text.startswith(a, start)), None)
    if phrase is None or (opening > 0 and ctx.lang.latin and ctx.text[opening - 1].isalnum()):
        return None
    place = place_of_anaphor(ctx, phrase, opening)
    return (place, opening) if place is not None else None


def place_of_anaphor(ctx: Context, phrase: str, opening: int, *, by_type_word: bool = True) -> Found | None:
    """The place a place's anaphor (`place_anaphors`: "自治区", "the county's", "of the province") at `opening` stands
    for: of the places of its level told before, the one whose name holds its words, else (`by_type_word`) the one
    named with its type word, else the region the places told lie in that is so named, else the last."""
    cls = ctx.lang.place_anaphors[phrase]
    level = _LEVEL.get(cls, {cls})
    told = [p for p in ctx.found if p.cls in level and p.end <= opening]

    def so_named(iri: str) -> bool:  # "广西壮族自治区": a place whose name holds the words
        return iri in ctx.entries and any(phrase in label for label in ctx.entries[iri].labels)

    # of the places of that level, the one whose own name holds the words ("广西壮族自治区")
    fitting = [p for p in told if phrase in ctx.text[p.start:p.end] or so_named(p.iri)]
    if not fitting and ctx.lang.latin and by_type_word:
        # "… from Hekou Yao Autonomous County in Honghe prefecture, headed by …, head of the county's People's
        # Government": of the places of that level, the one the text named with the phrase's type word
        kind = [w for w in _LETTERS.findall(phrase) if w not in ctx.lang.articles and len(w) > 2][-1:]
        fitting = [p for p in told if kind and kind[0] in ctx.text[p.start:p.end + len(kind[0]) + 1].split()]
    place = max(fitting, key=attrgetter("end"), default=None)
    if place is None:
        # "本报南宁11月28日讯 …自治区党委副书记": none named yet, the one the place the report was filed from lies in
        regions = (next((a for a in sorted(ctx.ancestors(p.iri)) if a in ctx.entries and ctx.entries[a].cls in level
                         and so_named(a)), None)
                   for p in ctx.found if p.cls in PLACE_CLASSES and p.end <= opening)
        region = next((r for r in regions if r is not None), None)
        if region is not None:
            place = Found(opening, opening + len(phrase), region, ctx.entries[region].cls, known=True)
    if place is None:
        place = max(told, key=attrgetter("end"), default=None)
    return place


def _place_told_after(ctx: Context, start: int, end: int) -> tuple[Found, int] | None:
    """"Volksregierung des Autonomen Gebiets": "the region" after a body's head means the place the text
    introduced as "the region X" before; the place and where the body's name ends."""
    at = space_after(ctx.text, end)
    phrase = next((a for a in ctx.lang.place_anaphors if ctx.text.startswith(a, at)
                   and not ctx.text[at + len(a):at + len(a) + 1].isalnum()), None)
    if phrase is None:
        return None
    # only a place the text introduced with these words: "of the province" alone is left to the posts,
    # which know whose province a title's holder serves; "du Comité du Parti de la ville": a city, district or
    # commune the last of its class the text named
    place = _introduced_as(ctx, phrase, start)
    cls = ctx.lang.place_anaphors[phrase]
    if place is None and cls != "Province":
        place = max((p for p in ctx.found if p.cls in _LEVEL.get(cls, {cls}) and p.end <= start), key=attrgetter("end"),
                    default=None)
    return (place, at + len(phrase)) if place is not None else None


def _introduced_as(ctx: Context, phrase: str, before: int) -> Found | None:
    """The place the text last introduced with the same words ("des Autonomen Gebiets Guangxi"), which
    is what they mean alone later."""
    starts = {f.start: f for f in ctx.found if f.cls in PLACE_CLASSES}
    at = ctx.text.rfind(phrase, 0, before)
    while at >= 0:
        place = starts.get(space_after(ctx.text, at + len(phrase)))
        if place is not None:
            return place
        at = ctx.text.rfind(phrase, 0, at)
    return None


def _seated_span(ctx: Context, start: int, end: int, places: StartIndex) -> tuple[int, int, Found | None]:
    """A mission's whole name and the city it sits in: "Consulate General of Vietnam in Kunming",
    "Tổng Lãnh sự quán Việt Nam tại Côn Minh", "越南驻昆明总领事馆", "القنصلية العامة الفيتنامية في نانينغ"
    (one word, the sending country's adjective, may stand before the seat word)."""
    seat, pending, loose = None, False, 0
    for token in _NON_SPACE.finditer(ctx.text, end, min(len(ctx.text), end + 60)):
        word = token.group().rstrip(",;:.)")
        place = next((p for p in places.between(token.start(), token.start() + 1)), None)
        if place is not None and not (place.start < end):
            end = place.end
            if pending:
                seat = place
                break
            loose = 0
        elif token.start() < end:
            continue  # inside a place already taken into the name
        elif word in ctx.lang.seat_words:
            pending = True
        elif word in ctx.lang.link_tokens or (loose == 0 and not pending and word == token.group()):
            loose += word not in ctx.lang.link_tokens
        else:
            break
        if word != token.group():
            break
    # "越南驻昆明总领事馆", "Vietnams generalkonsulat": the country, the seat word and the city before the name.
    city = _place_ending(ctx, start, places)
    if city is not None:
        start = city.start
        at = len(ctx.text[:start].rstrip())
        seat_word = next((w for w in ctx.lang.seat_words if ctx.text.endswith(w, 0, at)), None)
        if seat_word is not None:
            seat = seat or city
            country = _place_ending(ctx, at - len(seat_word), places)
            start = country.start if country is not None else start
    return start, end, seat


def _place_ending(ctx: Context, pos: int, places: StartIndex) -> Found | None:
    """The place that ends right before pos (spaces or a genitive letter between)."""
    at = len(ctx.text[:pos].rstrip())
    return next((p for p in places.between(at - 1 - places.longest, at) if at - 1 <= p.end <= at), None)


_COMPANY_NAME_MIN, _COMPANY_NAME_MAX = 4, 16


def _han_companies(ctx: Context) -> None:
    """"越南宝儿进出口独资有限责任公司": in a script without spaces a company's name runs back from the word
    that ends it to a word after which names begin or punctuation (four to sixteen characters)."""
    if not ctx.lang.name_starts:
        return
    taken = SpanSet((f.start, f.end) for f in ctx.found if f.cls not in PLACE_CLASSES)
    for head in ctx.matches(ctx.lang.company_heads):
        if taken.overlaps(head.start, head.end):
            continue
        run = _HAN.search(ctx.text, max(0, head.start - _COMPANY_NAME_MAX - 1), head.start)
        while run is not None and run.end() < head.start:
            run = _HAN.search(ctx.text, run.end(), head.start)
        if run is None or run.end() != head.start:
            continue
        starts = [s for s in range(run.start(), head.start - _COMPANY_NAME_MIN + 1)
                  if s == run.start() or any(ctx.text.endswith(w, 0, s) for w in ctx.lang.name_starts)]
        if not starts or run.start() < head.start - _COMPANY_NAME_MAX and starts[-1] == run.start():
            continue
        start = starts[-1] if starts[-1] > run.start() or head.start - run.start() <= _COMPANY_NAME_MAX else None
        if start is None or taken.overlaps(start, head.start):
            continue
        from pypinyin import lazy_pinyin  # imported here: only Han-script documents need it
        name = ctx.original_of(start, head.end)
        latin = " ".join(lazy_pinyin(name)).title()  # every body has an English (Latin-script) label
        ctx.found.append(Found(start, head.end, f"{BKR}org/x-{mint_iri('company', name)[-16:]}", "Company",
                               labels=((name, ctx.lang.code), (latin, "en"))))
        taken.add(start, head.end)


def _english_name(ctx: Context, iri: str) -> str:
    """"Lao Cai" for place/lao-cai-2025: a successor's IRI ends in the year it was formed, its name does not."""
    return re.sub(r"-\d{4}$", "", local_name(iri)).replace("-", " ").title()


_NON_SPACE = re.compile(r"\S+")
_NAME_TOKEN = re.compile(r"[^\s,;:.()،؛\"«»]+")


def _capitalised_words(ctx: Context, start: int, end: int, most: int = 3) -> bool:
    """Between `start` and `end` only one to `most` capitalised words, in Latin script ("Economic Zone")."""
    words = ctx.original_of(start, end).split()
    return ctx.lang.latin and 0 < len(words) <= most and all(w[:1].isupper() and w.isalpha() for w in words)


def _and_another_before(ctx: Context, start: int, end: int) -> int:
    """Where a name read from `start` to `end` ends at an and-word with an article after it: "the Economic Zone
    Management Board and the People's Government of Jinping county" names two bodies, not one."""
    tokens = list(_NON_SPACE.finditer(ctx.text, start, end))
    for word, following in zip(tokens, tokens[1:]):
        if word.group() in ctx.lang.and_words and following.group() in ctx.lang.articles:
            return start + len(ctx.text[start:word.start()].rstrip())
    return end


_PHRASE_WORDS = 10
"""How many words a noun phrase runs at most (`_phrase_end`)."""


def _phrase_end(ctx: Context, pos: int, max_tokens: int = _PHRASE_WORDS, stops: frozenset[str] = frozenset()) -> int:
    """End of the noun phrase starting at pos: up to punctuation, a clause word, or max_tokens."""
    stops = ctx.lang.name_stops | ctx.lang.between_words | stops
    end = pos
    count = 0
    for m in _NON_SPACE.finditer(ctx.text, pos):  # from pos, not over a copy of the rest of the text
        token = m.group()
        cut = next((i for i, c in enumerate(token) if c in _STOP_PUNCT), None)
        if token[0] in _STOP_PUNCT or count >= max_tokens or token[:cut] in stops or "\n" in ctx.text[end:m.start()]:
            break  # (a headline's phrase does not run on into the dateline; "… ab;" ends before its stop word)
        end = m.start() + (cut if cut is not None else len(token))
        count += 1
        if cut is not None:
            break
    return end


def _people(ctx: Context) -> None:
    taken = SpanSet((f.start, f.end) for f in ctx.found)
    people = SpanSet((f.start, f.end) for f in ctx.found if f.cls == "Person")
    for m in ctx.lang.honorifics.find(ctx.text, ctx.lang.bounds):
        pos = m.end
        while pos < len(ctx.text) and ctx.text[pos] == " ":
            pos += 1
        if people.overlaps(pos, pos + 1):  # a name starts inside a person already found
            continue
        if ctx.match_starting(ctx.lang.roles, pos) is not None:
            continue  # "đồng chí Bí thư Tỉnh ủy": the honorific goes with a title, no name
        adjective = _NON_SPACE.match(ctx.text, pos)
        if not ctx.lang.latin and adjective is not None and adjective.group() in ctx.lang.national_type_tokens[0]:
            pos = space_after(ctx.text, adjective.end())  # "السفير الصيني شيونغ بو": the country's adjective is no name's
        end = _name_end(ctx, pos)
        gates = [f for f in ctx.found if f.cls == "BorderGate" and pos <= f.start and f.end <= end] if end > pos else []
        if gates and not ctx.lang.latin:
            # "السيد لي فان توان", "السيدة يانغ لي هوا": after an honorific, a name, whatever part of it a gate's name is
            # ("لي فان", Ly Van; "لي هوا", Ly Hoa)
            ctx.found[:] = [f for f in ctx.found if not any(f is g for g in gates)]
            taken = SpanSet((f.start, f.end) for f in ctx.found)
        if end > pos and not taken.overlaps(pos, end):
            if _add_person(ctx, pos, end):
                # the names tables may end the name sooner ("تشانغ وي" of "تشانغ وي والسيد تران …"): the next
                # honorific's name is free
                end = ctx.found[-1].end
            taken.add(pos, end)
    _listed_people(ctx, taken)
    if ctx.lang.latin:
        _latin_appositive_people(ctx, taken)
        _latin_titled_people(ctx, taken)
        _latin_title_body_name(ctx, taken)
        _name_shaped_people(ctx, taken)
        _latin_names_right_after_titles(ctx, taken)
        _short_names_before_titles(ctx, taken)
        role_starts = {r.start for r in ctx.matches(ctx.lang.roles)}
        for person in [f for f in ctx.found if f.cls == "Person"]:
            after = re.match(r",\s*", ctx.text[person.end:person.end + 4])
            if after and person.end + after.end() in role_starts:
                _coordinated_before(ctx, person.start, taken)
        _listed_between_people(ctx, taken)
    elif ctx.lang.honorifics_after:
        _han_titled_people(ctx, taken)
        _han_names_again(ctx, taken)
        _han_vietnamese_names(ctx, taken)
    else:
        _read_appositive_people(ctx, taken)


def _listed_people(ctx: Context, taken: SpanSet) -> None:
    """"السادة فام فان كوونغ، وهوانغ تيان فونغ ولي فان فينه", "các ông A, B và C": the names a plural
    honorific lists, up to the first item that is not a name."""
    clitics = sorted((c for c in ctx.lang.bounds.clitics if len(c) == 1), key=len, reverse=True)
    for m in ctx.lang.plural_honorifics.find(ctx.text, ctx.lang.bounds):
        pos = m.end
        for _ in range(12):
            pos = space_after(ctx.text, pos)
            word = ctx.text[pos:pos + 60].split(None, 1)[:1]
            if ctx.match_starting(ctx.lang.roles, pos) is not None or word and word[0] in ctx.lang.not_name_words:
                break  # "..., vice chairmen of ...": the list has ended
            person = next((f for f in ctx.found if f.cls == "Person" and f.start <= pos < f.end), None)
            if person is not None:
                pos = person.end
            else:
                # A listed name is a name, whatever part of it a lexicon reads ("لي فان" as a gate).
                ctx.found[:] = [f for f in ctx.found if not f.start <= pos < f.end]
                end = _name_end(ctx, pos)
                if end <= pos:
                    break
                if _add_person(ctx, pos, end):
                    # the names tables may end the name sooner ("فو هوانغ لونغ" of "… لونغ ونغوين"): the list goes on there
                    end = ctx.found[-1].end
                taken.add(pos, end)
                pos = end
            sep = _LIST_COMMA.match(ctx.text, pos)
            after = sep.end() if sep else pos
            words = ctx.text[after:after + 40].split(None, 1)  # only an and-word is looked for: a short one
            if words and words[0] in ctx.lang.and_words:
                pos = ctx.text.index(words[0], pos) + len(words[0])
            elif sep:
                pos = sep.end()
            elif not any(ctx.text.startswith(c, space_after(ctx.text, pos)) for c in clitics if c in ctx.lang.and_words):
                break  # "فو هوانغ لونغ ونغوين …": no comma, the and-word written on the next name goes on
            at = space_after(ctx.text, pos)
            rest = ctx.text[at:at + 2]
            glued = next((c for c in clitics if ctx.text.startswith(c, at) and len(rest) > 1 and rest[1].isalpha()), None)
            if glued is not None:  # "وهوانغ": the and-word written on the name
                pos = at + len(glued)


def _name_end(ctx: Context, pos: int) -> int:
    end = pos
    for count, m in enumerate(_NAME_TOKEN.finditer(ctx.text, pos)):
        token_start = m.start()
        if count >= ctx.lang.name_max_tokens or ctx.text[end:token_start].strip():
            break
        capital = ctx.original_of(token_start, token_start + 1)[:1].isupper()
        if m.group() in ctx.lang.name_stops and not (ctx.lang.latin and capital) and (
                ctx.lang.latin or unicodedata.normalize("NFC", ctx.original_of(token_start, m.end())).casefold()
                in ctx.lang.name_stop_forms):
            # folded "trong" (in) stops a name; "Trọng", a name word written capitalised, does not; nor does
            # "آن" (An), which folds as "أن" (that) does
            break
        if ctx.lang.latin and not capital:
            break
        if count >= _FULL_NAME_WORDS and not ctx.lang.latin and len(m.group()) > 2 and m.group()[0] in ctx.lang.and_words:
            break  # "دانغ شوان فونغ وهاو آ لينه": past a full name, "and" written on a word starts the next name
        end = m.end()
    return end


_FULL_NAME_WORDS = 3
"""How many words make a full name (most Vietnamese names), after which "and" glued to a word starts another."""


def _latin_appositive_people(ctx: Context, taken: SpanSet) -> None:
    """"Ho Van Vinh, director of ...": two to four capitalised words followed by a comma and a title."""
    for role in ctx.matches(ctx.lang.roles):
        before = ctx.text[max(0, role.start - 60):role.start]
        m = _NAME_BEFORE_COMMA.search(before)
        if not m:
            continue
        start = role.start - len(before) + m.start(1)
        end = role.start - len(before) + m.end(1)
        words = ctx.original_of(start, end).split()
        # "..., said Wei Guohua, vice mayor", "Present were Wang Lin, vice governor": the name is the
        # capitalised words right before the comma.
        # ("Đặng Xuân Phong, Bí thư …": "Đặng" folds as "đảng", a word no name opens with; its written form decides)
        # ("par Le Hai Hoa, vice-président": "Le" opening a Vietnamese name's shape is the surname Lê)
        while words and (not all(w[:1].isupper() for w in words)
                         or ctx.text[start:end].split(" ", 1)[0] in ctx.lang.not_name_words
                         and unicodedata.normalize("NFC", words[0]).casefold() in ctx.lang.not_name_forms
                         and not _name_shaped(ctx, start, end)):
            start += len(ctx.folded.text[start:end]) - len(ctx.folded.text[start:end].split(" ", 1)[-1])
            words = words[1:]
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        # "Asistió Nong Van Hai, vicepresidente", "Hablaron Wang Lei, …": a capitalised word (a verb
        # opening the sentence) that no name syllable is, before words that read as a Vietnamese or
        # Chinese name, is no part of the name.
        first = ctx.text[start:end].split(" ", 1)[0]
        if len(words) > 2 and not _name_syllable(ctx, first) and _name_shaped_any(ctx, start + len(first) + 1, end):
            start += len(first) + 1
        if taken.overlaps(start, end):
            continue
        _add_person(ctx, start, end)
        taken.add(start, end)




def _name_shaped_people(ctx: Context, taken: SpanSet) -> None:
    """"Die Delegation wurde von Hoang Van Phuc geleitet", "hosted by Chen Guohua": a capitalised
    usual surname and one to three capitalised name syllables after it are a person, wherever the
    sentence puts them; a place-type word next to them makes them a place."""
    if ctx.people is None:
        return
    tables = ctx.people.reader.tables
    people = ctx.people
    text = ctx.text
    # Usual surnames standing as whole words, found by one scan for all of them.
    # (c.isalnum() or c in "_'’": what `_WHOLE_WORD` matches, tested without a call of the regex engine)
    found = sorted((start, end) for _, start, end in people.surname_scan.find_matches_as_indexes(text, overlapping=True)
                   if (start == 0 or not ((c := text[start - 1]).isalnum() or c in "_'’"))
                   and (end == len(text) or not ((c := text[end]).isalnum() or c in "_'’")))
    near = OverlapIndex(ctx.found)  # kept as the loop adds people and drops the names inside them
    for start, end in found:
        if not _capital(ctx, start):
            continue
        ends: list[int] = []  # the ends of up to three capitalised syllables right after the surname
        for following in _WORD.finditer(text, end):
            if len(ends) == 3 or text[ends[-1] if ends else end:following.start()] != " " \
                    or not _capital(ctx, following.start()):
                break
            ends.append(following.end())
        for syllable_end in reversed(ends):  # the longest reading first
            if _name_at(ctx, taken, near, tables, people, start, syllable_end):
                break


def _name_shaped(ctx: Context, start: int, end: int) -> bool:
    """A folded span of a usual Vietnamese or Chinese surname and name syllables."""
    if ctx.people is None:
        return False
    tables, people = ctx.people.reader.tables, ctx.people
    plain = ctx.text[start:end].split()
    vietnamese = plain[0] in people.vietnamese_surnames and all(p in tables.vi_weights for p in plain)
    chinese = len(plain) <= 3 and plain[0] in people.chinese_surnames and \
        all(_pinyin_word(p, tables.pinyin_weights) for p in plain[1:])
    return len(plain) >= 2 and (vietnamese or chinese)


def _name_at(ctx: Context, taken: SpanSet, near: OverlapIndex, tables, people, start: int, end: int) -> bool:
    """Add the person named at a folded span if it reads as a Vietnamese or Chinese name."""
    plain = ctx.text[start:end].split()
    vietnamese = plain[0] in people.vietnamese_surnames and all(p in tables.vi_weights for p in plain)
    chinese = len(plain) <= 3 and plain[0] in people.chinese_surnames and \
        all(_pinyin_word(p, tables.pinyin_weights) for p in plain[1:])
    first = ctx.original_of(start, start + len(plain[0]))
    if not (vietnamese or chinese) or plain[0] in ctx.lang.not_name_words \
            and unicodedata.normalize("NFC", first).casefold() in ctx.lang.not_name_forms:
        # "An" is a given name after a surname, an article only where a name would begin; "Trương" is
        # a surname, "trưởng" (chief) a title
        return False
    inside = near.overlapping(start, end) if taken.overlaps(start, end) else []
    # "Nguyen Van Son": a place's name ("Van Son", Wenshan) read inside a name that opens with a
    # surname is part of the name; so is one that opens the name ("Ly Van", a gate, in "Ly Van
    # Quang") when it is the only one and name syllables of three words at least go on after it.
    if inside and not all(f.cls in PLACE_CLASSES and f.end <= end
                          and (start < f.start or len(inside) == 1 and len(plain) >= 3 and f.end < end) for f in inside):
        return False
    if place_type_next_to(ctx, start, end):
        return False
    if inside:
        ctx.found[:] = [f for f in ctx.found if not any(f is i for i in inside)]
        for f in inside:
            near.remove(f)
    if _add_person(ctx, start, end):
        near.add(ctx.found[-1])
    taken.add(start, end)
    return True


def _capital(ctx: Context, folded: int) -> bool:
    return ctx.original_of(folded, folded + 1)[:1].isupper()


_WORD = re.compile(r"[^\W\d_][\w'’]*")
_LETTERS = re.compile(r"[^\W\d_]+")


def _pinyin_word(word: str, syllables: dict[str, float]) -> bool:
    """A word that is one or two pinyin syllables ("Guohua", "Wei")."""
    return word in syllables or any(word[:i] in syllables and word[i:] in syllables for i in range(1, len(word)))


def _coordinated_before(ctx: Context, start: int, taken: SpanSet) -> None:
    """"Nguyen Van An and Tran Thi Binh, vice chairmen of ...": the names listed before an
    appositive name share its title."""
    joiners = "|".join(re.escape(w) for w in sorted(ctx.lang.and_words, key=len, reverse=True))
    pattern = re.compile(r"((?:[^\W\d_]+ ){1,3}[^\W\d_]+)\s*(?:,|,?\s+(?:" + joiners + r"))\s+$") if joiners else None
    while pattern is not None:
        before = ctx.text[max(0, start - 50):start]
        m = pattern.search(before)
        if not m:
            return
        s, e = start - len(before) + m.start(1), start - len(before) + m.end(1)
        # "led by Be Thi Yen and Lu Hongmei, ...": the name is the capitalised words next to the
        # joiner, not the clause's words before them.
        # A capitalised "Le" that opens a Vietnamese name shape is the surname Lê, not the article.
        while ctx.text[s:e].count(" ") and (not ctx.original_of(s, s + 1).isupper()
                                           or ctx.text[s:e].split()[0] in ctx.lang.not_name_words
                                           and not _name_shaped_any(ctx, s, e)):
            s += ctx.text[s:e].index(" ") + 1
        words = ctx.original_of(s, e).split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words) \
                or ctx.text[s:e].split()[0] in ctx.lang.not_name_words and not _name_shaped_any(ctx, s, e) \
                or taken.overlaps(s, e):
            return
        _add_person(ctx, s, e)
        taken.add(s, e)
        start = s


def _name_syllable(ctx: Context, word: str) -> bool:
    """A folded word the names tables know as a Vietnamese or a pinyin name syllable."""
    if ctx.people is None:
        return True
    tables = ctx.people.reader.tables
    return word in tables.vi_weights or _pinyin_word(word, tables.pinyin_weights)


def _name_shaped_any(ctx: Context, start: int, end: int) -> bool:
    """A folded span of a surname the names tables know, however rare, and name syllables."""
    if ctx.people is None:
        return False
    tables = ctx.people.reader.tables
    plain = ctx.text[start:end].split()
    vietnamese = tables.vi_weights.get(plain[0], (0.0,))[0] > 0 and all(p in tables.vi_weights for p in plain)
    chinese = len(plain) <= 3 and plain[0] in tables.zh_surnames and \
        all(_pinyin_word(p, tables.pinyin_weights) for p in plain[1:])
    return len(plain) >= 2 and (vietnamese or chinese)


def _listed_between_people(ctx: Context, taken: SpanSet) -> None:
    """"A, Tong Thanh Hai respektive B", "A, B, Be Van Dung et Chu Quang Minh, respectivement": capitalised
    words set off by commas, "and"-words or "respectively" between two names, or between a name and
    "respectively", are a name too, if they read as one with a rarer surname."""
    joiners = [re.escape(w) for w in sorted(ctx.lang.and_words, key=len, reverse=True)]
    markers = [(m.start, m.end) for m in ctx.matches(ctx.lang.distributive_words)]
    joiners += [re.escape(ctx.text[s:e]) for s, e in markers]
    if not joiners:
        return
    sep = r"(?:\s*,\s*|\s*,?\s+(?:" + "|".join(sorted(set(joiners), key=len, reverse=True)) + r")\s+)"
    word = r"((?:[^\W\d_]+ ){1,3}[^\W\d_]+)"
    item = re.compile(sep + word + sep)
    # before "respectively" a list may end in more than one such name
    items = re.compile(r"(?:" + sep + word + r")+" + sep)
    each = re.compile(sep + r"(?=" + word + sep + ")")
    people = sorted((f for f in ctx.found if f.cls == "Person"), key=attrgetter("start"))
    gaps = [(a.end, b.start) for a, b in zip(people, people[1:]) if item.fullmatch(ctx.text, a.end, b.start)]
    for start, _ in markers:
        last = max((p.end for p in people if p.end <= start), default=None)
        if last is not None and start - last < 200 and items.fullmatch(ctx.text, last, start):
            gaps.append((last, start))
    for a_end, b_start in gaps:
        for m in each.finditer(ctx.text, a_end, b_start):
            s, e = m.span(1)
            if all(w[:1].isupper() for w in ctx.original_of(s, e).split()) and _name_shaped_any(ctx, s, e) \
                    and not taken.overlaps(s, e):
                _add_person(ctx, s, e)
                taken.add(s, e)


_BEFORE_COMMA = re.compile(r"\s*[,،]\s*$")
_BEFORE_SPACE = re.compile(r"(?<=[^\W\d_])\s+$")


def _read_appositive_people(ctx: Context, taken: SpanSet) -> None:
    """"برئاسة نونغ كوك هونغ، أمين لجنة الحزب": in a script without capitals, the words right before
    a comma and a title that the names tables read as one Vietnamese or Chinese name, opening with
    a usual surname, are a person (the longest such run, at least two words)."""
    if ctx.people is None:
        return
    people = ctx.people
    surnames = people.vietnamese_surnames | people.chinese_surnames
    clitics = [c for c in ctx.lang.bounds.clitics if len(c) == 1]
    for role in ctx.matches(ctx.lang.roles):
        before = ctx.text[max(0, role.start - 80):role.start]
        # ("وقال تران هوو دوك سكرتير لجنة الحزب": where titles follow names with no comma, right before the title)
        comma = _BEFORE_COMMA.search(before) or (_BEFORE_SPACE.search(before) if ctx.lang.titles_right_after_names else None)
        if comma is None:
            continue
        end = role.start - len(before) + comma.start()
        words = list(_NON_SPACE.finditer(ctx.text[max(0, role.start - 80):end]))[-ctx.lang.name_max_tokens:]
        offset = max(0, role.start - 80)
        for first in range(len(words) - 1):
            if any(w.group() in ctx.lang.name_stops for w in words[first:]):
                continue
            start = offset + words[first].start()
            # "وهوانغ وي مينغ": the and-word written on the name's first word
            glued = [start + len(c) for c in clitics if words[first].group().startswith(c)]
            start = next((s for s in [start, *glued] if _read_as_name(ctx, s, end, surnames)), -1)
            if start < 0:
                continue
            _take_name(ctx, taken, start, end)
            break  # the longest reading is the name, whether or not it was read already
    _read_names_after_titles(ctx, taken, surnames)
    _names_joined_to_people(ctx, taken, surnames)


def _names_joined_to_people(ctx: Context, taken: SpanSet, surnames: frozenset[str]) -> None:
    """"هوانغ فان مينه ودو ثي ثو", "لو فان تيان ونغوين فان داي": in a script without capitals, the words an "and"-word
    joins to a person found, right before or right after it in the same clause, that the names tables read as one name
    opening with a usual surname, are a person too (the longest such run, at least two words)."""
    ands = [c for c in ctx.lang.bounds.clitics if c in ctx.lang.and_words]
    if not ands:
        return
    joined = "(" + "|".join(map(re.escape, ands)) + ")"
    after_and, before_and = re.compile(r"\s+" + joined + r"\s?"), re.compile(r"\s" + joined + r"\s?$")
    todo = [f for f in ctx.found if f.cls == "Person"]
    while todo:
        person = todo.pop()
        # after: " وX Y Z" (the and-word glued to the next name's first word, or standing alone)
        after = after_and.match(ctx.text, person.end, person.end + 4)
        if after is not None:
            at = after.end()
            clause = _CLAUSE_BREAK_RE.split(ctx.text[at:at + 60], maxsplit=1)[0]
            words = list(_NON_SPACE.finditer(clause))[:ctx.lang.name_max_tokens]
            stop = next((i for i, w in enumerate(words) if w.group() in ctx.lang.name_stops), len(words))
            todo += _first_name_read(ctx, taken, surnames, [(at + words[0].start(), at + words[last - 1].end())
                                                             for last in range(stop, 1, -1)])
        # before: "X Y Z و" right before the person's name
        offset = max(0, person.start - 60)
        before = before_and.search(ctx.text, offset, person.start)
        if before is None:
            continue
        head = ctx.text[offset:before.start()].rstrip()
        clause = _CLAUSE_BREAK_RE.split(head)[-1]
        words = list(_NON_SPACE.finditer(clause))[-ctx.lang.name_max_tokens:]
        base = offset + len(head) - len(clause)
        # (not the end of a name read right before it)
        todo += _first_name_read(ctx, taken, surnames, [
            (base + words[first].start(), base + words[-1].end()) for first in range(len(words) - 1)
            if not any(w.group() in ctx.lang.name_stops for w in words[first:])
            and not taken.overlaps(base + words[first].start() - 2, base + words[first].start())])


def _first_name_read(ctx: Context, taken: SpanSet, surnames: frozenset[str], spans: list[tuple[int, int]]) -> list[Found]:
    """The person read at the first of `spans` (longest first) that nothing else holds and the names tables read as a
    name; none where no span is."""
    for start, end in spans:
        if not taken.overlaps(start, end) and _read_as_name(ctx, start, end, surnames):
            _take_name(ctx, taken, start, end)
            return [f for f in ctx.found[-1:] if f.cls == "Person" and f.start == start]
    return []


_SET_OFF = re.compile(r"[^,،;:.()؛\n]{0,80}?[,،]\s*([^,،;:.()؛\n]{2,60}?)\s*(?=[,،;:.؛]|$)")


def _read_names_after_titles(ctx: Context, taken: SpanSet, surnames: frozenset[str]) -> None:
    """"القنصل العام لفيتنام في كونمينغ، لي ثي ثو هانغ، إن ...": in a script without capitals, the words
    set off by commas right after a title and its body that the names tables read as one name, opening
    with a usual surname, are a person."""
    for role in ctx.matches(ctx.lang.roles):
        m = _SET_OFF.match(ctx.text, role.end)
        if m is None:
            continue
        words = m.group(1).split()
        if not 2 <= len(words) <= ctx.lang.name_max_tokens or any(w in ctx.lang.name_stops for w in words):
            continue
        start, end = m.start(1), m.end(1)
        if _read_as_name(ctx, start, end, surnames):
            _take_name(ctx, taken, start, end)
    _read_names_after_title_bodies(ctx, taken, surnames)
    _read_names_after_title_nouns(ctx, taken, surnames)
    _read_names_after_ministerial_titles(ctx, taken, surnames)


def _read_names_after_ministerial_titles(ctx: Context, taken: SpanSet, surnames: frozenset[str]) -> None:
    """"نائبة وزير الخارجية الفيتنامي نغوين مينه هانغ": in a script without capitals, the words right after a minister's
    title (its ministry in its words) and the country's adjective, no comma between, that the names tables read as one
    name opening with a usual surname, are a person (the longest such run, at least two words)."""
    for title in ctx.matches(ctx.lang.ministerial_titles):
        clause = _CLAUSE_BREAK_RE.split(ctx.text[title.end:title.end + 60], maxsplit=1)[0]
        words = list(_NON_SPACE.finditer(clause))[:ctx.lang.name_max_tokens + 1]
        if words and words[0].group() in ctx.lang.national_type_tokens[0]:
            words = words[1:]
        if not words or taken.overlaps(title.end + words[0].start(), title.end + words[0].start() + 1):
            continue
        stop = next((i for i, w in enumerate(words) if w.group() in ctx.lang.name_stops), len(words))
        for last in range(min(stop, ctx.lang.name_max_tokens), 1, -1):
            start, end = title.end + words[0].start(), title.end + words[last - 1].end()
            if _read_as_name(ctx, start, end, surnames):
                _take_name(ctx, taken, start, end)
                break


def _read_names_after_title_bodies(ctx: Context, taken: SpanSet, surnames: frozenset[str]) -> None:
    """"نائب رئيس اللجنة الشعبية لمقاطعة كوانغ نينه نغوين فان ثانه أمس": in a script without capitals, the
    words right after a title and the body's name it runs into, no comma between, that the names tables
    read as one name opening with a usual surname, are a person (the longest such run, at least two words)."""
    bodies = {f.start: f for f in ctx.found if f.cls in classes.ORGANIZATIONS}
    # "نائب حاكم مقاطعة يوننان لي مينغ": a title whose body is named by the title and its place ("governor of the
    # province"), the place right after it
    places = StartIndex([f for f in ctx.found if f.cls in PLACE_CLASSES])
    for role in ctx.matches(ctx.lang.roles):
        after = space_after(ctx.text, role.end)
        body = bodies.get(after) or next((f for f in ctx.found if f.cls in classes.ORGANIZATIONS
                                          and f.start <= role.start and role.end < f.end), None) \
            or next((f for f in places.between(after, after + 20)
                     if all(t in ctx.lang.link_tokens for t in ctx.text[after:f.start].split())), None)
        if body is None or taken.overlaps(space_after(ctx.text, body.end), space_after(ctx.text, body.end) + 1):
            continue
        # "رئيس الحكومة الشعبية لبلدة شويكو بمحافظة لونغتشو هوانغ مينغ فو": the place the body's place lies in, between
        body = next((p for p in places.between(body.end, body.end + _WITHIN_REACH) if not ctx.lang.latin
                     and within_link(ctx, body.end, p.start)), body)
        clause = _CLAUSE_BREAK_RE.split(ctx.text[body.end:body.end + 60], maxsplit=1)[0]
        words = list(_NON_SPACE.finditer(clause))[:ctx.lang.name_max_tokens]
        if words and (words[0].group() in ctx.lang.place_anaphors or words[0].group() in ctx.lang.national_type_tokens[0]):
            # "اللجنة الشعبية للمقاطعة لو فان كوونغ": the body's place told as "the province"; "نائب حاكم مقاطعة يوننان
            # الصينية لي جيان مينغ": the place's country adjective
            words = words[1:]
        stop = next((i for i, w in enumerate(words) if w.group() in ctx.lang.name_stops), len(words))
        for last in range(stop, 1, -1):
            start, end = body.end + words[0].start(), body.end + words[last - 1].end()
            if _read_as_name(ctx, start, end, surnames):
                _take_name(ctx, taken, start, end)
                break


_WITHIN_REACH = 12
"""How far after a body's name the place its place lies in may start ("بمحافظة ")."""


def within_link(ctx: Context, end: int, start: int) -> bool:
    """Only an in-word ("في", or "ب" glued to the next word) and place type words between a body's end and a place."""
    gap = ctx.text[end:start].split()
    if not gap:
        return False
    first = gap[0] if gap[0] in ctx.lang.venue_words else \
        next((gap[0][len(v):] for v in ctx.lang.venue_words if len(v) == 1 and gap[0].startswith(v)), None)
    return first is not None and all(w in ctx.lang.link_tokens for w in ([first] if first != gap[0] and first else []) + gap[1:])


_TITLE_NOUN = re.compile(r"\s+(\S+)\s+")


def _read_names_after_title_nouns(ctx: Context, taken: SpanSet, surnames: frozenset[str]) -> None:
    """"مديرة الدائرة فام ثي هونغ": in a script without capitals, the words right after a title and one
    definite noun (its body told before) that the names tables read as one name, opening with a usual
    surname, are a person (the longest such run, at least two words)."""
    if not ctx.lang.definite_prefixes:
        return
    for role in ctx.matches(ctx.lang.roles):
        m = _TITLE_NOUN.match(ctx.text, role.end)
        if m is None or not m.group(1).startswith(ctx.lang.definite_prefixes) or taken.overlaps(m.end(), m.end() + 1):
            continue
        clause = _CLAUSE_BREAK_RE.split(ctx.text[m.end():m.end() + 60], maxsplit=1)[0]
        words = list(_NON_SPACE.finditer(clause))[:ctx.lang.name_max_tokens]
        for count in range(len(words), 1, -1):
            if any(w.group() in ctx.lang.name_stops for w in words[:count]):
                continue
            start, end = m.end() + words[0].start(), m.end() + words[count - 1].end()
            if _read_as_name(ctx, start, end, surnames):
                _take_name(ctx, taken, start, end)
                break


def _take_name(ctx: Context, taken: SpanSet, start: int, end: int) -> None:
    """A person read from a name's place in the sentence, unless something else is read there; a place
    inside the name past its surname ("ما لي هوا": a gate named "لي هوا") is no place there, nor a gate or a commune
    the name opens with ("لي هوا، نائب حاكم", Li Hua; "لي فان آنه"): names of provinces, districts and cities stay."""
    inside = [f for f in ctx.found if f.start < end and start < f.end]
    if any(f.cls not in PLACE_CLASSES or f.start < start or f.end > end
           or f.start == start and f.cls not in _NAMELIKE_PLACES for f in inside):
        return
    kept = ctx.found
    ctx.found = [f for f in ctx.found if not any(f is g for g in inside)]  # (a name no place inside it holds)
    if _add_person(ctx, start, end):
        taken.add(start, end)
    else:
        ctx.found = kept


_NAMELIKE_PLACES = frozenset({"BorderGate", "Commune", "Village", "Town", "Ward"})
"""Places whose names are read as people's names where the sentence says a person (a comma and a title after)."""


def _read_as_name(ctx: Context, start: int, end: int, surnames: frozenset[str]) -> bool:
    assert ctx.people is not None
    decision = ctx.people.reader.read(ctx.original_of(start, end), ctx.lang.code)
    return decision is not None and decision.reading.syllables[0] in surnames


_AFTER_TITLE = re.compile(r"[^,;:.()\n]{0,90}?,\s*((?:[^\W\d_][\w'’-]*\s){1,3}[^\W\d_][\w'’-]*)(?=\s*[,.;:)]|\s+\S+\s)")


def _latin_title_body_name(ctx: Context, taken: SpanSet) -> None:
    """"Vice Chairman of the provincial People's Committee Tong Thanh Hai": a title, its body, then
    two to four capitalised words with no comma (the body's own name ends where the body does)."""
    bodies = StartIndex([f for f in ctx.found if f.cls in BODY_CLASSES])
    found = GrowingSpans(ctx.found)
    for role in ctx.matches(ctx.lang.roles):
        body = next((b for b in bodies.between(role.end, role.end + 41)
                     if all(w in ctx.lang.link_tokens for w in ctx.text[role.end:b.start].split())), None)
        if body is None:
            continue
        run = _capitalised_run(ctx, body.end, forward=True, max_tokens=4)
        if run is None or len(ctx.text[run[0]:run[1]].split()) < 2:
            continue
        if taken.overlaps(*run) or found.overlaps(*run):
            continue
        _add_person(ctx, *run)
        taken.add(*run)


def _latin_titled_people(ctx: Context, taken: SpanSet) -> None:
    """"the vice chairman of the provincial People's Committee, Vu Van Dien,": two to four
    capitalised words after a title and its body, set off by a comma."""
    found = GrowingSpans(ctx.found)
    for role in ctx.matches(ctx.lang.roles):
        m = _AFTER_TITLE.match(ctx.text, role.end)
        if not m:
            continue
        start, end = m.start(1), m.end(1)
        after = ctx.text[end:end + 12].split()
        if after and after[0].strip(",.;:)") and not re.match(r"[,.;:)]", ctx.text[end:end + 1].lstrip() or ".") \
                and after[0] not in ctx.lang.and_words:
            continue  # the capitalised words run on into a clause: not a name set off by commas
        words = ctx.original_of(start, end).split()
        if not all(w[:1].isupper() for w in words):
            continue
        # "…, Le Van Vinh,": an article that is also a surname, followed by a name's syllables
        if words[0].casefold() in ctx.lang.not_name_words and not _name_shaped(ctx, start, end):
            continue
        if taken.overlaps(start, end) or found.overlaps(start, end):
            continue
        _add_person(ctx, start, end)
        taken.add(start, end)


def _latin_names_right_after_titles(ctx: Context, taken: SpanSet) -> None:
    """"Gouverneur Ruan Chengfa", "Vice Governor Ruan Chengfa": two to four capitalised words right after a title
    that the names tables read as one Chinese or Vietnamese name are a person, whatever surname opens it (a rarer
    one too: the title says a person is named); after a national title, past the countries it names ("Đại sứ Trung
    Quốc tại Việt Nam Hùng Ba")."""
    if ctx.people is None:
        return
    surnames = ctx.people.known_surnames  # (a rare one too: "Parteisekretär Chau Van Lam", Chẩu)
    found = GrowingSpans(ctx.found)
    for role in ctx.matches(ctx.lang.roles):
        _name_run_after(ctx, role.end, taken, found, surnames)
    for title in [*ctx.matches(ctx.lang.national_titles), *ctx.matches(ctx.lang.ministerial_titles)]:
        pos = past_countries(ctx, title.end)
        if pos > title.end:
            _name_run_after(ctx, pos, taken, found, surnames)


def past_countries(ctx: Context, pos: int) -> int:
    """Past the countries named right after `pos` and the seat words between them ("Đại sứ Trung Quốc tại Việt Nam …");
    `pos` itself where no country follows."""
    countries = {f.start: f.end for f in ctx.found if f.cls == "Country"}
    end = at = pos  # the end of the last country passed; where reading goes on
    for _ in range(_COUNTRY_WORDS):
        start = space_after(ctx.text, at)
        word = ctx.text[start:start + 12].split()[:1]
        if start in countries:
            end = at = countries[start]
        elif end > pos and word and word[0] in ctx.lang.seat_words:  # "tại", "in" after a country
            at = start + len(word[0])
        else:
            break
    return end


_COUNTRY_WORDS = 4
"""How many countries and words between them ("Trung Quốc tại Việt Nam") a national title's name may stand past."""


def _name_run_after(ctx: Context, pos: int, taken: SpanSet, found: GrowingSpans, surnames: frozenset[str]) -> None:
    """The person named by the capitalised words right after `pos` (one space between), if the names tables read them
    as one name opening with one of `surnames`."""
    words = _CAPITALISED_RUN.match(ctx.original_of(pos, min(len(ctx.text), pos + 40)))
    if words is None:
        return
    spans = [(pos + w.start(), pos + w.end()) for w in _WORD.finditer(words.group(1))]
    after = pos + words.end()
    if len(spans) == 4 and after + 2 <= len(ctx.text) and ctx.original_of(after, after + 2)[1:2].isupper():
        return  # the capitalised words run on: a longer name, or a body's
    for count in (4, 3, 2):
        if len(spans) < count:
            continue
        start, end = spans[0][0] + 1, spans[count - 1][1] + 1  # (the run's group starts after the one space)
        if ctx.text[start:end].split()[0] in ctx.lang.not_name_words \
                or taken.overlaps(start, end) or found.overlaps(start, end):
            continue
        if _read_as_name(ctx, start, end, surnames):
            _add_person(ctx, start, end)
            taken.add(start, end)
            return


_CAPITALISED_RUN = re.compile(r" ((?:[A-ZÀ-Ỹ][\w'’-]*)(?: [A-ZÀ-Ỹ][\w'’-]*){1,3})")
_HAN_NAME = re.compile(r"[\u3400-\u9fff]{2,4}")
_HAN_RUN = re.compile(r"[\u3400-\u9fff]*")
_HAN_CHAR = re.compile(r"[\u3400-\u9fff]")
_HAN_PAUSE = re.compile(r"[、，,。；;：:]")
_FIGURE = re.compile(r"[0-9０-９]")


def _han_titled_people(ctx: Context, taken: SpanSet) -> None:
    """Chinese puts the name after the title ("市委书记刘建平同志"): two to four characters up
    to an honorific, a stop word or punctuation."""
    stops = sorted(ctx.lang.name_stops | ctx.lang.honorifics_after, key=len, reverse=True)
    found = GrowingSpans(ctx.found)
    # (a national or a minister's title too: "中国驻越南大使熊波", "国防部长董军")
    titles = [*ctx.matches(ctx.lang.roles), *ctx.matches(ctx.lang.ministerial_titles), *ctx.matches(ctx.lang.national_titles)]
    for role in titles:
        m = _HAN_NAME.match(ctx.text, role.end)
        if not m or any(ctx.text.startswith(w, role.end) for w in ctx.lang.not_name_words):
            continue  # "代表齐聚一堂": the representatives gathered; a verb, no name, follows the title
        window = ctx.text[role.end:role.end + 8]
        # "黎海和、…": a one-character stop word right before a punctuation mark joins nothing: it ends the name
        # ("王林表示，", "王林出席。": a verb of two is a verb there too); nor does an "and" before a date's figures
        # ("黎文和5日下午", where "在5日" is "on the 5th")
        cut = min((window.find(s) for s in stops if s and window.find(s) >= 2
                   and not (len(s) == 1 and re.match(_HAN_PAUSE, window[window.find(s) + len(s):]))
                   and not (s in ctx.lang.and_words and re.match(_FIGURE, window[window.find(s) + len(s):]))
                   # ("杜泰和率领": an "and" right before a verb joins nothing: it is the name's)
                   and not (s in ctx.lang.and_words and _stop_at(window, window.find(s) + len(s), stops))),
                  default=len(m.group()))
        end = role.end + min(cut, len(m.group()))
        if end - role.end < 2 or taken.overlaps(role.end, end):
            continue
        if found.overlaps(role.end, end):
            continue
        if _add_person(ctx, role.end, end):  # "人民委员会主席阮文海": "会主席阮" after "委员" is none, the next title's is
            taken.add(role.end, end)
            _han_listed_after(ctx, taken, found, end, stops)


def _stop_at(window: str, at: int, stops: list[str]) -> bool:
    """A stop word that is no "and"-word starts at `at` of the window."""
    return any(window.startswith(s, at) for s in stops if s and len(s) > 1)


def _han_listed_after(ctx: Context, taken: SpanSet, found: GrowingSpans, end: int, stops: list[str]) -> None:
    """"副主席刘凯、陈思远26日": the names listed after a titled one, each opening with a surname the
    names tables know, share its title and are read the same way."""
    surnames = ctx.people.reader.tables.han_surnames if ctx.people is not None else {}
    while end < len(ctx.text) and (ctx.text[end] in "、" or ctx.text[end] in ctx.lang.and_words):
        start = end + 1
        m = _HAN_NAME.match(ctx.text, start)
        if m is None or not any(ctx.text.startswith(s, start) for s in (ctx.text[start:start + 2], ctx.text[start])
                                if s in surnames):
            return
        window = ctx.text[start:start + 8]
        cut = min((window.find(s) for s in stops if s and window.find(s) >= 2), default=len(m.group()))
        end = start + min(cut, len(m.group()))
        if end - start < 2 or taken.overlaps(start, end) or found.overlaps(start, end) \
                or ctx.match_starting(ctx.lang.roles, start) is not None or not _add_person(ctx, start, end):
            return
        taken.add(start, end)


def _standalone(ctx: Context, start: int, end: int) -> bool:
    """The word from `start` to `end` stands between words in lower case (or punctuation), not in a run of
    capitalised words, and not at a sentence's start."""
    before = ctx.original_of(max(0, start - 30), start).split()[-1:]
    after = ctx.original_of(end, min(len(ctx.text), end + 30)).split()[:1] if end < len(ctx.text) else []
    return bool(before) and not before[0].endswith((".", "!", "?")) and not before[0][:1].isupper() \
        and not (after and after[0][:1].isupper())


def _han_vietnamese_names(ctx: Context, taken: SpanSet) -> None:
    """"越南嘉宾阮文明、黄氏兰分别为…", "会议由阮文明主持": in Han script, a surname only Vietnamese names have
    (`vietnamese_han_surnames`: 阮), or a usual surname and a middle name only they have (`vietnamese_han_middle_names`:
    氏), mark a name wherever it stands, with no title before it (a name read whole elsewhere is read first); the
    given name is two characters, or one where a pause, an "and"-word or a word that stops a name follows it."""
    if ctx.people is None:
        return
    tables = ctx.people.reader.tables
    stops = tuple(s for s in ctx.lang.name_stops if s)

    def ends_name(pos: int) -> bool:
        return pos >= len(ctx.text) or bool(_HAN_PAUSE.match(ctx.text, pos)) or ctx.text[pos] in ctx.lang.and_words \
            or ctx.text.startswith(stops, pos) or not _HAN_CHAR.match(ctx.text, pos)

    marks = sorted(tables.vietnamese_han_surnames | tables.vietnamese_han_middle_names)
    for mark in re.finditer("|".join(map(re.escape, marks)), ctx.text) if marks else ():
        surname = mark.group() in tables.vietnamese_han_surnames
        start = mark.start() if surname else mark.start() - 1
        given = mark.end() + 1 if surname and ctx.text[mark.end():mark.end() + 1] in tables.vietnamese_han_middle_names \
            else mark.end()
        if start < 0 or not surname and ctx.text[start] not in tables.han_surnames \
                or not _HAN_CHAR.match(ctx.text, given) or ctx.text.startswith(stops, given):
            continue
        end = given + 1 if ends_name(given + 1) else given + 2
        if not taken.overlaps(start, end) and _add_person(ctx, start, end):
            taken.add(start, end)


def _han_names_again(ctx: Context, taken: SpanSet) -> None:
    """"去年9月28日，黄柏南与彭绍官举行视频会谈": a Chinese name read once after its title names that person
    wherever it is written again."""
    people = {ctx.text[f.start:f.end]: f for f in ctx.found if f.cls == "Person" and _HAN_NAME.fullmatch(ctx.text, f.start, f.end)}
    for name, person in people.items():
        at = ctx.text.find(name)
        while at >= 0:
            if not taken.overlaps(at, at + len(name)):
                ctx.found.append(Found(at, at + len(name), person.iri, "Person", labels=person.labels))
                taken.add(at, at + len(name))
            at = ctx.text.find(name, at + len(name))


def _short_names_before_titles(ctx: Context, taken: SpanSet) -> None:
    """"Wei, who is also a member of …": the first or last word of one full name found in the text (a
    Chinese surname, a Vietnamese given name), capitalised and set off by a comma before a title, is a
    mention of a person (whom identity takes for the one of the full name)."""
    owners: dict[str, set[str]] = {}
    first_named: dict[str, int] = {}  # where each full name is first written
    for f in ctx.found:
        words = ctx.text[f.start:f.end].split() if f.cls == "Person" else []
        if len(words) > 1:
            first_named.setdefault(f.iri, f.start)
            for word in {words[0], words[-1]}:
                owners.setdefault(word, set()).add(f.iri)
    for word, iris in owners.items():
        if len(iris) != 1:
            continue
        for m in re.finditer(r"(?<![\w'’])" + re.escape(word) + r"(?![\w'’])", ctx.text):
            if taken.overlaps(m.start(), m.end()) or not _capital(ctx, m.start()):
                continue
            comma = re.match(r",\s*", ctx.text[m.end():m.end() + 3])
            if comma is None:
                # "On the eve of the opening, Huyen hosted a reception": alone between words in lower case, after the
                # full name, it names that person too
                if m.start() > first_named[next(iter(iris))] and _standalone(ctx, m.start(), m.end()) \
                        and _add_person(ctx, m.start(), m.end()):
                    taken.add(m.start(), m.end())
                continue
            at = m.end() + comma.end()
            skip = next((w for w in ctx.lang.apposition_skips if ctx.text.startswith(w + " ", at)), None)
            at += len(skip) + 1 if skip else 0
            if ctx.match_starting(ctx.lang.roles, at) is not None and _add_person(ctx, m.start(), m.end()):
                taken.add(m.start(), m.end())


def _add_person(ctx: Context, start: int, end: int) -> bool:
    span = ctx.people.name_span(ctx, start, end) if ctx.people is not None else (start, end)
    if span is None:
        return False  # "团的外事": not a name in any script the names tables read
    start, end = span
    words = ctx.text[start:end]
    if any(f.cls in PLACE_CLASSES and ctx.text[f.start:f.end] == words for f in ctx.found):
        return False  # "xã Đàm Thủy … Đồn Biên phòng Đàm Thủy": a name the text gave a place is that place's
    name = ctx.original_of(start, end)
    key = slug(name) if ctx.lang.latin and slug(name) else mint_iri("person", ctx.text[start:end])[-16:]
    ctx.found.append(Found(start, end, f"{BKR}person/x-{key}", "Person", labels=((name, ctx.lang.code),)))
    return True


def _projects(ctx: Context, home: str | None) -> None:
    taken = SpanSet((f.start, f.end) for f in ctx.found if f.cls not in PLACE_CLASSES)
    places = _places_by_start(ctx)
    for m in ctx.lang.projects.find(ctx.text, ctx.lang.bounds):
        if taken.overlaps(m.start, m.end):
            continue
        if m.value == "named":
            end = _phrase_end(ctx, m.end, max_tokens=8)
            if end <= m.end + 1 or ctx.match_starting(ctx.lang.triggers, space_after(ctx.text, m.end)) is not None \
                    or ctx.match_ending(ctx.lang.triggers, end) is not None:
                continue  # "项目推介会", "project signing", "项目集中签约仪式": an event about projects, no project's name
            if _is_count(ctx, ctx.text[m.end:end]):
                continue  # "签约项目18个": how many projects, not one project's name
            first = ctx.original_of(m.end, end).lstrip()[:1]
            if ctx.lang.latin and not (first.isupper() or first.isdigit() or first in "\"“«„'"):
                continue  # "das Projekt als Vorzeigevorhaben", "dự án thu hút đầu tư": no project's name
            iri = mint_iri("project", ctx.text[m.end:end].strip())
        else:
            # "Zona Económica Fronteriza Hoanh Mo – Dong Van", "芒街—东兴跨境经济合作区": the places it is named after
            start, end, named = _named_after(ctx, m.start, m.end, places)
            if named:
                iri = f"{BKR}project/{m.value}-" + "-".join(local_name(p.iri) for p in named)
                joined = " - ".join(_english_name(ctx, p.iri) for p in named) + " " + str(m.value).replace("-", " ")
                ctx.found.append(Found(start, end, iri, "Project", labels=((ctx.original_of(start, end), ctx.lang.code),
                                                                           (joined, "en")),
                                       links=tuple(("location", p.iri) for p in named), head=str(m.value)))
                taken.add(start, end)
                continue
            if (named_run := _named_by_names(ctx, m.end)) is not None and not taken.overlaps(m.start, named_run[1]):
                # "la zona de cooperación económica fronteriza Thanh Thuy - Tianbao": names no lexicon knows as places
                name = ctx.original_of(*named_run)
                ctx.found.append(Found(m.start, named_run[1], f"{BKR}project/{m.value}-x-{slug(name)}", "Project",
                                       labels=((ctx.original_of(m.start, named_run[1]), ctx.lang.code),
                                               (f"{name} {str(m.value).replace('-', ' ')}", "en")), head=str(m.value)))
                taken.add(m.start, named_run[1])
                continue
            end = m.end
            iri = f"{BKR}project/{local_name(home) + '/' if home else ''}{m.value}"
        # the kind's English name too ("cross-border economic cooperation zone"), as bodies have theirs
        english: tuple[tuple[str, str], ...] = () if m.value == "named" or ctx.lang.code == "en" \
            else ((str(m.value).replace("-", " "), "en"),)
        if home and m.value != "named":  # "Lang Son geopark": which place's, as a body's English name says
            english += ((f"{_english_name(ctx, home)} {str(m.value).replace('-', ' ')}", "en"),)
        ctx.found.append(Found(m.start, end, iri, "Project", labels=((ctx.original_of(m.start, end), ctx.lang.code), *english),
                               links=(("location", home),) if home and m.value != "named" else (), head=str(m.value)))
        taken.add(m.start, end)
    _bare_zones(ctx)


def _named_by_names(ctx: Context, end: int) -> tuple[int, int] | None:
    """Two capitalised names joined by a dash right after a zone's word ("… fronteriza Thanh Thuy - Tianbao"),
    in Latin script: the pair it is named after."""
    if not ctx.lang.latin:
        return None
    at = space_after(ctx.text, end)
    first = _capitalised_run(ctx, at, forward=True) if at - end == 1 else None
    joiner = _PAIR_JOINER.match(ctx.text, first[1]) if first is not None and first[0] == at else None
    second = _capitalised_run(ctx, joiner.end(), forward=True) if joiner is not None else None
    if first is None or joiner is None or second is None:
        return None
    return (first[0], second[1]) if second[0] == joiner.end() else None


def _is_count(ctx: Context, phrase: str) -> bool:
    """A number, alone or with a generic classifier ("18个", "26 项")."""
    m = _COUNT.fullmatch(phrase.strip())
    return m is not None and (not m.group(1) or m.group(1) in ctx.lang.generic_classifiers)


_COUNT = re.compile(r"[\d.,]+\s*(\S{0,2})")


def _bare_zones(ctx: Context) -> None:
    """"the cross-border economic cooperation zone" after "the Hekou - Lao Cai cross-border economic
    cooperation zone": a zone's bare word is the one zone of that kind the document names."""
    named: dict[str, set[Found]] = {}
    for f in ctx.found:
        if f.cls == "Project" and f.head and f.iri.startswith(f"{BKR}project/{f.head}-"):
            named.setdefault(f.head, set()).add(f)
    for i, f in enumerate(ctx.found):
        zones = {z.iri: z for z in named.get(f.head or "", ())} if f.cls == "Project" else {}
        if len(zones) == 1 and f.iri not in zones:
            zone = next(iter(zones.values()))
            ctx.found[i] = Found(f.start, f.end, zone.iri, "Project", labels=f.labels, links=zone.links, head=f.head)


_PAIR_JOINER = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?[-–—]\s*")
_COUNTRY_NOTE = re.compile(r"\s*\([^()]{1,20}\)")


def _named_after(ctx: Context, start: int, end: int, places: StartIndex) -> tuple[int, int, list[Found]]:
    """The places a zone is named after: one, or a pair joined by a dash ("Huu Nghi (Vietnam) – Youyiguan
    (Kina)"), right after its word (through "of"-words) or, in Han script, right before it."""
    named: list[Found] = []
    if ctx.lang.latin or ctx.lang.code != "zh":
        pos = end
        while True:
            first = next((p for p in places.between(pos, pos + _GAP_MAX + 1)
                          if (named or p.cls not in ("Country", "Province")) and (p.start == pos or _gap_ok(ctx, pos, p.start))), None)
            if first is None or (named and ctx.text[named[-1].end:first.start].strip(" ()-–—") and
                                 not _PAIR_JOINER.fullmatch(ctx.text[named[-1].end:first.start])):
                break
            named.append(first)
            pos = first.end
            note = _COUNTRY_NOTE.match(ctx.text, pos)
            pos = note.end() if note else pos
            if not _PAIR_JOINER.match(ctx.text, pos) or len(named) == 2:
                break
        return start, (max(named[-1].end, pos) if named else end), named
    pos = start
    while len(named) < 2:
        last = next((p for p in places.between(pos - places.longest, pos) if p.end == pos), None)
        if last is None:
            break
        named.insert(0, last)
        pos = last.start
        joiner = _DASH_END.search(ctx.text[max(0, pos - 2):pos])
        if joiner is None:
            break
        pos -= len(joiner.group())
    return (named[0].start if named else start), end, named


def _infrastructure(ctx: Context) -> None:
    """A bridge, railway or sea route followed by the places it joins ("railway Hai Phong - Mong Cai")."""
    taken = SpanSet((f.start, f.end) for f in ctx.found if f.cls not in _ADMINISTRATIVE)
    places = StartIndex([p for p in ctx.places() if p.cls != "Infrastructure"])
    heads = ctx.lang.infrastructure.find(ctx.text, ctx.lang.bounds)
    gates = {f.start for f in ctx.found if f.cls == "BorderGate"}
    standalone = set(ctx.common.get("standalone_infrastructure", []))
    home: str | None = None
    for k, m in enumerate(heads):
        if not m.value or taken.overlaps(m.start, m.start + 1):  # no head ("port city"), or m starts inside a span taken
            continue
        word = ctx.match_starting(ctx.lang.gate_words_before, m.start)
        if word is not None and space_after(ctx.text, word.end) in gates:
            continue  # "puerto de Hekou": the gate words of the gate found after them (a border port, 口岸)
        # "del puente de carretera A – B y del puente de carga C – D": the next bridge's places are its own
        limit = min(_clause_end(ctx, m.end, _WINDOW), heads[k + 1].start if k + 1 < len(heads) else len(ctx.text))
        # "cảng Hòn Gai và Trung tâm Y tế thành phố Móng Cái tổ chức hội đàm": an event's word ends the name's places
        trigger = ctx.matches_starting(ctx.lang.triggers, m.end, limit)
        limit = trigger[0].start if trigger else limit
        near = [p for p in places.between(m.end, limit + 1) if p.end <= limit]  # places do not run backwards
        if m.value in standalone and ctx.lang.body_head_last:
            near = []  # "…友谊口岸货运专用通道开通": where the name comes before its word, what follows is no name
        if near and ctx.lang.latin:
            at = space_after(ctx.text, m.end)
            run = _capitalised_run(ctx, at, forward=True)
            if run is not None and run[0] == at and run[1] < min(p.start for p in near):
                # "cảng Hòn Gai và … thành phố Móng Cái": a name right after the word that is no place is its name;
                # the places later in the clause are others'
                _named_infrastructure(ctx, m, taken)
                continue
        if not near:
            home = home if home is not None or m.value not in standalone else _home_province(ctx) or ""
            if not _named_infrastructure(ctx, m, taken) and m.value in standalone and home:
                # "den särskilda godsvägen vid gränsmärkena 1119–1120", "货运专用通道": one all the same, the province's
                ctx.found.append(Found(m.start, m.end, f"{BKR}infra/{local_name(home)}/{m.value}", "Infrastructure",
                                       head=str(m.value), labels=((ctx.original_of(m.start, m.end), ctx.lang.code),),
                                       links=(("location", home),)))
                taken.add(m.start, m.end)
            continue
        gap = ctx.text[m.end:min(p.start for p in near)].split()
        if gap and gap[0] in ctx.lang.seat_words and all(w in ctx.lang.link_tokens for w in gap[1:]):
            continue  # "الجسر في حي هاي هوا", "the bridge in X": where the bridge told before stands
        iris = {p.iri for p in near}
        # no place of the span lies in it (each is found in the text: `ctx_descendants(ctx, i) & iris`)
        specific = sorted(i for i in iris if not any(i in ctx.ancestors(o) for o in iris))
        end = max(p.end for p in near)
        end = end + 1 if ctx.text[end:end + 1] == ")" else end
        iri = f"{BKR}infra/{m.value}-" + "-".join(local_name(i) for i in specific)
        ctx.found.append(Found(m.start, end, iri, "Infrastructure", head=str(m.value),
                               labels=((ctx.original_of(m.start, end), ctx.lang.code),),
                               links=tuple(("location", i) for i in specific) + tuple(("connects", i) for i in specific)))
        taken.add(m.start, end)


def _named_infrastructure(ctx: Context, head: Match, taken: SpanSet) -> bool:
    """"pont Ho Kieu", "cầu Hồ Kiều", "pont de Kim Thanh": a bridge or road named by the capitalised words
    right after its word (through one "of"-word), when they name no place (they are no person either)."""
    if not ctx.lang.latin:
        return False
    at = space_after(ctx.text, head.end)
    word = _LETTER_WORD.match(ctx.text, at)
    if word is not None and word.group() in ctx.lang.link_tokens and not ctx.original_of(at, at + 1).isupper():
        at = space_after(ctx.text, word.end())  # "pont de Kim Thanh", "puente de Bac Luan"
    run = _capitalised_run(ctx, at, forward=True)
    if run is None or run[0] - at > 0 or at - head.end > 5 or len(ctx.text[run[0]:run[1]].split()) < 2:
        return False
    if any(f.cls != "Person" and f.start < run[1] and run[0] < f.end for f in ctx.found):
        return False
    ctx.found[:] = [f for f in ctx.found if not (f.start < run[1] and run[0] < f.end)]
    name = ctx.original_of(*run)
    ctx.found.append(Found(head.start, run[1], f"{BKR}infra/{head.value}-x-{slug(name)}", "Infrastructure",
                           head=str(head.value), labels=((ctx.original_of(head.start, run[1]), ctx.lang.code),)))
    taken.add(head.start, run[1])
    return True


def _clause_end(ctx: Context, pos: int, limit: int) -> int:
    stop = pos
    text = ctx.text
    while stop < len(text) and stop - pos < limit and text[stop] not in ",;.،؛\n":
        stop += 1
    return stop


_BRACKETS = {"《": "》", "“": "”", "«": "»", "「": "」", '"': '"'}


def _bracketed(ctx: Context, start: int, end: int) -> tuple[int, int] | None:
    """The inside of the quotation marks or title brackets around a span, if it is in some."""
    before = ctx.text[max(0, start - 40):start]
    for opening, closing in _BRACKETS.items():
        at = before.rfind(opening)
        if at < 0 or closing in before[at + 1:] or opening != closing and opening in before[at + 1:]:
            continue
        close = ctx.text.find(closing, end, end + 30)
        if close >= 0:
            return start - len(before) + at + 1, close
    return None


# How far after its verb, in the verb's clause, the thing signed may be: past a long subject
# ("وقعت الحكومة الشعبية لمنطقة قوانغشي … واللجنة الشعبية لمقاطعة لانغ سون مذكرة تفاهم").
_SIGNED_REACH = 120


def _breaks_before_verb(ctx: Context, between: str) -> bool:
    """Whether a break stands between a thing signed and the verb after it; the commas of a list closed by an
    and-word do not ("Vereinbarungen über Grenzhandel, Tourismus und Katastrophenschutz unterzeichnet")."""
    if _SIGNED_BREAK_BEFORE.search(between.replace(",", "")):
        return True
    last = between.rfind(",")
    after = between[last + 1:].split()
    # ("the agreement on land border management, which was signed in Beijing": a relative clause speaks of it)
    return last >= 0 and not any(w in ctx.lang.and_words for w in after) and not _relative_clause_between(ctx, between)


def _framed_by_sentence(ctx: Context, thing: int, verb: int, verb_end: int) -> bool:
    """"Die drei Rechtsdokumente über die Landgrenze, darunter …, hatten Vietnam und China am 18. November 2009 in Peking
    unterzeichnet.": the thing signed opens the sentence (after its article and a number) and the verb closes it; however
    long the sentence, the verb is the one that tells its signing."""
    if not 0 < verb - thing or not ctx.same_sentence(thing, verb_end):
        return False
    at = bisect_right(ctx.sentences, thing, key=itemgetter(0)) - 1
    if at < 0:
        return False
    start, end = ctx.sentences[at]
    # (its article, and a number or an adjective written small: "Die drei", "Das neue")
    lead = list(_NON_SPACE.finditer(ctx.text, start, thing))
    return len(lead) <= 2 and all(w.group() in ctx.lang.articles or w.group().isdigit()
                                  or ctx.original_of(w.start(), w.end()).islower() for w in lead[1:]) \
        and (not lead or lead[0].group() in ctx.lang.articles) and not ctx.text[verb_end:end].strip(" .!?")


_FRAMED_REACH = 320
"""How long a sentence the thing signed opens and its verb closes may be."""
_SIGNED_BEFORE_REACH = 160
"""How far a relative clause's signing verb may stand after the thing signed ("Avtalet om samarbete, som folkkommittén i
Quang Ninh och folkregeringen i Fangchenggang undertecknade …"); without one, 80 characters."""


def _relative_clause_between(ctx: Context, between: str) -> bool:
    """The last comma between the thing signed and the verb opens a relative clause (`relative_openers`): the verb is
    the clause's."""
    last = between.rfind(",")
    after = between[last + 1:].split()
    if last >= 0 and bool(after) and (after[0] in ctx.lang.relative_openers or " ".join(after[:2]) in ctx.lang.relative_openers):
        return True
    # ("ett avtal om en samarbetsmekanism som provinspolisen i Yunnan och polisen i … undertecknade": a relative clause no
    # comma sets off, opening within the thing's name)
    head = between.split(",", 1)[0].split()[:_RELATIVE_WITHIN]
    return any(w in ctx.lang.relative_openers for w in head[1:])


_RELATIVE_WITHIN = 6
"""Within how many words of the thing signed a relative clause no comma sets off may open."""


def _signed_after_number(ctx: Context, verbs: StartIndex, start: int) -> bool:
    """A signing verb between the last number before `start` (in the words a count would stand in) and `start`."""
    window = max(0, start - 24)
    digits = [i for i, c in enumerate(ctx.text[window:start]) if c.isdigit()]
    return bool(digits) and bool(verbs.between(window + digits[-1], start))


def _named_by_year(ctx: Context, before: str) -> bool:
    """"a 2024 cooperation plan", "the 2024-2026 programme": an article, then a year or a span of years, and at most
    one more word before the document's word: the year names it, it counts nothing."""
    words = before.split()[-3:]
    at = next((i for i, w in enumerate(words) if _YEARS.fullmatch(w)), None)
    return at is not None and at > 0 and len(words) - at <= 2 and (
        words[at - 1] in ctx.lang.articles or words[at - 1] in ctx.lang.indefinite_articles)


_YEARS = re.compile(r"(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?")


def _dated_before(ctx: Context, before: str) -> bool:
    """"وقّعا … في مارس 2023 مذكرة تفاهم": the number before the document's word ends a month's or day's date (the
    signing's time, told between verb and object), it counts nothing."""
    told = ctx.lang.dates.read(before, reference=ctx.date)
    # (an article may stand between: "im März 2023 ein Abkommen")
    return bool(told) and len(told[-1].value) >= 7 and all(
        w in ctx.lang.articles or w in ctx.lang.indefinite_articles for w in before[told[-1].end:].split())


def find_agreements(ctx: Context, signing_spans: list[tuple[int, int]], dates: list[DateMention]) -> list[Found]:
    """Agreements named where something is signed, or with their parties ("agreement between X and Y"). A day or a
    month ends the name ("signed an agreement on Tuesday", "ont signé un accord mardi 21 juin"); a year may be part of it.
    """
    out = []
    told_at = sorted(d.start for d in dates if not d.year_only)  # ("el programa para el período 2025-2030": a year names)
    named = SpanSet((f.start, f.end) for f in ctx.found if f.cls == "Agreement")
    verbs = StartIndex(signing_spans, start=itemgetter(0), end=itemgetter(1))
    heads = list(ctx.matches(ctx.lang.agreements))  # (the scan is shared: the years that name a document ask it too)
    starts = sorted(h.start for h in heads)
    for m in heads:
        if named.overlaps(m.start, m.start + 1):  # m starts inside an agreement's name
            continue
        before = _AGREEMENT_CLAUSE_BREAK.split(ctx.text[max(0, m.start - 24):m.start])[-1]
        title = _bracketed(ctx, m.start, m.end)
        if title is None and _DIGIT.search(" ".join(before.split()[-3:])) and not _named_by_year(ctx, before) \
                and not _signed_after_number(ctx, verbs, m.start) and not _dated_before(ctx, before):
            continue  # "62 agreements and memoranda", "5 new agreements": a count (a title may hold a year; "on July
            # 30 signed a memorandum": a signing verb between the number and the document counts nothing)
        if title is not None:
            m = Match(title[0], m.end, m.value)  # "《2025年度友好合作备忘录》": the whole title
        end = title[1] if title is not None else _phrase_end(ctx, m.end, max_tokens=6)
        # The thing signed follows the verb, or precedes it where the verb comes last
        # ("haben ... ein Abkommen unterzeichnet").
        # "unterzeichneten die fünf Parteisekretäre ein gemeinsames Protokoll": further off in the verb's own clause.
        signed = any(s <= m.start <= e + 40 or e <= m.start <= e + _SIGNED_REACH and not _SIGNED_BREAK.search(ctx.text[e:m.start])
                     or 0 < s - m.start <= _SIGNED_BEFORE_REACH and not _breaks_before_verb(ctx, ctx.text[m.start:s])
                     and (s - m.start <= 80 or _relative_clause_between(ctx, ctx.text[m.start:s]))
                     for s, e in verbs.between(m.start - _SIGNED_REACH - verbs.longest, m.start + _SIGNED_BEFORE_REACH + 1)) \
            or any(_framed_by_sentence(ctx, m.start, s, e) for s, e in verbs.between(m.start, m.start + _FRAMED_REACH))
        verb = min([s for s, _ in verbs.between(m.end, end)], default=None)
        if verb is not None:  # the verb is not the name, nor are its auxiliaries ("… a été signé")
            end = verb
            words = ctx.text[m.end:end].split()
            while words and words[-1] in ctx.lang.auxiliaries:
                end = ctx.text.rindex(words.pop(), m.end, end)
        # "el acta de la reunión y un memorando …": the next thing signed is not this one's name
        following = next((h for h in starts if m.end <= h < end), None)
        if following is not None and title is None:
            words = ctx.text[m.end:following].split()
            while words and (words[-1] in ctx.lang.and_words or words[-1] in ctx.lang.articles
                             or words[-1] in ctx.lang.indefinite_articles):
                words.pop()
            end = ctx.text.index(words[-1], m.end) + len(words[-1]) if words else m.end
        if title is None and (dated := bisect_left(told_at, m.end)) < len(told_at) and told_at[dated] < end:
            end = told_at[dated]  # (and the words that lead to the date: "on", "يوم")
            words = ctx.text[m.end:end].split()
            while words and (words[-1] in ctx.lang.venue_words or words[-1] in ctx.lang.dates.time_words
                             or words[-1] in ctx.lang.dates.day_leads or words[-1] in ctx.lang.name_stops):
                end = ctx.text.rindex(words.pop(), m.end, end)
        end = m.end + len(ctx.text[m.end:end].rstrip())
        between = ctx.text[end:end + 12].strip().split(" ")[:1]
        if not signed and not (between and between[0] in ctx.lang.between_words):
            continue
        out.append(Found(m.start, end, "", "Agreement", head=str(m.value),
                         labels=((ctx.original_of(m.start, end), ctx.lang.code),)))
    return out


__all__ = ["ACTOR_CLASSES", "BODY_CLASSES", "PLACE_CLASSES", "Context", "Found", "Match", "find_agreements", "find_entities", "longest"]
