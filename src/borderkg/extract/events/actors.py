"""Who took part in an event and where it happened, read from the sentence that tells it."""
from __future__ import annotations

import re
from functools import cache
from operator import attrgetter

from borderkg.extract.entities import PLACE_CLASSES, Context, Found, genitive_place_before
from borderkg.extract.entities_gates import GATE_NUMERAL
from borderkg.extract.events.draft import EventDraft, any_between
from borderkg.extract.matcher import Match
from borderkg.extract.posts import ORG_LIKE, PARTICIPANT_PLACES
from borderkg.extract.spans import SpanIndex, StartIndex, space_after, space_before
from borderkg.text import is_word_char

# Where an event can be held besides administrative places: a border gate, a bridge, a landmark ("visited the Ban
# Gioc waterfall").
VENUES = ("BorderGate", "Infrastructure", "Place")
_CLAUSE_BREAK = re.compile(r"[,;:()\n]")
# The places an event's locality lies in that host it with it ("thị trấn Thanh Nhật, huyện Hạ Lang": Ha Lang).
_HOSTING = ("District", "Province", "AutonomousRegion")
# How far after a verb what it governs may be ("besichtigte die Delegation aus Lao Cai den Grenzübergang X",
# "co-hosted a trade and investment promotion conference").
OBJECT_REACH = 60
_SEMICOLON = re.compile(r"[;；؛]")
_COMMA = re.compile(r"[,،，]")
# (compiled once: asked of each place in each sentence)
_ORIGIN_BREAK = re.compile(r"[,;:()\n،，；]")
_VENUE_REACH = 80
"""How far before a place its venue word may be ("i den nordvietnamesiska gränsprovinsen Lang Son")."""
_NON_SPACE = re.compile(r"\S+")
_ELIDED = re.compile(r"\w['’]")
_BRACKETS = re.compile(r"\([^()]*\)|[()]")
_BELONGING_BREAK = re.compile(r"[,،，(]")


_HEADS = 25
"""How far after a comma a date heads the clause it opens."""

# (built once: asked of each name in each sentence)
SIDE_BODIES = ORG_LIKE - {"Project"}
"""The bodies that take part as sides: a project is no side."""
SIDE_PLACES = PARTICIPANT_PLACES - {"Country"}
"""The places below a country, that a side or a venue may be."""


def own_clauses(ctx: Context, draft: EventDraft, trigger: Match, e: int, dated: StartIndex) -> int:
    """Where the event's own clauses end: "…die dritte Sitzung ab; die zweite hatte im Oktober in der
    Stadt Dien Bien Phu getagt": a clause after a semicolon that another date heads tells of another time; "双方签署了会谈纪要，
    并商定第四季度会谈由越方在老街省…举办", "…, and agreed that the next round will be held in Hanoi": one after a comma
    that an intent word opens (past an and-word) tells of what is to come."""
    intended = _intent_after_comma(ctx, trigger.end, e)
    if intended is not None:
        e = intended
    if not dated.between(trigger.end, e):
        return e  # (no date after the event's word, as in most sentences: no clause of another time)
    for m in _SEMICOLON.finditer(ctx.text[trigger.end:e]):
        cut = trigger.end + m.start()
        if any(d.value != draft.date for d in dated.between(cut, e)):
            return cut
    # "…celebraron la XI reunión …, la primera desde que, el 1 de julio pasado, Ha Giang se integró en
    # Tuyen Quang": a clause a date of another day heads is about that time, and so is what follows it.
    for m in _COMMA.finditer(ctx.text[trigger.end:e]):
        cut = trigger.end + m.start()
        clause_end = next((cut + 1 + n.start() for n in _COMMA.finditer(ctx.text[cut + 1:e])), e)
        # (one it heads: "…, som hölls i Kunming i tisdags och onsdags" tells where and the days the event took)
        if any(d.since or draft.date is None or not draft.date.startswith(d.value) and not d.value.startswith(draft.date)
               for d in dated.between(cut, min(clause_end, cut + _HEADS))):
            return cut
    return e


def _intent_after_comma(ctx: Context, start: int, e: int) -> int | None:
    """The first comma after `start` whose clause opens with an intent word (`intent_words`), past an and-word."""
    if ctx.lang.intent_words is None:
        return None
    for m in _COMMA.finditer(ctx.text, start, e):
        words = ctx.text[m.end():m.end() + 40].split(None, 1)
        at = space_after(ctx.text, m.end())
        if words and words[0] in ctx.lang.and_words:
            at = space_after(ctx.text, at + len(words[0]))
        if ctx.lang.intent_words.match(ctx.text, at):
            return m.start()
    return None


def sides_before(ctx: Context, draft: EventDraft, previous: tuple[int, int] | None, used_orgs: set[int],
                  told: list[EventDraft], *, subjectless: bool = False) -> None:
    """"They agreed at a meeting in Pingxiang on Friday": the parties are in the sentence before; "… och undertecknade
    dagen därpå ett protokoll med staden Chongzuo" (`subjectless`): the subject of the clause before is a party too."""
    where = draft.locations | {a for loc in draft.locations for a in ctx.ancestors(loc)}
    if told and any_between(ctx.matches(ctx.lang.both_sides), draft.start, draft.end):
        return  # "the two sides attended ...": the sides of the event told before (both_sides)
    if any_between(ctx.matches(ctx.lang.both_countries), draft.start, draft.end):
        return  # "The two governments signed an agreement …": the two countries (`countries_as_sides`), no one told before
    if (subjectless or draft.participants <= where) and previous is not None:
        lead = EventDraft(draft.cls, *previous)
        actors(ctx, lead, *previous, used_orgs)
        draft.participants = lead.participants | draft.participants


def actors(ctx: Context, draft: EventDraft, s: int, e: int, used_orgs: set[int], near: int | None = None) -> None:
    """Who took part and where: venue places become locations, the other actors participants.
    Of venue places not within one another, the one nearest the event's word (`near`) is where it
    happened ("Bat Xat in der Provinz Lao Cai und Jinping ... in der Großgemeinde Jinhe ... Gesprächen")."""
    composite = ctx.indexed("composite", composite_names)
    venues = ctx.lang.venue_words
    venue_end = -1
    chain: list[str] = []  # the venue places read last, one chained to the next
    chains: list[list[str]] = []  # every chain of venue places, as it grew
    side: tuple[int, set[str], set[str]] = (-1, set(), set())  # where the last side named ends, where it lies, its own place
    sides: list[Found] = []  # the places read as sides
    for f in ctx.found_between(s, e):
        inside = composite.contains_other(f.start, f.end)  # inside a name that is not f's own
        if f.cls in ORG_LIKE and not inside:  # where the body named last lies, though a post may hold it
            # (and where the body is, as read: "utrikesbyrån vid folkregeringen i den kinesiska prefekturen Honghe")
            own = {*(p.iri for p in ctx.found_between(f.start, f.end) if p.cls in PARTICIPANT_PLACES),
                   *(j for kind, j in f.links if kind == "jurisdiction")}
            side = (f.end, {a for p in own for a in ctx.ancestors(p) | {p}}, own)
            if _at_seat_of(ctx, s, f.start):  # "في مقر لجنة الحزب بالمقاطعة": at the body's seat, in its place
                draft.locations |= {j for kind, j in f.links if kind == "jurisdiction"}
        if f.cls == "Person" or (f.cls in SIDE_BODIES and id(f) not in used_orgs and not inside):
            draft.participants.add(f.iri)
        elif f.cls in SIDE_PLACES and inside \
                and not ctx.indexed("names but mechanisms", _names_but_mechanisms).contains_other(f.start, f.end):
            draft.participants.add(f.iri)  # "the Cao Bang – Guangxi Joint Working Group": a side named in a mechanism's name
        elif f.cls in PARTICIPANT_PLACES and not inside:
            # "在中国云南省红河州河口县", "in Hekou, Yunnan, China": places chained after a venue place
            # say where too, down to the most specific one. "the city of Baise in Guangxi": a place
            # right after a side, that side lies in, says where the side is, not where the event was.
            # ("el poblado de Qushui, perteneciente al distrito de Jiangcheng": said to, though no lexicon places it)
            # ("越南驻昆明总领事馆在昆明举行招待会": where a language puts what says more of a noun before it, a venue word
            # after a side opens where the event was)
            # (not the body's own place named again after a venue word: "the Public Security Bureau of Hekou county in
            # China's Yunnan province in Hekou" met in Hekou)
            lies_in = f.iri in side[1] and not (f.iri in side[2]
                                                and _after_venue_word(ctx, max(s, f.start - _VENUE_REACH), f.start))
            lies_in = lies_in and _chained(ctx, side[0], f.start, frozenset() if ctx.lang.clauses_before_head
                                           else venues) or _belongs(ctx, side[0], f.start)
            chained = _chained(ctx, venue_end, f.start) and not _turns_back(ctx, chain, f.iri)
            if chained or not lies_in and (_after_venue_word(ctx, max(s, f.start - _VENUE_REACH), f.start)
                                           or _locality_of_named_venue(ctx, s, f)):
                draft.locations.add(f.iri)
                venue_end = f.end
                chain = [*chain, f.iri] if chained else [f.iri]
                chains.append(chain)
            elif not _qualifier(ctx, f):
                draft.participants.add(f.iri)
                # "Dongxing city in China's Guangxi": a place the side lies in carries the chain on
                side = (f.end, side[1] if lies_in else ctx.ancestors(f.iri), side[2] if lies_in else set())
                sides.append(f)
        elif f.cls in VENUES and (_after_venue_word(ctx, max(s, f.start - _VENUE_REACH), f.start)
                                   or _paired(ctx, venue_end, f.start) or _chained(ctx, venue_end, f.start)):
            # "a ceremony at the Chi Ma (Vietnam) – Aidian (China) border gate pair"; "在凭祥市友谊关口岸": a gate
            # chained after the place it is held in
            draft.locations.add(f.iri)
            venue_end = f.end
            chain = [f.iri]
        elif f.cls in VENUES:
            # "las autoridades aduaneras … de Youyiguan, en la Región Autónoma de Guangxi": a gate that names a
            # side; the region after it says where the gate is
            side = (f.end, ctx.ancestors(f.iri), set())
    # "sur le tronçon frontalier de la commune d'A Mu Sung, dans le district de Bat Xat": a place named
    # right before where it happened, and lying there, says where more exactly.
    if sides and draft.locations:
        venue_mentions = [f for f in ctx.found_between(s, e) if f.iri in draft.locations]
        draft.locations |= {f.iri for f in sides if any(v.start >= f.end and v.iri in ctx.ancestors(f.iri)
                                                         and _chained(ctx, f.end, v.start, venues | ctx.lang.articles,
                                                                      _LOCATING_REACH)
                                                         for v in venue_mentions)}
    if not draft.locations and (told := _venue_anaphor(ctx, s, e)) is not None:
        draft.locations.add(told)
    if not draft.locations and (premises := _premises(ctx, s, e)) is not None:
        draft.locations.add(premises)
    draft.locations -= _facing_places(ctx, draft.locations, s, e)
    non_country = {loc for loc in draft.locations if loc not in ctx.entries or ctx.entries[loc].cls != "Country"}
    locations = non_country or draft.locations
    # The most specific place: "in Pingxiang, Guangxi" is in Pingxiang.
    draft.locations = {loc for loc in locations if not any(loc in ctx.ancestors(o) for o in locations)}
    if near is not None and len(draft.locations) > 1:
        nearest = min(draft.locations, key=lambda loc: _distance(ctx, loc, s, e, near))
        candidates = draft.locations
        # "at the Chi Ma (Vietnam) - Aidian (China) border gate pair": both gates of a pair.
        draft.locations = {nearest} | ({loc for loc in draft.locations if ctx.entries.get(loc) and ctx.entries[loc].cls in VENUES
                                        and _distance(ctx, loc, s, e, near) - _distance(ctx, nearest, s, e, near) <= 40}
                                       if nearest in ctx.entries and ctx.entries[nearest].cls in VENUES else set())
        # "Tullen i Lao Cai och dess kinesiska motsvarighet i Hekou höll ett möte i staden Lao Cai": an event is
        # held in one country; a place of the other that its sentence names after a venue word is a side.
        held_in = {c for loc in draft.locations for c in countries_of(ctx, loc)}
        draft.participants |= {loc for loc in candidates - draft.locations
                               if held_in and (countries := countries_of(ctx, loc)) and countries.isdisjoint(held_in)}
        # "en la comuna fronteriza de Thanh Thuy, provincia norteña de Tuyen Quang": the places a chain names after
        # where it was say where that lies, and host it with it (no lexicon may know that they hold it)
        draft.participants |= {loc for c in chains if nearest in c for loc in c[c.index(nearest) + 1:]
                               if loc in candidates and ctx.entries.get(loc) is not None
                               and ctx.entries[loc].cls in PARTICIPANT_PLACES}
    # The locality where it happens hosts it, so it, its district and its province take part (a
    # country only says where).
    minted = {f.iri: f.cls for f in ctx.found_between(s, e) if f.iri not in ctx.entries} \
        if not draft.locations <= ctx.entries.keys() else {}  # places no lexicon knows
    hosts = {h for h in non_country & draft.locations
             if (ctx.entries[h].cls if h in ctx.entries else minted.get(h, "Place")) in PARTICIPANT_PLACES}
    draft.participants |= hosts | {a for h in hosts for a in ctx.ancestors(h)
                                   if ctx.entries.get(a) and ctx.entries[a].cls in _HOSTING}


def _venue_anaphor(ctx: Context, s: int, e: int) -> str | None:
    """"som var på endagsbesök i distriktet": a venue word and a place's anaphor (`place_anaphors` that open with a venue
    word) with no name after it say where: the place of that level the text named last before it."""
    for phrase, level, first in _venue_anaphors(tuple(ctx.lang.place_anaphors.items()), ctx.lang.venue_words):
        at = ctx.text.find(phrase, s, e)
        while at >= 0:
            end = at + len(phrase)
            bounded = (at == 0 or not ctx.text[at - 1].isalnum()) and (end >= len(ctx.text) or not ctx.text[end].isalnum())
            named_after = any(f.start == space_after(ctx.text, end) for f in ctx.found_between(end, end + 3))
            if bounded and not named_after and _after_venue_word(ctx, max(s, at - _VENUE_REACH), at + len(first) + 1):
                # the place last named with the anaphor's noun beside it ("distriktet Muong Khuong"), of its level
                noun = phrase.split()[-1]
                told = max((f for f in ctx.found if f.cls == level and f.end <= at
                            and (ctx.text.endswith(noun, 0, space_before(ctx.text, f.start))
                                 or ctx.text.startswith(noun, space_after(ctx.text, f.end))
                                 or ctx.text.startswith(noun, f.start) or ctx.text.endswith(noun, f.start, f.end))),
                           key=attrgetter("end"), default=None)
                if told is not None:
                    return told.iri
            at = ctx.text.find(phrase, end, e)
    return None


@cache
def _venue_anaphors(anaphors: tuple[tuple[str, str], ...], venues: frozenset[str]) -> tuple[tuple[str, str, str], ...]:
    """The place anaphors that open with a venue word ("i distriktet"), with their level and that word."""
    return tuple((phrase, level, first) for phrase, level in anaphors
                 if (first := phrase.split(maxsplit=1)[0]) != phrase and first in venues)


def countries_of(ctx: Context, iri: str) -> set[str]:
    """The countries a side or place lies in (itself, if a country; a body's, its jurisdiction's)."""
    return {a for p in places_of(ctx, iri) for a in ctx.ancestors(p) | {p}
            if a in ctx.entries and ctx.entries[a].cls == "Country"}


def places_of(ctx: Context, iri: str) -> set[str]:
    """A side and the places it is of: a body's jurisdiction, a minted place's parent."""
    entry = ctx.entries.get(iri)
    if entry is not None and not entry.jurisdiction and entry.cls != "Organization":
        return {iri}  # (a place the lexicon knows: its ancestors say the rest)
    return {iri, *(entry.jurisdiction if entry else ()), *ctx.linked(iri, "jurisdiction"), *ctx.linked(iri, "locatedIn")}


def _at_seat_of(ctx: Context, s: int, at: int) -> bool:
    """A headquarters word (`headquarters_words`), and at most an article, right before `at`."""
    if not ctx.lang.headquarters_words:
        return False
    before = ctx.text[max(s, at - 40):at].rstrip()
    words = before.split()
    if words and words[-1] in ctx.lang.articles:
        before = before[:len(before) - len(words[-1])].rstrip()
    return before.endswith(ctx.lang.headquarters_words)


def _distance(ctx: Context, iri: str, s: int, e: int, at: int) -> int:
    """How far the nearest mention of `iri` in the sentence is from `at`."""
    return min((min(abs(f.start - at), abs(f.end - at)) for f in ctx.found_between(s, e) if f.iri == iri),
               default=10**6)


def composite_names(found: list[Found]) -> SpanIndex:
    """Names that may hold other names: organisations, mechanisms, infrastructure, ..."""
    return SpanIndex((f.start, f.end) for f in found
                     if f.cls not in PLACE_CLASSES and f.cls != "Person" or f.cls == "Infrastructure")


def _names_but_mechanisms(found: list[Found]) -> SpanIndex:
    """Every name but a mechanism's: a place inside one of them ("cửa khẩu quốc tế Lào Cai") is part of it."""
    return SpanIndex((f.start, f.end) for f in found if f.cls != "Mechanism")


_LOCATING_REACH = 50
"""How long the words may be between a side and the place after it that it lies in ("la ciudad fronteriza de Mong Cai, en
la provincia norteña vietnamita de Quang Ninh")."""


def _chained(ctx: Context, previous_end: int, start: int, also: frozenset[str] = frozenset(), reach: int = 30) -> bool:
    """Only commas, brackets or "of"-words (or words in `also`) between the name before and this one."""
    if previous_end < 0 or start < previous_end or start - previous_end > reach:
        return False
    gap = ctx.text[previous_end:start].replace(",", " ").replace("(", " ").replace(")", " ").replace("،", " ")
    if gap[:1] == "-":  # "Honghe-prefekturen i Yunnanprovinsen": a place-type word joined to the name before
        gap = gap[1:]
    return all(token in ctx.lang.venue_link_tokens or token in also for token in gap.split())


def _turns_back(ctx: Context, chain: list[str], iri: str) -> bool:
    """"tại thành phố Hàng Châu, tỉnh Chiết Giang (Trung Quốc), thành phố Đông Hưng … tổ chức": a chain of venues
    that went up, each place lying in the next, goes on only to a place the last one lies in; any other place
    after it is named for itself, not as where."""
    return len(chain) > 1 and chain[-1] in ctx.ancestors(chain[-2]) and iri not in ctx.ancestors(chain[-1])


def _paired(ctx: Context, previous_end: int, start: int) -> bool:
    """"Chi Ma (Vietnam) – Aidian (China)": a dash, past brackets that only qualify, joins the venue
    named before to the other of its pair."""
    if previous_end < 0 or not 0 <= start - previous_end <= 40:
        return False
    gap = _BRACKETS.sub(" ", ctx.text[previous_end:start]).strip()
    return gap in ("-", "–", "—", "/")


def _belongs(ctx: Context, side_end: int, start: int) -> bool:
    """"Fangcheng, som hör till staden Fangchenggang": a belonging phrase, then only "of"-words."""
    if side_end < 0 or not 0 <= start - side_end <= 60 or not ctx.lang.belonging_words:
        return False
    gap = _BELONGING_BREAK.sub(" ", ctx.text[side_end:start]).strip()
    if not gap.startswith(ctx.lang.belonging_words):
        return False  # (most gaps: no belonging phrase to find)
    phrase = next((w for w in ctx.lang.belonging_words if gap.startswith(w)), None)
    return phrase is not None and all(t in ctx.lang.link_tokens or t in ctx.lang.articles
                                      for t in gap[len(phrase):].split())


def destination(ctx: Context, draft: EventDraft, trigger: Match, s: int, e: int) -> None:
    """What a visit visits: the place the visit verb governs ("visited the city of Pu'er",
    "hat ... Ha Giang besucht"), after the verb or, in verb-final clauses, right before it."""
    # "besichtigte … den Bahnhof Hekou Nord", "visited the Ta Lung border gate": a gate or a station too
    places = [f for f in ctx.found_between(s, e) if (f.cls in SIDE_PLACES or f.cls in VENUES)
              and not origin(ctx, f.start)]  # "eine Delegation aus ... Mong Cai empfangen": where it came from
    after = sorted((f for f in places if f.start >= trigger.end), key=lambda f: f.start)
    words = ctx.lang.venue_link_tokens | ctx.lang.articles | ctx.lang.venue_words
    # "visited the city of Pu'er": the place the verb governs, a country too ("his visit to Vietnam in April"); else
    # "the visit a delegation of Quang Ninh paid to Guangxi": the first place after it that a venue word introduces.
    # ("visitó el miércoles el distrito de Fangcheng": past the day told between the verb and its object)
    countries = [f for f in ctx.found_between(trigger.end, e) if f.cls == "Country" and not origin(ctx, f.start)]
    # ("visitaron en la mañana del viernes la ciudad de Mong Cai": past a part of the day too)
    blanked = list(ctx.text[trigger.end:e])
    for part in ctx.matches_starting(ctx.lang.dates.same_days, trigger.end, e):
        blanked[part.start - trigger.end:part.end - trigger.end] = " " * (part.end - part.start)
    tail = "".join(blanked)
    governed = [f for f in sorted([*after, *countries], key=lambda f: f.start)
                if all(w in words or _is_time(ctx, w) for w in tail[:f.start - trigger.end].replace(",", " ").split())]
    introduced = [f for f in after if f.start - trigger.end <= 120
                  and _after_venue_word(ctx, max(s, f.start - _VENUE_REACH), f.start)]
    # (not one a body's name holds, "Una delegación de la Región de Guardia Fronteriza de Guangxi … visitó": whose it is)
    bodies = [(o.start, o.end) for o in ctx.found_between(s, trigger.start) if o.cls in ORG_LIKE]
    # (nor one a group's phrase names, "una delegación del Destacamento … de Fangchenggang, de la Región … de Guangxi
    # (China), visitó …": where it came from)
    before = [f for f in places if 0 <= trigger.start - f.end <= 25 and not any(a <= f.start and f.end <= b for a, b in bodies)
              and not _in_group_phrase(ctx, s, f.start)] if ctx.lang.destination_before_verb else []
    target = governed[0] if governed else introduced[0] if introduced else \
        after[0] if after and after[0].start - trigger.end <= OBJECT_REACH else max(before, key=lambda f: f.end) if before else None
    # "hat ... die Stadt Pu'er in der Provinz Yunnan besucht": the place the province only locates.
    while target is not None and target in before:
        within = next((f for f in places if f.end <= target.start and target.iri in ctx.ancestors(f.iri)
                       and _chained(ctx, f.end, target.start, ctx.lang.venue_words)), None)
        if within is None:
            break
        target = within
    # "前往越南广宁省芒街市", "to Mong Cai city, Quang Ninh": the most specific place of a chain right after the verb
    while target is not None and target not in before:
        inner = next((f for f in after if f.start >= target.end and target.iri in ctx.ancestors(f.iri)
                      and _chained(ctx, target.end, f.start, ctx.lang.venue_words)), None)
        if inner is None:
            break
        target = inner
    if target is not None:
        draft.locations = {target.iri}
        if target.cls in PARTICIPANT_PLACES:  # the place visited hosts the visit; a gate does not
            draft.participants.add(target.iri)


def _in_group_phrase(ctx: Context, s: int, start: int) -> bool:
    """The place at `start` is in the phrase that names a group ("una delegación del Destacamento … de Fangchenggang,
    de la Región Autónoma Zhuang de Guangxi"): a group word before it, and only names, "of"-words and articles between
    (not "Eine Delegation aus Wenshan … hat am Montag die Grenzprovinz Ha Giang besucht")."""
    low = max(s, start - 150)
    folded = ctx.text[low:start].split()
    original = ctx.original_of(low, start).split()
    if len(folded) != len(original):
        return False
    at = next((i for i in range(len(folded) - 1, -1, -1) if folded[i].strip(",()") in ctx.lang.group_words), None)
    small = ctx.lang.link_tokens | ctx.lang.articles | ctx.lang.origin_words
    # (and an "of"-word right before the place: "eine Abordnung des Volkskongresses von Guangxi Lang Son besucht" names
    # the place visited after the group's)
    return at is not None and at + 1 < len(folded) and folded[-1].strip(",()") in small \
        and all(o[:1].isupper() or not o.strip(",()") or f.strip(",()") in small
                for f, o in zip(folded[at + 1:], original[at + 1:]))


def origin(ctx: Context, start: int) -> bool:
    """A place a delegation comes from: an origin word ("from", "aus", "từ", "来自") among the four
    words before it, in the same clause."""
    before = _ORIGIN_BREAK.split(ctx.text[max(0, start - 50):start])[-1]
    if not ctx.lang.latin:
        return any(before.rstrip().endswith(w) or w in before[-12:] for w in ctx.lang.origin_words)
    words = list(_NON_SPACE.finditer(before))[-5:]
    word = next((w for w in reversed(words) if w.group() in ctx.lang.origin_words), None)
    # "aus der vietnamesischen Nachbarstadt Mong Cai": the first place after it ("aus Lao Cai den
    # Grenzübergang Youyiguan": Lao Cai came, the gate was visited)
    return word is not None and not any(f.cls in PLACE_CLASSES for f in ctx.found_between(start - len(before) + word.end(), start))


def _premises(ctx: Context, s: int, e: int) -> str | None:
    """"s'est tenue … à l'Hôpital populaire du district de Hekou": where a sentence names no place after a venue word,
    a body's name right after one (past articles) holds the place of its premises. Not a body a title names ("junto a la
    cónsul general de Vietnam en Kunming"), nor one after another body ("utrikesbyrån vid folkregeringen i Honghe")."""
    for f in ctx.found_between(s, e):
        if f.cls not in ORG_LIKE or ctx.match_starting(ctx.lang.roles, f.start) is not None:
            continue
        named = [p for p in ctx.found_between(f.start, f.end) if p.cls in PARTICIPANT_PLACES and p.cls != "Country"]
        if not named:
            continue
        words = list(_NON_SPACE.finditer(ctx.text, max(s, f.start - 40), f.start))
        while words and (words[-1].group() in ctx.lang.articles or _ELIDED.fullmatch(words[-1].group())):
            words.pop()  # ("à l'Hôpital": an article elided before the name)
        # (a venue word that also links a body to its place or parent, "vid", "i", "in", says whose the body is)
        if not words or words[-1].group() not in ctx.lang.venue_words or words[-1].group() in ctx.lang.link_tokens \
                or words[-1].end() < space_before(ctx.text, f.start) - 4:
            continue
        at = words[-1].start()
        if any(o.cls in ORG_LIKE and o.end == space_before(ctx.text, at) for o in ctx.found_between(max(s, at - 120), at)):
            continue
        if any(ctx.text.endswith(w, max(s, at - len(w)), words[-1].end()) for w in ctx.lang.belonging_words):
            continue  # "som hör till gränsförvaltningsbrigaden i häradet Jiangcheng": what a side belongs to
        return max(named, key=lambda p: p.start).iri
    return None


def _after_venue_word(ctx: Context, start: int, end: int) -> bool:
    """A venue word ("in", "tại", "在") among the three words before a place, in the same clause."""
    venues = ctx.lang.venue_words
    parts = _CLAUSE_BREAK.split(ctx.text[start:end])
    before = parts[-1]
    if not before.strip() and len(parts) > 1 and ctx.text[start:end].rstrip().endswith(",") \
            and (last := parts[-2].split()[-2:]) and all(w in ctx.lang.venue_link_tokens for w in last) \
            and any(w not in ctx.lang.link_tokens for w in last):
        before = parts[-2]  # "dans la capitale provinciale, Ha Long": the place set off after the words that describe it
    stripped = before.rstrip()
    if not ctx.lang.latin and any(stripped.endswith(w) and (len(stripped) == len(before) or len(stripped) == len(w)
                                                            or not stripped[-len(w) - 1].isalnum())
                                  for w in ctx.lang.venue_suffixes):
        # "在河口", "بخكو": a venue word glued to the place; past a space, only a whole word ("وفد شباب خكو": no "ب")
        return True
    words = before.split()
    # "بمحافظة هكو": a one-letter venue word written on the place-type word before the name
    if words and len(words[-1]) > 2 and words[-1][:1] in venues and words[-1][1:] in ctx.lang.venue_link_tokens:
        return True
    if _venue_tokens(venues).isdisjoint(words):
        return False  # (most places: none of the words before them is a venue word or one of a venue phrase)
    # "thuộc địa bàn xã Quảng Đức": a venue phrase right before the place, though its last word is a place
    # word too ("bàn" folds as "bản", a village): its last two or three words
    if ctx.lang.venue_phrases and len(words) > 1 and (" ".join(words[-2:]) in venues
                                                      or len(words) > 2 and " ".join(words[-3:]) in venues):
        return True
    # "en la comuna de Sin Thau": place-type and "of"-words between the venue word and the name.
    adjectives, types = ctx.lang.national_type_tokens
    while len(words) > 1 and (words[-1] in ctx.lang.venue_link_tokens or words[-1] in adjectives and words[-2] in types
                              or words[-2] in ctx.lang.gate_numbers and GATE_NUMERAL.fullmatch(words[-1])) \
            and words[-1] not in venues:
        words.pop()  # ("en la ciudad china de Pingxiang": a country's adjective after a place-type word; "n° II": a gate's number)
    if words and words[-1] in ctx.lang.bordering_ends:
        last_words = " ".join(words[-3:])
        if any(last_words == w or last_words.endswith(" " + w) for w in ctx.lang.bordering_words):
            return False  # "Pu'er, som gränsar till Dien Bien": the place a side borders
    tail = words[-3:]
    if not ctx.lang.group_words.isdisjoint(tail) \
            and venues.isdisjoint(tail[max(i for i, w in enumerate(tail) if w in ctx.lang.group_words) + 1:]):
        return False  # "recibió … a una delegación de la prefectura de Wenshan": the group's side
    # ("empfing … die Delegation in Nanning": a venue word after the group says where it was received)
    # "Am Mittwoch kamen Lao Cai und …", "On Monday Lao Cai …": a venue word before a day or a month is time's
    if not venues.isdisjoint(tail):
        tail = tail[next((i + 1 for i in range(len(tail) - 1, -1, -1) if _is_time(ctx, tail[i])), 0):]
    if not venues.isdisjoint(tail):
        # "in talks with Guangxi …", "en conversaciones con …": the venue word governs the talks; who they were with
        last = max(i for i, w in enumerate(tail) if w in venues)
        at = len(words) - len(tail) + last
        spans = [(end - len(before) + w.start(), end - len(before) + w.end()) for w in _NON_SPACE.finditer(before)]
        if last and tail[last - 1] in ctx.lang.resident_words and not _ends_a_body(ctx, spans[at - 1][1]):
            # "myndigheterna i den vietnamesiska gränsprovinsen Cao Bang": the authorities' place (a body named
            # whole, "Pingxiang Customs at the Huu Nghi border gate", is placed by its name: the place is where)
            return False
        if at and (title := ctx.match_ending(ctx.lang.roles, spans[at - 1][1])) is not None \
                and genitive_place_before(ctx, title.start) is None:
            # "partisekreterarna i Quang Ninh, Lang Son …": a title's; the place whose post it is ("Quang Ninhs
            # partisekreterare i Mong Cai": a title a genitive placed already; the place after it is where)
            return False
        if _inside_a_body(ctx, spans[at][0]):
            return False  # "departementet för allmän säkerhet i Kinas Guangxi": the body's place
        if _said_to_belong(ctx, end - len(before), spans[at][0]):
            return False  # "…, som lyder under gränsbevakningskommandot i provinsen Dien Bien,": where that body is
        if _about_before(ctx, start, end, words, at):
            return False  # "un memorando sobre el despacho aduanero en los pasos fronterizos de …": what it is about
        # ("aiming to turn the Ma Lu Thang – Jinshuihe gate pair into …": a venue word that also marks an infinitive
        # (`infinitive_marks`) governs a verb, where a word other than an article follows it)
        if tail[last] in ctx.lang.infinitive_marks and any(w not in ctx.lang.articles for w in tail[last + 1:]):
            return False
        return ctx.lang.between_words.isdisjoint(tail[last + 1:])
    # a venue phrase among them: their first two, all three or last two
    return ctx.lang.venue_phrases and len(tail) > 1 and (" ".join(tail[:2]) in venues or len(tail) > 2 and (
        " ".join(tail) in venues or " ".join(tail[1:]) in venues))


def _facing_places(ctx: Context, locations: set[str], s: int, e: int) -> set[str]:
    """"en el paso fronterizo internacional Lao Cai–Hekou": the place a gate pair names after the dash is where the gate
    facing it lies, part of the pair's name; the event was at the gate."""
    if not any(loc in ctx.entries and ctx.entries[loc].cls == "BorderGate" for loc in locations):
        return set()  # (most events: at no gate)
    gates = [f for f in ctx.found_between(s, e) if f.cls == "BorderGate" and f.iri in locations and f.iri in ctx.entries]
    facing = {g.end: {p for c in ctx.entries[g.iri].counterparts if c in ctx.entries for p in ctx.entries[c].located_in}
              for g in gates}
    places = [f for f in ctx.found_between(s, e) if f.cls in PARTICIPANT_PLACES and f.iri in locations]
    paired = {id(f) for f in places if any(f.iri in named and _DASH_ONLY.fullmatch(ctx.text[end:f.start])
                                           for end, named in facing.items())}
    # (not one named where it happened besides: "ayer en Dongxing … en el paso fronterizo Mong Cai – Dongxing")
    return {f.iri for f in places if id(f) in paired} - {f.iri for f in places if id(f) not in paired}


_DASH_ONLY = re.compile(r"\s*[-–—]\s*")


def _locality_of_named_venue(ctx: Context, s: int, f: Found) -> bool:
    """"tại Quảng trường 17/10, thành phố Lạng Sơn, …", "at the Kim Lien Hotel, Lao Cai city, …": a place told alone
    right after a venue no lexicon names, between commas, says where that venue is."""
    comma = space_before(ctx.text, f.start) - 1
    if comma < s or ctx.text[comma] not in _COMMAS or ctx.text[f.end:f.end + 2].strip()[:1] not in _COMMAS:
        return False  # (most places: no comma right before and after them)
    opening = max([s, *(m.end() for m in _ORIGIN_BREAK.finditer(ctx.text, max(s, comma - _VENUE_REACH), comma))])
    words = ctx.text[opening:comma].split()
    # (a venue word first, the venue's own name after it, no place, body, event word or time of its own: "tại buổi
    # làm việc, Lạng Sơn, …" is at the talks, "On March 12, Lang Son, …" a day)
    return 1 < len(words) <= _NAMED_VENUE_WORDS and words[0] in ctx.lang.venue_words \
        and ctx.lang.dates.time_words.isdisjoint(w.strip(",.") for w in words) and not ctx.found_between(opening, comma) \
        and not ctx.matches_starting(ctx.lang.triggers, opening, comma) \
        and (not ctx.lang.latin or any(c.isupper() for c in ctx.original_of(opening, comma)[len(words[0]) + 1:]))


_COMMAS = (",", "،", "，")
_NAMED_VENUE_WORDS = 6
"""How many words a venue's name told after its venue word may have ("tại Nhà văn hóa trung tâm tỉnh")."""


def _said_to_belong(ctx: Context, start: int, at: int) -> bool:
    """A belonging phrase (`belonging_words`) and then a body or a place between `start` and `at` (in one clause): a
    venue word at `at` says where that one is."""
    phrase = max((i for w in ctx.lang.belonging_words if (i := ctx.text.rfind(w, start, at)) >= 0
                  and not (i and is_word_char(ctx.text[i - 1]))), default=-1)
    # (or what it belongs to, no lexicon's body, in the same clause: "som hör till gränsförvaltningsbrigaden i häradet
    # Jiangcheng")
    return phrase >= 0 and (any(phrase < f.start and f.end <= at and (f.cls in ORG_LIKE or f.cls in PARTICIPANT_PLACES)
                                for f in ctx.found_between(phrase, at))
                            or at - phrase <= _BELONGING_REACH and not _CLAUSE_BREAK.search(ctx.text, phrase, at))


_BELONGING_REACH = 60
"""How far after a belonging phrase the venue word of the place its body lies in may be."""


def _ends_a_body(ctx: Context, at: int) -> bool:
    """The name of a body ends at the offset `at`."""
    return any(f.cls in ORG_LIKE and f.end == at for f in ctx.found_between(max(0, at - 120), at))


def _inside_a_body(ctx: Context, at: int) -> bool:
    """The offset `at` lies within the name of a body."""
    return any(f.cls in ORG_LIKE and f.start < at < f.end for f in ctx.found_between(max(0, at - 120), at))


def _about_before(ctx: Context, start: int, end: int, words: list[str], at: int) -> bool:
    """An about-word among the four words before the venue word `words[at]`, whose phrase runs on to it in small letters:
    "sobre el despacho aduanero en …", not "the Joint Coordination Committee on Border Gates in …" (a name), nor "om
    vid ett möte i …", "on Monday in …"."""
    about = [i for i in range(max(0, at - 4), at) if words[i] in ctx.lang.about_words]
    if not about:
        return False  # (most venue words: no about-word before them)
    original = _CLAUSE_BREAK.split(ctx.original_of(start, end))[-1].split()[:len(words)]  # (`words` lost its end only)
    return len(original) == len(words) and any(
        not any(_is_time(ctx, x) or x in ctx.lang.venue_words for x in words[i + 1:at])
        and not any(w[:1].isupper() for w in original[i + 1:at]) for i in about)


@cache
def _venue_tokens(venues: frozenset[str]) -> frozenset[str]:
    """The words of the venue words and phrases: a venue phrase is found only among words that are all of them."""
    return frozenset(word for venue in venues for word in venue.split())


def _is_time(ctx: Context, word: str) -> bool:
    """A weekday, a month or a number: the word a venue word before it governs is a time."""
    word = word.strip(",.")
    return word[:1].isdigit() or word in ctx.lang.dates.time_words


def _qualifier(ctx: Context, f: Found) -> bool:
    """"Mong Cai (Vietnam)": a place in brackets right after another name only says where that is."""
    return f.cls in ("Country", "Province", "AutonomousRegion") and ctx.text[max(0, f.start - 3):f.start].rstrip().endswith("(")
