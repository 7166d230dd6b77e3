"""A pool of worker processes that answer SPARQL queries, so a timeout can stop one.

pyoxigraph cannot cancel a running query, so each query runs in a worker process
(``python -m borderkg.serve.pool STORE``) that has the store open read-only; when a
query outlives its timeout its worker is killed and a fresh one started in the
background. Requests and answers are pickled over the worker's stdin and stdout.
Workers are plain subprocesses rather than multiprocessing children, so they never
re-import the caller's ``__main__``.
"""
from __future__ import annotations

import contextlib
import logging
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from borderkg import sparql
from borderkg.errors import QueryError, StoreError

log = logging.getLogger(__name__)

_ERRORS: dict[str, type[Exception]] = {
    cls.__name__: cls for cls in (sparql.QueryTimeout, sparql.ResultTooLarge, sparql.NotAcceptable,
                                  sparql.UpdateRefused, QueryError, StoreError)}


def _worker_main(store_path: str) -> None:
    """Body of a worker process: open the store read-only, answer requests until EOF."""
    reader, writer = Connection(0, writable=False), Connection(os.dup(1), readable=False)
    os.dup2(2, 1)  # stray prints go to stderr, not into the answer stream
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    try:
        store = sparql._open_read_only(Path(store_path))
    except StoreError as exc:
        writer.send(("error", "StoreError", str(exc), None, None))
        return
    writer.send(("ready",))
    while True:
        try:
            request = reader.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        try:
            reply: tuple[Any, ...] = ("ok", sparql._execute(store, request))
        except sparql.QuerySyntaxError as exc:
            reply = ("error", "QuerySyntaxError", exc.msg, exc.lineno, exc.offset)
        except Exception as exc:  # sent back and raised again in the parent
            reply = ("error", type(exc).__name__, str(exc), None, None)
        writer.send(reply)


def _exit_with_parent(parent: int) -> None:
    """End this worker, even in the middle of a query, once the server that started it is gone."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def _raise(reply: tuple[Any, ...]) -> None:
    _, name, message, lineno, offset = reply
    if name == "QuerySyntaxError":
        raise sparql.QuerySyntaxError(message, lineno=lineno, offset=offset)
    raise _ERRORS.get(name, QueryError)(message)


@dataclass(slots=True, eq=False)
class _Worker:
    process: subprocess.Popen[bytes]
    reader: Connection
    writer: Connection

    def send(self, obj: Any) -> None:
        self.writer.send(obj)

    def close(self) -> None:
        self.reader.close()
        self.writer.close()


class Pool:
    """``size`` worker processes over one on-disk store.

    :param store_path: the store directory (see :func:`borderkg.sparql.open_store`).
    :param size: number of workers, i.e. of queries evaluated at the same time.
    :raises StoreError: if a worker cannot open the store.
    """

    def __init__(self, store_path: Path, size: int) -> None:
        self.store_path, self.size = store_path, size
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._closed = False
        self._lock = threading.Lock()
        self._all: set[_Worker] = set()
        self._start(size)

    def _spawn(self) -> _Worker:
        env = dict(os.environ)
        src = str(Path(sparql.__file__).resolve().parents[1])
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [src, env.get("PYTHONPATH")]))
        process = subprocess.Popen([sys.executable, "-m", "borderkg.serve.pool", str(self.store_path)],
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        assert process.stdin is not None and process.stdout is not None
        worker = _Worker(process, Connection(os.dup(process.stdout.fileno()), writable=False),
                         Connection(os.dup(process.stdin.fileno()), readable=False))
        process.stdin.close()
        process.stdout.close()
        try:
            if not worker.reader.poll(60):
                raise StoreError(f"a query worker did not open '{self.store_path}' within 60 s")
            reply = worker.reader.recv()
        except (EOFError, OSError) as exc:
            reply = ("error", "StoreError", f"a query worker failed to start: {exc}")
        except StoreError:
            self._kill(worker)
            raise
        if reply[0] != "ready":
            self._kill(worker)
            raise StoreError(reply[2])
        with self._lock:
            self._all.add(worker)
        return worker

    def _start(self, count: int) -> None:
        for _ in range(count):
            self._idle.put(self._spawn())

    def _replace(self, worker: _Worker) -> None:
        self._kill(worker)

        def respawn() -> None:
            if self._closed:
                return
            try:
                self._idle.put(self._spawn())
            except StoreError:
                log.exception("cannot replace a query worker")

        threading.Thread(target=respawn, name="borderkg-respawn", daemon=True).start()

    def _kill(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.process.kill()
        worker.process.wait(5)
        worker.close()

    def run(self, request: dict[str, Any], timeout: float | None) -> sparql.Answer:
        """Evaluate one request in a free worker; wait for one at most ``timeout`` seconds."""
        if self._closed:
            raise StoreError("the query pool is closed")
        started = time.monotonic()
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise sparql.QueryTimeout(f"all {self.size} query workers stayed busy for {timeout:g} s") from None
        remaining = None if timeout is None else max(0.0, timeout - (time.monotonic() - started))
        try:
            worker.send(request)
            if not worker.reader.poll(remaining):
                self._replace(worker)
                raise sparql.QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped")
            reply = worker.reader.recv()
        except (EOFError, OSError) as exc:
            self._replace(worker)
            raise StoreError(f"a query worker died: {exc}") from exc
        self._idle.put(worker)
        if reply[0] == "ok":
            answer: sparql.Answer = reply[1]
            return answer
        _raise(reply)
        raise AssertionError("unreachable")

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        """Stop every worker (after its current query), yield, then start them again."""
        taken = [self._idle.get() for _ in range(self.size)]
        for worker in taken:
            self._kill(worker)
        try:
            yield
        finally:
            self._start(self.size)

    def close(self) -> None:
        """Stop every worker."""
        self._closed = True
        with self._lock:
            workers = list(self._all)
        for worker in workers:
            with contextlib.suppress(OSError):
                worker.send(None)
        for worker in workers:
            with contextlib.suppress(subprocess.TimeoutExpired):
                worker.process.wait(1)
            self._kill(worker)


if __name__ == "__main__":
    _worker_main(sys.argv[1])
