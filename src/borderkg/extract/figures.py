"""Stated figures: a number, its scale and the noun it counts or the unit it is in."""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from itertools import takewhile
from operator import itemgetter

from borderkg.extract.dates import DateMention
from borderkg.extract.entities import Context, Found
from borderkg.extract.matcher import Match, longest, new_match
from borderkg.extract.spans import SpanSet, StartIndex
from borderkg.text import digit_runs, matches_at

# How far after a number its counted noun may be looked for, and how far before it "the number of"
# (folded characters).
_UNIT_WINDOW = 80
_COUNT_OF_WINDOW = 120
# A unit code that stands for "times": what was repeated decides the unit (see `_times_unit`).
_TIMES = "TIMES"


@dataclass(slots=True, unsafe_hash=True)
class Figure:
    """A number in folded offsets with its unit code, subject IRI and period.

    Never changed once made, but not frozen (as `_Number`, `entities.Found`): a frozen dataclass's
    constructor sets each field through `object.__setattr__`, twice the instructions of the object's work."""

    start: int
    end: int
    value: Decimal
    unit: str
    subject: str | None
    period: str | None


@dataclass(slots=True, unsafe_hash=True)
class _Number:
    start: int
    end: int
    """After the scale word, when there is one."""
    value: Decimal
    written: bool
    """Spelled as a word ("four", "ألف") rather than in digits."""
    scaled: bool = False
    """Followed by a scale word ("million", "万")."""


def find_figures(ctx: Context, sentences: list[tuple[int, int]], dates: list[DateMention]) -> list[Figure]:
    """Every number that comes with a unit or a counted noun, with the year it covers."""
    lang = ctx.lang
    text = ctx.text
    settings = ctx.common.get("figures", {})
    written_min = Decimal(settings.get("written_min", 1))
    written_not = frozenset(settings.get("written_not_for", []))
    measures = frozenset(settings.get("measures", []))
    names = SpanSet((f.start, f.end) for f in ctx.found if f.known)
    date_spans = SpanSet((d.start, d.end) for d in dates if not d.year_only)
    out: list[Figure] = []
    periods: dict[tuple[int, int], str] = {}
    starts = [s for s, _ in sentences]
    dated = StartIndex(dates)
    numbers = _numbers(ctx)
    for i, number in enumerate(numbers):
        if names.overlaps(number.start, number.start + 1) or date_spans.overlaps(number.start, number.start + 1):
            continue  # part of a name ("the three legal documents") or of a date ("7 January")
        marked = not number.scaled and _after_marker(ctx, number.start)  # "superó los 12,5 millones" is a sum
        if marked and number.written:
            continue
        if number.written and number.value < written_min:
            continue  # "a conference", "the two provinces": not a statistic, whatever it counts (asked before its unit)
        at = bisect_right(starts, number.start) - 1
        sentence = sentences[at] if at >= 0 and number.start < sentences[at][1] else (number.start, number.end)
        unit = _counted_noun(ctx, _units_in(ctx, number.end, number.end + _UNIT_WINDOW), number.end) \
            or _counted_before(ctx, number.start) or _noun_before_classifier(ctx, number) \
            or _unit_of_the_pair(ctx, number, numbers[i + 1] if i + 1 < len(numbers) else None)
        if marked and (unit is None or str(unit.value) not in measures):
            continue
        if unit is None:
            unit = (_partitive(ctx, out, sentence, number) or _clause_subject(ctx, sentence, number)) \
                if _elliptic(ctx.text, number) or _origin_after(ctx, number) else None
            if unit is None:
                continue
        code = str(unit.value)
        if code == _TIMES:
            code = _times_unit(ctx, sentence, number.start)
        if number.written and code in written_not:
            continue  # "the four border provinces": a group named by its size, not a statistic
        period = _period(ctx, dated, sentence, number.start, periods, sentences)
        if period is not None:
            periods[sentence] = period
        end = max(unit.end, number.end) if unit.start > number.start else number.end
        out.append(Figure(number.start, end, number.value, code, _subject(ctx, code, sentence, number.start),
                          period))
    return out


def _units_in(ctx: Context, start: int, end: int) -> dict[int, Match]:
    """Units and counted nouns in text[start:end], by start offset: matched in that window only, since
    only the words next to a number matter (matching the whole text costs more than all the rest)."""
    text = ctx.text
    start = max(0, start)
    lead = 1 if start > 0 else 0  # one character before, so that word boundaries hold at the window start
    window = text[start - lead:end + 1]
    at_end = end + 1 >= len(text)
    found = [m for m in ctx.lang.units.all(window, ctx.lang.unit_bounds)
             if m.start >= lead and (m.end < len(window) or at_end)]
    # longest() compares offsets only with each other: the chosen ones are moved into the text after it
    shift = start - lead
    return {m.start + shift: new_match((m.start + shift, m.end + shift, m.value)) for m in longest(found)}


def _after_marker(ctx: Context, start: int) -> bool:
    """"both", "the", "No. 87", "lần thứ 16", "第16": the number is not a count."""
    before = ctx.text[max(0, start - 30):start]
    words = before.split()
    if words and words[-1] in ctx.lang.not_count_after:
        return True
    return any(before.endswith(m) for m in ctx.lang.not_count_glued)


_COMPOUND_STEM = 3
"""How many letters at least a compound holds before its counted noun."""
_TOKEN = re.compile(r"\d+|[^\W\d_]+(?:['’-][^\W\d_]+)*|[^\w\s]")


def _counted_noun(ctx: Context, units: dict[int, Match], pos: int) -> Match | None:
    """The unit or counted noun after a number: right after it, or after linking words ("millions de
    dollars", "من كوادرها") and, where adjectives come first, a few modifiers ("12 regular and
    unscheduled joint patrols"). Stops at punctuation, another number or a stop word."""
    lang = ctx.lang
    text = ctx.text
    # "2000多辆", "300余家": the word for "more than" stands before the classifier; "21万余人次": a
    # counted noun may begin with it ("余人"), and the classifier after that noun ("次") counts nothing else
    approx = next((len(a) for a in lang.scale_approx if text.startswith(a, pos)), 0)
    glued = units.get(pos) if approx else None
    if glued is not None and glued.end > pos + approx:
        return glued
    pos += approx
    if text[pos:pos + 1] in lang.generic_classifiers:
        return _after_classifier(text, units, pos)
    # (one space or mark may stand between; not a letter: "越南四省代表团" is the delegation of four provinces)
    unit = units.get(pos) or (units.get(pos + 1) if not text[pos:pos + 1].isalpha() else None)
    if unit is not None:
        return unit
    modifiers = links = 0
    last = pos
    for token in _TOKEN.finditer(text, pos, min(len(text), pos + _UNIT_WINDOW)):
        unit = units.get(token.start())
        if unit is not None:
            return unit
        word = token.group()
        if text[last:token.start()].strip() or not word[0].isalpha():
            return None  # punctuation or a number between: the clause or the count has ended
        # "sju samarbetsdokument": a compound ending in a counted noun counts what that noun does
        head = next((u for e, u in lang.unit_compound_heads if word.endswith(e) and len(word) >= len(e) + _COMPOUND_STEM), None)
        if head is not None:
            return Match(token.start(), token.end(), head)
        last = token.end()
        if word in lang.unit_links and links < 2:
            links += 1
        elif word in lang.unit_stops or modifiers >= lang.unit_modifiers:
            return None
        else:
            modifiers += 1
    return None


# Han characters after a classifier that may hold the counted noun ("26场各领域友好见面会和交流会").
_HAN_PHRASE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]{1,12}")


def _after_classifier(text: str, units: dict[int, Match], pos: int) -> Match | None:
    """A generic classifier ("场", "个", "次") says little: the first counted noun in the Han phrase after
    it decides, else what the classifier alone means ("3次" is a number of times)."""
    phrase = _HAN_PHRASE.match(text, pos + 1)
    if phrase is not None:
        for at in range(phrase.start(), phrase.end()):
            unit = units.get(at)
            if unit is not None and unit.end - unit.start > 1 and unit.end <= phrase.end():
                return unit  # one Han character is too often part of another word ("展位", "报名")
    return units.get(pos)


def _elliptic(text: str, number: _Number) -> bool:
    """A number that counts nothing of its own: it ends with a scale word ("2.6 million came") or the
    clause ("150, mainly from China"); "16 trung tâm" counts its own noun."""
    return number.scaled or not text[number.end:number.end + 2].strip()[:1].isalnum()


def _origin_after(ctx: Context, number: _Number) -> bool:
    """"2 000 löpare, varav omkring 900 från Kina": a number followed by "from" counts nothing of its own."""
    after = ctx.text[number.end:number.end + 30].lstrip()
    return any(after.startswith(w + " ") for w in ctx.lang.origin_words)


_SUBJECT_WORDS = 4
"""How many words at most open a clause before the counted noun that is its subject."""
_CLAUSE_BREAK = re.compile(r"[,;:،؛，；]")


def _clause_subject(ctx: Context, sentence: tuple[int, int], number: _Number) -> Match | None:
    """"…, while passenger crossings through the border gates topped 1.9 million": a number that counts
    nothing of its own counts the noun that opens its clause, when no other number stands between."""
    start = max([sentence[0]] + [m.end() for m in _CLAUSE_BREAK.finditer(ctx.text, sentence[0], number.start)])
    units = _units_in(ctx, start, number.start)
    if not units:
        return None
    first = units[min(units)]
    if len(ctx.text[start:first.start].split()) >= _SUBJECT_WORDS or _DIGITS.search(ctx.text, start, number.start):
        return None
    return first


def _partitive(ctx: Context, found: list[Figure], sentence: tuple[int, int], number: _Number) -> Match | None:
    """"4.3 million arrivals, of whom 2.6 million came from China": a number after "of whom" / "其中" /
    "trong đó" counts what the figure before it in the sentence counted."""
    start = number.start
    # figures come in text order: the ones in the sentence are the last ones
    previous = next((f for f in takewhile(lambda f: sentence[0] <= f.start, reversed(found)) if f.end <= start), None)
    if previous is None:
        return None
    between = ctx.text[previous.end:start]
    if any(w in between for w in ctx.lang.partitive_words):
        return Match(start, start, previous.unit)
    return None


def _counted_before(ctx: Context, start: int) -> Match | None:
    """"the number of tourists ... reached 551,000": the counted noun after "the number of"."""
    window = ctx.text[max(0, start - _COUNT_OF_WINDOW):start]
    if any(c in window for c in ".;؛\n"):
        window = _SENTENCE_BREAK.split(window)[-1]
    offset = start - len(window)
    for word in ctx.lang.count_of:
        at = window.rfind(word)
        while at >= 0 and not _written_as_count_of(ctx, offset + at, offset + at + len(word)):
            at = window.rfind(word, 0, at)
        if at >= 0:
            after = offset + at + len(word)
            units = _units_in(ctx, after, start)
            unit = next((u for at, u in sorted(units.items()) if at - after < 40), None)
            # "the number of entries exceeded 9,200 in the first three months": the first number after
            # the counted noun is its count, the later ones are not
            return unit if unit is not None and not _DIGITS.search(ctx.text, unit.end, start) else None
    return None


def _unit_of_the_pair(ctx: Context, number: _Number, following: _Number | None) -> Match | None:
    """"1,1 مليار و1,3 مليار دولار", "3.2 and 4.1 billion USD": a number joined by an and-word to the next
    one, written alike, is in the unit after that one."""
    if following is None or following.scaled != number.scaled or following.written != number.written:
        return None
    gap = ctx.text[number.end:following.start].split()
    if len(gap) != 1 or gap[0] not in ctx.lang.and_words and gap[0] not in ctx.lang.number_joiners:
        return None
    return _counted_noun(ctx, _units_in(ctx, following.end, following.end + _UNIT_WINDOW), following.end)


_NOUN_BEFORE = 8
"""How many characters at most a counted noun right before its number may hold ("项目")."""


def _noun_before_classifier(ctx: Context, number: _Number) -> Match | None:
    """"签约项目23个" (projects signed: 23): a number with a generic classifier after it and no noun after
    that counts the noun that ends right before it."""
    if ctx.lang.latin or ctx.text[number.end:number.end + 1] not in ctx.lang.generic_classifiers:
        return None
    return next((u for u in _units_in(ctx, number.start - _NOUN_BEFORE, number.start).values()
                 if u.end == number.start and u.end - u.start > 1), None)


def _written_as_count_of(ctx: Context, start: int, end: int) -> bool:
    """In a Latin script, "the number of" is a phrase of its own words as the table writes them: folded,
    "số" (number) is also "sở" of "cơ sở" (basis) and the start of "sốt"."""
    if not ctx.lang.latin:
        return True
    if start > 0 and ctx.text[start - 1].isalnum() or end < len(ctx.text) and ctx.text[end].isalnum():
        return False
    return unicodedata.normalize("NFC", ctx.original_of(start, end)).lower() in ctx.lang.count_of_forms


def _times_unit(ctx: Context, sentence: tuple[int, int], start: int) -> str:
    """"held nine times": a mechanism's sessions (MEETING, or CONFERENCE for a conference mechanism)
    when the sentence names one before the number; otherwise, and for a fair's editions, occurrences
    of an event (EVENT)."""
    mechanism = _mechanism_before(ctx, sentence, start)
    if mechanism is None:
        return "EVENT"
    cls = ctx.common.get("mechanism_events", {}).get(mechanism, "Meeting")
    return "CONFERENCE" if cls == "Conference" else "EVENT" if cls == "Exhibition" else "MEETING"


def _mechanism_before(ctx: Context, sentence: tuple[int, int], start: int) -> str | None:
    mechanisms = [f for f in ctx.found_between(sentence[0], start) if f.cls == "Mechanism"]
    return mechanisms[-1].iri if mechanisms else None


def _subject(ctx: Context, unit: str, sentence: tuple[int, int], start: int) -> str | None:
    """A count of meetings or conferences is about the mechanism named just before it; a length ("Guangxi shares a
    land border of about 1,020 km with Vietnam, of which Cao Bang accounts for some 333 km") is the border of the place
    its clause opens with, and an amount ("2024年大理州与越南的货物贸易额突破10亿元") that place's."""
    if unit in ("MEETING", "CONFERENCE"):
        return _mechanism_before(ctx, sentence, start)
    if unit not in ("KM", *_MONEY):
        return None
    if unit == "KM" and not any(w in ctx.text[sentence[0]:sentence[1]] for w in ctx.lang.border_words):
        return None  # ("The new road from Lao Cai to Hekou is 12 km long": a road's length)
    low = _clause_around(ctx.text, start, sentence)[0]
    return next((f.iri for f in ctx.found_between(low, start) if f.cls in _BORDERED and f.end <= start), None)


_MONEY = ("USD", "CNY", "VND")
"""Units of an amount of money, said of the place its clause opens with."""

_BORDERED = ("Country", "Province", "AutonomousRegion", "City", "District", "Commune")
"""Places whose border a length may be."""


def _period(ctx: Context, dates: StartIndex, sentence: tuple[int, int], start: int,
            periods: dict[tuple[int, int], str], sentences: list[tuple[int, int]]) -> str | None:
    """The year a figure covers: the date its sentence states (the closest before the number, else the
    first after); without one, the year the previous sentence of the paragraph gave its figures
    ("In 2019 the province sent 79 delegations ... In return, Guangxi sent 54")."""
    # (the number itself may read as a year: "2000多辆")
    inside = [d for d in dates.between(sentence[0], sentence[1]) if not _baseline(ctx, d.start) and d.start != start]
    # "Trade reached X in 2024, while traffic averaged Y a day in the first months of this year": a
    # date in the figure's own clause first, before one the sentence's earlier clause gave ("in the
    # course of the year" speaks of that one).
    low, high = _clause_around(ctx.text, start, sentence) if inside else (start, start)  # (no date in it: no clause to read)
    own = [d for d in inside if low <= d.start < high and ctx.text[d.start:d.end] not in ctx.lang.year_anaphors]
    before = [d for d in own or inside if d.start < start]
    chosen = before[-1] if before else (own or inside)[0] if inside else None
    if chosen is not None:
        return chosen.value[:4]
    at = bisect_right(sentences, sentence[0], key=itemgetter(1)) - 1  # sentences are in text order
    if at >= 0 and "\n" not in ctx.text[sentences[at][1]:sentence[0]]:
        previous = sentences[at]
        # "Der Warenhandel erreichte im selben Zeitraum ...": the year the sentence before gave, for its
        # own figures or said as a span of time ("dieses Jahres"), not the day something happened.
        spans = [d for d in dates.between(previous[0], previous[1]) if not d.since and d.year_only]
        if periods.get(previous) or spans:
            return periods.get(previous) or spans[0].value[:4]
    # "وعبرت الجسر في الرحلة الأولى عشرون سيارة": counted on the day the article told last
    return next((d.value[:4] for d in reversed(dates.between(0, sentence[0]))
                 if not d.since and len(d.value) == 10 and not _baseline(ctx, d.start)), None)


_CLAUSE_EDGE = re.compile(r"[;:()،，；。]|[,.](?!\d)")


def _clause_around(text: str, start: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """The clause of the sentence the number at `start` stands in: between the punctuation around it
    (a comma or point before a digit is the number's own)."""
    low = max((m.end() for m in _CLAUSE_EDGE.finditer(text, sentence[0], start)), default=sentence[0])
    after = _NUMBER_RUN.match(text, start)
    edge = _CLAUSE_EDGE.search(text, after.end() if after else start, sentence[1])
    return low, edge.start() if edge else sentence[1]


_NUMBER_RUN = re.compile(r"[\d.,\s\u202f]*")


def _baseline(ctx: Context, start: int) -> bool:
    """"…, tăng 29,7% so với cùng kỳ năm trước": a date a comparison word comes shortly before, in the
    same clause, is what a figure is compared with, not the period it covers."""
    before = _CLAUSE_BREAK.split(ctx.text[max(0, start - 30):start])[-1]
    if ctx.lang.latin:
        before = f" {before} "
        return any(f" {w} " in before for w in ctx.lang.comparison_words)
    return any(w in before for w in ctx.lang.comparison_words)


_YEAR = re.compile(r"(19|20|21)\d\d")
_DIGITS = re.compile(r"\d\d*")  # opens with a character set, which the engine searches for fast
_SENTENCE_BREAK = re.compile(r"[.;؛\n]")
_SEPARATOR = re.compile(r"[.,\s\u202f]")
_CLAUSE_BREAK = re.compile(r"[,;:.()،，；。]")
# Digits not glued to Latin letters or other digits; Han text writes units right after them ("25.6万辆");
# a hyphen may join a unit ("3.2-km") but not another number ("3-2025").
_NUMBER = re.compile(r"(?<![0-9A-Za-zÀ-ɏ.,/:+-])\d+(?:[.,]\d+|[ \u00a0\u202f]\d{3}(?!\d))*"
                     r"(?![0-9A-Za-zÀ-ɏ/:+]|-[\d-]|[.,]\d| ?\+)")


def _numbers(ctx: Context) -> list[_Number]:
    """Digit numbers (with the language's separators) and number words, each with the scale word
    after it ("17 ألف", "4,42 tỷ", "逾500万", "1,2 millions"); a scale word alone is a number
    where the language says so ("أكثر من ألف سائح")."""
    lang = ctx.lang
    text = ctx.text
    scales = {s.start: s for s in lang.scales.find(text, lang.bounds)}
    out: list[_Number] = []
    for m in matches_at(_NUMBER, text, _number_starts(text, ctx.digit_runs)):
        raw = m.group()
        value = _parse(raw, lang.decimal_separator, lang.thousands_separators)
        if value is None or _YEAR.fullmatch(raw) and not text.startswith(lang.scale_approx, m.end()):
            continue  # a year, unless "more than" follows it ("2000多辆": over two thousand)
        out.append(_scaled(text, scales, m.start(), m.end(), value, written=False, approx=lang.scale_approx))
    taken = SpanSet((n.start, n.end) for n in out)
    words = [w for w in _compounds(text, lang.number_words.find(text, lang.bounds), lang.number_joiners)
             if not taken.overlaps(w.start, w.start + 1)]
    for w in words:
        if out and out[-1].written and out[-1].start < w.start < out[-1].end:
            continue  # "cent mille": "mille" scales the number before it
        out.append(_scaled(text, scales, w.start, w.end, Decimal(int(w.value)), written=True))
    return _summed(text, sorted(out, key=lambda n: n.start), lang.number_joiners)


def _number_starts(text: str, runs: list[tuple[int, int]] | None = None) -> list[int]:
    """Where a number can start: a digit after no ASCII digit (the first of a run, mostly). The
    pattern opens with a look-behind, which the regex engine would try at every offset. ``runs``:
    the text's `digit_runs`, when the caller has them."""
    out = []
    for start, end in digit_runs(text) if runs is None else runs:
        out.append(start)
        if not text[start:end].isascii():
            out += [i for i in range(start + 1, end) if not "0" <= text[i - 1] <= "9"]
    return out


def _summed(text: str, numbers: list[_Number], joiners: frozenset[str]) -> list[_Number]:
    """"مليون و٢٥٠ ألف", "un million cent mille", "2 triệu 300 nghìn": a scaled number, then a smaller
    one, are one number."""
    out: list[_Number] = []
    for n in numbers:
        last = out[-1] if out else None
        if last is not None and n.scaled and (last.scaled or last.written and last.value >= 1000) \
                and n.value < last.value and _joined(text, last.end, n.start, joiners):
            out[-1] = _Number(last.start, n.end, last.value + n.value, last.written and n.written, scaled=True)
            continue
        if last is not None and last.scaled and not n.scaled and n.value < 1000 <= last.value \
                and text[last.end:n.start].strip() and _joined(text, last.end, n.start, joiners):
            # "86 ألفا و400 شخص" (86 thousand and 400 people): a scaled number, an and-word, then hundreds
            out[-1] = _Number(last.start, n.end, last.value + n.value, last.written and n.written)
            continue
        out.append(n)
    return out


def _compounds(text: str, words: list[Match], joiners: frozenset[str]) -> list[Match]:
    """Tens and units written apart are one number: "twenty-four", "treinta y cinco", "أربعة وعشرون"."""
    hundreds: list[Match] = []  # first "trois cents", "five hundred": a unit times a hundred
    for w in words:
        last = hundreds[-1] if hundreds else None
        if last is not None and not text[last.end:w.start].replace("-", " ").split() \
                and 1 < int(last.value) < 10 and int(w.value) == 100:
            hundreds[-1] = Match(last.start, w.end, int(last.value) * 100)
            continue
        hundreds.append(w)
    out: list[Match] = []
    for w in hundreds:
        last = out[-1] if out else None
        if last is not None:
            a, b = int(last.value), int(w.value)
            if _joined(text, last.end, w.start, joiners) \
                    and (_tens_and_unit(a, b, glued=last.end == w.start) or _hundreds_and_rest(a, b)
                         or _thousands_and_rest(a, b)):
                out[-1] = Match(last.start, w.end, a + b)
                continue
        out.append(w)
    return out


def _joined(text: str, end: int, start: int, joiners: frozenset[str]) -> bool:
    """Nothing but spaces, a hyphen or one and-word between two numbers ("twenty-four", "مليون و٢٥٠ ألف")."""
    gap = text[end:start].replace("-", " ").split()
    return not gap or len(gap) == 1 and gap[0] in joiners


def _hundreds_and_rest(a: int, b: int) -> bool:
    """"quinientos veinte", "trois cent vingt": hundreds, then tens or units."""
    return 100 <= a < 1000 and a % 100 == 0 and 0 < b < 100


def _thousands_and_rest(a: int, b: int) -> bool:
    """"mille cinq cents", "ألف وخمسمئة": a thousand, then hundreds, tens or units."""
    return a == 1000 and 0 < b < 1000


def _tens_and_unit(a: int, b: int, glued: bool = False) -> bool:
    """"twenty" and "four"; "十" and "六" written together (十六, sixteen) too."""
    return (a >= 20 and a % 10 == 0 and a < 100 and 0 < b < 10) or (b >= 20 and b % 10 == 0 and b < 100 and 0 < a < 10) \
        or (glued and a == 10 and 0 < b < 10)


def _scaled(text: str, scales: dict[int, Match], start: int, end: int, value: Decimal, *, written: bool,
            approx: tuple[str, ...] = ()) -> _Number:
    """The number times the scale word right after it ("4,42 tỷ"), past a word for "more than"
    between them ("3100多亿元", "500余万")."""
    for gap in (0, 1, *(len(a) for a in approx)):
        scale = scales.get(end + gap)
        between = text[end:end + gap]
        if scale is not None and (not between.strip() or between in approx) and scale.start > start:
            return _Number(start, scale.end, value * Decimal(int(scale.value)), written, scaled=True)
    return _Number(start, end, value, written)


def _parse(raw: str, decimal: str, thousands: tuple[str, ...]) -> Decimal | None:
    """Read digits with the language's decimal and thousands separators ("4,42" sv, "1,549" en)."""
    if raw.isdecimal():
        return Decimal(raw)  # no separator (most numbers)
    separators = _SEPARATOR.findall(raw)
    groups = _SEPARATOR.split(raw)
    if not separators:
        cleaned = raw
    elif separators[-1] == decimal and (decimal not in thousands or len(groups[-1]) != 3) \
            and all(s != decimal for s in separators[:-1]):
        cleaned = "".join(groups[:-1]) + "." + groups[-1]
    elif all(s in thousands or s.isspace() or s == "\u202f" for s in separators) and all(len(g) == 3 for g in groups[1:]):
        cleaned = "".join(groups)
    elif len(separators) == 1 and separators[0] in ",." and len(groups[-1]) < 3:
        cleaned = groups[0] + "." + groups[1]  # "2,6 مليار": no thousands group has fewer than three digits
    else:
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


__all__ = ["Figure", "Found", "find_figures"]
