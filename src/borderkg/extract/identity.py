"""Who the people of a document are: one IRI per person across documents, scripts and languages.

Documents are read one at a time in worker processes, so a person's IRI is computed from the
name and what the document says of them, never looked up in a registry: the name's romanized
key (`borderkg.extract.names`) read as Vietnamese or Chinese as the person's posts say. A name
whose script leaves two readings equally likely gets a node of its own, linked to both readings
by skos:closeMatch, rather than being merged with either.
"""
from __future__ import annotations

import re
from bisect import insort
from dataclasses import dataclass, replace
from pathlib import Path

from ahocorasick_rs import AhoCorasick, Implementation, MatchKind

from borderkg.extract.entities import PLACE_CLASSES, Context, Found
from borderkg.extract.events import EventDraft
from borderkg.extract.posts import Post
from borderkg.extract.mint import BKR, mint_iri
from borderkg.extract.names import Decision, NameReader, NameTables, script_of
from borderkg.model import Candidate
from borderkg.resources import LexiconEntry
from borderkg.text import fold

EXCLUSIVE_ROLES = {"SECRETARY", "CHAIR", "DIRECTOR", "HEAD"}
_CHINA = f"{BKR}place/china"
_APPOSITION = 120
"""How far after a name its title and body may run."""
CLOSE_MATCH = "skos:closeMatch"


USUAL_SURNAME = 3


@dataclass(frozen=True, slots=True)
class Doubt:
    """A person the document alone cannot make one with the nodes their name may denote."""

    kind: str
    """bk: class of the decision: UndecidedReading or KeptApart."""
    person: str
    start: int
    end: int
    """Folded offsets of the person's first mention."""
    candidates: tuple[Candidate, ...]
    """Each node the name may denote."""
    body: str | None = None
    """KeptApart: the body in which the two hold different exclusive posts."""


class People:
    """Reads names and mints people's IRIs; built once per extractor from `ontology/names/`."""

    def __init__(self, folder: Path, entries: dict[str, LexiconEntry]) -> None:
        self.reader = NameReader(NameTables.load(folder))
        tables = self.reader.tables
        # Surnames usual enough (weight 3 of 5) that, capitalised, they open a name wherever it stands.
        self.vietnamese_surnames = frozenset(s for s, w in tables.vi_weights.items() if w[0] >= USUAL_SURNAME)
        self.chinese_surnames = frozenset(s for s, w in tables.zh_surnames.items() if w >= USUAL_SURNAME)
        self.usual_surnames = self.vietnamese_surnames | self.chinese_surnames
        # Every surname the tables know, however rare: after a title, which says a person is named, any opens a name.
        self.known_surnames = frozenset(tables.zh_surnames) | frozenset(s for s, w in tables.vi_weights.items() if w[0] > 0)
        # All of them in one automaton: the extractor keeps those that stand as whole words. (A DFA: it scans
        # every document, and for a small automaton it reads a text in half the instructions of the default NFA.)
        self.surname_scan = AhoCorasick(sorted(self.usual_surnames), matchkind=MatchKind.Standard,
                                        implementation=Implementation.DFA)
        # A lexicon person named in a spelling the lexicon lacks is still that person.
        self.known: dict[str, str] = {}
        for entry in entries.values():
            if entry.cls == "Person":
                for label in entry.labels:
                    decision = self.reader.read(label, "en") if script_of(label) == "Latn" else None
                    if decision is not None and decision.decided:
                        self.known.setdefault(decision.reading.key, entry.iri)

        # Chinese places the lexicon knows, by their pinyin, for Vietnamese text that names them
        # the Sino-Vietnamese way the lexicon does not list ("châu Hồng Hà" is Honghe).
        self.chinese_places: dict[str, str] = {}
        for entry in sorted(entries.values(), key=lambda e: e.iri):
            if _CHINA in _ancestors(entries, entry.iri):
                for label in entry.labels:
                    if re.fullmatch(r"[a-z ]+", label):
                        self.chinese_places.setdefault(label.replace(" ", ""), entry.iri)

    def chinese_place(self, name: str, cls: str, entries: dict[str, LexiconEntry]) -> str | None:
        """The lexicon's Chinese place of that class a Sino-Vietnamese name reads as, if any."""
        key = self.reader.sino_vietnamese_pinyin(name)
        iri = self.chinese_places.get(key) if key else None
        return iri if iri is not None and entries[iri].cls == cls else None

    def name_span(self, ctx: Context, start: int, end: int) -> tuple[int, int] | None:
        """The part of a folded span that is a person's name; None when it is no name at all."""
        s, e = ctx.folded.span(start, end)
        length = self.reader.name_length(ctx.original[s:e])
        if length is None:
            return start, end
        if length == 0:
            return None
        return start, min(end, ctx.folded.folded_offset(s + length))

    def iri(self, decision: Decision) -> str:
        key = decision.reading.key
        if decision.decided:
            return self.known.get(key, f"{BKR}person/x-{key}")
        keys = sorted({key, *(r.key for r in decision.rivals)})
        return f"{BKR}person/x-{mint_iri('person', 'undecided', keys)[-16:]}"


def resolve_people(ctx: Context, people: People, posts: list[Post]) -> tuple[list[Post], list[Doubt]]:
    """Give each person the document names who is not in the lexicon its cross-document IRI,
    a Latin-script label, and skos:closeMatch links where the reading stayed undecided; posts
    follow. Short references ("Mr Sinh", "M. Truong") join the one full name they shorten.
    The doubts say which people stayed apart from the nodes their names may denote, and why."""
    origins = _origins(ctx, posts, people.reader.tables.countries)
    renamed: dict[int, Found] = {}
    undecided: dict[str, tuple[Candidate, ...]] = {}
    namesakes = _local_namesakes(ctx, posts)
    for f in ctx.found:
        if f.cls != "Person" or f.known and f.iri not in namesakes:
            continue
        decision = people.reader.read(ctx.original_of(f.start, f.end), ctx.lang.code, origins.get(f.iri))
        if decision is None:
            continue
        reading = decision.reading
        links = f.links + tuple((CLOSE_MATCH, people.iri(Decision(r))) for r in (reading, *decision.rivals)
                                if not decision.decided)
        labels = f.labels + ((reading.latin, reading.tag),)
        iri = people.iri(decision)
        if f.iri in namesakes:  # (the namesake's own node, linked to the office holder's)
            iri, links = f"{BKR}person/x-{reading.key}", links + ((CLOSE_MATCH, f.iri),)
        renamed[id(f)] = replace(f, iri=iri, labels=labels, links=links, known=False)
        if not decision.decided:
            undecided[renamed[id(f)].iri] = tuple(Candidate(people.iri(Decision(r)), r.latin, r.tag)
                                                  for r in (reading, *decision.rivals))
    _short_names(ctx, renamed, people.reader)
    mentions: dict[str, list[Found]] = {}
    for f in ctx.found:
        mentions.setdefault(f.iri, []).append(f)
    holders = {id(p): _holder(mentions.get(p.person, []), p) for p in posts}
    doubts = _keep_office_holders_apart(ctx, renamed, posts, holders)
    ctx.found[:] = [renamed.get(id(f), f) for f in ctx.found]
    for f in sorted(renamed.values(), key=lambda f: (f.start, f.end)):
        if f.iri in undecided:
            doubts.append(Doubt("UndecidedReading", f.iri, f.start, f.end, undecided.pop(f.iri)))
    return [replace(p, person=renamed[id(holders[id(p)])].iri) if id(holders[id(p)]) in renamed else p
            for p in posts], doubts


def _local_namesakes(ctx: Context, posts: list[Post]) -> set[str]:
    """The people the lexicon knows (national and provincial office holders) whom the document gives the head post of
    a body below a province: "金平县委书记李强" is Jinping county's secretary, not Li Qiang the Premier."""
    known = {f.iri for f in ctx.found if f.cls == "Person" and f.known}
    if not known:
        return set()
    bodies = {f.iri: f for f in ctx.found if f.links}
    out = set()
    for p in posts:
        if p.person in known and p.role in EXCLUSIVE_ROLES and p.organization in bodies:
            places = [obj for prop, obj in bodies[p.organization].links if prop == "jurisdiction"]
            if places and all(place in ctx.entries and ctx.entries[place].cls in _LOCAL or "/place/x-" in place
                              for place in places):
                out.add(p.person)
    return out


_LOCAL = ("District", "City", "Town", "Commune")


def _holder(named: list[Found], post: Post) -> Found | None:
    """The mention of the person a post was read from (the one inside the post's evidence), among
    the mentions of the post's person, in the order found."""
    return next((f for f in named if post.start <= f.start and f.end <= post.end), named[0] if named else None)


def _ancestors(entries: dict[str, LexiconEntry], iri: str) -> set[str]:
    out: set[str] = set()
    todo = list(entries[iri].located_in)
    while todo:
        place = todo.pop()
        if place not in out:
            out.add(place)
            todo.extend(entries[place].located_in if place in entries else ())
    return out


def _origins(ctx: Context, posts: list[Post], countries: dict[str, str]) -> dict[str, str]:
    """Vietnamese or Chinese, for each person whose posts are in bodies of one country."""
    bodies = {f.iri: f for f in ctx.found}
    out: dict[str, set[str]] = {}
    for p in posts:
        if p.weight < 2:
            continue  # the body's place was not in the text but taken from the article's home
        body = bodies.get(p.organization)
        if body is not None and ctx.common.get("heads", {}).get(body.head or "", {}).get("seated"):
            continue  # a mission sits in another country's city: that city says nothing of its staff
        places = [obj for prop, obj in body.links if prop == "jurisdiction"] if body is not None else []
        entry = ctx.entries.get(p.organization)
        places += list(entry.jurisdiction) if entry is not None else []
        for place in places:
            for c in (place, *ctx.ancestors(place)):
                if c in countries:
                    out.setdefault(p.person, set()).add(countries[c])
    decided = {person: next(iter(o)) for person, o in out.items() if len(o) == 1}
    for f in ctx.found:
        if f.cls == "Person" and not f.known and f.iri not in out and script_of(ctx.original_of(f.start, f.end)) != "Hani":
            origin = _apposition_origin(ctx, f, countries)
            if origin is not None:
                decided.setdefault(f.iri, origin)
    return decided


def _apposition_origin(ctx: Context, person: Found, countries: dict[str, str]) -> str | None:
    """"Bà La Bình, Phó Bí thư ..., Châu trưởng Chính quyền nhân dân châu Hồng Hà": the first place
    or body after a comma that follows the name, in the same sentence, says whose official it is.
    Not for Han script, where the name follows its title and the next place is someone else's."""
    if not re.match(r"\s*[,،]", ctx.text[person.end:person.end + 3]):
        return None
    stop = re.search(r"[.;!?。；\n]", ctx.text[person.end:person.end + _APPOSITION])
    limit = person.end + (stop.start() if stop else _APPOSITION)
    for f in sorted(ctx.found_between(person.end + 1, limit), key=lambda f: f.start):
        if f.cls == "Person":
            return None  # the next name's title, not this one's
        places = [obj for prop, obj in f.links if prop == "jurisdiction"]
        entry = ctx.entries.get(f.iri)
        places += list(entry.jurisdiction) if entry is not None else []
        places += [f.iri] if f.cls in PLACE_CLASSES else []
        for place in places:
            for c in (place, *ctx.ancestors(place)):
                if c in countries:
                    return countries[c]
    return None


def _short_names(ctx: Context, renamed: dict[int, Found], reader: NameReader) -> None:
    """A one-word name is the person whose full name in the same document ends with that word
    (Vietnamese, by the given name) or starts with it (Chinese, by the surname), when only one does.
    The full name may be one the lexicon knows ("Chen Gang … Cuong y Chen")."""
    people = [f for f in ctx.found if f.cls == "Person"]
    words = {id(f): fold(ctx.original_of(f.start, f.end)).text.split() for f in people}
    # The full names (which this loop does not rename) by the word that shortens them, and where
    # each IRI is first borne, kept as short names take the IRI of their full name.
    shortened_by: dict[str, set[str]] = {}
    bearers: dict[str, list[int]] = {}
    for at, o in enumerate(people):
        now = renamed.get(id(o), o)
        bearers.setdefault(now.iri, []).append(at)
        if len(words[id(o)]) > 1:
            key = words[id(o)][0] if _origin_of(now, reader, ctx) == "zh" else words[id(o)][-1]
            shortened_by.setdefault(key, set()).add(now.iri)
    for at, f in enumerate(people):
        if len(words[id(f)]) != 1 or f.known:
            continue
        word = words[id(f)][0]
        full = shortened_by.get(word, set())
        if len(full) == 1:
            target = people[bearers[next(iter(full))][0]]
            labels = tuple(label for label in renamed.get(id(target), target).labels if label[1].endswith("Latn")
                           or "-Latn-" in label[1])
            bearers[renamed.get(id(f), f).iri].remove(at)
            renamed[id(f)] = replace(f, iri=next(iter(full)), labels=f.labels[:1] + labels, links=())
            insort(bearers[renamed[id(f)].iri], at)


def _origin_of(f: Found, reader: NameReader, ctx: Context) -> str:
    """Where a name comes from: its pinyin label says so; a name the lexicon knows, as the names reader reads it."""
    if f.known:
        decision = reader.read(ctx.original_of(f.start, f.end), ctx.lang.code)
        return decision.reading.origin if decision is not None and decision.decided else "vi"
    return "zh" if any(tag == "zh-Latn-pinyin" for _, tag in f.labels) else "vi"


def _keep_office_holders_apart(ctx: Context, renamed: dict[int, Found], posts: list[Post],
                               holders: dict[int, Found | None]) -> list[Doubt]:
    """Two spellings that read alike but whose bearers hold different exclusive posts in one body
    (its secretary and its chair) are two people: the second spelling keeps a node of its own,
    linked by skos:closeMatch."""
    doubts: list[Doubt] = []
    spellings: dict[str, dict[str, list[Found]]] = {}
    for f in ctx.found:
        if id(f) in renamed:
            spelling = " ".join(ctx.original_of(f.start, f.end).split())
            spellings.setdefault(renamed[id(f)].iri, {}).setdefault(spelling, []).append(f)
    for iri, by_spelling in spellings.items():
        if len(by_spelling) < 2:
            continue
        roles: dict[str, dict[str, set[str]]] = {}
        for spelling, founds in by_spelling.items():
            for p in posts:
                if p.role in EXCLUSIVE_ROLES and any(holders[id(p)] is f for f in founds):
                    roles.setdefault(p.organization, {}).setdefault(spelling, set()).add(p.role)
        rivals = [org for org, held in roles.items() if len(held) > 1 and len(set().union(*held.values())) > 1]
        if not rivals:
            continue
        for spelling in sorted(by_spelling)[1:]:
            own = f"{BKR}person/x-{mint_iri('person', spelling)[-16:]}"
            for f in by_spelling[spelling]:
                renamed[id(f)] = replace(renamed[id(f)], iri=own, links=renamed[id(f)].links + ((CLOSE_MATCH, iri),))
            first = renamed[id(by_spelling[spelling][0])]
            latin = tuple(label for label in first.labels if "Latn" in label[1].split("-"))[-1:]
            doubts.append(Doubt("KeptApart", own, first.start, first.end,
                                tuple(Candidate(iri, text, tag) for text, tag in latin), min(rivals)))
    return doubts


def event_iris(ctx: Context, drafts: list[EventDraft], posts: list[Post]) -> list[str]:
    """The IRI of each event, from what every language that tells it resolves alike.

    Each language finds some slots another misses (a location, one of five participants, an
    edition number), so an event is keyed by the least it needs: its class and date, plus the
    mechanism it is an edition of, else the provinces (or countries) its participants belong to.
    When that coarse key would make two of one document's events one, those events are keyed by
    all their participants instead, so distinct events told together never merge.
    """
    coarse = [_coarse_key(ctx, d, posts) for d in drafts]
    return [mint_iri("event", *key) for key in _keys(coarse, [_fine_key(d) for d in drafts])]


def agreement_keys(ctx: Context, agreements: list[tuple[str | None, str | None, set[str]]],
                   posts: list[Post]) -> list[tuple | None]:
    """The content key of each (kind, date, parties) agreement, None where it has no parties.

    As for events: kind, date and the provinces of the parties, since one language names a
    signatory body where another names its head; all the parties where that would make two of
    one document's agreements one.
    """
    coarse = [(head, date, "sides", _sides(ctx, parties, posts)) if parties and date and _sides(ctx, parties, posts)
              else None for head, date, parties in agreements]
    fine = [(head, date, tuple(sorted(parties))) if parties else None for head, date, parties in agreements]
    return [key if f is not None else None for key, f in zip(_keys(coarse, fine), fine)]


def _keys(coarse: list[tuple | None], fine: list) -> list[tuple]:
    """The coarse key of each item, unless another item with the same coarse key differs in its fine one."""
    kinds: dict[tuple, set] = {}
    for c, f in zip(coarse, fine):
        if c is not None:
            kinds.setdefault(c, set()).add(f)
    return [c if c is not None and len(kinds[c]) == 1 else _listed(f) for c, f in zip(coarse, fine)]


def _listed(key: tuple | None) -> tuple:
    """The fine key as IRIs were minted from it before the coarse key existed (its last part a list)."""
    return () if key is None else (*key[:-1], list(key[-1]))


def _fine_key(d: EventDraft) -> tuple:
    # The people who took part identify an event better than the bodies and places around them,
    # which each language names differently ("the Baise government", "百色市", "Bách Sắc").
    people = sorted(p for p in d.participants if "/person/" in p)
    return d.cls, d.date, d.mechanism, tuple(people if len(people) >= 2 else sorted(d.participants))


def _coarse_key(ctx: Context, d: EventDraft, posts: list[Post]) -> tuple | None:
    if d.date is None:
        return None
    if d.mechanism is not None:
        return d.cls, d.date, "mechanism", d.mechanism
    sides = _sides(ctx, d.participants, posts)
    return (d.cls, d.date, "sides", sides) if sides else None


def _sides(ctx: Context, actors: set[str], posts: list[Post]) -> tuple[str, ...]:
    """The provinces the actors belong to (a place's, a body's jurisdiction's, a person's bodies'),
    or their countries when no province is known."""
    provinces: set[str] = set()
    countries: set[str] = set()
    for actor in actors:
        for place in _places_of(ctx, actor, posts):
            for c in (place, *ctx.ancestors(place)):
                entry = ctx.entries.get(c)
                if entry is None:
                    continue
                if entry.cls == "Province":
                    provinces.add(c)
                elif entry.cls == "Country":
                    countries.add(c)
    return tuple(sorted(provinces or countries))


def _places_of(ctx: Context, iri: str, posts: list[Post]) -> list[str]:
    """The places an actor stands for: a place itself, a body's jurisdiction, a person's bodies'."""
    if "/person/" in iri:
        return [place for p in posts if p.person == iri and p.weight >= 2
                for place in _places_of(ctx, p.organization, [])]
    entry = ctx.entries.get(iri)
    if entry is not None and entry.cls in PLACE_CLASSES:
        return [iri]
    places = list(entry.jurisdiction) if entry is not None else []
    places += ctx.linked(iri, "jurisdiction")
    return places


__all__ = ["CLOSE_MATCH", "EXCLUSIVE_ROLES", "Doubt", "People", "agreement_keys", "event_iris", "resolve_people"]
