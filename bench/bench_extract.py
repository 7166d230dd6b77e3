"""Extraction throughput on the seeds repeated to at least 1 MB of text, and peak memory.

Prints its figures; asserts nothing about time."""
from __future__ import annotations

import resource
import sys
import time
from dataclasses import replace
from pathlib import Path

from borderkg.extract import RuleExtractor
from borderkg.ingest import ingest
from borderkg.resources import load_resources

TARGET_CHARS = 1_000_000


def main() -> int:
    root = Path(__file__).resolve().parents[1]
    resources = load_resources()
    seeds = list(ingest([root / "seeds"]))
    docs = []
    while sum(len(d.text) for d in docs) < TARGET_CHARS:
        docs.extend(replace(d, identifier=f"{d.identifier}-{len(docs)}") for d in seeds)
    extractor = RuleExtractor(resources)
    started = time.perf_counter()
    facts = 0
    for doc in docs:
        ex = extractor(doc)
        facts += len(ex.entities) + len(ex.events) + len(ex.memberships) + len(ex.observations)
    elapsed = time.perf_counter() - started
    chars = sum(len(d.text) for d in docs)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents          {len(docs)}")
    print(f"characters         {chars}")
    print(f"seconds            {elapsed:.2f}")
    print(f"characters/second  {chars / elapsed:,.0f}")
    print(f"documents/second   {len(docs) / elapsed:.1f}")
    print(f"extracted items    {facts}")
    print(f"peak RSS MB        {peak_mb:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
