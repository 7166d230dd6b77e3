"""Turtle export: every triple of the build in one graph (named graphs merged)."""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from borderkg.export import ExportOptions
from borderkg.export._rdf import union_graph
from borderkg.export._rdf import write as _write


def to_graph(dataset: Dataset) -> Graph:
    """The union of the build's graphs."""
    return union_graph(dataset)


def serialize(graph: Graph, out: Path) -> list[Path]:
    return _write(graph, out, "turtle")


def write(dataset: Dataset, out: Path, options: ExportOptions) -> list[Path]:
    return serialize(to_graph(dataset), out)
