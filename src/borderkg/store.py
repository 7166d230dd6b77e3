"""Store stage: write the build atomically (temporary folder, then rename into place)."""
from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from collections import deque
from collections.abc import Iterable, Iterator
from typing import BinaryIO, TextIO


from rdflib import RDF, XSD

from borderkg.errors import StoreError
from borderkg.namespaces import BK, BKR
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
# OUT/docs/<kk>/<key>.nt  one document's named graph as sorted N-Triples (graph name: its IRI),
#                         after a first comment line with its manifest entry (a rerun after a
#                         killed build reuses the documents it finished)
# OUT/docs/<kk>/<key>.txt the document's text, which mention offsets point into
# OUT/texts/<identifier>.txt   the same text under the document's name (a hard link)
# OUT/docs/<kk>/<key>.report.nt   that document's SHACL results, when it has any
# OUT/docs/shared-<fingerprint>.{trig,ttl,report.nt}   ontology, lexicon and links graphs
#
# A key is the SHA-256 of the data fingerprint and the document's content, so files are
# never rewritten in place: a failed build leaves the previous manifest's files intact, and
# files no manifest names any more are removed after a successful one.

MANIFEST_FILE = "manifest.jsonl"
TEXTS_DIR = "texts"
ENTRY_HEADER = b"# borderkg-entry "
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
    origins: tuple[tuple[str, str | None, str | None, int | None], ...] = ()
    """Where a web document was found: (file, address, WARC record id, record offset) each."""

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
        self._done: dict[str, DocumentEntry | None] = {}
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

    def dropped(self, key: str) -> None:
        """An expected document that is not built after all (the extractor failed on it)."""
        self._done[key] = None
        self._flush()

    def _flush(self) -> None:
        while self._queue:
            head = self._queue[0]
            if isinstance(head, str):
                if head not in self._done:
                    return
                done = self._done.pop(head)
                if done is None:
                    self._queue.popleft()
                    continue
                head = done
            self._queue.popleft()
            self._file.write(json.dumps(entry_values(head), ensure_ascii=False) + "\n")
            self.documents += 1
            self.triples += head.triples

    def close(self) -> Manifest:
        """The manifest written, once every expected document is finished."""
        if self._queue:
            raise StoreError(f"{len(self._queue)} documents were never finished")
        self._file.close()
        return Manifest(self.fingerprint, _Entries(self.path), self.shared_triples)

    def discard(self) -> None:
        try:
            self._file.close()
        except OSError:  # the buffer's last lines cannot be written (a full disk): the file goes anyway
            pass
        self.path.unlink(missing_ok=True)


@dataclass(frozen=True)
class _Entries:
    """The entries of a manifest file, read afresh on each iteration."""

    path: Path

    def __iter__(self) -> Iterator[DocumentEntry]:
        with open(self.path, encoding="utf-8") as handle:
            handle.readline()
            for line in handle:
                yield entry_of(json.loads(line))


def entry_values(entry: DocumentEntry) -> list:
    """A manifest line's values."""
    values = [entry.key, entry.identifier, entry.triples, entry.conforms, entry.report]
    return values + [list(o) for o in entry.origins] if entry.origins else values


def entry_of(values: list) -> DocumentEntry:
    """The entry of a manifest line."""
    return DocumentEntry(*values[:5], origins=tuple(tuple(o) for o in values[5:]))  # type: ignore[misc]


def document_file(entry: DocumentEntry, graph: bytes) -> bytes:
    """A document's .nt file: its entry as a comment line, then its graph."""
    return ENTRY_HEADER + json.dumps(entry_values(entry)[:5], ensure_ascii=False).encode() + b"\n" + graph


def recover_entry(out: Path, key: str) -> DocumentEntry | None:
    """The entry of a document whose files a build wrote (and maybe never published), or None."""
    try:
        with open(document_path(out, key), "rb") as handle:
            head = handle.readline()
    except OSError:
        return None
    if not head.startswith(ENTRY_HEADER):
        return None
    try:
        entry = entry_of(json.loads(head[len(ENTRY_HEADER):]))
    except (ValueError, TypeError):
        return None
    if entry.key != key or (entry.report and not document_path(out, key, ".report.nt").exists()):
        return None
    return entry


def text_path(out: Path, identifier: str) -> Path:
    """OUT/texts/<identifier>.txt, the name made safe for a file system (quoted, shortened when long)."""
    from urllib.parse import quote
    name = quote(identifier, safe="")
    if name.startswith("."):
        name = "%2E" + name[1:]
    if len(name.encode()) > 200:
        import hashlib
        name = f"{name[:150]}-{hashlib.sha256(identifier.encode('utf-8', 'surrogatepass')).hexdigest()[:16]}"
    return Path(out) / TEXTS_DIR / f"{name}.txt"


def document_path(out: Path, key: str, suffix: str = ".nt") -> Path:
    return Path(out) / DOCS_DIR / key[:2] / f"{key}{suffix}"


def shared_path(out: Path, fingerprint: str, suffix: str) -> Path:
    return Path(out) / DOCS_DIR / f"shared-{fingerprint[:32]}{suffix}"


def write_file(path: Path, data: bytes) -> None:
    """Write atomically (temporary file, then rename).

    :raises StoreError: the file cannot be written.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"cannot write {str(path)!r}: {exc.strerror}") from None


def read_manifest(out: Path) -> Manifest | None:
    """The manifest of the build in OUT, or None when there is none (or it is unreadable)."""
    path = Path(out) / MANIFEST_FILE
    try:
        with open(path, encoding="utf-8") as handle:
            head = json.loads(handle.readline())
            if head.get("format") != MANIFEST_FORMAT:
                return None
            docs = [entry_of(json.loads(line)) for line in handle]
        return Manifest(head["fingerprint"], docs, head.get("shared_triples", 0))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store_build(out: Path, manifest: Manifest, report: Report | None, *, keys: set[bytes] | None = None,
                extra_origins: dict[str, list[tuple]] | None = None, replaced: dict[str, bytes] | None = None) -> Path:
    """Write OUT/graph.trig, OUT/graph.ttl, the report and OUT/texts/ from the files a manifest names, then the manifest.

    Streams: each document's N-Triples are copied, never parsed, so memory does not grow
    with the corpus. graph.trig is the shared graphs' TriG followed by one
    ``<document IRI> { ... }`` block per document; graph.ttl is the shared graphs' Turtle
    followed by every document's triples (N-Triples lines are Turtle). The records a web
    document was found in (`DocumentEntry.origins`, and ``extra_origins`` for copies read
    after it: identifier -> origins) are written into its graph here, so moving a page
    within an archive re-extracts nothing.

    :param keys: the manifest's keys as bytes, when the caller holds them already (a second
        set as large would be the build's largest structure).
    :param replaced: N-Triples written instead of a document's file, by key (its people settled
        by other documents, `borderkg.reconcile`).
    :raises StoreError: OUT cannot be written or a document's file is missing.
    """
    out = Path(out)
    extra_origins = extra_origins or {}
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".staging-{os.getpid()}-", dir=out))
    except OSError as exc:
        raise StoreError(f"cannot write build folder {str(out)!r}: {exc.strerror}") from None
    try:
        with open(staging / GRAPH_FILE, "wb") as trig, open(staging / MERGED_FILE, "wb") as ttl:
            _copy(shared_path(out, manifest.fingerprint, ".trig"), trig)
            _copy(shared_path(out, manifest.fingerprint, ".ttl"), ttl)
            ttl.write(_PREFIXES.encode())
            for entry in manifest.documents:
                trig.write(f"\n<{entry.graph}> {{\n".encode())
                if replaced and entry.key in replaced:
                    trig.write(replaced[entry.key])
                    ttl.write(replaced[entry.key])
                else:
                    _copy(document_path(out, entry.key), trig, ttl)
                origins = origin_ntriples(entry, extra_origins.get(entry.identifier, ()))
                trig.write(origins + b"}\n")
                ttl.write(origins)
        names = _link_texts(out, manifest)
        _publish(staging, out, report)
        written = manifest.documents if isinstance(manifest.documents, _Entries) else _spool(out, manifest)
        os.replace(written.path, out / MANIFEST_FILE)
        manifest = Manifest(manifest.fingerprint, _Entries(out / MANIFEST_FILE), manifest.shared_triples)
    except OSError as exc:
        raise StoreError(f"cannot write build folder {str(out)!r}: {exc.strerror or exc}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    _collect_garbage(out, manifest, keys)
    _remove_texts_but(out, names)
    return out / GRAPH_FILE


def origin_ntriples(entry: DocumentEntry, more: Iterable[tuple] = ()) -> bytes:
    """N-Triples of the records a web document was found in: file, address, WARC record id and offset."""
    from borderkg.ingest import is_iri

    lines = []
    doc = f"<{entry.graph}>"
    for origin in dict.fromkeys(tuple(o) for o in (*entry.origins, *more)):
        file, address, record_id, offset = origin
        name = hashlib.sha256(json.dumps(origin, ensure_ascii=False).encode("utf-8", "surrogatepass")).hexdigest()
        node = f"<{BKR}record/{name[:24]}>"
        lines += [f"{doc} <{BK}sourceRecord> {node} .", f"{node} <{RDF.type}> <{BK}SourceRecord> .",
                  f"{node} <{BK}file> {_nt_string(file)} ."]
        if address and is_iri(address):
            lines.append(f"{node} <{BK}address> <{address}> .")
        if record_id and is_iri(record_id):
            lines.append(f"{node} <{BK}warcRecordId> <{record_id}> .")
        if offset is not None:
            lines.append(f'{node} <{BK}recordOffset> "{int(offset)}"^^<{XSD.nonNegativeInteger}> .')
    return "".join(line + "\n" for line in sorted(lines)).encode("utf-8")


def _nt_string(value: str) -> str:
    value = value.encode("utf-8", "replace").decode("utf-8")  # a file name's undecodable bytes
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def _link_texts(out: Path, manifest: Manifest) -> set[str]:
    """Give each document's text its name under OUT/texts/ (a hard link to OUT/docs/); the names used."""
    names: set[str] = set()
    (out / TEXTS_DIR).mkdir(exist_ok=True)
    for entry in manifest.documents:
        source, target = document_path(out, entry.key, ".txt"), text_path(out, entry.identifier)
        names.add(target.name)
        try:
            if os.path.samefile(source, target):
                continue
        except FileNotFoundError:
            if not source.exists():
                raise StoreError(f"build file {str(source)!r} is missing; build again into a fresh folder") from None
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        tmp.unlink(missing_ok=True)
        try:
            os.link(source, tmp)
        except OSError as exc:
            if exc.errno not in (errno.EXDEV, errno.EPERM, errno.EMLINK, errno.ENOTSUP):
                raise
            shutil.copyfile(source, tmp)  # no hard links here: a copy
        os.replace(tmp, target)
    return names


def _remove_texts_but(out: Path, names: set[str]) -> None:
    for item in os.scandir(out / TEXTS_DIR):
        if item.name not in names:
            os.unlink(item.path)


def _spool(out: Path, manifest: Manifest) -> _Entries:
    writer = ManifestWriter(out, manifest.fingerprint, manifest.shared_triples)
    for entry in manifest.documents:
        writer.ready(entry)
    return writer.close().documents  # type: ignore[return-value]


def _copy(path: Path, *targets: BinaryIO) -> None:
    """Append a file (less its entry line) to each target, in the kernel where it can (os.sendfile)."""
    try:
        with open(path, "rb") as source:
            size = os.fstat(source.fileno()).st_size
            head = source.readline()
            start = len(head) if head.startswith(ENTRY_HEADER) else 0
            for target in targets:
                target.flush()
                offset = start
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


_STALE = re.compile(r"\.(?:(?:manifest\.jsonl|skipped\.tsv)\.(\d+)\.tmp|staging-(\d+)-.*)")
SKIPPED_FILE = "skipped.tsv"


class SkipLog:
    """OUT/skipped.tsv: every input item a build did not build, with its reason, written as they come."""

    def __init__(self, out: Path) -> None:
        self.path = Path(out) / f".{SKIPPED_FILE}.{os.getpid()}.tmp"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._file: TextIO = open(self.path, "w", encoding="utf-8", errors="replace")
        except OSError as exc:
            raise StoreError(f"cannot write {str(self.path)!r}: {exc.strerror}") from None
        self._file.write("reason\tfile\tline\tmessage\n")

    def add(self, reason: str, path: str, line: int | None, message: str) -> None:
        clean = [" ".join(str(v).split()) for v in (reason, path, "" if line is None else line, message)]
        self._file.write("\t".join(clean) + "\n")

    def publish(self, out: Path) -> None:
        self._file.close()
        os.replace(self.path, Path(out) / SKIPPED_FILE)

    def discard(self) -> None:
        try:
            self._file.close()
        except OSError:
            pass
        self.path.unlink(missing_ok=True)


def clean_stale(out: Path) -> None:
    """Remove what a build into OUT that died (killed, machine down) left: its manifest and staging folder.

    The documents it finished stay: their files carry their entries (`recover_entry`).
    """
    try:
        items = list(os.scandir(out))
    except OSError:
        return
    for item in items:
        found = _STALE.fullmatch(item.name)
        if found is None:
            continue
        pid = int(found.group(1) or found.group(2))
        if pid == os.getpid() or _alive(pid):
            continue
        if item.is_dir(follow_symlinks=False):
            shutil.rmtree(item.path, ignore_errors=True)
        else:
            os.unlink(item.path)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_documents(out: Path, keys: Iterable[str]) -> None:
    """Remove the files of documents (after a failed build: what it wrote, to give the space back)."""
    for key in keys:
        for suffix in (".nt", ".report.nt", ".txt", ".summary.json"):
            document_path(out, key, suffix).unlink(missing_ok=True)
        try:
            document_path(out, key).parent.rmdir()
        except OSError:  # other documents' files are there
            pass


def _publish(staging: Path, out: Path, report: Report | None) -> None:
    """Write the report beside the staged graphs, then rename each file into OUT."""
    if report is not None:
        (staging / REPORT_TEXT).write_text(report.text, encoding="utf-8")
        report.graph.serialize(staging / REPORT_GRAPH, format="turtle")
    for name in (GRAPH_FILE, MERGED_FILE, REPORT_TEXT, REPORT_GRAPH):
        if (staging / name).exists():
            os.replace(staging / name, out / name)
