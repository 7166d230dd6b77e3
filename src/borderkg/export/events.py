"""An event table in the shape GDELT users expect: one row per event and pair of actors.

Columns follow GDELT's event table loosely: actor1/actor2 (IRI, name, type, ISO 3166-1
alpha-3 country code, which is also the CAMEO country code), the CAMEO event code and root
code, the date as precise as the text gives it, the place, and the source document and URL.
The CAMEO code comes from the ontology: the event's class (or its nearest superclass) has
`skos:closeMatch` a concept of the CAMEO scheme whose `skos:notation` is the code. An event
with one actor gets one row with actor2 empty; with none, one row with both empty. The graph
does not say who visited whom, so actor1/actor2 are in IRI order.
"""
from __future__ import annotations

from itertools import combinations
from pathlib import Path

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import DCTERMS, RDFS, SKOS
from rdflib.term import Node

from borderkg.export import ExportOptions
from borderkg.export._csv import write_rows
from borderkg.export._view import ACTOR_ROOTS, EVENT_ROOT, GraphView
from borderkg.namespaces import BK, BKR

COLUMNS = ["event_id", "date", "year", "actor1", "actor1_name", "actor1_type", "actor1_country",
           "actor2", "actor2_name", "actor2_type", "actor2_country", "cameo_code", "cameo_root",
           "event_type", "mechanism", "place", "place_name", "place_country", "source_document",
           "source_url"]
CAMEO = BKR["cameo/"]


def cameo_code(view: GraphView, cls: URIRef | None) -> str:
    """The lowest CAMEO code the class, or its nearest mapped superclass, is a close match of
    (a related match when it has no close match)."""
    for pred in (SKOS.closeMatch, SKOS.relatedMatch):
        todo: list[Node] = [cls] if cls is not None else []
        seen: set[Node] = set()
        while todo:
            current = todo.pop(0)
            if current in seen:
                continue
            seen.add(current)
            codes = sorted(str(view.graph.value(c, SKOS.notation) or str(c)[len(CAMEO):])
                           for c in view.graph.objects(current, pred) if str(c).startswith(CAMEO))
            if codes:
                return codes[0]
            todo.extend(sorted(view.graph.objects(current, RDFS.subClassOf), key=str))
    return ""


def ontology_graph() -> Graph:
    """The packaged ontology and concept schemes, for builds that do not carry them."""
    from borderkg.rdf import parse_rdf
    from borderkg.resources import data_dir

    graph = Graph()
    for name in ("borderkg.ttl", "concepts.ttl"):
        parse_rdf(data_dir() / "ontology" / name, into=graph)
    return graph


def to_graph(dataset: Dataset, *, ontology: Graph | None = None) -> list[dict[str, str]]:
    """The rows, sorted by event date and IRI.

    :param ontology: class tree and CAMEO alignment to use besides what the build carries.
    """
    view = GraphView(dataset)
    g = view.graph
    if ontology is not None:
        g += ontology
    rows = []
    for event in view.instances(EVENT_ROOT):
        cls = view.most_specific_type(event)
        code = cameo_code(view, cls)
        actors = sorted({a for a in g.objects(event, BK.participant) if any(view.is_a(a, r) for r in ACTOR_ROOTS)},
                        key=str)
        pairs: list[tuple[Node | None, Node | None]] = list(combinations(actors, 2))
        if not pairs:
            pairs = [(actors[0] if actors else None, None)]
        date = g.value(event, BK.date)
        place = min(g.objects(event, BK.location), key=str, default=None)
        mech = g.value(event, BK.mechanism)
        source = view.first_source(event)
        doc = next((d for d in g.subjects(DCTERMS.identifier, None)
                    if source and view.document_id(d) == source.document), None)
        url = g.value(doc, DCTERMS.source) if doc is not None else None
        base = {"event_id": str(event), "date": str(date or ""), "year": str(date or "")[:4],
                "cameo_code": code, "cameo_root": code[:2], "event_type": view.type_name(event),
                "mechanism": view.label(mech) if mech is not None else "",
                "place": str(place or ""), "place_name": view.label(place) if place is not None else "",
                "place_country": _country_code(view, place),
                "source_document": source.document if source else "", "source_url": str(url or "")}
        for a1, a2 in pairs:
            rows.append({**base, **_actor(view, "actor1", a1), **_actor(view, "actor2", a2)})
    rows.sort(key=lambda r: (r["date"], r["event_id"], r["actor1"], r["actor2"]))
    return rows


def serialize(rows: list[dict[str, str]], out: Path) -> list[Path]:
    return [write_rows(out, COLUMNS, rows)]


def write(dataset: Dataset, out: Path, options: ExportOptions) -> list[Path]:
    carries_cameo = any(str(o).startswith(CAMEO) for _, _, o, _ in dataset.quads((None, SKOS.closeMatch, None, None)))
    return serialize(to_graph(dataset, ontology=None if carries_cameo else ontology_graph()), out)


def _actor(view: GraphView, prefix: str, actor: Node | None) -> dict[str, str]:
    if actor is None:
        return {prefix: "", f"{prefix}_name": "", f"{prefix}_type": "", f"{prefix}_country": ""}
    return {prefix: str(actor), f"{prefix}_name": view.label(actor), f"{prefix}_type": view.type_name(actor),
            f"{prefix}_country": _country_code(view, actor)}


def _country_code(view: GraphView, node: Node | None) -> str:
    country = view.country(node) if node is not None else None
    return view.link_ids(country).get("iso3166_alpha3", "") if country is not None else ""

