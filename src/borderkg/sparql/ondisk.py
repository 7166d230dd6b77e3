"""The on-disk store of a build: ``OUT/graph.trig`` bulk-loaded once into ``OUT/oxigraph/store/``.

The first time a build is queried, its graph is loaded into a pyoxigraph store and a marker
(``OUT/oxigraph/source.json``: size, mtime and SHA-256 of graph.trig) is written beside it;
later opens reuse the store until graph.trig changes. The store's default graph is the RDF
merge of every graph of graph.trig (each triple once, however many documents state it). A
build on a read-only file system is served from its store as long as that store is current.
"""
from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import logging
import os
import shutil
import time
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from borderkg.errors import StoreError

log = logging.getLogger(__name__)

GRAPH_FILE = "graph.trig"
STORE_DIR = "oxigraph"
LAYOUT = 2
"""Version of the store's layout (2: default graph = merge of all graphs); a change reloads stores."""
_READ_ONLY = (errno.EROFS, errno.EACCES, errno.EPERM)


def _fingerprint(path: Path) -> dict[str, Any]:
    st = path.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def open_store(build_dir: str | os.PathLike[str], *, reload: bool = False) -> Path:
    """Return the path of the on-disk store of a build, loading ``graph.trig`` if needed.

    The store is reused as long as graph.trig keeps its size and mtime, or its SHA-256
    when those changed; otherwise (or with ``reload``) it is loaded again into a fresh
    directory that then replaces the old one. Concurrent callers wait on a file lock.
    On a read-only file system a current store is used as it is.

    :param build_dir: the ``--out`` directory of ``borderkg build``.
    :param reload: load the graph even if the store looks current.
    :raises StoreError: if there is no ``graph.trig`` or it cannot be loaded.

    >>> open_store("/nonexistent")
    Traceback (most recent call last):
    ...
    borderkg.errors.StoreError: no graph at '/nonexistent/graph.trig'; run `borderkg build INPUT... --out /nonexistent` first
    """
    build = Path(build_dir)
    graph = build / GRAPH_FILE
    if not graph.is_file():
        raise StoreError(f"no graph at '{graph}'; run `borderkg build INPUT... --out {build}` first")
    home = build / STORE_DIR
    store_path, marker = home / "store", home / "source.json"
    try:
        home.mkdir(exist_ok=True)
        lock = (home / ".lock").open("a")
    except OSError as exc:
        if exc.errno in _READ_ONLY and not reload and store_path.is_dir() and _is_current(graph, marker):
            log.info("the build is read-only; using its current store %s", store_path)
            return store_path
        raise StoreError(f"cannot create the store directory '{home}': {exc}"
                         + ("; the build is read-only and has no current store: run `borderkg query` on it "
                            "once where it is writable" if exc.errno in _READ_ONLY else "")) from exc
    with lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not reload and store_path.is_dir() and _is_current(graph, marker):
            return store_path
        _load(graph, home, store_path)
        _write_json(marker, {"graph": GRAPH_FILE, **_fingerprint(graph), "sha256": _sha256(graph),
                             "pyoxigraph": ox.__version__, "layout": LAYOUT})
    return store_path


def _is_current(graph: Path, marker: Path) -> bool:
    try:
        recorded = json.loads(marker.read_text("utf-8"))
    except (OSError, ValueError):
        return False
    if recorded.get("pyoxigraph") != ox.__version__ or recorded.get("layout") != LAYOUT:
        return False
    now = _fingerprint(graph)
    if all(recorded.get(k) == v for k, v in now.items()):
        return True
    if recorded.get("sha256") == _sha256(graph):  # touched, not changed
        try:
            _write_json(marker, {**recorded, **now})
        except OSError as exc:  # a read-only build: the hash still says it is current
            log.debug("cannot refresh %s: %s", marker, exc)
        return True
    return False


def _write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_suffix(f".tmp-{os.getpid()}")
    tmp.write_text(json.dumps(data, indent=1), "utf-8")
    tmp.replace(path)


def _load(graph: Path, home: Path, store_path: Path) -> None:
    tmp = home / f"store.tmp-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    started = time.perf_counter()
    try:
        store = ox.Store(str(tmp))
        store.bulk_load(path=str(graph), format=ox.RdfFormat.TRIG)
        default = ox.DefaultGraph()  # the merge of all graphs becomes the default graph
        store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object, default)
                          for q in ox.parse(path=str(graph), format=ox.RdfFormat.TRIG))
        store.optimize()
        store.flush()
        count = len(store)
        del store
    except SyntaxError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise StoreError(f'File "{graph}", line {exc.lineno}: {exc.msg}') from exc
    except (OSError, ValueError) as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise StoreError(f"cannot load '{graph}' into '{tmp}': {exc}") from exc
    old = home / f"store.old-{os.getpid()}"
    if store_path.exists():
        store_path.rename(old)
    tmp.rename(store_path)
    shutil.rmtree(old, ignore_errors=True)
    log.info("loaded %d quads from %s into %s in %.1fs", count, graph, store_path,
             time.perf_counter() - started)


def open_read_only(store_path: Path) -> ox.Store:
    try:
        return ox.Store.read_only(str(store_path))
    except OSError as exc:
        raise StoreError(f"cannot open the store '{store_path}': {exc}") from exc
