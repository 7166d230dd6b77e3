"""Load a build into another triple store over HTTP, one named graph at a time.

With the SPARQL 1.1 Graph Store HTTP Protocol (the default), each named graph of
`graph.trig` is sent with `PUT <store>?graph=<name>` as N-Triples, which replaces that graph:
pushing twice leaves the same data, and a rebuilt document replaces its old triples. Stores
without the protocol take `update_endpoint`: per graph, one SPARQL Update request
`DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { … } }` followed by further `INSERT DATA`
batches (triples sharing a blank node always travel in the same batch).

A failure stops the push with a :class:`StoreError` that names the graph it stopped at, the
graphs already replaced, and how far the one it stopped at got (with SPARQL Update a graph is
replaced in several requests). :func:`push_build` keeps the names of the graphs replaced so far
in ``BUILD/push-state.json``: pushing the same build to the same store again resumes after them,
and the file is removed once the push completes.
"""
from __future__ import annotations

import base64
import hashlib
import http.client
import json
import logging
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import BNode, Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from borderkg.errors import StoreError

log = logging.getLogger(__name__)

USER_AGENT = "borderkg-push"
STATE_FILE = "push-state.json"
"""Beside graph.trig: the store pushed to, the graph's hash, and the graphs already replaced there."""


@dataclass(frozen=True, slots=True)
class Auth:
    """HTTP credentials: a user and password (Basic) or a bearer token."""

    user: str | None = None
    password: str | None = None
    token: str | None = None

    @classmethod
    def parse(cls, userpass: str | None = None, token: str | None = None) -> Auth | None:
        """From `--auth user:pass` and/or `--token T`.

        :raises StoreError: `userpass` has no ':'.
        """
        if token:
            return cls(token=token)
        if userpass is None:
            return None
        user, sep, password = userpass.partition(":")
        if not sep:
            raise StoreError(f"--auth {userpass!r} is not of the form user:password")
        return cls(user=user, password=password)

    def header(self) -> str:
        if self.token:
            return f"Bearer {self.token}"
        raw = f"{self.user}:{self.password}".encode()
        return "Basic " + base64.b64encode(raw).decode("ascii")


@dataclass(frozen=True, slots=True)
class PushReport:
    """What a push did."""

    graphs: int
    """Graphs the store now has from this build, those of an earlier run resumed after included."""
    triples: int
    requests: int
    resumed: int = 0
    """Graphs replaced by an earlier, interrupted run and not sent again."""


Progress = Callable[[str, int, int], None]
"""Called after each graph with (graph name, graphs done, graphs in all)."""


def push(dataset: Dataset, *, store: str | None = None, update_endpoint: str | None = None,
         auth: Auth | None = None, batch_size: int = 5000, timeout: float = 60.0,
         progress: Progress | None = None, skip: Collection[str] = ()) -> PushReport:
    """Replace every named graph of `dataset` in the remote store.

    :param store: Graph Store Protocol endpoint (Oxigraph `…/store`, Fuseki `…/DATASET/data`,
        GraphDB `…/repositories/REPO/rdf-graphs/service`).
    :param update_endpoint: SPARQL Update endpoint, used when `store` is None, or when the
        store answers the first PUT with 404, 405 or 501 (no Graph Store Protocol there).
    :param skip: names of graphs already replaced (by an interrupted push of the same data).
    :raises StoreError: the server is unreachable, refuses a request, answers garbage, or fails
        mid push; the message says which graphs were replaced.
    """
    if not store and not update_endpoint:
        raise StoreError("give a Graph Store endpoint (--store) or a SPARQL Update endpoint (--update-endpoint)")
    graphs = _graphs(dataset)
    resumed = [name for name, _ in graphs if name in skip]
    replaced: list[str] = []
    triples = requests = 0
    use_store = bool(store)
    for name, graph in graphs:
        if name in skip:
            continue
        try:
            if use_store:
                try:
                    requests += _put_graph(store or "", name, graph, auth=auth, timeout=timeout)
                except _HTTPError as exc:
                    if not (update_endpoint and not replaced and exc.status in _NO_GRAPH_STORE):
                        raise
                    log.warning("%s; falling back to SPARQL Update at %s", exc, update_endpoint)
                    use_store = False
            if not use_store:
                requests += _update_graph(update_endpoint or "", name, graph, auth=auth,
                                          batch_size=batch_size, timeout=timeout)
        except StoreError as exc:
            raise StoreError(_stopped(name, graphs, [*resumed, *replaced], exc)) from None
        replaced.append(name)
        triples += len(graph)
        if progress is not None:
            progress(name, len(resumed) + len(replaced), len(graphs))
    return PushReport(graphs=len(resumed) + len(replaced), triples=triples, requests=requests,
                      resumed=len(resumed))


def _stopped(name: str, graphs: list[tuple[str, Graph]], replaced: list[str], exc: StoreError) -> str:
    """The message of a push that stopped at graph `name`: where, what was replaced, what to do."""
    position = next(i for i, (n, _) in enumerate(graphs) if n == name) + 1
    shown = ", ".join(f"<{n or 'default'}>" for n in replaced[:5])
    more = f" and {len(replaced) - 5} more" if len(replaced) > 5 else ""
    done = (f"{len(replaced)} graph(s) were replaced before it ({shown}{more})" if replaced
            else "0 graph(s) were replaced before it")
    partly = f"; <{name or 'default'}> {exc.partly}" if isinstance(exc, _PartlyReplaced) else ""
    return (f"push stopped at graph <{name or 'default'}> ({position} of {len(graphs)}); {done}{partly}; "
            f"push again to finish: {exc}")


def push_build(build_dir: str | Path, *, store: str | None = None, update_endpoint: str | None = None,
               auth: Auth | None = None, batch_size: int = 5000, timeout: float = 60.0,
               progress: Progress | None = None, restart: bool = False) -> PushReport:
    """Push a build's graph.trig, resuming after the graphs an interrupted push of it already replaced.

    :param restart: send every graph again, whatever an earlier run replaced.
    :raises StoreError: as :func:`push`; the message says where the resume state is kept.
    :raises InputError: the build has no valid graph.trig.
    """
    graph = Path(build_dir)
    if graph.is_dir() or graph.suffix != ".trig":
        graph = graph / "graph.trig"
    dataset = load_dataset(build_dir)
    target = store or update_endpoint or ""
    state_path = graph.parent / STATE_FILE
    state: dict[str, Any] = {"store": target, "graph_sha256": _sha256(graph), "replaced": []}
    earlier = {} if restart else _read_state(state_path)
    if earlier.get("store") == state["store"] and earlier.get("graph_sha256") == state["graph_sha256"]:
        state["replaced"] = list(earlier.get("replaced", []))
        if state["replaced"]:
            log.warning("resuming an interrupted push to %s: %d graph(s) were already replaced",
                        _redact(target), len(state["replaced"]))

    def record(name: str, done: int, total: int) -> None:
        state["replaced"].append(name)
        _write_state(state_path, state)
        if progress is not None:
            progress(name, done, total)

    try:
        report = push(dataset, store=store, update_endpoint=update_endpoint, auth=auth, batch_size=batch_size,
                      timeout=timeout, progress=record, skip=set(state["replaced"]))
    except StoreError as exc:
        where = (f" (their names are in {state_path}; pushing this build to the same store again resumes after them)"
                 if state_path.is_file() else "")
        raise StoreError(f"{exc}{where}") from None
    state_path.unlink(missing_ok=True)
    return report


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _read_state(path: Path) -> dict[str, Any]:
    try:
        state = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def _write_state(path: Path, state: dict[str, Any]) -> None:
    try:
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(state, indent=1), "utf-8")
        tmp.replace(path)
    except OSError as exc:  # a read-only build: the push goes on, without resume
        log.warning("cannot record push progress in %s: %s", path, exc)


def load_dataset(build_dir: str | Path) -> Dataset:
    """Parse `BUILD/graph.trig` (or a .trig file)."""
    from borderkg.export import load_build
    return load_build(build_dir)


def _graphs(dataset: Dataset) -> list[tuple[str, Graph]]:
    """(name, graph) for every non-empty graph; the default graph has the name ""."""
    out = []
    for graph in dataset.graphs():
        if len(graph) == 0:
            continue
        ident = graph.identifier
        name = "" if ident == DATASET_DEFAULT_GRAPH_ID or isinstance(ident, BNode) else str(ident)
        out.append((name, graph))
    return sorted(out, key=lambda item: item[0])


def _put_graph(store: str, name: str, graph: Graph, *, auth: Auth | None, timeout: float) -> int:
    query = urllib.parse.urlencode({"graph": name}) if name else "default"
    sep = "&" if "?" in store else "?"
    body = graph.serialize(format="nt", encoding="utf-8")
    _request("PUT", f"{store}{sep}{query}", body, "application/n-triples", auth=auth, timeout=timeout)
    return 1


def _update_graph(endpoint: str, name: str, graph: Graph, *, auth: Auth | None, batch_size: int,
                  timeout: float) -> int:
    target = f"GRAPH <{name}>" if name else "DEFAULT"
    batches = list(_batches(graph, batch_size))
    sent = 0
    for i, batch in enumerate(batches):
        data = "\n".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in batch)
        inner = f"GRAPH <{name}> {{\n{data}\n}}" if name else data
        update = f"INSERT DATA {{\n{inner}\n}}"
        if i == 0:
            update = f"DROP SILENT {target} ;\n{update}"
        try:
            _request("POST", endpoint, update.encode("utf-8"), "application/sparql-update; charset=utf-8",
                     auth=auth, timeout=timeout)
        except StoreError as exc:
            if i == 0:
                raise
            raise _PartlyReplaced(str(exc), partly=(
                f"was partly replaced: dropped, then {i} of {len(batches)} batches inserted "
                f"({sent} of {len(graph)} triples)")) from None
        sent += len(batch)
    return len(batches)


def _batches(graph: Graph, size: int) -> Iterator[list[tuple[Node, Node, Node]]]:
    """Triples in batches of about `size`, keeping triples that share a blank node together."""
    parent: dict[Node, Node] = {}

    def find(x: Node) -> Node:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    triples = sorted(graph, key=lambda t: (str(t[0]), str(t[1]), str(t[2])))
    for s, _, o in triples:
        if isinstance(s, BNode) and isinstance(o, BNode):
            parent[find(s)] = find(o)
    groups: dict[object, list[tuple[Node, Node, Node]]] = {}
    for i, (s, p, o) in enumerate(triples):
        bnode = s if isinstance(s, BNode) else o if isinstance(o, BNode) else None
        key = ("b", find(bnode)) if bnode is not None else ("t", i)
        groups.setdefault(key, []).append((s, p, o))
    batch: list[tuple[Node, Node, Node]] = []
    for group in groups.values():
        if batch and len(batch) + len(group) > size:
            yield batch
            batch = []
        batch.extend(group)
    if batch:
        yield batch


def _request(method: str, url: str, body: bytes, content_type: str, *, auth: Auth | None,
             timeout: float) -> None:
    req = urllib.request.Request(url, data=body, method=method,
                                 headers={"Content-Type": content_type, "User-Agent": USER_AGENT})
    if auth is not None:
        req.add_header("Authorization", auth.header())
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            resp.read()
    except urllib.error.HTTPError as exc:
        try:
            body = exc.read()
        except (http.client.HTTPException, OSError):  # an error page cut off
            body = b""
        detail = body[:300].decode("utf-8", "replace").strip()
        hint = {401: " (check --auth or --token)", 403: " (the store refuses writes; is it read-only?)",
                404: " (is this the store's Graph Store / update endpoint?)",
                405: " (the endpoint does not take this method; try --update-endpoint)"}.get(exc.code, "")
        raise _HTTPError(f"{method} {_redact(url)} answered HTTP {exc.code} {exc.reason}{hint}"
                         + (f": {detail}" if detail else ""), status=exc.code) from None
    except http.client.IncompleteRead as exc:
        raise StoreError(f"{method} {_redact(url)}: the response was cut off after {len(exc.partial)} bytes "
                         "(the request may or may not have been applied)") from None
    except http.client.HTTPException as exc:
        raise StoreError(f"{method} {_redact(url)}: the server's answer is not valid HTTP "
                         f"({type(exc).__name__}: {exc})") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise StoreError(f"cannot reach {_redact(url)}: {reason}") from None


_NO_GRAPH_STORE = (404, 405, 501)


class _PartlyReplaced(StoreError):
    """A StoreError after a graph was dropped and only some of its batches inserted."""

    def __init__(self, message: str, *, partly: str) -> None:
        super().__init__(message)
        self.partly = partly


class _HTTPError(StoreError):
    """A StoreError for an HTTP error status, which the fallback to SPARQL Update looks at."""

    def __init__(self, message: str, *, status: int) -> None:
        super().__init__(message)
        self.status = status


def _redact(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.password:
        parts = parts._replace(netloc=f"{parts.username}:***@{parts.hostname}"
                               + (f":{parts.port}" if parts.port else ""))
    return urllib.parse.urlunsplit(parts)


__all__ = ["Auth", "PushReport", "push", "push_build"]
