"""An event being assembled, and what the stages that assemble it ask of it."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from operator import attrgetter

from borderkg.extract.entities import Context, Found
from borderkg.extract.matcher import Match
from borderkg.extract.mint import BKR

# "Al término del encuentro" after "la XV reunión del Comité": a meeting word may refer to a conference.
TALKS = ("Meeting", "Conference")


@dataclass
class EventDraft:
    """An event being assembled from one sentence (folded offsets)."""

    cls: str
    start: int
    end: int
    date: str | None = None
    mechanism: str | None = None
    ordinal: int | None = None
    participants: set[str] = field(default_factory=set)
    locations: set[str] = field(default_factory=set)
    agreement: Found | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    # "At the end of the talks, the two sides signed ...": the event told before that this one's
    # sentence names as its occasion.
    occasion: EventDraft | None = None
    merged_into: EventDraft | None = None
    sides_from: EventDraft | None = None  # "both sides": the event told before whose sides they are
    received: bool = False  # a reception's companion: the received delegation's visit
    named_year: bool = False  # its year follows its word in its clause, as an edition's name
    earlier_edition: bool = False  # an earlier edition of the event told ("La edición anterior se celebró … en 2023")
    like_told: bool = False  # told as like another ("Une exposition similaire avait été présentée … en 2023")


def sides_of(ctx: Context, d: EventDraft) -> set[str]:
    """The actors of an event other than where it happened and the countries around it."""
    return {p for p in d.participants - d.locations
            if p not in ctx.entries or ctx.entries[p].cls != "Country"}


def led_sides(ctx: Context, d: EventDraft) -> set[str]:
    """The sides of an event but the people named with it: a person leads a side and is none."""
    return {p for p in sides_of(ctx, d) if not p.startswith(PERSON)}


PERSON = f"{BKR}person/"
"""Where every person's IRI starts."""


def final(draft: EventDraft) -> EventDraft:
    """The draft another one was merged into, if any."""
    while draft.merged_into is not None:
        draft = draft.merged_into
    return draft


def any_between(matches: list[Match], start: int, end: int) -> bool:
    """`any(start <= m.start < end for m in matches)`, matches in text order."""
    at = bisect_left(matches, start, key=attrgetter("start"))
    return at < len(matches) and matches[at].start < end


STEM = 5
"""How many letters of an event word name the same event again ("samtal", "samtalen", "Treffens" of "Frühjahrstreffen")."""


def told_with_words(ctx: Context, candidates: list[EventDraft], words: list[Match]) -> EventDraft | None:
    """The first of `candidates` whose tellings hold the stem of one of the event words `words`."""
    stems = {ctx.text[w.start:w.end][:STEM] for w in words}
    return next((d for d in candidates if any(ctx.text.find(stem, a, b) >= 0 for stem in stems for a, b in d.spans)), None)


def placed_within_a_country(ctx: Context, draft: EventDraft) -> bool:
    """Whether an event is placed more exactly than in a country ("… الواقعة في أقصى شمال فيتنام", "en el sur de China"
    place nothing more: another telling's place is the event's)."""
    return any(loc not in ctx.entries or ctx.entries[loc].cls != "Country" for loc in draft.locations)
