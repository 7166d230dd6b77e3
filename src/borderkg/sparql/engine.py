"""The :class:`Engine`: queries (and, if allowed, updates) over one build, in this process or in workers."""
from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from borderkg.errors import StoreError
from borderkg.sparql import guard
from borderkg.sparql.errors import UpdateRefused
from borderkg.sparql.execute import apply_update, execute, on_big_stack
from borderkg.sparql.formats import Answer
from borderkg.sparql.ondisk import open_read_only, open_store
from borderkg.sparql.pool import Pool


class Engine:
    """Answers SPARQL queries (and, if allowed, updates) over one build directory.

    Every query and update is checked first (:func:`borderkg.sparql.guard.check`: length,
    nesting, SERVICE and LOAD targets). With ``workers=0`` it is evaluated in this process,
    where a timed-out query is abandoned, not stopped, and memory is not capped: for one-off
    use (``borderkg query``). With ``workers>0`` it runs in a :class:`Pool` of processes.

    :param build_dir: the ``--out`` directory of ``borderkg build``.
    :param workers: 0 to evaluate in this process, or the number of worker processes.
    :param timeout: default seconds a query may run (``None``: no limit).
    :param max_rows: default cap on result rows or triples (``None``: no cap).
    :param allow_update: open the store so that :meth:`update` works.
    :param allow_remote: IRIs that SERVICE may call and LOAD may read; nothing else is reached.
    :param max_memory: bytes a worker may use while answering (workers only; 0: no cap).
    :param queue: queries that may wait for a worker before the engine answers busy.
    :param long_after: CPU seconds after which a running query counts as long (see :class:`Pool`).
    :raises StoreError: if the build has no graph or the store cannot be opened.

    >>> import pathlib, tempfile
    >>> out = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (out / "graph.trig").write_text('<urn:g> { <urn:a> <urn:p> "x"@vi }')
    >>> with Engine(out) as engine:
    ...     engine.select("SELECT ?o WHERE { <urn:a> <urn:p> ?o }")
    [{'o': {'type': 'literal', 'value': 'x', 'xml:lang': 'vi'}}]
    """

    def __init__(self, build_dir: str | os.PathLike[str], *, workers: int = 0,
                 timeout: float | None = 30.0, max_rows: int | None = 10_000,
                 allow_update: bool = False, allow_remote: Collection[str] = (),
                 max_memory: int = 0, queue: int = 32, long_after: float = 0.5) -> None:
        self.build_dir = Path(build_dir)
        self.timeout, self.max_rows, self.allow_update = timeout, max_rows, allow_update
        self.allow_remote = frozenset(allow_remote)
        self.store_path = open_store(self.build_dir)
        self._store: ox.Store | None = None
        self._pool: Pool | None = None
        self._update_lock = threading.Lock()
        if workers > 0:
            self._pool = Pool(self.store_path, workers, max_memory=max_memory, queue=queue,
                              long_after=long_after)
        elif allow_update:
            try:
                self._store = ox.Store(str(self.store_path))
            except OSError as exc:
                raise StoreError(f"cannot open the store '{self.store_path}' for writing: {exc}") from exc
        else:
            self._store = open_read_only(self.store_path)

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the workers and close the store."""
        if self._pool is not None:
            self._pool.close()
            self._pool = None
        self._store = None

    def query(self, sparql: str, *, bindings_format: str | None = "json",
              graph_format: str | None = "turtle", default_graphs: Sequence[str] = (),
              named_graphs: Sequence[str] = (), timeout: float | None = None,
              max_rows: int | None = None) -> Answer:
        """Run a SPARQL query and serialise its result.

        :param sparql: the query.
        :param bindings_format: key of :data:`BINDINGS_FORMATS` for SELECT/ASK, or ``None`` if none is acceptable.
        :param graph_format: key of :data:`GRAPH_FORMATS` for CONSTRUCT/DESCRIBE, or ``None``.
        :param default_graphs: IRIs whose merge is the default graph (SPARQL protocol ``default-graph-uri``).
        :param named_graphs: IRIs of the named graphs (``named-graph-uri``).
        :param timeout: seconds, overriding the engine's default.
        :param max_rows: row cap, overriding the engine's default.
        :raises QueryRefused: if the query is too long, too deep or reaches outside.
        :raises QuerySyntaxError: if the query does not parse.
        :raises QueryTimeout: if it runs out of time.
        :raises QueryOutOfMemory: if it needs more memory than the cap (workers only).
        :raises ServerBusy: if too many queries are waiting or running long (workers only).
        :raises ResultTooLarge: if the result exceeds the row cap.
        :raises NotAcceptable: if the result's kind has no format requested.
        """
        guard.check(sparql, allowed=self.allow_remote)
        timeout = self.timeout if timeout is None else timeout
        request: dict[str, Any] = {
            "sparql": sparql, "bindings_format": bindings_format, "graph_format": graph_format,
            "default_graphs": list(default_graphs), "named_graphs": list(named_graphs),
            "max_rows": self.max_rows if max_rows is None else max_rows}
        if self._pool is not None:
            return self._pool.run(request, timeout)
        store = self._store
        if store is None:
            raise StoreError("the engine is closed")
        if timeout is not None:
            request["deadline"] = time.monotonic() + timeout
        return on_big_stack(lambda: execute(store, request), timeout)

    def select(self, sparql: str, *, timeout: float | None = None,
               max_rows: int | None = None) -> list[dict[str, dict[str, str]]]:
        """Run a SELECT query and return its bindings as SPARQL JSON results objects."""
        answer = self.query(sparql, bindings_format="json", graph_format=None,
                            timeout=timeout, max_rows=max_rows)
        return json.loads(answer.body)["results"]["bindings"]  # type: ignore[no-any-return]

    def update(self, sparql: str) -> None:
        """Apply a SPARQL update to the store (not to graph.trig), as written.

        The default graph is the merge made when the store was loaded: data inserted into a
        named graph is seen through GRAPH or FROM, data inserted without GRAPH by default.

        :raises UpdateRefused: if the engine was not opened with ``allow_update``.
        :raises QueryRefused: if the update is too long, too deep, or LOADs an IRI not allowed.
        :raises QuerySyntaxError: if the update does not parse.
        """
        if not self.allow_update:
            raise UpdateRefused("this engine is read-only")
        guard.check(sparql, allowed=self.allow_remote, what="update")
        with self._update_lock:
            if self._pool is not None:
                with self._pool.exclusive():
                    store = ox.Store(str(self.store_path))
                    try:
                        on_big_stack(lambda: apply_update(store, sparql))
                        store.flush()
                    finally:
                        del store
            else:
                writable = self._store
                assert writable is not None
                on_big_stack(lambda: apply_update(writable, sparql))
