"""What every reader shares: decoding, checks of text and metadata, language, identifiers."""
from __future__ import annotations

import datetime
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from urllib.parse import urlsplit

from borderkg.config import Config
from borderkg.errors import InputError
from borderkg.model import Document, Skipped

# ASCII digits only: \d would take Arabic-Indic or full-width digits, which are no ISO 8601.
_ISO_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?(?:[T ][0-9:.+\-Z]*)?", re.ASCII)
_BCP47 = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", re.ASCII)
# An absolute IRI (RFC 3987): a scheme, then no character N-Triples and Turtle refuse in an IRI.
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\x00-\x20<>\"{}|\\^`\x7f-\x9f]+")
# Languages lingua knows that are often confused with ours: detecting one of them means
# the article is in a language borderkg does not support.
_DECOYS = ("PORTUGUESE", "ITALIAN", "DUTCH", "DANISH", "BOKMAL", "RUSSIAN", "INDONESIAN",
           "MALAY", "JAPANESE", "KOREAN", "THAI", "PERSIAN", "URDU", "TURKISH", "POLISH", "CATALAN")
_MIN_LETTERS = 20
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


class SkipReason(str, Enum):
    """Why an input item is not built."""

    BAD_INPUT = "bad input"
    """An input error, skipped under ``--on-error skip``."""
    NOT_ARTICLE = "not an article"
    """A web page or feed item that is a menu or index page, too short, or in an unsupported language."""
    TOO_LONG = "too long"
    """Longer than ``Config.max_chars``."""
    DUPLICATE = "duplicate"
    """The same text as a document already read (its address is recorded on that one)."""
    OTHER_VERSION = "other version"
    """Another text at an address already read (the first one read is built)."""
    NOT_A_PAGE = "not a page"
    """A WARC record that is no HTML response (request, metadata, image, error status)."""
    EXTRACTION_FAILED = "extraction failed"
    """The extractor failed on the document (a fault of borderkg's, to report); the rest of the build goes on."""


Item = Document | Skipped
"""What a reader yields."""


@dataclass(frozen=True, slots=True)
class Context:
    """What a reader needs besides its file."""

    config: Config
    detector: LanguageDetector


def skip(reason: SkipReason, message: str, path: Path | str, line: int | None = None) -> Skipped:
    return Skipped(reason.value, message, str(path), line)


def bad(exc: InputError) -> Skipped:
    """An input error as a skipped item (raised again by `ingest` unless the policy is skip)."""
    return _BadInput(SkipReason.BAD_INPUT.value, str(exc), exc.path or "", exc.line, error=exc)


@dataclass(frozen=True, slots=True)
class _BadInput(Skipped):
    error: InputError | None = None


def error_of(item: Skipped) -> InputError | None:
    return item.error if isinstance(item, _BadInput) else None


def decode(data: bytes, path: Path, line: int | None = None) -> str:
    """UTF-8 text, or an InputError naming the line and column of the first bad byte."""
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes), expected UTF-8 text", path=path, line=line)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        bad_line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        raise InputError(f"not valid UTF-8 (byte 0x{data[exc.start]:02x})", path=path,
                         line=line + bad_line - 1 if line else bad_line, column=column) from None


def check_text(text: str, path: Path, line: int | None = None, field: str = "text") -> None:
    """Refuse binary junk and lone surrogates (JSON can spell them; no UTF-8 writer can write them)."""
    if (found := _SURROGATE.search(text)) is not None:
        raise InputError(f"{field!r} holds a lone surrogate (U+{ord(found.group()):04X}), which is no "
                         f"Unicode character", path=path, line=line, column=None, value=field)
    controls = len(_CONTROL.findall(text))
    if controls > max(3, len(text) // 100):
        raise InputError("binary file (control characters), expected UTF-8 text", path=path, line=line)


def check_meta(meta: dict, path: Path, line: int | None) -> dict:
    """Checked metadata: strings only, a real ISO 8601 date (cut to the day), an IRI, a BCP 47 tag."""
    checked = dict(meta)
    for key in ("date", "url", "title", "language"):
        if meta.get(key) is not None and not isinstance(meta[key], str):
            raise InputError(f"field {key!r} must be a string", path=path, line=line, value=meta[key])
        if meta.get(key):
            check_text(meta[key], path, line, key)
    for key in ("date", "url"):  # an empty field says no more than a missing one
        if meta.get(key) == "":
            checked[key] = None
    if meta.get("date"):
        checked["date"] = iso_date(meta["date"], path, line)
    if meta.get("url") and not is_iri(meta["url"]):
        raise InputError(f"url {meta['url']!r} is not an absolute IRI (scheme:..., no spaces or <>\"{{}}|\\^`)",
                         path=path, line=line, value=meta["url"])
    if meta.get("language") and not _BCP47.fullmatch(meta["language"]):
        raise InputError(f"language {meta['language']!r} is not a BCP 47 tag", path=path, line=line,
                         value=meta["language"])
    return checked


def iso_date(value: str, path: Path | str, line: int | None) -> str:
    """The date part of an ISO 8601 date or date-time (``2024``, ``2024-01``, ``2024-01-15``), checked.

    :raises InputError: not ISO 8601, or no such day (2023-02-30, month 13, year 0000).
    """
    match = _ISO_DATE.fullmatch(value.strip())
    if match is None:
        raise InputError(f"date {value!r} is not ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD)",
                         path=path, line=line, value=value)
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        datetime.date(year or 0, 1 if month is None else month, 1 if day is None else day)
    except ValueError as exc:
        raise InputError(f"date {value!r} is no real date ({exc})", path=path, line=line, value=value) from None
    return value.strip()[: 4 + (0 if month is None else 3) + (0 if day is None else 3)]


def is_iri(value: str) -> bool:
    return _IRI.fullmatch(value) is not None and _SURROGATE.search(value) is None


def web_identifier(address: str) -> str:
    """A stable, readable identifier from a page's canonical address: host and last path words, and a hash.

    >>> web_identifier("https://news.example.org/2024/02/spring-meeting?x=1")
    'news.example.org-2024-02-spring-meeting-0e56f95992'
    """
    parts = urlsplit(address)
    words = [w for w in re.split(r"[^0-9A-Za-z]+", parts.path) if w]
    slug = "-".join([(parts.hostname or "page").lower()] + words[-6:])[:80].strip("-.")
    digest = hashlib.sha256(address.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{slug}-{digest}"


def language(given: str | None, text: str, detector: LanguageDetector, path: Path | str, line: int | None) -> str:
    if given:
        code = given.split("-")[0].lower()
        if code not in detector.languages:
            raise InputError(f"unsupported language {given!r}; expected one of: {', '.join(detector.languages)}",
                             path=path, line=line, value=given)
        return code
    return detector.detect(text, path, line)


class LanguageDetector:
    """lingua restricted to the supported languages, plus decoys that reveal unsupported ones."""

    def __init__(self, languages: tuple[str, ...]) -> None:
        self.languages = languages
        self._detector = None

    def detect(self, text: str, path: Path | str, line: int | None) -> str:
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


def lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """(1-based number, raw bytes) of each non-blank line."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if raw.strip():
                yield number, raw
