"""Store stage: write the build atomically (temporary folder, then rename into place)."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph

from borderkg.errors import StoreError
from borderkg.validate import Report

GRAPH_FILE = "graph.trig"
MERGED_FILE = "graph.ttl"
REPORT_TEXT = "report.txt"
REPORT_GRAPH = "report.ttl"


def store(dataset: Dataset, report: Report | None, *, out: Path) -> Path:
    """Write OUT/graph.trig (named graph per document), OUT/graph.ttl (merged) and the SHACL report.

    Files are written into a temporary folder beside OUT and renamed into place one by one,
    so a failure leaves the previous build untouched.

    :raises StoreError: OUT cannot be written.
    """
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=out))
    except OSError as exc:
        raise StoreError(f"cannot write build folder {str(out)!r}: {exc.strerror}") from None
    try:
        dataset.serialize(staging / GRAPH_FILE, format="trig")
        merged = Graph(namespace_manager=dataset.namespace_manager)
        for *triple, _ in dataset.quads((None, None, None, None)):
            merged.add(tuple(triple))
        merged.serialize(staging / MERGED_FILE, format="turtle")
        if report is not None:
            (staging / REPORT_TEXT).write_text(report.text, encoding="utf-8")
            report.graph.serialize(staging / REPORT_GRAPH, format="turtle")
        for name in (GRAPH_FILE, MERGED_FILE, REPORT_TEXT, REPORT_GRAPH):
            if (staging / name).exists():
                os.replace(staging / name, out / name)
    except OSError as exc:
        raise StoreError(f"cannot write build folder {str(out)!r}: {exc.strerror}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return out / GRAPH_FILE
