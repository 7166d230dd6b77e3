"""What one sentence cannot tell of its events and the document can: the sides "both sides" or
"the Chinese delegation" stand for, where the lede and the visit's days happened, the series an
edition belongs to, and the occasion of a signing."""
from __future__ import annotations

import re
from datetime import date

from borderkg.extract.entities import Context, Found, place_type_next_to
from borderkg.extract.entities_series import held_mechanism
from borderkg.extract.mint import BKR
from borderkg.extract.events.actors import (SIDE_BODIES, SIDE_PLACES, VENUES, actors, composite_names, countries_of, origin,
                                            places_of)
from borderkg.extract.events.draft import (PERSON, TALKS, EventDraft, any_between, final, led_sides, placed_within_a_country,
                                           sides_of)
from borderkg.extract.posts import ORG_LIKE, PARTICIPANT_PLACES, title_holder
from borderkg.extract.matcher import Match
from borderkg.extract.spans import StartIndex, space_after

# Sides too large to say where a dateline is.
_NOT_LOCAL = ("Country", "Province", "AutonomousRegion")
# Datelines that say where a correspondent went, not where an agency's bureau is.
_CORRESPONDENTS_AT = ("Province", "District")
# How long a delegation's visit lasts at most, when the text gives only its first day.
_VISIT_DAYS = 6
# What joins the two gates of a pair: a dash, the first gate's country in brackets before it
# ("Thanh Thuy (Vietnam) – Tianbao (China)", "Tan Thanh – Po Chai", "峒中—横模").
_GATE_PAIR_JOIN = re.compile(r"\s*(?:\([^()\n]{1,20}\)\s*)?[-–—－]{1,2}\s*")


def held_series(ctx: Context, drafts: list[EventDraft]) -> None:
    """"… participó en la IV Conferencia anual entre los secretarios de los comités del Partido de esas cuatro provincias y
    de Yunnan": a numbered edition naming no mechanism, whose sentence names the office whose holders meet at a known
    mechanism (`mechanism_holders`) and three of its member sides, is that mechanism's."""
    for d in drafts:
        if d.ordinal is not None and d.mechanism is None:
            sides = {f.iri for f in ctx.found_between(d.start, d.end) if f.cls in SIDE_PLACES}
            d.mechanism = held_mechanism(ctx, d.start, sides)


def same_series(drafts: list[EventDraft]) -> None:
    """"… kể từ Hội nghị lần thứ 15": a numbered edition that names no mechanism is one of the series
    the article numbers, when it numbers editions of one mechanism of that class."""
    for d in drafts:
        if d.ordinal is not None and d.mechanism is None:
            # "Hội nghị lần thứ ba" of a working group whose sessions are Meetings: a session word
            # numbers the series whatever class the bare word gives it.
            # (not one held the same day: two editions of one series are not, "Cùng dịp, các bên tổ chức Phiên họp lần
            # thứ 11 Nhóm công tác liên hợp" beside the fifth annual conference of the Party secretaries)
            series = {(o.mechanism, o.cls) for o in drafts if o.mechanism and o.ordinal not in (None, d.ordinal)
                      and (o.cls == d.cls or o.cls in TALKS and d.cls in TALKS)
                      and not (d.date is not None and len(d.date) == 10 and o.date == d.date)}
            # ("the 10th meeting" beside the 11th meeting of a working group and the fourth conference of the Party
            # secretaries: the series of its own class)
            alike = {(m, cls) for m, cls in series if cls == d.cls}
            if len(series) == 1 or len(alike) == 1:
                d.mechanism, d.cls = (series if len(series) == 1 else alike).pop()
            elif len(alike) > 1:
                # ("ومنذ المؤتمر السنوي الرابع" beside the fifth annual conference and the eleventh session of a
                # working group: the series whose told edition it comes next to)
                gaps = {(m, cls): min(abs((o.ordinal or 0) - d.ordinal) for o in drafts if (o.mechanism, o.cls) == (m, cls)
                                      and o.ordinal is not None) for m, cls in alike}
                nearest = sorted(gaps.items(), key=lambda kv: kv[1])
                if nearest[0][1] <= _NEXT_EDITION and nearest[1][1] > _NEXT_EDITION:
                    d.mechanism, d.cls = nearest[0][0]


_NEXT_EDITION = 2
"""How far apart two edition numbers of one series told in one article may be, where several series could be meant."""


_SEMICOLON = re.compile(";")


def lede_where(ctx: Context, drafts: list[EventDraft], datelines: list[tuple[int, int]], filed_at: str | None) -> None:
    """"Dien Bien, 11 Nov (VNA) - ... held today in this locality ...": the lede's event that names
    no place happened where the report was filed."""
    if filed_at is None or not datelines:
        return
    lede = next((d for d in sorted(drafts, key=lambda d: d.start) if d.start >= datelines[0][0]), None)
    if lede is None or placed_within_a_country(ctx, lede) or lede.start > datelines[0][1] + 400:
        return
    if lede.occasion is not None and final(lede.occasion).locations:
        return  # "La firma se produjo al término de las conversaciones … en Muong Nhe": where its occasion was
    # "Le président du gouvernement du Guangxi en visite au Vietnam …", then "NANNING (Xinhua) -- Wei Tao a eu des
    # entretiens": a headline's visit to places the dateline does not lie in says the dateline is the bureau's
    headline_visits = [d for d in drafts if d.cls == "Visit" and d.end <= datelines[0][0] and d.locations]
    if headline_visits and not any(filed_at == p or p in ctx.ancestors(filed_at) or filed_at in ctx.ancestors(p)
                                   for d in headline_visits for p in d.locations):
        return
    # "Hanoi (VNA) - Lang Son received ...": a dateline away from every side the lede places says
    # where the report was filed, not where the event was.
    origins = {f.iri for f in ctx.found if lede.start <= f.start < lede.end and origin(ctx, f.start)}
    placed = {p for p in lede.participants if p in ctx.entries and ctx.entries[p].cls in PARTICIPANT_PLACES} - origins
    # a body taking part, or one whose officer does, stands for its place ("el Comando de la Guardia
    # Fronteriza de Dien Bien", "Wei Dong, secrétaire du Comité du Parti de la ville de Pingxiang")
    bodies = {f.iri for f in ctx.found_between(lede.start, lede.end) if f.cls in ORG_LIKE} | lede.participants
    placed |= {j for b in bodies for j in ctx.linked(b, "jurisdiction")
               if j in ctx.entries and ctx.entries[j].cls in PARTICIPANT_PLACES} - origins
    # "KUNMING (Xinhua) -- Des équipes du district de Jinping … et du district de Phong Tho": where the lede
    # names localities, the dateline must be one of them or hold one; their province holding it is not enough.
    # "Peking (CRI) – Die Verteidigungsministerien Chinas und Vietnams": countries' sides say nothing of where.
    local = {p for p in placed if ctx.entries[p].cls not in _NOT_LOCAL}
    regional = {p for p in placed if ctx.entries[p].cls != "Country"}
    if placed and not (filed_at in placed or any(filed_at in ctx.ancestors(p) for p in placed)
                       or any(p in ctx.ancestors(filed_at) for p in local or regional)) and _bureau_city(ctx, filed_at):
        return
    # "Quang Ninh, 18 okt (VNA) – Gränsdistriktet Hai Ha … tog emot …": the one side within the
    # dateline's place is the more exact place.
    within = [p for p in placed if filed_at in ctx.ancestors(p)]
    where = within[0] if len(within) == 1 else filed_at
    for told in drafts:  # the lede's event and its companions (a reception's visit)
        if told.start == lede.start and not placed_within_a_country(ctx, told) \
                and all(loc in ctx.ancestors(where) for loc in told.locations):
            told.locations = {where}
            told.participants.add(where)


def _bureau_city(ctx: Context, place: str) -> bool:
    """Whether a dateline may be a city where agencies keep a bureau ("Hanoi (VNA)", "KUNMING (Xinhua)") and file
    reports of events elsewhere: anything but a province or district, which is where a correspondent went to
    ("Quảng Ninh (TTXVN) – …")."""
    entry = ctx.entries.get(place)
    return entry is None or entry.cls not in _CORRESPONDENTS_AT


def hosts(ctx: Context, drafts: list[EventDraft], sentences: list[tuple[int, int]]) -> None:
    """"Gastgeber war der Kreis Hekou", "Schauplatz der Zeremonie war der Grenzübergang Youyiguan": a sentence
    opening with a host word says where the event told just before was."""
    if not ctx.lang.host_words or not any(w in ctx.text for w in ctx.lang.host_words):
        return
    # ("… kamen am Montag zu Gesprächen zusammen; Gastgeber war die Stadt Cao Bang": or a clause after a semicolon)
    clauses = [(c, e) for s, e in sentences for c in (s, *(m.end() for m in _SEMICOLON.finditer(ctx.text, s, e)))]
    for s, e in clauses:
        at = space_after(ctx.text, s)
        if not ctx.text.startswith(ctx.lang.host_words, at):
            continue
        word = next(w for w in ctx.lang.host_words if ctx.text.startswith(w, at))
        told = max((d for d in drafts if d.start < s), key=lambda d: d.start, default=None)
        found = ctx.found_between(at + len(word), e)
        bodies = [(f.start, f.end) for f in found if f.cls in ORG_LIKE]
        # "Gastgeber waren Chen Guohua …, Sekretär des Parteikomitees des Kreises Jinping": a place inside a
        # body's name is the body's
        where = next((f for f in found if (f.cls in SIDE_PLACES or f.cls in VENUES)
                      and not any(a <= f.start and f.end <= b for a, b in bodies)), None)
        if told is None or where is None or told.locations and all(where.iri in ctx.ancestors(loc) for loc in told.locations):
            continue  # a place it was known to be within says nothing new
        for d in drafts:  # the event and its companions (a reception's visit)
            if d.start == told.start:
                d.locations = {where.iri}
                if where.cls in PARTICIPANT_PLACES:
                    d.participants.add(where.iri)
                d.spans.append((s, e))


def headline(ctx: Context, drafts: list[EventDraft], sentences: list[tuple[int, int]],
             dated: StartIndex, used_orgs: set[int]) -> None:
    """"Mong Cai, Dongxing firefighters stage joint drill on border bridge" over a lede that tells the day,
    the sides and the place with a verb no event word list holds ("yesterday rehearsed together how to put
    out a fire on the Bac Luan II bridge"): the title's one undated event is the lede's."""
    if len(sentences) < 2 or "\n" not in ctx.text[sentences[0][1]:sentences[1][0] + 1]:
        return  # no title on a line of its own
    (title_start, title_end), (s, e) = sentences[0], sentences[1]
    told = [d for d in drafts if title_start <= d.start < title_end]
    if len(told) != 1 or told[0].date is not None or told[0].mechanism is not None \
            or any(s <= d.start < e for d in drafts):
        return
    days = [d for d in dated.between(s, e) if len(d.value) == 10 and not d.since]
    if len({d.value for d in days}) != 1:
        return
    title = told[0]
    title.date = days[0].value
    actors(ctx, title, s, e, used_orgs)
    title.spans.append((s, e))


def both_sides(ctx: Context, drafts: list[EventDraft]) -> None:
    """"The two sides signed the minutes", "双方签署": an event whose sides the sentence names only
    as "both sides" has the sides of the event told before it."""
    phrases = ctx.matches(ctx.lang.both_sides)
    ordered = sorted(drafts, key=lambda d: d.start)
    for i, d in enumerate(ordered):
        if not any_between(phrases, d.start, d.end):
            continue
        if d.occasion is not None and len(sides_of(ctx, d.occasion)) >= 2:
            # "Kết thúc hội nghị, hai bên đã ký ...", "会谈结束后，双方签署了…，并见证A村与B社缔结…": the
            # sides of the event it closes, whatever else the sentence names
            d.participants |= d.occasion.participants
            d.sides_from = d.occasion
            continue
        if len(sides_of(ctx, d)) >= 2 and len({c for p in sides_of(ctx, d) for c in countries_of(ctx, p)}) != 1:
            continue  # (sides all of one country, "in Cao Bang city … the Tra Linh gate", are one side of two)
        # (a visit's sides are its visitors and the place that received them: "A delegation of Lang Son visited
        # Pingxiang … the two sides held talks")
        told = [o for o in reversed(ordered[:i]) if o.start < d.start
                and len(sides_of(ctx, o) if o.cls != "Visit" else _visit_sides(ctx, o)) >= 2]
        # "وفي عصر اليوم نفسه، أجرى الجانبان محادثات": the sides of an event of that day first, not of one told in
        # passing between
        # (an undated one, an activity told in general, names no sides of a day: "l'échange d'informations")
        # (and of one told to the day before one a clause recalls: "…, la reunión anterior, efectuada en junio del año pasado")
        told.sort(key=lambda o: (d.date is None or o.date != d.date, o.date is None, len(o.date or "") != 10))
        # "Ambas partes firmaron un acta": what is signed is signed at talks, not at a patrol told between.
        before = next((o for o in told if d.cls == "Signing" and o.cls in TALKS), None) or next(iter(told), None)
        if before is not None:
            d.participants |= before.participants
            d.sides_from = before
        elif d.occasion is not None:
            # "Antes del acto, ambas delegaciones sostuvieron conversaciones": the sides of the act, once the
            # sentences that say who attended it have named them
            d.sides_from = d.occasion


def _visit_sides(ctx: Context, visit: EventDraft) -> set[str]:
    """The sides of a visit: its actors and the place it went to where that place takes part (not its country)."""
    return {p for p in visit.participants if p not in ctx.entries or ctx.entries[p].cls != "Country"}


def named_sides(ctx: Context, drafts: list[EventDraft], bodies_held: dict[str, set[str]]) -> None:
    """"Före samtalen hade den kinesiska delegationen tagits emot av X", "die Gäste": a side the sentence
    names by its country, or as the guests, is that side of the event told before (its occasion first)."""
    by_country, guests = ctx.matches(ctx.lang.country_sides), ctx.matches(ctx.lang.guest_words)
    if not by_country and not guests:
        return
    ordered = sorted(drafts, key=lambda d: d.start)
    by_country_at, guests_at = StartIndex(by_country), StartIndex(guests)
    for i, d in enumerate(ordered):
        countries_named, guests_named = by_country_at.between(d.start, d.end), guests_at.between(d.start, d.end)
        # ("les invités chinois" names the guests by their country: the hosts are not the other country's sides)
        guests_named = [g for g in guests_named if not any(m.start <= g.start < m.end for m in countries_named)]
        if not countries_named and not guests_named:
            continue
        told = ([d.occasion] if d.occasion is not None else []) + list(reversed(ordered[:i]))
        # "Earlier the same day, the Chinese delegation visited …": the side of an event of that day first,
        # not of one told in passing between, nor of an activity told undated ("l'échange d'informations sur …")
        # (and of one told to the day before one a clause recalls: "…, la reunión anterior, efectuada en junio del año pasado")
        told.sort(key=lambda o: (d.date is None or o.date != d.date, o.date is None, len(o.date or "") != 10))
        for m in countries_named:
            country = str(m.value)
            if any(_in_country(ctx, p, country) for p in sides_of(ctx, d)):
                continue
            before = next((o for o in told if o.start < d.start and any(_in_country(ctx, p, country) for p in sides_of(ctx, o))), None)
            if before is not None:
                d.participants |= {p for p in sides_of(ctx, before) if _in_country(ctx, p, country)}
        if guests_named:
            visit = next((o for o in told if o.cls == "Visit" and o.start < d.start), None)
            # "Delegationen togs då emot … av Luong Van Dung": the guests are the visitors, whoever received them
            guests_of = _foreign_sides(ctx, d, told) if visit is None else \
                sides_of(ctx, visit) - {a for loc in visit.locations | d.locations for a in ctx.ancestors(loc) | {loc}}
            # ("… in the evening it was received by Le Van Thang, Vice Chairman of the Lao Cai People's Committee": of
            # the visit's sides, those of another country than the hosts')
            hosts = {c for p in (d.locations or sides_of(ctx, d)) for c in countries_of(ctx, p)} if guests_of else set()
            foreign = {p for p in guests_of if (countries := countries_of(ctx, p)) and not countries & hosts}
            guests_of = foreign or guests_of
            if guests_of and (len(sides_of(ctx, d)) < 2 or not guests_of & d.participants or foreign - d.participants):
                d.participants |= guests_of
            if visit is not None:
                # "Am Mittwoch empfing … To Lam den Gast in Hanoi": the people the visit was told with are the guests,
                # but not those whose posts put them on the hosts' side ("Esa misma tarde, la delegación mantuvo
                # conversaciones con las autoridades del distrito de Muong Khuong" after the provincial secretary had
                # received it)
                d.participants |= {p for p in visit.participants if p.startswith(PERSON) and not (hosts and any(
                    countries_of(ctx, body) & hosts for body in bodies_held.get(p, ())))}


def national_sides(ctx: Context, drafts: list[EventDraft]) -> None:
    """"visiting Vietnamese Prime Minister Pham Minh Chinh", "Thủ tướng Phạm Minh Chính", "Pham Minh Chinh, Prime
    Minister of Vietnam": a person named right beside a national office (`national_titles`) stands for a country,
    the one a country word beside the title names (`country_adjectives`, a country's name), else the one the
    person's name is of; that country takes part in what the person takes part in. A title that a body's name
    stands beside is the body's ("the Provincial People's Committee President")."""
    if not any(p.startswith(PERSON) for d in drafts for p in d.participants):
        return  # (most articles' events name no person: the titles are not looked for)
    titles = ctx.matches(ctx.lang.national_titles)
    if not titles:
        return
    people = [f for f in ctx.found if f.cls == "Person"]
    of_person: dict[str, str] = {}
    for t in titles:
        held = title_holder(ctx, t, people)
        if held is not None and held[1] is not None:
            of_person.setdefault(held[0].iri, held[1])
    for d in drafts:
        d.participants |= {of_person[p] for p in d.participants if p in of_person}


def _foreign_sides(ctx: Context, d: EventDraft, told: list[EventDraft]) -> set[str]:
    """"Sáng cùng ngày, … Đinh Văn Thắng đã tiếp đoàn" after talks with a delegation of Daxin: with no visit told,
    the guests are the sides of the event told before that lie in another country than the hosts."""
    hosts = {c for p in sides_of(ctx, d) | d.locations for c in countries_of(ctx, p)}
    before = next((o for o in told if o.start < d.start and len(sides_of(ctx, o)) >= 2), None)
    if not hosts or before is None:
        return set()
    return {p for p in sides_of(ctx, before) if (countries := countries_of(ctx, p)) and not countries & hosts}


def _in_country(ctx: Context, iri: str, country: str) -> bool:
    """Whether a side lies in a country: a place within it, or a body whose jurisdiction is."""
    return any(p == country or country in ctx.ancestors(p) for p in places_of(ctx, iri))


def member_sides(ctx: Context, drafts: list[EventDraft]) -> None:
    """An edition of a mechanism with standing members ("the Spring Meeting between the Party
    secretaries of the four provinces and Guangxi") has those members as its sides, as they
    existed on its date, when the text names no side outside them."""
    for d in drafts:
        entry = ctx.entries.get(d.mechanism or "")
        if entry is None or not entry.member_sides:
            continue
        members = {m for m in entry.member_sides if m in ctx.entries and _existed(ctx.entries[m], d.date or ctx.date)}
        places = {p for p in d.participants if p in ctx.entries and ctx.entries[p].cls in ("Province", "AutonomousRegion")}
        # (a fair the cities Mong Cai and Dongxing hold in turn, told with Quang Ninh: the provinces they lie in)
        if places <= members | {a for m in members for a in ctx.ancestors(m)}:
            d.participants |= members


def _existed(entry, day: str | None) -> bool:
    """Whether a lexicon entry existed on a (possibly partial) day; today's when the day is unknown."""
    if not day:
        return entry.valid_until is None
    return (entry.valid_from or "")[:len(day)] <= day and (entry.valid_until is None or day <= entry.valid_until[:len(day)])


def same_place(ctx: Context, drafts: list[EventDraft]) -> None:
    """"organised on 6 and 7 January in the same city": an event placed by reference to the one told
    before it takes that one's place."""
    phrases = ctx.matches(ctx.lang.same_place)
    ordered = sorted(drafts, key=lambda d: d.start)
    for i, d in enumerate(ordered):
        if d.locations or not any_between(phrases, d.start, d.end):
            continue
        before = next((o for o in reversed(ordered[:i]) if o.locations and o.start < d.start), None)
        if before is not None:
            d.locations |= before.locations
    # An event of the same day the article places nowhere else happened where its occasion ("Kết thúc hội đàm,
    # … đã ký") or else that day's first did.
    for d in ordered:
        if not d.locations and len(d.date or "") == 10:
            first = final(d.occasion) if d.occasion is not None and final(d.occasion).locations else \
                next((o for o in ordered if o.date == d.date and o.locations), None) \
                or next((o for o in ordered if o.start < d.start and o.locations and _a_day_apart(o.date, d.date)), None)
            if first is not None:  # ("La veille, la 17e conférence …": on the eve, where the meeting told was)
                d.locations |= first.locations


def _a_day_apart(one: str | None, other: str | None) -> bool:
    return len(one or "") == len(other or "") == 10 and abs((date.fromisoformat(one or "") - date.fromisoformat(other or "")).days) == 1


def during_visit(ctx: Context, drafts: list[EventDraft]) -> list[EventDraft]:
    """"hat vom 12. bis 14. August die Stadt Pu'er besucht. Am Dienstag wurden die Gäste … empfangen":
    what the text places nowhere, in the days of a visit told before it, happened where the visit went,
    and the guests' reception is no new visit of theirs."""
    ordered = sorted(drafts, key=lambda d: d.start)
    dropped = set()
    place_visits(ctx, ordered)
    for i, d in enumerate(ordered):
        if len(d.date or "") != 10 or d.locations and not d.received \
                or d.occasion is not None and final(d.occasion).locations:
            continue  # (what closed talks told before, "Kết thúc hội đàm, … đã ký", was where the talks were)
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


def place_visits(ctx: Context, drafts: list[EventDraft]) -> None:
    """"Chuyến thăm … diễn ra từ ngày 17 đến 19/9": a visit told without a place went where its side's
    talks of its days were."""
    for d in drafts:
        if d.cls == "Visit" and not d.locations and len(d.date or "") == 10:
            held = next((o for o in drafts if o.cls != "Visit" and o.locations and len(o.date or "") == 10
                         and 0 <= (date.fromisoformat(o.date or "") - date.fromisoformat(d.date or "")).days <= _VISIT_DAYS
                         and sides_of(ctx, o) & sides_of(ctx, d)), None)
            if held is not None:
                d.locations |= held.locations


_YEAR_HEADS = 16
"""How far into a sentence a year stands that heads it ("2015年，", "In 2015,", "Năm 2015,")."""


def _year_heads(ctx: Context, d: EventDraft) -> bool:
    """The year `d` is dated to heads its sentence, in digits or in words ("2015年，", "Förra året undertecknade …")."""
    head = ctx.text[d.start:d.start + _YEAR_HEADS]
    return d.date is not None and (d.date in head or any(
        m.value == d.date and m.start < _YEAR_HEADS for m in ctx.lang.dates.read(head, reference=ctx.date)))


def _signing_words(ctx: Context, d: EventDraft) -> list[Match]:
    """The signing words of the sentence `d` was read from."""
    return [t for t in ctx.matches(ctx.lang.triggers) if t.value == "Signing" and d.start <= t.start < d.end]


def _signed_since(ctx: Context, d: EventDraft) -> bool:
    """"Seit der Unterzeichnung des Abkommens … im Jahr 2019", "since the two localities signed … in 2019": a signing
    told as where a time began happened then, not at the event told before."""
    for t in _signing_words(ctx, d):
        before = ctx.text[max(d.start, t.start - _SINCE_REACH):t.start]
        # (a since-word of one word anywhere in its clause before it; one of several words ("kể từ") right before it)
        if (not _SINCE_BREAK.search(before) and any(w in ctx.lang.first_since_words for w in before.split())) \
                or any(before.rstrip().endswith(w) for w in ctx.lang.first_since_words if " " in w):
            return True
    return False


def _year_beside_signing(ctx: Context, d: EventDraft) -> bool:
    """"… påminde om att de två sidorna 2023 undertecknade samförståndsavtal": the year right beside the signing's word
    dates that signing, whatever event was told before."""
    words = _signing_words(ctx, d)
    if not words or d.date is None:
        return False
    told = [m for m in ctx.lang.dates.read(ctx.text[d.start:d.end], reference=ctx.date) if m.value == d.date]
    return any(-_YEAR_BESIDE <= t.start - d.start - m.end <= _YEAR_BESIDE or 0 <= d.start + m.start - t.end <= _YEAR_BESIDE
               or _year_in_clause_after(ctx, t.end, d.start + m.start, d.date) for t in words for m in told)


def _year_in_clause_after(ctx: Context, word_end: int, at: int, year: str) -> bool:
    """"… signed a twinning agreement in 2013 and have since met …": a past year after a signing's word in its clause,
    with a year word right before it (`year_words`: "in", "năm", "عام"), is when it was signed; the report's year may
    name a plan ("ký Biên bản ghi nhớ hợp tác năm 2025")."""
    before = ctx.text[max(word_end, at - _YEAR_WORD_REACH):at].split()
    return ctx.date is not None and year < ctx.date[:4] and 0 <= at - word_end <= _YEAR_AFTER_REACH and bool(before) \
        and before[-1] in ctx.lang.dates.year_words and not _SINCE_BREAK.search(ctx.text, word_end, at)


_YEAR_AFTER_REACH = 60
_YEAR_WORD_REACH = 12


_YEAR_BESIDE = 3
"""How far (in characters) from a signing's word its year may stand to date it."""
_SINCE_REACH = 40
"""How far before a signing's word the since-word that makes it a beginning may stand."""
_SINCE_BREAK = re.compile(r"[,;:.،]")


def on_the_occasion(ctx: Context, drafts: list[EventDraft]) -> list[EventDraft]:
    """"At the end of the conference the sides signed the minutes": a signing the text does not
    date (or dates after publication, which is a plan) happened at the event told just before."""
    last: EventDraft | None = None
    talks: EventDraft | None = None  # the last talks: what is signed is signed there, not at a patrol
    for d in sorted(drafts, key=lambda d: d.start):
        if d.date and ctx.date and d.date[:len(ctx.date)] > ctx.date[:len(d.date)]:
            d.date = None
        # ("Zum Abschluss … setzten ihre Unterschriften unter das Protokoll": the talks told last, else the event told last)
        closing = d.cls == "Signing" and last is not None and ctx.text.startswith(ctx.lang.closing_words, d.start)
        # ("2015年，东兴市与…芒街市签订…协议书" after talks of 2025: a signing its sentence opens by another year was not
        # signed there; a year later in the sentence may be a clause's of its own: "…, über das im vergangenen Jahr …")
        told = talks or last
        occasion = d.occasion if d.cls == "Signing" and d.occasion is not None else \
            told if d.cls == "Signing" and d.agreement is not None and (
                d.date is None or len(d.date) == 4 and told is not None and ((told.date or "").startswith(d.date)
                                                                             or not _year_heads(ctx, d))
                and not _signed_since(ctx, d) and not _year_beside_signing(ctx, d)) else \
            (talks or last) if closing else None
        if occasion is not None:
            d.date = occasion.date
            if not d.locations:
                d.locations |= occasion.locations
            if len(led_sides(ctx, d)) < 2:
                d.participants |= occasion.participants
        elif d.date and len(d.date) == 10:
            last = d
            talks = d if d.cls in TALKS else talks
    return drafts


def organisers(ctx: Context, drafts: list[EventDraft], sentences: list[tuple[int, int]]) -> None:
    """"The five-day event is jointly organised by the Lao Cai People's Committee and the People's
    Government of Honghe": the bodies and places after the phrase are sides of the event the sentence
    speaks of, or else of the event the article dated last before it."""
    _named_as_taking_part(ctx, drafts, sentences, ctx.matches(ctx.lang.organised_by), after=True)


def attendance(ctx: Context, drafts: list[EventDraft], sentences: list[tuple[int, int]]) -> None:
    """"Från vietnamesisk sida deltog styrkor från gränsbevakningskommandot i provinsen Lai Chau": the people,
    bodies and places of a sentence that says who took part are participants of the event it speaks of, or
    else of the event the article dated last before it."""
    _named_as_taking_part(ctx, drafts, sentences, ctx.matches(ctx.lang.attended_words), after=False)


def _named_as_taking_part(ctx: Context, drafts: list[EventDraft], sentences: list[tuple[int, int]],
                          phrases: list[Match], *, after: bool) -> None:
    """The bodies and places of each phrase's sentence (after the phrase only, with `after`) take part in the
    event that sentence speaks of, or else in the event dated last before it."""
    if not phrases or not drafts:
        return
    ordered = sorted(drafts, key=lambda d: d.start)
    composite = ctx.indexed("composite", composite_names)
    for m in phrases:
        s, e = next(((s, e) for s, e in sentences if s <= m.start < e), (m.start, m.end))
        told = [d for d in ordered if any(a <= m.start < b for a, b in d.spans)] \
            or [d for d in ordered if d.start < s and len(d.date or "") == 10][-1:]
        if not told:
            continue
        named = {f.iri for f in ctx.found_between(m.end if after else s, e)
                 if f.cls in SIDE_BODIES or not after and f.cls == "Person"
                 or f.cls in SIDE_PLACES and (after or not composite.contains_other(f.start, f.end))}
        told[0].participants |= named


def gate_pairs(ctx: Context, drafts: list[EventDraft]) -> None:
    """"Tan Thanh – Po Chai", "峒中—横模": two border gates a dash joins are one crossing, the gate on
    each side of it; an event at either gate of a pair the article names is at the crossing, both gates."""
    gates = [f for f in ctx.found if f.cls == "BorderGate"]
    other: dict[str, set[str]] = {}
    for first, second in zip(gates, gates[1:]):
        if first.iri != second.iri and first.end <= second.start \
                and _GATE_PAIR_JOIN.fullmatch(ctx.text, first.end, second.start) is not None:
            other.setdefault(first.iri, set()).add(second.iri)
            other.setdefault(second.iri, set()).add(first.iri)
    if not other:
        return
    for d in drafts:
        d.locations |= {g for loc in d.locations for g in other.get(loc, ())}


def gate_sides(ctx: Context, drafts: list[EventDraft]) -> None:
    """"the Tra Linh (Vietnam) – Longbang (China) border gate pair was upgraded to international status at a ceremony on
    December 28, 2023": an event at border gates whose tellings name no place as a side is between the places the gates
    lie in, down to their districts and cities."""
    for d in drafts:
        if any(ctx.entries.get(p) is not None and ctx.entries[p].cls in SIDE_PLACES for p in d.participants) \
                or not d.locations \
                or not all(ctx.entries.get(loc) is not None and ctx.entries[loc].cls == "BorderGate" for loc in d.locations):
            continue
        d.participants |= {a for g in d.locations for a in ctx.ancestors(g)
                           if ctx.entries.get(a) is not None and ctx.entries[a].cls in _GATE_SIDES}


_GATE_SIDES = ("District", "City", "Province", "AutonomousRegion")


def works_named(ctx: Context, drafts: list[EventDraft]) -> None:
    """"友谊关口岸货运专用通道正式开通启用", "a ceremony … to put into operation a new freight lane … linking Lang Son and
    Pingxiang": an event dated to its day whose tellings name no side and no place but a border gate or works is at
    that gate, or between the places the works' name joins."""
    for d in drafts:
        if d.participants or d.locations or d.mechanism or len(d.date or "") != 10:
            continue
        named = [f for a, b in d.spans for f in ctx.found_between(a, b)]
        works = [f for f in named if f.cls in ("BorderGate", "Infrastructure")]
        joined = {p.iri for w in works if w.cls == "Infrastructure" for p in named
                  if p.cls in SIDE_PLACES and w.start <= p.start and p.end <= w.end}
        gates = {f.iri for f in works if f.cls == "BorderGate"}
        if len(joined) >= 2:
            d.participants |= joined
        elif len(gates) == 1:
            d.locations |= gates


def kind_told_before(drafts: list[EventDraft]) -> None:
    """"Den 27:e sådana patrullen genomfördes den 27–29 april": an event dated to its day whose tellings name no place
    and no series, and no side but those of the kind told before it, is one more of that kind, between its sides and
    where it was. (Not a signing: "… Kooperationsabkommen zu unterzeichnen" names what is to be signed, an act of its
    own sides.)"""
    ordered = sorted(drafts, key=lambda d: d.start)
    for i, d in enumerate(ordered):
        if d.locations or d.mechanism or len(d.date or "") != 10 or d.cls == "Signing":
            continue
        told = next((o for o in reversed(ordered[:i]) if o.cls == d.cls and (o.participants or o.locations)), None)
        if told is not None and d.participants <= told.participants:
            d.participants |= {p for p in told.participants if not p.startswith(PERSON)}
            d.locations |= told.locations


def countries_as_sides(ctx: Context, drafts: list[EventDraft]) -> None:
    """"under the protocol signed between the two governments on October 11, 2011": an event whose tellings name no
    side but the two countries (`both_countries`) is between Vietnam and China; so is one whose only other side is
    where it was held ("两国有关部门在河内签署了…": Hanoi is the venue, the countries the sides), and one of a
    mechanism whose name the two countries' short names open (`both_countries_prefixes`)."""
    countries = {c for c in _THE_TWO_COUNTRIES if c in ctx.entries}
    if len(countries) < 2:
        return
    named = {f.iri: f for f in ctx.found if f.cls == "Mechanism"} if ctx.lang.both_countries_prefixes else {}
    for d in drafts:
        if d.participants <= d.locations and names_both_countries(ctx, d):
            d.participants |= countries
        elif not d.participants and d.mechanism in named \
                and ctx.text.startswith(ctx.lang.both_countries_prefixes, named[d.mechanism].start):
            d.participants |= countries  # "中越贸易畅通工作组举行第一次会议": a mechanism of the two countries


def names_both_countries(ctx: Context, d: EventDraft) -> bool:
    """A telling of the event names the two countries as its sides (`both_countries`)."""
    phrases = ctx.matches(ctx.lang.both_countries)
    return bool(phrases) and any(any_between(phrases, a, b) for a, b in d.spans or [(d.start, d.end)])


_THE_TWO_COUNTRIES = (f"{BKR}place/vietnam", f"{BKR}place/china")


def accordingly(ctx: Context, drafts: list[EventDraft], sentences: list[tuple[int, int]]) -> None:
    """"… tổ chức lễ kết nghĩa cụm dân cư lần thứ 3 … Theo đó, bản A và thôn B đã ký văn bản kết nghĩa": a
    sentence opening with "accordingly" tells how the edition told just before was held; the sides it
    names are that edition's."""
    if not ctx.lang.thereby_words or not any(ctx.text.startswith(ctx.lang.thereby_words, d.start) for d in drafts):
        return  # (no event told where such a word stands)
    starts = {s + len(ctx.text[s:s + 8]) - len(ctx.text[s:s + 8].lstrip()) for s, _ in sentences}
    ordered = sorted(drafts, key=lambda d: d.start)
    for i, d in enumerate(ordered):
        if d.start not in starts or not ctx.text.startswith(ctx.lang.thereby_words, d.start):
            continue
        before = next((o for o in reversed(ordered[:i]) if o.start < d.start), None)
        if before is not None and before.mechanism is not None and d.date in (None, before.date):
            before.participants |= sides_of(ctx, d)


def series_sides(ctx: Context, drafts: list[EventDraft]) -> None:
    """"Die dritte Sitzung der Arbeitsgruppe hatte im März … stattgefunden", "La troisième réunion s'était tenue
    … à Phong Tho": another edition of a series the text tells, naming no sides of its own, had the sides of
    the edition told (a series' sides are its members)."""
    for d in drafts:
        if d.mechanism is None and d.ordinal is None or len(sides_of(ctx, d)) >= 2:
            continue
        # a series no mechanism names: numbered editions of one kind ("la quatrième réunion", "la troisième")
        told = next((o for o in drafts if o is not d and len(sides_of(ctx, o)) >= 2 and (
            o.mechanism == d.mechanism if d.mechanism else o.mechanism is None and o.cls == d.cls
            and o.ordinal not in (None, d.ordinal))), None)
        if told is not None:
            d.participants |= sides_of(ctx, told)


def namesake_venues(ctx: Context, drafts: list[EventDraft]) -> None:
    """"La ville de Lao Cai et le district de Hekou … une séance de travail … s'est tenue mardi à Lao Cai": a province's
    bare name where an event was, when the city within it that bears its name (its capital) is a side of the event,
    names that city; "in Lao Cai province" stays the province."""
    for d in drafts:
        for province in [p for p in d.locations if p in ctx.entries and ctx.entries[p].cls == "Province"]:
            cities = {c for c in d.participants if c in ctx.entries and ctx.entries[c].cls == "City"
                      and province in ctx.entries[c].located_in}
            told = [f for s, e in d.spans for f in ctx.found_between(s, e) if f.iri == province]
            if len(cities) != 1 or not told or any(place_type_next_to(ctx, f.start, f.end) for f in told):
                continue
            city = cities.pop()
            if all(any(ctx.text[f.start:f.end] in label for label in ctx.entries[city].labels) for f in told):
                d.locations = d.locations - {province} | {city}

