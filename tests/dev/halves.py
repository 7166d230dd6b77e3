"""Scores of the development set per half (odd / even article numbers) from score.py's --json output."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

KINDS = ("entity", "event", "role", "observation")


def _f1(tp: int, gold: int, found: int, matched: int) -> float:
    p = matched / found if found else 0.0
    r = tp / gold if gold else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def halves(result: dict) -> dict[str, dict[str, float]]:
    """F1 per kind and overall for the odd half, the even half and all articles."""
    out = {}
    for name, keep in (("odd", 1), ("even", 0), ("all", None)):
        docs = [d for d in result["docs"]
                if keep is None or int(re.match(r"d_[a-z]+_(\d+)", d["doc"]).group(1)) % 2 == keep]
        row, total = {}, [0, 0, 0, 0]
        for k in KINDS:
            s = [sum(d[k][f] for d in docs) for f in ("tp", "gold", "found", "matched")]
            total = [a + b for a, b in zip(total, s)]
            row[k] = _f1(*s)
        row["overall"] = _f1(*total)
        out[name] = row
    return out


def table(result: dict) -> str:
    rows = halves(result)
    lines = [f"{'half':6} " + " ".join(f"{k:>11}" for k in (*KINDS, "overall"))]
    for name, row in rows.items():
        lines.append(f"{name:6} " + " ".join(f"{row[k]:11.2f}" for k in (*KINDS, "overall")))
    return "\n".join(lines)


if __name__ == "__main__":
    print(table(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))))
