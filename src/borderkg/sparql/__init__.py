"""The SPARQL engine that `borderkg query` and `borderkg serve` share.

A build directory ``OUT/`` holds ``OUT/graph.trig``, loaded once into an on-disk pyoxigraph
store (:mod:`~borderkg.sparql.ondisk`) whose default graph is the RDF merge of all its
graphs (a union computed at query time would repeat a triple once per graph that holds it,
and joins over lexicon entities restated by every document would multiply); FROM / FROM
NAMED and the protocol's ``default-graph-uri`` / ``named-graph-uri`` choose other datasets.

An :class:`Engine` checks each query's text (:mod:`~borderkg.sparql.guard`), then runs it
in this process or in worker processes (:mod:`~borderkg.sparql.pool`) under a time and a
memory cap. Answers come back already serialised (:class:`Answer`), in a format chosen from
:data:`BINDINGS_FORMATS` or :data:`GRAPH_FORMATS`.
"""
from __future__ import annotations

import os
from collections.abc import Collection

from borderkg.errors import QueryError
from borderkg.sparql.engine import Engine
from borderkg.sparql.errors import (NotAcceptable, QueryOutOfMemory, QueryRefused, QuerySyntaxError,
                                    QueryTimeout, ResultTooLarge, ServerBusy, UpdateRefused)
from borderkg.sparql.formats import BINDINGS_FORMATS, GRAPH_FORMATS, PREFIXES, Answer
from borderkg.sparql.ondisk import open_store

__all__ = ["Answer", "Engine", "QuerySyntaxError", "QueryRefused", "QueryTimeout", "QueryOutOfMemory",
           "ServerBusy", "ResultTooLarge", "NotAcceptable", "UpdateRefused", "open_store", "query",
           "BINDINGS_FORMATS", "GRAPH_FORMATS", "PREFIXES"]


def query(build_dir: str | os.PathLike[str], sparql: str, *, format: str = "json",
          timeout: float | None = None, max_rows: int | None = None,
          allow_remote: Collection[str] = ()) -> Answer:
    """Run one SPARQL query over a build directory, in this process.

    :param format: a key of :data:`BINDINGS_FORMATS` or :data:`GRAPH_FORMATS`; the
        other kind of result comes back as JSON or Turtle.
    :param allow_remote: IRIs that SERVICE may call; nothing else is reached.
    :raises StoreError: if the build has no graph.
    :raises QueryError: if the query is refused, malformed, too slow or too large.
    """
    if format not in BINDINGS_FORMATS and format not in GRAPH_FORMATS:
        raise QueryError(f"format {format!r} is not supported; expected one of: "
                         f"{', '.join([*BINDINGS_FORMATS, *GRAPH_FORMATS])}")
    with Engine(build_dir, timeout=timeout, max_rows=max_rows, allow_remote=allow_remote) as engine:
        return engine.query(sparql,
                            bindings_format=format if format in BINDINGS_FORMATS else "json",
                            graph_format=format if format in GRAPH_FORMATS else "turtle")
