"""What the RDF syntaxes share: the union graph for triple formats, the dataset for quad formats."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph

from borderkg.namespaces import BK, BKR


def union_graph(dataset: Dataset) -> Graph:
    """Every triple of every named graph in one graph (graph names are lost)."""
    graph = Graph()
    for prefix, ns in dataset.namespaces():
        graph.bind(prefix, ns, override=False)
    graph.bind("bk", BK)
    graph.bind("bkr", BKR)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def write(data: Graph | Dataset, out: Path, rdflib_format: str, **extra: Any) -> list[Path]:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    data.serialize(destination=tmp, format=rdflib_format, encoding="utf-8", **extra)
    tmp.replace(out)
    return [out]
