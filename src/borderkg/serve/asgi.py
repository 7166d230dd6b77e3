"""The HTTP server: the application as an ASGI app (Starlette) under uvicorn's h11 protocol.

uvicorn parses requests (chunked bodies, malformed or conflicting Content-Length are
answered 400 by h11, never read as a next request), keeps connections alive and shuts down
gracefully on SIGTERM. It does not time out a connection before its first request, or one
sending its request head a byte at a time, so :class:`_Protocol` adds a deadline for every
request head and a cap on open connections. The application is synchronous (the engine
blocks on its workers), so each request runs on a thread of a bounded pool.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import parse_qs

import anyio
import anyio.to_thread
from starlette.applications import Starlette
from starlette.requests import Request as StarletteRequest
from starlette.responses import Response as StarletteResponse
from starlette.routing import Route
from uvicorn.protocols.http.h11_impl import H11Protocol

from borderkg.serve.app import App
from borderkg.serve.httpd import (MAX_BODY, MAX_URL, HTTPError, PayloadTooLarge, Request, RequestTimeout,
                                  Response, URITooLong, error_response)

log = logging.getLogger(__name__)

METHODS = ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"]


def asgi_app(app: App, *, threads: int, body_timeout: float = 30.0) -> Starlette:
    """Starlette over ``app``: reads the body (at most :data:`MAX_BODY` bytes, within ``body_timeout``
    seconds), answers on one of ``threads`` threads, and closes the engine at shutdown."""
    limiter = anyio.CapacityLimiter(threads)

    async def endpoint(incoming: StarletteRequest) -> StarletteResponse:
        scope = incoming.scope
        raw_path = scope.get("raw_path") or scope["path"].encode()
        request = Request(scope["method"], raw_path.decode("latin-1") or "/",
                          parse_qs(scope["query_string"].decode("latin-1"), keep_blank_values=True),
                          {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]})
        try:
            if len(raw_path) + len(scope["query_string"]) > MAX_URL:
                raise URITooLong(f"the request target has more than {MAX_URL} bytes; POST the query instead")
            request.body = await _read_body(incoming, body_timeout)
        except HTTPError as exc:
            return _outgoing(error_response(exc, request), close=True)
        response = await anyio.to_thread.run_sync(app, request, limiter=limiter)
        return _outgoing(response)

    @contextlib.asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:  # after uvicorn's graceful shutdown: in-flight requests are answered
            await anyio.to_thread.run_sync(app.engine.close)

    return Starlette(routes=[Route("/{path:path}", endpoint, methods=METHODS)], lifespan=lifespan)


async def _read_body(incoming: StarletteRequest, timeout: float) -> bytes:
    declared = incoming.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        raise PayloadTooLarge(f"the request body has {declared} bytes; at most {MAX_BODY} are read")
    chunks, size = [], 0
    try:
        with anyio.fail_after(timeout):
            async for chunk in incoming.stream():
                size += len(chunk)
                if size > MAX_BODY:
                    raise PayloadTooLarge(f"the request body has more than {MAX_BODY} bytes; at most that is read")
                chunks.append(chunk)
    except TimeoutError:
        raise RequestTimeout(f"the request body did not arrive within {timeout:g} s") from None
    return b"".join(chunks)


def _outgoing(response: Response, *, close: bool = False) -> StarletteResponse:
    headers = dict(response.headers)
    if close:
        headers["Connection"] = "close"
    return StarletteResponse(response.body, status_code=response.status, headers=headers,
                             media_type=response.content_type)


async def _busy(scope: Any, receive: Any, send: Any) -> None:
    """The ASGI app of a connection past the cap: 503 with Retry-After, then close."""
    body = b"ServerBusy: too many open connections; retry in a few seconds\n"
    await send({"type": "http.response.start", "status": 503,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"retry-after", b"5"),
                            (b"connection", b"close"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class _Protocol(H11Protocol):
    """uvicorn's h11 protocol with a deadline for each request head and a cap on open connections.

    uvicorn's keep-alive timer starts only after a response and stops at any byte received,
    so a client that connects and sends nothing, or trickles its headers, would hold its
    socket for ever. Here a request head must be complete within ``head_timeout`` seconds of
    the connection opening or of the previous response. A connection opened while
    ``max_connections`` others are open gets 503 with Retry-After to its request.
    """

    head_timeout = 10.0
    max_connections = 256

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._head_timer: asyncio.TimerHandle | None = None
        if len(self.connections) > self.max_connections:
            self.app = _busy
        self._arm_head_timer()

    def _arm_head_timer(self) -> None:
        self._cancel_head_timer()
        self._head_timer = self.loop.call_later(self.head_timeout, self._head_timed_out)

    def _cancel_head_timer(self) -> None:
        if getattr(self, "_head_timer", None) is not None:
            self._head_timer.cancel()  # type: ignore[union-attr]
            self._head_timer = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        waiting_for_head = self.cycle is None or self.cycle.response_complete
        if waiting_for_head and not self.transport.is_closing():
            self.transport.close()

    def handle_events(self) -> None:
        super().handle_events()
        if self.cycle is not None and not self.cycle.response_complete:
            self._cancel_head_timer()  # a request head arrived

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm_head_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_head_timer()
        super().connection_lost(exc)


def protocol(*, head_timeout: float, max_connections: int) -> type[asyncio.Protocol]:
    """The HTTP protocol class for uvicorn, with these limits."""
    return type("BorderkgProtocol", (_Protocol,), {"head_timeout": head_timeout,
                                                   "max_connections": max_connections})


def uvicorn_settings(**overrides: Any) -> dict[str, Any]:
    """Keyword arguments for ``uvicorn.Config`` common to every borderkg server."""
    return {"log_level": "warning", "access_log": False, "lifespan": "on", "server_header": False,
            "h11_max_incomplete_event_size": MAX_URL + (64 << 10), **overrides}
