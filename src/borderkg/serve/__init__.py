"""Serve a build: a SPARQL 1.1 endpoint at ``/sparql`` and a web page to explore the graph.

>>> ServeConfig(port=-1)
Traceback (most recent call last):
...
ValueError: serve.port -1 is not valid; expected 0 (any free port) to 65535
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # keep this module light
    from borderkg.serve.app import App
    from borderkg.serve.server import Server

__all__ = ["ServeConfig", "serve", "make_app", "make_server"]

log = logging.getLogger(__name__)


def _help(text: str, default: Any) -> Any:
    return field(default=default, metadata={"help": text})


@dataclass(frozen=True)
class ServeConfig:
    """Settings of ``borderkg serve``; each has a default and help text."""

    host: str = _help("Address to listen on; the default answers only this machine.", "127.0.0.1")
    port: int = _help("TCP port; 0 picks a free one.", 8000)
    timeout: float = _help("Seconds a query may run before it is stopped (HTTP 503).", 30.0)
    max_rows: int = _help("Most rows (or triples) a result may have; more is an error (HTTP 400).", 10_000)
    workers: int = _help("Worker processes evaluating queries (at least 1 to serve; one fewer may run "
                         "long queries at a time, so one keeps answering short ones).", 3)
    max_memory: int = _help("MiB of memory a query's worker may use; past it the query is stopped (HTTP 503).", 2048)
    queue: int = _help("Queries that may wait for a worker; one more is answered HTTP 503 with Retry-After.", 32)
    long_after: float = _help("CPU seconds after which a running query counts as long.", 0.5)
    allow_remote: tuple[str, ...] = _help("IRIs that SERVICE may call and LOAD may read; "
                                          "nothing else is ever fetched (HTTP 400).", ())
    update_token: str | None = _help("Token that allows SPARQL updates when presented as "
                                     "'Authorization: Bearer TOKEN'; none means read-only.", None)
    idle_timeout: float = _help("Seconds an idle keep-alive connection stays open.", 5.0)
    head_timeout: float = _help("Seconds a client has to send a request's headers (and, separately, its body).", 10.0)
    max_connections: int = _help("Open connections at most; a request on one more is answered 503 with Retry-After.", 256)

    def __post_init__(self) -> None:
        if not 0 <= self.port <= 65535:
            raise ValueError(f"serve.port {self.port} is not valid; expected 0 (any free port) to 65535")
        for name in ("timeout", "long_after", "idle_timeout", "head_timeout"):
            if getattr(self, name) <= 0:
                raise ValueError(f"serve.{name} {getattr(self, name)} is not valid; expected a positive number of seconds")
        for name in ("max_rows", "max_memory", "max_connections"):
            if getattr(self, name) <= 0:
                raise ValueError(f"serve.{name} {getattr(self, name)} is not valid; expected a positive count")
        if self.workers < 0 or self.queue < 0:
            raise ValueError(f"serve.workers {self.workers} / serve.queue {self.queue} is not valid; expected 0 or more")

    @classmethod
    def help(cls) -> dict[str, str]:
        """Each setting's help text."""
        return {f.name: f.metadata["help"] for f in fields(cls)}


def make_app(build_dir: str | os.PathLike[str], *, config: ServeConfig) -> App:
    """The web application over a build (opens, and if needed loads, its store).

    ``config.workers`` 0 evaluates in this process (for ``--get``: one request, then exit).

    :raises StoreError: if the build has no graph or its store cannot be opened.
    """
    from borderkg.serve.app import App
    from borderkg.sparql import Engine

    engine = Engine(build_dir, workers=config.workers, timeout=config.timeout, max_rows=config.max_rows,
                    allow_update=bool(config.update_token), allow_remote=config.allow_remote,
                    max_memory=config.max_memory << 20, queue=config.queue, long_after=config.long_after)
    return App(engine, timeout=config.timeout, update_token=config.update_token)


def make_server(app: App, *, config: ServeConfig) -> Server:
    """An HTTP server for ``app`` on ``config.host``/``config.port``, bound but not yet serving.

    :raises ValueError: if ``config.workers`` is 0 (queries in the server process could not be stopped).
    :raises OSError: if the address cannot be bound.
    """
    from borderkg.serve.server import Server

    _check_serving(config)
    return Server(app, config)


def _check_serving(config: ServeConfig) -> None:
    if config.workers < 1:
        raise ValueError("serve.workers 0 is not valid for a server: queries in the server process can be "
                         "neither stopped nor capped; expected 1 or more")


def serve(build_dir: str | os.PathLike[str], *, config: ServeConfig,
          ready: Any = None) -> None:
    """Serve a build until SIGINT or SIGTERM; requests in flight are answered first.

    :param build_dir: the ``--out`` directory of ``borderkg build``.
    :param config: host, port, limits and the update token.
    :param ready: called with the server's URL once it listens.
    :raises StoreError: if the build has no graph or its store cannot be opened.
    :raises ValueError: if a setting cannot serve.
    """
    _check_serving(config)
    app = make_app(build_dir, config=config)
    try:
        server = make_server(app, config=config)
    except (OSError, ValueError):
        app.engine.close()
        raise
    if ready is not None:
        ready(server.url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        log.info("interrupted")
    finally:
        server.server_close()
        app.engine.close()
