"""Load a build into another triple store over HTTP, one named graph at a time.

With the SPARQL 1.1 Graph Store HTTP Protocol (the default), each named graph of
`graph.trig` is sent with `PUT <store>?graph=<name>` as N-Triples, which replaces that graph:
pushing twice leaves the same data, and a rebuilt document replaces its old triples. Stores
without the protocol take `update_endpoint`: per graph, one SPARQL Update request
`DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { … } }` followed by further `INSERT DATA`
batches (triples sharing a blank node always travel in the same batch).

A failure stops the push with a :class:`StoreError` that names the graph, says how many
graphs were already replaced, and is fixed by pushing again.
"""
from __future__ import annotations

import base64
import logging
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from borderkg.errors import StoreError

log = logging.getLogger(__name__)

USER_AGENT = "borderkg-push"


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
    triples: int
    requests: int


Progress = Callable[[str, int, int], None]
"""Called after each graph with (graph name, graphs done, graphs in all)."""


def push(dataset: Dataset, *, store: str | None = None, update_endpoint: str | None = None,
         auth: Auth | None = None, batch_size: int = 5000, timeout: float = 60.0,
         progress: Progress | None = None) -> PushReport:
    """Replace every named graph of `dataset` in the remote store.

    :param store: Graph Store Protocol endpoint (Oxigraph `…/store`, Fuseki `…/DATASET/data`,
        GraphDB `…/repositories/REPO/rdf-graphs/service`).
    :param update_endpoint: SPARQL Update endpoint, used when `store` is None, or when the
        store answers the first PUT with 404, 405 or 501 (no Graph Store Protocol there).
    :raises StoreError: the server is unreachable, refuses a request, or fails mid push.
    """
    if not store and not update_endpoint:
        raise StoreError("give a Graph Store endpoint (--store) or a SPARQL Update endpoint (--update-endpoint)")
    graphs = _graphs(dataset)
    done = triples = requests = 0
    use_store = bool(store)
    for name, graph in graphs:
        try:
            if use_store:
                try:
                    requests += _put_graph(store or "", name, graph, auth=auth, timeout=timeout)
                except _HTTPError as exc:
                    if not (update_endpoint and done == 0 and exc.status in _NO_GRAPH_STORE):
                        raise
                    log.warning("%s; falling back to SPARQL Update at %s", exc, update_endpoint)
                    use_store = False
            if not use_store:
                requests += _update_graph(update_endpoint or "", name, graph, auth=auth,
                                          batch_size=batch_size, timeout=timeout)
        except StoreError as exc:
            raise StoreError(f"push stopped at graph <{name or 'default'}> ({done + 1} of {len(graphs)}); "
                             f"{done} graph(s) were replaced before it; push again to finish: {exc}") from None
        done += 1
        triples += len(graph)
        if progress is not None:
            progress(name, done, len(graphs))
    return PushReport(graphs=done, triples=triples, requests=requests)


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
    requests = 0
    for i, batch in enumerate(_batches(graph, batch_size)):
        data = "\n".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in batch)
        inner = f"GRAPH <{name}> {{\n{data}\n}}" if name else data
        update = f"INSERT DATA {{\n{inner}\n}}"
        if i == 0:
            update = f"DROP SILENT {target} ;\n{update}"
        _request("POST", endpoint, update.encode("utf-8"), "application/sparql-update; charset=utf-8",
                 auth=auth, timeout=timeout)
        requests += 1
    return requests


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
        detail = exc.read()[:300].decode("utf-8", "replace").strip()
        hint = {401: " (check --auth or --token)", 403: " (the store refuses writes; is it read-only?)",
                404: " (is this the store's Graph Store / update endpoint?)",
                405: " (the endpoint does not take this method; try --update-endpoint)"}.get(exc.code, "")
        raise _HTTPError(f"{method} {_redact(url)} answered HTTP {exc.code} {exc.reason}{hint}"
                         + (f": {detail}" if detail else ""), status=exc.code) from None
    except (urllib.error.URLError, ConnectionError, TimeoutError) as exc:
        reason = getattr(exc, "reason", exc)
        raise StoreError(f"cannot reach {_redact(url)}: {reason}") from None


_NO_GRAPH_STORE = (404, 405, 501)


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


__all__ = ["Auth", "PushReport", "push"]
