"""Worker processes that answer queries, so that a query past its time or memory cap can be stopped.

pyoxigraph cannot cancel a running query, so each query runs in a worker process
(``python -m borderkg.sparql.worker STORE MAX_MEMORY``) that has the store open read-only.
While a query runs, the caller watches its worker: past the timeout, or once the worker's
resident memory passes the cap, the worker is killed (and a fresh one started in the
background) and the query answered with :class:`QueryTimeout` or
:class:`QueryOutOfMemory`. An address-space limit (``RLIMIT_AS``) set in the worker is the
backstop for an allocation faster than the watch.

Admission: at most ``size + queue`` queries are running or waiting; one more gets
:class:`ServerBusy` at once. A query whose worker has spent more than ``long_after`` seconds
of CPU on it counts as long (CPU rather than wall time, so a short query slowed by a busy
machine is not taken for a long one), and at most ``max_long`` (one fewer than the workers)
run at a time: one past that is stopped with :class:`ServerBusy`, so one worker always keeps
answering short queries.

Requests and answers are pickled over the worker's stdin and stdout. Workers are plain
subprocesses rather than multiprocessing children, so they never re-import the caller's
``__main__``.
"""
from __future__ import annotations

import contextlib
import logging
import os
import queue as queue_module
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from borderkg.errors import QueryError, StoreError
from borderkg.sparql import errors
from borderkg.sparql.formats import Answer

log = logging.getLogger(__name__)

POLL = 0.05
"""Seconds between two looks at a running query's worker (its memory, the clock)."""
RETRY_AFTER = 5
"""Seconds a client told the server is busy should wait before trying again."""
_ERRORS: dict[str, type[Exception]] = {
    cls.__name__: cls for cls in (errors.QueryTimeout, errors.ResultTooLarge, errors.NotAcceptable,
                                  errors.UpdateRefused, errors.QueryRefused, QueryError, StoreError)}
_PAGE = os.sysconf("SC_PAGE_SIZE")


def _resident(pid: int) -> int:
    """Resident memory of a process in bytes (0 where /proc is not there)."""
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return 0


_TICK = os.sysconf("SC_CLK_TCK")


def _cpu_seconds(pid: int) -> float:
    """CPU time (user and system) a process has used, in seconds (0 where /proc is not there)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _TICK
    except (OSError, ValueError, IndexError):
        return 0.0


def _raise(reply: tuple[Any, ...]) -> None:
    _, name, message, lineno, offset = reply
    if name == "QuerySyntaxError":
        raise errors.QuerySyntaxError(message, lineno=lineno, offset=offset)
    if name == "QueryOutOfMemory":
        raise errors.QueryOutOfMemory(message)
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
    :param max_memory: bytes of resident memory a worker may reach while answering (0: no cap).
    :param queue: queries that may wait for a worker; one more is :class:`ServerBusy`.
    :param long_after: CPU seconds after which a running query counts as long.
    :param max_long: long queries allowed at once (default: one fewer than ``size``, at least 1).
    :raises StoreError: if a worker cannot open the store.
    """

    def __init__(self, store_path: Path, size: int, *, max_memory: int = 0, queue: int = 32,
                 long_after: float = 0.5, max_long: int | None = None) -> None:
        self.store_path, self.size, self.max_memory = store_path, size, max_memory
        self.queue, self.long_after = queue, long_after
        self.max_long = max(1, size - 1) if max_long is None else max_long
        self._idle: queue_module.Queue[_Worker] = queue_module.Queue()
        self._closed = False
        self._lock = threading.Lock()
        self._all: set[_Worker] = set()
        self._admitted = 0
        self._long = 0
        self._start(size)

    def _spawn(self) -> _Worker:
        env = dict(os.environ)
        src = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [src, env.get("PYTHONPATH")]))
        process = subprocess.Popen([sys.executable, "-m", "borderkg.sparql.worker", str(self.store_path),
                                    str(self.max_memory)],
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

    def run(self, request: dict[str, Any], timeout: float | None) -> Answer:
        """Evaluate one request in a free worker, waiting for one at most ``timeout`` seconds.

        :raises ServerBusy: if the queue is full, or the query runs long while ``max_long`` others do.
        :raises QueryTimeout: if it waited and ran longer than ``timeout``.
        :raises QueryOutOfMemory: if its worker's memory passed the cap.
        """
        if self._closed:
            raise StoreError("the query pool is closed")
        with self._lock:
            if self._admitted >= self.size + self.queue:
                raise errors.ServerBusy(f"the server is busy: {self.size} queries are running and "
                                        f"{self.queue} waiting; retry in a few seconds", retry_after=RETRY_AFTER)
            self._admitted += 1
        try:
            return self._run(request, timeout)
        finally:
            with self._lock:
                self._admitted -= 1

    def _run(self, request: dict[str, Any], timeout: float | None) -> Answer:
        started = time.monotonic()
        try:
            worker = self._idle.get(timeout=timeout)
        except queue_module.Empty:
            raise errors.QueryTimeout(f"all {self.size} query workers stayed busy for {timeout:g} s") from None
        deadline = None if timeout is None else started + timeout
        is_long = False
        try:
            worker.send(request)
            cpu_at_start = _cpu_seconds(worker.process.pid)
            while not worker.reader.poll(POLL if deadline is None else max(0.0, min(POLL, deadline - time.monotonic()))):
                now = time.monotonic()
                if deadline is not None and now >= deadline:
                    self._replace(worker)
                    raise errors.QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped")
                if self.max_memory and _resident(worker.process.pid) > self.max_memory:
                    self._replace(worker)
                    raise errors.QueryOutOfMemory(
                        f"the query needed more than {self.max_memory >> 20} MiB of memory and was stopped; "
                        "narrow it (LIMIT does not bound ORDER BY or GROUP BY), or raise --max-memory")
                if not is_long and _cpu_seconds(worker.process.pid) - cpu_at_start >= self.long_after:
                    is_long = self._admit_long()
                    if not is_long:
                        self._replace(worker)
                        raise errors.ServerBusy(
                            f"the server is already running {self.max_long} long queries; this one was stopped "
                            f"after {self.long_after:g} s of CPU so that short queries keep being answered; retry later",
                            retry_after=RETRY_AFTER)
            reply = worker.reader.recv()
        except (EOFError, OSError) as exc:
            self._replace(worker)
            raise self._death(worker, exc) from exc
        finally:
            if is_long:
                with self._lock:
                    self._long -= 1
        self._idle.put(worker)
        if reply[0] == "ok":
            answer: Answer = reply[1]
            return answer
        _raise(reply)
        raise AssertionError("unreachable")

    def _admit_long(self) -> bool:
        with self._lock:
            if self._long >= self.max_long:
                return False
            self._long += 1
            return True

    def _death(self, worker: _Worker, exc: BaseException) -> QueryError | StoreError:
        code = worker.process.returncode
        if self.max_memory and code == -signal.SIGABRT:  # a failed allocation under RLIMIT_AS aborts
            return errors.QueryOutOfMemory(f"the query needed more than {self.max_memory >> 20} MiB of memory "
                                           "and was stopped; narrow it, or raise --max-memory")
        return StoreError(f"a query worker died (exit status {code}): {exc}")

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

