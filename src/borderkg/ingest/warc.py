"""Web archives (.warc, .warc.gz), read with warcio: one page per HTML response (or resource) record.

Other records (requests, metadata, images, redirects) are passed over. A truncated or
corrupt archive is an InputError naming the file and the record offset; the records read
before it stay read.
"""
from __future__ import annotations

import logging
import zlib
from collections.abc import Iterator
from pathlib import Path

from borderkg.errors import InputError
from borderkg.ingest._common import Context, Item, bad
from borderkg.ingest.html import page
from borderkg.model import Origin

log = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path, context: Context) -> Iterator[Item]:
    """Each HTML response record's article (or why it is none), in archive order.

    :raises InputError: the archive is truncated or corrupt (the message gives the record offset).
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    errors = (ArchiveLoadFailed, zlib.error, EOFError, ValueError, UnicodeDecodeError, IndexError, KeyError, TypeError)
    offset = 0
    with path.open("rb") as handle:
        archive = ArchiveIterator(handle, check_digests=False)
        records = iter(archive)
        while True:
            try:
                record = next(records)
                offset = archive.offset  # where this record starts (get_record_offset would read it all)
                found = _html_record(record, path, offset)
            except StopIteration:
                return
            except errors as exc:
                offset = max(0, archive.offset)  # the record being read: past the last one read in full
                raise InputError(f"corrupt or truncated archive: record at offset {offset}: {_first_line(exc)}",
                                 path=path, value=offset) from None
            if found is not None:
                data, charset, origin = found
                try:
                    yield page(data, path=path, context=context, origin=origin, fallback=None, charset=charset,
                               where=f"record at offset {offset}: ")
                except InputError as exc:
                    yield bad(exc)


def _html_record(record, path: Path, offset: int) -> tuple[bytes, str | None, Origin] | None:
    """An HTML page's bytes, charset and origin; None for any other record."""
    if record.rec_type not in ("response", "resource"):
        if record.rec_type is None:
            raise ValueError("not a WARC record")
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI")
    if record.rec_type == "response":
        if record.http_headers is None:
            return None
        status = record.http_headers.get_statuscode()
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        status, content_type = "200", record.rec_headers.get_header("Content-Type") or ""
    data = record.content_stream().read()
    if getattr(record.raw_stream, "limit", 0) > 0:  # the block ended before its Content-Length
        raise ValueError(f"the record ends {record.raw_stream.limit} bytes early")
    mime, _, params = content_type.partition(";")
    if status != "200" or mime.strip().lower() not in _HTML_TYPES:
        log.debug("%s: record at offset %d passed over (%s %s)", path, offset, status, mime.strip() or "no type")
        return None
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>") or None
    return data, charset, Origin(file=str(path), address=uri, record_id=record_id, offset=offset)


def _first_line(exc: BaseException) -> str:
    from warcio.exceptions import ArchiveLoadFailed

    text = str(exc).strip()
    if isinstance(exc, ArchiveLoadFailed) and "gzip" in getattr(exc, "msg", text).lower():
        return ("gzipped as a whole, not record by record; recompress it with `warcio recompress IN OUT`")
    return (text.splitlines()[0] if text else type(exc).__name__)[:200]
