"""Reconcile stage: what one document cannot settle alone (who a person is, which edition an event
is), settled by what the other documents say.

Arabic script writes neither tones nor most vowels: "لو شين شه" is Lu Xinshe or Luo Xinshe,
"ترونغ" Trung, Trọng or Trường, and one document cannot tell. Another document, in a script
that can, names the holder of the same post in the same body at the same time, or a
participant of the same event: that settles the reading. Where no other document decides, or
two readings are each supported, the person keeps the node extraction gave it (with its
skos:closeMatch links to the candidate readings). Two people who hold different exclusive
posts in one body at the same time are never made one.

An event's IRI is minted without its edition number (one article gives it, another does not,
and both tell one event), so two articles that number one edition differently ("the 5th", "the
11th") would give its node two numbers. The number the most documents state is kept (of numbers
stated as often, the smallest, so that builds repeat); a document that states another loses it
from its graph, with a record of the number it stated and the documents that overrule it.

Runs after extraction, over all documents: `summarise` keeps what a document says of its
people and the edition numbers it states (small, so that a streaming build can hold it for
every document), `reconcile` decides from all the summaries, and `settle` rewrites one
document's extraction with the decisions before it is assembled.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, replace
from datetime import date as Date

from borderkg.extract.identity import CLOSE_MATCH, EXCLUSIVE_ROLES, People
from borderkg.extract.mint import mint_iri
from borderkg.extract.names import Decision, script_of
from borderkg.model import Candidate, Document, Extraction, IdentityDecision, Mention, OrdinalDecision, Origin
from borderkg.tenure import reported_date

READING_MARGIN = 2.0
"""How far (in weight units) below the best reading of an Arabic-script name another reading may
be and still be a candidate another document can settle (three quarters of a usual syllable)."""
SAME_TIME_DAYS = 366
"""Two documents tell of one post at the same time when their dates are at most this far apart."""


@dataclass(frozen=True, slots=True)
class Told:
    """A person as one document tells of them."""

    iri: str
    posts: tuple[tuple[str, str], ...] = ()
    """(organization IRI, role code) of each post the document gives them."""
    events: tuple[str, ...] = ()
    candidates: tuple[Candidate, ...] = ()
    """The readings another document may settle; empty when the name is not in doubt."""


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """What reconciliation needs of one document."""

    identifier: str
    date: str | None
    """The date the document reports its posts on (`tenure.reported_date`)."""
    people: tuple[Told, ...] = ()
    document: Document | None = None
    """The document without its text, when a person in it is in doubt or it states an edition
    number (to extract it again if others settle them)."""
    ordinals: tuple[tuple[str, int], ...] = ()
    """(event IRI, edition number) of each edition number the document states."""

    @property
    def doubtful(self) -> bool:
        return any(p.candidates for p in self.people)

    def to_json(self) -> bytes:
        data = asdict(self)
        return json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> DocumentSummary:
        raw = json.loads(data)
        doc = raw.get("document")
        if doc is not None:
            doc["origin"] = Origin(**doc["origin"]) if doc.get("origin") else None
            doc = Document(**doc)
        people = tuple(Told(p["iri"], tuple(tuple(x) for x in p["posts"]), tuple(p["events"]),  # type: ignore[misc]
                            tuple(Candidate(**c) for c in p["candidates"])) for p in raw["people"])
        ordinals = tuple((event, ordinal) for event, ordinal in raw["ordinals"])
        return cls(raw["identifier"], raw["date"], people, doc, ordinals)


@dataclass(frozen=True, slots=True)
class Settlement:
    """What other documents say of a person of a document whose name is in doubt: the one reading
    their posts and events support, or, when they support several, none (`reading` None)."""

    person: str
    reading: Candidate | None
    evidence: tuple[tuple[str, str], ...]
    """(membership or event IRI, identifier of the document that tells it) of each support."""
    candidates: tuple[Candidate, ...] = ()
    """The readings the person was torn between."""


@dataclass(frozen=True, slots=True)
class OrdinalSettlement:
    """The edition number of an event that documents number differently, for a document that states
    another: the number the most documents state (of numbers stated as often, the smallest)."""

    event: str
    ordinal: int
    evidence: tuple[str, ...]
    """Identifiers of the documents that state `ordinal`."""


def summarise(ex: Extraction, people: People) -> DocumentSummary:
    """The people of a document: their posts and events, and the candidate readings of the names
    in doubt (an Arabic-script name with another reading within `READING_MARGIN` of the best);
    and the edition numbers it states."""
    posts: dict[str, set[tuple[str, str]]] = {}
    for m in ex.memberships:
        posts.setdefault(m.person, set()).add((m.organization, m.role))
    events: dict[str, set[str]] = {}
    for ev in ex.events:
        for p in ev.participants:
            if "/person/" in p:
                events.setdefault(p, set()).add(ev.iri)
    candidates: dict[str, dict[str, Candidate]] = {}
    persons: list[str] = []
    for e in ex.entities:
        if e.cls != "Person":
            continue
        if e.iri not in persons:
            persons.append(e.iri)
        if e.known or script_of(e.mention.text) != "Arab":
            continue
        origin = "zh" if any(tag == "zh-Latn-pinyin" for _, tag in e.labels) else "vi"
        decision = people.reader.read(e.mention.text, ex.document.lang, origin)
        if decision is None or people.iri(decision) != e.iri:
            continue  # a short reference ("ترونغ") or a name kept apart from its namesake
        for r in people.reader.alternatives(e.mention.text, origin, READING_MARGIN):
            candidates.setdefault(e.iri, {}).setdefault(people.iri(Decision(r)), Candidate(
                people.iri(Decision(r)), r.latin, r.tag))
    told = tuple(Told(iri, tuple(sorted(posts.get(iri, ()))), tuple(sorted(events.get(iri, ()))),
                      tuple(candidates[iri].values()) if len(candidates.get(iri, {})) > 1 else ())
                 for iri in persons if iri in posts or iri in events or len(candidates.get(iri, {})) > 1)
    ordinals = tuple(sorted({(ev.iri, ev.ordinal) for ev in ex.events if ev.ordinal is not None}))
    summary = DocumentSummary(ex.document.identifier, reported_date(ex), told, ordinals=ordinals)
    return replace(summary, document=replace(ex.document, text="")) if summary.doubtful or ordinals else summary


def reconcile(documents: Iterable[DocumentSummary]) -> dict[str, tuple[Settlement | OrdinalSettlement, ...]]:
    """For each document with people or edition numbers settled by others, the settlements (by
    document identifier).

    A person in doubt takes the one candidate reading that a person not in doubt, in any
    document, bears while holding the same post in the same body at the same time or while
    taking part in the same event; unless those two hold different exclusive posts in one body.
    Where several readings are so supported, the settlement takes none and keeps the evidence.
    An event that documents number differently keeps the number the most of them state.
    """
    held: dict[tuple[str, str], list[tuple[str, str | None, str]]] = {}
    attended: dict[str, list[tuple[str, str]]] = {}
    doubtful: list[tuple[DocumentSummary, Told]] = []
    stated: dict[str, dict[int, set[str]]] = {}  # event -> edition number -> documents stating it
    for doc in documents:
        for event, ordinal in doc.ordinals:
            stated.setdefault(event, {}).setdefault(ordinal, set()).add(doc.identifier)
        for person in doc.people:
            if person.candidates:
                doubtful.append((doc, person))
                continue
            for post in person.posts:
                held.setdefault(post, []).append((person.iri, doc.date, doc.identifier))
            for event in person.events:
                attended.setdefault(event, []).append((person.iri, doc.identifier))
    out: dict[str, list[Settlement | OrdinalSettlement]] = {}
    for doc, person in doubtful:
        options = {c.iri: c for c in person.candidates}
        support: dict[str, list[tuple[str, str]]] = {}
        for org, role in person.posts:
            for iri, when, source in held.get((org, role), ()):
                if iri in options and _same_time(doc.date, when):
                    support.setdefault(iri, []).append((mint_iri("membership", iri, org, role), source))
        for event in person.events:
            for iri, source in attended.get(event, ()):
                if iri in options:
                    support.setdefault(iri, []).append((event, source))
        support = {iri: why for iri, why in support.items() if not _rival_posts(person, doc.date, iri, held)}
        evidence = tuple(sorted({why for iri in sorted(support) for why in support[iri]}))
        if len(support) == 1:
            [iri] = support
            if iri != person.iri:
                out.setdefault(doc.identifier, []).append(
                    Settlement(person.iri, options[iri], evidence, person.candidates))
        elif len(support) > 1:
            out.setdefault(doc.identifier, []).append(Settlement(person.iri, None, evidence, person.candidates))
    for identifier, edition in _overruled(stated):
        out.setdefault(identifier, []).append(edition)
    return {doc: tuple(settled) for doc, settled in out.items()}


def _overruled(stated: Mapping[str, Mapping[int, set[str]]]) -> Iterator[tuple[str, OrdinalSettlement]]:
    """(document, settlement) for each document stating an edition number of an event that more
    documents number otherwise; as many: the smaller number wins, so that every build decides alike."""
    for event, numbers in sorted(stated.items()):
        if len(numbers) < 2:
            continue
        kept = min(numbers, key=lambda n: (-len(numbers[n]), n))
        evidence = tuple(sorted(numbers[kept]))
        for identifier in sorted({doc for n, docs in numbers.items() if n != kept for doc in docs}):
            yield identifier, OrdinalSettlement(event, kept, evidence)


def reconciled(extractions: Iterable[Extraction], people: People) -> list[Extraction]:
    """Documents extracted together (in memory), each settled by all the others."""
    extractions = list(extractions)
    decisions = reconcile(summarise(ex, people) for ex in extractions)
    return [settle(ex, decisions.get(ex.document.identifier, ())) for ex in extractions]


def _rival_posts(person: Told, when: str | None, other: str,
                 held: Mapping[tuple[str, str], list[tuple[str, str | None, str]]]) -> bool:
    """Whether `other` holds, at that time, an exclusive post in a body where `person` holds
    another exclusive post, and none of the same."""
    for org in {org for org, role in person.posts if role in EXCLUSIVE_ROLES}:
        mine = {role for o, role in person.posts if o == org and role in EXCLUSIVE_ROLES}
        theirs = {role for role in EXCLUSIVE_ROLES
                  for iri, date, _ in held.get((org, role), ()) if iri == other and _same_time(when, date)}
        if theirs and not mine & theirs:
            return True
    return False


def _same_time(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return False
    return abs((_day(a) - _day(b)).days) <= SAME_TIME_DAYS


def _day(value: str) -> Date:
    parts = [int(p) for p in value[:10].split("-")]
    return Date(parts[0], *(parts[1:] + [1, 1])[:2])


def settle(ex: Extraction, settled: Iterable[Settlement | OrdinalSettlement]) -> Extraction:
    """The extraction with each settled person under its reading's IRI and Latin name, without
    the closeMatch links to the readings it was torn between (posts, events and parties follow),
    and without the edition numbers other documents overrule. Each settlement, each reading other
    documents contest and each number dropped is recorded with its evidence."""
    settled = list(settled)
    # Edition numbers first: their settlements name events by the IRIs the summary saw, which a
    # settled person's IRI may change (`_reminted`).
    ex = _settle_ordinals(ex, [s for s in settled if isinstance(s, OrdinalSettlement)])
    return _settle_people(ex, [s for s in settled if isinstance(s, Settlement)])


def _settle_ordinals(ex: Extraction, settled: list[OrdinalSettlement]) -> Extraction:
    """The extraction without the edition numbers others overrule, each recorded (`OrdinalDecision`)."""
    if not settled:
        return ex
    kept = {s.event: s for s in settled}
    dropped = {(ev.iri, ev.ordinal) for ev in ex.events
               if ev.iri in kept and ev.ordinal is not None and ev.ordinal != kept[ev.iri].ordinal}
    events = tuple(replace(ev, ordinal=None) if (ev.iri, ev.ordinal) in dropped else ev for ev in ex.events)
    ordinals = tuple(OrdinalDecision(mint_iri("ordinal", ex.document.identifier, event, number), event, number,
                                     kept[event].ordinal, kept[event].evidence) for event, number in sorted(dropped))
    return replace(ex, events=events, ordinals=ex.ordinals + ordinals)


def _settle_people(ex: Extraction, settled: list[Settlement]) -> Extraction:
    """The extraction with the settlements of its people (see `settle`)."""
    readings = {s.person: s.reading for s in settled if s.reading is not None}
    if not settled:
        return ex
    people = {person: r.iri for person, r in readings.items()}

    def iri(value: str) -> str:
        return people.get(value, value)

    people |= _reminted(ex, iri)  # facts keyed by their people's IRIs get the settled people's
    decisions = _decisions(ex, settled)
    entities = []
    for e in ex.entities:
        links = tuple((prop, iri(obj)) for prop, obj in e.links)
        if e.iri in readings:
            r = readings[e.iri]
            labels = tuple(label for label in e.labels if "Latn" not in label[1].split("-")) + ((r.latin, r.tag),)
            e = replace(e, iri=r.iri, labels=labels, links=tuple(link for link in links if link[0] != CLOSE_MATCH))
        else:
            e = replace(e, iri=iri(e.iri), links=links)
        entities.append(e)
    memberships = tuple(replace(m, iri=mint_iri("membership", iri(m.person), m.organization, m.role),
                                person=iri(m.person)) if m.person in readings else m for m in ex.memberships)
    events = tuple(replace(ev, iri=iri(ev.iri), participants=tuple(sorted({iri(p) for p in ev.participants})),
                           agreement=iri(ev.agreement) if ev.agreement else None) for ev in ex.events)
    observations = tuple(replace(o, subject=iri(o.subject)) if o.subject in people else o for o in ex.observations)
    ordinals = tuple(replace(d, event=iri(d.event)) for d in ex.ordinals)
    return replace(ex, entities=tuple(entities), events=events, memberships=memberships, observations=observations,
                   decisions=decisions, ordinals=ordinals)


def _reminted(ex: Extraction, iri: Callable[[str], str]) -> dict[str, str]:
    """New IRIs of the agreements and events minted from their people (`identity.agreement_keys`'s
    and `identity.event_iris`'s fine keys), for the people's settled IRIs."""
    out: dict[str, str] = {}
    for e in ex.entities:
        parties = sorted(obj for prop, obj in e.links if prop == "party")
        if e.cls == "Agreement" and any(iri(p) != p for p in parties) \
                and e.iri == mint_iri("agreement", e.kind, e.date, parties):
            out[e.iri] = mint_iri("agreement", e.kind, e.date, sorted({iri(p) for p in parties}))
    for ev in ex.events:
        keyed = [p for p in ev.participants if "/person/" in p]
        keyed = keyed if len(keyed) >= 2 else list(ev.participants)
        if any(iri(p) != p for p in keyed) and ev.iri == mint_iri("event", ev.cls, ev.date, ev.mechanism, sorted(keyed)):
            out[ev.iri] = mint_iri("event", ev.cls, ev.date, ev.mechanism, sorted({iri(p) for p in keyed}))
    return out


def _decisions(ex: Extraction, settled: list[Settlement]) -> tuple[IdentityDecision, ...]:
    """The document's identity decisions, with the undecided readings others settled or contested."""
    by_person = {s.person: s for s in settled}
    out = [d for d in ex.decisions if d.person not in by_person]
    first: dict[str, Mention] = {}
    for e in ex.entities:
        first.setdefault(e.iri, e.mention)
    for s in settled:
        own = next((d for d in ex.decisions if d.person == s.person), None)
        mention = own.mention if own is not None else first.get(s.person)
        if mention is None or (s.reading is None and own is None):
            continue  # a name read one way stays so read when others support several readings
        candidates = s.candidates or (own.candidates if own else ())
        if s.reading is None:
            out.append(IdentityDecision(mint_iri("identity", ex.document.identifier, "UndecidedReading", s.person),
                                        "UndecidedReading", s.person, mention, candidates, evidence=s.evidence))
        else:
            out.append(IdentityDecision(mint_iri("identity", ex.document.identifier, "SettledReading", s.reading.iri),
                                        "SettledReading", s.reading.iri, mention, candidates, s.reading.iri,
                                        s.evidence))
    return tuple(out)


__all__ = ["Candidate", "DocumentSummary", "OrdinalSettlement", "Settlement", "Told", "reconcile", "reconciled",
           "settle", "summarise"]
