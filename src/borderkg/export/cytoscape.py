"""Cytoscape.js JSON (`.cyjs`; Cytoscape desktop imports it too), in the two GraphML shapes."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
from rdflib import Dataset

from borderkg.export import ExportOptions, GraphShape, graphml


def to_graph(dataset: Dataset, *, shape: GraphShape = GraphShape.FULL) -> dict:
    """Cytoscape.js elements: `{"data": …, "elements": {"nodes": [...], "edges": [...]}}`."""
    return to_elements(graphml.to_graph(dataset, shape=shape))


def to_elements(g: nx.Graph) -> dict:
    nodes = [{"data": {"id": node, **data}} for node, data in g.nodes(data=True)]
    edges = []
    if g.is_multigraph():
        triples = ((u, v, k, d) for u, v, k, d in g.edges(keys=True, data=True))
    else:
        triples = ((u, v, f"e{i}", d) for i, (u, v, d) in enumerate(g.edges(data=True)))
    for u, v, key, data in triples:
        edges.append({"data": {"id": str(key), "source": u, "target": v, **data}})
    return {"format_version": "1.0", "generated_by": "borderkg", "target_cytoscapejs_version": "~3",
            "data": {"name": g.graph.get("name", "borderkg"), "directed": g.is_directed()},
            "elements": {"nodes": nodes, "edges": edges}}


def serialize(doc: dict, out: Path) -> list[Path]:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(out)
    return [out]


def write(dataset: Dataset, out: Path, options: ExportOptions) -> list[Path]:
    return serialize(to_graph(dataset, shape=options.shape), out)
