"""A query worker process: ``python -m borderkg.sparql.worker STORE MAX_MEMORY`` (started by the pool).

It opens the store read-only and answers pickled requests from stdin on stdout, on a thread
with a big native stack. Its address space is capped at what it uses once ready plus twice
the memory cap: the backstop for an allocation faster than the pool's watch on its memory.
"""
from __future__ import annotations

import logging
import os
import resource
import sys
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from borderkg.errors import StoreError
from borderkg.sparql import errors
from borderkg.sparql.execute import execute, start_big_stack_thread
from borderkg.sparql.ondisk import open_read_only

log = logging.getLogger(__name__)
_PAGE = os.sysconf("SC_PAGE_SIZE")


def _worker_main(store_path: str, max_memory: int) -> None:
    """Body of a worker process: open the store read-only, answer requests until EOF."""
    reader, writer = Connection(0, writable=False), Connection(os.dup(1), readable=False)
    os.dup2(2, 1)  # stray prints go to stderr, not into the answer stream
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    try:
        store = open_read_only(Path(store_path))
    except StoreError as exc:
        writer.send(("error", "StoreError", str(exc), None, None))
        return
    thread = start_big_stack_thread(lambda: _answer(store, reader, writer), "borderkg-worker")
    if max_memory:
        _limit_address_space(max_memory)
    writer.send(("ready",))
    thread.join()


def _answer(store: Any, reader: Connection, writer: Connection) -> None:
    while True:
        try:
            request = reader.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        try:
            reply: tuple[Any, ...] = ("ok", execute(store, request))
        except errors.QuerySyntaxError as exc:
            reply = ("error", "QuerySyntaxError", exc.msg, exc.lineno, exc.offset)
        except MemoryError:
            reply = ("error", "QueryOutOfMemory", "the query needed more memory than its cap", None, None)
        except Exception as exc:  # sent back and raised again in the parent
            reply = ("error", type(exc).__name__, str(exc), None, None)
        writer.send(reply)


def _limit_address_space(max_memory: int) -> None:
    """Cap this process's address space at what it uses now plus twice the memory cap (a backstop)."""
    try:
        with open("/proc/self/statm") as f:
            size = int(f.read().split()[0]) * _PAGE
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        soft = size + 2 * max_memory
        resource.setrlimit(resource.RLIMIT_AS, (soft if hard == resource.RLIM_INFINITY else min(soft, hard), hard))
    except (OSError, ValueError) as exc:
        log.warning("cannot limit the address space of a query worker: %s", exc)


def _exit_with_parent(parent: int) -> None:
    """End this worker, even in the middle of a query, once the server that started it is gone."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


if __name__ == "__main__":
    _worker_main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 0)
