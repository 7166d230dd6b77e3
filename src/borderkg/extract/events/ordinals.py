"""Edition numbers: the ordinal before an event word or a name ("the 15th", "第十六届"), after it
("lần thứ 25", "الاجتماع الحادي عشر"), or said of an event already told ("the talks were the eighth")."""
from __future__ import annotations

import re

from borderkg.extract.entities import Context
from borderkg.extract.matcher import Match
from borderkg.extract.spans import space_after

_UP_TO_THREE_DIGITS = re.compile(r"\d{1,3}")
# (compiled once: asked before each event word)
_YEAR_END = re.compile(r"(19|20)\d\d\s*$")
_GAP_BREAK = re.compile(r"[，。；、,;.!?：:\n]")
_LETTERS = re.compile(r"[^\W\d_]+")
# "Handels- und Tourismus|messe": the parts of a compound that share its last word, before that word's start
_COMPOUND_PARTS = re.compile(r"\w+-\s+(\w+)\s+\w*$")


def ordinal_of(ctx: Context, word: Match) -> int | None:
    """The edition number of an event word, before it ("the 15th meeting") or after it ("Hội nghị lần thứ 25")."""
    ordinal = ordinal_before(ctx, word.start) or ordinal_after(ctx, word.end)
    if ordinal == 1 and ctx.text.startswith(ctx.lang.first_since_words, space_after(ctx.text, word.end)):
        return None  # "the first conference since Tuyen Quang absorbed Ha Giang": first of a time, no edition
    return ordinal


def ordinal_before(ctx: Context, pos: int) -> int | None:
    """The edition number right before an event or mechanism ("the 15th", "13ª ronda de", "ihren 6.
    jährlichen Gesprächen")."""
    return ctx.read_at(_ordinal_before, pos)


def _ordinal_before(ctx: Context, pos: int) -> int | None:
    parts = _COMPOUND_PARTS.search(ctx.text, max(0, pos - 40), pos) if "-" in ctx.text[max(0, pos - 40):pos] else None
    if parts is not None and parts.group(1) in ctx.lang.and_words:
        pos = parts.start()  # "die 12. Handels- und Tourismusmesse": the ordinal before the first part
    preceding = ctx.text[max(0, pos - 40):pos].split()
    # "the 8th annual talks", "die dritte chinesisch-vietnamesische Grenzhandelsmesse"
    while preceding and (preceding[-1] in ctx.lang.ordinal_skips
                         or preceding[-1].rsplit("-", 1)[-1] in ctx.lang.national_type_tokens[0]):
        pos = ctx.text.rfind(preceding.pop(), 0, pos)
    window = ctx.text[max(0, pos - 40):pos].rstrip()
    edition = next((w for w in ctx.lang.edition_words if window.endswith(w)), None) \
        if window.endswith(ctx.lang.edition_words) else None
    if edition is not None:
        pos = max(0, pos - 40) + len(window) - len(edition)
    before = ctx.text[max(0, pos - 12):pos].rstrip()
    if not ctx.matches_ending(ctx.lang.ordinals, max(0, pos - _OVER_NAME_REACH), pos + 1, overlapping=True) \
            and _UP_TO_THREE_DIGITS.search(before) is None and not _suffixed_ordinals_may_open(ctx, pos):
        return None  # (most event words: no number right before them or within a name's reach, no ordinal word)
    tail = before.rsplit(None, 1)
    if len(tail) == 2 and tail[1] in ctx.lang.articles:
        before = tail[0]
    m = ctx.lang.ordinal.search(before.rstrip())
    if m and not _YEAR_END.search(before) and not _day_of_month(ctx, before, m):
        return int(m.group(1)) or None  # ("0.", "0th": no edition)
    words = ctx.matches_ending(ctx.lang.ordinals, pos - 3, pos + 1, overlapping=True)
    if words:  # the longest of those ending last: "vigésima tercera", not "tercera"
        return int(max(words, key=_last_and_longest).value)
    # "الدورة الـ23 لمعرض": a number an ordinal's prefix opens, right before the word (and the clitic glued to it)
    tokens = before.split()
    if len(tokens) >= 2 and tokens[-1] in ctx.lang.bounds.clitics:
        tokens.pop()  # (the clitic glued to the word: "ل")
    number = _prefixed_number(ctx, tokens[-1]) if tokens else None
    if number is not None:
        return int(number.group(1)) or None
    return _ordinal_over_name(ctx, pos)


def _last_and_longest(ordinal: Match) -> tuple[int, int]:
    """Of ordinal words, the one ending last, and of those the longest ("vigésima tercera", not "tercera")."""
    return ordinal.end, ordinal.end - ordinal.start


def _day_of_month(ctx: Context, before: str, number: re.Match[str]) -> bool:
    """"The April 14-15 visit", "the 8/5 talks": a bare number in a date is a day, not an edition."""
    if number.group().strip() != number.group(1):
        return False  # "the 14th": a suffix makes it an ordinal
    head = before[:number.start()].rstrip()
    return head.endswith(("-", "/", "–")) or before[number.end():].lstrip().startswith(("-", "/")) \
        or any(m.end == len(head) for m in ctx.lang.dates.months.find(head, ctx.lang.dates.bounds))


_OVER_NAME_REACH = 60
"""How far before an event word the ordinal that opens its proper name may start."""


def _suffixed_ordinals_may_open(ctx: Context, pos: int) -> bool:
    """Whether a number within a name's reach before `pos` may be a suffixed ordinal opening the name (asked only
    where a number is: most event words have none before them)."""
    return ctx.lang.suffixed_ordinal is not None and (ctx.lang.latin or ctx.lang.han) \
        and _UP_TO_THREE_DIGITS.search(ctx.text, max(0, pos - _OVER_NAME_REACH), pos) is not None


def _suffixed_ordinals(ctx: Context, start: int, end: int) -> list[Match]:
    """The numbers with an ordinal suffix between `start` and `end` ("15th", "15."), not a day's ("am 30. November")."""
    out = []
    for m in ctx.lang.suffixed_ordinal.finditer(ctx.text, start, end) if ctx.lang.suffixed_ordinal else ():
        after = ctx.text[m.end():m.end() + 16].split()[:1]
        if int(m.group(1)) and after and after[0].strip(",.") not in ctx.lang.dates.time_words:
            out.append(Match(m.start(), m.end(), int(m.group(1))))
    return out


def _ordinal_over_name(ctx: Context, pos: int) -> int | None:
    """"第十六届中越（东兴—芒街）国际商贸·旅游博览会", "the 16th China-Vietnam International Trade
    Fair": the ordinal that opens the event's proper name."""
    start = max(0, pos - _OVER_NAME_REACH)
    ordinals = [o for o in ctx.matches_ending(ctx.lang.ordinals, start, pos + 1, overlapping=True) if start <= o.start]
    if _suffixed_ordinals_may_open(ctx, pos):
        ordinals += _suffixed_ordinals(ctx, start, pos)  # "the 15th Vietnam – China … Fair"
    for o in sorted(ordinals, key=_last_and_longest, reverse=True):
        gap = ctx.text[o.end:pos]
        if _GAP_BREAK.search(gap):
            return None
        lower = [t.group() for t in _LETTERS.finditer(gap)
                 if not ctx.original_of(o.end + t.start(), o.end + t.start() + 1).isupper()
                 and t.group() not in ctx.lang.link_tokens and t.group() not in ctx.lang.articles
                 and t.group() not in ctx.lang.and_words]  # ("die 12. Handels- und Tourismusmesse")
        # "the first time ... fair": only a name's capitalised words may stand between, or in a language
        # that writes compounds apart a few nouns ("the second labour cooperation conference"), in one
        # phrase ("the eighth since the two localities launched ...": an article opens another)
        if ctx.lang.latin and lower and (len(lower) > ctx.lang.ordinal_modifiers
                                         or any(w in ctx.lang.not_name_words or w in ctx.lang.articles
                                                for w in gap.split())):
            return None
        return int(o.value)
    return None


def ordinal_stated(ctx: Context, start: int, end: int) -> int | None:
    """An ordinal said of an event already told, close after its word ("The talks were the eighth
    since ...", "La réunion était la 5e")."""
    words = [o for o in ctx.matches_starting(ctx.lang.ordinals, start, start + 26, overlapping=True) if o.end <= end]
    if words:
        return int(words[0].value)
    m = _UP_TO_THREE_DIGITS.search(ctx.text[start:min(end, start + 25)])
    if m is None:
        return None
    # (not a day: "Die Messe dauert bis zum 18. Oktober")
    after = ctx.text[start + m.end():start + m.end() + 16]
    month_next = after.lstrip(". ")
    if any(mm.start == 0 for mm in ctx.lang.dates.months.find(month_next, ctx.lang.dates.bounds)):
        return None
    return ordinal_before(ctx, start + m.end() + 1)


def ordinal_of_times(ctx: Context, start: int, end: int) -> int | None:
    """"met for the sixth time", "sammanträdde för tredje gången", "للمرة الثالثة": an ordinal beside a word for
    "time" in the clause after the event's word numbers its edition (not "the first time": that is no edition)."""
    window = ctx.text[start:min(end, start + _TIMES_REACH + 16)]
    if not any(w in window for w in ctx.lang.times_words):
        return None  # (most events have no word for "time" after them: no ordinals to read)
    for o in ctx.matches_starting(ctx.lang.ordinals, start, min(end, start + _TIMES_REACH), overlapping=True):
        after = ctx.text[o.end:o.end + 16].split()[:1]
        before = ctx.text[max(start, o.start - 16):o.start].split()[-1:]
        if int(o.value) > 1 and (after and after[0].strip(".,;:") in ctx.lang.times_words
                                 or before and before[0] in ctx.lang.times_words):
            return int(o.value)
    return None


_TIMES_REACH = 150
"""How far after the event's word its "for the Nth time" may stand ("tagte … der Gemeinsame Arbeitsausschuss der vier
vietnamesischen Provinzen und Guangxis zum zwölften Mal": past the name of who met)."""


def ordinal_after(ctx: Context, end: int) -> int | None:
    """The edition number right after a name, where the language puts it there ("Hội chợ ... lần thứ
    25", "الاجتماع الحادي عشر", "دورتها الحادية عشرة")."""
    return ctx.read_at(_ordinal_after, end)


def _ordinal_after(ctx: Context, end: int) -> int | None:
    at = end + len(ctx.text[end:end + 16]) - len(ctx.text[end:end + 16].lstrip())
    if ctx.text.startswith(ctx.lang.ordinal_skips_spaced, at):  # "phiên hội đàm định kỳ lần thứ 9": the regular talks' 9th
        at += next(len(w) for w in ctx.lang.ordinal_skips_spaced if ctx.text.startswith(w, at))
    after = ctx.text[at:at + 16]
    word = next((w for w in ctx.lang.ordinal_after if after.startswith(w)), None) \
        if after.startswith(ctx.lang.ordinal_after) else None
    if word is None:
        return _ordinal_word_at(ctx, at) or _ordinal_after_definite_words(ctx, at) if ctx.lang.ordinal_follows else None
    whole = _ordinal_word_at(ctx, at)  # "lần thứ ba": the table's phrase, not "ba" alone
    if whole is not None:
        return whole
    m = re.match(r"\s*(\d{1,3})\b", after[len(word):]) or _prefixed_number(ctx, after[len(word):].lstrip())
    if m:
        return int(m.group(1)) or None
    rest = after[len(word):]
    return _ordinal_word_at(ctx, at + len(word) + len(rest) - len(rest.lstrip()))


_DEFINITE_WORDS = 3
"""How many definite words (the event's name: "معرض التجارة الدولي") an ordinal after it may follow."""


def _ordinal_after_definite_words(ctx: Context, at: int) -> int | None:
    """"معرض التجارة الدولي الـ23", "الاجتماع السنوي الثالث": an ordinal after up to three definite words that go on
    with the event word's name, where the language writes definiteness on the word (`definite_prefixes`)."""
    if not ctx.lang.definite_prefixes:
        return None
    for word in list(re.finditer(r"\S+", ctx.text[at:at + 60]))[:_DEFINITE_WORDS]:
        if not word.group().startswith(ctx.lang.definite_prefixes) or not word.group().isalpha():
            return None
        following = at + word.end()
        following += len(ctx.text[following:following + 4]) - len(ctx.text[following:following + 4].lstrip())
        ordinal = _ordinal_word_at(ctx, following)
        if ordinal is not None:
            return ordinal
    return None


def ordinal_at(ctx: Context, at: int) -> int | None:
    """An ordinal word starting right after a name ("…联合工作组第三次会议")."""
    return _ordinal_word_at(ctx, at + len(ctx.text[at:at + 4]) - len(ctx.text[at:at + 4].lstrip()))


def _ordinal_word_at(ctx: Context, at: int) -> int | None:
    """The longest ordinal word starting at `at` ("第十五次", not "第十"; "lần thứ ba", not "ba"), or a number an ordinal's
    prefix opens ("المعرض الـ23")."""
    words = ctx.matches_starting(ctx.lang.ordinals, at, at + 1, overlapping=True)
    if words:
        return int(max(words, key=lambda o: o.end).value)
    number = _prefixed_number(ctx, ctx.text[at:at + 8])
    return int(number.group(1)) or None if number else None


def _prefixed_number(ctx: Context, text: str) -> re.Match[str] | None:
    """A number right after an ordinal's prefix at the start of `text` ("الـ23": the 23rd)."""
    return ctx.lang.prefixed_ordinal.match(text) if ctx.lang.prefixed_ordinal is not None else None


def edition_in(ctx: Context, s: int, e: int) -> int | None:
    """"... held its eleventh session in Mengzi": the one edition number a sentence gives with an
    edition word, for the mechanism it names away from it."""
    found = set()
    for w in ctx.lang.ordinal_after:
        at = ctx.text.find(w, s, e)
        while at >= 0 and at + len(w) <= e:
            end = at + len(w)
            at = ctx.text.find(w, end, e)
            rest = ctx.text[end:end + 16]
            num = re.match(r"\s*(\d{1,3})\b", rest)
            value = int(num.group(1)) if num else _ordinal_word_at(ctx, end + len(rest) - len(rest.lstrip()))
            if value:
                found.add(value)
    return found.pop() if len(found) == 1 else None
