"""HTTP plumbing: requests, responses, errors with a status, content negotiation.

The application (:class:`borderkg.serve.app.App`) maps a :class:`Request` to a
:class:`Response` without touching a socket, so ``borderkg serve --get`` and the real
server (:mod:`borderkg.serve.asgi` under uvicorn) run the same code. Errors are :class:`HTTPError` exceptions carrying a
``status``; :func:`error_response` is the one place that turns any exception into a
response.
"""
from __future__ import annotations

import html
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from borderkg import sparql
from borderkg.errors import QueryError, StoreError

log = logging.getLogger(__name__)

MAX_BODY = 4 << 20
"""Largest request body read, in bytes (413 past it)."""
MAX_URL = 1 << 20
"""Longest request target (path and query string), in bytes (414 past it)."""


class HTTPError(Exception):
    """An error that becomes an HTTP response with this status."""

    status = 500

    def __init__(self, message: str, *, status: int | None = None,
                 headers: Iterable[tuple[str, str]] = ()) -> None:
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status
        self.headers = list(headers)


class BadRequest(HTTPError):
    status = 400


class Forbidden(HTTPError):
    status = 403


class NotFound(HTTPError):
    status = 404


class MethodNotAllowed(HTTPError):
    status = 405


class NotAcceptableError(HTTPError):
    status = 406


class RequestTimeout(HTTPError):
    status = 408


class PayloadTooLarge(HTTPError):
    status = 413


class URITooLong(HTTPError):
    status = 414


class UnsupportedMediaType(HTTPError):
    status = 415


class ServiceUnavailable(HTTPError):
    status = 503


# Engine errors and the status each gets; the first matching class wins.
STATUS_OF: tuple[tuple[type[Exception], int], ...] = (
    (sparql.QuerySyntaxError, 400),
    (sparql.QueryRefused, 400),
    (sparql.ResultTooLarge, 400),
    (sparql.NotAcceptable, 406),
    (sparql.UpdateRefused, 403),
    (sparql.QueryTimeout, 503),
    (sparql.QueryOutOfMemory, 503),
    (sparql.ServerBusy, 503),
    (StoreError, 500),
    (QueryError, 400),
)


@dataclass(slots=True)
class Request:
    """One HTTP request, already read off the socket."""

    method: str
    path: str
    params: dict[str, list[str]]
    """Parameters of the URL's query string."""
    headers: dict[str, str] = field(default_factory=dict)
    """Header names lower-cased."""
    body: bytes = b""

    @classmethod
    def build(cls, method: str, target: str, headers: dict[str, str] | None = None,
              body: bytes = b"") -> Request:
        """Make a request from a method, a target such as ``/sparql?query=...``, headers and a body."""
        url = urlsplit(target)
        return cls(method.upper(), url.path or "/", parse_qs(url.query, keep_blank_values=True),
                   {k.lower(): v for k, v in (headers or {}).items()}, body)

    def header(self, name: str, default: str = "") -> str:
        return self.headers.get(name.lower(), default)

    def param(self, name: str) -> str | None:
        values = self.params.get(name)
        return values[0] if values else None

    @property
    def media_type(self) -> str:
        return self.header("content-type").split(";")[0].strip().lower()


@dataclass(slots=True)
class Response:
    """What goes back: status, headers and a body."""

    status: int
    body: bytes
    content_type: str
    headers: list[tuple[str, str]] = field(default_factory=list)


def accepted(accept: str) -> list[tuple[str, float]]:
    """Parse an Accept header into (media range, q) pairs, best first.

    >>> accepted("text/html;q=0.5, application/sparql-results+json")
    [('application/sparql-results+json', 1.0), ('text/html', 0.5)]
    """
    ranges = []
    for i, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        q = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        ranges.append((fields[0].lower(), q, i))
    ranges.sort(key=lambda r: (-r[1], r[2]))
    return [(media, q) for media, q, _ in ranges]


def _quality(ranges: list[tuple[str, float]], media_type: str) -> float:
    best, specificity = 0.0, -1
    kind = media_type.split("/")[0]
    for media, q in ranges:
        level = 2 if media == media_type else 1 if media == f"{kind}/*" else 0 if media == "*/*" else -1
        if level > specificity:
            best, specificity = q, level
    return best if specificity >= 0 else 0.0


def negotiate(accept: str, offers: dict[str, tuple[str, ...]]) -> str | None:
    """Pick the key of ``offers`` (key -> media types, in server preference order) the client likes best.

    An empty Accept header accepts anything. Returns ``None`` when nothing is acceptable.

    >>> negotiate("text/csv, */*;q=0.1", {"json": ("application/sparql-results+json",), "csv": ("text/csv",)})
    'csv'
    """
    if not accept.strip():
        return next(iter(offers), None)
    ranges = accepted(accept)
    best, best_q = None, 0.0
    for key, media_types in offers.items():
        q = max(_quality(ranges, m) for m in media_types)
        if q > best_q:
            best, best_q = key, q
    return best


def prefers_html(request: Request) -> bool:
    """Whether the client (a browser) wants HTML more than anything RDF."""
    accept = request.header("accept")
    if not accept:
        return False
    ranges = accepted(accept)
    html_q = max(_quality(ranges, "text/html"), _quality(ranges, "application/xhtml+xml"))
    rdf_q = max(_quality(ranges, f.media_type) for f in sparql.GRAPH_FORMATS.values())
    explicit = any(m in ("text/html", "application/xhtml+xml") for m, _ in ranges)
    return explicit and html_q >= rdf_q


def error_response(exc: BaseException, request: Request) -> Response:
    """The one handler that turns an exception into a response (JSON, HTML or text)."""
    if isinstance(exc, HTTPError):
        status, message, headers = exc.status, exc.message, exc.headers
    else:
        status = next((s for cls, s in STATUS_OF if isinstance(exc, cls)), 500)
        message, headers = str(exc), []
        if isinstance(exc, sparql.ServerBusy):
            headers = [("Retry-After", str(exc.retry_after))]
        if status == 500 and not isinstance(exc, StoreError):
            log.exception("internal error on %s %s", request.method, request.path, exc_info=exc)
            message = f"internal error: {type(exc).__name__}: {exc}"
    kind = type(exc).__name__
    if prefers_html(request):
        body = (f"<!doctype html><meta charset=utf-8><title>{status}</title>"
                f"<link rel=stylesheet href=/static/style.css><main><h1>{status} {html.escape(kind)}</h1>"
                f"<pre class=error>{html.escape(message)}</pre><p><a href=/>back to the query page</a></main>")
        return Response(status, body.encode(), "text/html; charset=utf-8", headers)
    if "json" in request.header("accept"):
        body = json.dumps({"ok": False, "status": status, "error": kind, "message": message},
                          ensure_ascii=False)
        return Response(status, body.encode(), "application/json; charset=utf-8", headers)
    return Response(status, f"{kind}: {message}\n".encode(), "text/plain; charset=utf-8", headers)
