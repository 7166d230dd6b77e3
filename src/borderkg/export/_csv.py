"""Write one CSV file atomically (temporary file, then rename), for the table exports."""
from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from pathlib import Path


def write_rows(path: Path, columns: list[str], rows: Iterable[Mapping[str, object]], *, encoding: str = "utf-8") -> Path:
    """Header plus rows; `utf-8-sig` makes spreadsheet programs read non-Latin text right."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding=encoding, newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
    tmp.replace(path)
    return path
