"""Instructions that extraction executes on synthetic articles, counted by valgrind's callgrind.

CPU time per core is the figure issue 10 sets, but on the shared machine two runs of the same code
differ by 20% or more; the count of instructions does not depend on the load, so it compares two
versions of the code exactly. Run it under callgrind with collection off; it turns collection on
for one pass over the articles (after a first pass that fills the caches) and off again:

    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/tmp/cg.out \\
        python bench/bench_instructions.py 50 && grep '^totals:' /tmp/cg.out

Prints the MB of text; the instruction count is the `totals:` line of the output file.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import synthetic
from borderkg.extract import RuleExtractor
from borderkg.model import Document
from borderkg.resources import load_resources


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    corpus = synthetic.write_corpus(count, Path(tempfile.mkdtemp()) / "synthetic.jsonl")
    docs = [Document(x["id"], x["text"], x["language"], corpus.name, date=x.get("date"))
            for x in map(json.loads, corpus.read_text(encoding="utf-8").splitlines())]
    extractor = RuleExtractor(load_resources())
    for doc in docs:
        extractor(doc)
    subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], check=True, capture_output=True)
    for doc in docs:
        extractor(doc)
    subprocess.run(["callgrind_control", "-i", "off", str(os.getpid())], check=True, capture_output=True)
    print(f"MB of text  {sum(len(d.text.encode()) for d in docs) / 1e6:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
