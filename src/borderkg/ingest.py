"""Read articles from .txt files (with optional .meta.json sidecars) and .jsonl records."""
from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from borderkg.config import Config, ErrorPolicy
from borderkg.errors import InputError
from borderkg.model import Document

log = logging.getLogger(__name__)

_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_BCP47 = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
# Languages lingua knows that are often confused with ours: detecting one of them means
# the article is in a language borderkg does not support.
_DECOYS = ("PORTUGUESE", "ITALIAN", "DUTCH", "DANISH", "BOKMAL", "RUSSIAN", "INDONESIAN",
           "MALAY", "JAPANESE", "KOREAN", "THAI", "PERSIAN", "URDU", "TURKISH", "POLISH", "CATALAN")
_MIN_LETTERS = 20
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def ingest(paths: Iterable[str | Path], *, config: Config = Config()) -> Iterator[Document]:
    """Yield one Document per article found in the given files and folders.

    :raises InputError: a path is missing, a folder holds no articles, or a file is unreadable
        (with ``config.on_error == "skip"`` bad documents are logged and skipped instead).
    """
    from borderkg.resources import language_codes
    detector = _LanguageDetector(config.languages or language_codes())
    for path in _article_files(paths):
        try:
            if path.suffix == ".jsonl":
                yield from _read_jsonl(path, detector, config)
            else:
                yield _read_txt(path, detector)
        except InputError as exc:
            if config.on_error is ErrorPolicy.RAISE:
                raise
            log.warning("skipped: %s", exc)


def _article_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError("no such file or folder", path=path)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and _is_article(p))
            if not found:
                raise InputError("folder holds no .txt or .jsonl articles", path=path)
            yield from found
        elif _is_article(path):
            yield path
        else:
            raise InputError(f"not an article file (suffix {path.suffix!r}); expected .txt or .jsonl",
                             path=path, value=path.suffix)


def _is_article(path: Path) -> bool:
    return path.suffix in (".txt", ".jsonl") and not path.name.startswith(".")


def _decode(data: bytes, path: Path, line: int | None = None) -> str:
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes), expected UTF-8 text", path=path, line=line)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        bad_line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        raise InputError(f"not valid UTF-8 (byte 0x{data[exc.start]:02x})", path=path,
                         line=(line or 0) + bad_line if line else bad_line, column=column) from None


def _read_txt(path: Path, detector: _LanguageDetector) -> Document:
    text = _decode(path.read_bytes(), path)
    if not text.strip():
        raise InputError("empty article", path=path)
    _check_text(text, path)
    meta = _read_meta(path.with_name(path.stem + ".meta.json"))
    lang = _language(meta.get("language"), text, detector, path, None)
    return Document(identifier=path.stem, text=text, lang=lang, source_path=str(path),
                    date=meta.get("date"), url=meta.get("url"), title=meta.get("title"))


def _read_meta(path: Path) -> dict:
    if not path.exists():
        return {}
    try:
        meta = json.loads(_decode(path.read_bytes(), path))
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg}", path=path, line=exc.lineno, column=exc.colno) from None
    if not isinstance(meta, dict):
        raise InputError("expected a JSON object", path=path)
    _check_meta(meta, path, None)
    return meta


def _read_jsonl(path: Path, detector: _LanguageDetector, config: Config) -> Iterator[Document]:
    seen: set[str] = set()
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                yield _read_record(raw, path, number, detector, seen)
            except InputError as exc:
                if config.on_error is ErrorPolicy.RAISE:
                    raise
                log.warning("skipped: %s", exc)


def _read_record(raw: bytes, path: Path, number: int, detector: _LanguageDetector, seen: set[str]) -> Document:
    line = _decode(raw, path, number)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg}", path=path, line=number, column=exc.colno) from None
    if not isinstance(record, dict):
        raise InputError("expected a JSON object per line", path=path, line=number)
    for key in ("id", "text"):
        if not isinstance(record.get(key), str) or not record[key].strip():
            raise InputError(f"missing or empty required field {key!r}", path=path, line=number, value=key)
    if record["id"] in seen:
        raise InputError(f"duplicate id {record['id']!r}", path=path, line=number, value=record["id"])
    seen.add(record["id"])
    _check_text(record["text"], path, number)
    _check_meta(record, path, number)
    lang = _language(record.get("language"), record["text"], detector, path, number)
    return Document(identifier=record["id"], text=record["text"], lang=lang, source_path=str(path),
                    line=number, date=record.get("date"), url=record.get("url"), title=record.get("title"))


def _check_text(text: str, path: Path, line: int | None = None) -> None:
    controls = len(_CONTROL.findall(text))
    if controls > max(3, len(text) // 100):
        raise InputError("binary file (control characters), expected UTF-8 text", path=path, line=line)


def _check_meta(meta: dict, path: Path, line: int | None) -> None:
    for key in ("date", "url", "title", "language"):
        if meta.get(key) is not None and not isinstance(meta[key], str):
            raise InputError(f"field {key!r} must be a string", path=path, line=line, value=meta[key])
    if meta.get("date") and not _ISO_DATE.match(meta["date"][:10]):
        raise InputError(f"date {meta['date']!r} is not ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD)",
                         path=path, line=line, value=meta["date"])
    if meta.get("date") and len(meta["date"]) > 10:
        meta["date"] = meta["date"][:10]
    if meta.get("language") and not _BCP47.match(meta["language"]):
        raise InputError(f"language {meta['language']!r} is not a BCP 47 tag", path=path, line=line,
                         value=meta["language"])


def _language(given: str | None, text: str, detector: _LanguageDetector, path: Path, line: int | None) -> str:
    if given:
        code = given.split("-")[0].lower()
        if code not in detector.languages:
            raise InputError(f"unsupported language {given!r}; expected one of: {', '.join(detector.languages)}",
                             path=path, line=line, value=given)
        return code
    return detector.detect(text, path, line)


class _LanguageDetector:
    """lingua restricted to the supported languages, plus decoys that reveal unsupported ones."""

    def __init__(self, languages: tuple[str, ...]) -> None:
        self.languages = languages
        self._detector = None

    def detect(self, text: str, path: Path, line: int | None) -> str:
        letters = sum(1 for c in text if c.isalpha())
        if letters < _MIN_LETTERS:
            raise InputError(f"too little text to tell its language ({letters} letters); give 'language'",
                             path=path, line=line)
        found = self._lingua().detect_language_of(text[:4000])
        code = found.iso_code_639_1.name.lower() if found is not None else None
        if code not in self.languages:
            name = found.name.title() if found is not None else "unknown"
            raise InputError(f"unsupported language ({name}); expected one of: {', '.join(self.languages)}",
                             path=path, line=line, value=code)
        return code

    def _lingua(self):
        if self._detector is None:
            from lingua import IsoCode639_1, Language, LanguageDetectorBuilder
            wanted = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in self.languages]
            decoys = [getattr(Language, name) for name in _DECOYS]
            self._detector = LanguageDetectorBuilder.from_languages(*wanted, *decoys).build()
        return self._detector
