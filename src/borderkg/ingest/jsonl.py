"""A .jsonl file holds one article per line: {"id", "text", "date", "url", "title", "language"}."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from borderkg.errors import InputError
from borderkg.ingest._common import Context, Item, bad, check_meta, check_text, decode, language, lines
from borderkg.model import Document


def read_jsonl(path: Path, context: Context) -> Iterator[Item]:
    """One document per non-blank line; a bad line is yielded as a skipped item naming its line."""
    for number, raw in lines(path):
        try:
            yield _read_record(raw, path, number, context)
        except InputError as exc:
            yield bad(exc)


def _read_record(raw: bytes, path: Path, number: int, context: Context) -> Document:
    line = decode(raw, path, number)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg}", path=path, line=number, column=exc.colno) from None
    except RecursionError:
        raise InputError("invalid JSON: nested too deep", path=path, line=number) from None
    if not isinstance(record, dict):
        raise InputError("expected a JSON object per line", path=path, line=number)
    for key in ("id", "text"):
        if not isinstance(record.get(key), str) or not record[key].strip():
            raise InputError(f"missing or empty required field {key!r}", path=path, line=number, value=key)
        check_text(record[key], path, number, key)
    meta = check_meta(record, path, number)
    lang = language(meta.get("language"), record["text"], context.detector, path, number)
    return Document(identifier=record["id"], text=record["text"], lang=lang, source_path=str(path),
                    line=number, date=meta.get("date"), url=meta.get("url"), title=meta.get("title"))
