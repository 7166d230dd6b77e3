"""Plain frozen dataclasses passed between the pipeline stages (no RDF here)."""
from __future__ import annotations

from dataclasses import MISSING, dataclass, fields
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

_Record = TypeVar("_Record", bound="DataclassInstance")


def _slot_setting_init(cls: type[_Record]) -> type[_Record]:
    """Give a frozen slotted dataclass an `__init__` that sets each field through its slot's descriptor
    (`Mention.start.__set__`), which a frozen class's own `__setattr__` does not guard, instead of the
    generated one's `object.__setattr__(self, "start", start)`: the same frozen object in 40% fewer
    instructions (the extractor makes a mention and an entity, event or observation for every fact)."""
    namespace: dict[str, object] = {}
    parameters, lines = [], []
    for f in fields(cls):
        if not f.init or f.default_factory is not MISSING:
            raise TypeError(f"{cls.__name__}.{f.name}: only fields set by value, with or without a default, are supported")
        namespace[f"set_{f.name}"] = getattr(cls, f.name).__set__
        namespace[f"default_{f.name}"] = f.default
        parameters.append(f.name if f.default is MISSING else f"{f.name}=default_{f.name}")
        lines.append(f"    set_{f.name}(self, {f.name})")
    exec(f"def __init__(self, {', '.join(parameters)}):\n" + "\n".join(lines), namespace)
    init: Any = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    setattr(cls, "__init__", init)
    return cls


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a web document's text was read: a saved page, a WARC record or a feed item."""

    file: str
    """The input file (page, archive or feed)."""
    address: str | None = None
    """The address this copy was found at (the page's own, the WARC target URI, the item's link)."""
    record_id: str | None = None
    """The WARC record's WARC-Record-ID (``urn:uuid:...``)."""
    offset: int | None = None
    """Byte offset of the WARC record in the archive."""


@dataclass(frozen=True, slots=True)
class Document:
    """One input article."""

    identifier: str
    """File name without extension, the JSON Lines record's `id`, or for a web page a name made
    from its canonical address (see `borderkg.ingest.web_identifier`)."""
    text: str
    """The whole text as read; offsets are code points into it."""
    lang: str
    """BCP 47 code, given or detected."""
    source_path: str
    """The file the article came from."""
    line: int | None = None
    """Line number in a JSON Lines file (1-based), None for a .txt file."""
    date: str | None = None
    """Publication date, ISO 8601, possibly partial (`2024`, `2024-01`)."""
    url: str | None = None
    title: str | None = None
    origin: Origin | None = None
    """Where a web page, archive record or feed item was read; None for .txt and .jsonl input."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input item that is not built, and why (reported, logged and counted in the build summary)."""

    reason: str
    """Short reason: a value of `borderkg.ingest.SkipReason`."""
    message: str
    """What was wrong, for the log: names the file (and line or record offset)."""
    path: str
    line: int | None = None
    duplicate_of: str | None = None
    """For a copy of a document already read: that document's identifier."""
    origin: Origin | None = None
    """For a copy of a web document already read: where this copy was found."""


@_slot_setting_init
@dataclass(frozen=True, slots=True)
class Mention:
    """A span of a document's text."""

    doc: str
    """Identifier of the document."""
    start: int
    """Offset of the first code point."""
    end: int
    """Offset after the last code point (exclusive)."""
    text: str
    """Exactly `document.text[start:end]`."""
    lang: str
    source_path: str = ""
    line: int | None = None


@_slot_setting_init
@dataclass(frozen=True, slots=True)
class Entity:
    """A thing named in a text: person, organisation, place, mechanism, project, agreement."""

    iri: str
    cls: str
    """Local name of the most specific bk: class."""
    mention: Mention
    labels: tuple[tuple[str, str], ...] = ()
    """(text, language) labels to add; lexicon entities carry theirs in the lexicon graph."""
    links: tuple[tuple[str, str], ...] = ()
    """(bk property local name, object IRI): jurisdiction, locatedIn, location, party."""
    date: str | None = None
    """bk:date of an agreement, ISO 8601, possibly partial."""
    known: bool = False
    """True when the entity comes from the lexicon."""
    kind: str | None = None
    """An agreement's kind ("memorandum"), part of the content its IRI is minted from."""


@_slot_setting_init
@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened: a meeting, conference, signing, visit, exchange or exhibition."""

    iri: str
    cls: str
    mention: Mention
    date: str | None = None
    participants: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()
    mechanism: str | None = None
    ordinal: int | None = None
    agreement: str | None = None
    """The agreement a signing produced."""


@_slot_setting_init
@dataclass(frozen=True, slots=True)
class Membership:
    """A person's post in an organisation."""

    iri: str
    person: str
    organization: str
    role: str
    """Role code, e.g. SECRETARY."""
    mention: Mention


@_slot_setting_init
@dataclass(frozen=True, slots=True)
class Observation:
    """A number the text states."""

    iri: str
    value: Decimal
    unit: str
    """Unit code, e.g. USD or DELEGATION."""
    mention: Mention
    subject: str | None = None
    period: str | None = None


@dataclass(frozen=True, slots=True)
class Candidate:
    """A reading a person's name may have: the person's IRI under it and the name in Latin letters."""

    iri: str
    latin: str
    tag: str
    """BCP 47 tag of `latin` ("vi-Latn", "zh-Latn-pinyin")."""


@dataclass(frozen=True, slots=True)
class IdentityDecision:
    """Why a person node is one with a namesake of another document or script, or stays apart.

    Its `kind` is a bk: class: SettledReading (another document's post, body or event took
    one of the readings of a name whose script leaves it open), UndecidedReading (nothing
    took one, or two readings are each supported), KeptApart (two spellings read alike, but
    their bearers hold different exclusive posts in one body).
    """

    iri: str
    kind: str
    person: str
    """The person node the decision is about."""
    mention: Mention
    """The mention whose name was read."""
    candidates: tuple[Candidate, ...] = ()
    """Each node the name may denote."""
    settled_as: str | None = None
    """The candidate taken (SettledReading only)."""
    evidence: tuple[tuple[str, str], ...] = ()
    """(membership or event IRI, identifier of the document that tells it) that decided, supported a
    reading or kept the two apart."""


@dataclass(frozen=True, slots=True)
class OrdinalDecision:
    """Why an event of a document lacks the edition number the document states: more documents give
    the same event another number (or as many a smaller one), which the event keeps (bk:OrdinalDecision)."""

    iri: str
    event: str
    """The event node the decision is about."""
    stated: int
    """The number the document states, left out of its graph."""
    kept: int
    """The number the event keeps."""
    evidence: tuple[str, ...] = ()
    """Identifiers of the documents that state `kept`."""


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    memberships: tuple[Membership, ...] = ()
    observations: tuple[Observation, ...] = ()
    decisions: tuple[IdentityDecision, ...] = ()
    """Where a person's identity across documents was in doubt, how it was decided."""
    ordinals: tuple[OrdinalDecision, ...] = ()
    """The edition numbers the document states that other documents overrule."""
