"""One article's tellings of one event merged into one, and the event words that tell no event."""
from __future__ import annotations

from borderkg.extract.entities import Context
from borderkg.extract.events.draft import EventDraft, placed_within_a_country, sides_of

# What a delegation's visit brings about, dated by the visit when the text gives no day of its own.
_DURING_VISIT = ("Meeting", "Signing", "Exchange")


def in_general(draft: EventDraft) -> bool:
    """"năm 2023, tổng kim ngạch …", "中越人文交流年，2024年": an event word dated only to a year, tied to
    no series or edition and not named by that year, speaks of activity in general, not of one event told."""
    # ("2015年，东兴市与越南广宁省芒街市签订缔结友好城市关系协议书", "… påminde om att de två sidorna 2023 undertecknade
    # samförståndsavtal": the signing of a document it names is one event)
    # ("La edición anterior se celebró en Chongzuo en 2023": an edition of the event told is one event; so is one
    # told as like another: "Une exposition similaire avait été présentée à Cao Bang en 2023")
    return len(draft.date or "") == 4 and draft.mechanism is None and draft.ordinal is None and not draft.named_year \
        and not draft.earlier_edition and not draft.like_told \
        and not (draft.cls == "Signing" and draft.agreement is not None)


def merge_editions(ctx: Context, drafts: list[EventDraft]) -> list[EventDraft]:
    """Merge what one article says of one mechanism's event: an undated or less precise mention
    joins the single most precise event of the same class and mechanism."""
    out: list[EventDraft] = []
    # `out` by class, and by class and mechanism (neither changes once a draft is in `out`)
    of_class: dict[str, list[EventDraft]] = {}
    of_mechanism: dict[tuple[str, str | None], list[EventDraft]] = {}
    receptions = {(d.start, d.end) for d in drafts if d.received}  # the sentences that tell a reception of visitors
    for d in sorted(drafts, key=lambda d: -len(d.date or "")):
        target = None
        told_with = _told_with(ctx, d, drafts)
        if told_with is not None:  # and so it is not another event of its class on other days
            d.date = told_with.date
            same = [o for o in of_class.get(d.cls, []) if o.date == d.date]
            target = same[0] if len(same) == 1 else None
        elif d.mechanism:
            same = [o for o in of_mechanism.get((d.cls, d.mechanism), [])
                    if d.date is None or (o.date or "").startswith(d.date)]
            if len(same) == 1:
                target = same[0]
        elif len(d.date or "") < 10 and not (d.date and ctx.matches_starting(ctx.lang.earlier_words, d.start, d.end)):
            # ("Earlier in December, the border guards also patrolled …": another event than the one of the day)
            # "During the talks with the visiting delegation ...": what a visit told to the day
            # brought about happened during it.
            visits = [o for o in of_class.get("Visit", []) if len(o.date or "") == 10 and (o.date or "").startswith(d.date or "")]
            # "Sie wurden von Pham Quang Huy empfangen", "Los visitantes fueron recibidos por …": so were the
            # visitors' reception by their hosts; "Gästerna togs emot av Lu Haixin" after the visit told, before a
            # state visit told later, and not a meeting of another day: by the visit told last before it
            received = d.date is None and d.cls == "Meeting" and (d.start, d.end) in receptions
            visited = [o for o in visits if o.start < d.start] if received else []
            if visited:
                visits = [max(visited, key=lambda o: o.start)]
            # "Die 24. Auflage der Messe ...", "Ms La Binh said the 2025 fair ...": an undated or
            # less precise mention of the one event of its kind the article dates to the day is that
            # event; it may say which edition it is and who took part.
            same = [o for o in of_class.get(d.cls, []) if len(o.date or "") == 10 and (o.date or "").startswith(d.date or "")]
            if visited:
                same = [o for o in same if o.date == visits[0].date]  # (a reception told before, that day)
            # (the day's tellings of one event are merged later: "… ihre erste bilaterale Patrouille … aufgenommen. …
            # Unmittelbar danach kontrollierten beide Streifen …", under a title that dates it to the year)
            if len({o.date for o in same}) == 1 and d.start < min(o.start for o in same):
                same = sorted(same, key=lambda o: o.start)[:1]
            if len(same) == 1:
                same[0].ordinal = same[0].ordinal or d.ordinal
                same[0].participants |= {p for p in d.participants if p not in ctx.entries}
                # "L'exercice s'est déroulé dans le bourg de Jinshuihe": it may say where, when the event's own sentence does not
                if d.locations and not placed_within_a_country(ctx, same[0]):
                    same[0].locations = set(d.locations)
                same[0].spans.extend(d.spans)
                d.merged_into = same[0]
                continue
            # "Tiếp và hội đàm với đoàn tại trụ sở Huyện ủy …": talks the text places but does not date
            # were held with the visitors during their visit.
            placed_talks = d.date is None and d.cls == "Meeting" and (bool(d.locations) or received)
            if len(visits) == 1 and d.cls in _DURING_VISIT and not same and (d.date or placed_talks) and not in_general(d):
                d.date = visits[0].date
                d.locations = d.locations or set(visits[0].locations)
                if placed_talks:
                    d.participants |= visits[0].participants
        if target is None:
            out.append(d)
            of_class.setdefault(d.cls, []).append(d)
            of_mechanism.setdefault((d.cls, d.mechanism), []).append(d)
            continue
        target.participants |= d.participants
        if d.locations and not placed_within_a_country(ctx, target):
            target.locations = set(d.locations)
        target.ordinal = target.ordinal or d.ordinal
        target.spans.extend(d.spans)
        d.merged_into = target
    return [d for d in out if d.date or (d.cls == "Signing" and d.agreement is not None and len(d.participants) >= 2)]


def _told_with(ctx: Context, d: EventDraft, drafts: list[EventDraft]) -> EventDraft | None:
    """"The department welcomed the delegation at the gate": an undated companion (the received
    delegation's visit) happened on the day of the event its sentence tells, once a merge has dated
    that event to the day. Its sentence must name both its sides: "received international delegations"
    names the host alone, and tells of receptions in general. A mechanism named beside another is dated
    by its own editions."""
    if d.date is not None or d.mechanism is not None:
        return None  # (tested before the names are gathered: most drafts are dated)
    sides = sides_of(ctx, d)
    if len(sides) < 2 or len(sides & {f.iri for f in ctx.found_between(d.start, d.end)}) < 2:
        return None
    main = next((o for o in drafts if o is not d and o.start == d.start and o.end == d.end and o.cls != d.cls
                 and o.merged_into is not None), None)
    told = main.merged_into if main is not None else None
    while told is not None and told.merged_into is not None:
        told = told.merged_into
    return told if told is not None and len(told.date or "") == 10 else None


def merge_same(ctx: Context, drafts: list[EventDraft]) -> list[EventDraft]:
    """Two tellings of one event in one article: same class, date and mechanism (or none named, beside
    the one edition told that day), and the participants of one among the actors of the other.
    Different parties stay apart."""
    out: list[EventDraft] = []
    told: dict[tuple[str, str | None, str | None], list[EventDraft]] = {}  # `out` by class, date and mechanism
    for d in sorted(drafts, key=lambda d: -len(d.participants)):
        candidates = told.get((d.cls, d.date, d.mechanism), [])
        if d.mechanism is None and d.date is not None:
            # "11月20日至23日，博览会现场推出…": a telling that names no mechanism, on the day of the one
            # edition of its class the article tells that day, is that edition.
            editions = [o for (cls, day, mechanism), same in told.items() if cls == d.cls and day == d.date and mechanism
                        for o in same if d.ordinal in (None, o.ordinal)]
            if len(editions) == 1:
                candidates = [*candidates, *editions]
        target = next((o for o in candidates if d.participants <= (o.participants | o.locations)), None)
        if target is None:
            out.append(d)
            told.setdefault((d.cls, d.date, d.mechanism), []).append(d)
            continue
        target.locations |= d.locations
        target.ordinal = target.ordinal or d.ordinal
        target.spans.extend(d.spans)
        d.merged_into = target
    for d in out:  # the most specific place of all the tellings (a country only where no telling says more)
        d.locations = {loc for loc in d.locations if not any(loc in ctx.ancestors(o) for o in d.locations)}
        if placed_within_a_country(ctx, d):
            d.locations = {loc for loc in d.locations if loc not in ctx.entries or ctx.entries[loc].cls != "Country"}
    return out

