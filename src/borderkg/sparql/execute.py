"""Running one query (or update) on an open store: the one place where SPARQL is evaluated.

pyoxigraph parses and evaluates on the calling thread's native stack, so queries run on a
thread with a large stack (:func:`on_big_stack`): together with the nesting limit of
:mod:`borderkg.sparql.guard` that keeps deep but accepted queries from overflowing it.
"""
from __future__ import annotations

import itertools
import re
import threading
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

import pyoxigraph as ox

from borderkg.errors import QueryError, StoreError
from borderkg.sparql.errors import NotAcceptable, QuerySyntaxError, QueryTimeout, ResultTooLarge
from borderkg.sparql.formats import BINDINGS_FORMATS, GRAPH_FORMATS, PREFIXES, Answer, write_graph

QUERY_STACK = 512 << 20
"""Native stack of a query thread: address space only, pages are used as the parser recurses."""
_stack_lock = threading.Lock()
T = TypeVar("T")


def start_big_stack_thread(target: Callable[[], None], name: str) -> threading.Thread:
    """Start a daemon thread with a :data:`QUERY_STACK` stack."""
    with _stack_lock:  # the stack size is a process-wide setting read when a thread starts
        previous = threading.stack_size(QUERY_STACK)
        try:
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
        finally:
            threading.stack_size(previous)
    return thread


def on_big_stack(call: Callable[[], T], timeout: float | None = None) -> T:
    """Run ``call`` on a thread of its own with a big stack; :class:`QueryTimeout` if it outlives ``timeout``.

    A timed-out call is abandoned, not stopped (pyoxigraph cannot cancel a query).
    """
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = call()
        except BaseException as exc:  # handed over to the calling thread
            # pyoxigraph results must be dropped on the thread that made them
            traceback.clear_frames(exc.__traceback__)
            box["error"] = exc

    thread = start_big_stack_thread(run, "borderkg-query")
    thread.join(timeout)
    if thread.is_alive():
        raise QueryTimeout(f"the query ran longer than {timeout:g} s and was abandoned")
    if "error" in box:
        raise box["error"]
    return box["value"]  # type: ignore[no-any-return]


_ERROR_AT = re.compile(r"error at (\d+):(\d+)")


def _syntax_error(exc: SyntaxError) -> QuerySyntaxError:
    message = str(exc.msg if exc.msg else exc)
    where = _ERROR_AT.search(message)
    line, col = (int(where.group(1)), int(where.group(2))) if where else (exc.lineno, exc.offset)
    return QuerySyntaxError(message, lineno=line, offset=col)


def _dataset(sparql: str, default_graphs: Sequence[str], named_graphs: Sequence[str]) -> dict[str, Any]:
    if default_graphs or named_graphs:
        try:
            return {"default_graph": [ox.NamedNode(g) for g in default_graphs],
                    "named_graphs": [ox.NamedNode(g) for g in named_graphs]}
        except ValueError as exc:
            bad = [g for g in [*default_graphs, *named_graphs] if not _valid_iri(g)]
            raise QueryError(f"graph IRI {bad[0] if bad else ''!r} is not valid: {exc}") from exc
    return {}


def _valid_iri(value: str) -> bool:
    try:
        ox.NamedNode(value)
    except ValueError:
        return False
    return True


def _take(results: Iterator[Any], max_rows: int | None, deadline: float | None, what: str) -> list[Any]:
    rows: list[Any] = []
    limit = None if max_rows is None else max_rows + 1
    for i, row in enumerate(itertools.islice(results, limit)):
        rows.append(row)
        if deadline is not None and i % 1024 == 1023 and time.monotonic() > deadline:
            raise QueryTimeout("the query ran longer than its timeout")
    if max_rows is not None and len(rows) > max_rows:
        raise ResultTooLarge(f"the result has more than {max_rows} {what} (the row cap); "
                             "add a LIMIT, or raise the cap with --max-rows")
    return rows


def execute(store: ox.Store, request: dict[str, Any]) -> Answer:
    """Run one query on an open store; the one place where queries are evaluated."""
    sparql: str = request["sparql"]
    deadline = request.get("deadline")
    dataset = _dataset(sparql, request.get("default_graphs", ()), request.get("named_graphs", ()))
    try:
        result = store.query(sparql, prefixes=PREFIXES, **dataset)
    except SyntaxError as exc:
        raise _syntax_error(exc) from None
    except OSError as exc:
        raise StoreError(f"the store failed while answering the query: {exc}") from exc
    if isinstance(result, ox.QueryTriples):
        name = request.get("graph_format")
        if name is None:
            raise NotAcceptable("the query returns a graph, and none of its formats was acceptable; "
                                f"expected one of: {', '.join(f.media_type for f in GRAPH_FORMATS.values())}")
        triples = _take(result, request.get("max_rows"), deadline, "triples")
        spec = GRAPH_FORMATS[name]
        return Answer("graph", name, spec.media_type, write_graph(triples, spec), len(triples))
    name = request.get("bindings_format")
    if name is None:
        raise NotAcceptable("the query returns a table, and none of its formats was acceptable; "
                            f"expected one of: {', '.join(f.media_type for f in BINDINGS_FORMATS.values())}")
    table = BINDINGS_FORMATS[name]
    if isinstance(result, ox.QueryBoolean):
        return Answer("boolean", name, table.media_type, table.write_boolean(bool(result)), 1)
    variables = [v.value for v in result.variables]
    rows = _take(result, request.get("max_rows"), deadline, "rows")
    return Answer("bindings", name, table.media_type, table.write_bindings(variables, rows), len(rows))


def apply_update(store: ox.Store, sparql: str) -> None:
    try:
        store.update(sparql, prefixes=PREFIXES)
    except SyntaxError as exc:
        raise _syntax_error(exc) from None
    except OSError as exc:
        raise StoreError(f"the store failed while applying the update: {exc}") from exc
