"""Property tests over ingest: whatever the input, a result or an InputError naming the file
(and the line of a JSON Lines record), never another exception. Bounded example counts for CI."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from borderkg.config import Config, ErrorPolicy
from borderkg.errors import InputError
from borderkg.ingest import ingest, is_iri, iso_date
from webpages import SITE, article_page, rss_feed, write_warc

FRENCH = "Le 13 août 2024, une réunion a eu lieu à Mong Cai entre les délégations de Mong Cai et de Dongxing."
PROPERTY = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# pages, archives and feeds go through trafilatura and language detection: fewer examples
WEB = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _read(path: Path, *, skip: bool = False) -> list:
    """The documents, or [] after an InputError that names the file; any other exception fails the test."""
    skipped: list = []
    try:
        docs = list(ingest([path], config=Config(on_error=ErrorPolicy.SKIP if skip else ErrorPolicy.RAISE),
                           on_skip=skipped.append))
    except InputError as exc:
        assert exc.path == str(path), exc
        return []
    for doc in docs:
        doc.text.encode("utf-8")  # every text, id and title can be written
        doc.identifier.encode("utf-8")
        (doc.title or "").encode("utf-8")
        assert doc.url is None or is_iri(doc.url)
        assert doc.date is None or iso_date(doc.date, path, None) == doc.date
    return docs


_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                       lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                   max_size=3), max_leaves=6)
_fields = st.fixed_dictionaries({}, optional={
    "id": st.text(max_size=20) | _values, "text": st.just(FRENCH) | st.text() | _values,
    "date": st.sampled_from(["2024", "2024-02-29", "2023-02-30", "0000-01-01", "2024-13", "٢٠٢٤"]) | st.text(max_size=12),
    "url": st.sampled_from(["https://ex.org/a", "no iri", "https://ex.org/a b", "x:y"]) | st.text(max_size=15),
    "title": st.text(max_size=20), "language": st.sampled_from(["fr", "xx", "fr-FR", "!"]) | st.text(max_size=6)})


@st.composite
def _jsonl_lines(draw) -> bytes:
    """Lines of JSON Lines, valid, mutated, or no JSON at all (surrogates escaped as JSON spells them)."""
    lines = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["record", "value", "bytes", "cut"]))
        if kind == "record":
            lines.append(json.dumps(draw(_fields)).encode())
        elif kind == "value":
            lines.append(json.dumps(draw(_values)).encode())
        elif kind == "bytes":
            lines.append(draw(st.binary(max_size=40)).replace(b"\n", b" "))
        else:
            line = json.dumps({"id": "x", "text": FRENCH}).encode()
            lines.append(line[: draw(st.integers(0, len(line)))])
    return b"\n".join(lines) + b"\n"


@PROPERTY
@given(_jsonl_lines())
def test_any_json_lines_give_documents_or_an_input_error_naming_the_line(
        tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("jsonl") / "f.jsonl"
    path.write_bytes(data)
    try:
        list(ingest([path]))
    except InputError as exc:
        assert exc.path == str(path) and exc.line is not None and 1 <= exc.line <= data.count(b"\n"), exc
    _read(path, skip=True)


@PROPERTY
@given(st.text(min_size=1))
def test_any_unicode_text_file(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    path = tmp_path_factory.mktemp("txt") / "f.txt"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    for doc in _read(path):
        assert doc.text == text


@st.composite
def _mutated(draw, data: bytes) -> bytes:
    """The bytes with a few slices cut, repeated or replaced by random bytes or characters."""
    for _ in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, len(data)))
        end = draw(st.integers(start, min(len(data), start + 400)))
        kind = draw(st.sampled_from(["cut", "bytes", "text", "repeat"]))
        middle = {"cut": b"", "bytes": draw(st.binary(max_size=30)),
                  "text": draw(st.text(max_size=30)).encode("utf-8", "surrogatepass"),
                  "repeat": data[start:end] * 2}[kind]
        data = data[:start] + middle + data[end:]
    return data


_PAGE = article_page("spring-meeting")


@WEB
@given(_mutated(_PAGE))
def test_mutated_saved_pages(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("html") / "page.html"
    path.write_bytes(data)
    _read(path)


@pytest.fixture(scope="module")
def small_archive(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = write_warc(tmp_path_factory.mktemp("warc") / "a.warc.gz",
                      [(f"{SITE}/2024/02/spring-meeting", _PAGE), (f"{SITE}/x", b"<html><body>menu</body></html>")])
    return path.read_bytes()


@WEB
@given(data=st.data())
def test_mutated_archives(tmp_path_factory: pytest.TempPathFactory, small_archive: bytes, data) -> None:
    folder = tmp_path_factory.mktemp("warc")
    gz = data.draw(st.booleans())
    path = folder / ("a.warc.gz" if gz else "a.warc")
    path.write_bytes(data.draw(_mutated(small_archive)))
    _read(path)
    _read(path, skip=True)


_FEED = rss_feed([("T", f"{SITE}/1", "Wed, 21 Feb 2024 23:30:00 +0700", [FRENCH * 3]),
                  ("U", f"{SITE}/2", "not a date", [FRENCH * 2])], language="fr")


@WEB
@given(_mutated(_FEED))
# An XML declaration naming an encoding no codec has (a NUL or a stray byte in its name).
@example(data=_FEED.replace(b'encoding="utf-8"', b'encoding="\x00utf-8"'))
@example(data=_FEED.replace(b'encoding="utf-8"', b'encoding="\x80utf-8"'))
def test_mutated_feeds(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("feed") / "news.rss"
    path.write_bytes(data)
    _read(path)
