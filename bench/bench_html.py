"""HTML -> text: saved pages read per second (trafilatura, language, checks), next to extraction's rate.

Wraps SYNTHETIC articles (`bench/synthetic.py`, made up, benchmarking only) in a news page with
the boilerplate real sites carry (menus, cookie banner, related links, comments, footer), writes
them as saved pages and as one WARC, and times `borderkg.ingest.ingest` over each, then the
extractor over the documents read. Prints its figures; asserts nothing about time.

    python bench/bench_html.py --pages 500
"""
from __future__ import annotations

import argparse
import html
import io
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import _names, article  # noqa: E402

from borderkg.config import Config  # noqa: E402
from borderkg.extract import RuleExtractor  # noqa: E402
from borderkg.ingest import ingest  # noqa: E402
from borderkg.resources import load_resources  # noqa: E402

SITE = "https://news.example.org"


def page(record: dict) -> bytes:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in record["text"].split("\n") if p.strip())
    slug = record["id"]
    return f"""<!DOCTYPE html><html lang="{record['language']}"><head><meta charset="utf-8">
<title>{html.escape(record['title'])} | Border News</title><link rel="canonical" href="{SITE}/{slug}">
<meta property="article:published_time" content="{record['date']}"></head><body>
<div class="cookie-consent">We use cookies to improve your experience. Accept all or manage preferences.</div>
<header><nav><ul>{''.join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(12))}</ul></nav></header>
<main><article><h1>{html.escape(record['title'])}</h1>{paragraphs}</article>
<aside class="related"><h2>Related</h2><ul>{''.join(f'<li><a href="/r{i}">Related story {i}</a></li>'
                                                   for i in range(8))}</ul></aside>
<section class="comments"><p>First comment</p><p>Second comment</p></section></main>
<footer><p>Copyright Border News. All rights reserved.</p></footer></body></html>""".encode("utf-8")


def write_pages(n: int, folder: Path) -> tuple[Path, Path, int]:
    """n saved pages in folder/pages and the same pages in folder/crawl.warc.gz; their HTML bytes."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(12)
    places, orgs = _names()
    (folder / "pages").mkdir()
    size = 0
    with open(folder / "crawl.warc.gz", "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for i in range(n):
            record = article(i, rng, places, orgs)
            data = page(record)
            size += len(data)
            (folder / "pages" / f"{record['id']}.html").write_bytes(data)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"{SITE}/{record['id']}", "response",
                                                          payload=io.BytesIO(data), length=len(data),
                                                          http_headers=headers))
    return folder / "pages", folder / "crawl.warc.gz", size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-html-") as tmp:
        pages, crawl, size = write_pages(args.pages, Path(tmp))
        rows = []
        for name, source in (("saved pages", pages), ("WARC records", crawl)):
            started = time.perf_counter()
            docs = list(ingest([source], config=Config()))
            seconds = time.perf_counter() - started
            rows.append((name, len(docs), seconds))
        extractor = RuleExtractor(load_resources())
        started = time.perf_counter()
        for doc in docs:
            extractor(doc)
        extract_seconds = time.perf_counter() - started
    chars = sum(len(d.text) for d in docs)
    print(f"pages                          {args.pages} ({size / 1e6:.1f} MB of HTML, {chars / 1e6:.2f} M characters of text)")
    for name, count, seconds in rows:
        print(f"HTML -> text, {name:<15}  {count / seconds:7.1f} pages/s  ({count} documents, {seconds:.1f} s)")
    print(f"extraction (text -> facts)     {len(docs) / extract_seconds:7.1f} documents/s")
    print(json.dumps({"pages": args.pages, "html_pages_s": {n: c / s for n, c, s in rows},
                      "extract_docs_s": len(docs) / extract_seconds}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
