"""The whole build, incremental and parallel: ingest -> extract -> assemble -> validate -> store.

Documents stream through: the client reads them one at a time (`ingest`), hashes each with
the data fingerprint (:func:`fingerprint`) and skips those the previous build's manifest
already holds. The rest go in chunks to :func:`process_chunk`, which extracts, assembles and
validates them and returns each document's graph as N-Triples; it runs in this process
(``jobs=1``), in a process pool (``jobs>1``) or on a dask.distributed cluster
(``scheduler="tcp://HOST:PORT"``). The client writes each result to OUT/docs/ as it comes
back and never holds more than a few chunks, then `store.store_build` streams those files
into OUT/graph.trig and OUT/graph.ttl. See `store.py` for the on-disk layout.
"""
from __future__ import annotations

import gc
import hashlib
import json
import logging
import os
import signal
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path
from typing import Any

from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.term import Node

from borderkg import store as _store
from borderkg.config import Config
from borderkg.errors import BorderkgError, ExtractionError, InputError, StoreError
from borderkg.model import Document, Skipped
from borderkg.progress import Progress
from borderkg.resources import LEXICON, Resources, load_resources
from borderkg.validate import Report, merge_reports

log = logging.getLogger(__name__)

# Code whose change changes the graph: a new fingerprint forces a full rebuild.
_CODE = ("extract", "assemble.py", "reconcile.py", "labels.py", "tenure.py", "model.py", "text.py", "resources.py", "link.py", "validate.py")
_FORMAT_VERSION = "1"


class ValidateMode(str, Enum):
    """How SHACL runs: per document graph (only what changed), on the whole graph, or not."""

    DOCUMENTS = "documents"
    FULL = "full"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Settings:
    """What a worker needs besides the documents (small, sent with every chunk)."""

    root: str | None
    """Folder holding ontology/ and shapes/; None: the worker's own installed data."""
    fingerprint: str
    validate: bool
    group: int


@dataclass(frozen=True, slots=True)
class DocumentResult:
    entry: _store.DocumentEntry
    graph: bytes
    """Sorted N-Triples of the document's named graph."""
    report: bytes
    """N-Triples of its SHACL results (empty when none)."""
    chars: int
    summary: Any = None
    """What `borderkg.reconcile` needs of the document (a `DocumentSummary`), None when it names no
    people and states no edition number."""


@dataclass(frozen=True, slots=True)
class ChunkResult:
    documents: tuple[DocumentResult, ...]
    seconds: dict[str, float]
    failed: tuple[tuple[str, Skipped], ...] = ()
    """The documents the extractor failed on, by key: reported and skipped, the others built."""


@dataclass
class Summary:
    """What a build did, for the end-of-build line and the benchmark."""

    documents: int = 0
    extracted: int = 0
    reused: int = 0
    triples: int = 0
    violations: int = 0
    chars: int = 0
    conforms: bool | None = None
    full_rebuild: bool = False
    seconds: dict[str, float] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    """Items not built, by reason (`borderkg.ingest.SkipReason` values)."""

    def text(self) -> str:
        stages = ", ".join(f"{k} {v:.1f}s" for k, v in self.seconds.items())
        skipped = ""
        if self.skipped:
            reasons = ", ".join(f"{n} {reason}" for reason, n in sorted(self.skipped.items()))
            skipped = f"; skipped {sum(self.skipped.values())} ({reasons})"
        return (f"built {self.documents} documents ({self.extracted} extracted, {self.reused} unchanged), "
                f"{self.triples} triples, {self.violations} violations{skipped}; {stages}")


def fingerprint(resources: Resources) -> str:
    """SHA-256 of everything besides the documents that the graph depends on.

    The files under ontology/ and shapes/, the links graph, and the code of the stages.
    """
    from borderkg.link import link_graph

    digest = hashlib.sha256(_FORMAT_VERSION.encode())
    code = Path(__file__).resolve().parent
    files = [p for base in (resources.root / "ontology", resources.shapes_path) for p in sorted(base.rglob("*"))]
    files += [p for name in _CODE for p in sorted((code / name).rglob("*.py") if (code / name).is_dir()
                                                  else [code / name])]
    for path in files:
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    links = link_graph(resources)[1].serialize(format="nt", encoding="utf-8")
    digest.update(b"".join(sorted(links.splitlines(keepends=True))))
    return digest.hexdigest()


def document_key(doc: Document, fp: str) -> str:
    """SHA-256 of the fingerprint and everything of a document that reaches the graph."""
    content = json.dumps([doc.identifier, doc.text, doc.lang, doc.date, doc.url, doc.title], ensure_ascii=False)
    return hashlib.sha256(fp.encode() + b"\0" + content.encode()).hexdigest()


# ------------------------------------------------------------------- worker side

class _Worker:
    def __init__(self, resources: Resources, settings: Settings, fp: str) -> None:
        from borderkg.extract import RuleExtractor

        if fp != settings.fingerprint:
            raise BorderkgError("this worker's borderkg code or data (ontology, shapes) differ from the "
                                "client's; install the same version on every worker")
        self.resources = resources
        self.extractor = RuleExtractor(resources)
        self._validator = None

    def validator(self):
        if self._validator is None:
            from borderkg.validate import DocumentValidator
            self._validator = DocumentValidator(self.resources, shared_data(self.resources))
        return self._validator


# One worker state per process (resources, compiled matchers, shapes), made on first use:
# pool and dask worker processes call process_chunk many times.
_WORKERS: dict[tuple[str | None, str], _Worker] = {}


def _worker(settings: Settings, resources: Resources | None = None) -> _Worker:
    key = (settings.root, settings.fingerprint)
    if key not in _WORKERS:
        resources = resources or load_resources(Path(settings.root) if settings.root else None)
        _WORKERS[key] = _Worker(resources, settings, fingerprint(resources))
        gc.freeze()  # the worker's data lives as long as the process: no collector passes over it
    return _WORKERS[key]


def process_chunk(docs: list[tuple[str, Document]], settings: Settings) -> ChunkResult:
    """Extract, assemble and (with ``settings.validate``) validate documents; the per-document work.

    The same function runs in this process, in the process pool and on dask workers.
    """
    with _cyclic_gc_paused():
        return _process_chunk(docs, settings)


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Python's cycle collector off while a chunk runs, then one pass over what the chunk made.

    A chunk allocates millions of short-lived objects (terms, matches, pySHACL's results)
    and few cycles; left on, the collector keeps walking them: extraction took 40% longer
    and assembly twice as long. The chunk's objects all stay in the youngest generation, so
    collecting that one afterwards frees every cycle it made.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.collect(0)
        if enabled:
            gc.enable()


def _process_chunk(docs: list[tuple[str, Document]], settings: Settings) -> ChunkResult:
    from borderkg.assemble import doc_iri, document_triples, ntriples
    from borderkg.reconcile import summarise

    worker = _worker(settings)
    seconds = {"extract": 0.0, "assemble": 0.0, "validate": 0.0}
    graphs: list[tuple[URIRef, set]] = []
    nts: list[bytes] = []
    # All of the chunk's extractions, then all of its assembly: each stage keeps its own tables in the
    # processor's caches instead of trading them at every document.
    t0 = time.thread_time()
    extracted = [(item, _extract(worker, item[1])) for item in docs]
    failed = tuple((item[0], outcome) for item, outcome in extracted if isinstance(outcome, Skipped))
    docs = [item for item, outcome in extracted if not isinstance(outcome, Skipped)]
    extractions = [outcome for _, outcome in extracted if not isinstance(outcome, Skipped)]
    summaries = [summarise(extraction, worker.extractor.people) for extraction in extractions]
    t1 = time.thread_time()
    for (_, doc), extraction in zip(docs, extractions):
        graphs.append((doc_iri(doc.identifier), document_triples(extraction, worker.resources)))
        nts.append(ntriples(graphs[-1][1]))
    seconds["extract"] += t1 - t0
    seconds["assemble"] += time.thread_time() - t1
    reports: dict = {}
    if settings.validate:
        t0 = time.thread_time()
        for i in range(0, len(graphs), settings.group):
            reports.update(worker.validator()(graphs[i:i + settings.group]))
        seconds["validate"] += time.thread_time() - t0
    out = []
    for (key, doc), (identifier, triples), nt, summary in zip(docs, graphs, nts, summaries):
        results = reports.get(identifier)
        conforms = None if not settings.validate else not _violations(results)
        entry = _store.DocumentEntry(key, doc.identifier, len(triples), conforms,
                                     bool(results is not None and len(results)), _origins(doc))
        report = results.serialize(format="nt", encoding="utf-8") if results is not None and len(results) else b""
        out.append(DocumentResult(entry, nt, report, len(doc.text),
                                  summary if summary.people or summary.ordinals else None))
    return ChunkResult(tuple(out), seconds, failed)


def _extract(worker: _Worker, doc: Document):
    """The document's extraction, or, where the extractor fails on it, why (with the traceback in the debug log):
    one document the extractor cannot read loses that document, not the build."""
    try:
        return worker.extractor(doc)
    except BorderkgError:
        raise
    except Exception as exc:  # a fault of the extractor's, not of the input: reported, and the build goes on
        from borderkg.ingest import SkipReason  # (here: a worker that fails on nothing needs no ingest)
        log.debug("extraction failed on %s", doc.source_path or doc.identifier, exc_info=True)
        where = doc.source_path or doc.identifier
        return Skipped(SkipReason.EXTRACTION_FAILED.value,
                       f'File "{where}": document {doc.identifier!r}: extraction failed ({type(exc).__name__}: {exc}); '
                       "please report it", where)


def _origins(doc: Document) -> tuple:
    o = doc.origin
    return () if o is None else ((o.file, o.address, o.record_id, o.offset),)


def _violations(results: Graph | None) -> int:
    from borderkg.validate import SH
    return 0 if results is None else sum(1 for _ in results.subjects(SH.resultSeverity, SH.Violation))


def shared_data(resources: Resources) -> Graph:
    """The shared triples document graphs are validated with: the lexicon and the links."""
    from borderkg.link import link_graph

    data = Graph()
    data += resources.lexicon
    data += link_graph(resources)[1]
    return data


# ------------------------------------------------------------------- client side

def build(inputs: Iterable[str | Path], *, out: Path, config: Config = Config(), jobs: int | None = None,
          scheduler: str | None = None, validate_mode: ValidateMode = ValidateMode.DOCUMENTS,
          progress: Progress | None = None, root: Path | None = None) -> tuple[Summary, Report | None]:
    """Build (or bring up to date) the graph of INPUTS in OUT; see the module docstring.

    :param jobs: worker processes (default: the number of cores); 1 runs in this process.
    :param scheduler: address of a dask.distributed scheduler (``tcp://HOST:PORT``); overrides jobs.
    :param root: folder holding ontology/ and shapes/ (default: the installed data).
    :raises InputError: a document cannot be read (see ``config.on_error``).
    :raises StoreError: OUT cannot be written (a full disk, say); what this build wrote is removed.
    """
    out = Path(out)
    state = _Build(out)
    try:
        return _build(inputs, out, config, jobs, scheduler, validate_mode, progress, root, state)
    except OSError as exc:
        _store.remove_documents(out, state.new_keys())
        if exc.filename is not None and not _inside(Path(exc.filename), out):
            raise InputError(f"cannot read: {exc.strerror or exc}", path=exc.filename) from None
        raise StoreError(f"cannot write build folder {str(out)!r}: {exc.strerror or exc}; what this build "
                         f"wrote is removed, the previous build is untouched") from None
    except StoreError as exc:
        _store.remove_documents(out, state.new_keys())
        raise StoreError(f"{exc}; what this build wrote is removed, the previous build is untouched") from None


@dataclass
class _Build:
    """What a build has done so far, for cleaning up after a failure."""

    out: Path
    known: set[str] = field(default_factory=set)
    """Keys of the documents the previous build holds."""
    seen: set[bytes] = field(default_factory=set)
    """Keys (as 32-byte digests, half the memory of hex) of the documents read so far."""

    def new_keys(self) -> Iterator[str]:
        return (k.hex() for k in self.seen if k.hex() not in self.known)


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


def _build(inputs: Iterable[str | Path], out: Path, config: Config, jobs: int | None, scheduler: str | None,
           validate_mode: ValidateMode, progress: Progress | None, root: Path | None,
           state: _Build) -> tuple[Summary, Report | None]:
    from borderkg.ingest import ingest

    started = time.perf_counter()
    _store.clean_stale(out)
    resources = load_resources(root)
    config = replace(config, languages=config.supported(resources.languages))  # the language files of root
    fp = fingerprint(resources)
    previous = _store.read_manifest(out)
    summary = Summary(full_rebuild=previous is None or previous.fingerprint != fp)
    known = {} if summary.full_rebuild else {e.key: e for e in previous.documents}  # type: ignore[union-attr]
    state.known = set(known)
    per_doc = validate_mode is ValidateMode.DOCUMENTS
    settings = Settings(None if root is None else str(resources.root), fp, per_doc, config.validate_group)
    shared_triples, shared_results = _shared(out, resources, fp, per_doc)
    summary.seconds["setup"] = time.perf_counter() - started
    progress = progress or Progress(None, enabled=False)
    cpu = {"ingest": 0.0, "extract": 0.0, "assemble": 0.0, "validate": 0.0}
    # Each document's entry goes to the manifest in input order: at once when unchanged since
    # the last build (with its files), when its chunk comes back otherwise.
    writer = _store.ManifestWriter(out, fp, shared_triples)
    seen = state.seen
    extra_origins: dict[str, list[tuple]] = {}  # identifier -> where copies of it read later were found
    summaries: list[tuple[str, Any]] = []  # (key, DocumentSummary) of each document naming people or editions

    def collect(result: ChunkResult) -> None:
        for key, failure in result.failed:
            log.warning("%s", failure.message)
            summary.skipped[failure.reason] = summary.skipped.get(failure.reason, 0) + 1
            skip_log.add(failure.reason, failure.path, failure.line, failure.message)
            _store.document_path(out, key, ".txt").unlink(missing_ok=True)
            writer.dropped(key)
        for d in result.documents:
            if d.report:  # the report first: a graph file on disk means its document is finished
                _store.write_file(_store.document_path(out, d.entry.key, ".report.nt"), d.report)
            if d.summary is not None:  # beside the graph, for the builds that reuse it
                _store.write_file(_store.document_path(out, d.entry.key, ".summary.json"), d.summary.to_json())
                summaries.append((d.entry.key, d.summary))
            _store.write_file(_store.document_path(out, d.entry.key), _store.document_file(d.entry, d.graph))
            writer.finished(d.entry)
            summary.extracted += 1
            summary.chars += d.chars
        for k, v in result.seconds.items():
            cpu[k] += v
        progress.advance(len(result.documents))

    skip_log = _store.SkipLog(out)

    def skipped(item: Skipped) -> None:
        summary.skipped[item.reason] = summary.skipped.get(item.reason, 0) + 1
        skip_log.add(item.reason, item.path, item.line, item.message)
        if item.duplicate_of is not None and item.origin is not None:
            o = item.origin
            extra_origins.setdefault(item.duplicate_of, []).append((o.file, o.address, o.record_id, o.offset))
        progress.advance(0, reused=1)

    try:
        t0 = time.perf_counter()
        with _Dispatcher(jobs, scheduler, settings, resources, collect) as dispatcher:
            chunk: list[tuple[str, Document]] = []
            for doc in _timed(ingest(inputs, config=config, on_skip=skipped), cpu):
                key = document_key(doc, fp)
                seen.add(bytes.fromhex(key))
                old = known.get(key) or _store.recover_entry(out, key)
                text = _store.document_path(out, key, ".txt")
                if old is not None and (not per_doc or old.conforms is not None) \
                        and _store.document_path(out, key).exists():
                    if not text.exists():  # built before texts were kept
                        _store.write_file(text, doc.text.encode("utf-8"))
                    writer.ready(replace(old, origins=_origins(doc)))
                    _reuse_summary(out, key, summaries)
                    progress.advance(0, reused=1)
                    continue
                _store.write_file(text, doc.text.encode("utf-8"))
                writer.expect(key)
                chunk.append((key, doc))
                if len(chunk) >= config.chunk_size:
                    dispatcher.submit(chunk)
                    chunk = []
            if chunk:
                dispatcher.submit(chunk)
        del known
        settled = _settled_graphs(out, summaries, settings, resources)
        manifest = writer.close()
        progress.close()
        summary.seconds["extract+assemble+validate"] = time.perf_counter() - t0
        summary.seconds.update({f"{k} (cpu)": v for k, v in cpu.items()})  # CPU time of the threads doing it
        summary.documents = writer.documents
        summary.reused = summary.documents - summary.extracted
        summary.triples = shared_triples + writer.triples + sum(settled[key][1] for key in settled)

        t0 = time.perf_counter()
        replaced = {key: graph for key, (graph, _) in settled.items()}
        report = _report(out, manifest, resources, validate_mode, shared_results, replaced)
        summary.seconds["validate (merge)" if per_doc else "validate"] = time.perf_counter() - t0
        if report is not None:
            from borderkg.validate import SH
            summary.conforms = report.conforms
            summary.violations = sum(1 for _ in report.graph.subjects(SH.resultSeverity, SH.Violation))
        t0 = time.perf_counter()
        _store.store_build(out, manifest, report, keys=seen, extra_origins=extra_origins, replaced=replaced)
        skip_log.publish(out)
    finally:
        writer.discard()  # a no-op once store_build has put the manifest in place
        skip_log.discard()
    summary.seconds["store"] = time.perf_counter() - t0
    summary.seconds["total"] = time.perf_counter() - started
    return summary, report


def _reuse_summary(out: Path, key: str, summaries: list[tuple[str, Any]]) -> None:
    """The summary of a document the previous build extracted, as it left it beside its graph."""
    from borderkg.reconcile import DocumentSummary

    path = _store.document_path(out, key, ".summary.json")
    if path.exists():
        summaries.append((key, DocumentSummary.from_json(path.read_bytes())))


def _settled_graphs(out: Path, summaries: list[tuple[str, Any]], settings: Settings,
                    resources: Resources) -> dict[str, tuple[bytes, int]]:
    """The graphs (and how many triples they gain) of the documents whose people or edition numbers
    others settle (`borderkg.reconcile`), by key: each such document extracted again and settled.
    Its own file keeps what it alone says, so the next build settles it afresh from every document then."""
    from borderkg.assemble import document_triples, ntriples
    from borderkg.reconcile import reconcile, settle

    decisions = reconcile(summary for _, summary in summaries)
    # A document others may settle keeps its metadata in its summary (`DocumentSummary.document`).
    settleable = {summary.identifier: (key, summary) for key, summary in summaries if summary.document is not None}
    out_graphs: dict[str, tuple[bytes, int]] = {}
    for identifier, settled in sorted(decisions.items()):
        key, summary = settleable[identifier]
        text = _store.document_path(out, key, ".txt").read_bytes().decode("utf-8")
        extraction = _worker(settings, resources).extractor(replace(summary.document, text=text))
        before = len(document_triples(extraction, resources))
        triples = document_triples(settle(extraction, settled), resources)
        out_graphs[key] = (ntriples(triples), len(triples) - before)
    return out_graphs


def _report(out: Path, manifest: _store.Manifest, resources: Resources, mode: ValidateMode,
            shared_results: Graph, replaced: dict[str, bytes]) -> Report | None:
    """The build's SHACL report: the documents' results merged, or the whole graph validated at once."""
    if mode is ValidateMode.FULL:
        return _validate_full(out, manifest, resources, replaced)
    if mode is ValidateMode.NONE:
        return None
    results = Graph()
    results += shared_results
    for e in manifest.documents:
        if e.report:
            results.parse(_store.document_path(out, e.key, ".report.nt"), format="nt")
    return merge_reports(results)


def _timed(docs: Iterator[Document], seconds: dict[str, float]) -> Iterator[Document]:
    """Count the time spent reading (and hashing) documents as ``seconds["ingest"]``."""
    while True:
        t0 = time.thread_time()
        try:
            doc = next(docs)
        except StopIteration:
            return
        finally:
            seconds["ingest"] += time.thread_time() - t0
        yield doc


def _shared(out: Path, resources: Resources, fp: str, validate: bool) -> tuple[int, Graph]:
    """Write the shared graphs' files for this fingerprint unless there; their triples and SHACL results."""
    from borderkg.assemble import assemble
    from borderkg.link import link_graph
    from borderkg.validate import DocumentValidator

    trig = _store.shared_path(out, fp, ".trig")
    counts = _store.shared_path(out, fp, ".json")
    if not trig.exists() or not counts.exists():
        from rdflib.compare import to_canonical_graph

        ds = assemble([], resources=resources, shared=[link_graph(resources)])
        for graph in list(ds.graphs()):  # blank node labels from their content: the same bytes every build
            if any(isinstance(n, BNode) for t in graph for n in t):
                canonical = to_canonical_graph(graph)
                graph.remove((None, None, None))
                for triple in canonical:
                    graph.add(triple)
        merged = Graph(namespace_manager=ds.namespace_manager)
        for s, p, o, _ in ds.quads((None, None, None, None)):
            merged.add((s, p, o))
        _store.write_file(_store.shared_path(out, fp, ".ttl"), merged.serialize(format="turtle", encoding="utf-8"))
        _store.write_file(trig, ds.serialize(format="trig", encoding="utf-8"))
        _store.write_file(counts, json.dumps({"triples": sum(1 for _ in ds.quads())}).encode())
    triples = json.loads(counts.read_text())["triples"]
    results = Graph()
    if validate:
        path = _store.shared_path(out, fp, ".report.nt")
        if not path.exists():
            from borderkg.link import LINKS_GRAPH
            data = shared_data(resources)
            links = link_graph(resources)[1]
            names: dict[Node, Node] = {s: (LINKS_GRAPH if (s, None, None) in links else LEXICON) for s in set(data.subjects())}
            _store.write_file(path, DocumentValidator(resources, data).shared_report(names).serialize(
                format="nt", encoding="utf-8"))
        results.parse(path, format="nt")
    return triples, results


def _validate_full(out: Path, manifest: _store.Manifest, resources: Resources, replaced: dict[str, bytes]) -> Report:
    """The whole graph at once (holds it in memory), each result naming the graphs that hold its focus node;
    a document settled by others (`replaced`, by key) as the build writes it, not as its own file has it."""
    from borderkg.validate import merge_reports as merge
    from borderkg.validate import name_results, validate

    ds = Dataset()
    ds.parse(_store.shared_path(out, manifest.fingerprint, ".trig"), format="trig")
    for e in manifest.documents:
        if e.key in replaced:
            ds.graph(URIRef(e.graph)).parse(data=replaced[e.key], format="nt")
        else:
            ds.graph(URIRef(e.graph)).parse(_store.document_path(out, e.key), format="nt")
    report = validate(ds, resources=resources)

    def owners(focus: Any) -> list[Node]:
        # quads, not ds.contexts(triple): rdflib's Dataset names the default graph there
        graphs: set[Node] = {g for _, _, _, g in ds.quads((focus, None, None)) if g is not None}
        return sorted(graphs) or [LEXICON]  # type: ignore[type-var]

    return merge(name_results(report.graph, owners))


class _Dispatcher:
    """Runs chunks here, in a process pool or on dask, with a bounded number in flight.

    With a pool or cluster the first chunk waits for a second: a build of one chunk runs
    here and starts no processes.
    """

    def __init__(self, jobs: int | None, scheduler: str | None, settings: Settings, resources: Resources,
                 collect) -> None:
        self.jobs = max(1, jobs or os.cpu_count() or 1)
        self.scheduler = scheduler
        self.settings = settings
        self.resources = resources
        self.collect = collect
        self.held: list | None = None
        self.futures: set[Any] = set()
        self.executor: Any = None
        self.client: Any = None
        self.window = 2

    def __enter__(self) -> _Dispatcher:
        return self

    def submit(self, chunk: list[tuple[str, Document]]) -> None:
        if self.scheduler is None and self.jobs == 1:
            self.collect(process_chunk(chunk, _local(self.settings, self.resources)))
            return
        if self.executor is None and self.client is None:
            if self.held is None:
                self.held = chunk
                return
            self._start()
            held, self.held = self.held, None
            self._send(held)
        self._send(chunk)

    def _start(self) -> None:
        if self.scheduler is not None:
            try:
                from distributed import Client
            except ImportError:
                raise BorderkgError("--scheduler needs dask.distributed: pip install 'borderkg[dask]'") from None
            try:
                self.client = Client(self.scheduler, timeout="20s")
            except OSError as exc:
                raise BorderkgError(f"cannot reach the dask scheduler {self.scheduler!r}: {exc}") from None
            self.window = 2 * max(1, sum(self.client.nthreads().values()))
        else:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            _local(self.settings, self.resources)  # forked workers inherit the loaded data
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("fork" if "fork" in methods else None)
            self.executor = ProcessPoolExecutor(self.jobs, mp_context=context, initializer=_die_with_parent,
                                                initargs=(os.getpid(),))
            self.window = 2 * self.jobs

    def _send(self, chunk: list[tuple[str, Document]]) -> None:
        while len(self.futures) >= self.window:
            self._wait()
        if self.client is not None:
            self.futures.add(self.client.submit(process_chunk, chunk, self.settings, pure=False))
        else:
            self.futures.add(self.executor.submit(process_chunk, chunk, self.settings))

    def _wait(self, everything: bool = False) -> None:
        if self.client is not None:
            from distributed import wait
            done, self.futures = wait(list(self.futures), return_when="ALL_COMPLETED" if everything
                                      else "FIRST_COMPLETED")
        else:
            from concurrent.futures import ALL_COMPLETED, FIRST_COMPLETED, wait
            done, self.futures = wait(self.futures, return_when=ALL_COMPLETED if everything else FIRST_COMPLETED)
        self.futures = set(self.futures)
        from concurrent.futures.process import BrokenProcessPool
        for future in done:
            try:
                result = future.result()
            except BrokenProcessPool:
                raise ExtractionError("a worker process died (out of memory or killed?); the previous build "
                                      "is untouched") from None
            self.collect(result)

    def __exit__(self, kind, exc, tb) -> None:
        try:
            if kind is None:
                if self.held is not None:
                    self.collect(process_chunk(self.held, _local(self.settings, self.resources)))
                while self.futures:
                    self._wait(everything=True)
        finally:
            for future in self.futures:
                future.cancel()
            if self.executor is not None:
                self.executor.shutdown(wait=True, cancel_futures=True)
            if self.client is not None:
                self.client.close()


def _local(settings: Settings, resources: Resources) -> Settings:
    _worker(settings, resources)
    return settings


def count_articles(paths: Iterable[str | Path]) -> int | None:
    """How many documents the inputs hold, for progress; None if unsure (archives, feeds)."""
    from borderkg.ingest import count_inputs
    return count_inputs(paths)


def _die_with_parent(parent: int) -> None:
    """Worker process start: end this worker when the build's process dies, even by ``kill -9``.

    Linux delivers a signal to a child whose parent dies (prctl PR_SET_PDEATHSIG); elsewhere
    a thread watches the parent. Without this, killed builds left workers extracting.
    """
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(1, signal.SIGKILL, 0, 0, 0) == 0:  # 1: PR_SET_PDEATHSIG
            if os.getppid() != parent:  # died before the signal was set up
                os._exit(1)
            return
    except (OSError, AttributeError):
        pass
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="borderkg-parent-watch", daemon=True).start()
