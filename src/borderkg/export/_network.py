"""The two networks GraphML and Cytoscape.js share: every resource (`full`) or the actors (`actors`)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

import networkx as nx
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, XSD
from rdflib.term import Node

from borderkg.export._view import (
    ACTOR_ROOTS,
    BK,
    EVENT_ROOT,
    GraphView,
    local_name,
    minted,
)
from borderkg.resources import language_codes


# Literal properties shown as node attributes, with the attribute name and its Python type.
_SCALARS: dict[URIRef, tuple[str, type]] = {
    BK.date: ("date", str), BK.period: ("period", str), BK.ordinal: ("ordinal", int),
    BK.value: ("value", float), BK.start: ("start", int), BK.end: ("end", int), BK.text: ("text", str),
    BK.validFrom: ("valid_from", str), BK.validUntil: ("valid_until", str),
    DCTERMS.identifier: ("identifier", str), DCTERMS.language: ("language", str),
    DCTERMS.date: ("published", str), DCTERMS.source: ("url", str),
}
_LINK_KEYS = ("wikidata", "geonames", "iso3166")


def node_id(node: Node) -> str:
    return f"_:{node}" if isinstance(node, BNode) else str(node)


def _describe(view: GraphView, node: Node) -> dict[str, object]:
    attrs: dict[str, object] = {"iri": node_id(node), "type": view.type_name(node),
                                "label": view.label(node)}
    for lang, values in view.labels(node).items():
        attrs[f"label_{lang or 'none'}"] = " | ".join(values)
    links = view.link_ids(node)
    for key in _LINK_KEYS:
        if key in links:
            attrs[key] = links[key]
    return attrs


def full_network(view: GraphView) -> nx.MultiDiGraph:
    """Every minted resource a node; every triple between two of them an edge.

    Node attributes: iri, type (most specific bk: class), label, label_<lang>, wikidata,
    geonames, iso3166, and the literal properties in `_SCALARS`. Edge attributes: predicate (IRI)
    and label (prefixed name). Links to other datasets are node attributes, not edges.
    """
    g = nx.MultiDiGraph(name="borderkg full graph")
    graph = view.graph
    nodes = {n for n in set(graph.subjects()) | set(graph.objects()) if minted(n)}
    for node in sorted(nodes, key=node_id):
        attrs = _describe(view, node)
        for pred, (name, kind) in _SCALARS.items():
            value = graph.value(node, pred)
            if isinstance(value, Literal):
                attrs[name] = _cast(value, kind)
        g.add_node(node_id(node), **attrs)
    edges = sorted(((s, p, o) for s, p, o in graph if p != RDF.type and s in nodes and o in nodes),
                   key=lambda t: (node_id(t[0]), str(t[1]), node_id(t[2])))
    for i, (s, p, o) in enumerate(edges):
        g.add_edge(node_id(s), node_id(o), key=f"e{i}", predicate=str(p), label=_qname(view, p))
    _fill_label_keys(g)
    return g


def actor_network(view: GraphView) -> nx.Graph:
    """Persons, bodies and places; an edge for each pair sharing events or agreements.

    Node attributes: iri, type, label, label_<lang>, wikidata, geonames, iso3166, country,
    events (how many events and agreements the actor takes part in). Edge attributes: weight
    (events + agreements shared), events, agreements, event_types and years (';'-separated).
    """
    graph = view.graph
    g = nx.Graph(name="borderkg actors")
    facts: list[tuple[Node, list[Node], str, str]] = []
    for event in view.instances(EVENT_ROOT):
        actors = [a for a in graph.objects(event, BK.participant) if view.is_a(a, ACTOR_ROOTS[0])
                  or view.is_a(a, ACTOR_ROOTS[1]) or view.is_a(a, ACTOR_ROOTS[2])]
        facts.append((event, actors, view.type_name(event), _year(graph.value(event, BK.date))))
    for agreement in view.instances(BK.Agreement):
        actors = [a for a in graph.objects(agreement, BK.party) if any(view.is_a(a, r) for r in ACTOR_ROOTS)]
        facts.append((agreement, actors, "Agreement", _year(graph.value(agreement, BK.date))))
    involved: dict[Node, int] = defaultdict(int)
    for _, actors, _, _ in facts:
        for actor in set(actors):
            involved[actor] += 1
    mentioned = {n for n in graph.subjects(predicate=None) if any(view.is_a(n, r) for r in ACTOR_ROOTS)
                 and view.first_source(n) is not None}
    for actor in sorted(set(involved) | mentioned, key=node_id):
        attrs = _describe(view, actor)
        country = view.country(actor)
        attrs["country"] = view.label(country) if country is not None else ""
        attrs["events"] = involved.get(actor, 0)
        g.add_node(node_id(actor), **attrs)
    pairs: dict[tuple[str, str], _Shared] = {}
    for _, actors, kind, year in facts:
        for a, b in combinations(sorted({node_id(x) for x in actors}), 2):
            shared = pairs.setdefault((a, b), _Shared())
            if kind == "Agreement":
                shared.agreements += 1
            else:
                shared.events += 1
            shared.types.add(kind)
            if year:
                shared.years.add(year)
    for (a, b), shared in sorted(pairs.items()):
        g.add_edge(a, b, weight=shared.events + shared.agreements, events=shared.events,
                   agreements=shared.agreements, event_types=";".join(sorted(shared.types)),
                   years=";".join(sorted(shared.years)))
    _fill_label_keys(g)
    return g


@dataclass
class _Shared:
    """What two actors share: counts, event types and years."""

    events: int = 0
    agreements: int = 0
    types: set[str] = field(default_factory=set)
    years: set[str] = field(default_factory=set)


def _fill_label_keys(g: nx.Graph) -> None:
    """Give every node every string key, so strict readers see one declared type per key."""
    keys: dict[str, object] = {}
    for _, data in g.nodes(data=True):
        for key, value in data.items():
            keys.setdefault(key, value)
    for lang in language_codes():  # every supported language a key, more when labels have them
        keys.setdefault(f"label_{lang}", "")
    for _, data in g.nodes(data=True):
        for key, sample in keys.items():
            if key not in data and isinstance(sample, str):
                data[key] = ""


def _cast(value: Literal, kind: type) -> object:
    if kind is str:
        return str(value)
    try:
        return kind(value.toPython() if value.datatype != XSD.string else str(value))
    except (TypeError, ValueError):
        return kind(0)


def _year(value: Node | None) -> str:
    text = str(value) if value is not None else ""
    return text[:4] if text[:4].isdigit() else ""


def _qname(view: GraphView, pred: Node) -> str:
    try:
        return view.graph.namespace_manager.normalizeUri(URIRef(str(pred)))
    except ValueError:  # an IRI rdflib cannot split into prefix and local name
        return local_name(pred)
