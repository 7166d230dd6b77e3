"""Building from saved pages, web archives and feeds (issue 12), on pages the tests make themselves."""
from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF

from borderkg.cli import main
from borderkg.config import Config, ErrorPolicy
from borderkg.errors import InputError
from borderkg.ingest import ingest
from borderkg.namespaces import BK
from borderkg.pipeline import ValidateMode, build
from borderkg.store import read_manifest, text_path
from webpages import ARTICLES, BOILERPLATE_NAMES, SITE, article_page, menu_page, rss_feed, write_warc

BOILERPLATE = ("cookies", "Related articles", "Copyright", "Privacy policy", "Posted by reader", "Home")


def _dataset(out: Path) -> Graph:
    """The union of a build's graphs."""
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    union = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _documents(ds: Graph) -> dict[str, dict]:
    """Document IRI -> its identifier, date, source, records."""
    found = {}
    for doc in ds.subjects(RDF.type, BK.Document):
        records = [{p.split("#")[-1]: str(o) for p, o in ds.predicate_objects(r)}
                   for r in ds.objects(doc, BK.sourceRecord)]
        found[str(doc)] = {"identifier": str(ds.value(doc, DCTERMS.identifier)),
                           "date": str(ds.value(doc, DCTERMS.date)), "source": str(ds.value(doc, DCTERMS.source)),
                           "records": sorted(records, key=lambda r: r["file"])}
    return found


def _check_mentions(ds: Graph, out: Path, documents: dict[str, dict]) -> int:
    """Every mention is exactly its span of OUT/texts/<identifier>.txt; the number of mentions."""
    texts = {iri: text_path(out, d["identifier"]).read_text(encoding="utf-8") for iri, d in documents.items()}
    count = 0
    for mention in ds.subjects(RDF.type, BK.Mention):
        text = texts[str(ds.value(mention, BK.source))]
        start, end = int(ds.value(mention, BK.start)), int(ds.value(mention, BK.end))
        assert text[start:end] == str(ds.value(mention, BK.text)), mention
        count += 1
    return count


@pytest.fixture(scope="module")
def saved_web(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, object]:
    """A saved page, and a crawl holding that page, a second article and a menu page; built."""
    folder = tmp_path_factory.mktemp("web")
    (folder / "saved-page.html").write_bytes(article_page("spring-meeting"))
    write_warc(folder / "crawl.warc.gz", [
        (f"{SITE}/2024/02/spring-meeting?utm_source=feed", article_page("spring-meeting")),
        (f"{SITE}/world", menu_page()),
        (f"{SITE}/2024/03/lang-son-talks", article_page("lang-son-talks")),
    ])
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(out), "--jobs", "1", "--no-progress"])
    return folder, out, result


def test_saved_page_and_crawl_build_two_documents(saved_web) -> None:
    folder, out, result = saved_web
    assert result.exit_code == 0, result.output
    assert "built 2 documents" in result.output
    assert "skipped 2 (1 duplicate, 1 not an article)" in result.output
    docs = _documents(_dataset(out))
    by_source = {d["source"]: d for d in docs.values()}
    assert sorted(by_source) == [f"{SITE}/2024/02/spring-meeting", f"{SITE}/2024/03/lang-son-talks"]
    assert by_source[f"{SITE}/2024/02/spring-meeting"]["date"] == "2024-02-21"
    assert by_source[f"{SITE}/2024/03/lang-son-talks"]["date"] == "2024-03-05"
    rows = [line.split("\t") for line in (out / "skipped.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    assert sorted((r[0], Path(r[1]).name) for r in rows) == [("duplicate", "saved-page.html"),
                                                            ("not an article", "crawl.warc.gz")]
    menu = next(r for r in rows if r[0] == "not an article")
    assert "record at offset" in menu[3] and "too little main text" in menu[3]


def test_the_same_article_twice_records_every_copy(saved_web) -> None:
    folder, out, _ = saved_web
    docs = {d["source"]: d for d in _documents(_dataset(out)).values()}
    records = docs[f"{SITE}/2024/02/spring-meeting"]["records"]
    assert [r["file"] for r in records] == [str(folder / "crawl.warc.gz"), str(folder / "saved-page.html")]
    crawl = records[0]
    assert crawl["address"] == f"{SITE}/2024/02/spring-meeting?utm_source=feed"
    assert crawl["warcRecordId"].startswith("urn:uuid:") and int(crawl["recordOffset"]) > 0
    assert records[1]["address"] if "address" in records[1] else True
    [other] = docs[f"{SITE}/2024/03/lang-son-talks"]["records"]
    assert other["address"] == f"{SITE}/2024/03/lang-son-talks"


def test_texts_hold_the_article_only_and_every_mention_is_exact(saved_web) -> None:
    _, out, _ = saved_web
    ds = _dataset(out)
    docs = _documents(ds)
    for doc in docs.values():
        text = text_path(out, doc["identifier"]).read_text(encoding="utf-8")
        assert not [b for b in BOILERPLATE if b in text], doc["identifier"]
        assert not [n for n in BOILERPLATE_NAMES if n in text]
    assert _check_mentions(ds, out, docs) > 10
    labels = {str(o) for m in ds.subjects(RDF.type, BK.Mention) for o in ds.objects(m, BK.text)}
    assert not labels & set(BOILERPLATE_NAMES), "no mention inside boilerplate"
    assert {"Quang Ninh", "Lang Son"} <= labels


def test_identifiers_are_stable_and_rebuild_extracts_nothing(saved_web, tmp_path: Path) -> None:
    folder, out, _ = saved_web
    again, _ = build([folder], out=tmp_path / "again", jobs=1)
    assert sorted(e.identifier for e in read_manifest(tmp_path / "again").documents) == \
        sorted(e.identifier for e in read_manifest(out).documents)
    summary, _ = build([folder], out=out, jobs=1)
    assert (summary.documents, summary.extracted) == (2, 0)


def test_menu_page_is_skipped_with_its_reason(tmp_path: Path) -> None:
    (tmp_path / "world.html").write_bytes(menu_page())
    skipped: list = []
    assert list(ingest([tmp_path], on_skip=skipped.append)) == []
    [item] = skipped
    assert item.reason == "not an article" and "too little main text" in item.message
    assert item.path == str(tmp_path / "world.html")


def test_feed_items_become_documents_with_the_feeds_dates_and_links(tmp_path: Path) -> None:
    items = [(ARTICLES["spring-meeting"][0], f"{SITE}/feed/1", "Wed, 21 Feb 2024 23:30:00 +0700",
              ARTICLES["spring-meeting"][2]),
             (ARTICLES["lang-son-talks"][0], f"{SITE}/feed/2", "Tue, 05 Mar 2024 08:00:00 GMT",
              ARTICLES["lang-son-talks"][2]),
             ("Mong Cai fair", f"{SITE}/feed/3", "Fri, 12 Apr 2024 10:00:00 +0700",
              ["The Mong Cai and Dongxing trade fair opened on April 11, 2024 with 300 booths from Quang Ninh "
               "and Guangxi. Officials of both provinces attended the opening ceremony at the border gate.",
               "Organisers expect more than 20,000 visitors from both sides of the border during the five days."])]
    (tmp_path / "news.rss").write_bytes(rss_feed(items))
    out = tmp_path / "out"
    summary, report = build([tmp_path / "news.rss"], out=out, jobs=1)
    assert summary.documents == 3 and report is not None and report.conforms
    docs = {d["source"]: d for d in _documents(_dataset(out)).values()}
    assert {s: d["date"] for s, d in docs.items()} == {
        f"{SITE}/feed/1": "2024-02-21", f"{SITE}/feed/2": "2024-03-05", f"{SITE}/feed/3": "2024-04-12"}
    assert _check_mentions(_dataset(out), out, _documents(_dataset(out))) > 5


def test_feed_item_with_only_a_link_is_reported_not_fetched(tmp_path: Path) -> None:
    feed = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
            b"<item><title>Only a link</title><link>https://news.example.org/x</link></item></channel></rss>")
    (tmp_path / "links.xml").write_bytes(feed)
    skipped: list = []
    assert list(ingest([tmp_path], on_skip=skipped.append)) == []
    assert [s.reason for s in skipped] == ["not an article"] and "not fetched" in skipped[0].message


def test_xml_that_is_no_feed_is_passed_over_in_a_folder(tmp_path: Path) -> None:
    (tmp_path / "sitemap.xml").write_bytes(b'<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>')
    (tmp_path / "page.html").write_bytes(article_page("lang-son-talks"))
    assert [d.url for d in ingest([tmp_path])] == [f"{SITE}/2024/03/lang-son-talks"]


def test_truncated_archive_names_file_and_record_offset(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "crawl.warc.gz", [(f"{SITE}/2024/02/spring-meeting", article_page("spring-meeting")),
                                                   (f"{SITE}/2024/03/lang-son-talks", article_page("lang-son-talks"))])
    data = path.read_bytes()
    path.write_bytes(data[:-200])
    with pytest.raises(InputError, match="corrupt or truncated archive: record at offset") as info:
        list(ingest([path]))
    assert info.value.path == str(path) and isinstance(info.value.value, int) and info.value.value > 0
    skipped: list = []
    docs = list(ingest([path], config=Config(on_error=ErrorPolicy.SKIP), on_skip=skipped.append))
    assert [d.url for d in docs] == [f"{SITE}/2024/02/spring-meeting"], "records before the damage are kept"
    assert [s.reason for s in skipped] == ["bad input"]


def test_garbage_between_records_is_an_error(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "crawl.warc", [(f"{SITE}/2024/02/spring-meeting", article_page("spring-meeting"))],
                      gzip=False)
    path.write_bytes(path.read_bytes() + b"this is no WARC record\r\n\r\n")
    with pytest.raises(InputError, match="corrupt or truncated archive: record at offset"):
        list(ingest([path]))


def test_bytes_that_do_not_decode_in_the_declared_charset(tmp_path: Path) -> None:
    page = article_page("spring-meeting").replace(b"Mong Cai", "Móng Cái".encode("latin-1"))
    path = write_warc(tmp_path / "crawl.warc.gz", [(f"{SITE}/a", page)])
    with pytest.raises(InputError, match=r"record at offset \d+: bytes do not decode as utf-8") as info:
        list(ingest([path]))
    assert "HTTP header" in str(info.value)
    latin = write_warc(tmp_path / "latin.warc.gz", [(f"{SITE}/a", page)],
                       content_type="text/html; charset=iso-8859-1")
    [doc] = ingest([latin])
    assert "Móng Cái" in doc.text


def test_saved_page_in_its_declared_charset(tmp_path: Path) -> None:
    page = article_page("spring-meeting").replace(b'<meta charset="utf-8">', b'<meta charset="windows-1252">')
    (tmp_path / "p.html").write_bytes(page.replace(b"Mong Cai", "Móng Cái".encode("cp1252")))
    [doc] = ingest([tmp_path])
    assert "Móng Cái" in doc.text


def _generated(n: int, changed: int | None = None) -> list[tuple[str, bytes]]:
    pages = []
    for i in range(n):
        day = 1 + i % 28
        paragraphs = [f"On March {day}, 2024, a delegation of Lang Son province met officials of Pingxiang in "
                      f"Guangxi for the talks number {i} on border trade.",
                      f"The two sides agreed to clear {100 + i} trucks of fruit a day through the Huu Nghi border "
                      f"gate{' from next week' if i == changed else ''}."]
        pages.append((f"{SITE}/2024/03/talks-{i}", article_page(f"talks-{i}", title=f"Border talks {i}",
                                                                date=f"2024-03-{day:02d}", paragraphs=paragraphs)))
    return pages


@pytest.mark.slow
def test_a_changed_record_in_a_large_archive_is_the_only_one_extracted_again(tmp_path: Path) -> None:
    crawl = write_warc(tmp_path / "crawl.warc.gz", _generated(1000))
    out = tmp_path / "out"
    first, _ = build([crawl], out=out, jobs=2, validate_mode=ValidateMode.NONE)
    assert (first.documents, first.extracted) == (1000, 1000)
    write_warc(crawl, _generated(1000, changed=500))
    again, _ = build([crawl], out=out, jobs=2, validate_mode=ValidateMode.NONE)
    assert (again.documents, again.extracted, again.reused) == (1000, 1, 999)
    assert "from next week" in text_path(out, read_manifest(out).documents[500].identifier).read_text()


def test_gzip_and_plain_archives_read_alike(tmp_path: Path) -> None:
    pages = [(f"{SITE}/2024/03/lang-son-talks", article_page("lang-son-talks"))]
    plain = write_warc(tmp_path / "a.warc", pages, gzip=False)
    packed = write_warc(tmp_path / "b.warc.gz", pages, gzip=True)
    [a] = ingest([plain])
    [b] = ingest([packed])
    assert (a.identifier, a.text, a.date) == (b.identifier, b.text, b.date)
    assert a.origin is not None and a.origin.record_id and a.origin.offset is not None


def test_archive_gzipped_whole_says_how_to_fix_it(tmp_path: Path) -> None:
    plain = write_warc(tmp_path / "a.warc", [(f"{SITE}/2024/03/lang-son-talks", article_page("lang-son-talks"))] * 2,
                       gzip=False)
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gzip.compress(plain.read_bytes()))
    with pytest.raises(InputError, match="warcio recompress") as info:
        list(ingest([whole]))
    assert info.value.path == str(whole)


def test_a_page_in_an_unsupported_language_is_skipped(tmp_path: Path) -> None:
    paragraphs = ["Делегация провинции Куангнинь встретилась с делегацией Гуанси в городе Монгкай, чтобы обсудить "
                  "сотрудничество на границе и открытие новых пунктов пропуска.",
                  "Стороны договорились провести совместную ярмарку в Дунсине и расширить торговлю между регионами."]
    (tmp_path / "ru.html").write_bytes(article_page("ru", paragraphs=paragraphs, lang="ru"))
    skipped: list = []
    assert list(ingest([tmp_path], on_skip=skipped.append)) == []
    assert skipped[0].reason == "not an article" and "unsupported language" in skipped[0].message


def test_document_iri_literal_types(saved_web) -> None:
    _, out, _ = saved_web
    ds = _dataset(out)
    for record in ds.subjects(RDF.type, BK.SourceRecord):
        assert isinstance(ds.value(record, BK.file), Literal)
        address = ds.value(record, BK.address)
        assert address is None or isinstance(address, URIRef)


@pytest.mark.slow
def test_a_crawl_builds_alike_in_worker_processes_and_on_dask(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    crawl = write_warc(tmp_path / "crawl.warc.gz", _generated(12))
    (tmp_path / "saved.html").write_bytes(_generated(1)[0][1])  # the crawl's first page again
    runs = {"one": ["--jobs", "1"], "two": ["--jobs", "2", "--chunk-size", "2"]}
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=":0") as cluster:  # a free port: another run may hold 8787
        runs["dask"] = ["--scheduler", cluster.scheduler_address, "--chunk-size", "2"]
        for name, args in runs.items():
            result = CliRunner().invoke(main, ["build", str(crawl), str(tmp_path / "saved.html"),
                                               "--out", str(tmp_path / name), "--no-progress", *args])
            assert result.exit_code == 0, result.output
            assert "built 12 documents" in result.output and "1 duplicate" in result.output
    for name in ("two", "dask"):
        for file in ("graph.trig", "manifest.jsonl"):
            assert (tmp_path / "one" / file).read_bytes() == (tmp_path / name / file).read_bytes(), (name, file)
