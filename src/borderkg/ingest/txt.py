"""A .txt file is one article (UTF-8), with optional metadata in NAME.meta.json beside it."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from borderkg.errors import InputError
from borderkg.ingest._common import Context, Item, check_meta, check_text, decode, language
from borderkg.model import Document


def read_txt(path: Path, context: Context) -> Iterator[Item]:
    """The file's article; its identifier is the file name without extension.

    :raises InputError: the text or its sidecar cannot be read.
    """
    text = decode(path.read_bytes(), path)
    if not text.strip():
        raise InputError("empty article", path=path)
    check_text(text, path)
    meta = _read_meta(path.with_name(path.stem + ".meta.json"))
    lang = language(meta.get("language"), text, context.detector, path, None)
    yield Document(identifier=path.stem, text=text, lang=lang, source_path=str(path),
                   date=meta.get("date"), url=meta.get("url"), title=meta.get("title"))


def _read_meta(path: Path) -> dict:
    if not path.exists():
        return {}
    try:
        meta = json.loads(decode(path.read_bytes(), path))
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg}", path=path, line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise InputError("invalid JSON: nested too deep", path=path) from None
    if not isinstance(meta, dict):
        raise InputError("expected a JSON object", path=path)
    return check_meta(meta, path, None)
