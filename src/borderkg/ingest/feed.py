"""RSS and Atom feeds (.rss, .atom, or .xml holding a feed), read with feedparser.

An item is a document when the feed carries its full text (content:encoded, Atom content,
or a description long enough to be the article); an item with only a link is reported
and skipped: the build never goes to the network.
"""
from __future__ import annotations

import datetime
import email.utils
import re
from collections.abc import Iterator
from pathlib import Path

from borderkg.errors import InputError
from borderkg.ingest._common import Context, Item, SkipReason, bad, is_iri, skip, web_identifier
from borderkg.ingest.html import page
from borderkg.model import Document, Origin

_FEED_ROOT = re.compile(rb"<(?:[A-Za-z0-9_]+:)?(rss|feed|RDF)\b")


def is_feed(data: bytes) -> bool:
    """True when the bytes start like an RSS or Atom document (after the XML declaration and comments)."""
    return _FEED_ROOT.search(data[:2048]) is not None


def read_feed(path: Path, context: Context) -> Iterator[Item]:
    """Each item's article, with the item's link, date and title, in feed order.

    :raises InputError: the file is no well-formed RSS or Atom feed.
    """
    import feedparser

    data = path.read_bytes()
    if not is_feed(data):
        raise InputError("not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> element)", path=path)
    # bytes, never a str: feedparser takes a str for an address and would fetch it
    try:
        parsed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=False)
    except (ValueError, LookupError) as exc:  # feedparser decodes with the declared codec: 'encoding="\x80utf-8"'
        raise InputError(f"not a readable feed: its XML declaration names an encoding that cannot be used ({exc})",
                         path=path) from exc
    if parsed.get("bozo") and not parsed.entries:
        raise InputError(f"not a well-formed feed: {parsed.get('bozo_exception')}", path=path)
    feed_language = parsed.feed.get("language")
    for number, entry in enumerate(parsed.entries, start=1):
        try:
            yield _item(entry, number, path, context, feed_language)
        except InputError as exc:
            yield bad(exc)


def _item(entry, number: int, path: Path, context: Context, feed_language: str | None) -> Item:
    link = entry.get("link") if is_iri(entry.get("link") or "") else None
    where = f"item {number} ({link or 'no link'}): "
    contents = entry.get("content") or []
    html = (contents[0].get("value") if contents else entry.get("summary")) or ""
    language = (contents[0].get("language") if contents else None) or feed_language
    if not html.strip():
        return skip(SkipReason.NOT_ARTICLE, f"{where}only a link in the feed, no text (not fetched: the build "
                    f"never goes to the network)", path)
    wrapped = f"<html><body><article>{html}</article></body></html>".encode("utf-8", "surrogatepass")
    guid = entry.get("id") or ""
    fallback = web_identifier(guid) if is_iri(guid) else f"{path.stem}-item-{number}"
    found = page(wrapped, path=path, context=context, origin=Origin(file=str(path), address=link),
                 fallback=fallback, charset="utf-8", where=where, given_language=language, recall=True)
    if not isinstance(found, Document):
        return found
    title = entry.get("title") or found.title
    return Document(identifier=found.identifier, text=found.text, lang=found.lang, source_path=str(path),
                    line=None, date=_date(entry) or found.date, url=link or found.url, title=title,
                    origin=found.origin)


def _date(entry) -> str | None:
    """The item's publication (else update) date as the feed wrote it, in the feed's own time zone."""
    for key in ("published", "updated", "created"):
        value = entry.get(key)
        if not value:
            continue
        try:
            when = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            try:
                when = email.utils.parsedate_to_datetime(value)
            except (TypeError, ValueError, IndexError):
                parsed = entry.get(f"{key}_parsed")
                if parsed is None:
                    continue
                return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
        if when.year >= 1:
            return when.date().isoformat()
    return None
