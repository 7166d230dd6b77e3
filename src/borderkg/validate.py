"""Validate stage: the SHACL shapes over the built graph (pyshacl)."""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import Dataset, Graph

from borderkg.errors import ShapeLoadError, ValidationFailure
from borderkg.resources import Resources


@dataclass(frozen=True)
class Report:
    """The outcome of validation: a non-conforming graph is a value, not an error."""

    conforms: bool
    text: str
    graph: Graph


def load_shapes(resources: Resources) -> Graph:
    """All shapes files under `shapes/`.

    :raises ShapeLoadError: a shapes file has a syntax error.
    """
    shapes = Graph()
    for path in sorted(resources.shapes_path.glob("*.ttl")):
        try:
            shapes.parse(path, format="turtle")
        except Exception as exc:  # rdflib raises several unrelated types for bad Turtle
            raise ShapeLoadError(f"Turtle syntax error: {str(exc).splitlines()[0][:300]}", path=path) from None
    return shapes


def validate(dataset: Dataset, *, resources: Resources) -> Report:
    """Run pyshacl on the union of the dataset's graphs, with the ontology for class hierarchy.

    :raises ValidationFailure: pyshacl itself failed.
    """
    import pyshacl

    data = Graph()
    for *triple, _ in dataset.quads((None, None, None, None)):
        data.add(tuple(triple))
    try:
        conforms, report_graph, report_text = pyshacl.validate(
            data, shacl_graph=load_shapes(resources), ont_graph=resources.ontology,
            inference="none", advanced=True, allow_warnings=True)
    except ShapeLoadError:
        raise
    except Exception as exc:  # pyshacl's own failures are not a verdict on the data
        raise ValidationFailure(f"pyshacl failed: {exc}") from exc
    return Report(bool(conforms), str(report_text), report_graph)
