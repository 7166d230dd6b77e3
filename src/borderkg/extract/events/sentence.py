"""One sentence's events: the event its main event word tells, read from the sentence's structure,
its companions and the other numbered events it tells, and the events of the mechanisms it names."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from borderkg.extract.dates import DateMention
from borderkg.extract.entities import Context, Found
from borderkg.extract.events.actors import OBJECT_REACH, actors, destination, own_clauses, sides_before
from borderkg.extract.events.draft import PERSON, STEM, TALKS, EventDraft, led_sides, placed_within_a_country, sides_of, told_with_words
from borderkg.extract.events.ordinals import (
    edition_in,
    ordinal_after,
    ordinal_at,
    ordinal_before,
    ordinal_of,
    ordinal_of_times,
    ordinal_stated,
)
from borderkg.extract.matcher import Match
from borderkg.extract.posts import ORG_LIKE, PARTICIPANT_PLACES
from borderkg.extract.spans import SpanSet, StartIndex, space_after, space_before

_MECHANISM_REACH = 60
_EVENT_HEADS = ("Exhibition", "Exchange", "Event")
"""Kinds a mechanism named by its editions' event word holds ("the 15th … Trade and Tourism Fair")."""
# How far after the word of an event told again the place it names may be ("The talks were held at …").
_TOLD_PLACE_REACH = 120
# How far after a mechanism's name the clause that dates its edition may run ("… من جهة أخرى قد عقدت في مدينة
# كونمينغ في ديسمبر الماضي"): a long name of its members may stand between.
_EDITION_CLAUSE_REACH = 200
_CLAUSE_BREAK = re.compile(r"[,;:،，；؛]")
# (a headline's last word is no object of the lede's first verb: "… تعزيز التبادل الشعبي\n\nلاو كاي (…) - استقبل")
_CLAUSE_OR_LINE_BREAK = re.compile(r"[,;:،，；؛\n。]")
_SENTENCE_END = re.compile(r"[.!?。\n]")
_ORGANISED_REACH = 160
"""How far before an organiser's phrase the event word it names the hosts of may end."""
_COMMA_OR_SEMICOLON = re.compile(r"[,;،，；]")
_WORD = re.compile(r"\S+")
_COMMA_AFTER = re.compile(r"\s*[,،，]")
_COMMA_AROUND = re.compile(r"\s*[,،，]\s*")
_SHORT_WORD = re.compile(r"[^\W\d_]{1,3}\s+")
_NUMBER_AT_END = re.compile(r"(\d+[-–/])?\d+\s*$")
# Kinds of event told together in one sentence that are events of their own: a delegation's
# visit, the talks it held, what was signed there.
_COMPANION_KINDS = ("Visit", "Meeting", "Signing")
# Kinds of event a visit told in the same sentence brings about, where the visit went.
_DURING_A_VISIT = ("Meeting", "Signing")


@dataclass(frozen=True)
class Indexed:
    """A document's event words, dates, counts and agreements, indexed by where they start, so that
    each sentence reads only its own."""

    ctx: Context
    triggers: StartIndex
    dated: StartIndex
    counted: StartIndex
    signed: StartIndex
    used_orgs: set[int]
    rank: dict[str, int]


def read_sentence(doc: Indexed, drafts: list[EventDraft], s: int, e: int, previous: tuple[int, int] | None) -> None:
    """Add to `drafts` the events one sentence tells: the one its main event word tells, its
    companions and other numbered events, and those of the mechanisms it names."""
    told = len(drafts)
    _read_sentence(doc, drafts, s, e, previous)
    if len(drafts) > told:
        _earlier_edition_in_clause(doc, drafts, told, s, e)


def _earlier_edition_in_clause(doc: Indexed, drafts: list[EventDraft], told: int, s: int, e: int) -> None:
    """"la XI Reunión del Grupo de Trabajo Conjunto, en la que evaluaron los acuerdos de la reunión anterior, efectuada en
    Kunming en junio del año pasado": the edition before the one a mechanism's name tells in the sentence, dated in its
    own clause, is an event of that series; that clause's places are its, not the edition's."""
    ctx = doc.ctx
    phrase = next(iter(ctx.matches_starting(ctx.lang.previous_edition_words, s, e)), None)
    if phrase is None:
        return
    named = {f.iri for f in ctx.found_between(s, phrase.start) if f.cls == "Mechanism"}
    series = [d for d in drafts[told:] if d.mechanism in named]
    if len({d.mechanism for d in series}) != 1:
        return
    edition = series[-1]
    when = next((d for d in doc.dated.between(phrase.end, e) if not d.since), None)
    if when is None or edition.date is None or not when.value < edition.date[:len(when.value)]:
        return  # (an earlier time than the edition's, in the phrase's clause)
    earlier = EventDraft(edition.cls, phrase.start, e, date=when.value, mechanism=edition.mechanism,
                         ordinal=edition.ordinal - 1 if edition.ordinal and edition.ordinal > 1 else None,
                         spans=[(phrase.start, e)])
    actors(ctx, earlier, phrase.start, e, doc.used_orgs, near=phrase.start)
    theirs = {f.iri for f in ctx.found_between(phrase.start, e)} - {f.iri for f in ctx.found_between(s, phrase.start)}
    for d in drafts[told:]:
        d.locations -= theirs
        d.participants -= theirs
    earlier.participants = {p for p in earlier.participants | sides_of(ctx, edition) if not p.startswith(PERSON)}
    drafts.append(earlier)


def _read_sentence(doc: Indexed, drafts: list[EventDraft], s: int, e: int, previous: tuple[int, int] | None) -> None:
    ctx = doc.ctx
    in_sentence = [t for t in doc.triggers.between(s, e) if not _organises(ctx, t)]
    split = _second_telling(ctx, doc, s, e, in_sentence)
    if split is not None:
        read_sentence(doc, drafts, s, split, previous)
        read_sentence(doc, drafts, split, e, (s, split))
        return
    editions, edition_dates = _mechanism_events(ctx, s, e, doc.dated, doc.used_orgs, doc.signed)
    drafts.extend(editions)
    for edition in editions:  # "… desde la cuarta edición, celebrada en junio de 2024 en Kunming": another of the series
        drafts.extend(_elliptic_editions(ctx, edition, edition.spans[0][1], e, doc))
    if editions and previous is not None and ctx.lang.this_is_words:
        _edition_told_before(ctx, drafts, editions, s, e, previous)
    # "Last year's edition was hosted by the Chinese side in Pingxiang in November 2023": whatever its verb
    if _previous_edition(ctx, doc, drafts, s, e, worded=bool(in_sentence)) or not in_sentence:
        return
    # "会谈前一天 ... 开展了联合巡逻", "After the talks, the two sides signed ...": an event word
    # that dates another event by one already told is not the sentence's event.
    told_dates = [d for d in doc.dated.between(s, e) if not d.since]
    day_marks = [d.start for d in told_dates]
    years = [d.start for d in told_dates if d.year_only]
    said_on = {d.start: d.value for d in told_dates}
    references = {id(t): _reference(ctx, drafts, t, s, day_marks, years, said_on) for t in in_sentence}
    # "At the talks, Nam said the meeting was …": a definite word of the kind of the event the
    # sentence refers to is that event again.
    referred_events = [r[0] for r in references.values() if r is not None and r[1] == 0]
    # "I samband med mötet, som hölls vid Youyiguan i Pingxiang, ordnades också ett seminarium": where the event a word
    # refers to was, said in a relative clause right after the word, though the sentence tells an event of its own
    for t in in_sentence:
        if (r := references[id(t)]) is not None and r[1] == 0 and (clause := _relative_clause_after(ctx, t.end, e)):
            again = EventDraft(r[0].cls, *clause)
            actors(ctx, again, *clause, doc.used_orgs, near=t.start)
            if again.locations and not all(new in ctx.ancestors(old) | {old} for old in r[0].locations
                                           for new in again.locations):
                r[0].locations = again.locations
    own = [t for t in in_sentence if references[id(t)] is None
           and not any(_is_definite_reference(ctx, t, {r.cls} | (set(TALKS) if r.cls in TALKS else set()))
                       for r in referred_events)]
    # "Cette rencontre fait suite à la visioconférence que … avait tenue le 10 mars": the event after a demonstrative is
    # the one told; the sentence tells the other
    others = [t for t in own if not _after_demonstrative(ctx, s, t)]
    own = others or own
    for t in in_sentence:  # "Ngay sau phiên hội đàm định kỳ lần thứ 9": the talks were the 9th
        referred_to = references[id(t)]
        if referred_to is not None and referred_to[0].ordinal is None:
            referred_to[0].ordinal = ordinal_of(ctx, t)
    # "Wie Huang Lixin auf der Konferenz mitteilte, wurden von Januar bis Mai …": what was said at the
    # event told before; its dates are the figures'
    told_kinds = {d.cls for d in drafts} if own else set()
    # (the event words first: the speech words' pattern tries each of them at every offset of the sentence)
    if own and all(_is_definite_reference(ctx, t, told_kinds) for t in own) \
            and ctx.lang.speech_words is not None and (speech := ctx.lang.speech_words.search(ctx.text, s, e)) is not None:
        said_at = next(d for d in reversed(drafts) if d.cls == str(own[0].value))
        said_at.spans.append((s, e))
        if said_at.date is None:
            # "… cuộc làm việc được tổ chức sáng thứ Năm, hai bên đã thống nhất …": the one day told between the word
            # and what was said there is the undated event's
            said_days = {d.value for d in doc.dated.between(own[0].end, speech.start()) if not d.since and len(d.value) == 10}
            said_at.date = said_days.pop() if len(said_days) == 1 else None
        return
    if not own:
        at, (referred, offset) = next((t, r) for t in in_sentence if (r := references[id(t)]) is not None)
        referred.spans.append((s, e))
        _placed_later(ctx, referred, s, _naming_clause_end(ctx, at.end, e), doc.used_orgs, at)
        # "An der Zeremonie … nahmen Wei Guangming … und Le Hai Hoa … teil": the people it names took part
        if offset == 0:
            referred.participants |= {f.iri for f in ctx.found_between(at.end, e) if f.cls == "Person"}
        _editions_by_reference(drafts, editions, referred, at)
        # "Ngay sau phiên hội đàm …, hai bên tổ chức lễ kết nghĩa cụm dân cư lần thứ 3 …": an edition of
        # another kind the sentence tells happened when its time phrase says.
        if len(referred.date or "") == 10:
            day = (date.fromisoformat(referred.date or "") + timedelta(days=offset)).isoformat()
            _date_editions(drafts, [d for d in editions if d.cls != referred.cls], day)
        return
    # ("På tisdagsmorgonen togs delegationen emot av X, som föreslog att den första konferensen hålls …": the event
    # told, not the one proposed)
    chosen = max(([t for t in own if not _intended(ctx, s, t)] if len(own) > 1 else own) or own,
                 key=lambda t: doc.rank.get(str(t.value), 0))
    trigger = _gathered_for(ctx, s, own, chosen)
    if trigger is not chosen:  # (the verb tells no meeting of its own)
        own = [t for t in own if t is not chosen]
    told = _event_spoken_of(ctx, drafts, trigger, s, e, doc.dated)
    if told is not None:
        told.spans.append((s, e))  # "The conference took place within ...": the one just told
        # (a day told after another event word is that event's: "The talks followed a working session … on
        # November 10")
        its_days = {d.value for d in doc.dated.between(s, min([t.start for t in own if t.start > trigger.end], default=e))
                    if not d.since and len(d.value) == 10}
        if told.date is None and not any(d.date for d in drafts):
            # "… har patrullerat tillsammans … Patrullen genomfördes i fredags": the day a sentence about the
            # article's first event, told undated, gives is its day
            told.date = its_days.pop() if len(its_days) == 1 else None
        elif told.date is not None and len(told.date) < 10:
            # "… höll sina samtal för fjärde kvartalet 2024 … Samtalen ägde rum på måndagsförmiddagen": the one day in
            # its year or month that a sentence about it gives is its day
            if len(its_days) == 1 and (day := its_days.pop()).startswith(told.date):
                told.date = day
        # "وانعقدت المحادثات في البوابة الحدودية ترا لينه", "La cérémonie s'est tenue … à Quang Hoa": where, said right
        # after its word (not in a later clause of another time: "… desde que …, vecina directa de Yunnan")
        # ("会谈中，双方回顾了去年11月在蒙自市举行的第三次…会议": not in the clause of another time)
        if (placed := _placing_phrase_end(ctx, s, trigger.start)) is not None:  # "Organisée à Qushui, la rencontre …"
            _placed_later(ctx, told, s, placed, doc.used_orgs, trigger, said_of_it=True)
        _placed_later(ctx, told, trigger.start, _before_another_time(ctx, doc.dated, told, trigger.end,
                                                                      min(e, trigger.end + _TOLD_PLACE_REACH)),
                      doc.used_orgs, trigger, said_of_it=True)
        # "Mötet ingick i ramen för den fjärde årliga konferensen mellan provinsernas partisekreterare": an edition of
        # another series that framed it, held then
        framed = [d for d in editions if d.mechanism != told.mechanism
                  and (d.date is None and d.ordinal is not None or d.date is not None and (told.date or "").startswith(d.date))
                  and _framing(ctx, trigger.end, d.spans[0], edition=True)]
        if told.date is not None:
            for d in framed:
                d.date = told.date
        # "Samtalen hölls inom ramen för den mekanism för regelbundna gränsmöten …": the series it belongs to
        _editions_by_reference(drafts, [d for d in editions if d not in framed], told, trigger)
        # "Mötet leddes av Be Thi Yen och Lu Hongmei, …": the people it names took part in it
        told.participants |= {f.iri for f in ctx.found_between(trigger.end, e) if f.cls == "Person"}
        # "Mötet följde på ett besök förra månaden av en delegation …", "会谈中，双方回顾了去年11月…举行的第三次
        # 会谈": another kind of event, or another edition, that the sentence dates otherwise is an event of its own.
        # ("Chuyến thăm là hoạt động đáp lại chuyến thăm Cao Bằng của đoàn … hồi tháng 5 năm ngoái": one of its kind
        # that its clause dates to another time, too)
        others = [t for t in own if t.start > trigger.end and (str(t.value) != told.cls or (
            ordinal_of(ctx, t)) not in (None, told.ordinal) or _dated_otherwise(doc, t, told, e))]
        if not any(ordinal_of(ctx, t) for t in others):
            told.ordinal = told.ordinal or ordinal_stated(ctx, trigger.end, e)  # "The talks were the eighth"
        # "La firma tuvo lugar durante la visita de trabajo que realiza a Wenshan una delegación …": the event told
        # happened during another, not told before, which so includes its day
        framing = [t for t in others if _during(ctx, s, t)]
        drafts.extend(_framing_event(ctx, doc, told, t, e) for t in framing)
        # "La firma se produjo al término de las conversaciones que ambas partes sostuvieron …": talks the told event
        # closed, told here first, held that day
        closed = [t for t in others if t not in framing and str(t.value) in TALKS and told.cls not in TALKS
                  and (_time_phrase(ctx, s, t) or (None, 0))[0] == 0
                  and not any(d.cls in TALKS and d.date == told.date and d.start < s for d in drafts)][:1]
        for t in closed:
            talks = _framing_event(ctx, doc, told, t, e)
            drafts.append(talks)
            told.occasion = told.occasion or talks
        others = [t for t in others if t not in framing and t not in closed]
        if not others or not any(not d.since and d.value != told.date and d.start > trigger.end
                                 for d in doc.dated.between(s, e)):
            return
        # the rest of the sentence, from its clause after the told event's word, tells the other event
        s = _clause_start(ctx, trigger.end, others[0].start)
        own, s = others, s + len(ctx.text[s:e]) - len(ctx.text[s:e].lstrip())
        trigger = max(others, key=lambda t: doc.rank.get(str(t.value), 0))
    draft = EventDraft(str(trigger.value), s, e, spans=[(s, e)], like_told=_beside(ctx, trigger, ctx.lang.similar_words))
    # "I september träffades samma parter i Jinping för kvartalets tredje samtal": an event word of the same kind in
    # the clause of an unnumbered one numbers that event; it tells no other edition
    numbering = _numbers_its_event(ctx, own, trigger)
    if numbering is not None:
        own = [t for t in own if t is not numbering]
    # "本届博览会…从11月19日持续至24日", "…7月1日…之后，…这一博览会": an event word after a demonstrative is the
    # event told, whatever the sentence dates; undated, it joins that event when the tellings merge.
    demonstrative = _after_demonstrative(ctx, s, trigger)
    days = [] if demonstrative else doc.dated.between(s, e)
    # "Phát biểu tại buổi lễ, X đề nghị hai bên … giao lưu", "X在会谈中表示，…交流不断深化": what was said
    # at an event told before is no event of that day.
    by_reference = [r for r in references.values() if r is not None]
    said = bool(by_reference) and ctx.lang.speech_words is not None \
        and ctx.lang.speech_words.search(ctx.text, s, trigger.start) is not None
    # "… sedan den elfte konferensen, som hölls i maj i fjol, och undertecknade …": the date in the clause of
    # another edition the sentence numbers is that edition's (`_numbered_others`), not the sentence's event's
    others_clauses = _clauses_of_numbered(ctx, own, trigger, draft)
    # "Den första konferensen hölls i Hanoi i september 2004, och den åttonde ägde rum i Hai Phong den 21–24 november
    # 2017": an ordinal standing for the event word heads a clause of another edition, its date and places its own
    own_ordinal = ordinal_of(ctx, trigger)
    elliptic = [at for _, at, _ in _elliptic_ordinals(ctx, trigger.end, e, doc, own_ordinal)] if own_ordinal else []
    if elliptic:
        others_clauses = [*others_clauses, (min(elliptic), e)]
    # ("La délégation effectue depuis le 20 mars une visite", "الذي يزور مونغ كاي منذ السبت": the day a visit still going
    # on began, in the visit's clause, is the visit's)
    _date(ctx, draft, trigger, [d for d in days if (not d.since or draft.cls == "Visit" and _visit_since(ctx, trigger, d))
                                and d not in edition_dates and not _inside(others_clauses, d.start)
                                and not _commemorated(ctx, d, trigger, doc.triggers)],
          [] if said else by_reference)
    _then(ctx, drafts, draft, trigger, doc.dated)
    if draft.date is None and draft.cls == "Signing":
        opener = _signed_at_told_event(ctx, doc, drafts, draft, trigger, own, s, e)
        own = [t for t in own if t is not opener]  # (the event told, not a companion of the signing)
    if draft.date is None and _intended(ctx, s, trigger):
        return  # "孟德县愿与绿春县保持高层互访", "hoped to step up exchanges": a wish for such events, none told
    if draft.date is None and previous is not None and not said:
        _told_without_its_word(ctx, doc, drafts, draft, trigger, previous)
    # "In 2024 it received 41 delegations": a tally of many events, not one event; a day's
    # "will receive some 120,000 visitors" too, but not "30 officials visited on 8 May", nor a signing of a record
    # named beside the documents it counts ("وقّع الجانبان محضر المحادثات إلى جانب تسع وثائق").
    # ("năm 2023 Cao Bằng đã ký kết 15 văn bản, thỏa thuận hợp tác": a number before the first document names none)
    named_signing = draft.cls == "Signing" and any(a.start > trigger.end and not doc.counted.between(trigger.end, a.start)
                                                   for a in doc.signed.between(s, e))
    # "el jueves … las partes firmaron 14 contratos": what a day's signing counts was signed at one event
    counted_day_signing = draft.cls == "Signing" and len(draft.date or "") == 10 and any(
        _tallies(ctx, trigger, c, after_only=True) for c in doc.counted.between(trigger.end, min(e, trigger.end + 51)))
    # ("Cao Bang a accueilli 1,86 million de visiteurs au cours des huit premiers mois": undated, a period's tally too,
    # counted after its word; a count of the next sentence tallies that sentence's events: "… was officially opened.
    # Quang Ninh has so far signed 26 agreements")
    if not named_signing and not counted_day_signing \
            and any(_tallies(ctx, trigger, c, after_only=draft.date is None or len(draft.date) == 10)
                    for c in doc.counted.between(max(s, trigger.start - 30), min(e, trigger.end + 51))):
        return
    if not demonstrative:  # (the event told: not an edition of a series the sentence names beside it)
        _mechanism_of(ctx, draft, trigger, in_sentence)
    draft.ordinal = ordinal_of(ctx, trigger) or (ordinal_of(ctx, numbering) if numbering else None) \
        or _ordinal_in_apposition(ctx, trigger.end) \
        or _ordinal_set_off(ctx, trigger.end, e) or ordinal_of_times(ctx, trigger.end, e) \
        or _edition_in_clause(ctx, doc, trigger, e)
    clauses_end = min([own_clauses(ctx, draft, trigger, e, doc.dated), *elliptic])
    actors(ctx, draft, s, clauses_end, doc.used_orgs, near=trigger.start)
    if not draft.locations and (host := _hosting_place(ctx, s, trigger)) is not None:
        draft.locations = {host}
    if (gate := _opened_gate(ctx, trigger, s, clauses_end)) is not None:
        draft.locations = {gate}
    # "… sedan den elfte konferensen, som hölls i staden Lao Cai …": that edition's place and sides are not this event's
    if others_clauses:
        named = ctx.found_between(s, clauses_end)
        theirs = {f.iri for f in named if _inside(others_clauses, f.start)} \
            - {f.iri for f in named if not _inside(others_clauses, f.start)}
        draft.locations -= theirs
        draft.participants -= theirs
    sides_before(ctx, draft, previous, doc.used_orgs, drafts, subjectless=_subjectless(ctx, s, trigger))
    if draft.cls == "Visit":
        destination(ctx, draft, trigger, s, e)
    agreement = next(iter(doc.signed.between(s, e)), None)
    # "Two cooperation documents between X and Y were signed in Hanoi on February 19": a signing its own sentence
    # dates to the day, between two sides it names, is told whether or not it names what was signed
    # (or sides it names by their number, which the event told before names: "that the five localities signed in
    # Nanning on September 12, 2017")
    told_signing = draft.cls == "Signing" and len(draft.date or "") == 10 \
        and (len(led_sides(ctx, draft)) >= 2 or bool(ctx.matches_starting(ctx.lang.both_sides, s, e))) \
        and any(d.value == draft.date for d in doc.dated.between(s, e))
    if draft.cls == "Signing" and agreement is None and not counted_day_signing and not told_signing:
        # "signed many agreements": no agreement to tie the signing to; but "El memorando … fue rubricado en Mong Cai",
        # undated or on its day, tells again where the signing told before was
        signed = next((d for d in reversed(drafts) if d.cls == "Signing" and d.date), None)
        if signed is not None and draft.date in (None, signed.date):
            signed.spans.append((s, e))
            _placed_later(ctx, signed, trigger.start, _naming_clause_end(ctx, trigger.end, e), doc.used_orgs, trigger)
        return
    if draft.cls == "Signing" and agreement is not None:
        dated_before = any(len(d.date or "") == 10 for d in drafts)
        if draft.date is None and not dated_before \
                and len(_named_before(ctx, draft.participants, s, agreement.start)) < 2:
            return  # "after the signing of the MoU between ...": a mention of the agreement, not a told event
        if draft.date is None and agreement.end <= trigger.start and ctx.lang.agent_words \
                and ctx.text.startswith(ctx.lang.agent_words, space_after(ctx.text, trigger.end)) \
                and not set(ctx.text[max(s, trigger.start - 12):trigger.start].split()[-1:]) & ctx.lang.auxiliaries:
            # "el acuerdo de cooperación amistosa firmado por …": the agreement described by its signers ("Un compte
            # rendu … a été signé par les deux coprésidents" tells a signing)
            return
        draft.agreement = agreement
        if draft.date is None and draft.occasion is None and not by_reference and own == [trigger]:
            _signed_at_named_event(ctx, drafts, draft, agreement)
    told_kinds = {d.cls for d in drafts}
    drafts.append(draft)
    drafts.extend(_elliptic_editions(ctx, draft, clauses_end, e, doc))
    numbered = _numbered_words(ctx, own, trigger, draft) + _dated_after(ctx, own, trigger, draft, doc.dated)
    # "وعلى هامش الحفل، استقبل ...", "开幕式前…会见": guests received at an event told before came for
    # that event; their reception is no visit of its own.
    at_told_event = any(r is not None for r in references.values())
    companions = _companions(ctx, [t for t in own if t not in numbered and not _is_definite_reference(ctx, t, told_kinds)],
                             draft, agreement, doc.dated, reception_visit=not at_told_event)
    drafts.extend(companions)
    if draft.cls in _DURING_A_VISIT and not draft.locations:
        # "…率团赴越南高平省高平市开展工作访问，与高平市委代表团举行会谈": talks the sentence places nowhere were held
        # where the visit it tells went
        draft.locations |= next((set(c.locations) for c in companions if c.cls == "Visit" and c.locations), set())
    drafts.extend(_numbered_others(ctx, numbered, trigger, draft, doc.used_orgs, doc.dated))
    _fold_editions(drafts, editions, s)
    if draft.date is not None:  # "…签署了会谈纪要，并共同见证A村与B社缔结友好村屯关系": that clause's edition, that day
        # (and one that framed it: "…hölls i Ha Giang i mars 2023, i anslutning till den tredje sekreterarkonferensen")
        _date_editions(drafts, [d for d in editions if _claimed_in_later_clause(ctx, d.spans[0][0], trigger, in_sentence)
                                or d.spans[0][0] > trigger.end and _framing(ctx, trigger.end, d.spans[0])], draft.date)
        # "the third annual conference …, together with the ninth meeting of …, both hosted by Ha Giang in late March":
        # an edition joined to the next one named was held with it
        _date_editions(drafts, [first for first, second in zip(editions, editions[1:])
                                if any(ctx.text.find(w, first.spans[0][1], second.spans[0][0]) >= 0
                                       for w in ctx.lang.joined_event_words)], draft.date)


def _second_telling(ctx: Context, doc: Indexed, s: int, e: int, in_sentence: list[Match]) -> int | None:
    """"On May 7 the delegation arrived in Hekou, and on May 8 the two sides held talks in Mengzi": where a
    sentence tells two kinds of event, each in its own clause with a day of its own, the second clause is a
    telling of its own; where it starts."""
    if len(in_sentence) < 2 or all(str(t.value) == str(in_sentence[0].value) for t in in_sentence):
        return None
    # (a month too: "I september träffades samma parter i Jinping …, och så sent som i tisdags patrullerade de …")
    days = [d for d in doc.dated.between(s, e) if not d.since and len(d.value) >= 7]
    if len({d.value for d in days}) < 2 or not any(len(d.value) == 10 for d in days):
        return None
    first = in_sentence[0]
    for word in in_sentence[1:]:
        if str(word.value) == str(first.value) or word.start < first.end:
            continue
        # the second clause opens at the last break before its word, or before a day told ahead of the word
        # ("…, avant de tenir le lendemain à Longzhou la troisième session"; "opened … on Wednesday, followed on
        # Thursday, in the same city, by the seventh meeting": the second of two days ahead of it); else at an and-word
        ahead = [d.start for d in days if first.end < d.start < word.start]
        # (the second day only for a numbered edition: "la foire, qui s'achèvera samedi, …" gives no second event)
        for high in [*(ahead[1:] if ordinal_of(ctx, word) else []), min([word.start, *ahead])]:
            breaks = [m.end() for m in _COMMA_OR_SEMICOLON.finditer(ctx.text, first.end, high)] \
                or [first.end + m.start() for m in _WORD.finditer(ctx.text[first.end:high]) if m.group() in ctx.lang.and_words]
            if not breaks:
                continue
            split = breaks[-1]
            before = [d.value for d in days if d.start < split]
            after = [d.value for d in days if d.start >= split]
            if before and after and before[-1] != after[0]:
                return split
    return None


def _subjectless(ctx: Context, s: int, trigger: Match) -> bool:
    """"… ledde provinsens delegation vid konferensen … och undertecknade dagen därpå ett protokoll": a clause that opens
    with an and-word and goes straight on to its verb shares the subject of the clause before."""
    words = ctx.text[s:trigger.start].split()
    return bool(words) and words[0] in ctx.lang.and_words and not ctx.found_between(s, trigger.start)


def _signed_at_named_event(ctx: Context, drafts: list[EventDraft], draft: EventDraft, agreement: Found) -> None:
    """"ont signé le procès-verbal de la conférence", "签署了会谈纪要": an undated signing of the record of an
    event of a kind told before was held at that event (the one of its kind dated to the day, last told)."""
    words = [t for t in ctx.matches(ctx.lang.triggers) if agreement.start <= t.start < agreement.end]
    kinds = {str(t.value) for t in words}
    candidates = [d for d in reversed(drafts) if d.cls in kinds and len(d.date or "") == 10 and d.start < draft.start]
    # ("ein Protokoll über die Ergebnisse des Treffens" after the Frühjahrstreffen and a talk the day before: the one
    # told with that word)
    told = told_with_words(ctx, candidates, words) or next(iter(candidates), None)
    if told is not None:
        draft.date, draft.occasion = told.date, told
        draft.locations = draft.locations or set(told.locations)


def _beside(ctx: Context, word: Match, qualifiers: tuple[str, ...]) -> bool:
    """One of `qualifiers` right before or right after a word (`similar_words`: "a similar exhibition", "một triển lãm
    tương tự"; `previous_words`: "المباراة السابقة")."""
    before = ctx.text[max(0, word.start - _QUALIFIER_REACH):word.start].rstrip()
    after = ctx.text[word.end:word.end + _QUALIFIER_REACH].lstrip()
    return any(before.endswith(w) or after.startswith(w) for w in qualifiers)


_QUALIFIER_REACH = 16


def _dated_otherwise(doc: Indexed, word: Match, told: EventDraft, e: int) -> bool:
    """A time after an event word, before the sentence's end, that is not the told event's nor within it."""
    return told.date is not None and any(not d.since and not told.date.startswith(d.value) and d.value != told.date
                                         for d in doc.dated.between(word.end, e))


def _gathered_for(ctx: Context, s: int, own: list[Match], trigger: Match) -> Match:
    """The exchange a verb of coming together (`gathering_words`) is for, when it is the next event word in the
    sentence, after an indefinite article ("met on the pitch on Wednesday for a friendship football match", "möttes i
    tisdags i ett kulturutbyte"); else the verb's own event."""
    if ctx.text[trigger.start:trigger.end] not in ctx.lang.gathering_words:
        return trigger
    after = min((t for t in own if t.start > trigger.end), key=lambda t: t.start, default=None)
    # ("sind am Samstag … zu einem Freundschaftsaustausch zusammengekommen": a verb at the clause's end, its exchange
    # right before it)
    before = max((t for t in own if t.end <= trigger.start and not ctx.text[t.end:trigger.start].strip()),
                 key=lambda t: t.start, default=None)
    if before is not None and str(before.value) == "Exchange":
        after = before
    if after is None or str(after.value) != "Exchange" or _during(ctx, s, after):
        return trigger  # (not "met on the sidelines of the exchange": a meeting held during it)
    # (not "met … to step up people-to-people exchanges", a topic, nor "had an exchange of views")
    leading = ctx.text[max(trigger.end if after.start > trigger.end else s, after.start - _ARTICLE_REACH):after.start].split()
    named = any(w in ctx.lang.indefinite_articles for w in leading)
    return after if named and ctx.text[after.start:after.end] not in ctx.lang.views_exchange_words else trigger


_ARTICLE_REACH = 24
"""How far before an exchange's word its indefinite article may stand (past an adjective: "a friendship football match",
"einem kulturellen Austausch")."""


def _during(ctx: Context, s: int, word: Match) -> bool:
    """A during-word (`during_words`, "durante", "lors de") and at most an article before the event word."""
    before = ctx.text[max(s, word.start - 40):word.start].split()
    if before and (before[-1] in ctx.lang.articles or before[-1] in ctx.lang.indefinite_articles):
        before.pop()
    return any(" ".join(before[-len(w.split()):]) == w for w in ctx.lang.during_words) if before else False


def _opened_gate(ctx: Context, trigger: Match, s: int, e: int) -> str | None:
    """"reopened the Hekou international border gate in Yunnan province", "河口口岸恢复通关": the gate an opening word
    (`opening_words`) governs, after it or before it in its clause, is where the opening was."""
    if ctx.text[trigger.start:trigger.end] not in ctx.lang.opening_words:
        return None
    gates = [f for f in ctx.found_between(s, e) if f.cls == "BorderGate"]
    after = [f for f in gates if trigger.end <= f.start <= trigger.end + OBJECT_REACH
             and not _COMMA_OR_SEMICOLON.search(ctx.text, trigger.end, f.start)]
    before = [f for f in gates if f.end <= trigger.start and trigger.start - f.end <= OBJECT_REACH
              and not _COMMA_OR_SEMICOLON.search(ctx.text, f.end, trigger.start)]
    # ("The Ma Lu Thang – Jinshuihe border gate pair in Phong Tho, the main trade route …, reopened": the gate the
    # sentence opens with is what reopened, past its apposition)
    first = next(iter(ctx.found_between(s, trigger.start)), None)
    subject = first if first is not None and first.cls == "BorderGate" \
        and len(ctx.text[s:first.start].split()) <= _SUBJECT_LEAD else None
    return after[0].iri if after else before[-1].iri if before else subject.iri if subject else None


_SUBJECT_LEAD = 2
"""How many words (an article, an adjective) may stand before the gate that opens a sentence as its subject."""


def _commemorated(ctx: Context, d: DateMention, trigger: Match, triggers: StartIndex) -> bool:
    """"ett seminarium om 75-årsdagen av Folkrepubliken Kinas grundande den 1 oktober 1949": a date a year or more
    before the report, after an anniversary word (`anniversary_words`) that follows the event word in its clause, with no
    event word between ("the tenth anniversary of the twinning signed in May 2013" tells a signing), is the day the
    anniversary marks, not the event's."""
    if ctx.date is None or d.start < trigger.end or int(d.value[:4]) > int(ctx.date[:4]) - 1:
        return False
    words = ctx.matches_ending(ctx.lang.anniversaries, max(trigger.end, d.start - _ANNIVERSARY_REACH), d.start)
    return any(not _CLAUSE_END.search(ctx.text, a.end, d.start) and not triggers.between(a.end, d.start) for a in words)


_ANNIVERSARY_REACH = 120
_CLAUSE_END = re.compile(r"[.;!?。；！？؛]")


def _intended(ctx: Context, s: int, trigger: Match) -> bool:
    """An intent word (`intent_words`) in the clause before the event word, within a few words of it, or right
    after it ("under which the 14th talks will be hosted by the Vietnamese side", "第十四次会谈将由越方承办")."""
    if ctx.lang.intent_words is None:
        return False
    start = _clause_start(ctx, max(s, trigger.start - _INTENT_REACH), trigger.start, _CLAUSE_OR_ASIDE)
    return ctx.lang.intent_words.search(ctx.text, start, trigger.start) is not None \
        or ctx.lang.intent_words.match(ctx.text, space_after(ctx.text, trigger.end)) is not None


_INTENT_REACH = 40


def _framing(ctx: Context, low: int, mechanism: Found | tuple[int, int], *, edition: bool = False) -> bool:
    """"… the 10th meeting, held in Kunming … on the sidelines of the fourth annual conference of the Party
    Secretaries": a during-word (`during_words`) in the clause before a mechanism, and an event word after it (or,
    for a numbered or dated `edition`, none: "Teil der Frühjahrsbegegnung 2026"), name an event that held the one
    told; the mechanism is that event's. ("im Rahmen des Zollkooperationsmechanismus", with no event word, names
    the framework of the one told.)"""
    named_at, named_end = (mechanism.start, mechanism.end) if isinstance(mechanism, Found) else mechanism
    start = _clause_start(ctx, max(low, named_at - _FRAME_REACH), named_at, _CLAUSE_OR_ASIDE)
    words = list(re.finditer(r"\S+", ctx.text[start:named_at]))
    for i in range(len(words)):
        for w in (*ctx.lang.during_words, *ctx.lang.framework_words):
            n = len(w.split())
            if " ".join(m.group() for m in words[i:i + n]) == w and i + n <= len(words):
                after = start + words[i + n - 1].end()
                return edition or any(after <= t.start < named_end for t in ctx.matches(ctx.lang.triggers))
    return False


_FRAME_REACH = 60
_CLAUSE_OR_ASIDE = re.compile(r"[,;:()\n،，；]")
"""What ends the clause before an event word or a mechanism: a comma, semicolon or colon, a bracket, a line."""


def _signed_at_told_event(ctx: Context, doc: Indexed, drafts: list[EventDraft], draft: EventDraft, trigger: Match,
                          own: list[Match], s: int, e: int) -> Match | None:
    """"Konferensen avslutades med att de båda sidorna undertecknade ett protokoll": an undated signing in a sentence
    that opens speaking of an event told before was signed there, that day. The word that speaks of it, if so."""
    opener = next((t for t in own if t.end <= trigger.start and str(t.value) != "Signing"), None)
    told = _event_spoken_of(ctx, drafts, opener, s, e, doc.dated) if opener is not None else None
    if told is None or told.date is None:
        return None
    draft.date = told.date
    draft.occasion = draft.occasion or told
    return opener


def _framing_event(ctx: Context, doc: Indexed, told: EventDraft, word: Match, e: int) -> EventDraft:
    """The event a during-word names, on the day of the event told that happened during it."""
    frame = EventDraft(str(word.value), word.start, e, date=told.date, spans=[(word.start, e)])
    actors(ctx, frame, word.start, e, doc.used_orgs, near=word.start)
    if frame.cls == "Visit":
        destination(ctx, frame, word, word.start, e)
    return frame


def _ordinal_in_apposition(ctx: Context, end: int) -> int | None:
    """"höll sina årliga gränssamtal, de sjätte i ordningen", "held talks, the sixth since 2018": an
    ordinal set off by a comma right after the event word says which edition it is."""
    m = _COMMA_AROUND.match(ctx.text[end:end + 4])
    if m is None:
        return None
    at = end + m.end()
    # an article between ("the", "de", "la"): a short word
    article = _SHORT_WORD.match(ctx.text[at:at + 8]) if ctx.lang.latin else None
    if article is not None:
        at += article.end()
    return ordinal_at(ctx, at)


def _edition_in_clause(ctx: Context, doc: Indexed, trigger: Match, e: int) -> int | None:
    """"افتُتح … معرض فيتنام - الصين الدولي للتجارة في دورته الثالثة والعشرين، …": an edition phrase (`ordinal_after`)
    after the event's name, in its clause and before any other event word, numbers it."""
    after = ctx.text[trigger.end:e]  # (copied once, not for each phrase)
    if not any(w in after for w in ctx.lang.ordinal_after):
        return None  # (most sentences have no edition phrase)
    following = next(iter(doc.triggers.between(trigger.end, e)), None)
    end = min(e, following.start if following is not None else e)
    comma = _COMMA_OR_SEMICOLON.search(ctx.text, trigger.end, end)
    return edition_in(ctx, trigger.end, comma.start() if comma is not None else end)


_SET_OFF_REACH = 80
_COMMA_SPACE = re.compile(r"[,،，]\s*")


def _ordinal_set_off(ctx: Context, end: int, e: int) -> int | None:
    """"genomförde en gemensam patrull den 12 maj, årets tredje, längs …", "conducted a joint patrol along a
    12-km stretch of the border, the first of four planned this year": an ordinal that the first comma after
    the event word sets off, after at most one word ("the", "årets"), numbers the event when nothing but a
    comma or "of" follows it (", the first secretary …" numbers a title, not the event)."""
    if not ctx.lang.latin:
        return None
    m = _COMMA_SPACE.search(ctx.text, end, min(e, end + _SET_OFF_REACH))
    if m is None or _CLAUSE_BREAK.search(ctx.text, end, m.start()) is not None:
        return None
    at = m.end()
    for _ in range(2):
        ordinal = ctx.matches_starting(ctx.lang.ordinals, at, at + 1, overlapping=True)
        # ("La précédente conférence du Comité de travail conjoint, la 11e, avait eu lieu …": a number with its suffix)
        suffixed = ctx.lang.suffixed_ordinal.match(ctx.text, at) if ctx.lang.suffixed_ordinal and not ordinal else None
        if ordinal or suffixed is not None:
            end, value = (suffixed.end(), int(suffixed.group(1))) if suffixed is not None else \
                max(((o.end, int(o.value)) for o in ordinal))
            after = ctx.text[end:end + 16].split(None, 1)
            if not after or after[0][0] in ",.;:" or after[0] in ctx.lang.name_joiners and after[0] != "and":
                return value or None
            return None
        token = re.match(r"[^\W\d_]+\s+", ctx.text[at:at + 16])
        if token is None:
            return None
        at += token.end()
    return None


def _began_before(ctx: Context, start: int) -> bool:
    """A began-word (`began_words`) right before `start`, past at most a weekday ("iniciada el lunes 29 de diciembre")."""
    if not ctx.lang.began_words:
        return False
    before = ctx.text[max(0, start - 40):space_before(ctx.text, start)]
    return any(before.endswith(w) or (at := before.rfind(w + " ")) >= 0 and len(before[at + len(w):].split()) <= 1
               for w in ctx.lang.began_words)


def _editions_by_reference(drafts: list[EventDraft], editions: list[EventDraft], referred: EventDraft, word: Match) -> None:
    """A sentence that speaks of an event told before and names a mechanism near its word: an undated
    edition of the referred event's kind is that event ("Bei den Gesprächen, der 9. Runde im Rahmen des
    …mechanismus"); one named far off is what the event was about or followed."""
    for edition in editions:
        named_at = edition.spans[0][0]
        if edition.date is not None or not word.end <= named_at <= word.end + _MECHANISM_REACH:
            continue
        if referred.mechanism is None and (edition.cls == referred.cls or edition.cls in TALKS and referred.cls in TALKS):
            referred.mechanism = edition.mechanism
            referred.ordinal = referred.ordinal or edition.ordinal
            referred.spans.extend(edition.spans)
            drafts.remove(edition)


def _date(ctx: Context, draft: EventDraft, trigger: Match, when: list[DateMention],
          references: list[tuple[EventDraft, int]]) -> None:
    """The day an event's sentence gives it, the most precise nearest its word; else the day of the
    event a time phrase refers it to ("the day after the talks")."""
    # ("Từ ngày 29.8 đến 2.9, đoàn … đã thăm …": a range keeps its start, however near its end stands to the word)
    ranges = [(first, last) for last in when for first in when if first.end <= last.start
              and _range_linked(ctx, first.end, last.start)]
    if ranges:
        lasts, last_of = {id(last) for _, last in ranges}, {id(first): last for first, last in ranges}
        when = [_range_start_in_year(d, last_of[id(d)]) if id(d) in last_of else d for d in when if id(d) not in lasts] or when
    if when:
        # ("concluyó hoy una visita de trabajo de tres días, iniciada el lunes 29 de diciembre": the day it began)
        began = [d for d in when if not d.since and _began_before(ctx, d.start)]
        told_at = max(began or when, key=lambda d: (len(d.value), -abs(d.start - trigger.start)))
        draft.date = told_at.value
        # "utställningsveckan … mellan Kina och Vietnam 2024": a bare year after the event's word, in
        # its clause and not after a preposition ("in 2024", "năm 2024"), is part of its name; one a comma
        # sets off ("… cho biết, năm 2023, tổng kim ngạch …") heads a clause of its own.
        before = ctx.text[max(0, told_at.start - 12):told_at.start].split()
        draft.named_year = len(told_at.value) == 4 and told_at.start > trigger.end \
            and ctx.text[told_at.start:told_at.end].isdigit() and not re.search(r"[;:.؛：。]", ctx.text[trigger.end:told_at.start]) \
            and not _COMMA_AFTER.match(ctx.text, told_at.end) \
            and not (before and before[-1] in ctx.lang.venue_words)
    by_reference = next((r for r in references if len(r[0].date or "") == 10), None)
    # "…tại Hội nghị lần thứ ba, tổ chức hồi tháng 8/2024": a date of its own that the referred
    # event's does not refine stays.
    if by_reference is not None and by_reference[0].date and len(draft.date or "") < 10 \
            and by_reference[0].date.startswith(draft.date or ""):
        draft.date = (date.fromisoformat(by_reference[0].date) + timedelta(days=by_reference[1])).isoformat()
        draft.occasion = by_reference[0] if by_reference[1] == 0 else None
    elif by_reference is not None and by_reference[1] == 0 and draft.date is not None and by_reference[0].date == draft.date:
        # ("À l'issue de la visioconférence de mardi, ils ont signé …": the day is the one the phrase names the talks by)
        draft.occasion = by_reference[0]


def _range_start_in_year(start: DateMention, end: DateMention) -> DateMention:
    """A range's first day in the year its last day says ("vom 26. Mai bis 4. Juni 2019": the year written once, at the
    end), where the publication's year put it after its end."""
    if len(start.value) != 10 or len(end.value) < 4 or start.value <= end.value:
        return start
    value = end.value[:4] + start.value[4:]
    if value > end.value:
        value = f"{int(end.value[:4]) - 1}{start.value[4:]}"
    return replace(start, value=value) if _valid_day(value) else start


def _valid_day(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _range_linked(ctx: Context, end: int, start: int) -> bool:
    """Only a range's link ("đến", "to", "bis", "至") and day words between two dates: the second ends the range."""
    words = [w for w in ctx.text[end:start].replace(",", " ").split() if w not in ctx.lang.dates.day_words]
    return len(words) == 1 and words[0] in ctx.lang.dates.range_words


def _then(ctx: Context, drafts: list[EventDraft], draft: EventDraft, trigger: Match, dated: StartIndex) -> None:
    """"Delegationen togs då emot i staden Lang Son av …, som sade att … i år": a word for "then" at the
    event word dates the event as the one told just before, unless the sentence gives it a more exact day; where no
    event was told ("استأنفت البوابة يوم الأحد التخليص … وأقيمت بهذه المناسبة مراسم"), as the last day the text gave."""
    if not ctx.lang.then_words:
        return
    low, high = max(0, trigger.start - 16), trigger.end + 16
    near = ctx.text[low:high]
    if not any(w in near for w in ctx.lang.then_words):
        return
    if ctx.lang.latin:
        words = re.findall(r"\w+", near)
        if low and ctx.text[low - 1].isalnum():  # whole words only: "båda" is not "då"
            words = words[1:]
        if ctx.text[high:high + 1].isalnum():
            words = words[:-1]
        if not ctx.lang.then_words & set(words):
            return
    told = next((d.date for d in reversed(drafts) if d.date), None) \
        or next((d.value for d in reversed(dated.between(0, trigger.start)) if not d.since and len(d.value) == 10), None)
    if told is not None and (draft.date is None or len(draft.date) < len(told) and told.startswith(draft.date)):
        draft.date = told


def _mechanism_of(ctx: Context, draft: EventDraft, trigger: Match, words: list[Match] | None = None) -> None:
    """"the 11th conference of the Joint Working Committee": the mechanism is named near its event's
    word; one named far off in the sentence is what the event was for or about. A visit is no mechanism's edition
    ("a delegation … paid a visit to Guangxi, while the 2024 Spring Meeting … took place"): the edition is its own."""
    if draft.cls in _NO_EDITIONS:
        return
    mechanisms = [f for f in ctx.indexed("mechanisms", _mechanisms).between(draft.start, draft.end)
                  if min(abs(f.start - trigger.end), abs(trigger.start - f.end)) <= _MECHANISM_REACH
                  and not _claimed_in_later_clause(ctx, f.start, trigger, words or [])
                  and not (f.start > trigger.end and _framing(ctx, trigger.end, f))]
    if not mechanisms and ctx.lang.framework_words:
        # "sammanträdde … för tredje gången inom ramen för den gemensamma arbetsgruppen för …": the framework it
        # was held in, however far
        mechanisms = [f for f in ctx.indexed("mechanisms", _mechanisms).between(draft.start, draft.end)
                      if _framed(ctx, draft.start, f.start)]
    if ctx.lang.possessives \
            and not ctx.lang.possessives.isdisjoint(ctx.text[max(draft.start, trigger.start - 30):trigger.start].split()[-3:]):
        # "Den gemensamma arbetsgruppen för … höll på tisdagen sitt 5:e möte": the subject's own meeting, before one
        # a later clause names ("…, nachdem die Parteisekretäre dort am Vortag zum Frühjahrstreffen zusammengekommen waren")
        subject = [f for f in ctx.found_between(draft.start, trigger.start) if f.cls == "Mechanism"][-1:]
        if not mechanisms or subject and all(f.start > trigger.end and _CLAUSE_BREAK.search(ctx.text, trigger.end, f.start)
                                             for f in mechanisms):
            mechanisms = subject
    if not mechanisms and draft.cls in TALKS:
        # "Nhóm công tác liên hợp về hợp tác kinh tế … giữa tỉnh Lào Cai … và tỉnh Vân Nam … đã tổ chức Hội nghị lần thứ
        # năm": a numbered session is of the one mechanism its sentence names, however long its subject
        named = [f for f in ctx.indexed("mechanisms", _mechanisms).between(draft.start, draft.end)
                 if not (f.start > trigger.end and _framing(ctx, trigger.end, f))]
        mechanisms = named[:1] if named and len({f.iri for f in named}) == 1 and ordinal_of(ctx, trigger) is not None else []
    if not mechanisms:
        return
    mechanism = min(mechanisms, key=lambda f: (_joined_by_and(ctx, f, trigger), abs(f.start - trigger.start)))
    if _joined_by_and(ctx, mechanism, trigger) and _named_with(ctx, trigger):
        return  # "the 20th China-ASEAN Expo and the China-ASEAN Business and Investment Summit": another event's name
    draft.mechanism = mechanism.iri
    classes = ctx.common.get("mechanism_events", {})
    committee = _a_committee(ctx, mechanism)
    if draft.cls in ("Meeting", "Event") and classes.get(draft.mechanism) \
            and not (draft.cls == "Meeting" and classes[draft.mechanism] == "Conference" and not committee):
        # a "meeting" of a committee is its session, a fair's opening the fair; the "年度会晤" of the Party secretaries'
        # yearly conference, told as a meeting, a meeting
        draft.cls = classes[draft.mechanism]
    elif draft.cls in TALKS and mechanism.head in TALKS:
        draft.cls = mechanism.head  # "Hội nghị lần thứ tư Tổ công tác chung": a working group's session
    elif draft.cls == "Meeting" and committee:
        draft.cls = "Conference"  # "la tercera reunión del Comité de Coordinación Conjunta": a committee's session


_NO_EDITIONS = ("Visit", "Signing")
"""Kinds of events no mechanism holds as its editions (the contract's editions are meetings, sessions, fairs)."""


def _a_committee(ctx: Context, mechanism: Found) -> bool:
    """A mechanism named, as written or in the lexicon, with a committee word (`committee_words`), or one of the
    `committee_mechanisms`: its sessions are Conferences."""
    if mechanism.iri in ctx.common.get("committee_mechanisms", ()):
        return True
    entry = ctx.entries.get(mechanism.iri)
    names = [ctx.text[mechanism.start:mechanism.end], *(entry.labels if entry is not None else ())]
    return any(w in name for name in names for w in ctx.lang.committee_words)


def _framed(ctx: Context, s: int, at: int) -> bool:
    """A framework phrase (`framework_words`), and at most an article, right before `at`."""
    before = ctx.text[max(s, at - 40):at].rstrip()
    words = before.split()
    if words and words[-1] in ctx.lang.articles:
        before = before[:len(before) - len(words[-1])].rstrip()
    return before.endswith(ctx.lang.framework_words)


def _edition_told_before(ctx: Context, drafts: list[EventDraft], editions: list[EventDraft], s: int, e: int,
                         previous: tuple[int, int]) -> None:
    """"Det är det femte byparet … som ingår i programmet för vänskap mellan bostadsområden", "这是…第六对友好村屯":
    a sentence opening with "this is" says which mechanism's edition the event told just before was, and
    which edition, rather than telling one of its own."""
    at = _this_is_at(ctx, s)
    if at is None:
        return
    told = [d for d in drafts if previous[0] <= d.start < previous[1] and all(d is not x for x in editions)]
    for edition in list(editions):
        target = next((d for d in reversed(told) if d.cls == edition.cls and d.mechanism in (None, edition.mechanism)), None)
        if target is None:
            continue
        target.mechanism = edition.mechanism
        target.ordinal = target.ordinal or ordinal_stated(ctx, at, e) or edition.ordinal
        target.spans.extend(edition.spans)
        drafts.remove(edition)
        editions.remove(edition)


def held_also(doc: Indexed, drafts: list[EventDraft], told: int, s: int, e: int, previous: tuple[int, int] | None) -> None:
    """"Programmet rymmer också den 16:e konferensen i den gemensamma arbetskommittén", "Im Rahmen des Treffens soll
    auch die 16. Konferenz … tagen": an undated edition of a series that a sentence with no time of its own adds
    with an also-word (`also_words`) was held with the event the sentence before told: then, and there. `told`: how
    many drafts there were before the sentence was read."""
    ctx = doc.ctx
    if previous is None or not any(d.date is None and d.mechanism is not None for d in drafts[told:]) \
            or doc.dated.between(s, e) or ctx.lang.also_words.isdisjoint(_WORD_OR_HAN.findall(ctx.text, s, e)):
        return
    undated = [d for d in drafts[told:] if d.date is None and d.mechanism is not None]
    before = [d for d in drafts[:told] if previous[0] <= d.start < previous[1] and d.date]
    if len({d.date for d in before}) != 1:
        # ("Zum Programm des Frühjahrstreffens gehörte auch die 14. Konferenz …" after a sentence of another event: the
        # edition of the series the sentence names as its frame, told dated before)
        frames = {d.mechanism for d in undated}
        before = [d for d in drafts[:told] if d.mechanism in frames and d.date]
    if len({d.date for d in before}) != 1:
        return
    for edition in undated:
        if any(d.mechanism == edition.mechanism for d in before):
            continue  # the same series' edition told before: named again, not another one
        edition.date = before[0].date
        edition.locations = edition.locations or set(before[0].locations)


_WORD_OR_HAN = re.compile(r"[\u3400-\u9fff]|[^\W\d_]+")


def _this_is_at(ctx: Context, s: int) -> int | None:
    """Where the words after a "this is" phrase opening the sentence at `s` start ("It was the third
    drill", "这是第三次"), if one opens it."""
    opening = ctx.text[s:s + 32]
    at = s + len(opening) - len(opening.lstrip())
    if not ctx.text.startswith(ctx.lang.this_is_words, at):
        return None  # (most sentences: none opens them)
    word = next((w for w in ctx.lang.this_is_words if ctx.text.startswith(w, at)
                 and not (ctx.lang.latin and ctx.text[at + len(w):at + len(w) + 1].isalnum())), None)
    return None if word is None else at + len(word)


def _claimed_in_later_clause(ctx: Context, named_at: int, trigger: Match, words: list[Match]) -> bool:
    """"双方签署了会谈纪要，并共同见证A村与B社缔结友好村屯关系": a mechanism named in a clause after the event
    word's, behind another event word of that clause, is that word's event's."""
    if named_at < trigger.end:
        return False
    clause = _clause_start(ctx, trigger.end, named_at)
    return clause > trigger.end and any(clause <= w.start and w.end <= named_at for w in words)


def _date_editions(drafts: list[EventDraft], editions: list[EventDraft], day: str) -> None:
    """The undated editions among `editions` still told (not folded into another event) happened on `day`."""
    told = {id(d) for d in drafts}
    for edition in editions:
        if edition.date is None and id(edition) in told:
            edition.date = day


def _after_and(ctx: Context, start: int) -> bool:
    """A name right after an and-word ("…会议和Y", "… and the Y")."""
    before = ctx.text[max(0, start - 16):start].rstrip()
    if not ctx.lang.latin:
        return before.endswith(tuple(ctx.lang.and_words))
    words = before.split()
    while words and words[-1] in ctx.lang.articles:
        words.pop()
    return bool(words) and words[-1] in ctx.lang.and_words


def _named_with(ctx: Context, trigger: Match) -> bool:
    """The event word ends a capitalised name, in Latin script ("… Business and Investment Summit")."""
    return ctx.lang.latin and ctx.original_of(trigger.start, trigger.start + 1).isupper() \
        and _capitalised_before(ctx, trigger.start)


def _capitalised_before(ctx: Context, at: int) -> bool:
    """The word before `at` is capitalised (and not a sentence's first)."""
    words = ctx.original_of(max(0, at - 40), at).split()
    return len(words) >= 2 and words[-1][:1].isupper() and not words[-2].endswith((".", "!", "?"))


def _joined_by_and(ctx: Context, mechanism: Found, trigger: Match) -> bool:
    """"X第九次会议和Y第三次会议", "the 9th meeting of X and the 3rd meeting of Y": an and-word between
    an event word and a mechanism's name puts them in different conjuncts."""
    gap = ctx.text[mechanism.end:trigger.start] if mechanism.end <= trigger.start else ctx.text[trigger.end:mechanism.start]
    if not ctx.lang.latin:
        return any(w in gap for w in ctx.lang.and_words)
    return bool(ctx.lang.and_words & set(gap.replace(",", " ").split()))


def _companions(ctx: Context, in_sentence: list[Match], draft: EventDraft, agreement: Found | None, dated: StartIndex,
                reception_visit: bool = True) -> list[EventDraft]:
    """"the delegation visiting Ha Giang held talks and signed ...": each kind of event the sentence
    tells is an event of its own, on the same day with the same sides."""
    out = []
    # (an edition of a mechanism comes with the visit it was held during, "đã có chuyến thăm … đồng thời tổ chức Hội
    # đàm thường niên lần thứ 7", and with what was signed at it, "Thỏa thuận …, được ký ngày 12/6 tại Côn Minh trong
    # khuôn khổ Hội nghị thường niên lần thứ 4"; its other kinds are its own editions' business)
    kinds = _other_kinds(ctx, in_sentence, draft, agreement, reception_visit)
    for other in kinds if draft.mechanism is None else [k for k in kinds if str(k.value) in ("Visit", "Signing")]:
        if _intended(ctx, draft.start, other):
            # "…愿与绿春县保持高层互访", "…, som föreslog att den första konferensen hålls i Fangchenggang": wished for or
            # proposed, not told (the sentence's day is its telling event's)
            continue
        also = EventDraft(str(other.value), draft.start, draft.end, date=draft.date,
                          participants=set(draft.participants), locations=set(draft.locations),
                          spans=list(draft.spans[:1]))
        # "tổ chức phiên họp lần thứ 2 Tổ công tác chung ... và ký Biên bản": each its own edition
        also.ordinal = ordinal_of(ctx, other)
        _mechanism_of(ctx, also, other)
        received = ctx.match_starting(ctx.lang.reception, other.start) is not None
        also.received = received
        if also.cls == "Visit" and not also.locations and not received:
            destination(ctx, also, other, draft.start, draft.end)  # else the talks' venue is where it went
        # "… recibió el jueves a una delegación …, que realiza una visita de trabajo a la provincia del 8 al 10 de
        # enero": a visit its own clause dates began on that day, before the sentence's event
        began = _own_day(in_sentence, other, draft, dated)
        if also.cls == "Visit" and began is not None and began < (draft.date or ""):
            also.date = began
        elif also.cls != "Visit" and began is not None and draft.date is not None and began < draft.date:
            # "… des entretiens tenus le 30 mai 2023 dans la ville de Lao Cai …, puis de l'accord … signé le 12 juin
            # dernier à Kunming": one its own clause dates earlier was held then, where that clause says
            high = min([t.start for t in in_sentence if t.start > other.end] + [draft.end])
            own = EventDraft(also.cls, other.end, high)
            actors(ctx, own, other.end, high, set())
            also.date, also.locations = began, own.locations or also.locations
        if also.cls == "Signing":
            also.agreement = agreement
        out.append(also)
    return out


def _placed_later(ctx: Context, told: EventDraft, s: int, e: int, used_orgs: set[int], word: Match,
                  said_of_it: bool = False) -> None:
    """"Lors de l'entretien, qui s'est tenu dans la ville de Pingxiang": a sentence about an event told
    before may say where it was; a place within the one known (or the first one) is the more exact.
    `said_of_it`: the sentence is about the event ("Utbytet ägde rum i Pingxiang"), so the place it says is where the
    event was, whatever an earlier telling placed ("Ungdomsförbunden i Lang Son … höll … ett vänskapsutbyte"), unless
    it only says so less exactly."""
    again = EventDraft(told.cls, s, e)
    actors(ctx, again, s, e, used_orgs, near=word.start)
    kinds = {f.iri: f.cls for f in ctx.found_between(s, e)}
    # (a country alone said where only roughly: "…, en el sur de China, y la vecina ciudad vietnamita de Mong Cai …
    # firmado el martes"; "El memorando … fue rubricado en Mong Cai")
    # (said of it: not a gate beside the place told, "La feria se celebra junto al paso fronterizo …")
    said_instead = said_of_it and all(kinds.get(new) in PARTICIPANT_PLACES for new in again.locations) \
        and not all(new in ctx.ancestors(old) | {old} for old in told.locations for new in again.locations)
    if again.locations and (not placed_within_a_country(ctx, told) or said_instead
                            or all(old in ctx.ancestors(new) for old in told.locations for new in again.locations)):
        told.locations = again.locations


def _before_another_time(ctx: Context, dated: StartIndex, told: EventDraft, low: int, high: int) -> int:
    """Where the clause that first dates another time than the told event's, from `low`, starts (else `high`): what
    it places is that time's ("the talks recalled the third meeting, held in Mengzi last November")."""
    if told.date is None:
        return high
    other = next((d for d in dated.between(low, high) if not d.since
                  and not told.date.startswith(d.value) and not d.value.startswith(told.date)), None)
    return high if other is None else _clause_start(ctx, low, other.start)


def _relative_clause_after(ctx: Context, named: int, e: int) -> tuple[int, int] | None:
    """The relative clause set off right after the word naming an event (ending at `named`): "mötet, som hölls vid
    Youyiguan i Pingxiang," (`relative_openers`)."""
    comma = _COMMA_OR_SEMICOLON.match(ctx.text, space_after(ctx.text, named))
    if comma is None or comma.end() >= e:
        return None
    end = _naming_clause_end(ctx, named, e)
    return (comma.end(), end) if end > comma.end() else None


def _naming_clause_end(ctx: Context, named: int, e: int) -> int:
    """Where the clause that names an event ends (the word naming it ends at `named`), with a relative clause right
    after it: "tại buổi hội kiến, năm 2024 kim ngạch … qua địa bàn Cao Bằng" says nothing of where the meeting was;
    "Lors de l'entretien, qui s'est tenu dans la ville de Pingxiang, …" does (`relative_openers`)."""
    breaks = [m.start() for m in _COMMA_OR_SEMICOLON.finditer(ctx.text, named, e)]
    opening = ctx.text[breaks[0] + 1:breaks[1]].split()[:3] if len(breaks) > 1 else []
    relative = any(" ".join(opening[:n]) in ctx.lang.relative_openers for n in (1, 2, 3))
    return breaks[1] if relative else breaks[0] if breaks else e


_SEMICOLONS = re.compile(r"[;；؛]")


def _clause_start(ctx: Context, low: int, word: int, breaks: re.Pattern[str] = _COMMA_OR_SEMICOLON) -> int:
    """Where the clause holding the word at `word` starts: after the last break (a comma or semicolon) from `low`."""
    ends = [m.end() for m in breaks.finditer(ctx.text, low, word)]
    return ends[-1] if ends else low


def _elliptic_editions(ctx: Context, draft: EventDraft, start: int, e: int, doc: Indexed) -> list[EventDraft]:
    """"…die dritte Sitzung ab; die zweite hatte im Oktober vergangenen Jahres in Dien Bien Phu getagt",
    "the second was held in Lao Cai last year": an ordinal standing for the event word in a clause that
    dates another time is another edition of the same series."""
    if start >= e or draft.ordinal is None:
        return []
    out = []
    for o, at, day in _elliptic_ordinals(ctx, start, e, doc, draft.ordinal):
        also = EventDraft(draft.cls, at, e, date=day, mechanism=draft.mechanism, ordinal=int(o.value), spans=[(at, e)])
        actors(ctx, also, o.start, e, doc.used_orgs, near=o.start)
        out.append(also)
    return out


def _elliptic_ordinals(ctx: Context, start: int, e: int, doc: Indexed, own: int) -> list[tuple[Match, int, str]]:
    """The ordinals between start and e that stand, after an article, for the event word in a clause that dates
    another edition than `own` ("…, och den åttonde ägde rum i Hai Phong den 21–24 november 2017"): each with where
    its clause starts (its article) and its date."""
    out = []
    # ("un an après la 8e, organisée à Lao Cai": an ordinal written in digits too)
    digits = [Match(m.start(), m.end(), int(m.group(1))) for m in ctx.lang.suffixed_ordinal.finditer(ctx.text, start, e)] \
        if ctx.lang.suffixed_ordinal is not None and ctx.lang.latin else []
    for o in sorted([*ctx.matches_starting(ctx.lang.ordinals, start, e, overlapping=True), *digits], key=lambda o: o.start):
        if int(o.value) == own:
            continue
        before = ctx.text[max(start, o.start - 8):o.start].split()
        following = ctx.text[o.end:o.end + 30].split()
        if not before or before[-1] not in ctx.lang.articles or doc.triggers.between(o.end, o.end + 3) or not following:
            continue  # "die zweite Sitzung": the word is there, the event is read as usual
        when = [d for d in doc.dated.between(o.end, e) if not d.since]
        if when:
            out.append((o, ctx.text.rfind(before[-1], start, o.start), when[0].value))  # from its article: "die zweite …"
    return out


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
        # "X第九次会议和Y第三次会议": with no break, the conjunct after the and-word holds its name
        start = _clause_start(ctx, low, other.start)
        told_from, told_to = _numbered_clause(ctx, other, low, high)
        own_date = next((d for d in dated.between(told_from, told_to) if not d.since), None)
        if own_date is None and _intended(ctx, low, other):
            continue  # "held talks on preparations for the fifth annual conference": an edition to come, none told
        also = EventDraft(str(other.value), start, high, date=own_date.value if own_date else draft.date,
                          spans=[(start, high)], ordinal=ordinal_of(ctx, other))
        _mechanism_of(ctx, also, other)
        actors(ctx, also, start, high, used_orgs, near=other.start)
        if own_date is None and len(sides_of(ctx, also)) < 2:
            # "A, B und C haben … die zehnte Sitzung … abgehalten und … unterzeichnet": an edition of the
            # sentence's day whose clause names no two sides is held by the sentence's
            also.participants |= draft.participants
        out.append(also)
    return out


def _dated_after(ctx: Context, own: list[Match], trigger: Match, draft: EventDraft, dated: StartIndex) -> list[Match]:
    """"… met … on Monday on the sidelines of the Border Trade Fair, which opened on Saturday", "… al margen de la
    Feria …, que abrió sus puertas el sábado": an event word of another kind after the sentence's, unnumbered, whose
    clause gives it another day of its own, before any other event word. (Not a visit, whose days frame what the
    sentence tells: "… recibió el jueves …, que realiza una visita de trabajo del 8 al 10 de enero"; nor a generic
    event: "à l'occasion du 78e anniversaire de la Fête nationale (2 septembre 1945 – 2023)".)"""
    if draft.date is None:
        return []
    return [other for other in own if other.start > trigger.end and str(other.value) not in (draft.cls, "Visit", "Event")
            and ordinal_of(ctx, other) is None and (day := _own_day(own, other, draft, dated)) is not None
            and day != draft.date]


def _own_day(own: list[Match], word: Match, draft: EventDraft, dated: StartIndex) -> str | None:
    """The day the clause after an event word gives it, before the sentence's next event word."""
    high = min([t.start for t in own if t.start > word.end] + [draft.end, word.end + _OWN_DATE_REACH])
    own_date = next((d for d in dated.between(word.end, high) if not d.since), None)
    return own_date.value if own_date is not None and len(own_date.value) == 10 else None


_OWN_DATE_REACH = 120
"""How far after an event word the day its own clause gives it may stand (past its name and a place)."""


def _clauses_of_numbered(ctx: Context, own: list[Match], trigger: Match, draft: EventDraft) -> list[tuple[int, int]]:
    """Where the sentence tells of its other numbered event words, from each word to the end of its clause as
    `_numbered_others` reads it: the dates and places there are those editions'."""
    if len(own) < 2:
        return []
    ordinal = ordinal_of(ctx, trigger)
    out = []
    for other in own:
        if other is trigger or not (other.end <= trigger.start or other.start >= trigger.end) \
                or ordinal_of(ctx, other) in (None, ordinal):
            continue
        after = other.start > trigger.end
        out.append(_numbered_clause(ctx, other, *((trigger.end, draft.end) if after else (draft.start, trigger.start))))
    return out


def _numbered_clause(ctx: Context, word: Match, low: int, high: int) -> tuple[int, int]:
    """Where the sentence tells of another numbered event word, between `low` and `high`: from the word to the end
    of that stretch, or in a language that puts a noun's clause before it, from the clause's start to the word."""
    if ctx.lang.clauses_before_head:
        return _clause_start(ctx, low, word.start), word.start
    return word.end, high


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    return any(start <= at < end for start, end in spans)


def _visit_since(ctx: Context, trigger: Match, d: DateMention) -> bool:
    """A day a visit has gone on since, told in the visit word's clause ("since March 20", not "…, where a platform has
    been piloted since August 21")."""
    return len(d.value) == 10 and not _COMMA_OR_SEMICOLON.search(ctx.text, min(trigger.end, d.end), max(trigger.start, d.start))


def _previous_edition(ctx: Context, doc: Indexed, drafts: list[EventDraft], s: int, e: int, *, worded: bool) -> bool:
    """"The previous edition, held in Lang Son in November 2022, drew …", "La edición anterior, organizada en
    noviembre de 2022 en Dongxing", "The 14th edition took place in Mong Cai in December 2019": a sentence that names
    an earlier edition of the article's first dated event, with a date of its own, tells that edition, whatever its
    verb: of the same kind and series, numbered as said or one less. (A numbered edition only where the sentence has
    no event word (`worded`) that could name its kind.) Whether it did."""
    if not any(not d.since for d in doc.dated.between(s, e)):
        return False  # (no date of its own: no earlier edition told)
    main = next((d for d in drafts if d.date is not None and d.start < s), None)
    if main is None:
        return False  # (no event told yet)
    # ("وكانت المباراة السابقة بين الفريقين قد جرت في دونغشينغ": a word of its kind beside a previous-word)
    words = doc.triggers.between(s, e)
    phrase = next(iter(ctx.matches_starting(ctx.lang.previous_edition_words, s, e)), None) or next(
        (t for t in words if str(t.value) == main.cls and _beside(ctx, t, ctx.lang.previous_words)), None)
    first = None if phrase else _first_edition(ctx, words, main, s, e)
    if first is not None:
        phrase = first
    # (an edition noun and its own number: "The 14th edition")
    numbered = None if phrase or worded else next(
        ((w, n) for w in ctx.matches_starting(ctx.lang.edition_nouns, s, e)
         if (n := ordinal_before(ctx, w.start) or ordinal_after(ctx, w.end))), None)
    if phrase is None and numbered is None:
        numbered = _elliptic_number(ctx, s)  # "La 14e, inaugurée le 1er décembre 2019 à Mong Cai, …"
    named = phrase or (numbered[0] if numbered else None)
    if named is None:
        return False
    at, end = named.start, named.end
    when = next((d for d in [*doc.dated.between(end, e), *doc.dated.between(s, at)] if not d.since),
                None)  # ("Muong Te acogió en mayo de 2023 la anterior reunión")
    if first is not None:  # (its words stand anywhere in the sentence that tells it: "去年11月3日，该省曾在莱州市同时举办首届…";
        # its time the one nearest them: "La première édition … s'était tenue en 2016 …, et la dernière en avril 2023")
        when = min((d for d in doc.dated.between(s, e) if not d.since),
                   key=lambda d: (d.start - end) if d.start >= end else (at - d.end) + 1, default=None)
        at = s
    if when is None or main.date is None or not when.value < main.date[:len(when.value)]:
        return False  # (an earlier time than the event's: "last year's edition", not this year's)
    ordinal = 1 if first else numbered[1] if numbered else main.ordinal - 1 if main.ordinal and main.ordinal > 1 else None
    if (numbered or first) and (ordinal == main.ordinal or _this_is_at(ctx, s) is not None
                                or ctx.text.startswith(ctx.lang.first_since_words, space_after(ctx.text, end))):
        return False  # ("the 15th edition" of the 15th, "Es la primera edición desde …": the event told)
    if any(f.cls == "Mechanism" and f.iri != main.mechanism for f in ctx.found_between(s, e)):
        return False  # ("وكانت الدورة الحادية عشرة للجنة العمل المشتركة": an edition of another series)
    # (told from its clause on: "The fair is jointly organized by …, which take turns hosting it; last year's edition took
    # place in Lang Son city": who organises it is said of the fair told)
    told_from = _clause_start(ctx, s, at, _SEMICOLONS) if at > s else s
    edition = EventDraft(main.cls, s, e, date=when.value, mechanism=main.mechanism, ordinal=ordinal, spans=[(told_from, e)],
                         earlier_edition=phrase is not None and when.start >= end
                         and not _COMMA_OR_SEMICOLON.search(ctx.text, end, when.start))
    actors(ctx, edition, at, e, doc.used_orgs, near=at)
    # (its series' sides, not the people told at this one)
    edition.participants = {p for p in edition.participants | sides_of(ctx, main)
                            if not (p in ctx.entries and ctx.entries[p].cls == "Person")}
    drafts.append(edition)
    # ("Bei ihrem vorangegangenen Treffen im September 2023 in Napo hatten die beiden Komitees ein Protokoll …
    # unterzeichnet": a signing the sentence tells happened then too, read as the sentence's own; not "Last year's
    # edition was hosted by …", the edition's own verb)
    return main.cls == "Signing" or not any(str(o.value) == "Signing" for o in words)


def _first_edition(ctx: Context, words: list[Match], main: EventDraft, s: int, e: int) -> Match | None:
    """A first-edition phrase (`first_edition_words`) in a sentence whose event words all name the article's event: a
    generic word for it, its kind after an article ("The camp was first held …"), or, after an edition noun ("النسخة
    الأولى من السباق", "首届比赛"), its kind or a generic event word."""
    first = next(iter(ctx.matches_starting(ctx.lang.first_edition_words, s, e)), None)
    if first is None:
        return None
    of_edition = bool(ctx.matches_starting(ctx.lang.edition_nouns, first.start, first.end))
    # (not "In March 2019 the two sides for the first time patrolled together", an event of another kind told first,
    # nor "Cuong y Chen ya se habían reunido por primera vez", the first time two people met)
    # (nor "Tuyen Quang … participe pour la première fois au mécanisme": no word names an edition held)
    if not (words or of_edition) or not all(
            ctx.text[t.start:t.end] in ctx.lang.told_event_words
            or (str(t.value) in (main.cls, "Event") if of_edition else _is_definite_reference(ctx, t, {main.cls}))
            for t in words):
        return None
    return first


def _elliptic_number(ctx: Context, s: int) -> tuple[Match, int] | None:
    """"La 14e, inaugurée …", "The 14th, held …": a sentence that opens with an article and an edition number set off
    by a comma, with no noun, speaks of that edition of what the text numbers."""
    if not ctx.lang.latin:
        return None
    article = _SHORT_WORD.match(ctx.text, s)
    if article is None or ctx.text[s:article.end()].strip() not in ctx.lang.articles:
        return None
    at = article.end()
    words = ctx.matches_starting(ctx.lang.ordinals, at, at + 1, overlapping=True)
    suffixed = ctx.lang.suffixed_ordinal.match(ctx.text, at) if ctx.lang.suffixed_ordinal and not words else None
    if words:
        word = max(words, key=lambda o: o.end)
        end, value = word.end, int(word.value)
    elif suffixed is not None:
        end, value = suffixed.end(), int(suffixed.group(1))
    else:
        return None
    if not value or not _COMMA_AROUND.match(ctx.text, end):
        return None
    return Match(s, end, value), value


def _told_without_its_word(ctx: Context, doc: Indexed, drafts: list[EventDraft], draft: EventDraft, trigger: Match,
                           previous: tuple[int, int]) -> None:
    """"Vertreter beider Seiten haben am Dienstag Bilanz gezogen. Schauplatz der Gespräche war …": a word for talks
    after a definite article names what the sentence before told, on its one day, with no event word of its own
    ("den Datenaustausch", an exchange of data, names none); so does any event word that opens its sentence, after an
    article or none ("… đã chính thức được khôi phục … sáng nay (20/2). Lễ khôi phục do … tổ chức")."""
    before = ctx.text[max(previous[1], trigger.start - 12):trigger.start].split()
    opens = all(w in ctx.lang.articles for w in ctx.text[previous[1]:trigger.start].split())
    if not opens and (draft.cls not in TALKS or not before or before[-1] not in ctx.lang.articles) \
            or any(a < previous[1] and b > previous[0] for d in drafts for a, b in d.spans):
        return
    days = {d.value for d in doc.dated.between(*previous) if not d.since and len(d.value) == 10}
    if len(days) == 1:
        draft.date = days.pop()


def _is_definite_reference(ctx: Context, word: Match, told_kinds: set[str]) -> bool:
    """"…, Nong Duc Manh told the meeting": an event word after a definite article, of a kind the text
    told before, is that event, not another one the sentence tells; not one with an edition number ("Mötet ingick i
    ramen för den fjärde årliga konferensen": the fourth conference is another event)."""
    if str(word.value) not in told_kinds:
        return False  # (the kind first: no words to split)
    before = ctx.text[max(0, word.start - 12):word.start].split()
    return bool(before) and before[-1] in ctx.lang.articles and ordinal_of(ctx, word) is None


def _numbers_its_event(ctx: Context, own: list[Match], trigger: Match) -> Match | None:
    """A numbered event word of the unnumbered trigger's kind after it in its clause, which says its edition."""
    if ordinal_of(ctx, trigger) is not None:
        return None
    return next((t for t in own if t.start >= trigger.end and str(t.value) == str(trigger.value)
                 and ordinal_of(ctx, t) is not None and not _CLAUSE_BREAK.search(ctx.text, trigger.end, t.start)
                 # (not past another verb's: "ambas delegaciones conversaron … y repasaron los resultados de la novena
                 # reunión anual, celebrada en Wenshan en marzo del año pasado")
                 and not any(m.group() in ctx.lang.and_words for m in _WORD.finditer(ctx.text, trigger.end, t.start))), None)


def _numbered_words(ctx: Context, own: list[Match], trigger: Match, draft: EventDraft) -> list[Match]:
    """The sentence's other event words with an edition number of their own."""
    return [t for t in own if (t.end <= trigger.start or t.start >= trigger.end)
            and ordinal_of(ctx, t) not in (None, draft.ordinal)]


def _other_kinds(ctx: Context, in_sentence: list[Match], draft: EventDraft, agreement: Found | None,
                 reception_visit: bool) -> list[Match]:
    """One trigger per other kind of event in the sentence (a signing only with its agreement);
    a reception is also the received delegation's visit."""
    out: dict[str, Match] = {}
    # ("cảm ơn sự đón tiếp chu đáo": thanks for a reception tell none, `non_event_phrases`)
    thanks = ctx.matches_starting(ctx.lang.non_event_phrases, draft.start, draft.end)
    reception = next((r for r in ctx.matches_starting(ctx.lang.reception, draft.start, draft.end) if not _organises(ctx, r)
                      and not any(t.start <= r.start < t.end for t in thanks)), None)
    # (a visit told by its own word is that visit, going where that word says: "率代表团访问文山州，同文山州领导会见")
    if reception is not None and draft.cls != "Visit" and reception_visit and not receives_goods(ctx, reception) \
            and not any(str(t.value) == "Visit" for t in in_sentence):
        out["Visit"] = Match(reception.start, reception.end, "Visit")
    for t in in_sentence:
        kind = str(t.value)
        if kind not in _COMPANION_KINDS or kind == draft.cls or kind in out or (kind == "Signing" and agreement is None) \
                or _after_demonstrative(ctx, draft.start, t):
            continue  # ("Cette rencontre s'inscrit dans …, l'un des trois documents juridiques signés …": the talks told)
        out[kind] = t
    return list(out.values())


def handovers(ctx: Context, words: list[Match]) -> list[Match]:
    """"tog på fredagen emot en ny sändning skyddsutrustning", "received 350,000 masks": a reception word whose object
    is goods (`goods_words`) before any group tells a handover, an Event, not a meeting."""
    if not ctx.matches(ctx.lang.goods):
        return words  # (most reports name no goods)
    return [Match(w.start, w.end, "Event") if str(w.value) == "Meeting" and receives_goods(ctx, w) else w for w in words]


def donations(ctx: Context) -> list[Match]:
    """"赠送4000个医用口罩", "donated 35,000 masks": a giving word (`donation_words`) whose object is goods, a handover."""
    if not ctx.matches(ctx.lang.goods):
        return []  # (most reports name no goods)
    # ("hat … medizinische Hilfsgüter aus Wenshan erhalten": a participle that ends its clause has its object before it)
    return [d for d in ctx.matches(ctx.lang.donations) if _goods_after(ctx, d.end) or _goods_before(ctx, d.start)]


def receives_goods(ctx: Context, word: Match) -> bool:
    """A reception word (`reception`) at `word` whose object, within reach and before any group word, is goods."""
    return ctx.match_starting(ctx.lang.reception, word.start) is not None and _goods_after(ctx, word.end)


def _goods_after(ctx: Context, end: int) -> bool:
    """Goods (`goods_words`) within a verb's reach after `end`, before any group word."""
    goods = ctx.matches_starting(ctx.lang.goods, end, end + OBJECT_REACH)
    return bool(goods) and not _group_between(ctx, end, goods[0].start)


def _goods_before(ctx: Context, start: int) -> bool:
    """Goods (`goods_words`) within a verb's reach before `start`, in its clause, with no group word between."""
    goods = ctx.matches_ending(ctx.lang.goods, max(0, start - OBJECT_REACH), start)
    return bool(goods) and not _CLAUSE_STOP.search(ctx.text, goods[-1].end, start) and not _group_between(ctx, goods[-1].end, start)


def _group_between(ctx: Context, start: int, end: int) -> bool:
    """A group word (`group_words`: "delegation", "đoàn") between the offsets: who was received, not what."""
    return _any_of(ctx.lang.group_words, ctx.lang.han).search(ctx.text, start, end) is not None


_CLAUSE_STOP = re.compile(r"[.;:!?。；！？\n]")


@cache
def _any_of(words: frozenset[str], han: bool) -> re.Pattern[str]:
    """A pattern of any of the words, bounded as words unless in Han script (no spaces between words)."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(f"(?:{alternatives})" if han else rf"(?<!\w)(?:{alternatives})(?!\w)")


def _organises(ctx: Context, word: Match) -> bool:
    """"the two sides co-hosted a trade and investment promotion conference": a reception word whose
    object is another kind of event (not a delegation, nor talks) organises that event; it receives no one."""
    if ctx.match_starting(ctx.lang.reception, word.start) is None:
        return False
    governed = next(iter(ctx.matches_starting(ctx.lang.triggers, word.end, word.end + OBJECT_REACH)), None)
    if governed is not None and _organised(ctx, governed, ctx.text[word.end:governed.start]):
        return True
    # "the half-marathon the two cities co-hosted": or the event word its relative clause follows
    # (not one a time phrase holds: "Vid invigningen tog prefekten emot delegationen", at the opening he received it)
    before = ctx.matches_ending(ctx.lang.triggers, word.start - OBJECT_REACH, word.start)
    if before and _organised(ctx, before[-1], ctx.text[before[-1].end:word.start]) \
            and _time_phrase(ctx, max(0, before[-1].start - _TIME_PHRASE_REACH), before[-1]) is None:
        return True
    # "The … Border Trade Fair opened in Pingxiang, Guangxi, on June 8, co-hosted by the Pingxiang municipal government":
    # a reception word in an organiser's phrase after an event word of another kind, in its sentence, names who hosted it
    organiser = next((m for m in ctx.matches(ctx.lang.organised_by) if m.start <= word.start < m.end), None)
    if organiser is None:
        return False
    earlier = ctx.matches_ending(ctx.lang.triggers, max(0, organiser.start - _ORGANISED_REACH), organiser.start)
    return any(str(t.value) not in ("Meeting", "Visit") and not _SENTENCE_END.search(ctx.text, t.end, organiser.start)
               for t in earlier)


def _hosting_place(ctx: Context, s: int, trigger: Match) -> str | None:
    """"la ville de Lai Chau avait accueilli la 7e réunion …", "Lai Chau city hosted the 7th meeting": the place that hosts
    the event its host verb governs (`_organises`) is where it was held."""
    verb = next((r for r in ctx.matches_ending(ctx.lang.reception, max(s, trigger.start - OBJECT_REACH), trigger.start)
                 if _organises(ctx, r)), None)
    if verb is None or next(iter(ctx.matches_starting(ctx.lang.triggers, verb.end, verb.end + OBJECT_REACH)), None) != trigger:
        return None
    named = ctx.found_between(s, verb.start)
    bodies = [f for f in named if f.cls in ORG_LIKE]
    host = next((f for f in reversed(named) if f.cls in PARTICIPANT_PLACES
                 and not any(b.start <= f.start and f.end <= b.end for b in bodies)), None)
    # (its clause's subject, right before the verb: no other name after it)
    return host.iri if host is not None and not [f for f in named if f.start >= host.end] else None


def _organised(ctx: Context, event_word: Match, between: str) -> bool:
    """An event word of another kind than talks or a visit, or a numbered session ("la ville de Lai Chau avait accueilli
    la 7e réunion du Groupe de travail conjoint": hosted it), in the host verb's clause, with no venue or group between."""
    kind = str(event_word.value)
    return (kind not in ("Meeting", "Visit") or kind == "Meeting" and ordinal_of(ctx, event_word) is not None) \
        and not _CLAUSE_OR_LINE_BREAK.search(between) \
        and not any(w in ctx.lang.venue_words or w in ctx.lang.group_words for w in between.split())


_TIME_PHRASE_REACH = 30
"""How far before an event word a time phrase about it starts."""


def _time_phrase(ctx: Context, s: int, trigger: Match) -> tuple[int, int] | None:
    """The days a time phrase around a definite event word adds ("after the talks": 0, "the day before the
    talks": -1, "会谈前一天"), and where the phrase ends; None when there is none."""
    before = ctx.text[max(s, trigger.start - _TIME_PHRASE_REACH):trigger.start].rstrip()
    words = before.split()
    if words and words[-1] in ctx.lang.indefinite_articles or ctx.lang.definite_prefixes \
            and not ctx.text[trigger.start:trigger.end].startswith(ctx.lang.definite_prefixes):
        return None
    if words and (words[-1] in ctx.lang.articles or len(words[-1]) <= 3 and words[-1].endswith("'")):
        before = before[:len(before) - len(words[-1])].rstrip()  # "after the talks", "lors de l'entretien"
    elif words and words[-1] in ctx.lang.article_contractions:  # "al término del encuentro"
        before = f"{before[:len(before) - len(words[-1])]}{ctx.lang.article_contractions[words[-1]]}"
    offset = next((v for k, v in ctx.lang.reference_before.items()
                   if before.endswith(k) and (len(before) == len(k) or not before[-len(k) - 1].isalnum() or not ctx.lang.latin)),
                  None) if before.endswith(ctx.lang.reference_before_words) else None
    if offset is not None:
        return offset, trigger.end
    after = ctx.text[trigger.end:trigger.end + 12].lstrip()
    word = next((k for k in ctx.lang.reference_after if after.startswith(k)), None) \
        if after.startswith(ctx.lang.reference_after_words) else None
    if word is None:
        return None
    return ctx.lang.reference_after[word], trigger.end + len(ctx.text[trigger.end:trigger.end + 12]) - len(after) + len(word)


def _reference(ctx: Context, drafts: list[EventDraft], trigger: Match, s: int,
               dated: list[int], years: list[int], said_on: dict[int, str]) -> tuple[EventDraft, int] | None:
    """The event told before that a time phrase around this event word refers to ("after the
    talks", "会谈前一天"), and the days it adds; None when the word tells an event of its own,
    as one its clause dates does ("在18日举行的招商推介会上")."""
    phrase = _time_phrase(ctx, s, trigger)
    if phrase is None:
        return None
    before_dates = [d for d in dated if s <= d < trigger.start]
    offset, phrase_end = phrase
    kind = str(trigger.value)
    # "tại Hội nghị lần thứ ba, tổ chức hồi tháng 8/2024": a date or an edition of its own makes it another
    # event; the time phrase itself ("前一天") is no date of its own, nor a year in the next clause
    # ("会谈前一天，…开展了2025年首次联合巡逻").
    own_dates = [d for d in dated if phrase_end <= d < trigger.end + 40
                 and not (d in years and _COMMA_OR_SEMICOLON.search(ctx.text, phrase_end, d))]
    ordinal = ordinal_of(ctx, trigger)
    generic = ctx.text[trigger.start:trigger.end] in ctx.lang.told_event_words  # "at the event": of any kind
    # ("ومنذ المؤتمر السنوي الرابع …" after talks told unnumbered: a numbered word of another kind is its own edition)
    if kind not in TALKS and ctx.text[s:trigger.start].strip() in ctx.lang.closing_words:
        # "Zum Abschluss unterzeichneten beide Seiten ein Protokoll": the closing phrase dates the verb's own event, a
        # signing at the close of the talks (`on_the_occasion`), not a telling of an event before
        return None
    candidates = [d for d in reversed(drafts) if d.start < s and (generic or d.cls == kind or d.cls in TALKS and kind in TALKS)
                  and (ordinal is None or d.ordinal == ordinal or d.ordinal is None and d.cls == kind)]
    # "After the talks": the talks the article is about, the first it dates to the day, rather than
    # a side meeting told later ("the evening before, X had received ...").
    main = [d for d in reversed(candidates) if len(d.date or "") == 10]
    # ("Efter samtalen …" after a reception and the talks of one day: the talks, told with the same word)
    stem = ctx.text[trigger.start:trigger.end][:STEM]
    told = next((d for d in main if d.cls == kind and any(ctx.text.find(stem, a, b) >= 0 for a, b in d.spans)), None) \
        or next((d for d in main if d.cls == kind), None) or next(iter(main), None) \
        or next((d for d in candidates if d.cls == kind), None) or next(iter(candidates), None)
    if (told is None or told.date is None) and kind == "Event" and ordinal is None:
        # "开幕式前", "after the opening ceremony": a ceremony is part of the event told before it (dated, before an
        # undated telling of the ceremony: "Addressing the opening ceremony, … On the eve of the opening, …")
        told = next((d for d in reversed(drafts) if d.start < s and len(d.date or "") == 10), None) \
            or told or next((d for d in reversed(drafts) if d.start < s), None)
    if told is None:
        return None
    # ("Dagen före samtalen, på måndagen, besökte …": a date that names the day the phrase points to is no date of its own)
    meant = (date.fromisoformat(told.date or "") + timedelta(days=offset)).isoformat() if len(told.date or "") == 10 else None
    # ("Dagen före samtalen" is read as that day too; another date before the word tells a time of its own)
    if any(said_on.get(d) != meant for d in [*before_dates, *own_dates]):
        return None
    return told, offset


def _event_spoken_of(ctx: Context, drafts: list[EventDraft], trigger: Match, s: int, e: int,
                     dated: StartIndex) -> EventDraft | None:
    """A sentence that opens with a definite article and an event word ("La conférence s'est
    déroulée ...", "The meeting agreed ...") speaks of the event of that kind told last."""
    # ("Organisée à Qushui, la rencontre s'inscrit …": a phrase that places it, set off before the article, opens no other)
    placed = _placing_phrase_end(ctx, s, trigger.start)
    opening = ctx.text[placed or s:trigger.start].split(None, 2)  # its first word, and whether there are more
    # "وحضر الحفل ...", "وخلال الاجتماع": where the article is written on the word, a definite event
    # word after the sentence's verb or preposition is the one told.
    definite = bool(ctx.lang.definite_prefixes) and ctx.text.startswith(ctx.lang.definite_prefixes, trigger.start)
    this_is = _this_is_at(ctx, s)
    # "It was the third joint drill of its kind, following those staged in 2019 and in 2023": the
    # event told before, and which edition it was (the dates are of the others)
    identified = this_is is not None and _only_qualifiers(ctx, this_is, trigger.start)
    generic = ctx.text[trigger.start:trigger.end] in ctx.lang.told_event_words  # "The three-day event is …"
    articled = bool(opening) and opening[0].rstrip("'") in ctx.lang.articles
    # "Tham dự phiên họp có lãnh đạo …", "出席会议的有…": an event word the sentence opens by attending is the one told
    attended = ctx.match_starting(ctx.lang.attended_words, space_after(ctx.text, s))
    attended_object = attended is not None and not ctx.text[attended.end:trigger.start].strip()
    if not identified and not attended_object and not (generic and articled) \
            and (len(opening) > 1 or opening and not definite and not articled):
        return None  # no article (Vietnamese, Chinese, "Talks focused on ...") reads the same way
    kind = str(trigger.value)
    # ("Mötet …" after a working group's session typed a Conference: talks of either kind, the same kind first; "Die
    # Begegnung", "El encuentro" after a match or a cultural exchange, no talks told: that exchange)
    # ("The fair will run until Nov. 24" after "last year's edition took place in …": the fair told, not its earlier edition)
    told = next((d for d in reversed(drafts) if (generic or d.cls == kind) and d.start < s and not d.earlier_edition), None) \
        or next((d for d in reversed(drafts) if (generic or d.cls == kind) and d.start < s), None) \
        or next((d for d in reversed(drafts) if kind in TALKS and d.cls in TALKS and d.start < s), None) \
        or next((d for d in reversed(drafts) if kind == "Meeting" and d.cls == "Exchange" and d.start < s), None) \
        or next((d for d in reversed(drafts) if d.cls == "Signing" and d.start < s
                 and ctx.text[trigger.start:trigger.end] in ctx.lang.ceremony_words), None)
    if generic and told is not None and told.cls == "Signing":
        # "La XVI Feria … se inauguró ayer, y … las partes firmaron 14 contratos. El evento, que se extenderá hasta
        # el lunes": what a generic word names is an event of the same telling that lasts, not the signing in it
        told = next((d for d in drafts if d.start < s and d.cls != "Signing" and told.start <= d.end
                     and d.start <= told.start), told)
    # "Hội nghị lần thứ nhất của nhóm công tác …" after the second: another edition is another event
    edition = ordinal_of(ctx, trigger)
    if told is None or edition not in (None, told.ordinal) and told.ordinal is not None:
        return None
    if identified:
        told.ordinal = told.ordinal or edition
        return told
    # "Hội đàm lần thứ ba giữa hai huyện được tổ chức … vào tháng 9/2023": an edition the sentence dates
    # to another time than the article's told events of its kind is another edition.
    if edition is None:
        return told
    when = next((d.date for d in reversed(drafts) if d.cls == told.cls and d.start < s and d.date), None)
    if when and any(not d.since and not when.startswith(d.value) and not d.value.startswith(when)
                    for d in dated.between(s, e)):
        return None
    return told


def _placing_phrase_end(ctx: Context, s: int, end: int) -> int | None:
    """Where a short phrase that opens the sentence with a venue word and a place, set off by a comma, ends ("Organisée à
    Qushui,", "Held in Hekou,"); None when the sentence opens otherwise."""
    comma = ctx.text.find(",", s, end)
    if comma < 0 or len(ctx.text[s:comma].split()) > _PLACING_WORDS:
        return None
    words = ctx.text[s:comma].split()
    places = [f for f in ctx.found_between(s, comma) if f.cls in PARTICIPANT_PLACES or f.cls == "BorderGate"]
    if not places or not any(w in ctx.lang.venue_words for w in words) or ctx.matches_starting(ctx.lang.triggers, s, comma):
        return None
    return comma + 1


_PLACING_WORDS = 6


def _only_qualifiers(ctx: Context, start: int, end: int) -> bool:
    """Only an article, an edition number and a few adjectives between `start` and `end` ("the third joint")."""
    between = ctx.text[start:end]
    return not _CLAUSE_BREAK.search(between) and not ctx.found_between(start, end) \
        and len(between.split() if ctx.lang.latin else between.strip()) <= _QUALIFIERS


_QUALIFIERS = 5


def _after_demonstrative(ctx: Context, s: int, trigger: Match) -> bool:
    """Whether a demonstrative ("本届", "这一") stands right before the event word."""
    before = ctx.text[s:trigger.start].rstrip()
    return any(before.endswith(w) and (not ctx.lang.latin or len(before) == len(w) or not before[-len(w) - 1].isalnum())
               for w in ctx.lang.demonstratives)


def _named_before(ctx: Context, iris: set[str], start: int, end: int) -> set[str]:
    """The signers an undated signing names as such: actors before the agreement's name."""
    return {f.iri for f in ctx.found_between(start, end) if f.iri in iris}


def _tallies(ctx: Context, trigger: Match, counted: tuple[int, str], after_only: bool = False) -> bool:
    """A count of events in the trigger's own clause ("received 41 delegations", "41 delegations
    visited"), not one in a clause of its own (", and their guards held 12 meetings"), in a unit that tallies
    events of the trigger's kind (`tally_kinds`: "held a ceremony to hand over 15 people" counts no ceremonies)."""
    count, unit = counted
    kinds = ctx.common.get("tally_kinds", {}).get(unit)
    if kinds is not None and str(trigger.value) not in kinds:
        return False
    if trigger.end <= count <= trigger.end + 50:
        # ("a training course for 40 officials": whom the event is for, not how many were held)
        return not _COMMA_OR_SEMICOLON.search(ctx.text, trigger.end, count) \
            and not _after_audience_word(ctx, count)
    if trigger.start - 30 <= count < trigger.start and not after_only:
        return not _COMMA_OR_SEMICOLON.search(ctx.text, count, trigger.start)
    return False


def _after_audience_word(ctx: Context, count: int) -> bool:
    """Whether an audience word (`audience_words`: "for", "para") ends right before the count at `count`."""
    before = ctx.text[max(0, count - _AUDIENCE_REACH):count]
    return any(before.endswith(" " + w + " ") or before == w + " " for w in ctx.lang.audience_words)


_AUDIENCE_REACH = 24
"""How far before a count an audience word may start."""


def is_counted(text: str, start: int, dates: SpanSet) -> bool:
    """A number right before an event word counts it ("41 meetings"), unless it ends a date ("Am 7. Mai
    2024 trafen sich ...", "the April 14-15 visit")."""
    low = max(0, start - 12)
    if not text[low:start].rstrip()[-1:].isdecimal():
        return False  # (what the pattern asks first: a digit, `\d`, before the last spaces)
    m = _NUMBER_AT_END.search(text[low:start])
    return m is not None and not dates.overlaps(low + m.start(), low + m.end())


def _mechanism_events(ctx: Context, s: int, e: int, dates: StartIndex, used_orgs: set[int], signed: StartIndex
                      ) -> tuple[list[EventDraft], list[DateMention]]:
    """Each mechanism named in a sentence stands for one of its events: dated by a year right
    after it ("vårmötet 2024"), numbered by an ordinal before it, or undated (merged later)."""
    out, used_dates = [], []
    classes = ctx.common.get("mechanism_events", {})
    for mech in ctx.indexed("mechanisms", _mechanisms).between(s, e):
        if _founded(ctx, mech.start):
            continue  # "avtalet om att inrätta en mekanism för regelbundna konferenser": founded, none of its editions held
        if any(a.start <= mech.start and mech.end <= a.end for a in signed.between(s, mech.start + 1)):
            continue  # "ett avtal om en samarbetsmekanism som … undertecknade i juni 2014": what was signed names it
        # "vårmötet 2024", "Encuentro de Primavera de 2025": the year right after the name, or after a year word
        year = next((d for d in dates.between(mech.end, mech.end + 16) if d.year_only and (
            d.start - mech.end <= 3 or ctx.text[mech.end:d.start].strip() in ctx.lang.dates.year_words)), None)
        # "X第九次会议和Y第三次会议": an ordinal before an and-word numbers the other conjunct; Y's follows it
        before = None if _after_and(ctx, mech.start) else ordinal_before(ctx, mech.start)
        # ("Cuộc gặp gỡ đầu Xuân 2025 và Hội nghị lần thứ 16 …": an edition named by its year takes no number of
        # another's)
        ordinal = before or ordinal_after(ctx, mech.end) or ordinal_at(ctx, mech.end) \
            or (edition_in(ctx, s, e) if year is None else None)
        # (an edition of a committee no lexicon lists is its session: a Conference)
        cls = mech.head if mech.head in TALKS or mech.head in _EVENT_HEADS or mech.head == "" else \
            classes.get(mech.iri, "Conference" if _a_committee(ctx, mech) else "Meeting")
        if not cls:
            continue  # "trong khuôn khổ Năm Giao lưu nhân văn": a themed year holds events, it is none
        draft = EventDraft(cls, s, e, date=_edition_date(ctx, mech, year, dates, s, e),
                           mechanism=mech.iri, ordinal=ordinal, spans=[(mech.start, year.end if year else mech.end)])
        # ("… de la V Conferencia …, en la que revisaron la cooperación desde la cuarta edición, celebrada en junio de
        # 2024 en Kunming": not past a clause of another time)
        actors(ctx, draft, s, own_clauses(ctx, draft, Match(mech.start, mech.end, cls), e, dates), used_orgs,
               near=mech.start)
        if year is not None:
            used_dates.append(year)
        out.append(draft)
    return out, used_dates


def _founded(ctx: Context, start: int) -> bool:
    """A founding word (`founding_words`) among the three words before a mechanism's name."""
    before = " ".join(ctx.text[max(0, start - 40):start].split()[-3:])
    return any(f" {w} " in f" {before} " for w in ctx.lang.founding_words)


def _mechanisms(found: list[Found]) -> StartIndex:
    """The mechanisms named, by where they start."""
    return StartIndex([f for f in found if f.cls == "Mechanism"])


def _edition_date(ctx: Context, mech: Found, year: DateMention | None, dates: StartIndex, s: int, e: int) -> str | None:
    """"The 2020 Spring Meeting, held on 6 and 7 January": the sentence's day, when it agrees with
    the edition's year, dates the edition more precisely than the year does; "اجتماع الربيع الذي عُقد في
    مدينة ها لونغ في فبراير الماضي": a month in the clause right after the name, when no year or day does."""
    days = [d for d in dates.between(s, e) if not d.since and len(d.value) == 10
            and (year is None or d.value.startswith(year.value))]
    # ("… s'est rendue mardi à la 25e Foire d'import-export de Kunming, ouverte lundi …": the day of the clause a comma
    # sets off right after the name is the edition's own, the one before it another event's)
    own = next((d for d in days if mech.end <= d.start <= mech.end + _SET_OFF_REACH
                and _SET_OFF_CLAUSE.fullmatch(ctx.text, mech.end, d.start)), None)
    if own is not None:
        return own.value
    if days:
        return min(days, key=lambda d: abs(d.start - mech.start)).value
    if year is not None:
        # "Cuộc gặp gỡ đầu Xuân 2025 và Hội nghị lần thứ 16 …, tổ chức tại … hồi tháng 2": the one month of that year
        # the sentence gives
        in_year = {d.value for d in dates.between(s, e) if not d.since and len(d.value) == 7 and d.value.startswith(year.value)}
        return in_year.pop() if len(in_year) == 1 else year.value
    # ("… of the Party secretaries of Lai Chau, Lao Cai, Ha Giang and Yunnan was held in Kunming in June": not past
    # the commas of the list of its sides)
    months = {d.value for d in dates.between(mech.end, min(e, mech.end + _EDITION_CLAUSE_REACH))
              if not d.since and len(d.value) == 7 and not _clause_break_outside_lists(ctx, mech.end, d.start)}
    if not months:
        # "Im März hatte Ha Giang die 3. Konferenz der Parteisekretäre … ausgerichtet": the month that opens its clause
        # ("In late March, Ha Giang hosted the third annual conference …": a month fronted with its comma)
        months = {d.value for d in dates.between(max(s, mech.start - _EDITION_CLAUSE_REACH), mech.start)
                  if not d.since and len(d.value) == 7
                  and not _clause_break_outside_lists(ctx, _past_fronted_comma(ctx, s, d), mech.start)}
    return months.pop() if len(months) == 1 else None


def _past_fronted_comma(ctx: Context, s: int, d: DateMention) -> int:
    """Past the comma after a date that opens its sentence behind at most two words ("In late March, …"), which
    ends no clause; else the date's end."""
    comma = _FRONTED_COMMA.match(ctx.text, d.end)
    return comma.end() if comma is not None and len(ctx.text[s:d.start].split()) <= 2 else d.end


_FRONTED_COMMA = re.compile(r"\s*[,،]")
_SET_OFF_CLAUSE = re.compile(r"\s*[»\"”)）]*\s*[,،，][^,;:.،，；؛。]*")
"""A clause a comma sets off after a name, up to a word of it (no other comma or stop between)."""
_SET_OFF_REACH = 40
"""How far after an edition's name the day of the clause that describes it may stand ("…, ouverte lundi")."""


def _clause_break_outside_lists(ctx: Context, start: int, end: int) -> bool:
    """A clause break between `start` and `end` other than a comma between two names found ("Lai Chau, Lao Cai") or
    one that opens a relative clause ("…, which convened in Kunming in June")."""
    for m in _CLAUSE_BREAK.finditer(ctx.text, start, end):
        after = space_after(ctx.text, m.end())
        if m.group() in ",،，" and (ctx.found_between(after, after + 1) and any(
                f.end == m.start() for f in ctx.found_between(max(start, m.start() - 40), m.start()))
                or ctx.text[after:after + 16].split(None, 1)[:1] and ctx.text[after:after + 16].split(None, 1)[0]
                in ctx.lang.relative_openers):
            continue
        return True
    return False
