"""Extract stage: entities and facts from documents, driven by the data under `ontology/`."""
from __future__ import annotations

import logging
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from decimal import Decimal
from operator import itemgetter

from borderkg.errors import ExtractionError
from borderkg.extract.entities import (
    ACTOR_CLASSES,
    BODY_CLASSES,
    PLACE_CLASSES,
    Context,
    Found,
    find_agreements,
    find_entities,
)
from borderkg.extract.entities_gates import gate_names
from borderkg.extract.events import EventDraft, find_events
from borderkg.extract.posts import Post, find_posts
from borderkg.extract.figures import find_figures
from borderkg.extract.identity import EXCLUSIVE_ROLES, Doubt, People, agreement_keys, event_iris, resolve_people
from borderkg.extract.language import CompiledLanguage
from borderkg.extract.matcher import PhraseMatcher, SharedScan, contractions_of
from borderkg.extract.mint import mint_iri
from borderkg.extract.spans import SpanIndex
from borderkg.model import (
    Document,
    Entity,
    Event,
    Extraction,
    IdentityDecision,
    Membership,
    Mention,
    Observation,
)
from borderkg.resources import Resources
from borderkg.text import fold

log = logging.getLogger(__name__)
_PARTY_PLACES = PLACE_CLASSES - {"BorderGate", "Infrastructure"}
"""The places that may be a party to an agreement: not a gate or a bridge."""


class RuleExtractor:
    """Lexicon matching plus rules over per-language data ("extract.rules.v1")."""

    name = "extract.rules.v1"

    def __init__(self, resources: Resources) -> None:
        self.resources = resources
        # The lexicon's names of every language share one automaton, and so every language's contractions.
        merged = sorted({pair for data in resources.languages.values() for pair in contractions_of(data)})
        names = SharedScan()  # both read every document's whole text: one scan
        self.lexicon = PhraseMatcher(((label, entry.iri) for entry in resources.entries.values()
                                      for label in entry.labels), contractions=merged, shared=names)
        self.context_names = PhraseMatcher(((label, entry.iri) for entry in resources.entries.values()
                                            for label in entry.context_labels), contractions=merged, shared=names)
        names.close()
        self.languages = {code: CompiledLanguage.compile(code, data) for code, data in resources.languages.items()}
        self.people = People(resources.root / "ontology" / "names", resources.entries)
        self.gate_names = {code: gate_names(resources.entries, lang.gate_words) for code, lang in self.languages.items()}

    def __call__(self, doc: Document) -> Extraction:
        lang = self.languages.get(doc.lang)
        if lang is None:
            raise ExtractionError(f'File "{doc.source_path}": no extraction data for language {doc.lang!r}; '
                                  f"expected one of: {', '.join(sorted(self.languages))}")
        folded = fold(doc.text)
        ctx = Context(folded, doc.text, lang, self.resources.entries, self.resources.common, date=doc.date,
                      people=self.people, gate_names=self.gate_names[doc.lang])
        find_entities(ctx, self.lexicon, self.context_names)
        spans = list(ctx.sentences)
        dates = lang.dates.read(folded.text, reference=doc.date, runs=ctx.digit_runs)
        posts, used_orgs = find_posts(ctx, spans)
        posts, doubts = resolve_people(ctx, self.people, posts)
        signings = [(t.start, t.end) for t in ctx.matches(lang.triggers) if t.value == "Signing"]
        agreements = find_agreements(ctx, signings, dates)
        figures = find_figures(ctx, spans, dates)
        tallies = set(self.resources.common.get("tally_units", []))
        bodies_held: dict[str, set[str]] = {}
        for p in posts:
            bodies_held.setdefault(p.person, set()).add(p.organization)
        drafts = find_events(ctx, spans, dates, used_orgs, agreements,
                             [(f.start, f.unit) for f in figures if f.unit in tallies], bodies_held)
        agreements = _resolve_agreements(ctx, agreements, drafts, spans, doc, posts)
        ctx.found.extend(agreements)

        origin = folded.origin

        def mention(start: int, end: int) -> Mention:
            s, e = origin[start], origin[end - 1] + 1  # folded.span(start, end)
            return Mention(doc.identifier, s, e, doc.text[s:e], doc.lang, doc.source_path, doc.line)

        entities = tuple(Entity(f.iri, f.cls, mention(f.start, f.end), labels=f.labels, links=f.links,
                                date=f.date, known=f.known, kind=f.head if f.cls == "Agreement" else None)
                         for f in ctx.found)
        memberships = tuple(Membership(mint_iri("membership", p.person, p.organization, p.role), p.person,
                                       p.organization, p.role, mention(p.start, p.end)) for p in posts)
        observations = tuple(Observation(mint_iri("observation", _plain(f.value), f.unit, f.subject, f.period),
                                         f.value, f.unit, mention(f.start, f.end), f.subject, f.period)
                             for f in figures)
        events = tuple(ev for d, iri in zip(drafts, event_iris(ctx, drafts, posts)) for ev in _events(d, iri, mention))
        decisions = tuple(_decision(d, doc, mention, memberships) for d in doubts)
        return Extraction(doc, entities, events, memberships, observations, decisions)


def _decision(doubt: Doubt, doc: Document, mention, memberships: tuple[Membership, ...]) -> IdentityDecision:
    """The graph's record of a doubt: for two people kept apart, their exclusive posts in the body."""
    evidence = tuple((m.iri, doc.identifier) for m in memberships
                     if doubt.body is not None and m.organization == doubt.body and m.role in EXCLUSIVE_ROLES
                     and m.person in {doubt.person, *(c.iri for c in doubt.candidates)})
    return IdentityDecision(mint_iri("identity", doc.identifier, doubt.kind, doubt.person), doubt.kind, doubt.person,
                            mention(doubt.start, doubt.end), doubt.candidates, evidence=tuple(dict.fromkeys(evidence)))


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _resolve_agreements(ctx: Context, agreements: list[Found], drafts: list[EventDraft],
                        spans: list[tuple[int, int]], doc: Document, posts: list[Post]) -> list[Found]:
    """Parties and date of each agreement, then its IRI from that content."""
    told = []
    signings: dict[int, EventDraft] = {}
    for d in drafts:
        if d.agreement is not None:
            signings.setdefault(id(d.agreement), d)  # the first draft that signs it
    for a in agreements:
        parties = _between_parties(ctx, a, spans)
        signing = signings.get(id(a))
        if not parties and signing is not None:
            parties = set(signing.participants)
        told.append((a, signing, parties, signing.date if signing is not None else None))
    keys = agreement_keys(ctx, [(a.head, date, parties) for a, _, parties, date in told], posts)
    # the keys of each kind's agreements that the text gives parties to (once per kind, not per agreement)
    keys_of_kind: dict[str | None, dict[str, tuple]] = {}
    for (b, *_), k in zip(told, keys):
        if k is not None:
            keys_of_kind.setdefault(b.head, {})[repr(k)] = k
    out = []
    for (a, signing, parties, date), key in zip(told, keys):
        # "… signent un mémorandum de coopération" over "ont signé … un mémorandum d'entente": a mention with no
        # parties is the one agreement of its kind the text gives parties to
        kind = keys_of_kind.get(a.head, {})
        key = key if key is not None else next(iter(kind.values())) if len(kind) == 1 else (a.head, doc.identifier, a.start)
        resolved = Found(a.start, a.end, mint_iri("agreement", *key), "Agreement", labels=a.labels,
                         links=tuple(("party", p) for p in sorted(parties)), head=a.head, date=date)
        if signing is not None:
            signing.agreement = resolved
            signing.participants |= parties
        out.append(resolved)
    return out


def _between_parties(ctx: Context, a: Found, spans: list[tuple[int, int]]) -> set[str]:
    """Actors named after "between"/"with" right after the agreement's name, to the end of the sentence."""
    after = ctx.text[a.end:a.end + 12].split()
    if not after or after[0] not in ctx.lang.between_words:
        return set()
    at = bisect_right(spans, a.start, key=itemgetter(0)) - 1  # sentences are in text order
    end = spans[at][1] if at >= 0 and a.start < spans[at][1] else len(ctx.text)
    clause = ctx.text.find(";", a.end, end)
    end = clause if clause > 0 else end
    inside_org = ctx.indexed("bodies", _bodies)
    parties = set()
    for f in ctx.found_between(a.end, end):
        if f.cls in ACTOR_CLASSES:
            if not inside_org.contains_other(f.start, f.end):
                parties.add(f.iri)
        elif f.cls in _PARTY_PLACES:
            nested = inside_org.contains(f.start, f.end)
            before = ctx.text[max(0, f.start - 4):f.start]
            if not nested and "(" not in before and not any(before.strip().endswith(v) for v in ctx.lang.venue_words):
                parties.add(f.iri)
    return parties


def _bodies(found: list[Found]) -> SpanIndex:
    return SpanIndex((f.start, f.end) for f in found if f.cls in BODY_CLASSES)


def _events(d: EventDraft, iri: str, mention) -> Iterator[Event]:
    for s, e in d.spans:
        yield Event(iri, d.cls, mention(s, e), date=d.date, participants=tuple(sorted(d.participants)),
                    locations=tuple(sorted(d.locations)), mechanism=d.mechanism, ordinal=d.ordinal,
                    agreement=d.agreement.iri if d.agreement is not None else None)


def extract(docs: Iterable[Document], *, resources: Resources) -> Iterator[Extraction]:
    """Yield one Extraction per document.

    :raises ExtractionError: a document's language has no extraction data.
    """
    extractor = RuleExtractor(resources)
    for doc in docs:
        yield extractor(doc)


__all__ = ["RuleExtractor", "extract"]
