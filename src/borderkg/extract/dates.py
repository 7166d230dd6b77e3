"""Dates in text: full, partial and relative, resolved against a reference date."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import partial
from operator import attrgetter
from typing import TYPE_CHECKING, cast

from borderkg.extract.matcher import Boundaries, Match, PhraseMatcher, SharedScan, contractions_of
from borderkg.extract.spans import SpanSet, StartIndex, space_after, word_starts
from borderkg.text import digit_runs, fold_label, is_word_char, matches_at

if TYPE_CHECKING:
    from borderkg.extract.language import LanguageData

_YEAR = r"(1[89]\d\d|20\d\d|21\d\d)"
# The whole-text patterns, compiled once. Those led by a lookbehind can only match where a run of
# digits starts (no digit before, a digit first): `matches_at` tries them there, not at every offset.
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_DAY_MONTH_YEAR = re.compile(r"(?<![\d/])(\d{1,2})[/.](\d{1,2})[/.]" + _YEAR + r"(?![\d/])")
_DASHED_DAY_MONTH_YEAR = re.compile(r"(?<![\d-])(\d{1,2})-(\d{1,2})-" + _YEAR + r"(?![\d-])")
_MONTH_YEAR = re.compile(r"(?<![\d/.,])(\d{1,2})/" + _YEAR + r"(?![\d/])")
_HAN_DATE = re.compile(_YEAR + r"\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?")
_YEAR_ALONE = re.compile(r"(?<!\d)(?<!\d[.,])" + _YEAR + r"(?![\d.,]\d|\d)")  # "据介绍，2024年": a comma after words
_DAY_MONTH = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/])")
_DASHED_DAY_MONTH = re.compile(r"(?<![\d-])(\d{1,2})-(\d{1,2})(?![\d-])")
# "ngày 29.8", "sáng 30.8": day and month with a dot (not "32.239", a thousands' mark, nor "29.8.2023", a full date)
_DOTTED_DAY_MONTH = re.compile(r"(?<![\d.,])(\d{1,2})\.(\d{1,2})(?!\d|[.,]\d)")
_SEPARATORS = frozenset("-/.")
_MONTH_SLASH_WORD = re.compile(r"\s*/\s*\S+")
_MONTH_SLASH_DIGIT = re.compile(r"\s*/\s*\d")
# A number glued to a decimal mark is no day: "von Januar bis September 18,7 Milliarden Yuan".
_DAY_AFTER_MONTH = re.compile(r"\s*(\d{1,2})(?:st|nd|rd|th)?(?!\d)(?![.,]\d)")


@dataclass(slots=True, unsafe_hash=True)
class DateMention:
    """A date expression: folded span, ISO value (YYYY, YYYY-MM or YYYY-MM-DD), and how it was read.

    Never changed once made (`dataclasses.replace` makes a changed copy), but not frozen, as
    `entities.Found`: a frozen dataclass's constructor sets each field through `object.__setattr__`."""

    start: int
    end: int
    value: str
    since: bool = False
    """True for "since 2020": a start, not the time of an event."""
    year_only: bool = False
    days_from_report: int | None = None
    """For "today", "yesterday": the days it lies from the day it was reckoned from, so that a dateline's own day
    ("Hanoi, 12 jun (Prensa Latina) … celebraron hoy") may reckon it instead of the publication's."""


@dataclass(frozen=True, slots=True)
class _DatePatterns:
    """The regexes built from one language's date words, compiled once (None: the language has no such words)."""

    day_before_month: re.Pattern[str]
    year_after_month: re.Pattern[str]
    range_start: re.Pattern[str] | None
    range_open: re.Pattern[str] | None
    range_end: re.Pattern[str] | None
    day_alone: re.Pattern[str] | None
    day_after_word: re.Pattern[str] | None
    day_of_month: re.Pattern[str] | None
    day_with_suffix: re.Pattern[str] | None

    @classmethod
    def of(cls, reader: DateReader) -> _DatePatterns:
        day_month = f"(?:(?:{reader.day_month})\\s*)?" if reader.day_month else ""
        month_year = f"(?:(?:{reader.month_year})\\s*)?" if reader.month_year else ""
        suffixes = "|".join(re.escape(x) for x in sorted(reader.day_suffixes, key=len, reverse=True))

        def given(words: object, pattern: str) -> re.Pattern[str] | None:
            return re.compile(pattern) if words else None

        return cls(
            day_before_month=re.compile(r"(?<!\d)(\d{1,2})(?:er|e|\.|th|st|nd|rd)?\s*" + day_month + "$"),
            year_after_month=re.compile(r"\s*,?\s*" + month_year + _YEAR + r"(?!\d)"),
            range_start=given(reader.range, r"(?<![\d/.,])(\d{1,2})(?:st|nd|rd|th|er|\.)?\s*(?:" + reader.range
                              + r")\s*$"),
            range_open=given(reader.range, r"[^\d\n]{0,12}?\d{1,2}(?:st|nd|rd|th|er|\.)?\s*(?:" + reader.range
                             + r")\s*\d"),
            range_end=given(reader.range, r"(?:" + reader.range + r")\s*$"),
            day_alone=given(reader.day_alone, r"(?<![\d月/.])(\d{1,2})\s*(?:" + reader.day_alone + r")"),
            day_after_word=given(reader.day_alone_before, r"(?<!\w)(?:" + reader.day_alone_before + r")\s+(\d{1,2})(?![\d/.])"),
            day_of_month=given(reader.day_alone, r"\s*(\d{1,2})\s*(?:" + reader.day_alone + ")"),
            day_with_suffix=given(reader.day_suffixes, r"(?<![\d月])(\d{1,2})(?:" + suffixes + ")"),
        )

# How near a date may follow a same-day phrase and be the day that phrase is a part of.
_PART_OF_DAY_GAP = 6


class DateReader:
    """Finds date expressions in folded text of one language."""

    def __init__(self, lang: LanguageData, *, shared: SharedScan | None = None) -> None:
        """``shared``: the language's other matchers' automaton, closed by the caller (by default, one of its own)."""
        self.bounds = Boundaries.of(lang)
        scan = shared if shared is not None else SharedScan()
        matcher = partial(PhraseMatcher, contractions=contractions_of(lang), shared=scan)
        self.months = matcher((m, n) for m, n in lang.get("months", {}).items())
        self.months_after_day = matcher((m, n) for m, n in lang.get("months_after_day", {}).items())
        # (the words that may stand right before a year whose later days without a year it gives: months, seasons)
        self._year_heads = tuple(fold_label(m) for m in [*lang.get("months", {}), *lang.get("season_words", [])])
        self.relative_days = matcher(lang.get("relative_days", {}).items())
        self.relative_years = matcher(lang.get("relative_years", {}).items())
        self.relative_months = matcher(lang.get("relative_months", {}).items())
        self.relative_weeks = matcher(lang.get("relative_weeks", {}).items())
        self.weekdays = matcher(lang.get("weekdays", {}).items())
        # the one-word names of days and months, folded: a venue word before one governs a time
        self.time_words = frozenset(w for w in map(fold_label, (*lang.get("weekdays", {}), *lang.get("months", {})))
                                    if w and " " not in w)
        self.year_words = {fold_label(w) for w in lang.get("year_words", [])}
        # words that lead to a day ("يوم الثلاثاء"): with the day, no part of a name before it
        self.day_leads = frozenset(fold_label(w) for w in lang.get("ordinal_day_before", []))
        self.since_words = [fold_label(w) for w in lang.get("since_words", [])]
        self._since_endings = tuple(w for w in self.since_words if w)
        # "a finales de marzo": a part of the time, not its start, though it ends with a since-word ("de")
        self.part_of_time = tuple(fold_label(w) for w in lang.get("part_of_time_words", []))
        self.since_after = tuple(fold_label(w) for w in lang.get("since_after_words", []))
        self._unspaced = lang.get("script") == "han"
        self.day_alone = _alternatives(lang, "day_alone_suffixes")
        self.day_alone_before = _alternatives(lang, "day_alone_before")
        self._not_day_after = tuple(_words(lang, "not_day_after"))
        self._same_year_after = tuple(_words(lang, "same_year_after"))
        self._same_year_before = tuple(_words(lang, "same_year_before"))
        told_before = _alternatives(lang, "day_of_month_told_before")
        self._day_of_month_told = re.compile(r"(?<!\w)(?:" + told_before + r")\s+(\d{1,2})(?:st|nd|rd|th|er|\.)?(?![\w%])") \
            if told_before else None
        self._after_day_of_month_told = _words(lang, "day_of_month_told_after")
        self.same_days = matcher(lang.get("same_days", {}).items())
        self.event_days = matcher(lang.get("event_days", {}).items())
        self.same_day_of = tuple(sorted(_words(lang, "same_day_of"), key=len, reverse=True))
        self.date_named_places = _words(lang, "date_named_places")
        self.weekday_context = _words(lang, "weekday_context")
        self.dashed_after = _words(lang, "dashed_day_month_after")
        self.round_the_clock = frozenset(lang.get("round_the_clock", []))
        self.month_alone_after = _words(lang, "month_alone_after")
        self.month_past_before = _words(lang, "month_past_before")
        self.month_past_after = _words(lang, "month_past_after")
        self.month_parts_after = _words(lang, "month_parts_after")
        self.month_ahead = _words(lang, "month_ahead_words")
        self.month_ahead_after = _words(lang, "month_ahead_after")
        self.counted_months = _words(lang, "counted_months")
        self.day_words = _words(lang, "day_words")
        self.weekday_date_joiners = _words(lang, "weekday_date_joiners")
        self.day_suffixes = _words(lang, "day_suffixes")
        self.next_before = _words(lang, "weekday_next_before")
        self.next_after = _words(lang, "weekday_next_after")
        self.last_week_before = _words(lang, "weekday_last_week_before")
        self.weekday_context_after = _words(lang, "weekday_context_after")
        self.last_week_after = _words(lang, "weekday_last_week_after")
        self.last_before = _words(lang, "weekday_last_before")
        self.last_after = _words(lang, "weekday_last_after")
        self.day_month = _alternatives(lang, "day_month_links")
        # "في التاسع من سبتمبر 2021": a day written as an ordinal word, joined to its month by a link word
        ordinal_days = {fold_label(w): n for w, n in lang.get("ordinals", {}).items() if isinstance(n, int) and 1 <= n <= 31}
        # (after a word that says a day follows: "في الأسبوع الأول من مارس" is a week of March)
        links, before = _alternatives(lang, "ordinal_day_links"), _alternatives(lang, "ordinal_day_before")
        self._ordinal_days = ordinal_days
        self._ordinal_day = re.compile(r"(?:^|\s)(?:" + before + r")\s+(" + "|".join(
            re.escape(w) for w in sorted(ordinal_days, key=len, reverse=True)) + r")\s+(?:" + links + r")\s*$") \
            if links and before and ordinal_days else None
        self.month_year = _alternatives(lang, "month_year_links")
        self.range = _alternatives(lang, "range_links")
        # (the links that join a range's two ends only, not two days: "từ 29/8 đến 2/9", not "on 6 and 7 January")
        self.range_words = _words(lang, "range_links") - _words(lang, "and_words")
        self.day_after_month = bool(lang.get("day_after_month", False))
        self._range_end = re.compile(r"\s*(?:" + self.range + r")\s") if self.range else None
        # "December 1 to 7, 2019": the range's last day between a day after its month and the year
        self._to_day = re.compile(r"\s*(?:" + self.range + r")\s*\d{1,2}(?:st|nd|rd|th)?\b") if self.range else None
        self.range_ends = tuple(_words(lang, "range_only_links"))
        self._patterns = _DatePatterns.of(self)
        if shared is None:
            scan.close()

    def read(self, text: str, *, reference: str | None, runs: list[tuple[int, int]] | None = None) -> list[DateMention]:
        """Dates in text order; day-month without a year takes the reference's year. ``runs``: the
        text's `digit_runs`, when the caller has them."""
        found: list[DateMention] = []
        taken = SpanSet()
        days: list[DateMention] = []  # the full dates found, in text order (they do not overlap)

        def add(dm: DateMention) -> None:
            if not taken.overlaps(dm.start, dm.end):
                taken.add(dm.start, dm.end)
                if _phrase_before(text, dm.start, self.date_named_places):
                    return  # "tại Quảng trường 17/10": a name's date, no day the text tells (nor "the same day" after)
                found.append(dm)
                if len(dm.value) == 10:
                    insort(days, dm, key=attrgetter("end"))

        patterns = self._patterns
        runs = digit_runs(text) if runs is None else runs
        digits = [s for s, _ in runs]
        # The patterns but the year's read a separator right after their first run of digits ("2024-",
        # "15/", "15."): they are tried only where one follows a run.
        separated = [s for s, e in runs if text[e:e + 1] in _SEPARATORS]
        for m in matches_at(_ISO_DATE, text, separated):
            add(self._make(m.start(), m.end(), m.group(1), m.group(2), m.group(3), text))
        for m in matches_at(_DAY_MONTH_YEAR, text, separated):
            add(self._make(self._range_start(text, m.start()), m.end(), m.group(3), m.group(2),
                           self._first_day(text, m.start(), m.group(1)), text))
        for m in matches_at(_DASHED_DAY_MONTH_YEAR, text, separated):
            if self.dashed_after and _word_before(text, m.start()) in self.dashed_after:
                add(self._make(m.start(), m.end(), m.group(3), m.group(2), m.group(1), text))
        for m in matches_at(_MONTH_YEAR, text, separated):
            add(self._make(m.start(), m.end(), m.group(2), m.group(1), None, text))  # "tháng 5/2021"
        for m in _HAN_DATE.finditer(text) if "年" in text else ():  # (a substring search costs less than the pattern's)
            add(self._make(m.start(), m.end(), m.group(1), m.group(2), m.group(3), text))
        relative_years = list(self.relative_years.find(text, self.bounds))
        years = _YearsBefore(text, runs)
        months = list(self.months.find(text, self.bounds))
        # ("Hanoi, 12 may (VNA)": a month's abbreviation that is a word too names a month only after a day)
        after_day = [m for m in self.months_after_day.find(text, self.bounds)
                     if self._patterns.day_before_month.search(text[max(0, m.start - 12):m.start])]
        if after_day:
            months = sorted([*months, *after_day], key=attrgetter("start"))
        for i, month in enumerate(months):
            add_month = self._around_month(text, month, reference, relative_years, years)
            # "نوفمبر/تشرين الثاني الماضي": one month in two calendars' names, the second carrying the
            # qualifier that dates both
            other = months[i + 1] if i + 1 < len(months) else None
            if add_month and other is not None and other.value == month.value \
                    and text[month.end:other.start].strip() in ("/", "-", "(", "،", ","):
                pair = self._around_month(text, other, reference, relative_years, years)
                if pair is not None and len(pair.value) == len(add_month.value):
                    add_month = replace(add_month, value=pair.value)
            if add_month:
                add(add_month)
        for m in matches_at(_YEAR_ALONE, text, digits):
            add(DateMention(m.start(), m.end(), m.group(1), since=self._since(text, m.start()), year_only=True))
        ref = _parse(reference)
        relative_days = list(self.relative_days.find(text, self.bounds))
        # ("the day before yesterday" is a day counted from today, not "the day before" the day told)
        same_days = [same for same in self.same_days.find(text, self.bounds)
                     if not any(day.start <= same.start and same.end <= day.end and day.end - day.start > same.end - same.start
                                for day in relative_days)]
        for day in relative_days:
            if any(same.start < day.end and day.start < same.end for same in same_days):
                continue  # "عصر اليوم نفسه": the afternoon of the same day told before, not of today
            # Without a publication date, "today" is the day the article last named.
            last = bisect_right(days, day.start, key=attrgetter("end")) - 1  # the last full date that ends before it
            base = ref or _parse(days[last].value if last >= 0 else None)
            if base is not None:
                add(DateMention(day.start, day.end, (base + timedelta(days=int(day.value))).isoformat(),
                                days_from_report=int(day.value)))
        if ref is not None:
            # Day/month without a year ("(15/12)") and weekdays take the publication date's.
            for m in matches_at(_DAY_MONTH, text, separated):
                if m.group() in self.round_the_clock and text[max(0, m.start() - 1):m.start()] != "(" \
                        and _word_before(text, m.start()) not in self.dashed_after | self.day_words:
                    continue  # "duy trì đường dây nóng 24/7": around the clock
                first = self._first_day(text, m.start(), m.group(1))
                year = _nearest_year(ref, int(m.group(2)), int(first), ahead=self._said_ahead(text, m.start(), m.end()))
                candidate = self._make(self._range_start(text, m.start()), m.end(), str(year), m.group(2), first, text)
                if len(candidate.value) == 10:
                    add(candidate)
            dashed = [*matches_at(_DASHED_DAY_MONTH, text, separated), *matches_at(_DOTTED_DAY_MONTH, text, separated)] \
                if self.dashed_after else []
            for m in sorted(dashed, key=lambda m: m.start()):
                if _word_before(text, m.start()).lstrip("(") in self.dashed_after or text[max(0, m.start() - 1):m.start()] == "(":
                    year = _nearest_year(ref, int(m.group(2)), int(m.group(1)),
                                         ahead=self._said_ahead(text, m.start(), m.end()))
                    candidate = self._make(m.start(), m.end(), str(year), m.group(2), m.group(1), text)
                    if len(candidate.value) == 10:
                        add(candidate)
            for day in self.weekdays.find(text, self.bounds):
                last_week = _phrase_before(text, day.start, self.last_week_before) \
                    or _phrase_after(text, day.end, self.last_week_after)
                if self.weekday_context and _word_before(text, day.start) not in self.weekday_context and not last_week \
                        and not _phrase_after(text, day.end, self.weekday_context_after | self.next_after):
                    continue  # Vietnamese "thứ Hai" is also "second": a weekday only after "ngày", "sáng", "vào"
                if _full_date_beside(text, days, day, self.weekday_date_joiners):
                    continue  # "mardi 30 janvier", "thứ Năm (7/1)": the date it stands beside says which day
                if last_week:  # "thứ Năm tuần trước", "上周五": that day of the week before the report's
                    back = ref.weekday() - int(day.value) + 7
                    add(DateMention(day.start, day.end, (ref - timedelta(days=back)).isoformat()))
                    continue
                if _phrase_before(text, day.start, self.next_before) or _phrase_after(text, day.end, self.next_after):
                    ahead = (int(day.value) - ref.weekday()) % 7 or 7  # "next Thursday", "jeudi prochain"
                    add(DateMention(day.start, day.end, (ref + timedelta(days=ahead)).isoformat()))
                    continue
                within = _day_of_range_before(text, days, day)
                if within is not None:  # "deltog 25–28 april i konferensen … På söndagen, konferensens sista dag"
                    add(DateMention(day.start, day.end, within))
                    continue
                back = (ref.weekday() - int(day.value)) % 7
                if not back and (_phrase_before(text, day.start, self.last_before)
                                 or _phrase_after(text, day.end, self.last_after)):
                    back = 7  # "el viernes pasado" in Friday's report: the Friday a week before
                add(DateMention(day.start, day.end, (ref - timedelta(days=back)).isoformat()))
            if patterns.day_alone is not None:
                # "在18日举行的推介会上": a day of the month alone is in the publication's month,
                # or the month before when that day is still to come.
                for m in matches_at(patterns.day_alone, text, digits):  # (it opens with a run's first digit)
                    if patterns.range_end is not None and patterns.range_end.search(text[max(0, m.start() - 4):m.start()]):
                        continue  # "3月6日至8日": the end of a range already read
                    if self._numbers_a_name(text, m.end()):
                        continue
                    # ("代表团将于21日考察…": a day still to come that the sentence says lies ahead is in this month)
                    add(self._day_of_month(text, m, ref))
            if patterns.day_after_word is not None:
                # "El día 2, Truong sostuvo conversaciones": a day of the month named alone after its word (a month
                # after it made it a full date, read before)
                for m in patterns.day_after_word.finditer(text):
                    add(self._day_of_month(text, m, ref))
            for month in self.relative_months.find(text, self.bounds):
                index = ref.year * 12 + ref.month - 1 + int(month.value)  # "last month", "上月"
                day_of = patterns.day_of_month.match(text[month.end:month.end + 8]) \
                    if patterns.day_of_month is not None else None  # "本月4日": that month's day
                if day_of is not None:
                    add(self._make(month.start, month.end + day_of.end(), str(index // 12), str(index % 12 + 1),
                                   day_of.group(1), text))
                else:
                    add(DateMention(month.start, month.end, f"{index // 12}-{index % 12 + 1:02d}"))
            for week in self.relative_weeks.find(text, self.bounds):
                then = ref + timedelta(weeks=int(week.value))  # "last week", "上周": that week's month, no more
                add(DateMention(week.start, week.end, f"{then.year}-{then.month:02d}"))
            for relative in relative_years:
                if _YEAR_AFTER.match(text, relative.end):
                    continue  # "the first quarter of 2023": the year after it says which
                add(DateMention(relative.start, relative.end, str(ref.year + int(relative.value)), year_only=True))
        # "1月8日起", "2016年以来": languages that mark a start after the date (before the days told by reference to
        # the last date are read: "自今年1月8日起…。当天，…" is no day after a start)
        found[:] = [replace(d, since=True) if not d.since and self._since_after(text, d.end) else d for d in found]
        self._days_after_dates(text, found, add, ref, same_days, digits)
        self._days_of_months_told(text, found, add)
        found = [replace(d, since=True) if not d.since and self._since_after(text, d.end) else d for d in found]
        return self._in_the_same_year(text, sorted(found, key=lambda d: d.start))

    def _in_the_same_year(self, text: str, found: list[DateMention]) -> list[DateMention]:
        """"on December 19 of the same year", "في 19 ديسمبر من العام نفسه", "同年12月19日": a day or month written
        without its year, with a same-year phrase (`same_year_after`, `same_year_before`), is in the year of the date
        told before it."""
        if not self._same_year_after and not self._same_year_before:
            return found
        out: list[DateMention] = []
        for d in found:
            told = next((o for o in reversed(out) if o.end <= d.start), None)
            if told is not None and len(d.value) >= 7 and not _YEAR_DIGITS.search(text, d.start, d.end) \
                    and (text[d.end:d.end + 30].lstrip(" ,").startswith(self._same_year_after)
                         or self._same_year_before and text[max(0, d.start - 12):d.start].rstrip().endswith(self._same_year_before)):
                d = replace(d, value=told.value[:4] + d.value[4:])
            out.append(d)
        return out

    def _numbers_a_name(self, text: str, end: int) -> bool:
        """"金城2号国际公路口岸": a day alone that words of a name follow (`not_day_after`) is a number in the name."""
        return bool(self._not_day_after) and text.startswith(self._not_day_after, end)

    def _since_after(self, text: str, end: int) -> bool:
        after = text[end:end + 6].lstrip()
        return any(after.startswith(w) for w in self.since_after if w)

    def _days_after_dates(self, text: str, found: list[DateMention], add, ref: date | None,
                          same_days: list[Match], digits: list[int]) -> None:
        """Dates told by reference to the last one: "the same day", "the next day", and a day
        alone after a full date ("1月18日和19日"). ``digits``: where the text's runs of digits start."""
        full = sorted((d for d in found if len(d.value) == 10), key=lambda d: d.start)
        # The ends of a span of time ("18/1/1950 - 18/1/2025") are not days the text told of.
        by_start, by_end = StartIndex(found), StartIndex(found, start=attrgetter("end"))
        full = [d for d in full if not any(_joined(text, o, d) for o in by_end.between(d.start - 3, d.start + 1))
                and not any(_joined(text, d, o) for o in by_start.between(d.end, d.end + 4))]
        # "từ ngày 17 đến 19/9 ... Cũng trong ngày": a range, or the day something began ("since 1
        # July"), is no one day to be the same as.
        full = [d for d in full if not (self.range and re.search(r"\d\s*(?:" + self.range + r")\s*\d", text[d.start:d.end]))]
        # ("paid a two-day visit to Muong Nhe from September 22. In the evening, …": where the text told no other day
        # before, the day something began is the day told)
        began = [d for d in full if d.since]
        full = [d for d in full if not d.since]

        def base(at: int) -> date | None:
            # dates do not overlap (`add`), so in text order their ends are in order too
            before = bisect_right(full, at, key=attrgetter("end"))
            if before:
                return _parse(full[before - 1].value)
            before = bisect_right(began, at, key=attrgetter("end"))
            return _parse(began[before - 1].value) if before else ref

        for same in same_days:
            if by_start.between(same.end, same.end + _PART_OF_DAY_GAP):
                continue  # "dans l'après-midi du 14 mars", "chiều ngày 20/8": the date after it is the day
            if self.same_day_of and any(word_starts(text, space_after(text, same.end), w) for w in self.same_day_of) \
                    and any(_same_sentence(text, d, same) for d in found):
                continue  # "eu lieu en mars, le jour même du lancement": the sentence's own date is the day
            day = base(same.start)
            if day is not None:
                add(DateMention(same.start, same.end, (day + timedelta(days=int(same.value))).isoformat()))
        # "på konferensens andra dag", "on the second day of the fair": a day counted from the first day of the
        # event told before, a range's first too
        days = sorted((d for d in found if len(d.value) == 10 and not d.since), key=attrgetter("end"))
        for counted in self.event_days.find(text, self.bounds) if days else ():
            before = bisect_right(days, counted.start, key=attrgetter("end"))
            first = _parse(days[before - 1].value) if before else None
            if first is not None:
                add(DateMention(counted.start, counted.end, (first + timedelta(days=int(counted.value))).isoformat()))
        if self._patterns.day_with_suffix is not None:
            for m in matches_at(self._patterns.day_with_suffix, text, digits):  # (it opens with a run's first digit)
                if self.range_ends and text[max(0, m.start() - 2):m.start()].strip().endswith(self.range_ends):
                    continue  # "11月19日至24日": the end of a range, not a date of its own
                if self._numbers_a_name(text, m.end()):
                    continue
                day = base(m.start())
                if day is not None and len(full) and full[0].start < m.start():
                    add(self._make(m.start(), m.end(), str(day.year), str(day.month), m.group(1), text))

    def _days_of_months_told(self, text: str, found: list[DateMention], add) -> None:
        """"En décembre 2016, une délégation … avait été reçue le 22 à Lang Son": a bare day of the month after the
        month (and year) its sentence named is that month's day."""
        if self._day_of_month_told is None:
            return
        months = sorted((d for d in found if len(d.value) == 7 and not d.since), key=attrgetter("end"))
        if not months:
            return
        for m in self._day_of_month_told.finditer(text, months[0].end):
            after = text[m.end():m.end() + 20].split(None, 1)
            if after and after[0] not in self._after_day_of_month_told and after[0][:1].isalnum():
                continue  # "le 22 avril" (read as a date already), "el 22 por ciento"
            before = bisect_right(months, m.start(), key=attrgetter("end"))  # (the first month ends before m: before ≥ 1)
            month = months[before - 1]
            if month.end < _sentence_start(text, m.start()):
                continue
            try:
                day = date(int(month.value[:4]), int(month.value[5:7]), int(m.group(1)))
            except ValueError:
                continue
            add(DateMention(m.start(), m.end(), day.isoformat()))

    def _range_start(self, text: str, start: int) -> int:
        """Where a date range begins: "7-9/1", "từ ngày 19 đến 24/11", "6 و7 يناير" keep their first day."""
        m = self._range_before(text, start)
        return m.start(1) + max(0, start - 40) if m else start

    def _first_day(self, text: str, start: int, day: str) -> str:
        m = self._range_before(text, start)
        return m.group(1) if m and int(m.group(1)) < int(day) else day

    def _range_before(self, text: str, start: int):
        if self._patterns.range_start is None:
            return None
        window = text[max(0, start - 40):start]
        return self._patterns.range_start.search(window)

    def _around_month(self, text: str, month: Match, reference: str | None,
                      relative_years: list[Match], years: _YearsBefore) -> DateMention | None:
        before = text[max(0, month.start - 12):month.start]
        after = text[month.end:month.end + 24]
        day = self._patterns.day_before_month.search(before)
        if day is None and self._ordinal_day is not None:
            in_words = self._ordinal_day_month(text, month, reference)
            if in_words is not None:
                return in_words
        if day and text[month.start:month.end] in self.counted_months \
                and _word_before(text, month.start - (len(before) - day.start())) not in self.day_words:
            return None  # "10 tháng năm 2023": the first ten months of 2023, not the tenth of May ("ngày 10 tháng Năm")
        start = month.start - (len(before) - day.start()) if day else month.start
        first_day = None
        if day:
            first_day = self._first_day(text, start, day.group(1))
            start = self._range_start(text, start)
        # Alternative month names joined by a slash ("أغسطس/آب") belong to the same date.
        if after.startswith("."):
            after = " " + after[1:]  # "Nov. 28"
        alt = _MONTH_SLASH_WORD.match(after)
        rest_at = alt.end() if alt and not _MONTH_SLASH_DIGIT.match(after) else 0
        tail = after[rest_at:]
        day_after = None if day or not self.day_after_month else _DAY_AFTER_MONTH.match(tail)
        if day_after:
            tail_end = day_after.end()
            tail = tail[tail_end:]
            rest_at += tail_end
            to_day = self._to_day.match(text, month.end + rest_at) if self._to_day is not None else None
            if to_day is not None and self._patterns.year_after_month.match(text, to_day.end()) is not None:
                tail = text[to_day.end():to_day.end() + 12]
                rest_at = to_day.end() - month.end
        year = self._patterns.year_after_month.match(tail)
        end = month.end + rest_at + (year.end() if year else 0)
        day_value = first_day if day else day_after.group(1) if day_after else None
        if year:
            return self._make(start, end, year.group(1), str(month.value), day_value, text)
        ref = _parse(reference)
        if day_value is None:
            return self._month_alone(text, month, ref, relative_years)
        # "去年9月28日", "28 September last year": a year counted from the publication's beside the day
        beside = _beside(text, relative_years, month) if ref is not None else None
        if beside is not None and ref is not None:
            return self._make(min(start, beside.start), max(month.end + rest_at, beside.end), str(ref.year + int(beside.value)),
                              str(month.value), day_value, text)
        # No year given: one its sentence gave a date before ("am 6. und 7. Januar 2020 …; dort … am 7. Januar"), else
        # the publication's (the one nearest to it), else the last year the text named before.
        # ("el 8 de enero pasado" in a report of 1 January: last January, though the 8th is a week ahead)
        past = _phrase_after(text, month.end + rest_at, self.month_past_after)
        year_value = self._year_of_sentence(text, start, years) or (
            str(_nearest_year(ref, int(month.value), int(day_value), ahead=self._said_ahead(text, start, month.end),
                              said_past=past))
            if ref is not None else years.last(start))
        if year_value is None:
            return None
        return self._make(start, month.end + rest_at, year_value, str(month.value), day_value, text)

    def _ordinal_day_month(self, text: str, month: Match, reference: str | None) -> DateMention | None:
        """"التاسع من سبتمبر 2021": a day written as an ordinal word before its month and a year (or the publication's)."""
        day = self._ordinal_day.search(text, max(0, month.start - _ORDINAL_DAY_REACH), month.start) \
            if self._ordinal_day is not None else None
        if day is None:
            return None
        year = self._patterns.year_after_month.match(text, month.end)
        ref = _parse(reference)
        value = self._ordinal_days[day.group(1)]
        if year is not None:
            return self._make(day.start(1), year.end(), year.group(1), str(month.value), str(value), text)
        if ref is None:
            return None
        return self._make(day.start(1), month.end, str(_nearest_year(ref, int(month.value), value,
                                                                     ahead=self._said_ahead(text, day.start(1), month.end))),
                          str(month.value), str(value), text)

    def _year_of_sentence(self, text: str, start: int, years: _YearsBefore) -> str | None:
        """The year of a month its sentence named before `start` ("Januar 2020", "1/2020"): a date without a year
        later in that sentence is of the same year."""
        year = years.last(start)
        if year is None:
            return None
        at = text.rfind(year, _sentence_start(text, start), start)
        if at < 0 or not self._month_right_before(text, at):
            return None
        return year

    def _month_right_before(self, text: str, at: int) -> bool:
        """A month's name or number, or a season's name, ends right before the year at `at` ("Januar 2020", "tháng
        1/2020", "1月", "صيف 2017")."""
        before = text[max(0, at - 14):at].rstrip(" ./-,年")
        number = _TRAILING_DIGITS.search(before)
        if number is not None:  # "1/2020", not the first year of a span ("2025-2027")
            return len(number.group()) <= 2 and 1 <= int(number.group()) <= 12
        return before.endswith(self._year_heads)

    def _said_ahead(self, text: str, start: int, end: int) -> bool:
        """The sentence says before a date that it lies ahead ("will", "planeras", "sẽ", "prévue"), or a word after it
        does ("tháng 12 tới", "en décembre prochain")."""
        return _phrase_after(text, end, self.month_ahead_after) \
            or _phrase_within(text, _sentence_start(text, start), start, self.month_ahead)

    def _month_alone(self, text: str, month: Match, ref: date | None, years: list[Match]) -> DateMention | None:
        """"last May", "en mayo pasado", "in February": a month without day or year, resolved against
        the publication date (the latest such month before it when the text says "last")."""
        if ref is None:
            return None
        before, after = _word_before(text, month.start), _word_after(text, month.end)
        value = int(month.value)
        # "May last year", "去年5月", "tháng 5 năm ngoái": a year counted from the publication's.
        beside = _beside(text, years, month)
        if beside is not None:
            return DateMention(min(month.start, beside.start), max(month.end, beside.end),
                               f"{ref.year + int(beside.value)}-{value:02d}")
        if _phrase_before(text, month.start, self.month_past_before) or _phrase_after(text, month.end, self.month_past_after):
            year = ref.year if value < ref.month else ref.year - 1
        elif before in self.month_alone_after or _phrase_before(text, month.start, self.month_alone_after) \
                or self._heads_sentence(text, month):
            # News tells what has happened: a month named alone is the latest one up to the publication's,
            # unless its sentence says before it that it lies ahead ("will", "planeras", "sẽ") or a word after it
            # does ("tháng 12 tới", "en décembre prochain").
            if self._said_ahead(text, month.start, month.end):
                year = ref.year if value >= ref.month else ref.year + 1
            else:
                year = ref.year if value <= ref.month else ref.year - 1
        else:
            return None
        return DateMention(month.start, month.end, f"{year}-{value:02d}")

    def _day_of_month(self, text: str, m: re.Match[str], ref: date) -> DateMention:
        """A day of the month named alone (group 1): in the publication's month, or the month before where that day is
        still to come and the sentence does not say it lies ahead."""
        ahead = self._said_ahead(text, m.start(), m.end())
        when = ref.replace(day=1) - timedelta(days=1) if int(m.group(1)) > ref.day and not ahead else ref
        return self._make(m.start(), m.end(), str(when.year), str(when.month), m.group(1), text)

    def _heads_sentence(self, text: str, month: Match) -> bool:
        """"Tháng 5, đoàn …", "5月中旬，南宁市代表团…": a month that opens its sentence, a comma or a part of the month
        after it, is when what the sentence tells happened."""
        if text[max(0, month.start - 2):month.start].strip() not in _SENTENCE_OPENINGS:
            return False
        at = month.end
        part = next((p for p in self.month_parts_after if text.startswith(p, at)), None)
        at += len(part) if part else 0
        return text[at:at + 1] in _CLAUSE_COMMAS

    def _make(self, start: int, end: int, year: str, month: str | None, day: str | None, text: str) -> DateMention:
        value = year
        if month and 1 <= int(month) <= 12:
            value += f"-{int(month):02d}"
            if day and 1 <= int(day) <= 31:
                try:
                    value = date(int(year), int(month), int(day)).isoformat()
                except ValueError:
                    pass
        # "from 7 to 9 January" is when something happened, not a start ("since 7 January"); so is "from November 30
        # to December 4"
        since = self._since(text, start) and not self._opens_range(text, start) and not self._range_after(text, end)
        return DateMention(start, end, value, since=since)

    def _range_after(self, text: str, end: int) -> bool:
        """A range word right after a date, and a number in the two words after it ("… to December 4")."""
        if self._range_end is None:
            return False
        m = self._range_end.match(text, end)
        return m is not None and any(c.isdigit() for c in " ".join(text[m.end():m.end() + 24].split()[:2]))

    def _opens_range(self, text: str, start: int) -> bool:
        # "7 to 9 January", "March 3-5": the first day, after the month name where it comes first.
        return self._patterns.range_open is not None and self._patterns.range_open.match(text[start:start + 28]) is not None

    def _since(self, text: str, start: int) -> bool:
        """A since-word as a whole word right before the date, or one word before it ("depuis le"); in a script
        without spaces, one glued to it whose clause ends in a since-word after it ("自2003年建立…机制以来")."""
        if self._unspaced and text[:start].endswith(self._since_endings):
            clause = _CLAUSE_END.search(text, start)
            return any(w in text[start:clause.start() if clause else len(text)] for w in self.since_after if w)
        words = [w.strip(",;:") for w in text[max(0, start - 40):start].split()[-3:]]  # "desde que, el 1 de julio"
        ends = [i for i, w in enumerate(words) if w.endswith((".", "!", "?"))]
        if ends:
            words = words[ends[-1] + 1:]  # ("… de Yunnan. El día 2": the words of the sentence before say nothing)
        tail = " ".join(words)
        head = " ".join(words[:-1]) if len(words) >= 2 else None  # (joined once, not for each since-word)
        if not tail.endswith(self._since_endings) and not (head is not None and head.endswith(self._since_endings)):
            return False  # (most dates: the words before them end in no since-word)
        if self.part_of_time and tail.endswith(self.part_of_time):
            return False
        # "Thứ Tư (12/3)": a weekday's name before the date, though its last word folds as a since-word ("từ")
        before = text[max(0, start - 40):start].rstrip(" ,;:(")
        days = self.weekdays.find(before, self.bounds)
        if days and days[-1].end == len(before):
            return False
        return any(tail == w or tail.endswith(" " + w) or (head is not None and head.endswith(w)
                   and (head == w or head.endswith(" " + w)))
                   for w in self.since_words if w)


_YEAR_DIGITS = re.compile(r"\d{4}")
_CLAUSE_END = re.compile(r"[,;。，；！？!?\n]")
_YEAR_END = re.compile(_YEAR + r"(?!\d)")
_YEAR_ONLY = re.compile(_YEAR)
_TRAILING_DIGITS = re.compile(r"\d+$")


class _YearsBefore:
    """The last year `re.findall(_YEAR + r"(?!\\d)", text[:start])` finds, for any start, from one pass over the text."""

    def __init__(self, text: str, runs: list[tuple[int, int]] | None = None) -> None:
        self._text = text
        # A year that no digit follows ends a run of digits: its last four (`_YEAR_END.finditer`, tried there).
        self._years = [m for _, e in (digit_runs(text) if runs is None else runs)
                       if e >= 4 and (m := _YEAR_END.match(text, e - 4)) is not None]
        self._ends = [m.end() for m in self._years]

    def last(self, start: int) -> str | None:
        at = bisect_left(self._ends, start) - 1  # the last year of the whole text that ends before start
        free = self._ends[at] if at >= 0 else 0
        # In text[:start] a year may also end at start, whatever digit follows it in the text.
        if start - 4 >= free and _YEAR_ONLY.fullmatch(self._text, start - 4, start):
            return self._text[start - 4:start]
        return self._years[at].group(1) if at >= 0 else None


_YEAR_AFTER = re.compile(r"\s*(?:[^\W\d]+\s+)?(?:19|20)\d\d(?!\d)")
"""A year right after a phrase, or one word after it ("of 2023", "năm 2024")."""


def _joined(text: str, first: DateMention, second: DateMention) -> bool:
    return 0 <= second.start - first.end <= 3 and "-" in text[first.end:second.start]


_SENTENCE_END = re.compile(r"[.!?。！？\n]\s")
# Han full stops need no space after them.
_CLAUSE_SENTENCE_END = re.compile(r"[.!?\n]\s|[。！？]")


def _same_sentence(text: str, a: DateMention, b: Match) -> bool:
    """No sentence ends between the two mentions."""
    low, high = min(a.end, b.end), max(a.start, b.start)
    return low <= high and _SENTENCE_END.search(text, low, high) is None


def _words(lang: LanguageData, key: str) -> frozenset[str]:
    return frozenset(fold_label(w) for w in cast("dict[str, list[str]]", lang).get(key, []))


def _alternatives(lang: LanguageData, key: str) -> str:
    """A regex alternation of the folded phrases under `key`, longest first."""
    return "|".join(re.escape(w) for w in sorted(_words(lang, key), key=len, reverse=True))


def _day_of_range_before(text: str, days: list[DateMention], day: Match) -> str | None:
    """The day of the weekday `day` within the last range of days the text told before it ("25–28 april", "du 11 au
    15 juin"), if one holds that weekday: a weekday after a range of days told is a day of it, not of the week the
    report was filed in."""
    for told in reversed(days[:bisect_right(days, day.start, key=attrgetter("end"))]):
        numbers = list(_DAY_NUMBER.finditer(text, told.start, told.end))
        first = date.fromisoformat(told.value)
        # (two days joined by a range word or dash, not a day and its month: "5/9", "5.9.")
        if len(numbers) < 2 or int(numbers[0].group()) != first.day \
                or not 0 < int(numbers[1].group()) - first.day < 7 \
                or text[numbers[0].end():numbers[1].start()].strip() in _DAY_MONTH_SEPARATORS:
            continue
        ahead = (int(day.value) - first.weekday()) % 7
        return (first + timedelta(days=ahead)).isoformat() if ahead <= int(numbers[1].group()) - first.day else None
    return None


_ORDINAL_DAY_REACH = 36
"""How far before its month a day written as an ordinal word and its link words may start ("الحادي والعشرين من")."""
_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
_DAY_MONTH_SEPARATORS = ("/", ".")


def _full_date_beside(text: str, days: list[DateMention], day: Match, joiners: frozenset[str]) -> bool:
    """A full date right before or after the weekday `day`, with at most spaces and marks between or a word that
    joins them ("tisdagen den 3 juni", "يوم الثلاثاء الموافق 3 يونيو"); `days` do not overlap and are in text order
    (so by end and by start at once)."""
    at = bisect_right(days, day.start, key=attrgetter("end")) - 1  # the last date ending before the weekday
    if at >= 0 and _joins(text[days[at].end:day.start], joiners):
        return True
    at = bisect_left(days, day.end, key=attrgetter("start"))
    return at < len(days) and _joins(text[day.end:days[at].start], joiners)


_JOINING_MARKS = " ,()\u00a0，（）"
"""What may stand around a word that joins a weekday to the date beside it."""


def _joins(between: str, joiners: frozenset[str]) -> bool:
    """Whether the text between a weekday and a date joins them: at most 3 characters ("mardi 30 janvier", "thứ Năm
    (7/1)", "6月3日（星期二）"), or one of the language's joining words with marks around it."""
    if len(between) <= 3:
        return True
    return len(between) <= 3 + max(map(len, joiners), default=0) and fold_label(between.strip(_JOINING_MARKS)) in joiners


def _beside(text: str, years: list[Match], month: Match) -> Match | None:
    """`next((r for r in years if 0 <= r.start - month.end <= 6 or 0 <= month.start - r.end <= 3), None)`
    for matches that do not overlap, in text order: one that ends just before the month comes
    first, else one that starts just after it; in the same sentence ("… i september.\nFörra året …" are two)."""
    at = bisect_left(years, month.start - 3, key=attrgetter("end"))
    if at < len(years) and years[at].end <= month.start and not _SENTENCE_END.search(text, years[at].end, month.start):
        return years[at]
    at = bisect_left(years, month.end, key=attrgetter("start"))
    after = month.end + 1 if text.startswith(".", month.end) and month.end - month.start <= 4 else month.end  # "Nov. last year"
    return years[at] if at < len(years) and years[at].start <= month.end + 6 \
        and not _SENTENCE_END.search(text, after, years[at].start) else None


_SENTENCE_END = re.compile(r"[.!?。！？\n]")
_SENTENCE_OPENINGS = ("", ".", "。", "!", "?", "！", "？")
"""What stands right before a word that opens a sentence, spaces taken away."""
_CLAUSE_COMMAS = (",", "，", "،")


def _phrase_before(text: str, at: int, phrases: frozenset[str]) -> bool:
    """One of `phrases` ends right before `at` (Han phrases need no space: "下周四")."""
    before = text[max(0, at - 24):at].rstrip()
    return any(before.endswith(p) and (len(before) == len(p) or not is_word_char(before[-len(p) - 1])
                                       or not is_word_char(p[0])) for p in phrases)


def _phrase_within(text: str, start: int, end: int, phrases: frozenset[str]) -> bool:
    """One of `phrases` as whole words in ``text[start:end]``."""
    span = text[start:end]
    for phrase in phrases:
        at = span.find(phrase)
        while at >= 0:
            after = at + len(phrase)
            if (at == 0 or not is_word_char(span[at - 1]) or not is_word_char(phrase[0])) \
                    and (after == len(span) or not is_word_char(span[after]) or not is_word_char(phrase[-1])):
                return True
            at = span.find(phrase, at + 1)
    return False


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts."""
    ends = [m.end() for m in _CLAUSE_SENTENCE_END.finditer(text, max(0, at - 400), at)]
    return ends[-1] if ends else max(0, at - 400)


def _phrase_after(text: str, at: int, phrases: frozenset[str]) -> bool:
    after = text[at:at + 24].lstrip()
    return any(after.startswith(p) and (len(after) == len(p) or not is_word_char(after[len(p)])) for p in phrases)


def _word_before(text: str, at: int) -> str:
    words = text[max(0, at - 20):at].split()
    return words[-1] if words else ""


def _word_after(text: str, at: int) -> str:
    words = text[at:at + 20].split()
    return words[0].strip(".,;:") if words else ""


def _nearest_year(ref: date, month: int, day: int, *, ahead: bool = False, said_past: bool = False) -> int:
    """The year of a day-month given without one. News tells what has happened: the last such day up to the
    reference date ("August 25" in a January report is last August; "Feb. 22" in a September one is this
    February), or the next one where it comes sooner and within `_AHEAD_DAYS` ("January 5" in a late-December
    report). Where the sentence says the day lies `ahead` ("prévue du 20 au 23 novembre"), the nearer of the two; where
    it says the day is past (`said_past`: "el 8 de enero pasado"), the last one."""
    def day_in(year: int) -> date | None:
        try:
            return date(year, month, min(day, 28))
        except ValueError:
            return None
    past = next((d for d in (day_in(ref.year), day_in(ref.year - 1)) if d is not None and d <= ref), None)
    coming = next((d for d in (day_in(ref.year), day_in(ref.year + 1)) if d is not None and d > ref), None)
    if coming is not None and not said_past and (ahead or (coming - ref).days <= _AHEAD_DAYS) \
            and (past is None or coming - ref < ref - past):
        return coming.year
    return past.year if past is not None else ref.year


_AHEAD_DAYS = 62


def _parse(value: str | None) -> date | None:
    if not value:
        return None
    parts = value.split("-")
    try:
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None
