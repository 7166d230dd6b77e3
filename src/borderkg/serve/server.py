"""A uvicorn server over the application, bound to its socket before it serves (so its URL is known)."""
from __future__ import annotations

import logging
import resource
import socket
import threading

import uvicorn

from borderkg.serve import ServeConfig
from borderkg.serve.app import App
from borderkg.serve.asgi import asgi_app, protocol, uvicorn_settings

log = logging.getLogger(__name__)


class Server:
    """``app`` served over HTTP/1.1 by uvicorn on ``config.host``/``config.port``.

    :raises OSError: if the address cannot be bound.
    """

    def __init__(self, app: App, config: ServeConfig) -> None:
        _raise_file_limit(4 * config.max_connections + 64)  # room for connections past the cap, until they time out
        family = socket.AF_INET6 if ":" in config.host else socket.AF_INET
        self._socket = socket.socket(family, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # accepted sockets inherit it: uvicorn writes a response's head and body separately, and
        # without it the body waits for the client's delayed ACK (40 ms a request)
        self._socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            self._socket.bind((config.host, config.port))
            self._socket.listen(128)
        except OSError:
            self._socket.close()
            raise
        self._socket.set_inheritable(True)
        threads = config.workers + config.queue + 8  # the engine answers busy past workers + queue
        self.uvicorn = uvicorn.Server(uvicorn.Config(
            asgi_app(app, threads=threads, body_timeout=config.head_timeout),
            **uvicorn_settings(http=protocol(head_timeout=config.head_timeout,
                                             max_connections=config.max_connections),
                               timeout_keep_alive=config.idle_timeout,
                               timeout_graceful_shutdown=int(config.timeout + 5))))
        self._done = threading.Event()

    @property
    def url(self) -> str:
        host, port = self._socket.getsockname()[:2]
        return f"http://[{host}]:{port}" if ":" in str(host) else f"http://{host}:{port}"

    def serve_forever(self) -> None:
        """Serve until :meth:`shutdown`, or SIGINT/SIGTERM when run on the main thread."""
        try:
            self.uvicorn.run(sockets=[self._socket])
        finally:
            self._done.set()

    def shutdown(self, wait: float = 30.0) -> None:
        """Stop accepting, answer the requests in flight, and return once the server has stopped."""
        self.uvicorn.should_exit = True
        self._done.wait(wait)

    def server_close(self) -> None:
        self._socket.close()


def _raise_file_limit(wanted: int) -> None:
    """Let the process open enough sockets for ``wanted`` connections, if the hard limit allows."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < wanted:
        target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        except (OSError, ValueError) as exc:
            log.warning("cannot raise the open-file limit to %d: %s", wanted, exc)
