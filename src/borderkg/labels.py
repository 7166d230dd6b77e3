"""Labels for the nodes a reader sees (events, posts, figures, minted bodies), from templates.

The templates are data (`ontology/labels/<lang>.toml`); the names they are filled with come
from the lexicon, the ontology's class and concept labels, and the document's own labels.
Each node gets an English label and one in the document's language.
"""
from __future__ import annotations

import re
import string
from dataclasses import replace
from decimal import ROUND_HALF_EVEN, Context, Decimal, getcontext

from rdflib import Literal, URIRef
from rdflib.namespace import RDFS

from borderkg import classes
from borderkg.model import Entity, Event, Extraction, IdentityDecision, Membership, Observation, OrdinalDecision
from borderkg.namespaces import BK, BKR
from borderkg.resources import Resources

Triple = tuple[URIRef, URIRef, Literal]

_OPTIONAL = re.compile(r"\[([^\[\]]*)\]")
_BODY_CLASSES = {"Organization", "PartyCommittee", "PeoplesCommittee", "Department", "Company", "NGO",
                 "InternationalOrganization"}
_PLACE_CLASSES = classes.ADMINISTRATIVE | {"Place"}
_HASH = re.compile(r"^(x-)?[0-9a-f]{12,}$")


def label_triples(ex: Extraction, resources: Resources) -> set[Triple]:
    """rdfs:label in English and in the document's language for its events, posts, figures and
    the bodies it minted without an English name."""
    names = Names(ex, resources)
    out: set[Triple] = set()
    for lang in dict.fromkeys(("en", ex.document.lang)):
        template = resources.label_templates.get(lang)
        if template is None:
            continue
        writer = LabelWriter(template, lang, names)
        for node, text in writer.all(ex):
            if text:
                out.add((URIRef(node), RDFS.label, Literal(text, lang=lang)))
    return out


class Names:
    """The name of an IRI in a language: the document's label, the lexicon's, else another language's."""

    def __init__(self, ex: Extraction, resources: Resources) -> None:
        self.resources = resources
        self.local: dict[str, dict[str, str]] = {}
        self.classes: dict[str, str] = {}
        for e in ex.entities:
            self.classes.setdefault(e.iri, e.cls)
            labels = e.labels or (() if e.known else ((e.mention.text, ex.document.lang),))
            for text, lang in labels:
                known = self.local.setdefault(e.iri, {})
                if lang not in known or text < known[lang]:
                    known[lang] = text
        for e in ex.entities:
            if e.cls in _BODY_CLASSES and "en" not in self._all(e.iri):
                english = self._body_name(e)
                if english:
                    self.local.setdefault(e.iri, {})["en"] = english

    def _all(self, iri: str) -> dict[str, str]:
        return {**self.resources.names.get(iri, {}), **self.local.get(iri, {})}

    def get(self, iri: str, lang: str) -> str | None:
        """The name in `lang`, else in English, else a romanization (vi-Latn), else in any language,
        else a readable local name."""
        known = self._all(iri)
        for choice in (lang, "en", *sorted(k for k in known if "-latn" in k.lower())):
            if choice in known:
                return known[choice]
        if known:
            return known[min(known)]
        local = iri.rstrip("/").rsplit("/", 1)[-1]
        return None if _HASH.match(local) else local.removeprefix("x-").replace("-", " ").title()

    def cls(self, iri: str) -> str:
        entry = self.resources.entries.get(iri)
        return entry.cls if entry is not None else self.classes.get(iri, "")

    def _body_name(self, e: Entity) -> str | None:
        """"Management Board of Dong Dang, Lang Son": the head's English template, filled with
        the English names of the body's place and of the places its IRI names."""
        heads = self.resources.common.get("heads", {})
        path = e.iri.removeprefix(f"{BKR}org/").split("/")
        if len(path) != 2:
            return None
        key = max((k for k in heads if path[1] == k or path[1].startswith(k + "-")), key=len, default=None)
        template = heads.get(key, {}).get("en") if key else None
        if not template:
            return None
        place = dict(e.links).get("jurisdiction")
        fields = {"place": self.get(place, "en") if place else None}
        extra = path[1][len(key) + 1:] if key else ""
        named = _split_local_names(extra, self.resources.by_local_name)
        fields["name"] = ", ".join(n for n in (self.get(i, "en") for i in named) if n) or None
        return fill(template, fields)


def _split_local_names(text: str, known: dict[str, str]) -> list[str]:
    """"dong-dang-lang-son" -> the IRIs of dong-dang and lang-son (longest known name first)."""
    out: list[str] = []
    parts = text.split("-") if text else []
    i = 0
    while i < len(parts):
        for j in range(len(parts), i, -1):
            if "-".join(parts[i:j]) in known:
                out.append(known["-".join(parts[i:j])])
                i = j
                break
        else:
            return []
    return out


class LabelWriter:
    """Labels in one language, from that language's templates."""

    def __init__(self, template: dict, lang: str, names: Names) -> None:
        self.t = template
        self.lang = lang
        self.names = names

    def all(self, ex: Extraction):
        """(IRI, label) for each event, membership, observation, nameless body and decision of the document."""
        events = {e.iri: e for e in ex.events}
        for ev in events.values():
            yield ev.iri, self.event(ev)
        for ms in {m.iri: m for m in ex.memberships}.values():
            yield ms.iri, self.membership(ms)
        for ob in {o.iri: o for o in ex.observations}.values():
            yield ob.iri, self.observation(ob)
        for e in ex.entities:
            if e.cls in _BODY_CLASSES and self.lang not in self.names.resources.names.get(e.iri, {}):
                yield e.iri, self.names.local.get(e.iri, {}).get(self.lang)
        for dec in ex.decisions:
            yield dec.iri, self.decision(dec)
        for edition in ex.ordinals:
            yield edition.iri, self.ordinal_decision(edition, events.get(edition.event))

    def decision(self, dec: IdentityDecision) -> str | None:
        latin = {c.iri: c.latin for c in dec.candidates}
        fields = {
            "kind": self.names.get(str(BK[dec.kind]), self.lang),
            "name": " ".join(dec.mention.text.split()),
            "reading": latin.get(dec.settled_as) if dec.settled_as else None,
            "candidates": None if dec.settled_as else self.join(list(dict.fromkeys(latin.values()))),
        }
        return self._finish(fill(self.t["identity_decision"], fields))

    def ordinal_decision(self, dec: OrdinalDecision, event: Event | None) -> str | None:
        fields = {
            "kind": self.names.get(str(BK.OrdinalDecision), self.lang),
            "stated": self.ordinal(dec.stated),
            "kept": self.ordinal(dec.kept),
            "event": self.event(replace(event, ordinal=None)) if event is not None else None,
        }
        return self._finish(fill(self.t["ordinal_decision"], fields))

    def event(self, ev: Event) -> str | None:
        shown = self._participants(ev)
        fields = {
            "kind": self.names.get(str(BK[ev.cls]), self.lang),
            "ordinal": self.ordinal(ev.ordinal) if ev.ordinal is not None else None,
            "mechanism": self.names.get(ev.mechanism, self.lang) if ev.mechanism else None,
            "participants": self.join([self.names.get(p, self.lang) for p in shown]),
            "place": self.join([self.names.get(p, self.lang) for p in ev.locations if p not in shown]),
            "date": self.date(ev.date) if ev.date else None,
        }
        key = "event_mechanism" if ev.mechanism else "event_participants" if shown else "event"
        if fields["mechanism"] and fields["kind"] and fields["kind"].lower() in fields["mechanism"].lower():
            key = "event_named_by_mechanism"  # "Spring Meeting, 2025", not "Meeting of the Spring Meeting"
        return self._finish(fill(self.t[key], fields))

    def _participants(self, ev: Event) -> list[str]:
        """Who an event is "of": its places (delegations) first, else bodies, else people."""
        groups: dict[str, list[str]] = {"place": [], "body": [], "person": [], "country": []}
        for p in ev.participants:
            cls = self.names.cls(p)
            group = ("country" if cls == "Country" else "place" if cls in _PLACE_CLASSES
                     else "person" if cls == "Person" else "body")
            groups[group].append(p)
        return next((sorted(g) for g in groups.values() if g), [])

    def membership(self, ms: Membership) -> str | None:
        fields = {"person": self.names.get(ms.person, self.lang),
                  "role": self.names.get(f"{BKR}role/{ms.role}", self.lang),
                  "organization": self.names.get(ms.organization, self.lang)}
        return self._finish(fill(self.t["membership"], fields))

    def observation(self, ob: Observation) -> str | None:
        unit = self.names.get(f"{BKR}unit/{ob.unit}", self.lang) if ob.value == 1 else None
        fields = {"value": self.number(ob.value),
                  "unit": unit or self.t.get("units", {}).get(ob.unit)
                  or self.names.get(f"{BKR}unit/{ob.unit}", self.lang) or ob.unit,
                  "subject": self.names.get(ob.subject, self.lang) if ob.subject else None,
                  "period": self.date(ob.period) if ob.period else None}
        return fill(self.t["observation"], fields)

    def join(self, names: list[str | None]) -> str | None:
        shown = [n for n in names if n]
        if not shown:
            return None
        most = int(self.t.get("max_names", 3))
        if len(shown) > most:
            return self.t["list_more"].format(names=self.t["list_separator"].join(shown[:most - 1]),
                                              count=len(shown) - most + 1)
        if len(shown) == 1:
            return shown[0]
        return self.t["list_separator"].join(shown[:-1]) + self.t["list_last"] + shown[-1]

    def ordinal(self, n: int) -> str:
        endings = self.t.get("ordinal_endings", {})
        ending = max((e for e in endings if str(n).endswith(e)), key=len, default=None)
        return (endings[ending] if ending else self.t["ordinal"]).format(n=n)

    def date(self, value: str) -> str:
        """An ISO date, year-month or year as the language writes it."""
        parts = value.split("-")
        if len(parts) == 1:
            return self.t.get("year", "{year}").format(year=parts[0])
        month = self.t["months"][int(parts[1]) - 1]
        if len(parts) == 2:
            return self.t["year_month"].format(year=parts[0], month=month)
        return self.t["date"].format(year=parts[0], month=month, day=int(parts[2]))

    def number(self, value: Decimal) -> str:
        """4420000000 -> "4.42 billion"; 551000 -> "551,000" (separators and scale words per language)."""
        for factor, word in self.t.get("scales", []):
            if abs(value) >= factor:
                scaled = value / Decimal(factor)
                # enough digits for any amount: a mistyped 10^40 still gets a label, not InvalidOperation
                exact = Context(prec=max(getcontext().prec, scaled.adjusted() + 4))
                scaled = scaled.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN, context=exact)
                return self._plain(scaled) + self.t.get("scale_separator", " ") + word
        return self._plain(value)

    def _plain(self, value: Decimal) -> str:
        text = format(value.normalize(), "f")
        whole, _, fraction = text.partition(".")
        sign = "-" if whole.startswith("-") else ""
        digits = whole.lstrip("-")
        groups = [digits[max(0, i - 3):i] for i in range(len(digits), 0, -3)][::-1]
        out = sign + self.t.get("group_separator", ",").join(groups)
        return out + (self.t.get("decimal_separator", ".") + fraction if fraction else "")

    def _finish(self, text: str | None) -> str | None:
        if text and self.t.get("capitalize"):
            return text[0].upper() + text[1:]
        return text


def fill(template: str, fields: dict[str, str | None]) -> str | None:
    """The template with its fields; a [part] whose fields are not all known is left out,
    and None when a field outside brackets is unknown."""
    def optional(m: re.Match) -> str:
        part = m.group(1)
        needed = [name for _, name, _, _ in string.Formatter().parse(part) if name]
        if not all(fields.get(n) for n in needed):
            return ""
        return part.format(**fields).replace("{", "{{").replace("}", "}}")

    text = _OPTIONAL.sub(optional, template)
    needed = [name for _, name, _, _ in string.Formatter().parse(text) if name]
    if not all(fields.get(n) for n in needed):
        return None
    return text.format(**fields)


__all__ = ["LabelWriter", "Names", "fill", "label_triples"]
