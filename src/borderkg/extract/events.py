"""Events told in a document: what happened, when, where, in which mechanism and edition, and who
took part, bound by the sentence that tells them."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from operator import attrgetter

from borderkg.extract.dates import DateMention
from borderkg.extract.entities import PLACE_CLASSES, Context, Found
from borderkg.extract.matcher import Match
from borderkg.extract.posts import ORG_LIKE, PARTICIPANT_PLACES
from borderkg.extract.spans import SpanIndex, SpanSet, StartIndex

_MECHANISM_REACH = 60
# Kinds of event told together in one sentence that are events of their own: a delegation's
# visit, the talks it held, what was signed there.
_COMPANION_KINDS = ("Visit", "Meeting", "Signing")
# What a delegation's visit brings about, dated by the visit when the text gives no day of its own.
_DURING_VISIT = ("Meeting", "Signing", "Exchange")
# "Al término del encuentro" after "la XV reunión del Comité": a meeting word may refer to a conference.
_TALKS = ("Meeting", "Conference")
# Where an event can be held besides administrative places: a border gate, a bridge.
_VENUES = ("BorderGate", "Infrastructure")
_DATELINE_REACH = 400
# How long a delegation's visit lasts at most, when the text gives only its first day.
_VISIT_DAYS = 6
_DATELINE = re.compile(r"(?m)^.{2,70}?\([^()\n]{2,25}\)\s*\.?\s*-+\s")


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
    received: bool = False  # a reception's companion: the received delegation's visit
    named_year: bool = False  # its year follows its word in its clause, as an edition's name


def find_events(ctx: Context, sentences: list[tuple[int, int]], dates: list[DateMention],
                used_orgs: set[int], agreements: list[Found], counts: list[int]) -> list[EventDraft]:
    """Events: one per sentence with a trigger, plus the events of a mechanism it names
    ("Spring Meeting 2024", "the 15th Joint Working Committee conference")."""
    rank = ctx.common.get("event_rank", {})
    # "HANOI, June 28 (VNA) -": the dateline says where and when the report was filed, not the event.
    # Only the report's first line of body text can be its dateline: further down, "at the Chi Ma
    # (Vietnam) - Aidian (China) gate pair" opening a paragraph is a sentence.
    datelines = [(m.start(), m.end()) for m in _DATELINE.finditer(ctx.text, 0, _DATELINE_REACH)][:1]
    on_dateline = SpanSet(datelines)  # overlaps(x, x + 1): x is on a dateline
    filed_at = next((f.iri for f in ctx.found if f.cls in PARTICIPANT_PLACES - {"Country"}
                     and on_dateline.overlaps(f.start, f.start + 1)), None)
    dates = [d for d in dates if not on_dateline.overlaps(d.start, d.start + 1)]
    ctx = replace(ctx, found=[f for f in ctx.found if not on_dateline.overlaps(f.start, f.start + 1)])
    blocked = SpanSet((f.start, f.end) for f in ctx.found if f.cls in ("Mechanism", "Agreement", "Project"))
    told_dates = SpanSet((d.start, d.end) for d in dates)
    triggers = StartIndex([t for t in ctx.matches(ctx.lang.triggers)
                           if not blocked.overlaps(t.start, t.start + 1) and not _counted(ctx.text, t.start, told_dates)])
    # Each sentence reads what starts in it from these, not from the whole document's lists.
    dated = StartIndex(dates)
    counted = StartIndex(counts, start=int)
    signed = StartIndex(agreements)
    drafts = []
    for number, (s, e) in enumerate(sentences):
        previous = sentences[number - 1] if number else None
        in_sentence = triggers.between(s, e)
        editions, edition_dates = _mechanism_events(ctx, s, e, dated, used_orgs)
        drafts.extend(editions)
        if not in_sentence:
            continue
        # "会谈前一天 ... 开展了联合巡逻", "After the talks, the two sides signed ...": an event word
        # that dates another event by one already told is not the sentence's event.
        day_marks = [d.start for d in dated.between(s, e) if not d.since]
        references = {id(t): _reference(ctx, drafts, t, s, day_marks) for t in in_sentence}
        own = [t for t in in_sentence if references[id(t)] is None]
        for t in in_sentence:  # "Ngay sau phiên hội đàm định kỳ lần thứ 9": the talks were the 9th
            referred_to = references[id(t)]
            if referred_to is not None and referred_to[0].ordinal is None:
                referred_to[0].ordinal = _ordinal_before(ctx, t.start) or _ordinal_after(ctx, t.end)
        if not own:
            at, (referred, _) = next((t, r) for t in in_sentence if (r := references[id(t)]) is not None)
            referred.spans.append((s, e))
            _placed_later(ctx, referred, s, e, used_orgs, at)
            continue
        trigger = max(own, key=lambda t: rank.get(str(t.value), 0))
        told = _told_before(ctx, drafts, trigger, s)
        if told is not None:
            told.spans.append((s, e))  # "The conference took place within ...": the one just told
            told.ordinal = told.ordinal or _ordinal_stated(ctx, trigger.end, e)  # "The talks were the eighth"
            # "Mötet följde på ett besök förra månaden av en delegation …": another kind of event the
            # sentence dates otherwise is an event of its own.
            others = [t for t in own if str(t.value) != told.cls and t.start > trigger.end]
            if not others or not any(not d.since and d.value != told.date and d.start > trigger.end
                                     for d in dated.between(s, e)):
                continue
            trigger = max(others, key=lambda t: rank.get(str(t.value), 0))
            own, s = others, trigger.start
        draft = EventDraft(str(trigger.value), s, e, spans=[(s, e)])
        when = [d for d in dated.between(s, e) if not d.since and d not in edition_dates]
        if when:
            told_at = max(when, key=lambda d: (len(d.value), -abs(d.start - trigger.start)))
            draft.date = told_at.value
            # "utställningsveckan … mellan Kina och Vietnam 2024": a bare year after the event's word, in
            # its clause and not after a preposition ("in 2024", "năm 2024"), is part of its name.
            before = ctx.text[max(0, told_at.start - 12):told_at.start].split()
            draft.named_year = len(told_at.value) == 4 and told_at.start > trigger.end \
                and ctx.text[told_at.start:told_at.end].isdigit() and not re.search(r"[;:.؛：。]", ctx.text[trigger.end:told_at.start]) \
                and not (before and before[-1] in ctx.lang.venue_words)
        by_reference = next((r for r in references.values() if r is not None and len(r[0].date or "") == 10), None)
        # "…tại Hội nghị lần thứ ba, tổ chức hồi tháng 8/2024": a date of its own that the referred
        # event's does not refine stays.
        if by_reference is not None and by_reference[0].date and len(draft.date or "") < 10 \
                and by_reference[0].date.startswith(draft.date or ""):
            draft.date = (date.fromisoformat(by_reference[0].date) + timedelta(days=by_reference[1])).isoformat()
            draft.occasion = by_reference[0] if by_reference[1] == 0 else None
        # "In 2024 it received 41 delegations": a tally of many events, not one event; a day's
        # "will receive some 120,000 visitors" too, but not "30 officials visited on 8 May".
        if draft.date and any(_tallies(ctx, trigger, c, after_only=len(draft.date) == 10)
                              for c in counted.between(trigger.start - 30, trigger.end + 51)):
            continue
        _mechanism_of(ctx, draft, trigger)
        draft.ordinal = _ordinal_before(ctx, trigger.start) or _ordinal_after(ctx, trigger.end)
        _actors(ctx, draft, s, _own_clauses(ctx, draft, trigger, e, dated), used_orgs, near=trigger.start)
        _sides_before(ctx, draft, previous, used_orgs, drafts)
        if draft.cls == "Visit":
            _destination(ctx, draft, trigger, s, e)
        agreement = next(iter(signed.between(s, e)), None)
        if draft.cls == "Signing":
            if agreement is None:
                continue  # "signed many agreements": no agreement to tie the signing to
            told_before = any(len(d.date or "") == 10 for d in drafts)
            if draft.date is None and not told_before \
                    and len(_named_before(ctx, draft.participants, s, agreement.start)) < 2:
                continue  # "after the signing of the MoU between ...": a mention of the agreement, not a told event
            draft.agreement = agreement
        told_kinds = {d.cls for d in drafts}
        drafts.append(draft)
        numbered = _numbered(ctx, own, trigger, draft)
        drafts.extend(_companions(ctx, [t for t in own if t not in numbered and not _definite(ctx, t, told_kinds)],
                                  draft, agreement))
        drafts.extend(_numbered_others(ctx, numbered, trigger, draft, used_orgs, dated))
        _fold_editions(drafts, editions, s)
    _same_series(drafts)
    _lede_where(ctx, drafts, datelines, filed_at)
    _both_sides(ctx, drafts)
    _named_sides(ctx, drafts)
    _member_sides(ctx, drafts)
    drafts = _during_visit(ctx, drafts)
    _same_place(ctx, drafts)
    drafts = _merge_editions(ctx, _on_the_occasion(ctx, drafts))
    drafts = _merge_same(ctx, [d for d in drafts if (d.participants or d.locations or d.mechanism) and not _in_general(d)])
    for d in drafts:  # the occasion's place may be told after the event's own sentence
        if d.occasion is not None and not d.locations:
            d.locations |= _final(d.occasion).locations
    return drafts


def _in_general(draft: EventDraft) -> bool:
    """"năm 2023, tổng kim ngạch …", "中越人文交流年，2024年": an event word dated only to a year, tied to
    no series or edition and not named by that year, speaks of activity in general, not of one event told."""
    return len(draft.date or "") == 4 and draft.mechanism is None and draft.ordinal is None and not draft.named_year


def _final(draft: EventDraft) -> EventDraft:
    """The draft another one was merged into, if any."""
    while draft.merged_into is not None:
        draft = draft.merged_into
    return draft


def _own_clauses(ctx: Context, draft: EventDraft, trigger: Match, e: int, dated: StartIndex) -> int:
    """Where the event's own clauses end: "…die dritte Sitzung ab; die zweite hatte im Oktober in der
    Stadt Dien Bien Phu getagt": a clause after a semicolon that another date heads tells of another time."""
    for m in re.finditer(r"[;；؛]", ctx.text[trigger.end:e]):
        cut = trigger.end + m.start()
        if any(d.value != draft.date for d in dated.between(cut, e)):
            return cut
    return e


def _mechanism_of(ctx: Context, draft: EventDraft, trigger: Match) -> None:
    """"the 11th conference of the Joint Working Committee": the mechanism is named near its event's
    word; one named far off in the sentence is what the event was for or about."""
    mechanisms = [f for f in ctx.found_between(draft.start, draft.end) if f.cls == "Mechanism"
                  and min(abs(f.start - trigger.end), abs(trigger.start - f.end)) <= _MECHANISM_REACH]
    if not mechanisms and ctx.lang.possessives & set(ctx.text[max(draft.start, trigger.start - 30):trigger.start].split()[-3:]):
        # "Den gemensamma arbetsgruppen för … höll på tisdagen sitt 5:e möte": the subject's own meeting
        mechanisms = [f for f in ctx.found_between(draft.start, trigger.start) if f.cls == "Mechanism"][-1:]
    if not mechanisms:
        return
    mechanism = min(mechanisms, key=lambda f: abs(f.start - trigger.start))
    draft.mechanism = mechanism.iri
    classes = ctx.common.get("mechanism_events", {})
    if draft.cls == "Meeting" and draft.mechanism in classes:
        draft.cls = classes[draft.mechanism]  # a "meeting" of a committee is its session
    elif draft.cls in _TALKS and mechanism.head in _TALKS:
        draft.cls = mechanism.head  # "Hội nghị lần thứ tư Tổ công tác chung": a working group's session


def _sides_before(ctx: Context, draft: EventDraft, previous: tuple[int, int] | None, used_orgs: set[int],
                  told: list[EventDraft]) -> None:
    """"They agreed at a meeting in Pingxiang on Friday": the parties are in the sentence before."""
    where = draft.locations | {a for loc in draft.locations for a in ctx.ancestors(loc)}
    if told and _any_between(ctx.matches(ctx.lang.both_sides), draft.start, draft.end):
        return  # "the two sides attended ...": the sides of the event told before (_both_sides)
    if draft.participants <= where and previous is not None:
        lead = EventDraft(draft.cls, *previous)
        _actors(ctx, lead, *previous, used_orgs)
        draft.participants = lead.participants | draft.participants


def _companions(ctx: Context, in_sentence: list[Match], draft: EventDraft, agreement: Found | None) -> list[EventDraft]:
    """"the delegation visiting Ha Giang held talks and signed ...": each kind of event the sentence
    tells is an event of its own, on the same day with the same sides."""
    out = []
    for other in _other_kinds(ctx, in_sentence, draft, agreement) if draft.mechanism is None else ():
        also = EventDraft(str(other.value), draft.start, draft.end, date=draft.date,
                          participants=set(draft.participants), locations=set(draft.locations),
                          spans=list(draft.spans[:1]))
        # "tổ chức phiên họp lần thứ 2 Tổ công tác chung ... và ký Biên bản": each its own edition
        also.ordinal = _ordinal_before(ctx, other.start) or _ordinal_after(ctx, other.end)
        _mechanism_of(ctx, also, other)
        received = any(r.start == other.start for r in ctx.matches(ctx.lang.reception))
        also.received = received
        if also.cls == "Visit" and not also.locations and not received:
            _destination(ctx, also, other, draft.start, draft.end)  # else the talks' venue is where it went
        if also.cls == "Signing":
            also.agreement = agreement
        out.append(also)
    return out


def _placed_later(ctx: Context, told: EventDraft, s: int, e: int, used_orgs: set[int], word: Match) -> None:
    """"Lors de l'entretien, qui s'est tenu dans la ville de Pingxiang": a sentence about an event told
    before may say where it was; a place within the one known (or the first one) is the more exact."""
    again = EventDraft(told.cls, s, e)
    _actors(ctx, again, s, e, used_orgs, near=word.start)
    if again.locations and all(old in ctx.ancestors(new) for old in told.locations for new in again.locations):
        told.locations = again.locations


def _fold_editions(drafts: list[EventDraft], editions: list[EventDraft], s: int) -> None:
    """"… zu ihrer 7. Konferenz im Rahmen des Zollkooperationsmechanismus": the event a sentence's
    event word tells in a mechanism it names is that mechanism's event, whatever class the bare
    name would give it."""
    told = [d for d in drafts if d.start >= s and d.mechanism and all(d is not e for e in editions)]
    for edition in editions:
        target = next((d for d in told if d.mechanism == edition.mechanism), None)
        if target is not None:
            target.ordinal = target.ordinal or edition.ordinal
            target.spans.extend(edition.spans)
            drafts.remove(edition)


def _numbered_others(ctx: Context, numbered: list[Match], trigger: Match, draft: EventDraft,
                     used_orgs: set[int], dated: StartIndex) -> list[EventDraft]:
    """"… held its 5th meeting in Trung Khanh, while the border stations carried out their 12th joint
    patrol in Dam Thuy": another event word of the sentence with an edition number of its own tells
    an event of its own on the same day, read from its clause. One its clause dates after it ("un an
    après la 4e conférence organisée en juin 2024") is told in passing."""
    out = []
    for other in numbered:
        after = other.start > trigger.end
        low, high = (trigger.end, draft.end) if after else (draft.start, trigger.start)
        breaks = [m.end() for m in re.finditer(r"[,;،，；]", ctx.text[low:other.start])]
        start = low + breaks[-1] if breaks else other.start if after else low
        if dated.between(other.end, high):
            continue
        also = EventDraft(str(other.value), start, high, date=draft.date, spans=[(start, high)],
                          ordinal=_ordinal_before(ctx, other.start) or _ordinal_after(ctx, other.end))
        _mechanism_of(ctx, also, other)
        _actors(ctx, also, start, high, used_orgs, near=other.start)
        out.append(also)
    return out


def _definite(ctx: Context, word: Match, told_kinds: set[str]) -> bool:
    """"…, Nong Duc Manh told the meeting": an event word after a definite article, of a kind the text
    told before, is that event, not another one the sentence tells."""
    before = ctx.text[max(0, word.start - 12):word.start].split()
    return str(word.value) in told_kinds and bool(before) and before[-1] in ctx.lang.articles


def _numbered(ctx: Context, own: list[Match], trigger: Match, draft: EventDraft) -> list[Match]:
    """The sentence's other event words with an edition number of their own."""
    return [t for t in own if (t.end <= trigger.start or t.start >= trigger.end)
            and (_ordinal_before(ctx, t.start) or _ordinal_after(ctx, t.end)) not in (None, draft.ordinal)]


def _other_kinds(ctx: Context, in_sentence: list[Match], draft: EventDraft, agreement: Found | None) -> list[Match]:
    """One trigger per other kind of event in the sentence (a signing only with its agreement);
    a reception is also the received delegation's visit."""
    out: dict[str, Match] = {}
    reception = next((r for r in ctx.matches(ctx.lang.reception) if draft.start <= r.start < draft.end), None)
    if reception is not None and draft.cls != "Visit":
        out["Visit"] = Match(reception.start, reception.end, "Visit")
    for t in in_sentence:
        kind = str(t.value)
        if kind not in _COMPANION_KINDS or kind == draft.cls or kind in out or (kind == "Signing" and agreement is None):
            continue
        out[kind] = t
    return list(out.values())


def _reference(ctx: Context, drafts: list[EventDraft], trigger: Match, s: int,
               dated: list[int]) -> tuple[EventDraft, int] | None:
    """The event told before that a time phrase around this event word refers to ("after the
    talks", "会谈前一天"), and the days it adds; None when the word tells an event of its own,
    as one its clause dates does ("在18日举行的招商推介会上")."""
    if any(s <= d < trigger.start for d in dated):
        return None
    before = ctx.text[max(s, trigger.start - 30):trigger.start].rstrip()
    words = before.split()
    if words and words[-1] in ctx.lang.indefinite_articles or ctx.lang.definite_prefixes \
            and not ctx.text[trigger.start:trigger.end].startswith(ctx.lang.definite_prefixes):
        return None
    if words and (words[-1] in ctx.lang.articles or len(words[-1]) <= 3 and words[-1].endswith("'")):
        before = before[:len(before) - len(words[-1])].rstrip()  # "after the talks", "lors de l'entretien"
    offset = next((v for k, v in ctx.lang.reference_before.items()
                   if before.endswith(k) and (len(before) == len(k) or not before[-len(k) - 1].isalnum() or not ctx.lang.latin)), None)
    if offset is None:
        after = ctx.text[trigger.end:trigger.end + 12].lstrip()
        offset = next((v for k, v in ctx.lang.reference_after.items() if after.startswith(k)), None)
    if offset is None:
        return None
    kind = str(trigger.value)
    # "tại Hội nghị lần thứ ba, tổ chức hồi tháng 8/2024": a date or an edition of its own makes it another event
    if any(trigger.end <= d < trigger.end + 40 for d in dated):
        return None
    ordinal = _ordinal_before(ctx, trigger.start) or _ordinal_after(ctx, trigger.end)
    candidates = [d for d in reversed(drafts) if d.start < s and (d.cls == kind or d.cls in _TALKS and kind in _TALKS)
                  and (ordinal is None or d.ordinal in (None, ordinal))]
    # "After the talks": the talks the article is about, the first it dates to the day, rather than
    # a side meeting told later ("the evening before, X had received ...").
    main = [d for d in reversed(candidates) if len(d.date or "") == 10]
    told = next((d for d in main if d.cls == kind), None) or next(iter(main), None) \
        or next((d for d in candidates if d.cls == kind), None) or next(iter(candidates), None)
    if told is None and kind == "Event" and ordinal is None:
        # "开幕式前", "after the opening ceremony": a ceremony is part of the event told before it.
        told = next((d for d in reversed(drafts) if d.start < s and len(d.date or "") == 10), None) \
            or next((d for d in reversed(drafts) if d.start < s), None)
    return (told, offset) if told is not None else None


def _told_before(ctx: Context, drafts: list[EventDraft], trigger: Match, s: int) -> EventDraft | None:
    """A sentence that opens with a definite article and an event word ("La conférence s'est
    déroulée ...", "The meeting agreed ...") speaks of the event of that kind told last."""
    opening = ctx.text[s:trigger.start].split()
    # "وحضر الحفل ...", "وخلال الاجتماع": where the article is written on the word, a definite event
    # word after the sentence's verb or preposition is the one told.
    definite = bool(ctx.lang.definite_prefixes) and ctx.text.startswith(ctx.lang.definite_prefixes, trigger.start)
    if len(opening) > 1 or opening and not definite \
            and opening[0].rstrip("'") not in ctx.lang.articles | {a + "'" for a in ctx.lang.articles}:
        return None  # no article (Vietnamese, Chinese, "Talks focused on ...") reads the same way
    return next((d for d in reversed(drafts) if d.cls == str(trigger.value) and d.start < s), None)


def _both_sides(ctx: Context, drafts: list[EventDraft]) -> None:
    """"The two sides signed the minutes", "双方签署": an event whose sides the sentence names only
    as "both sides" has the sides of the event told before it."""
    phrases = ctx.matches(ctx.lang.both_sides)
    ordered = sorted(drafts, key=lambda d: d.start)
    for i, d in enumerate(ordered):
        if not _any_between(phrases, d.start, d.end) or len(_sides(ctx, d)) >= 2:
            continue
        if d.occasion is not None and len(_sides(ctx, d.occasion)) >= 2:
            d.participants |= d.occasion.participants  # "Kết thúc hội nghị, hai bên đã ký ...": its sides
            continue
        told = [o for o in reversed(ordered[:i]) if o.start < d.start and len(_sides(ctx, o)) >= 2]
        # "Ambas partes firmaron un acta": what is signed is signed at talks, not at a patrol told between.
        before = next((o for o in told if d.cls == "Signing" and o.cls in _TALKS), None) or next(iter(told), None)
        if before is not None:
            d.participants |= before.participants


def _named_sides(ctx: Context, drafts: list[EventDraft]) -> None:
    """"Före samtalen hade den kinesiska delegationen tagits emot av X", "die Gäste": a side the sentence
    names by its country, or as the guests, is that side of the event told before (its occasion first)."""
    by_country, guests = ctx.matches(ctx.lang.country_sides), ctx.matches(ctx.lang.guest_words)
    if not by_country and not guests:
        return
    ordered = sorted(drafts, key=lambda d: d.start)
    for i, d in enumerate(ordered):
        told = ([d.occasion] if d.occasion is not None else []) + list(reversed(ordered[:i]))
        for m in (m for m in by_country if d.start <= m.start < d.end):
            country = str(m.value)
            if any(_in_country(ctx, p, country) for p in _sides(ctx, d)):
                continue
            before = next((o for o in told if o.start < d.start and any(_in_country(ctx, p, country) for p in _sides(ctx, o))), None)
            if before is not None:
                d.participants |= {p for p in _sides(ctx, before) if _in_country(ctx, p, country)}
        if len(_sides(ctx, d)) < 2 and any(d.start <= m.start < d.end for m in guests):
            visit = next((o for o in told if o.cls == "Visit" and o.start < d.start), None)
            if visit is not None:
                d.participants |= _sides(ctx, visit) - {a for loc in visit.locations for a in ctx.ancestors(loc) | {loc}}


def _in_country(ctx: Context, iri: str, country: str) -> bool:
    """Whether a side lies in a country: a place within it, or a body whose jurisdiction is."""
    entry = ctx.entries.get(iri)
    places = {iri, *(entry.jurisdiction if entry else ()),
              *(o for f in ctx.found if f.iri == iri for p, o in f.links if p in ("jurisdiction", "locatedIn"))}
    return any(p == country or country in ctx.ancestors(p) for p in places)


def _sides(ctx: Context, d: EventDraft) -> set[str]:
    """The actors of an event other than where it happened and the countries around it."""
    return {p for p in d.participants - d.locations
            if p not in ctx.entries or ctx.entries[p].cls != "Country"}


def _member_sides(ctx: Context, drafts: list[EventDraft]) -> None:
    """An edition of a mechanism with standing members ("the Spring Meeting between the Party
    secretaries of the four provinces and Guangxi") has those members as its sides, as they
    existed on its date, when the text names no side outside them."""
    for d in drafts:
        entry = ctx.entries.get(d.mechanism or "")
        if entry is None or not entry.member_sides:
            continue
        sides = {m for m in entry.member_sides if m in ctx.entries and _existed(ctx.entries[m], d.date or ctx.date)}
        places = {p for p in d.participants if p in ctx.entries and ctx.entries[p].cls in ("Province", "AutonomousRegion")}
        if places <= sides:
            d.participants |= sides


def _existed(entry, day: str | None) -> bool:
    """Whether a lexicon entry existed on a (possibly partial) day; today's when the day is unknown."""
    if not day:
        return entry.valid_until is None
    return (entry.valid_from or "")[:len(day)] <= day and (entry.valid_until is None or day <= entry.valid_until[:len(day)])


def _same_place(ctx: Context, drafts: list[EventDraft]) -> None:
    """"organised on 6 and 7 January in the same city": an event placed by reference to the one told
    before it takes that one's place."""
    phrases = ctx.matches(ctx.lang.same_place)
    ordered = sorted(drafts, key=lambda d: d.start)
    for i, d in enumerate(ordered):
        if d.locations or not _any_between(phrases, d.start, d.end):
            continue
        before = next((o for o in reversed(ordered[:i]) if o.locations and o.start < d.start), None)
        if before is not None:
            d.locations |= before.locations
    # An event of the same day the article places nowhere else happened where that day's first did.
    for d in ordered:
        if not d.locations and len(d.date or "") == 10:
            first = next((o for o in ordered if o.date == d.date and o.locations), None)
            if first is not None:
                d.locations |= first.locations


def _during_visit(ctx: Context, drafts: list[EventDraft]) -> list[EventDraft]:
    """"hat vom 12. bis 14. August die Stadt Pu'er besucht. Am Dienstag wurden die Gäste … empfangen":
    what the text places nowhere, in the days of a visit told before it, happened where the visit went,
    and the guests' reception is no new visit of theirs."""
    ordered = sorted(drafts, key=lambda d: d.start)
    dropped = set()
    for d in ordered:  # "Chuyến thăm … diễn ra từ ngày 17 đến 19/9": it went where its talks were
        if d.cls == "Visit" and not d.locations and len(d.date or "") == 10:
            held = next((o for o in ordered if o.cls != "Visit" and o.locations and len(o.date or "") == 10
                         and 0 <= (date.fromisoformat(o.date or "") - date.fromisoformat(d.date or "")).days <= _VISIT_DAYS
                         and _sides(ctx, o) & _sides(ctx, d)), None)
            if held is not None:
                d.locations |= held.locations
    for i, d in enumerate(ordered):
        if len(d.date or "") != 10 or d.locations and not d.received:
            continue
        visit = next((o for o in reversed(ordered[:i]) if o.cls == "Visit" and o.locations and len(o.date or "") == 10
                      and 0 <= (date.fromisoformat(d.date or "") - date.fromisoformat(o.date or "")).days <= _VISIT_DAYS), None)
        if visit is None or d.locations - visit.locations:
            continue
        if d.cls == "Visit" and d.received:
            dropped.add(id(d))
            visit.spans.extend(d.spans)
        else:
            d.locations |= visit.locations
    return [d for d in drafts if id(d) not in dropped]


def _same_series(drafts: list[EventDraft]) -> None:
    """"… kể từ Hội nghị lần thứ 15": a numbered edition that names no mechanism is one of the series
    the article numbers, when it numbers editions of one mechanism of that class."""
    for d in drafts:
        if d.ordinal is not None and d.mechanism is None:
            # "Hội nghị lần thứ ba" of a working group whose sessions are Meetings: a session word
            # numbers the series whatever class the bare word gives it.
            series = {(o.mechanism, o.cls) for o in drafts if o.mechanism and o.ordinal not in (None, d.ordinal)
                      and (o.cls == d.cls or o.cls in _TALKS and d.cls in _TALKS)}
            if len(series) == 1:
                d.mechanism, d.cls = series.pop()


def _lede_where(ctx: Context, drafts: list[EventDraft], datelines: list[tuple[int, int]], filed_at: str | None) -> None:
    """"Dien Bien, 11 Nov (VNA) - ... held today in this locality ...": the lede's event that names
    no place happened where the report was filed."""
    if filed_at is None or not datelines:
        return
    lede = next((d for d in sorted(drafts, key=lambda d: d.start) if d.start >= datelines[0][0]), None)
    if lede is None or lede.locations or lede.start > datelines[0][1] + 400:
        return
    # "Hanoi (VNA) - Lang Son received ...": a dateline away from every side the lede places says
    # where the report was filed, not where the event was.
    origins = {f.iri for f in ctx.found if lede.start <= f.start < lede.end and _origin(ctx, f.start)}
    placed = {p for p in lede.participants if p in ctx.entries and ctx.entries[p].cls in PARTICIPANT_PLACES} - origins
    if placed and not any(p == filed_at or filed_at in ctx.ancestors(p) or p in ctx.ancestors(filed_at)
                          for p in placed):
        return
    # "Quang Ninh, 18 okt (VNA) – Gränsdistriktet Hai Ha … tog emot …": the one side within the
    # dateline's place is the more exact place.
    within = [p for p in placed if filed_at in ctx.ancestors(p)]
    where = within[0] if len(within) == 1 else filed_at
    for told in drafts:  # the lede's event and its companions (a reception's visit)
        if told.start == lede.start and not told.locations:
            told.locations.add(where)
            told.participants.add(where)


def _on_the_occasion(ctx: Context, drafts: list[EventDraft]) -> list[EventDraft]:
    """"At the end of the conference the sides signed the minutes": a signing the text does not
    date (or dates after publication, which is a plan) happened at the event told just before."""
    last: EventDraft | None = None
    talks: EventDraft | None = None  # the last talks: what is signed is signed there, not at a patrol
    for d in sorted(drafts, key=lambda d: d.start):
        if d.date and ctx.date and d.date[:len(ctx.date)] > ctx.date[:len(d.date)]:
            d.date = None
        occasion = d.occasion if d.cls == "Signing" and d.occasion is not None else \
            talks or last if d.cls == "Signing" and d.agreement is not None and (d.date is None or len(d.date) == 4) else None
        if occasion is not None:
            d.date = occasion.date
            if not d.locations:
                d.locations |= occasion.locations
            if len(_sides(ctx, d)) < 2:
                d.participants |= occasion.participants
        elif d.date and len(d.date) == 10:
            last = d
            talks = d if d.cls in _TALKS else talks
    return drafts


def _named_before(ctx: Context, iris: set[str], start: int, end: int) -> set[str]:
    """The signers an undated signing names as such: actors before the agreement's name."""
    return {f.iri for f in ctx.found_between(start, end) if f.iri in iris}


def _tallies(ctx: Context, trigger: Match, count: int, after_only: bool = False) -> bool:
    """A count of events in the trigger's own clause ("received 41 delegations", "41 delegations
    visited"), not one in a clause of its own (", and their guards held 12 meetings")."""
    if trigger.end <= count <= trigger.end + 50:
        return not re.search(r"[,;،，；]", ctx.text[trigger.end:count])
    if trigger.start - 30 <= count < trigger.start and not after_only:
        return not re.search(r"[,;،，；]", ctx.text[count:trigger.start])
    return False


def _counted(text: str, start: int, dates: SpanSet) -> bool:
    """A number right before an event word counts it ("41 meetings"), unless it ends a date ("Am 7. Mai
    2024 trafen sich ...")."""
    low = max(0, start - 8)
    m = re.search(r"\d\s*$", text[low:start])
    return m is not None and not dates.overlaps(low + m.start(), low + m.start() + 1)


def _mechanism_events(ctx: Context, s: int, e: int, dates: StartIndex, used_orgs: set[int]
                      ) -> tuple[list[EventDraft], list[DateMention]]:
    """Each mechanism named in a sentence stands for one of its events: dated by a year right
    after it ("vårmötet 2024"), numbered by an ordinal before it, or undated (merged later)."""
    out, used_dates = [], []
    classes = ctx.common.get("mechanism_events", {})
    for mech in (f for f in ctx.found_between(s, e) if f.cls == "Mechanism"):
        year = next((d for d in dates.between(mech.end, mech.end + 3) if d.year_only), None)
        ordinal = _ordinal_before(ctx, mech.start) or _ordinal_after(ctx, mech.end) or _edition_in(ctx, s, e)
        cls = mech.head if mech.head in _TALKS else classes.get(mech.iri, "Meeting")
        draft = EventDraft(cls, s, e, date=_edition_date(mech, year, dates, s, e),
                           mechanism=mech.iri, ordinal=ordinal, spans=[(mech.start, year.end if year else mech.end)])
        _actors(ctx, draft, s, e, used_orgs, near=mech.start)
        if year is not None:
            used_dates.append(year)
        out.append(draft)
    return out, used_dates


def _edition_date(mech: Found, year: DateMention | None, dates: StartIndex, s: int, e: int) -> str | None:
    """"The 2020 Spring Meeting, held on 6 and 7 January": the sentence's day, when it agrees with
    the edition's year, dates the edition more precisely than the year does."""
    days = [d for d in dates.between(s, e) if not d.since and len(d.value) == 10
            and (year is None or d.value.startswith(year.value))]
    if days:
        return min(days, key=lambda d: abs(d.start - mech.start)).value
    return year.value if year else None


def _ordinal_before(ctx: Context, pos: int) -> int | None:
    """The edition number right before an event or mechanism ("the 15th", "13ª ronda de", "ihren 6.
    jährlichen Gesprächen")."""
    preceding = ctx.text[max(0, pos - 40):pos].split()
    while preceding and preceding[-1] in ctx.lang.ordinal_skips:  # "the 8th annual talks"
        pos = ctx.text.rfind(preceding.pop(), 0, pos)
    window = ctx.text[max(0, pos - 40):pos].rstrip()
    edition = next((w for w in ctx.lang.edition_words if window.endswith(w)), None)
    if edition is not None:
        pos = max(0, pos - 40) + len(window) - len(edition)
    before = ctx.text[max(0, pos - 12):pos].rstrip()
    tail = before.rsplit(None, 1)
    if len(tail) == 2 and tail[1] in ctx.lang.articles:
        before = tail[0]
    m = ctx.lang.ordinal.search(before.rstrip())
    if m and not re.search(r"(19|20)\d\d\s*$", before):
        return int(m.group(1))
    words = [o for o in ctx.matches(ctx.lang.ordinals, overlapping=True) if o.end <= pos and pos - o.end <= 3]
    if words:
        return int(words[-1].value)
    return _ordinal_over_name(ctx, pos)


def _ordinal_over_name(ctx: Context, pos: int) -> int | None:
    """"第十六届中越（东兴—芒街）国际商贸·旅游博览会", "the 16th China-Vietnam International Trade
    Fair": the ordinal that opens the event's proper name."""
    start = max(0, pos - 60)
    ordinals = [o for o in ctx.matches(ctx.lang.ordinals, overlapping=True) if start <= o.start and o.end <= pos]
    for o in reversed(ordinals):
        gap = ctx.text[o.end:pos]
        if re.search(r"[，。；、,;.!?：:\n]", gap):
            return None
        if ctx.lang.latin and any(not ctx.original_of(o.end + t.start(), o.end + t.start() + 1).isupper()
                                  and t.group() not in ctx.lang.link_tokens and t.group() not in ctx.lang.articles
                                  for t in re.finditer(r"[^\W\d_]+", gap)):
            return None  # "the first time ... fair": only a name's capitalised words may stand between
        return int(o.value)
    return None


def _ordinal_stated(ctx: Context, start: int, end: int) -> int | None:
    """An ordinal said of an event already told, close after its word ("The talks were the eighth
    since ...", "La réunion était la 5e")."""
    words = [o for o in ctx.matches(ctx.lang.ordinals, overlapping=True) if start <= o.start <= start + 25 and o.end <= end]
    if words:
        return int(words[0].value)
    m = re.search(r"\d{1,3}", ctx.text[start:min(end, start + 25)])
    return _ordinal_before(ctx, start + m.end() + 1) if m else None


def _ordinal_after(ctx: Context, end: int) -> int | None:
    """The edition number right after a name, where the language puts it there ("Hội chợ ... lần thứ
    25", "الاجتماع الحادي عشر", "دورتها الحادية عشرة")."""
    at = end + len(ctx.text[end:end + 16]) - len(ctx.text[end:end + 16].lstrip())
    skip = next((w for w in ctx.lang.ordinal_skips if ctx.text.startswith(w + " ", at)), None)
    if skip is not None:  # "phiên hội đàm định kỳ lần thứ 9": the regular talks' 9th
        at += len(skip) + 1
    after = ctx.text[at:at + 16]
    word = next((w for w in ctx.lang.ordinal_after if after.startswith(w)), None)
    if word is None:
        return _ordinal_word_at(ctx, at) if ctx.lang.ordinal_follows else None
    whole = _ordinal_word_at(ctx, at)  # "lần thứ ba": the table's phrase, not "ba" alone
    if whole is not None:
        return whole
    m = re.match(r"\s*(\d{1,3})\b", after[len(word):])
    if m:
        return int(m.group(1))
    rest = after[len(word):]
    return _ordinal_word_at(ctx, at + len(word) + len(rest) - len(rest.lstrip()))


def _ordinal_word_at(ctx: Context, at: int) -> int | None:
    return next((int(o.value) for o in ctx.matches(ctx.lang.ordinals, overlapping=True) if o.start == at), None)


def _edition_in(ctx: Context, s: int, e: int) -> int | None:
    """"... held its eleventh session in Mengzi": the one edition number a sentence gives with an
    edition word, for the mechanism it names away from it."""
    found = set()
    for w in ctx.lang.ordinal_after:
        for m in re.finditer(re.escape(w), ctx.text[s:e]):
            end = s + m.end()
            rest = ctx.text[end:end + 16]
            num = re.match(r"\s*(\d{1,3})\b", rest)
            value = int(num.group(1)) if num else _ordinal_word_at(ctx, end + len(rest) - len(rest.lstrip()))
            if value is not None:
                found.add(value)
    return found.pop() if len(found) == 1 else None


def _actors(ctx: Context, draft: EventDraft, s: int, e: int, used_orgs: set[int], near: int | None = None) -> None:
    """Who took part and where: venue places become locations, the other actors participants.
    Of venue places not within one another, the one nearest the event's word (`near`) is where it
    happened ("Bat Xat in der Provinz Lao Cai und Jinping ... in der Großgemeinde Jinhe ... Gesprächen")."""
    composite = ctx.indexed("composite", _composite_names)
    venues = ctx.lang.venue_words
    venue_end = -1
    side: tuple[int, set[str]] = (-1, set())  # where the last side named ends, and where it lies
    for f in ctx.found_between(s, e):
        inside = composite.contains_other(f.start, f.end)  # inside a name that is not f's own
        if f.cls in ORG_LIKE and not inside:  # where the body named last lies, though a post may hold it
            side = (f.end, {a for p in ctx.found_between(f.start, f.end) if p.cls in PARTICIPANT_PLACES
                            for a in ctx.ancestors(p.iri) | {p.iri}})
        if f.cls == "Person" or (f.cls in ORG_LIKE - {"Project"} and id(f) not in used_orgs and not inside):
            draft.participants.add(f.iri)
        elif f.cls in PARTICIPANT_PLACES and not inside:
            # "在中国云南省红河州河口县", "in Hekou, Yunnan, China": places chained after a venue place
            # say where too, down to the most specific one. "the city of Baise in Guangxi": a place
            # right after a side, that side lies in, says where the side is, not where the event was.
            lies_in = f.iri in side[1] and (_chained(ctx, side[0], f.start, venues) or _belongs(ctx, side[0], f.start))
            if _chained(ctx, venue_end, f.start) or not lies_in \
                    and _after_venue_word(ctx, max(s, f.start - 40), f.start, venues):
                draft.locations.add(f.iri)
                venue_end = f.end
            elif not _qualifier(ctx, f):
                draft.participants.add(f.iri)
                side = (f.end, ctx.ancestors(f.iri))
        elif f.cls in _VENUES and _after_venue_word(ctx, max(s, f.start - 40), f.start, venues):
            draft.locations.add(f.iri)  # "a ceremony at the Chi Ma - Aidian border gate pair"
            venue_end = f.end
    non_country = {loc for loc in draft.locations if loc not in ctx.entries or ctx.entries[loc].cls != "Country"}
    locations = non_country or draft.locations
    # The most specific place: "in Pingxiang, Guangxi" is in Pingxiang.
    draft.locations = {loc for loc in locations if not any(loc in ctx.ancestors(o) for o in locations)}
    if near is not None and len(draft.locations) > 1:
        nearest = min(draft.locations, key=lambda loc: _distance(ctx, loc, s, e, near))
        # "at the Chi Ma (Vietnam) - Aidian (China) border gate pair": both gates of a pair.
        draft.locations = {nearest} | ({loc for loc in draft.locations if ctx.entries.get(loc) and ctx.entries[loc].cls in _VENUES
                                        and _distance(ctx, loc, s, e, near) - _distance(ctx, nearest, s, e, near) <= 40}
                                       if nearest in ctx.entries and ctx.entries[nearest].cls in _VENUES else set())
    # The locality where it happens hosts it, so it and its province take part (a country only
    # says where).
    hosts = {h for h in non_country & draft.locations if h not in ctx.entries or ctx.entries[h].cls in PARTICIPANT_PLACES}
    draft.participants |= hosts | {a for h in hosts for a in ctx.ancestors(h)
                                   if ctx.entries.get(a) and ctx.entries[a].cls in ("Province", "AutonomousRegion")}


def _distance(ctx: Context, iri: str, s: int, e: int, at: int) -> int:
    """How far the nearest mention of `iri` in the sentence is from `at`."""
    return min((min(abs(f.start - at), abs(f.end - at)) for f in ctx.found_between(s, e) if f.iri == iri),
               default=10**6)


def _composite_names(found: list[Found]) -> SpanIndex:
    """Names that may hold other names: organisations, mechanisms, infrastructure, ..."""
    return SpanIndex((f.start, f.end) for f in found
                     if f.cls not in PLACE_CLASSES and f.cls != "Person" or f.cls == "Infrastructure")


def _any_between(matches: list[Match], start: int, end: int) -> bool:
    """`any(start <= m.start < end for m in matches)`, matches in text order."""
    at = bisect_left(matches, start, key=attrgetter("start"))
    return at < len(matches) and matches[at].start < end


def _chained(ctx: Context, previous_end: int, start: int, also: frozenset[str] = frozenset()) -> bool:
    """Only commas, brackets or "of"-words (or words in `also`) between the name before and this one."""
    if previous_end < 0 or start < previous_end or start - previous_end > 30:
        return False
    gap = ctx.text[previous_end:start].replace(",", " ").replace("(", " ").replace(")", " ").replace("،", " ")
    return all(token in ctx.lang.link_tokens or token in also for token in gap.split())


def _belongs(ctx: Context, side_end: int, start: int) -> bool:
    """"Fangcheng, som hör till staden Fangchenggang": a belonging phrase, then only "of"-words."""
    if side_end < 0 or not 0 <= start - side_end <= 60:
        return False
    gap = re.sub(r"[,،，(]", " ", ctx.text[side_end:start]).strip()
    phrase = next((w for w in ctx.lang.belonging_words if gap.startswith(w)), None)
    return phrase is not None and all(t in ctx.lang.link_tokens or t in ctx.lang.articles
                                      for t in gap[len(phrase):].split())


def _destination(ctx: Context, draft: EventDraft, trigger: Match, s: int, e: int) -> None:
    """What a visit visits: the place the visit verb governs ("visited the city of Pu'er",
    "hat ... Ha Giang besucht"), after the verb or, in verb-final clauses, right before it."""
    places = [f for f in ctx.found_between(s, e) if f.cls in PARTICIPANT_PLACES - {"Country"}
              and not _origin(ctx, f.start)]  # "eine Delegation aus ... Mong Cai empfangen": where it came from
    after = sorted((f for f in places if f.start >= trigger.end), key=lambda f: f.start)
    words = ctx.lang.link_tokens | ctx.lang.articles | ctx.lang.venue_words
    # "visited the city of Pu'er": the place the verb governs; else "the visit a delegation of Quang
    # Ninh paid to Guangxi": the first place after it that a venue word introduces.
    governed = [f for f in after if all(w in words for w in ctx.text[trigger.end:f.start].replace(",", " ").split())]
    introduced = [f for f in after if f.start - trigger.end <= 120
                  and _after_venue_word(ctx, max(s, f.start - 40), f.start, ctx.lang.venue_words)]
    before = [f for f in places if 0 <= trigger.start - f.end <= 25]
    target = governed[0] if governed else introduced[0] if introduced else \
        after[0] if after and after[0].start - trigger.end <= 40 else max(before, key=lambda f: f.end) if before else None
    # "hat ... die Stadt Pu'er in der Provinz Yunnan besucht": the place the province only locates.
    while target is not None and target in before:
        within = next((f for f in places if f.end <= target.start and target.iri in ctx.ancestors(f.iri)
                       and _chained(ctx, f.end, target.start, ctx.lang.venue_words)), None)
        if within is None:
            break
        target = within
    if target is not None:
        draft.locations = {target.iri}
        draft.participants.add(target.iri)


def _origin(ctx: Context, start: int) -> bool:
    """A place a delegation comes from: an origin word ("from", "aus", "từ", "来自") among the four
    words before it, in the same clause."""
    before = re.split(r"[,;:()\n،，；]", ctx.text[max(0, start - 50):start])[-1]
    if not ctx.lang.latin:
        return any(before.rstrip().endswith(w) or w in before[-12:] for w in ctx.lang.origin_words)
    tail = f" {' '.join(before.split()[-5:])} "
    return any(f" {w} " in tail for w in ctx.lang.origin_words)


def _after_venue_word(ctx: Context, start: int, end: int, venues: frozenset[str]) -> bool:
    """A venue word ("in", "tại", "在") among the three words before a place, in the same clause."""
    before = re.split(r"[,;:()\n]", ctx.text[start:end])[-1]
    if any(before.rstrip().endswith(v) for v in venues if not ctx.lang.latin and v):
        return True
    words = before.split()
    # "en la comuna de Sin Thau": place-type and "of"-words between the venue word and the name.
    while len(words) > 1 and words[-1] in ctx.lang.link_tokens and words[-1] not in venues:
        words.pop()
    tail = words[-3:]
    return any(" ".join(tail[i:j]) in venues for i in range(len(tail)) for j in range(i + 1, len(tail) + 1))


def _qualifier(ctx: Context, f: Found) -> bool:
    """"Mong Cai (Vietnam)": a place in brackets right after another name only says where that is."""
    before = ctx.text[max(0, f.start - 3):f.start]
    return f.cls in ("Country", "Province", "AutonomousRegion") and before.rstrip().endswith("(")


def _merge_editions(ctx: Context, drafts: list[EventDraft]) -> list[EventDraft]:
    """Merge what one article says of one mechanism's event: an undated or less precise mention
    joins the single most precise event of the same class and mechanism."""
    out: list[EventDraft] = []
    # `out` by class, and by class and mechanism (neither changes once a draft is in `out`)
    of_class: dict[str, list[EventDraft]] = {}
    of_mechanism: dict[tuple[str, str | None], list[EventDraft]] = {}
    for d in sorted(drafts, key=lambda d: -len(d.date or "")):
        target = None
        if d.mechanism:
            same = [o for o in of_mechanism.get((d.cls, d.mechanism), [])
                    if d.date is None or (o.date or "").startswith(d.date)]
            if len(same) == 1:
                target = same[0]
        elif len(d.date or "") < 10:
            # "Die 24. Auflage der Messe ...", "Ms La Binh said the 2025 fair ...": an undated or
            # less precise mention of the one event of its kind the article dates to the day is that
            # event; it may say which edition it is and who took part.
            same = [o for o in of_class.get(d.cls, []) if len(o.date or "") == 10 and (o.date or "").startswith(d.date or "")]
            if len(same) == 1:
                same[0].ordinal = same[0].ordinal or d.ordinal
                same[0].participants |= {p for p in d.participants if p not in ctx.entries}
                same[0].spans.extend(d.spans)
                d.merged_into = same[0]
                continue
            # "During the talks with the visiting delegation ...": what a visit told to the day
            # brought about happened during it.
            visits = [o for o in of_class.get("Visit", []) if len(o.date or "") == 10 and (o.date or "").startswith(d.date or "")]
            if len(visits) == 1 and d.cls in _DURING_VISIT and not same and d.date:
                d.date = visits[0].date
                d.locations = d.locations or set(visits[0].locations)
        if target is None:
            out.append(d)
            of_class.setdefault(d.cls, []).append(d)
            of_mechanism.setdefault((d.cls, d.mechanism), []).append(d)
            continue
        target.participants |= d.participants
        if not target.locations:
            target.locations |= d.locations
        target.ordinal = target.ordinal or d.ordinal
        target.spans.extend(d.spans)
        d.merged_into = target
    return [d for d in out if d.date or (d.cls == "Signing" and d.agreement is not None and len(d.participants) >= 2)]


def _merge_same(ctx: Context, drafts: list[EventDraft]) -> list[EventDraft]:
    """Two tellings of one event in one article: same class, date and mechanism, and the
    participants of one among the actors of the other. Different parties stay apart."""
    out: list[EventDraft] = []
    told: dict[tuple[str, str | None, str | None], list[EventDraft]] = {}  # `out` by class, date and mechanism
    for d in sorted(drafts, key=lambda d: -len(d.participants)):
        target = next((o for o in told.get((d.cls, d.date, d.mechanism), [])
                       if d.participants <= (o.participants | o.locations)), None)
        if target is None:
            out.append(d)
            told.setdefault((d.cls, d.date, d.mechanism), []).append(d)
            continue
        target.locations |= d.locations
        target.ordinal = target.ordinal or d.ordinal
        target.spans.extend(d.spans)
        d.merged_into = target
    for d in out:  # the most specific place of all the tellings
        d.locations = {loc for loc in d.locations if not any(loc in ctx.ancestors(o) for o in d.locations)}
    return out


__all__ = ["EventDraft", "find_events"]
