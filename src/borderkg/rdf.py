"""Reading RDF files: one parser entry point whose errors name the file, line and column."""
from __future__ import annotations

import re
from pathlib import Path
from typing import TypeVar, overload

import pyoxigraph as ox
from rdflib import Dataset, Graph

from borderkg.errors import InputError, ResourceError

G = TypeVar("G", Graph, Dataset)

_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nt": ox.RdfFormat.N_TRIPLES,
            "nquads": ox.RdfFormat.N_QUADS}
_POSITION = re.compile(r"^Parser error [^:]*: ")
"""pyoxigraph's message starts with the position, which the error gives on its own."""


@overload
def parse_rdf(path: str | Path, *, format: str = ..., into: None = None, error: type[InputError] = ...) -> Graph: ...


@overload
def parse_rdf(path: str | Path, *, format: str = ..., into: G, error: type[InputError] = ...) -> G: ...


def parse_rdf(path: str | Path, *, format: str = "turtle", into: Graph | None = None,
              error: type[InputError] = ResourceError) -> Graph:
    """Parse an RDF file into ``into`` (a new Graph by default) and return it.

    rdflib builds the graph; when it refuses the file, pyoxigraph reads it again for the
    place of the error, since rdflib's messages give no column and, for some errors, a
    line that is off.

    >>> parse_rdf(Path("missing.ttl"))
    Traceback (most recent call last):
    borderkg.errors.ResourceError: File "missing.ttl": file not found

    :raises InputError: of class ``error``, naming the file, line and column.
    """
    path = Path(path)
    if not path.is_file():
        raise error("file not found", path=path)
    graph = into if into is not None else Graph()
    try:
        graph.parse(path, format=format)
    except Exception as exc:  # noqa: BLE001 - rdflib raises several unrelated types for bad syntax
        raise _syntax_error(path, format, exc, error) from None
    return graph


def _syntax_error(path: Path, format: str, exc: Exception, error: type[InputError]) -> InputError:
    name = {"nt": "N-Triples", "nquads": "N-Quads"}.get(format, format.capitalize().replace("Trig", "TriG"))
    try:
        for _ in ox.parse(path=str(path), format=_FORMATS[format]):
            pass
    except SyntaxError as syntax:
        message = _POSITION.sub("", syntax.msg, count=1)
        return error(f"{name} syntax error: {message}", path=path, line=syntax.lineno, column=syntax.offset)
    except (OSError, ValueError) as other:
        return error(f"cannot read it: {other}", path=path)
    # pyoxigraph accepts what rdflib refused: rdflib's message, and its line when it gives one
    line = getattr(exc, "lines", None)
    text = " ".join(str(exc).strip().splitlines()[:2])[:300] or type(exc).__name__
    return error(f"{name} error: {text}", path=path, line=line + 1 if isinstance(line, int) else None)


__all__ = ["parse_rdf"]
