"""The SPARQL engine that `borderkg query` and `borderkg serve` share.

A build directory ``OUT/`` holds ``OUT/graph.trig``. The first time it is queried, the
graph is bulk-loaded into an on-disk pyoxigraph store in ``OUT/oxigraph/store/`` and a
marker (``OUT/oxigraph/source.json``: size, mtime and SHA-256 of graph.trig) is written
beside it; later opens reuse the store without parsing the graph again, until
graph.trig changes. The store's default graph is the RDF merge of every graph of
graph.trig (each triple once, however many documents state it), so queries without
GRAPH see everything; FROM / FROM NAMED and the SPARQL protocol's
``default-graph-uri`` / ``named-graph-uri`` choose other datasets. (A union default
graph computed at query time would repeat a triple once per graph that holds it, and
joins over lexicon entities restated by every document would multiply.)

An :class:`Engine` runs queries either in this process (``workers=0``: a timed-out query
is abandoned, not stopped) or in a pool of worker processes that each open the store
read-only (``workers>0``: a timed-out query's worker is killed and replaced). Answers
come back already serialised (:class:`Answer`), in a format chosen from
:data:`BINDINGS_FORMATS` or :data:`GRAPH_FORMATS`.
"""
from __future__ import annotations

import fcntl
import hashlib
import itertools
import json
import logging
import os
import re
import shutil
import threading
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from borderkg.errors import QueryError, StoreError

__all__ = ["Answer", "Engine", "QuerySyntaxError", "QueryTimeout", "ResultTooLarge",
           "NotAcceptable", "UpdateRefused", "open_store", "query",
           "BINDINGS_FORMATS", "GRAPH_FORMATS", "PREFIXES"]

log = logging.getLogger(__name__)

GRAPH_FILE = "graph.trig"
STORE_DIR = "oxigraph"
LAYOUT = 2
"""Version of the store's layout (2: default graph = merge of all graphs); a change reloads stores."""
PREFIXES = {
    "bk": "https://w3id.org/borderkg/ontology#",
    "bkr": "https://w3id.org/borderkg/id/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
}
"""Prefixes every query may use without declaring them."""


class QuerySyntaxError(QueryError, SyntaxError):
    """The query or update does not parse; ``lineno``/``offset`` locate the error."""

    def __init__(self, message: str, *, lineno: int | None = None, offset: int | None = None) -> None:
        QueryError.__init__(self, message)
        self.msg, self.lineno, self.offset, self.filename = message, lineno, offset, "<query>"

    def __str__(self) -> str:
        return self.msg


class QueryTimeout(QueryError):
    """The query ran longer than the timeout and was stopped."""


class ResultTooLarge(QueryError):
    """The result has more rows (or triples) than the configured cap."""


class NotAcceptable(QueryError):
    """No serialisation the client accepts fits this kind of result."""


class UpdateRefused(QueryError):
    """An update was sent to an engine opened read-only."""


@dataclass(frozen=True, slots=True)
class Answer:
    """A query's result, serialised."""

    kind: str
    """``"bindings"`` (SELECT), ``"boolean"`` (ASK) or ``"graph"`` (CONSTRUCT/DESCRIBE)."""
    format: str
    """The key of the format in :data:`BINDINGS_FORMATS` or :data:`GRAPH_FORMATS`."""
    media_type: str
    body: bytes
    rows: int
    """Solutions or triples in the body (1 for ASK)."""


# ---------------------------------------------------------------- result formats

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _json_term(term: Any) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                         "predicate": _json_term(term.predicate),
                                         "object": _json_term(term.object)}}


def _json_bindings(variables: list[str], rows: list[Any]) -> bytes:
    bindings = [{v: _json_term(t) for v, t in zip(variables, row) if t is not None} for row in rows]
    return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False, separators=(",", ":")).encode()


def _json_boolean(value: bool) -> bytes:
    return json.dumps({"head": {}, "boolean": value}).encode()


def _xml_term(term: Any) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != _XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    return (f"<triple><subject>{_xml_term(term.subject)}</subject><predicate>{_xml_term(term.predicate)}"
            f"</predicate><object>{_xml_term(term.object)}</object></triple>")


_XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'


def _xml_bindings(variables: list[str], rows: list[Any]) -> bytes:
    out = [_XML_HEAD, "<head>", *(f"<variable name={quoteattr(v)}/>" for v in variables), "</head><results>"]
    for row in rows:
        out.append("<result>")
        out.extend(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                   for v, t in zip(variables, row) if t is not None)
        out.append("</result>")
    out.append("</results></sparql>\n")
    return "\n".join(out).encode()


def _xml_boolean(value: bool) -> bytes:
    return f"{_XML_HEAD}<head/><boolean>{'true' if value else 'false'}</boolean></sparql>\n".encode()


def _csv_field(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        text = term.value
    elif isinstance(term, ox.BlankNode):
        text = f"_:{term.value}"
    else:
        text = str(term)
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def _csv_bindings(variables: list[str], rows: list[Any]) -> bytes:
    lines = [",".join(variables), *(",".join(_csv_field(t) for t in row) for row in rows)]
    return ("\r\n".join(lines) + "\r\n").encode()


def _tsv_bindings(variables: list[str], rows: list[Any]) -> bytes:
    lines = ["\t".join(f"?{v}" for v in variables),
             *("\t".join("" if t is None else str(t) for t in row) for row in rows)]
    return ("\n".join(lines) + "\n").encode()


def _text_boolean(value: bool) -> bytes:
    return b"true\n" if value else b"false\n"


@dataclass(frozen=True, slots=True)
class BindingsFormat:
    """A serialisation of SELECT and ASK results."""

    media_type: str
    aliases: tuple[str, ...]
    write_bindings: Callable[[list[str], list[Any]], bytes]
    write_boolean: Callable[[bool], bytes]


@dataclass(frozen=True, slots=True)
class GraphFormat:
    """A serialisation of CONSTRUCT and DESCRIBE results."""

    media_type: str
    aliases: tuple[str, ...]
    rdf_format: ox.RdfFormat


BINDINGS_FORMATS: dict[str, BindingsFormat] = {
    "json": BindingsFormat("application/sparql-results+json", ("application/json",),
                           _json_bindings, _json_boolean),
    "xml": BindingsFormat("application/sparql-results+xml", ("application/xml", "text/xml"),
                          _xml_bindings, _xml_boolean),
    "csv": BindingsFormat("text/csv", (), _csv_bindings, _text_boolean),
    "tsv": BindingsFormat("text/tab-separated-values", (), _tsv_bindings, _text_boolean),
}
"""SELECT/ASK formats by name, the first the default."""

GRAPH_FORMATS: dict[str, GraphFormat] = {
    "turtle": GraphFormat("text/turtle", ("application/x-turtle",), ox.RdfFormat.TURTLE),
    "ntriples": GraphFormat("application/n-triples", ("text/plain",), ox.RdfFormat.N_TRIPLES),
    "jsonld": GraphFormat("application/ld+json", (), ox.RdfFormat.JSON_LD),
    "rdfxml": GraphFormat("application/rdf+xml", (), ox.RdfFormat.RDF_XML),
}
"""CONSTRUCT/DESCRIBE formats by name, the first the default."""


def _write_graph(triples: list[Any], spec: GraphFormat) -> bytes:
    prefixes = PREFIXES if spec.rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
    body = ox.serialize(triples, format=spec.rdf_format, prefixes=prefixes)
    assert body is not None
    return body


# ---------------------------------------------------------------- the on-disk store

def _fingerprint(path: Path) -> dict[str, Any]:
    st = path.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def open_store(build_dir: str | os.PathLike[str], *, reload: bool = False) -> Path:
    """Return the path of the on-disk store of a build, loading ``graph.trig`` if needed.

    The store is reused as long as graph.trig keeps its size and mtime, or its SHA-256
    when those changed; otherwise (or with ``reload``) it is loaded again into a fresh
    directory that then replaces the old one. Concurrent callers wait on a file lock.

    :param build_dir: the ``--out`` directory of ``borderkg build``.
    :param reload: load the graph even if the store looks current.
    :raises StoreError: if there is no ``graph.trig`` or it cannot be loaded.

    >>> open_store("/nonexistent")
    Traceback (most recent call last):
    ...
    borderkg.errors.StoreError: no graph at '/nonexistent/graph.trig'; run `borderkg build INPUT... --out /nonexistent` first
    """
    build = Path(build_dir)
    graph = build / GRAPH_FILE
    if not graph.is_file():
        raise StoreError(f"no graph at '{graph}'; run `borderkg build INPUT... --out {build}` first")
    home = build / STORE_DIR
    try:
        home.mkdir(exist_ok=True)
        lock = (home / ".lock").open("w")
    except OSError as exc:
        raise StoreError(f"cannot create the store directory '{home}': {exc}") from exc
    with lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        store_path, marker = home / "store", home / "source.json"
        if not reload and store_path.is_dir() and _is_current(graph, marker):
            return store_path
        _load(graph, home, store_path)
        _write_json(marker, {"graph": GRAPH_FILE, **_fingerprint(graph), "sha256": _sha256(graph),
                             "pyoxigraph": ox.__version__, "layout": LAYOUT})
    return store_path


def _is_current(graph: Path, marker: Path) -> bool:
    try:
        recorded = json.loads(marker.read_text("utf-8"))
    except (OSError, ValueError):
        return False
    if recorded.get("pyoxigraph") != ox.__version__ or recorded.get("layout") != LAYOUT:
        return False
    now = _fingerprint(graph)
    if all(recorded.get(k) == v for k, v in now.items()):
        return True
    if recorded.get("sha256") == _sha256(graph):  # touched, not changed
        _write_json(marker, {**recorded, **now})
        return True
    return False


def _write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_suffix(f".tmp-{os.getpid()}")
    tmp.write_text(json.dumps(data, indent=1), "utf-8")
    tmp.replace(path)


def _load(graph: Path, home: Path, store_path: Path) -> None:
    tmp = home / f"store.tmp-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    started = time.perf_counter()
    try:
        store = ox.Store(str(tmp))
        store.bulk_load(path=str(graph), format=ox.RdfFormat.TRIG)
        default = ox.DefaultGraph()  # the merge of all graphs becomes the default graph
        store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object, default)
                          for q in ox.parse(path=str(graph), format=ox.RdfFormat.TRIG))
        store.optimize()
        store.flush()
        count = len(store)
        del store
    except SyntaxError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise StoreError(f'File "{graph}", line {exc.lineno}: {exc.msg}') from exc
    except (OSError, ValueError) as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise StoreError(f"cannot load '{graph}' into '{tmp}': {exc}") from exc
    old = home / f"store.old-{os.getpid()}"
    if store_path.exists():
        store_path.rename(old)
    tmp.rename(store_path)
    shutil.rmtree(old, ignore_errors=True)
    log.info("loaded %d quads from %s into %s in %.1fs", count, graph, store_path,
             time.perf_counter() - started)


def _open_read_only(store_path: Path) -> ox.Store:
    try:
        return ox.Store.read_only(str(store_path))
    except OSError as exc:
        raise StoreError(f"cannot open the store '{store_path}': {exc}") from exc


# ---------------------------------------------------------------- running one query

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


def _execute(store: ox.Store, request: dict[str, Any]) -> Answer:
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
        return Answer("graph", name, spec.media_type, _write_graph(triples, spec), len(triples))
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


def _update(store: ox.Store, sparql: str) -> None:
    try:
        store.update(sparql, prefixes=PREFIXES)
    except SyntaxError as exc:
        raise _syntax_error(exc) from None
    except OSError as exc:
        raise StoreError(f"the store failed while applying the update: {exc}") from exc


# ---------------------------------------------------------------- the engine

class Engine:
    """Answers SPARQL queries (and, if allowed, updates) over one build directory.

    :param build_dir: the ``--out`` directory of ``borderkg build``.
    :param workers: 0 to evaluate in this process, or the number of worker processes.
    :param timeout: default seconds a query may run (``None``: no limit).
    :param max_rows: default cap on result rows or triples (``None``: no cap).
    :param allow_update: open the store so that :meth:`update` works.
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
                 allow_update: bool = False) -> None:
        self.build_dir = Path(build_dir)
        self.timeout, self.max_rows, self.allow_update = timeout, max_rows, allow_update
        self.store_path = open_store(self.build_dir)
        self._store: ox.Store | None = None
        self._pool = None
        self._update_lock = threading.Lock()
        if workers > 0:
            from borderkg.serve.pool import Pool
            self._pool = Pool(self.store_path, workers)
        elif allow_update:
            try:
                self._store = ox.Store(str(self.store_path))
            except OSError as exc:
                raise StoreError(f"cannot open the store '{self.store_path}' for writing: {exc}") from exc
        else:
            self._store = _open_read_only(self.store_path)

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
        :raises QuerySyntaxError: if the query does not parse.
        :raises QueryTimeout: if it runs out of time.
        :raises ResultTooLarge: if the result exceeds the row cap.
        :raises NotAcceptable: if the result's kind has no format requested.
        """
        timeout = self.timeout if timeout is None else timeout
        request = {"sparql": sparql, "bindings_format": bindings_format, "graph_format": graph_format,
                   "default_graphs": list(default_graphs), "named_graphs": list(named_graphs),
                   "max_rows": self.max_rows if max_rows is None else max_rows}
        if self._pool is not None:
            return self._pool.run(request, timeout)
        return self._inline(request, timeout)

    def select(self, sparql: str, *, timeout: float | None = None,
               max_rows: int | None = None) -> list[dict[str, dict[str, str]]]:
        """Run a SELECT query and return its bindings as SPARQL JSON results objects."""
        answer = self.query(sparql, bindings_format="json", graph_format=None,
                            timeout=timeout, max_rows=max_rows)
        return json.loads(answer.body)["results"]["bindings"]

    def update(self, sparql: str) -> None:
        """Apply a SPARQL update to the store (not to graph.trig), as written.

        The default graph is the merge made when the store was loaded: data inserted into a
        named graph is seen through GRAPH or FROM, data inserted without GRAPH by default.

        :raises UpdateRefused: if the engine was not opened with ``allow_update``.
        :raises QuerySyntaxError: if the update does not parse.
        """
        if not self.allow_update:
            raise UpdateRefused("this engine is read-only")
        with self._update_lock:
            if self._pool is not None:
                with self._pool.exclusive():
                    store = ox.Store(str(self.store_path))
                    try:
                        _update(store, sparql)
                        store.flush()
                    finally:
                        del store
            else:
                assert self._store is not None
                _update(self._store, sparql)

    def _inline(self, request: dict[str, Any], timeout: float | None) -> Answer:
        store = self._store
        if store is None:
            raise StoreError("the engine is closed")
        if timeout is None:
            return _execute(store, request)
        request["deadline"] = time.monotonic() + timeout
        box: dict[str, Any] = {}

        def run() -> None:
            try:
                box["answer"] = _execute(store, request)
            except BaseException as exc:  # handed over to the calling thread
                # pyoxigraph results must be dropped on the thread that made them
                traceback.clear_frames(exc.__traceback__)
                box["error"] = exc

        worker = threading.Thread(target=run, name="borderkg-query", daemon=True)
        worker.start()
        worker.join(timeout)
        if worker.is_alive():
            raise QueryTimeout(f"the query ran longer than {timeout:g} s and was abandoned")
        if "error" in box:
            raise box["error"]
        return box["answer"]


def query(build_dir: str | os.PathLike[str], sparql: str, *, format: str = "json",
          timeout: float | None = None, max_rows: int | None = None) -> Answer:
    """Run one SPARQL query over a build directory, in this process.

    :param format: a key of :data:`BINDINGS_FORMATS` or :data:`GRAPH_FORMATS`; the
        other kind of result comes back as JSON or Turtle.
    :raises StoreError: if the build has no graph.
    :raises QueryError: if the query is malformed, too slow or too large.
    """
    if format not in BINDINGS_FORMATS and format not in GRAPH_FORMATS:
        raise QueryError(f"format {format!r} is not supported; expected one of: "
                         f"{', '.join([*BINDINGS_FORMATS, *GRAPH_FORMATS])}")
    with Engine(build_dir, timeout=timeout, max_rows=max_rows) as engine:
        return engine.query(sparql,
                            bindings_format=format if format in BINDINGS_FORMATS else "json",
                            graph_format=format if format in GRAPH_FORMATS else "turtle")


