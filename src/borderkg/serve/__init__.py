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

if TYPE_CHECKING:  # keep this module light: worker processes import the package
    from borderkg.serve.app import App
    from borderkg.serve.httpd import Server

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
    workers: int = _help("Worker processes evaluating queries; 0 evaluates in the server process, "
                         "where a timed-out query is abandoned instead of stopped.", min(4, os.cpu_count() or 2))
    update_token: str | None = _help("Token that allows SPARQL updates when presented as "
                                     "'Authorization: Bearer TOKEN'; none means read-only.", None)

    def __post_init__(self) -> None:
        if not 0 <= self.port <= 65535:
            raise ValueError(f"serve.port {self.port} is not valid; expected 0 (any free port) to 65535")
        if self.timeout <= 0:
            raise ValueError(f"serve.timeout {self.timeout} is not valid; expected a positive number of seconds")
        if self.max_rows <= 0:
            raise ValueError(f"serve.max_rows {self.max_rows} is not valid; expected a positive count")
        if self.workers < 0:
            raise ValueError(f"serve.workers {self.workers} is not valid; expected 0 or more")

    @classmethod
    def help(cls) -> dict[str, str]:
        """Each setting's help text."""
        return {f.name: f.metadata["help"] for f in fields(cls)}


def make_app(build_dir: str | os.PathLike[str], *, config: ServeConfig) -> App:
    """The web application over a build (opens, and if needed loads, its store).

    :raises StoreError: if the build has no graph or its store cannot be opened.
    """
    from borderkg.serve.app import App
    from borderkg.sparql import Engine

    engine = Engine(build_dir, workers=config.workers, timeout=config.timeout,
                    max_rows=config.max_rows, allow_update=bool(config.update_token))
    return App(engine, timeout=config.timeout, update_token=config.update_token)


def make_server(app: App, *, host: str = "127.0.0.1", port: int = 0) -> Server:
    """A threading HTTP server for ``app``, bound but not yet serving (call ``serve_forever``)."""
    from borderkg.serve.httpd import Server

    return Server((host, port), app)


def serve(build_dir: str | os.PathLike[str], *, config: ServeConfig,
          ready: Any = None) -> None:
    """Serve a build until interrupted.

    :param build_dir: the ``--out`` directory of ``borderkg build``.
    :param config: host, port, limits and the update token.
    :param ready: called with the server's URL once it listens.
    :raises StoreError: if the build has no graph or its store cannot be opened.
    """
    app = make_app(build_dir, config=config)
    try:
        server = make_server(app, host=config.host, port=config.port)
    except OSError:
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
