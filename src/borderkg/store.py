"""Store stage: write the build atomically (temporary folder, then rename into place)."""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from collections import deque
from collections.abc import Iterable, Iterator
from typing import BinaryIO, TextIO


from borderkg.errors import StoreError
from borderkg.validate import Report

GRAPH_FILE = "graph.trig"
MERGED_FILE = "graph.ttl"
REPORT_TEXT = "report.txt"
REPORT_GRAPH = "report.ttl"


# ------------------------------------------------------------ incremental builds
#
# OUT/manifest.jsonl      what the build holds, read and written line by line: a header (format,
#                         data fingerprint, shared triples), then per document in input order
#                         [key, identifier, triples, conforms, has report]
# OUT/docs/<kk>/<key>.nt  one document's named graph as sorted N-Triples (graph name: its IRI)
# OUT/docs/<kk>/<key>.report.nt   that document's SHACL results, when it has any
# OUT/docs/shared-<fingerprint>.{trig,ttl,report.nt}   ontology, lexicon and links graphs
#
# A key is the SHA-256 of the data fingerprint and the document's content, so files are
# never rewritten in place: a failed build leaves the previous manifest's files intact, and
# files no manifest names any more are removed after a successful one.

MANIFEST_FILE = "manifest.jsonl"
MANIFEST_FORMAT = "borderkg-manifest/2"
DOCS_DIR = "docs"
_PREFIXES = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in (
    ("bk", "https://w3id.org/borderkg/ontology#"), ("bkr", "https://w3id.org/borderkg/id/"),
    ("org", "http://www.w3.org/ns/org#"), ("prov", "http://www.w3.org/ns/prov#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"), ("dcterms", "http://purl.org/dc/terms/")))


@dataclass(frozen=True, slots=True)
class DocumentEntry:
    """One document of a build, as the manifest records it."""

    key: str
    """SHA-256 of the data fingerprint and the document's content; names its files."""
    identifier: str
    triples: int
    conforms: bool | None = None
    """SHACL verdict on the document graph; None when not validated per document."""
    report: bool = False
    """True when OUT/docs/<kk>/<key>.report.nt holds its results."""

    @property
    def graph(self) -> str:
        """The document's IRI, which names its graph."""
        from borderkg.assemble import doc_iri
        return str(doc_iri(self.identifier))


@dataclass(frozen=True, slots=True)
class Manifest:
    fingerprint: str
    documents: Iterable[DocumentEntry]
    """In input order; may be read more than once (a list, or a ManifestWriter's entries on disk)."""
    shared_triples: int = 0


class ManifestWriter:
    """The new manifest, written line by line into OUT as documents are done, in input order.

    Workers finish documents out of order; entries wait here only from the oldest unfinished
    document on, so memory stays flat however long the corpus. The file becomes
    OUT/manifest.jsonl when `store_build` publishes the build, and is removed if it does not.
    """

    def __init__(self, out: Path, fingerprint: str, shared_triples: int) -> None:
        self.fingerprint, self.shared_triples = fingerprint, shared_triples
        self.path = Path(out) / f".{MANIFEST_FILE}.{os.getpid()}.tmp"
        self._queue: deque[str | DocumentEntry] = deque()
        self._done: dict[str, DocumentEntry] = {}
        self.documents = self.triples = 0
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._file: TextIO = open(self.path, "w", encoding="utf-8")
        except OSError as exc:
            raise StoreError(f"cannot write {str(self.path)!r}: {exc.strerror}") from None
        self._file.write(json.dumps({"format": MANIFEST_FORMAT, "fingerprint": fingerprint,
                                     "shared_triples": shared_triples}) + "\n")

    def expect(self, key: str) -> None:
        """The next document in input order is being extracted; `finished` will give its entry."""
        self._queue.append(key)

    def ready(self, entry: DocumentEntry) -> None:
        """The next document in input order, already done (unchanged since the last build)."""
        self._queue.append(entry)
        self._flush()

    def finished(self, entry: DocumentEntry) -> None:
        self._done[entry.key] = entry
        self._flush()

    def _flush(self) -> None:
        while self._queue:
            head = self._queue[0]
            if isinstance(head, str):
                if head not in self._done:
                    return
                head = self._done.pop(head)
            self._queue.popleft()
            self._file.write(json.dumps([head.key, head.identifier, head.triples, head.conforms, head.report],
                                        ensure_ascii=False) + "\n")
            self.documents += 1
            self.triples += head.triples

    def close(self) -> Manifest:
        """The manifest written, once every expected document is finished."""
        if self._queue:
            raise StoreError(f"{len(self._queue)} documents were never finished")
        self._file.close()
        return Manifest(self.fingerprint, _Entries(self.path), self.shared_triples)

    def discard(self) -> None:
        self._file.close()
        self.path.unlink(missing_ok=True)


@dataclass(frozen=True)
class _Entries:
    """The entries of a manifest file, read afresh on each iteration."""

    path: Path

    def __iter__(self) -> Iterator[DocumentEntry]:
        with open(self.path, encoding="utf-8") as handle:
            handle.readline()
            for line in handle:
                yield DocumentEntry(*json.loads(line))


def document_path(out: Path, key: str, suffix: str = ".nt") -> Path:
    return Path(out) / DOCS_DIR / key[:2] / f"{key}{suffix}"


def shared_path(out: Path, fingerprint: str, suffix: str) -> Path:
    return Path(out) / DOCS_DIR / f"shared-{fingerprint[:32]}{suffix}"


def write_file(path: Path, data: bytes) -> None:
    """Write atomically (temporary file, then rename).

    :raises StoreError: the file cannot be written.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as exc:
        raise StoreError(f"cannot write {str(path)!r}: {exc.strerror}") from None


def read_manifest(out: Path) -> Manifest | None:
    """The manifest of the build in OUT, or None when there is none (or it is unreadable)."""
    path = Path(out) / MANIFEST_FILE
    try:
        with open(path, encoding="utf-8") as handle:
            head = json.loads(handle.readline())
            if head.get("format") != MANIFEST_FORMAT:
                return None
            docs = [DocumentEntry(*json.loads(line)) for line in handle]
        return Manifest(head["fingerprint"], docs, head.get("shared_triples", 0))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store_build(out: Path, manifest: Manifest, report: Report | None, *, keys: set[bytes] | None = None) -> Path:
    """Write OUT/graph.trig, OUT/graph.ttl and the report from the files a manifest names, then the manifest.

    Streams: each document's N-Triples are copied, never parsed, so memory does not grow
    with the corpus. graph.trig is the shared graphs' TriG followed by one
    ``<document IRI> { ... }`` block per document; graph.ttl is the shared graphs' Turtle
    followed by every document's triples (N-Triples lines are Turtle).

    :param keys: the manifest's keys as bytes, when the caller holds them already (a second
        set as large would be the build's largest structure).
    :raises StoreError: OUT cannot be written or a document's file is missing.
    """
    out = Path(out)
    try:
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=out))
    except OSError as exc:
        raise StoreError(f"cannot write build folder {str(out)!r}: {exc.strerror}") from None
    try:
        with open(staging / GRAPH_FILE, "wb") as trig, open(staging / MERGED_FILE, "wb") as ttl:
            _copy(shared_path(out, manifest.fingerprint, ".trig"), trig)
            _copy(shared_path(out, manifest.fingerprint, ".ttl"), ttl)
            ttl.write(_PREFIXES.encode())
            for entry in manifest.documents:
                trig.write(f"\n<{entry.graph}> {{\n".encode())
                _copy(document_path(out, entry.key), trig, ttl)
                trig.write(b"}\n")
        _publish(staging, out, report)
        written = manifest.documents if isinstance(manifest.documents, _Entries) else _spool(out, manifest)
        os.replace(written.path, out / MANIFEST_FILE)
        manifest = Manifest(manifest.fingerprint, _Entries(out / MANIFEST_FILE), manifest.shared_triples)
    except OSError as exc:
        raise StoreError(f"cannot write build folder {str(out)!r}: {exc.strerror}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    _collect_garbage(out, manifest, keys)
    return out / GRAPH_FILE


def _spool(out: Path, manifest: Manifest) -> _Entries:
    writer = ManifestWriter(out, manifest.fingerprint, manifest.shared_triples)
    for entry in manifest.documents:
        writer.ready(entry)
    return writer.close().documents  # type: ignore[return-value]


def _copy(path: Path, *targets: BinaryIO) -> None:
    """Append a file to each target, in the kernel where it can (os.sendfile)."""
    try:
        with open(path, "rb") as source:
            size = os.fstat(source.fileno()).st_size
            for target in targets:
                target.flush()
                offset = 0
                try:
                    while offset < size:
                        sent = os.sendfile(target.fileno(), source.fileno(), offset, size - offset)
                        if not sent:
                            break
                        offset += sent
                except (AttributeError, OSError):  # no sendfile between these files: copy by hand
                    source.seek(offset)
                    while chunk := source.read(1 << 20):
                        target.write(chunk)
    except FileNotFoundError:
        raise StoreError(f"build file {str(path)!r} is missing; build again into a fresh folder") from None


def _collect_garbage(out: Path, manifest: Manifest, keep: set[bytes] | None) -> None:
    """Remove document and shared files the manifest no longer names."""
    if keep is None:
        keep = {bytes.fromhex(entry.key) for entry in manifest.documents}
    shared = f"shared-{manifest.fingerprint[:32]}"
    root = out / DOCS_DIR
    if not root.is_dir():
        return
    for sub in os.scandir(root):
        if sub.is_file():
            if not sub.name.startswith(shared):
                os.unlink(sub.path)
            continue
        left = 0
        for item in os.scandir(sub.path):
            if _key_bytes(item.name.split(".", 1)[0]) not in keep:
                os.unlink(item.path)
            else:
                left += 1
        if not left:
            os.rmdir(sub.path)


def _key_bytes(name: str) -> bytes | None:
    try:
        return bytes.fromhex(name)
    except ValueError:  # not a document's file (a stray temporary file): not kept
        return None


def _publish(staging: Path, out: Path, report: Report | None) -> None:
    """Write the report beside the staged graphs, then rename each file into OUT."""
    if report is not None:
        (staging / REPORT_TEXT).write_text(report.text, encoding="utf-8")
        report.graph.serialize(staging / REPORT_GRAPH, format="turtle")
    for name in (GRAPH_FILE, MERGED_FILE, REPORT_TEXT, REPORT_GRAPH):
        if (staging / name).exists():
            os.replace(staging / name, out / name)
