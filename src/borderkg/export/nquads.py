"""N-Quads export: one named graph per document, plus the shared graphs, as built."""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from borderkg.export import ExportOptions
from borderkg.export._rdf import write as _write


def to_graph(dataset: Dataset) -> Dataset:
    """The dataset itself: these syntaxes keep graph names."""
    return dataset


def serialize(dataset: Dataset, out: Path) -> list[Path]:
    return _write(dataset, out, "nquads")


def write(dataset: Dataset, out: Path, options: ExportOptions) -> list[Path]:
    return serialize(to_graph(dataset), out)
