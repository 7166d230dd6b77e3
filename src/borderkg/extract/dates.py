"""Dates in text: full, partial and relative, resolved against a reference date."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from borderkg.extract.matcher import Boundaries, Match, PhraseMatcher
from borderkg.text import fold_label

_YEAR = r"(1[89]\d\d|20\d\d|21\d\d)"


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression: folded span, ISO value (YYYY, YYYY-MM or YYYY-MM-DD), and how it was read."""

    start: int
    end: int
    value: str
    since: bool = False
    """True for "since 2020": a start, not the time of an event."""
    year_only: bool = False


class DateReader:
    """Finds date expressions in folded text of one language."""

    def __init__(self, lang: dict) -> None:
        self.bounds = Boundaries.of(lang)
        self.months = PhraseMatcher((m, n) for m, n in lang.get("months", {}).items())
        self.relative_days = PhraseMatcher(lang.get("relative_days", {}).items())
        self.relative_years = PhraseMatcher(lang.get("relative_years", {}).items())
        self.weekdays = PhraseMatcher(lang.get("weekdays", {}).items())
        self.year_words = {fold_label(w) for w in lang.get("year_words", [])}
        self.since_words = [fold_label(w) for w in lang.get("since_words", [])]

    def read(self, text: str, *, reference: str | None) -> list[DateMention]:
        """Dates in text order; day-month without a year takes the reference's year."""
        found: list[DateMention] = []
        taken: list[tuple[int, int]] = []

        def add(dm: DateMention) -> None:
            if not any(dm.start < e and s < dm.end for s, e in taken):
                found.append(dm)
                taken.append((dm.start, dm.end))

        for m in re.finditer(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)", text):
            add(self._make(m.start(), m.end(), m.group(1), m.group(2), m.group(3), text))
        for m in re.finditer(r"(?<![\d/])(\d{1,2})[/.](\d{1,2})[/.]" + _YEAR + r"(?![\d/])", text):
            add(self._make(m.start(), m.end(), m.group(3), m.group(2), m.group(1), text))
        for m in re.finditer(_YEAR + r"\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?", text):
            add(self._make(m.start(), m.end(), m.group(1), m.group(2), m.group(3), text))
        for month in self.months.find(text, self.bounds):
            add_month = self._around_month(text, month, reference)
            if add_month:
                add(add_month)
        for m in re.finditer(r"(?<![\d.,])" + _YEAR + r"(?![\d.,]\d|\d)", text):
            add(DateMention(m.start(), m.end(), m.group(1), since=self._since(text, m.start()), year_only=True))
        ref = _parse(reference)
        for day in self.relative_days.find(text, self.bounds):
            # Without a publication date, "today" is the day the article last named.
            base = ref or _parse(next((d.value for d in sorted(found, key=lambda d: -d.start)
                                       if d.end <= day.start and len(d.value) == 10), None))
            if base is not None:
                add(DateMention(day.start, day.end, (base + timedelta(days=int(day.value))).isoformat()))
        if ref is not None:
            # Day/month without a year ("(15/12)") and weekdays take the publication date's.
            for m in re.finditer(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/])", text):
                candidate = self._make(m.start(), m.end(), str(ref.year), m.group(2), m.group(1), text)
                if len(candidate.value) == 10:
                    add(candidate)
            for day in self.weekdays.find(text, self.bounds):
                back = (ref.weekday() - int(day.value)) % 7
                add(DateMention(day.start, day.end, (ref - timedelta(days=back)).isoformat()))
            for year in self.relative_years.find(text, self.bounds):
                add(DateMention(year.start, year.end, str(ref.year + int(year.value)), year_only=True))
        return sorted(found, key=lambda d: d.start)

    def _around_month(self, text: str, month: Match, reference: str | None) -> DateMention | None:
        before = text[max(0, month.start - 6):month.start]
        after = text[month.end:month.end + 24]
        day = re.search(r"(?<!\d)(\d{1,2})(?:er|e|\.|th|st|nd|rd)?\s*$", before)
        start = month.start - (len(before) - day.start()) if day else month.start
        # Alternative month names joined by a slash ("أغسطس/آب") belong to the same date.
        if after.startswith("."):
            after = " " + after[1:]  # "Nov. 28"
        alt = re.match(r"\s*/\s*\S+", after)
        rest_at = alt.end() if alt and not re.match(r"\s*/\s*\d", after) else 0
        tail = after[rest_at:]
        day_after = None if day else re.match(r"\s*(\d{1,2})(?:st|nd|rd|th)?(?!\d)", tail)
        if day_after:
            tail_end = day_after.end()
            tail = tail[tail_end:]
            rest_at += tail_end
        year = re.match(r"\s*,?\s*(?:năm\s*)?" + _YEAR + r"(?!\d)", tail)
        end = month.end + rest_at + (year.end() if year else 0)
        day_value = day.group(1) if day else day_after.group(1) if day_after else None
        if year:
            return self._make(start, end, year.group(1), str(month.value), day_value, text)
        if day_value is None:
            return None
        ref = _parse(reference)
        # No year given: the publication year, else the last year the text named before.
        years = re.findall(_YEAR + r"(?!\d)", text[:start])
        year_value = str(ref.year) if ref is not None else years[-1] if years else None
        if year_value is None:
            return None
        return self._make(start, month.end + rest_at, year_value, str(month.value), day_value, text)

    def _make(self, start: int, end: int, year: str, month: str | None, day: str | None, text: str) -> DateMention:
        value = year
        if month and 1 <= int(month) <= 12:
            value += f"-{int(month):02d}"
            if day and 1 <= int(day) <= 31:
                try:
                    value = date(int(year), int(month), int(day)).isoformat()
                except ValueError:
                    pass
        return DateMention(start, end, value, since=self._since(text, start))

    def _since(self, text: str, start: int) -> bool:
        before = text[max(0, start - 24):start].strip()
        return any(before.endswith(w) or f"{w} " in before[-len(w) - 12:] for w in self.since_words if w)


def _parse(value: str | None) -> date | None:
    if not value:
        return None
    parts = value.split("-")
    try:
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None
