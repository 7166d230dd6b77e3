"""GraphML export for Gephi, Cytoscape, yEd, networkx and igraph, in two shapes (see `_network`).

Keys are declared with their types (`attr.type`) and every node carries every string key, so
strict readers (igraph) and lenient ones (networkx) see the same nodes, edges and attributes.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx
from rdflib import Dataset

from borderkg.export import ExportOptions, GraphShape
from borderkg.export._network import actor_network, full_network
from borderkg.export._view import GraphView


def to_graph(dataset: Dataset, *, shape: GraphShape = GraphShape.FULL) -> nx.Graph:
    """The network of `shape` as a networkx graph (MultiDiGraph for full, Graph for actors)."""
    view = GraphView(dataset)
    return full_network(view) if shape is GraphShape.FULL else actor_network(view)


def serialize(graph: nx.Graph, out: Path) -> list[Path]:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    nx.write_graphml_xml(graph, tmp, encoding="utf-8")
    tmp.replace(out)
    return [out]


def write(dataset: Dataset, out: Path, options: ExportOptions) -> list[Path]:
    return serialize(to_graph(dataset, shape=options.shape), out)
