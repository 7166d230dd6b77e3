"""Ingest stage: articles from text files, JSON Lines, saved web pages, web archives and feeds.

One reader per input kind (`txt`, `jsonl`, `html`, `warc`, `feed`) yields Documents and
Skipped items; `ingest` applies the error policy, the size limit and identity:
each document is built once (the same identifier and content again is a duplicate, the same
identifier with other content is an error naming both places), and a web page whose text
was read already (a saved page and its crawl, a syndicated copy) is a duplicate whose
address is recorded on the first one read.
"""
from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from borderkg.config import Config, ErrorPolicy
from borderkg.errors import InputError
from borderkg.ingest._common import (Context, Item, LanguageDetector, SkipReason, bad, error_of, is_iri,
                                     iso_date, web_identifier)
from borderkg.ingest.feed import is_feed, read_feed
from borderkg.ingest.html import read_html
from borderkg.ingest.jsonl import read_jsonl
from borderkg.ingest.txt import read_txt
from borderkg.ingest.warc import read_warc
from borderkg.model import Document, Skipped
from borderkg.resources import language_codes

__all__ = ["ingest", "count_inputs", "input_kind", "SkipReason", "web_identifier", "is_iri", "iso_date"]

log = logging.getLogger(__name__)

READERS: dict[str, Callable[[Path, Context], Iterator[Item]]] = {
    "txt": read_txt, "jsonl": read_jsonl, "html": read_html, "warc": read_warc, "feed": read_feed}
_SUFFIXES = {".txt": "txt", ".jsonl": "jsonl", ".html": "html", ".htm": "html", ".warc": "warc",
             ".warc.gz": "warc", ".rss": "feed", ".atom": "feed", ".xml": "feed"}
_KINDS = ".txt, .jsonl, .html, .htm, .warc, .warc.gz, .rss, .atom or a feed's .xml"
_QUIET = {SkipReason.NOT_ARTICLE.value, SkipReason.DUPLICATE.value, SkipReason.OTHER_VERSION.value,
          SkipReason.NOT_A_PAGE.value}


def ingest(paths: Iterable[str | Path], *, config: Config = Config(),
           on_skip: Callable[[Skipped], None] | None = None) -> Iterator[Document]:
    """Yield one Document per article found in the given files and folders, in input order.

    :param on_skip: called with every item not built (a duplicate, a page that is no article, a
        document over ``config.max_chars``, a bad one under ``--on-error skip``); each is logged too.
    :raises InputError: a path is missing, a folder holds no articles, or a file or record is
        unreadable (with ``config.on_error == "skip"`` bad documents are logged and skipped instead).
    """
    languages = config.languages or language_codes()
    context = Context(replace(config, languages=languages), LanguageDetector(languages))
    seen = _Seen()
    for path, kind in _input_files(paths):
        items = READERS[kind](path, context)
        while True:
            try:
                item = next(items)
            except StopIteration:
                break
            except InputError as exc:  # the rest of the file cannot be read
                item = bad(exc)
            if isinstance(item, Document):
                item = _too_long(item, config) or seen.check(item)
            if isinstance(item, Document):
                yield item
                continue
            error = error_of(item)
            if error is not None and config.on_error is ErrorPolicy.RAISE:
                raise error
            (log.info if item.reason in _QUIET else log.warning)("skipped (%s): %s", item.reason, item.message)
            if on_skip is not None:
                on_skip(item)


def input_kind(path: Path) -> str | None:
    """The reader a file goes to (txt, jsonl, html, warc, feed), or None when it is no input."""
    if path.name.startswith("."):
        return None
    name = path.name.lower()
    kind = "warc" if name.endswith(".warc.gz") else _SUFFIXES.get(path.suffix.lower())
    if kind == "feed" and path.suffix.lower() == ".xml":
        try:
            with path.open("rb") as handle:
                return kind if is_feed(handle.read(2048)) else None
        except OSError:
            return None
    return kind


def count_inputs(paths: Iterable[str | Path]) -> int | None:
    """How many documents the inputs hold (for progress), or None when that is unknown (archives, feeds)."""
    total = 0
    for raw in paths:
        path = Path(raw)
        files = (p for p in path.rglob("*") if p.is_file()) if path.is_dir() else iter([path])
        for p in files:
            kind = input_kind(p)
            if kind in ("txt", "html"):
                total += 1
            elif kind == "jsonl":
                try:
                    with open(p, "rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                except OSError:
                    return None
            elif kind is not None:
                return None
    return total


def _input_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str]]:
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError("no such file or folder", path=path)
        if path.is_dir():
            found = sorted((p, kind) for p in path.rglob("*") if p.is_file() and (kind := input_kind(p)))
            if not found:
                raise InputError(f"folder holds no articles ({_KINDS})", path=path)
            yield from found
        elif (kind := input_kind(path)) is not None:
            yield path, kind
        else:
            raise InputError(f"not an article file (suffix {path.suffix!r}); expected {_KINDS}",
                             path=path, value=path.suffix)


def _too_long(doc: Document, config: Config) -> Skipped | None:
    if len(doc.text) <= config.max_chars:
        return None
    return Skipped(SkipReason.TOO_LONG.value, f"{_place(doc)}: {len(doc.text)} characters, more than "
                   f"max_chars ({config.max_chars}, --max-chars)", doc.source_path, doc.line)


def _place(doc: Document) -> str:
    where = f'File "{doc.source_path}"'
    if doc.line is not None:
        where += f", line {doc.line}"
    if doc.origin is not None and doc.origin.offset is not None:
        where += f", record at offset {doc.origin.offset}"
    return where


def _digest(*parts: object) -> int:
    data = json.dumps(parts, ensure_ascii=False).encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big")


class _Seen:
    """Identifiers and web texts read so far, in a few integers each (a corpus may hold millions)."""

    def __init__(self) -> None:
        self.ids: dict[int, int] = {}
        """identifier digest -> content digest << 64 | file number << 32 | line"""
        self.texts: dict[int, str] = {}
        """web page text digest -> identifier of the first document with that text"""
        self.files: dict[str, int] = {}

    def check(self, doc: Document) -> Document | Skipped:
        """The document when it is new; else a duplicate, another version of a page, or an error."""
        if doc.origin is not None:
            first = self.texts.get(text := _digest(doc.text))
            if first is not None:
                return Skipped(SkipReason.DUPLICATE.value, f"{_place(doc)}: the same text as document {first!r} "
                               f"(its address is recorded there)", doc.source_path, doc.line, first, doc.origin)
        name = _digest(doc.identifier)
        content = _digest(doc.text, doc.lang, doc.date, doc.url, doc.title)
        number = self.files.setdefault(doc.source_path, len(self.files))
        earlier = self.ids.get(name)
        if earlier is None:
            self.ids[name] = content << 64 | number << 32 | (doc.line or 0)
            if doc.origin is not None:
                self.texts[text] = doc.identifier
            return doc
        if earlier >> 64 == content:
            return Skipped(SkipReason.DUPLICATE.value, f"{_place(doc)}: document {doc.identifier!r} again",
                           doc.source_path, doc.line, doc.identifier, doc.origin)
        files = list(self.files)
        first = f'File "{files[(earlier >> 32) & 0xFFFFFFFF]}"' + (f", line {earlier & 0xFFFFFFFF}"
                                                                   if earlier & 0xFFFFFFFF else "")
        if doc.origin is not None:
            return Skipped(SkipReason.OTHER_VERSION.value, f"{_place(doc)}: another text at the address of "
                           f"{doc.identifier!r}, read first from {first} (built from there)", doc.source_path,
                           doc.line)
        return bad(InputError(f"duplicate id {doc.identifier!r}: {first} has another document with this id",
                              path=doc.source_path, line=doc.line, value=doc.identifier))
