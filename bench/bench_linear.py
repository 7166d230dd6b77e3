"""Extraction cost against document length: one long document of 3 KB, 30 KB, 300 KB and 1 MB per language.

Each document is real text: the paragraphs of every seed, development and regression article in
that language, shuffled with a fixed seed and joined until the size is reached (sizes are UTF-8
bytes, cut at a paragraph). Prints seconds, MB/s and the per-MB cost relative to the 3 KB
document (1.0 means linear; the target is at most 2.0), as a Markdown table. Times are CPU
seconds of this process (the machine is shared: wall time says more about the neighbours).
Asserts nothing.

    python bench/bench_linear.py                         # en zh vi ar
    python bench/bench_linear.py --langs en --sizes 3000 300000 --profile /tmp/en-300k.prof
"""
from __future__ import annotations

import argparse
import cProfile
import random
import sys
import time
from pathlib import Path

from borderkg.extract import RuleExtractor
from borderkg.ingest import ingest
from borderkg.model import Document
from borderkg.resources import load_resources

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "seeds", ROOT.parent / "shared" / "eval" / "dev" / "articles", ROOT / "tests" / "regression" / "articles"]
SIZES = [3_000, 30_000, 300_000, 1_000_000]


def paragraphs(lang: str) -> list[str]:
    """Every paragraph of the articles in LANG, over all sources present."""
    found = [d for d in ingest([p for p in SOURCES if p.exists()]) if d.lang == lang]
    return [p.strip() for d in found for p in d.text.split("\n\n") if p.strip()]


def long_text(paras: list[str], size: int, seed: int = 13) -> str:
    """Shuffled paragraphs joined to SIZE UTF-8 bytes (whole paragraphs, at least one)."""
    rng = random.Random(seed)
    out: list[str] = []
    used = 0
    while used < size:
        batch = paras[:]
        rng.shuffle(batch)
        for p in batch:
            if out and used + len(p.encode()) + 2 > size:
                return "\n\n".join(out)
            out.append(p)
            used += len(p.encode()) + 2
    return "\n\n".join(out)


def measure(extractor: RuleExtractor, doc: Document) -> tuple[float, int]:
    """CPU seconds for extracting DOC (the best of several runs for a small one, so that each size
    is timed over at least about a second), and its count of extracted items."""
    best = float("inf")
    spent = 0.0
    items = 0
    runs = 0
    while runs < 3 or spent < 1.0 and runs < 200:
        started = time.process_time()
        ex = extractor(doc)
        took = time.process_time() - started
        best, spent, runs = min(best, took), spent + took, runs + 1
        items = len(ex.entities) + len(ex.events) + len(ex.memberships) + len(ex.observations)
        if took > 2.0:
            break  # a long document: one run says enough
    return best, items


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--langs", nargs="+", default=["en", "zh", "vi", "ar"])
    parser.add_argument("--sizes", nargs="+", type=int, default=SIZES)
    parser.add_argument("--profile", help="write a cProfile of the largest size of the last language here")
    args = parser.parse_args()
    extractor = RuleExtractor(load_resources())
    print("| language | size | chars | items | seconds | MB/s | per-MB cost / 3 KB |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for lang in args.langs:
        paras = paragraphs(lang)
        base = None
        for size in args.sizes:
            text = long_text(paras, size)
            doc = Document(f"linear-{lang}-{size}", text, lang, f"bench:{lang}-{size}", date="2024-06-01")
            mb = len(text.encode()) / 1e6
            seconds, items = measure(extractor, doc)
            per_mb = seconds / mb
            base = base or per_mb
            print(f"| {lang} | {size // 1000} KB | {len(text)} | {items} | {seconds:.3f} | {mb / seconds:.2f} "
                  f"| {per_mb / base:.2f} |", flush=True)
        if args.profile and lang == args.langs[-1]:
            cProfile.runctx("extractor(doc)", globals(), {"extractor": extractor, "doc": doc}, args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
