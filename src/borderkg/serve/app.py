"""Routes: ``/`` query page, ``/sparql`` endpoint, ``/id/...`` and ``/resource?iri=`` entity pages,
``/timeline``, ``/network`` (and its data, ``/network.json``), ``/static/``."""
from __future__ import annotations

import importlib.resources
import json
import mimetypes
import re
import threading
from urllib.parse import unquote

import networkx as nx
import pyoxigraph as ox

from borderkg import sparql
from borderkg.serve import endpoint, entity, network, pages, timeline, viewpages
from borderkg.serve.examples import load_examples
from borderkg.serve.httpd import (BadRequest, MethodNotAllowed, NotAcceptableError, NotFound, Request,
                                  Response, error_response, negotiate, prefers_html)

HTML = "text/html; charset=utf-8"
_HOST = re.compile(r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
                   r"|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?")
"""A Host header the service description may put into its endpoint IRI (RFC 3986 reg-name or IP literal)."""
CORS = [("Access-Control-Allow-Origin", "*"), ("Access-Control-Allow-Methods", "GET, POST, OPTIONS"),
        ("Access-Control-Allow-Headers", "Accept, Content-Type, Authorization")]


def _limit(value: str | None) -> int:
    """The ``limit`` parameter of ``/network``: how many actors to draw."""
    if value is None:
        return network.DEFAULT_LIMIT
    if not value.isascii() or not value.isdigit() or not 1 <= int(value) <= network.MAX_LIMIT:
        raise BadRequest(f"limit={value!r} is not valid; expected a number of actors from 1 to {network.MAX_LIMIT}")
    return int(value)


class App:
    """The web application over one engine: a callable from :class:`Request` to :class:`Response`.

    :param engine: the SPARQL engine of the build.
    :param timeout: seconds a query may run (also the cap on a client's ``timeout``).
    :param update_token: the token that allows updates, or ``None`` for a read-only endpoint.
    """

    def __init__(self, engine: sparql.Engine, *, timeout: float | None = 30.0,
                 update_token: str | None = None) -> None:
        self.engine, self.timeout, self.update_token = engine, timeout, update_token
        self.examples = load_examples()
        self._static = importlib.resources.files("borderkg.serve") / "static"
        self._stats: tuple[list[tuple[str, int]], int] | None = None
        self._stats_lock = threading.Lock()
        self._network: nx.Graph | None = None
        self._network_lock = threading.Lock()

    def __call__(self, request: Request) -> Response:
        try:
            response = self.route(request)
        except Exception as exc:  # the one place errors become responses
            response = error_response(exc, request)
        if request.path == "/sparql":  # browser-based SPARQL clients (YASGUI and the like) on other origins
            response.headers.extend(CORS)
        response.headers.append(("X-Content-Type-Options", "nosniff"))  # text answers quote client input
        return response

    def route(self, request: Request) -> Response:
        path = request.path
        if path == "/sparql" and request.method == "OPTIONS":
            return Response(200, b"", "text/plain; charset=utf-8", [("Access-Control-Max-Age", "600")])
        if path == "/sparql":
            return endpoint.handle(request, engine=self.engine, update_token=self.update_token,
                                   timeout=self.timeout,
                                   service_description=lambda: self._service(request))
        if request.method not in ("GET", "HEAD"):
            raise MethodNotAllowed(f"method {request.method} is not allowed at {path}",
                                   headers=[("Allow", "GET, HEAD")])
        if path in ("/", "/index.html"):
            return Response(200, pages.home_page(self.examples, stats=self._stats_line()).encode(), HTML)
        if path.startswith("/static/"):
            return self._asset(path[len("/static/"):])
        if path.startswith("/id/"):
            return self.resource(request, entity.BKR + unquote(path[len("/id/"):]))
        if path == "/resource":
            iri = request.param("iri")
            if not iri:
                raise BadRequest("give the IRI to show: /resource?iri=...")
            return self.resource(request, iri)
        if path == "/timeline":
            found = timeline.timeline(self.engine, timeline.Filters.of(request))
            return Response(200, viewpages.timeline_page(found).encode(), HTML)
        if path == "/network":
            limit = _limit(request.param("limit"))
            drawing = network.draw(self.actor_network(), limit)
            return Response(200, viewpages.network_page(drawing, limit=limit).encode(), HTML)
        if path == "/network.json":
            from borderkg.export.cytoscape import to_elements
            body = json.dumps(to_elements(self.actor_network()), ensure_ascii=False)
            return Response(200, body.encode(), "application/json; charset=utf-8")
        if path == "/examples.json":
            body = json.dumps([{"name": e.name, "title": e.title, "description": e.description,
                                "sparql": e.sparql} for e in self.examples], ensure_ascii=False)
            return Response(200, body.encode(), "application/json; charset=utf-8")
        raise NotFound(f"nothing at {path}; try / for the query page or /sparql for the endpoint")

    def resource(self, request: Request, iri: str) -> Response:
        """An entity page in HTML for browsers, or its triples (in and out) in RDF for clients."""
        try:
            node = str(ox.NamedNode(iri))
        except ValueError as exc:
            raise BadRequest(f"{iri!r} is not a valid IRI: {exc}") from exc
        forced = request.param("format")
        if forced is None and prefers_html(request):
            found = entity.gather(self.engine, iri)
            if not found.exists:
                raise NotFound(f"the graph says nothing about <{iri}>")
            return Response(200, pages.entity_page(found).encode(), HTML, [("Vary", "Accept")])
        name = forced or negotiate(request.header("accept"), endpoint.GRAPH_OFFERS)
        if name not in sparql.GRAPH_FORMATS:
            raise NotAcceptableError(f"a resource is served as HTML or RDF; expected one of: "
                                     f"text/html, {', '.join(f.media_type for f in sparql.GRAPH_FORMATS.values())}")
        answer = self.engine.query(
            f"CONSTRUCT {{ {node} ?p ?o . ?s ?q {node} }} WHERE {{ {{ {node} ?p ?o }} UNION {{ ?s ?q {node} }} }}",
            graph_format=name, bindings_format=None, timeout=self.timeout)
        if answer.rows == 0:
            raise NotFound(f"the graph says nothing about <{iri}>")
        return Response(200, answer.body, endpoint._charset(answer.media_type), [("Vary", "Accept")])

    def actor_network(self) -> nx.Graph:
        """The actor network of the store, computed at the first request (the store is read-only)."""
        with self._network_lock:
            if self._network is None:
                self._network = network.actor_network(self.engine)
            return self._network

    def _asset(self, name: str) -> Response:
        if "/" in name or name.startswith(".") or not name:
            raise NotFound(f"no asset {name!r}")
        asset = self._static / name
        if not asset.is_file():
            raise NotFound(f"no asset {name!r}")
        media = mimetypes.guess_type(name)[0] or "application/octet-stream"
        if media.startswith("text/") or media.endswith("javascript"):
            media += "; charset=utf-8"
        return Response(200, asset.read_bytes(), media, [("Cache-Control", "max-age=300")])

    def _graph_stats(self) -> tuple[list[tuple[str, int]], int]:
        with self._stats_lock:
            if self._stats is None:
                rows = self.engine.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } "
                                          "GROUP BY ?g ORDER BY ?g", timeout=max(self.timeout or 0, 300),
                                          max_rows=1_000_000)
                graphs = [(r["g"]["value"], int(r["n"]["value"])) for r in rows]
                total = self.engine.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                                           timeout=max(self.timeout or 0, 300))
                self._stats = (graphs, int(total[0]["n"]["value"]))
            return self._stats

    def _stats_line(self) -> str:
        graphs, total = self._graph_stats()
        return f"{total:,} triples in {len(graphs):,} named graphs"

    def _service(self, request: Request) -> list[ox.Triple]:
        graphs, default = self._graph_stats()
        host = request.header("host") or "localhost"
        if not _HOST.fullmatch(host):
            raise BadRequest(f"the Host header {host!r} is not a host name with an optional port")
        return endpoint.service_description(f"http://{host}/sparql", graphs=graphs,
                                            default_triples=default, updates=bool(self.update_token))
