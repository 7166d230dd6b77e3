"""Saved web pages (.html, .htm): the main text and metadata, read with trafilatura.

The same function reads a page from a WARC record (`borderkg.ingest.warc`) and a feed item's
HTML (`borderkg.ingest.feed`). trafilatura drops menus, cookie banners, related links, footers
and comments; its text (paragraphs one per line) becomes the document's text, so mention
offsets point into it and `OUT/texts/<identifier>.txt` holds it.
"""
from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from borderkg.errors import InputError
from borderkg.ingest._common import (Context, Item, SkipReason, check_text, is_iri, iso_date, language, skip,
                                     web_identifier)
from borderkg.model import Document, Origin

log = logging.getLogger(__name__)

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_HTML_LANG = re.compile(r"""<html\b[^>]{0,500}?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)""",
                        re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def read_html(path: Path, context: Context) -> Iterator[Item]:
    """The saved page's article, or a skipped item saying why it is none.

    :raises InputError: the bytes do not decode in the page's charset.
    """
    yield page(path.read_bytes(), path=path, context=context, origin=Origin(file=str(path)), fallback=path.stem)


def page(data: bytes, *, path: Path, context: Context, origin: Origin, fallback: str | None,
         charset: str | None = None, where: str = "", given_language: str | None = None,
         recall: bool = False) -> Item:
    """A page's article as a Document (a Skipped item when it is no article).

    :param origin: where the page was found; ``origin.address`` is its address when known.
    :param fallback: identifier when the page has no address (a saved page: its file name).
    :param charset: from the HTTP header; else the page's own declaration; else UTF-8.
    :param where: how to name the place in the file in messages ("record at offset 123: ").
    :param recall: keep as much text as possible (a feed item's HTML holds the article only).
    :raises InputError: the bytes do not decode.
    """
    import trafilatura

    html = _decode(data, charset, path, where)
    extracted: Any = trafilatura.bare_extraction(html, url=origin.address, with_metadata=True, include_comments=False,
                                            favor_precision=not recall, favor_recall=recall)
    text = (extracted.text or "") if extracted is not None else ""
    if len(text.strip()) < context.config.min_page_chars:
        return skip(SkipReason.NOT_ARTICLE, f"{where}too little main text ({len(text.strip())} characters, "
                    f"fewer than min_page_chars {context.config.min_page_chars}): a menu or index page?", path)
    check_text(text, path)
    address = _address(extracted.url, origin.address)
    identifier = web_identifier(address) if address else fallback
    if identifier is None:
        return skip(SkipReason.NOT_ARTICLE, f"{where}no address to name the page by", path)
    declared = given_language or _declared_language(html)
    if declared and declared.split("-")[0].split("_")[0].lower() not in (context.config.languages or ()):
        declared = None  # a template's default lang attribute is no proof: detect from the text
    try:
        lang = language(declared.replace("_", "-") if declared else None, text, context.detector, path, None)
    except InputError as exc:
        return skip(SkipReason.NOT_ARTICLE, f"{where}{exc.message}", path)
    date = _date(extracted.date, path)
    title = extracted.title if extracted.title and is_text(extracted.title) else None
    return Document(identifier=identifier, text=text, lang=lang, source_path=str(path), date=date, url=address,
                    title=title, origin=origin)


def is_text(value: str) -> bool:
    try:
        check_text(value, Path("."))
    except InputError:
        return False
    return True


def _decode(data: bytes, charset: str | None, path: Path, where: str) -> str:
    """The page's characters, in the charset the HTTP header or the page declares (else UTF-8)."""
    name = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            name = encoding
    if name is None:
        found = _META_CHARSET.search(data[:4096])
        name = charset or (found.group(1).decode("ascii") if found else "utf-8")
    try:
        codec = codecs.lookup(name)
    except LookupError:
        raise InputError(f"{where}unknown charset {name!r}", path=path, value=name) from None
    try:
        text = codec.decode(data)[0]
    except UnicodeDecodeError as exc:
        raise InputError(f"{where}bytes do not decode as {codec.name} (byte 0x{data[exc.start]:02x} at "
                         f"offset {exc.start}); the charset comes from the "
                         f"{'HTTP header' if charset else 'page' if name != 'utf-8' else 'default, UTF-8'}",
                         path=path, value=name) from None
    if "\x00" in text:
        raise InputError(f"{where}binary content (NUL characters), expected an HTML page", path=path)
    return text


def _address(found: str | None, given: str | None) -> str | None:
    """The page's canonical address (its link rel=canonical or og:url) when an IRI, else where it was found."""
    for candidate in (found, given):
        if candidate and is_iri(candidate) and candidate.split(":", 1)[0].lower() in ("http", "https"):
            return candidate.split("#", 1)[0]
    return given if given and is_iri(given) else None


def _declared_language(html: str) -> str | None:
    found = _HTML_LANG.search(html[:20000])
    return found.group(1) if found else None


def _date(value: str | None, path: Path) -> str | None:
    if not value:
        return None
    try:
        return iso_date(value, path, None)
    except InputError:
        log.debug("%s: ignored the page's date %r", path, value)
        return None
