"""Exports of a build (`OUT/graph.trig`) to RDF syntaxes, GraphML, Cytoscape.js JSON and CSV tables.

One module per format, each with ``to_graph`` (build what the format holds) and ``serialize``
(write it). :func:`default_exporters` returns a fresh name → callable registry that callers pass to
:func:`export` explicitly, so a caller may add or replace a format without touching a module global.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from rdflib import Dataset

from borderkg.errors import InputError


class ExportFormat(str, Enum):
    """Formats `borderkg export --format` accepts."""

    TURTLE = "turtle"
    TRIG = "trig"
    NTRIPLES = "ntriples"
    NQUADS = "nquads"
    JSONLD = "jsonld"
    GRAPHML = "graphml"
    CYTOSCAPE = "cytoscape"
    CSV = "csv"
    EVENTS_CSV = "events-csv"


class GraphShape(str, Enum):
    """Which network GraphML and Cytoscape.js get: every resource, or the actors only."""

    FULL = "full"
    ACTORS = "actors"


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """Options an exporter may read; the RDF syntaxes ignore them."""

    shape: GraphShape = GraphShape.FULL
    """Network shape for GraphML and Cytoscape.js."""
    context: dict | None = None
    """JSON-LD @context; None means the published one in `ontology/context.jsonld`."""


Exporter = Callable[[Dataset, Path, ExportOptions], list[Path]]
"""Writes a dataset to `out` (a file, or a folder for multi-table formats); returns what it wrote."""


def default_exporters() -> dict[ExportFormat, Exporter]:
    """A fresh registry of the built-in exporters (imported lazily, so networkx loads only when used).

    >>> sorted(f.value for f in default_exporters())[:3]
    ['csv', 'cytoscape', 'events-csv']
    """
    def lazy(module: str) -> Exporter:
        def run(dataset: Dataset, out: Path, options: ExportOptions) -> list[Path]:
            from importlib import import_module
            return import_module(f"borderkg.export.{module}").write(dataset, out, options)
        run.__name__ = f"write_{module}"
        return run

    return {
        ExportFormat.TURTLE: lazy("turtle"),
        ExportFormat.TRIG: lazy("trig"),
        ExportFormat.NTRIPLES: lazy("ntriples"),
        ExportFormat.NQUADS: lazy("nquads"),
        ExportFormat.JSONLD: lazy("jsonld"),
        ExportFormat.GRAPHML: lazy("graphml"),
        ExportFormat.CYTOSCAPE: lazy("cytoscape"),
        ExportFormat.CSV: lazy("tables"),
        ExportFormat.EVENTS_CSV: lazy("events"),
    }


def load_build(build_dir: str | Path) -> Dataset:
    """Parse `BUILD_DIR/graph.trig` (or a .trig file given directly).

    :raises InputError: the file is missing or is not valid TriG.
    """
    path = Path(build_dir)
    if path.is_dir() or path.suffix != ".trig":
        path = path / "graph.trig"
    if not path.is_file():
        raise InputError("no graph.trig here; run `borderkg build INPUT --out DIR` first", path=path)
    from borderkg.rdf import parse_rdf

    return parse_rdf(path, format="trig", into=Dataset(), error=InputError)


def export(dataset: Dataset, *, format: ExportFormat | str, out: str | Path,
           exporters: dict[ExportFormat, Exporter], options: ExportOptions | None = None) -> list[Path]:
    """Write `dataset` in `format` to `out` with the exporter the registry holds for it.

    :raises InputError: the format is unknown or the registry has no exporter for it.
    """
    try:
        fmt = ExportFormat(format)
    except ValueError:
        raise InputError(f"format {str(format)!r} is not supported; expected one of: "
                         f"{', '.join(f.value for f in exporters)}", value=format) from None
    if fmt not in exporters:
        raise InputError(f"format {fmt.value!r} has no exporter; expected one of: "
                         f"{', '.join(f.value for f in exporters)}", value=fmt.value)
    return exporters[fmt](dataset, Path(out), options or ExportOptions())


__all__ = ["ExportFormat", "ExportOptions", "Exporter", "GraphShape", "default_exporters", "export",
           "load_build"]
