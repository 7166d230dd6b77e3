"""Stated figures: a number, its scale and the noun it counts or the unit it is in."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from borderkg.extract.entities import Context, Found

_COUNTED_MAX_GAP = 3


@dataclass(frozen=True, slots=True)
class Figure:
    """A number in folded offsets with its unit code, subject IRI and period."""

    start: int
    end: int
    value: Decimal
    unit: str
    subject: str | None
    period: str | None


def find_figures(ctx: Context, sentences: list[tuple[int, int]], years: list[tuple[int, str]]) -> list[Figure]:
    """Every number that comes with a unit or a counted noun."""
    lang = ctx.lang
    text = ctx.text
    units = lang.units.find(text, lang.bounds)
    scales = lang.scales.find(text, lang.bounds)
    out = []
    names = [(f.start, f.end) for f in ctx.found if f.known]
    for start, end, value in _numbers(ctx):
        if any(s <= start < e for s, e in names):
            continue  # part of a name ("the three legal documents on the land border")
        before = text[max(0, start - 30):start].split()
        if before and before[-1] in lang.not_count_after:
            continue
        pos, scale = end, Decimal(1)
        nxt = next((s for s in scales if s.start >= pos and not text[pos:s.start].strip()), None)
        if nxt is not None:
            scale, pos = Decimal(int(nxt.value)), nxt.end
        unit = next((u for u in units if u.start >= pos and _close(text, pos, u.start)), None)
        if unit is None:
            unit = _unit_after_words(ctx, units, pos)
        if unit is None:
            unit = _counted_before(ctx, units, start)
            if unit is None:
                continue
        sentence = next(((s, e) for s, e in sentences if s <= start < e), (start, end))
        period = next((y for at, y in years if sentence[0] <= at < sentence[1]), None)
        subject = _subject(ctx, str(unit.value), sentence, start)
        out.append(Figure(start, max(unit.end, end) if unit.start > start else end, value * scale, str(unit.value),
                          subject, period))
    return out


def _unit_after_words(ctx: Context, units: list, pos: int):
    """"12,5 millones de dólares", "4.3 million foreign arrivals": a linking word and at most one
    qualifier between the number and what it counts."""
    words = list(re.finditer(r"\S+", ctx.text[pos:pos + 40]))[:3]
    skipped_other = False
    for word in words:
        at = pos + word.start()
        unit = next((u for u in units if u.start == at), None)
        if unit is not None:
            return unit
        token = word.group()
        if token in ctx.lang.unit_links:
            continue
        if skipped_other or not ctx.lang.latin or not token.isalpha():
            return None
        skipped_other = True
    return None


def _close(text: str, pos: int, unit_start: int) -> bool:
    gap = text[pos:unit_start]
    return len(gap) <= 4 and not any(c.isalnum() for c in gap) and "\n" not in gap


def _counted_before(ctx: Context, units: list, start: int):
    """"the number of tourists ... reached 551,000": the counted noun after "the number of"."""
    window = ctx.text[max(0, start - 120):start]
    if any(c in window for c in ".;؛\n"):
        window = re.split(r"[.;؛\n]", window)[-1]
    offset = start - len(window)
    for word in ctx.lang.count_of:
        at = window.rfind(word)
        if at >= 0:
            after = offset + at + len(word)
            return next((u for u in units if after <= u.start < start and u.start - after < 40), None)
    return None


def _subject(ctx: Context, unit: str, sentence: tuple[int, int], start: int) -> str | None:
    """A count of meetings or conferences is about the mechanism named just before it."""
    if unit not in ("MEETING", "CONFERENCE"):
        return None
    mechanisms = [f for f in ctx.found if f.cls == "Mechanism" and sentence[0] <= f.start < start]
    return mechanisms[-1].iri if mechanisms else None


# Digits not glued to Latin letters or other digits; Han text writes units right after them ("25.6万辆").
_NUMBER = re.compile(r"(?<![0-9A-Za-zÀ-ɏ.,/:+-])\d+(?:[.,]\d+|[ \u00a0\u202f]\d{3}(?!\d))*"
                     r"(?![0-9A-Za-zÀ-ɏ/:+-]|[.,]\d| ?\+)")


def _numbers(ctx: Context):
    """(start, end, value) of digit numbers (with the language's separators) and number words."""
    lang = ctx.lang
    text = ctx.text
    for m in _NUMBER.finditer(text):
        raw = m.group()
        value = _parse(raw, lang.decimal_separator, lang.thousands_separators)
        if value is None or _looks_like_year_or_date(text, m.start(), m.end(), raw):
            continue
        yield m.start(), m.end(), value
    for w in lang.number_words.find(text, lang.bounds):
        yield w.start, w.end, Decimal(int(w.value))


def _parse(raw: str, decimal: str, thousands: tuple[str, ...]) -> Decimal | None:
    """Read digits with the language's decimal and thousands separators ("4,42" sv, "1,549" en)."""
    separators = re.findall(r"[.,\s\u202f]", raw)
    groups = re.split(r"[.,\s\u202f]", raw)
    if not separators:
        cleaned = raw
    elif separators[-1] == decimal and (decimal not in thousands or len(groups[-1]) != 3) \
            and all(s != decimal for s in separators[:-1]):
        cleaned = "".join(groups[:-1]) + "." + groups[-1]
    elif all(s in thousands or s.isspace() or s == "\u202f" for s in separators) and all(len(g) == 3 for g in groups[1:]):
        cleaned = "".join(groups)
    else:
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def _looks_like_year_or_date(text: str, start: int, end: int, raw: str) -> bool:
    return bool(re.fullmatch(r"(19|20|21)\d\d", raw))


__all__ = ["Figure", "Found", "find_figures"]
