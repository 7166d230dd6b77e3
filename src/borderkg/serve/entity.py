"""What the entity page shows about one IRI, gathered with a handful of SPARQL queries."""
from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox

from borderkg.sparql import PREFIXES, Engine

BKR = PREFIXES["bkr"]
RDF_TYPE = PREFIXES["rdf"] + "type"
PROV_DERIVED = PREFIXES["prov"] + "wasDerivedFrom"
LABEL_PROPERTIES = {PREFIXES["skos"] + "prefLabel": "prefLabel", PREFIXES["skos"] + "altLabel": "altLabel",
                    PREFIXES["rdfs"] + "label": "label"}
LINK_LIMIT = 200
_LABEL_ORDER = ("prefLabel", "label", "altLabel")
_LANG_ORDER = ("en", "vi-latn", "zh-latn-pinyin")

Binding = dict[str, dict[str, str]]


@dataclass(slots=True)
class Entity:
    """An IRI with its types, names, links, events and source mentions."""

    iri: str
    types: list[str] = field(default_factory=list)
    names: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    """language -> label kind (prefLabel, altLabel, label) -> labels."""
    out_links: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    """(property, object as a SPARQL JSON term)."""
    in_links: list[tuple[str, str]] = field(default_factory=list)
    """(subject, property)."""
    events: list[dict[str, str]] = field(default_factory=list)
    mentions: list[dict[str, str]] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)
    """Display label of every IRI the page shows."""

    @property
    def exists(self) -> bool:
        return bool(self.types or self.names or self.out_links or self.in_links)

    def label(self, iri: str) -> str:
        return self.labels.get(iri) or compact(iri)


def compact(iri: str) -> str:
    """A short display form of an IRI (``bkr:place/quang-ninh``)."""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def _v(row: Binding, name: str) -> str | None:
    term = row.get(name)
    return term["value"] if term else None


def gather(engine: Engine, iri: str) -> Entity:
    """Collect everything the entity page shows about ``iri``.

    :raises ValueError: if ``iri`` is not a valid IRI.
    """
    node = str(ox.NamedNode(iri))
    entity = Entity(iri)
    for row in engine.select(f"SELECT DISTINCT ?p ?o WHERE {{ {node} ?p ?o }} LIMIT {LINK_LIMIT * 5}"):
        p, o = row["p"]["value"], row["o"]
        if p == RDF_TYPE:
            entity.types.append(o["value"])
        elif p in LABEL_PROPERTIES and o["type"] == "literal":
            kinds = entity.names.setdefault(o.get("xml:lang", ""), {})
            kinds.setdefault(LABEL_PROPERTIES[p], []).append(o["value"])
        elif p != PROV_DERIVED and len(entity.out_links) < LINK_LIMIT:
            entity.out_links.append((p, o))
    entity.in_links = [(row["s"]["value"], row["p"]["value"]) for row in engine.select(
        f"SELECT DISTINCT ?s ?p WHERE {{ ?s ?p {node} FILTER(isIRI(?s)) }} LIMIT {LINK_LIMIT}")]
    entity.events = _events(engine, node)
    entity.mentions = _mentions(engine, node)
    shown = {iri, *entity.types, *(s for s, _ in entity.in_links),
             *(o["value"] for _, o in entity.out_links if o["type"] == "uri"),
             *(v for e in entity.events for k, v in e.items() if k in ("e", "mech", "loc", "type")),
             *(m["doc"] for m in entity.mentions if "doc" in m)}
    entity.labels = labels(engine, shown)
    return entity


def labels(engine: Engine, iris: set[str]) -> dict[str, str]:
    """The best display label of each IRI: an English preferred label first."""
    if not iris:
        return {}
    values = " ".join(str(ox.NamedNode(i)) for i in sorted(iris))
    rows = engine.select(f"SELECT ?n ?p ?l WHERE {{ VALUES ?n {{ {values} }} ?n ?p ?l "
                         "VALUES ?p { skos:prefLabel rdfs:label skos:altLabel } }")
    best: dict[str, tuple[int, int, int, str]] = {}
    for row in rows:
        kind = _LABEL_ORDER.index(LABEL_PROPERTIES[row["p"]["value"]])
        text = row["l"]["value"]
        rank = (*_language_rank(row["l"].get("xml:lang", ""), text), kind, text)
        if row["n"]["value"] not in best or rank < best[row["n"]["value"]]:
            best[row["n"]["value"]] = rank
    return {iri: rank[-1] for iri, rank in best.items()}


def _language_rank(lang: str, text: str) -> tuple[int, int]:
    """English first, then romanizations (``vi-Latn``: the store lower-cases tags), then any
    Latin-script label, then the rest: a page in English shows "Qi Juyi", not 齐聚一.

    >>> sorted(["齐聚一", "Qi Juyi"], key=lambda t: _language_rank("zh" if t[0] > "~" else "zh-latn-pinyin", t))
    ['Qi Juyi', '齐聚一']
    """
    lang = lang.lower()
    if lang in _LANG_ORDER:
        return 0, _LANG_ORDER.index(lang)
    if "-latn" in lang:
        return 0, len(_LANG_ORDER)
    latin = all(ord(c) < 0x250 or not c.isalpha() for c in text)
    return (1 if latin else 2), 0


def _events(engine: Engine, node: str) -> list[dict[str, str]]:
    rows = engine.select(f"""
        SELECT ?e ?role ?type ?date ?mech ?loc WHERE {{
          VALUES ?role {{ bk:participant bk:party bk:location bk:subject }}
          ?e ?role {node} .
          OPTIONAL {{ ?e a ?type }} OPTIONAL {{ ?e bk:date ?date }}
          OPTIONAL {{ ?e bk:mechanism ?mech }} OPTIONAL {{ ?e bk:location ?loc }}
        }} ORDER BY DESC(?date) ?e LIMIT {LINK_LIMIT}""")
    events: dict[str, dict[str, str]] = {}
    for row in rows:
        event = events.setdefault(row["e"]["value"], {"e": row["e"]["value"]})
        for name in ("role", "type", "date", "mech", "loc"):
            value = _v(row, name)
            if value and name not in event:
                event[name] = value
    return list(events.values())


def _mentions(engine: Engine, node: str) -> list[dict[str, str]]:
    rows = engine.select(f"""
        SELECT DISTINCT ?m ?text ?lang ?doc ?id ?start ?end WHERE {{
          {node} prov:wasDerivedFrom ?m .
          OPTIONAL {{ ?m bk:text ?text BIND(LANG(?text) AS ?lang) }}
          OPTIONAL {{ ?m bk:source ?doc OPTIONAL {{ ?doc dcterms:identifier ?id }} }}
          OPTIONAL {{ ?m bk:start ?start ; bk:end ?end }}
        }} ORDER BY ?id ?start LIMIT 100""")
    mentions = [{k: v["value"] for k, v in row.items()} for row in rows]
    spans = [m for m in mentions if {"doc", "start", "end"} <= m.keys()]
    if spans:
        values = " ".join(f"({ox.NamedNode(m['m'])} {ox.NamedNode(m['doc'])} {int(m['start'])} {int(m['end'])})"
                          for m in spans)
        context: dict[str, tuple[int, str]] = {}
        for row in engine.select(f"""
            SELECT ?m ?ctx ?cs ?ce WHERE {{
              VALUES (?m ?doc ?start ?end) {{ {values} }}
              ?c bk:source ?doc ; bk:start ?cs ; bk:end ?ce ; bk:text ?ctx .
              FILTER(?c != ?m && ?cs <= ?start && ?ce >= ?end && ?ce - ?cs > ?end - ?start)
            }}"""):
            size = int(row["ce"]["value"]) - int(row["cs"]["value"])
            m = row["m"]["value"]
            if m not in context or size < context[m][0]:
                context[m] = (size, row["ctx"]["value"])
        for mention in mentions:
            if mention["m"] in context:
                mention["context"] = context[mention["m"]][1]
    return mentions
