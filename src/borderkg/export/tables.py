"""CSV tables for spreadsheets: entities, events, posts and figures, one row each.

`--out` names a folder; it receives `entities.csv`, `events.csv`, `posts.csv` and `figures.csv`
(UTF-8 with a byte-order mark, so spreadsheet programs detect the encoding). Each row gives the
document and the sentence (or, when the graph lacks the document text, the mention) it came from.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset
from rdflib.namespace import RDF, SKOS
from rdflib.term import Node

from borderkg.export import ExportOptions
from borderkg.export._csv import write_rows
from borderkg.export._view import EVENT_ROOT, GraphView, Source
from borderkg.namespaces import BK, ORG

Table = tuple[list[str], list[dict[str, object]]]

_NOT_ENTITIES = (EVENT_ROOT, BK.Observation, BK.Mention, BK.Document)
_SOURCE_COLUMNS = ["source_document", "start", "end", "sentence", "mentions"]


def to_graph(dataset: Dataset) -> dict[str, Table]:
    """The four tables as (columns, rows), keyed by file stem."""
    view = GraphView(dataset)
    return {"entities": _entities(view), "events": _events(view), "posts": _posts(view),
            "figures": _figures(view)}


def serialize(tables: dict[str, Table], out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for stem, (columns, rows) in tables.items():
        written.append(write_rows(out / f"{stem}.csv", columns, rows, encoding="utf-8-sig"))
    return written


def write(dataset: Dataset, out: Path, options: ExportOptions) -> list[Path]:
    return serialize(to_graph(dataset), out)


def _source(view: GraphView, node: Node) -> dict[str, object]:
    sources = view.sources(node)
    first: Source | None = sources[0] if sources else None
    return {"source_document": first.document if first else "", "start": first.start if first else "",
            "end": first.end if first else "", "sentence": first.text if first else "",
            "mentions": len(sources)}


def _names(view: GraphView, nodes: list[Node]) -> tuple[str, str]:
    nodes = sorted(nodes, key=str)
    return ";".join(str(n) for n in nodes), ";".join(view.label(n) for n in nodes)


def _entities(view: GraphView) -> Table:
    cols = ["id", "type", "label", "labels", "wikidata", "geonames", "iso3166", "country", "date",
            *_SOURCE_COLUMNS]
    rows = []
    typed = sorted({s for s, t in view.graph.subject_objects(RDF.type)
                    if str(t).startswith(str(BK)) and not any(view.is_subclass(t, r) for r in _NOT_ENTITIES)},
                   key=str)
    for node in typed:
        if view.is_a(node, EVENT_ROOT) or view.first_source(node) is None:
            continue
        links = view.link_ids(node)
        country = view.country(node)
        date = view.graph.value(node, BK.date)
        labels = view.labels(node)
        rows.append({"id": str(node), "type": view.type_name(node), "label": view.label(node),
                     "labels": " | ".join(f"{v}@{lang}" if lang else v
                                          for lang, vs in labels.items() for v in vs),
                     "wikidata": links.get("wikidata", ""), "geonames": links.get("geonames", ""),
                     "iso3166": links.get("iso3166", ""),
                     "country": view.label(country) if country is not None else "",
                     "date": str(date) if date is not None else "", **_source(view, node)})
    return cols, rows


def _events(view: GraphView) -> Table:
    cols = ["id", "type", "date", "ordinal", "mechanism", "mechanism_label", "participants",
            "participant_labels", "locations", "location_labels", *_SOURCE_COLUMNS]
    rows = []
    g = view.graph
    for event in view.instances(EVENT_ROOT):
        mech = g.value(event, BK.mechanism)
        participants, participant_labels = _names(view, list(g.objects(event, BK.participant)))
        locations, location_labels = _names(view, list(g.objects(event, BK.location)))
        date, ordinal = g.value(event, BK.date), g.value(event, BK.ordinal)
        rows.append({"id": str(event), "type": view.type_name(event),
                     "date": str(date) if date is not None else "",
                     "ordinal": str(ordinal) if ordinal is not None else "",
                     "mechanism": str(mech) if mech is not None else "",
                     "mechanism_label": view.label(mech) if mech is not None else "",
                     "participants": participants, "participant_labels": participant_labels,
                     "locations": locations, "location_labels": location_labels, **_source(view, event)})
    return cols, rows


def _posts(view: GraphView) -> Table:
    cols = ["id", "person", "person_label", "role", "organization", "organization_label", *_SOURCE_COLUMNS]
    rows = []
    g = view.graph
    for post in sorted(g.subjects(RDF.type, ORG.Membership), key=str):
        person, org, role = g.value(post, ORG.member), g.value(post, ORG.organization), g.value(post, ORG.role)
        notation = g.value(role, SKOS.notation) if role is not None else None
        rows.append({"id": str(post), "person": str(person or ""),
                     "person_label": view.label(person) if person is not None else "",
                     "role": str(notation) if notation is not None else (view.label(role) if role else ""),
                     "organization": str(org or ""),
                     "organization_label": view.label(org) if org is not None else "", **_source(view, post)})
    return cols, rows


def _figures(view: GraphView) -> Table:
    cols = ["id", "value", "unit", "subject", "subject_label", "period", *_SOURCE_COLUMNS]
    rows = []
    g = view.graph
    for obs in view.instances(BK.Observation):
        value, unit, subject, period = (g.value(obs, p) for p in (BK.value, BK.unit, BK.subject, BK.period))
        notation = g.value(unit, SKOS.notation) if unit is not None else None
        rows.append({"id": str(obs), "value": str(value) if value is not None else "",
                     "unit": str(notation) if notation is not None else (view.label(unit) if unit else ""),
                     "subject": str(subject or ""), "subject_label": view.label(subject) if subject else "",
                     "period": str(period) if period is not None else "", **_source(view, obs)})
    return cols, rows

