"""Merge precision and recall of people's names across scripts and languages.

Reads tests/data/names/pairs.tsv (same-person pairs and near misses), reads each name as the
extractor does (`borderkg.extract.identity.People`) and counts a pair as merged when both names
get the same IRI.

    .venv/bin/python bench/bench_names.py [--show]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from borderkg.extract.identity import People
from borderkg.extract.names import Decision
from borderkg.resources import load_resources

PAIRS = Path(__file__).resolve().parents[1] / "tests" / "data" / "names" / "pairs.tsv"


def person_iri(people: People, name: str, lang: str, origin: str) -> str:
    """The IRI the extractor gives a person of that name, or one of its own when the name is unreadable."""
    decision: Decision | None = people.reader.read(name, lang, None if origin == "-" else origin)
    return people.iri(decision) if decision is not None else f"unread:{name}"


def evaluate(people: People, path: Path = PAIRS) -> dict:
    """Counts of merged and kept-apart pairs, and the wrong ones."""
    tp = fp = fn = tn = 0
    wrong = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        a, lang_a, origin_a, b, lang_b, origin_b, same = line.split("\t")
        merged = person_iri(people, a, lang_a, origin_a) == person_iri(people, b, lang_b, origin_b)
        if same == "1":
            tp, fn = tp + merged, fn + (not merged)
        else:
            fp, tn = fp + merged, tn + (not merged)
        if merged != (same == "1"):
            wrong.append((number, a, b, "merged" if merged else "kept apart"))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"same": tp + fn, "near_miss": fp + tn, "precision": precision, "recall": recall, "wrong": wrong}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list the pairs decided wrongly")
    args = parser.parse_args(argv)
    resources = load_resources()
    result = evaluate(People(resources.root / "ontology" / "names", resources.entries))
    print(f"{result['same']} same-person pairs, {result['near_miss']} near misses: "
          f"merge precision {result['precision']:.3f}, recall {result['recall']:.3f}")
    if args.show:
        for number, a, b, what in result["wrong"]:
            print(f"  line {number}: {a} ~ {b}: {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
