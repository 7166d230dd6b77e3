"""The timeline page's data: events by date, filtered by province, mechanism, type and year, a page at a time.

Filtering, ordering and paging happen in SPARQL, so a page costs the same on a big graph as
on a small one; only the page's events are then described (type, date, mechanism, places,
participants) and named.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import pyoxigraph as ox

from borderkg import classes
from borderkg.serve.entity import labels
from borderkg.serve.httpd import BadRequest, Request
from borderkg.sparql import PREFIXES, Engine

BK = PREFIXES["bk"]
PAGE_SIZE = 50
"""Events on one page."""
EVENT_TYPES = tuple(sorted(classes.below("Event")))
"""The event classes (bk: local names), from the ontology's class tree."""
_TYPES = " ".join(f"bk:{t}" for t in EVENT_TYPES)
_YEAR = re.compile(r"[0-9]{4}")


@dataclass(frozen=True, slots=True)
class Filters:
    """What the reader asked for: IRIs of a province and a mechanism, an event class, a year, a page."""

    province: str = ""
    mechanism: str = ""
    type: str = ""
    year: str = ""
    page: int = 1

    @classmethod
    def of(cls, request: Request) -> Filters:
        """The filters in the request's query string.

        :raises BadRequest: naming the parameter whose value is not valid.
        """
        found = {name: (request.param(name) or "").strip() for name in ("province", "mechanism", "type", "year")}
        for name in ("province", "mechanism"):
            if found[name]:
                try:
                    ox.NamedNode(found[name])
                except ValueError as exc:
                    raise BadRequest(f"{name}={found[name]!r} is not a valid IRI: {exc}") from exc
        if found["type"] and found["type"] not in EVENT_TYPES:
            raise BadRequest(f"type={found['type']!r} is not an event class; expected one of: {', '.join(EVENT_TYPES)}")
        if found["year"] and not _YEAR.fullmatch(found["year"]):
            raise BadRequest(f"year={found['year']!r} is not a year; expected four digits, e.g. 2024")
        page = request.param("page") or "1"
        if not page.isascii() or not page.isdigit() or not 1 <= int(page) <= 1_000_000:
            raise BadRequest(f"page={page!r} is not a page number; expected 1 or more")
        return cls(**found, page=int(page))

    def query(self, **changes: object) -> dict[str, str]:
        """The query-string parameters of these filters with ``changes`` (empty ones left out)."""
        values = {"province": self.province, "mechanism": self.mechanism, "type": self.type,
                  "year": self.year, "page": self.page, **changes}
        return {k: str(v) for k, v in values.items() if v and not (k == "page" and v == 1)}


@dataclass(slots=True)
class Row:
    """One event of the page."""

    iri: str
    type: str = ""
    date: str = ""
    mechanism: str = ""
    places: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Timeline:
    """A page of events, how many match in all, the choices of each filter, and the names of every IRI shown."""

    filters: Filters
    total: int
    rows: list[Row]
    provinces: list[str]
    mechanisms: list[str]
    years: list[str]
    names: dict[str, str]

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // PAGE_SIZE))


def _pattern(filters: Filters) -> str:
    """The graph pattern that binds ?e to each event the filters let through."""
    parts = [f"VALUES ?type {{ {_TYPES} }} ?e a ?type ."]
    if filters.type:
        parts.append(f"?e a bk:{filters.type} .")
    if filters.mechanism:
        parts.append(f"?e bk:mechanism {ox.NamedNode(filters.mechanism)} .")
    if filters.year:
        parts.append(f'?e bk:date ?year FILTER(STRSTARTS(STR(?year), "{filters.year}"))')
    if filters.province:
        # the province's places and bodies first (a few dozen), then the events held there or joined by them
        parts.append("{ SELECT DISTINCT ?e WHERE { { SELECT DISTINCT ?in WHERE { "
                     f"?in (bk:locatedIn|bk:jurisdiction)* {ox.NamedNode(filters.province)} }} }} "
                     "?e bk:location|bk:participant ?in } }")
    return "\n".join(parts)


def timeline(engine: Engine, filters: Filters) -> Timeline:
    """The page of events ``filters`` asks for, oldest first (undated ones last)."""
    where = _pattern(filters)
    total = engine.select(f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ {where} }}")
    found = engine.select(f"""
        SELECT ?e (MIN(STR(?d)) AS ?date) WHERE {{ {where} OPTIONAL {{ ?e bk:date ?d }} }}
        GROUP BY ?e ORDER BY (!BOUND(?date)) ?date ?e
        LIMIT {PAGE_SIZE} OFFSET {(filters.page - 1) * PAGE_SIZE}""")
    rows = _describe(engine, [r["e"]["value"] for r in found])
    provinces = [r["p"]["value"] for r in engine.select("SELECT DISTINCT ?p WHERE { ?p a bk:Province }")]
    mechanisms = [r["m"]["value"] for r in engine.select("SELECT DISTINCT ?m WHERE { ?m a bk:Mechanism }")]
    years = sorted({r["y"]["value"] for r in engine.select(
        f"SELECT DISTINCT (SUBSTR(STR(?d), 1, 4) AS ?y) WHERE {{ VALUES ?type {{ {_TYPES} }} ?e a ?type ; bk:date ?d }}")
        if "y" in r and _YEAR.fullmatch(r["y"]["value"])})
    shown = {*provinces, *mechanisms, *(r.iri for r in rows), *(r.mechanism for r in rows if r.mechanism),
             *(p for r in rows for p in r.places), *(p for r in rows for p in r.participants)}
    names = labels(engine, shown)
    provinces.sort(key=lambda i: (names.get(i) or i).casefold())
    mechanisms.sort(key=lambda i: (names.get(i) or i).casefold())
    return Timeline(filters, int(total[0]["n"]["value"]) if total else 0, rows, provinces, mechanisms, years, names)


def _describe(engine: Engine, events: list[str]) -> list[Row]:
    rows = {iri: Row(iri) for iri in events}
    if not rows:
        return []
    values = " ".join(str(ox.NamedNode(i)) for i in rows)
    for r in engine.select(f"""
        SELECT ?e ?type ?date ?mech ?loc ?who WHERE {{ VALUES ?e {{ {values} }}
          {{ ?e a ?type }} UNION {{ ?e bk:date ?date }} UNION {{ ?e bk:mechanism ?mech }}
          UNION {{ ?e bk:location ?loc }} UNION {{ ?e bk:participant ?who }} }}""", max_rows=100_000):
        row = rows[r["e"]["value"]]
        if "type" in r and r["type"]["value"].startswith(BK) and r["type"]["value"][len(BK):] in EVENT_TYPES:
            if row.type in ("", "Event"):  # the most specific class
                row.type = r["type"]["value"][len(BK):]
        if "date" in r:
            row.date = min(row.date or "~", r["date"]["value"])
        if "mech" in r:
            row.mechanism = min(row.mechanism or "~", r["mech"]["value"])
        if "loc" in r:
            row.places.append(r["loc"]["value"])
        if "who" in r:
            row.participants.append(r["who"]["value"])
    for row in rows.values():
        row.places.sort()
        row.participants.sort()
    return list(rows.values())
