"""Events told in a document, read sentence by sentence, then completed from the whole document."""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import replace
from datetime import date, timedelta
from operator import itemgetter

from borderkg.extract.dates import DateMention
from borderkg.extract.entities import Context, Found
from borderkg.extract.events.actors import SIDE_PLACES, countries_of
from borderkg.extract.events.document import (
    accordingly,
    attendance,
    both_sides,
    during_visit,
    gate_pairs,
    gate_sides,
    headline,
    held_series,
    countries_as_sides,
    names_both_countries,
    hosts,
    kind_told_before,
    lede_where,
    member_sides,
    named_sides,
    namesake_venues,
    national_sides,
    organisers,
    place_visits,
    on_the_occasion,
    same_place,
    same_series,
    series_sides,
    works_named,
)
from borderkg.extract.events.draft import EventDraft, final, led_sides, sides_of
from borderkg.extract.events.merge import in_general, merge_editions, merge_same
from borderkg.extract.events.sentence import Indexed, donations, handovers, held_also, is_counted, read_sentence
from borderkg.extract.matcher import Match
from borderkg.extract.spans import SpanSet, StartIndex, space_after

_DATELINE_REACH = 400
# "Cao Bang (VNA) – ", "NANNING, 18 septembre (Xinhua) -- ", "ها لونغ في 10 نوفمبر /فنا/ - ": the agency in
# brackets, then a dash, or between slashes (the dash may be left out: "هانوي في 8 أبريل /وكالة الأنباء الفيتنامية/ استقبل";
# not the slashes of dates: "Lào Cai, ngày 14/3 (TTXVN) - Chiều 13/3")
_DATELINE = re.compile(r"(?m)^.{2,70}?(?:\([^()\n]{2,40}\)\s*\.?\s*-+\s|(?<!\d)/[^/\n\d]{2,40}/\s*(?:-+\s)?)")
# "كونمينغ، 15 سبتمبر 2023 – ", "Kunming, 15 September 2023 - ": a place, a comma and a date, then a dash
_DATED_LINE = re.compile(r"(?m)^[^\n,،.]{2,40}[,،]\s*")
_DASH_AFTER_DATE = re.compile(r"\s*-+\s")
# "Hanoi, 12 jun (Prensa Latina) Autoridades …": or the agency in brackets, with or without a dash
_AGENCY_AFTER_DATE = re.compile(r"\s*\([^()\n\d]{2,40}\)\s*(?:-+\s*)?")
# "DIEN BIEN PHU 22 november (TT) Gränsbevakningen …", "LAI CHAU (VNA)\n": wire copy's place in capitals, a date,
# the agency in brackets, and no dash
_CAPITALS_LINE = re.compile(r"(?m)^([^\n(),.;:]{2,40}?)\s*(?:\d{1,2}\.?\s+[^\W\d]{3,12}\s*)?\([^()\s]{2,10}\)\s+")


def _datelines(ctx: Context, dates: list[DateMention]) -> list[tuple[int, int]]:
    """The report's dateline, if its first lines have one: the agency's, or a place's with the date."""
    text = ctx.text
    agency = _DATELINE.search(text, 0, _DATELINE_REACH)
    if agency is None:
        capitals = _CAPITALS_LINE.search(text, 0, _DATELINE_REACH)
        if capitals is not None and ctx.original_of(*capitals.span(1)).isupper():
            return [capitals.span()]
    for line in _DATED_LINE.finditer(text, 0, _DATELINE_REACH):
        if agency is not None and agency.start() <= line.start():
            break
        date = next((d for d in dates if d.start == line.end()), None)
        dash = (_DASH_AFTER_DATE.match(text, date.end) or _AGENCY_AFTER_DATE.match(text, date.end)) \
            if date is not None else None
        if dash is not None:
            return [(line.start(), dash.end())]
    if agency is None and (bare := _bare_dateline(ctx)) is not None:
        return [bare]
    if agency is None and ctx.lang.dateline_marks:
        # "新华社昆明6月19日电", "本报东兴5月9日讯": a date near the opening of the text, then the mark that ends a dateline
        opening = next((d for d in dates if d.start < _MARKED_DATELINE_REACH), None)
        mark = next((m for m in ctx.lang.dateline_marks if opening is not None and text.startswith(m, opening.end)), None)
        if opening is not None and mark is not None:
            return [(text.rfind("\n", 0, opening.start) + 1, opening.end + len(mark))]
    return [(agency.start(), agency.end())] if agency else []


def _bare_dateline(ctx: Context) -> tuple[int, int] | None:
    """"Tuyên Quang – Chiều 16/9, …": a paragraph that opens with a place's name alone and a dash. (Not a headline's
    "Lào Cai – Vân Nam tăng cường hợp tác": the line runs on past a sentence's end.)"""
    for line in _BARE_DATELINE.finditer(ctx.text, 0, _DATELINE_REACH):
        end = ctx.text.find("\n", line.end())
        rest = ctx.text[line.end():end if end >= 0 else len(ctx.text)]
        if len(rest) >= _BARE_DATELINE_LINE and _SENTENCE_END.search(rest) \
                and any(f.start == line.start(1) and f.end == line.end(1) and f.cls in SIDE_PLACES
                        for f in ctx.found_between(line.start(1), line.end(1))):
            return line.span()
    return None


_BARE_DATELINE = re.compile(r"(?m)^([^\W\d][^\n,.;:()–—-]{1,38}?)\s+[–—-]{1,2}\s+(?=\S)")
_BARE_DATELINE_LINE = 80
_SENTENCE_END = re.compile(r"[.!?。！？]")

_MARKED_DATELINE_REACH = 24
"""How far into a report's text the date of a dateline that a mark ends may begin."""


def _reckoned_from_dateline(ctx: Context, dates: list[DateMention], on_dateline: SpanSet) -> list[DateMention]:
    """"Hanoi, 12 jun (Prensa Latina) … celebraron hoy una conferencia", published the 13th: "today" and "yesterday" are
    reckoned from the day the dateline gives, a few days at most before the publication's."""
    filed = next((d.value for d in dates if on_dateline.overlaps(d.start, d.start + 1) and len(d.value) == 10), None)
    if filed is None or ctx.date is None or len(ctx.date) < 10 or filed == ctx.date[:10] \
            or not 0 < (date.fromisoformat(ctx.date[:10]) - date.fromisoformat(filed)).days <= _DATELINE_LAG:
        return dates
    day = date.fromisoformat(filed)
    return [replace(d, value=(day + timedelta(days=d.days_from_report)).isoformat()) if d.days_from_report is not None
            else d for d in dates]


_DATELINE_LAG = 3
"""How many days before its publication a report's dateline may be dated."""


def _dated_clauses(ctx: Context, doc: Indexed, s: int, e: int) -> list[tuple[int, int]]:
    """"去年9月28日，…举行视频会谈，…；12月21日，…又通过视频会晤，…": a semicolon before a clause that a date of another
    time heads, and an event word on each side, parts a sentence into two that each tell their own event."""
    for m in _SEMICOLON.finditer(ctx.text, s, e):
        cut = m.end()
        heads = [d for d in doc.dated.between(cut, min(e, cut + _CLAUSE_HEAD)) if not d.since]
        before = {d.value for d in doc.dated.between(s, m.start()) if not d.since}
        if heads and heads[0].value not in before and doc.triggers.between(s, m.start()) and doc.triggers.between(cut, e):
            return [(s, cut), *_dated_clauses(ctx, doc, cut + len(ctx.text[cut:e]) - len(ctx.text[cut:e].lstrip()), e)]
    return [(s, e)]


_SEMICOLONS = (";", "；", "؛")
_SEMICOLON = re.compile(f"[{''.join(_SEMICOLONS)}]")
_CLAUSE_HEAD = 16
"""How far after a semicolon a date heads the clause it opens."""


def _day_of_report(ctx: Context, d: DateMention) -> bool:
    """Whether a report word stands right before the date ("informó hoy", "reported on Tuesday")."""
    pattern = ctx.lang.report_words
    if pattern is None:
        return False
    before = ctx.text[max(0, d.start - _REPORT_WORD_REACH):d.start]
    return any(not before[m.end():].strip() for m in pattern.finditer(before))


_REPORT_WORD_REACH = 24
"""How far before a date a report word may start."""


def _without_periods(ctx: Context, dates: list[DateMention]) -> list[DateMention]:
    """The dates but the years a plan is for: "tasks for 2026", both ends of "a memorandum for 2024-2026", and the
    year a document is named by ("signed a 2024 cooperation plan", "the 2024-2026 programme")."""
    out: list[DateMention] = []
    period_end = -1  # where the last year a plan is for ends
    documents = {m.start for m in ctx.matches(ctx.lang.agreements)} if any(d.year_only for d in dates) else set()
    for d in dates:
        if d.year_only and (_for_period(ctx, d.start)
                            or period_end >= 0 and ctx.text[period_end:d.start].strip() in _RANGE_JOINS):
            period_end = d.end
            continue
        if d.year_only and space_after(ctx.text, d.end) in documents:
            if out and out[-1].year_only and ctx.text[out[-1].end:d.start].strip() in _RANGE_JOINS:
                out.pop()  # "the 2024-2026 programme": its first year too
            continue
        out.append(d)
    return out


_RANGE_JOINS = ("-", "–", "—", "/")


def _for_period(ctx: Context, start: int) -> bool:
    """A period word (`period_words`), and at most an article, right before `start`."""
    words = ctx.text[max(0, start - 24):start].split()[-3:]
    if len(words) >= 2 and words[-1] in ctx.lang.articles:
        words = words[:-1]
    # ("giai đoạn 2023-2025": a period word of two words)
    return bool(words) and (words[-1] in ctx.lang.period_words or " ".join(words[-2:]) in ctx.lang.period_words)


_TOPIC_KINDS = ("Exchange", "Exhibition")
"""Kinds of event whose words also name fields of cooperation ("trade, connectivity and people-to-people exchanges")."""
_LIST_COMMAS = re.compile(r"[,、،]")
_CLAUSE_BREAKS = re.compile(r"[.;:!?。；：]")


def _ends_a_list(ctx: Context, start: int) -> bool:
    """"… quản lý biên giới, phát triển cửa khẩu, thương mại, kết nối giao thông và giao lưu nhân dân", "la economía, el
    comercio y la conectividad, y los intercambios culturales": an event word after the and-word that closes a list of
    three or more fields is one more field of cooperation, not an event told."""
    low = max(0, start - _LIST_REACH)
    before = ctx.text[low:start]
    if ctx.lang.latin or " " in before.strip():
        # (past an article and up to two words that qualify it: "and people-to-people exchanges", "y los intercambios")
        words = before.split()[-_QUALIFIERS - 2:]
        joined = next((i for i in range(len(words) - 1, -1, -1) if words[i] in ctx.lang.and_words), None)
        if joined is None or any(w in ctx.lang.and_words or _LIST_COMMAS.search(w) for w in words[joined + 1:]) \
                or len([w for w in words[joined + 1:] if w not in ctx.lang.articles]) > _QUALIFIERS:
            return False
        at = low + before.rfind(" " + words[joined]) + 1
    else:  # (no spaces between words: "…、经贸合作和人文交流")
        word = next((w for w in sorted(ctx.lang.and_words, key=len, reverse=True) if before.endswith(w)), None)
        if word is None:
            return False
        at = start - len(word)
    breaks = [m.end() for m in _CLAUSE_BREAKS.finditer(ctx.text, low, at)]
    listed = ctx.text[breaks[-1] if breaks else low:at]
    return len(_LIST_COMMAS.findall(listed)) >= (1 if "、" in listed else 2)


_LIST_REACH = 120
_QUALIFIERS = 2


def _counted(ctx: Context, start: int, dates: SpanSet) -> bool:
    """"41 meetings", "två gemensamma kulturutbyten", "three joint patrols": a number, in digits or
    words and with only the adjectives an edition number may skip ("joint", "annual") between, counts
    the event word, unless it ends a date or follows a word that makes it a group ("de två parterna")."""
    words = ctx.text[max(0, start - 40):start].split()
    skipped = 0
    while words and words[-1] in ctx.lang.ordinal_skips and skipped < 2:
        words.pop()
        skipped += 1
    if not words:
        return False
    at = ctx.text.rfind(words[-1], 0, start)
    if words[-1] in ctx.lang.count_words_folded \
            and unicodedata.normalize("NFC", ctx.original_of(at, at + len(words[-1]))).lower() in ctx.lang.count_words:
        return len(words) < 2 or words[-2] not in ctx.lang.not_count_after
    return is_counted(ctx.text, at + len(words[-1]), dates) if skipped else is_counted(ctx.text, start, dates)


def _dates_respectively(told: list[EventDraft], s: int, word: Match, e: int, dated: StartIndex) -> None:
    """"…联合工作委员会第三次会议和…工作组第六次会议分别于11日、12日在蒙自市举行", "… on 11 and 12 September
    respectively": the days after a distributive word, or right before it, date the events the sentence tells, in
    their order."""
    events = [d for d in told if d.cls != "Visit"]
    days = [d for d in dated.between(word.end, e) if not d.since and len(d.value) == 10]
    before = [d for d in dated.between(s, word.start) if not d.since and len(d.value) == 10]
    if len(days) != len(events) and before and word.start - before[-1].end <= 3:
        days = before[-len(events):]
    if len(events) > 1 and len(days) == len(events) and len({d.value for d in days}) == len(days):
        for draft, day in zip(events, days):
            draft.date = day.value


def _arrivals(ctx: Context, sentences: list[tuple[int, int]]) -> list[Match]:
    """"Une délégation chinoise conduite par X … est entrée au Vietnam lundi matin", "وصل وفد … إلى": an arrival word
    (`arrival_words`) in a sentence that names a group (`group_words`) tells that group's visit."""
    found = ctx.matches(ctx.lang.arrival)
    if not found:
        return []  # (most documents: no arrival word)
    starts = [s for s, _ in sentences]
    out = []
    for m in found:
        at = bisect_right(starts, m.start) - 1
        low, high = sentences[at] if at >= 0 else (0, len(ctx.text))
        sentence = ctx.text[low:high]
        # (words apart where the script spaces them; else anywhere: "代表团抵达")
        names_group = any(w.strip(",()") in ctx.lang.group_words for w in sentence.split()) if ctx.lang.latin \
            else any(g in sentence for g in ctx.lang.group_words)
        if names_group:
            out.append(Match(m.start, m.end, "Visit"))
    return out


def _day_told_before(ctx: Context, new: list[EventDraft], earlier: list[EventDraft], previous: tuple[int, int],
                     dated: StartIndex) -> None:
    """"Nanning, 11. September (VNA) – Guangxi hat den Grenzprovinzen am Samstag Hilfe zugesagt. Bei einer Zeremonie in
    Nanning übergab X …": the one day the lede told (the sentence of the dateline, in the same paragraph) that no event of
    its own took is the day of the events the next sentence tells with no day of its own."""
    s, e = previous
    if "\n" in ctx.text[e:new[0].start] or any(s <= d.start < e for d in earlier):
        return
    days = {d.value for d in dated.between(s, e) if not d.since and len(d.value) == 10}
    if len(days) != 1:
        return
    day = days.pop()
    for d in new:
        if d.date is None and not dated.between(d.start, d.end):
            d.date = day


def find_events(ctx: Context, sentences: list[tuple[int, int]], dates: list[DateMention],
                used_orgs: set[int], agreements: list[Found], counts: list[tuple[int, str]],
                bodies_held: dict[str, set[str]]) -> list[EventDraft]:
    """Events: one per sentence with a trigger, plus the events of a mechanism it names
    ("Spring Meeting 2024", "the 15th Joint Working Committee conference"). `bodies_held`: the bodies each person
    holds a post in, which say whose side a person is on."""
    # "HANOI, June 28 (VNA) -": the dateline says where and when the report was filed, not the event.
    # Only the report's first line of body text can be its dateline: further down, "at the Chi Ma
    # (Vietnam) - Aidian (China) gate pair" opening a paragraph is a sentence.
    datelines = _datelines(ctx, dates)
    on_dateline = SpanSet(datelines)  # overlaps(x, x + 1): x is on a dateline
    filed_at = next((f.iri for f in ctx.found if f.cls in SIDE_PLACES
                     and on_dateline.overlaps(f.start, f.start + 1)), None) if datelines else None
    if datelines:
        dates = _reckoned_from_dateline(ctx, dates, on_dateline)
    dates = [d for d in dates if not on_dateline.overlaps(d.start, d.start + 1)] if datelines else list(dates)
    # "…signed its minutes, which set out nine groups of tasks for 2026": a year a plan is for is no event's time
    read = dates  # ("l'accord … pour la période 2024-2028 signé le 12 juin": a plan's year is no count of signings)
    dates = _without_periods(ctx, dates)
    # "realizaron el mes pasado una patrulla …, informó hoy la parte vietnamita": the day of the report is no event's
    dates = [d for d in dates if not _day_of_report(ctx, d)]
    ctx = replace(ctx, found=[f for f in ctx.found if not on_dateline.overlaps(f.start, f.start + 1)]
                  if datelines else list(ctx.found))
    # "签署了《会谈纪要》", "signed the Minutes of the Talks": an event word in an agreement's name tells no event.
    # (a series named after its talks, "第四次边境会谈", is named by its event word: that tells its edition)
    # ("Quang Ninh sei vom Taifun schwer getroffen worden": and the phrases in which an event word tells none)
    blocked = SpanSet([*((f.start, f.end) for f in ctx.found if f.cls in ("Mechanism", "Agreement", "Project")
                         and f.head != "series"),
                       *((a.start, a.end) for a in agreements),
                       *((m.start, m.end) for m in ctx.matches(ctx.lang.non_event_phrases))])
    # "la première conférence de coopération médicale": a mechanism named by its numbered event word; the word
    # tells its edition
    named_by_word = {(f.start, f.head) for f in ctx.found if f.cls == "Mechanism" and f.head}
    told_dates = SpanSet((d.start, d.end) for d in read)
    triggers = StartIndex(sorted([*(t for t in handovers(ctx, ctx.matches(ctx.lang.triggers))
                                    if (not blocked.overlaps(t.start, t.start + 1) or (t.start, str(t.value)) in named_by_word)
                                    and not _counted(ctx, t.start, told_dates)
                                    and not (str(t.value) in _TOPIC_KINDS and _ends_a_list(ctx, t.start))),
                                  *_arrivals(ctx, sentences), *donations(ctx)], key=lambda t: (t.start, t.end)))
    # Each sentence reads what starts in it from these, not from the whole document's lists.
    doc = Indexed(ctx, triggers, StartIndex(dates), StartIndex(counts, start=itemgetter(0)), StartIndex(agreements), used_orgs,
                  ctx.common.get("event_rank", {}))
    drafts: list[EventDraft] = []
    distributive = StartIndex(ctx.matches(ctx.lang.distributive_words))
    sentences = [part for s, e in sentences for part in _dated_clauses(ctx, doc, s, e)] \
        if any(mark in ctx.text for mark in _SEMICOLONS) else list(sentences)  # (no semicolon: no sentence to part)
    for number, (s, e) in enumerate(sentences):
        told = len(drafts)
        read_sentence(doc, drafts, s, e, sentences[number - 1] if number else None)
        held_also(doc, drafts, told, s, e, sentences[number - 1] if number else None)
        if len(drafts) - told > 1 and distributive.between(s, e):
            _dates_respectively(drafts[told:], s, distributive.between(s, e)[0], e, doc.dated)
        if number == 1:  # dated by its lede, the title's event dates what the text tells after it
            headline(ctx, drafts, sentences, doc.dated, used_orgs)
        if number and told < len(drafts) and any(sentences[number - 1][0] <= a < sentences[number - 1][1] for a, _ in datelines):
            _day_told_before(ctx, drafts[told:], drafts[:told], sentences[number - 1], doc.dated)
    held_series(ctx, drafts)
    same_series(drafts)
    hosts(ctx, drafts, sentences)
    lede_where(ctx, drafts, datelines, filed_at)
    both_sides(ctx, drafts)
    organisers(ctx, drafts, sentences)
    named_sides(ctx, drafts, bodies_held)
    member_sides(ctx, drafts)
    accordingly(ctx, drafts, sentences)
    drafts = during_visit(ctx, drafts)
    same_place(ctx, drafts)
    drafts = merge_editions(ctx, on_the_occasion(ctx, drafts))
    # (one dated to a day that names no side yet may have them told by who attended: "berieten sich die Führungen
    # beider Seiten am Mittwoch per Videoschaltung. Die vietnamesische Seite wurde von X angeführt")
    # ("The two governments signed an agreement in March 2012": sides named only as the two countries, added below)
    drafts = merge_same(ctx, [d for d in drafts if (d.participants or d.locations or d.mechanism or len(d.date or "") == 10
                                                    or names_both_countries(ctx, d)) and not in_general(d)])
    for d in drafts:  # the occasion's place may be told after the event's own sentence
        if d.occasion is not None and not d.locations:
            d.locations |= final(d.occasion).locations
        # "Efter mötet följde ett vänskapsutbyte med volleyboll": what followed the talks, naming no sides
        # of its own, had the talks' sides
        # ("Au terme de la séance, Mme Mai et M. Shi ont paraphé un procès-verbal": its signers, and the sides they lead)
        if d.occasion is not None and len(led_sides(ctx, d)) < 2:
            d.participants |= final(d.occasion).participants
        # "Kết thúc buổi làm việc, hai bên đã ký …": the sides of the talks it closes, as merged from all
        # their tellings (the visitors another sentence names)
        if d.sides_from is not None:
            d.participants |= final(d.sides_from).participants
    attendance(ctx, drafts, sentences)  # (after the merges: who attended one event does not make two one)
    for d in drafts:  # (and "both sides" of an event whose sides only its attendance named)
        if d.sides_from is not None and len({c for p in sides_of(ctx, d) for c in countries_of(ctx, p)}) < 2:
            d.participants |= final(d.sides_from).participants
    national_sides(ctx, drafts)
    works_named(ctx, drafts)
    kind_told_before(drafts)
    countries_as_sides(ctx, drafts)
    drafts = [d for d in drafts if d.participants or d.locations or d.mechanism]
    place_visits(ctx, drafts)  # and the talks' place after the visit's
    gate_pairs(ctx, drafts)
    gate_sides(ctx, drafts)
    series_sides(ctx, drafts)
    namesake_venues(ctx, drafts)
    return drafts

