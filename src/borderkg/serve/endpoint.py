"""The SPARQL 1.1 Protocol at ``/sparql``: query and update operations, the service description.

https://www.w3.org/TR/sparql11-protocol/ : a query by GET ``?query=``, by POST of an
urlencoded form, or by POST of ``application/sparql-query``; ``default-graph-uri`` and
``named-graph-uri`` choose the dataset; an update by POST of a form with ``update=`` or
of ``application/sparql-update``.
"""
from __future__ import annotations

import hmac
from collections.abc import Callable
from urllib.parse import parse_qs

import pyoxigraph as ox

from borderkg import sparql
from borderkg.serve.httpd import (BadRequest, Forbidden, MethodNotAllowed, NotAcceptableError, Request,
                                  Response, UnsupportedMediaType, negotiate)

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
_FORMAT_IRIS = {
    "json": "SPARQL_Results_JSON", "xml": "SPARQL_Results_XML", "csv": "SPARQL_Results_CSV",
    "tsv": "SPARQL_Results_TSV", "turtle": "Turtle", "ntriples": "N-Triples", "jsonld": "JSON-LD",
    "rdfxml": "RDF_XML",
}
BINDINGS_OFFERS = {k: (f.media_type, *f.aliases) for k, f in sparql.BINDINGS_FORMATS.items()}
GRAPH_OFFERS = {k: (f.media_type, *f.aliases) for k, f in sparql.GRAPH_FORMATS.items()}


def _charset(media_type: str) -> str:
    textual = media_type.startswith("text/") or media_type.endswith(("json", "xml", "n-triples"))
    return f"{media_type}; charset=utf-8" if textual else media_type


def operation(request: Request) -> dict[str, list[str]]:
    """The protocol parameters of a request, wherever the method puts them.

    :raises MethodNotAllowed: for methods other than GET, HEAD and POST.
    :raises UnsupportedMediaType: for a POST body that is not a form, a query or an update.
    """
    params = {k: list(v) for k, v in request.params.items()}
    if request.method in ("GET", "HEAD"):
        return params
    if request.method != "POST":
        raise MethodNotAllowed(f"method {request.method} is not allowed at /sparql; use GET or POST",
                               headers=[("Allow", "GET, HEAD, POST")])
    try:
        body = request.body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadRequest(f"the request body is not UTF-8: {exc}") from exc
    media = request.media_type
    if media == "application/x-www-form-urlencoded":
        for key, values in parse_qs(body, keep_blank_values=True).items():
            params.setdefault(key, []).extend(values)
    elif media == "application/sparql-query":
        params["query"] = [body]
    elif media == "application/sparql-update":
        params["update"] = [body]
    else:
        raise UnsupportedMediaType(
            f"content type {media or '(none)'!r} is not supported at /sparql; expected one of: "
            "application/x-www-form-urlencoded, application/sparql-query, application/sparql-update")
    return params


def _one(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name, [])
    if len(values) > 1:
        raise BadRequest(f"the '{name}' parameter was given {len(values)} times; give it once")
    return values[0] if values else None


def handle(request: Request, *, engine: sparql.Engine, update_token: str | None,
           timeout: float | None, service_description: Callable[[], list[ox.Triple]]) -> Response:
    """Answer one request to ``/sparql``."""
    params = operation(request)
    query, update = _one(params, "query"), _one(params, "update")
    if query is not None and update is not None:
        raise BadRequest("give either 'query' or 'update', not both")
    if update is not None:
        return _update(request, engine, update, update_token)
    if query is None:
        if request.method == "POST":
            raise BadRequest("a POST to /sparql needs a 'query' or an 'update'")
        return _describe_service(request, service_description())
    bindings_format, graph_format = _formats(request, params)
    limit = timeout
    asked = _one(params, "timeout")
    if asked is not None:
        try:
            limit = min(float(asked), timeout) if timeout else float(asked)
        except ValueError:
            raise BadRequest(f"timeout {asked!r} is not a number of seconds") from None
    answer = engine.query(query, bindings_format=bindings_format, graph_format=graph_format,
                          default_graphs=params.get("default-graph-uri", []),
                          named_graphs=params.get("named-graph-uri", []), timeout=limit)
    return Response(200, answer.body, _charset(answer.media_type),
                    [("Vary", "Accept"), ("X-Result-Count", str(answer.rows))])


def _formats(request: Request, params: dict[str, list[str]]) -> tuple[str | None, str | None]:
    forced = _one(params, "format")
    if forced:
        if forced in sparql.BINDINGS_FORMATS or forced in sparql.GRAPH_FORMATS:
            return (forced if forced in sparql.BINDINGS_FORMATS else "json",
                    forced if forced in sparql.GRAPH_FORMATS else "turtle")
        raise BadRequest(f"format {forced!r} is not supported; expected one of: "
                         f"{', '.join([*sparql.BINDINGS_FORMATS, *sparql.GRAPH_FORMATS])}")
    accept = request.header("accept")
    return negotiate(accept, BINDINGS_OFFERS), negotiate(accept, GRAPH_OFFERS)


def _update(request: Request, engine: sparql.Engine, update: str, token: str | None) -> Response:
    if not token:
        raise Forbidden("updates are disabled: this endpoint is read-only "
                        "(start `borderkg serve` with --update-token to allow them)")
    presented = request.header("authorization")
    scheme, _, value = presented.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
        raise Forbidden("updates need the server's token in an 'Authorization: Bearer TOKEN' header")
    if request.method != "POST":
        raise MethodNotAllowed("an update must be POSTed", headers=[("Allow", "POST")])
    engine.update(update)
    return Response(200, b"update applied\n", "text/plain; charset=utf-8")


def _describe_service(request: Request, description: list[ox.Triple]) -> Response:
    name = negotiate(request.header("accept"), GRAPH_OFFERS)
    if name is None:
        raise NotAcceptableError("the service description is RDF; expected one of: "
                                 f"{', '.join(m for ms in GRAPH_OFFERS.values() for m in ms)}")
    spec = sparql.GRAPH_FORMATS[name]
    prefixes = {"sd": SD, "void": VOID, "dcterms": sparql.PREFIXES["dcterms"]}
    body = ox.serialize(description, format=spec.rdf_format,
                        prefixes=prefixes if spec.rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None)
    return Response(200, body or b"", _charset(spec.media_type), [("Vary", "Accept")])


def service_description(endpoint: str, *, graphs: list[tuple[str, int]], default_triples: int,
                        updates: bool) -> list[ox.Triple]:
    """The SPARQL service description of the endpoint, as triples (so every IRI is serialised escaped).

    :raises ValueError: if ``endpoint`` or a graph name is not an IRI.
    """
    service, sd = ox.NamedNode(endpoint), (lambda local: ox.NamedNode(SD + local))
    a, triples_count = ox.NamedNode(sparql.PREFIXES["rdf"] + "type"), ox.NamedNode(VOID + "triples")
    dataset, default = ox.BlankNode(), ox.BlankNode()
    out = [ox.Triple(service, a, sd("Service")), ox.Triple(service, sd("endpoint"), service),
           ox.Triple(service, ox.NamedNode(sparql.PREFIXES["dcterms"] + "title"), ox.Literal("borderkg SPARQL endpoint")),
           ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
           ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
           ox.Triple(service, sd("defaultEntailmentRegime"), ox.NamedNode("http://www.w3.org/ns/entailment/Simple")),
           ox.Triple(service, sd("defaultDataset"), dataset), ox.Triple(dataset, a, sd("Dataset")),
           ox.Triple(dataset, sd("defaultGraph"), default), ox.Triple(default, a, sd("Graph")),
           ox.Triple(default, triples_count, ox.Literal(str(default_triples), datatype=_INTEGER))]
    if updates:
        out.append(ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Update")))
    out.extend(ox.Triple(service, sd("resultFormat"), ox.NamedNode(f"http://www.w3.org/ns/formats/{iri}"))
               for iri in _FORMAT_IRIS.values())
    for name, count in graphs:
        named, graph = ox.BlankNode(), ox.BlankNode()
        out += [ox.Triple(dataset, sd("namedGraph"), named), ox.Triple(named, sd("name"), ox.NamedNode(name)),
                ox.Triple(named, sd("graph"), graph), ox.Triple(graph, a, sd("Graph")),
                ox.Triple(graph, triples_count, ox.Literal(str(count), datatype=_INTEGER))]
    return out
