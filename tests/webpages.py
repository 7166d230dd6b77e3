"""Saved pages, web archives and feeds made up for the tests (no network): news pages with the
boilerplate real sites carry (menus, cookie banner, related links, footer)."""
from __future__ import annotations

import html
import io
from pathlib import Path

SITE = "https://news.example.org"

# Names the lexicon knows, found only in the boilerplate: no mention may come from them.
BOILERPLATE_NAMES = ("Lao Cai", "Cao Bang", "Yunnan")

ARTICLES = {
    "spring-meeting": (
        "Quang Ninh and Guangxi hold spring meeting", "2024-02-21",
        ["On February 20, 2024, the Secretary of the Quang Ninh Provincial Party Committee met a delegation of "
         "the Guangxi Zhuang Autonomous Region in Mong Cai to discuss cooperation at the border gates.",
         "The two sides agreed to open the Bac Luan II bridge border gate to more cargo and to hold a joint trade "
         "fair in Dongxing later this year. Trade between Quang Ninh and Guangxi reached 4.42 billion USD last year.",
         "Both delegations also signed a memorandum of understanding on tourism and agreed to meet again at the "
         "next Spring Meeting."]),
    "lang-son-talks": (
        "Lang Son and Guangxi talk about smart border gates", "2024-03-05",
        ["On March 4, 2024, a delegation of Lang Son province visited Pingxiang in Guangxi to discuss the smart "
         "border gate project at Huu Nghi.",
         "The two provinces agreed to share customs data and to speed up the clearance of fruit trucks. "
         "Lang Son exported 1,200 tonnes of fruit through the gate last month."]),
}


def article_page(slug: str, *, title: str | None = None, date: str | None = None,
                 paragraphs: list[str] | None = None, canonical: bool = True, lang: str = "en") -> bytes:
    """A news page: the article inside menus, a cookie banner, related links and a footer."""
    default_title, default_date, default_paragraphs = ARTICLES.get(slug, (slug, "2024-01-01", []))
    title, date, paragraphs = title or default_title, date or default_date, paragraphs or default_paragraphs
    address = f"{SITE}/{date[:4]}/{date[5:7]}/{slug}"
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    head = f'<link rel="canonical" href="{address}">' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{html.escape(title)} | Border News</title>
{head}
<meta property="og:title" content="{html.escape(title)}">
<meta property="article:published_time" content="{date}T08:30:00+07:00">
</head><body>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience on Border News.
Accept all cookies or manage your preferences in the settings.</p><button>Accept</button></div>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/lao-cai">Lao Cai</a></li><li><a href="/cao-bang">Cao Bang</a></li><li><a href="/yunnan">Yunnan</a></li>
</ul></nav></header>
<main><article>
<h1>{html.escape(title)}</h1>
{body}
</article>
<aside class="related"><h2>Related articles</h2><ul>
<li><a href="/r1">Lao Cai and Yunnan agree on a railway link between the two provinces</a></li>
<li><a href="/r2">Cao Bang hosts a delegation from Baise for talks on trade at the border</a></li>
</ul></aside>
<section class="comments"><h2>Comments</h2><p>Great news for Lao Cai too! Posted by reader</p></section>
</main>
<footer><p>Copyright 2024 Border News. Offices in Lao Cai and Cao Bang. All rights reserved.</p>
<ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy policy</a></li></ul></footer>
</body></html>""".encode("utf-8")


def menu_page() -> bytes:
    """A section page: menus and a list of links, no article."""
    links = "".join(f'<li><a href="/{s}">{html.escape(t)}</a></li>' for s, (t, _, _) in ARTICLES.items())
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>World | Border News</title>
<link rel="canonical" href="{SITE}/world"></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
<main><h1>World</h1><ul>{links}<li><a href="/r1">Lao Cai and Yunnan agree on a railway link</a></li></ul></main>
<footer>Copyright 2024 Border News.</footer></body></html>""".encode("utf-8")


def write_warc(path: Path, pages: list[tuple[str, bytes]], *, gzip: bool = True,
               content_type: str = "text/html; charset=utf-8") -> Path:
    """A web archive with a request and a response record per (address, page), plus a warcinfo record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "borderkg tests"}))
        for address, data in pages:
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example.org")], is_http_request=True)
            writer.write_record(writer.create_warc_record(address, "request", http_headers=request))
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type),
                                                  ("Content-Length", str(len(data)))], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(address, "response", payload=io.BytesIO(data),
                                                          length=len(data), http_headers=headers))
    return path


def rss_feed(items: list[tuple[str, str, str, list[str]]], *, language: str = "en") -> bytes:
    """An RSS 2.0 feed whose items carry their full text: (title, link, RFC 822 date, paragraphs) each."""
    entries = "".join(
        f"<item><title>{html.escape(title)}</title><link>{link}</link><guid>{link}</guid><pubDate>{date}</pubDate>"
        f"<description>{html.escape(paragraphs[0][:80])}</description>"
        f"<content:encoded><![CDATA[{''.join(f'<p>{html.escape(p)}</p>' for p in paragraphs)}]]></content:encoded>"
        f"</item>" for title, link, date, paragraphs in items)
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
            f'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Border News</title>'
            f"<link>{SITE}/</link><description>News</description><language>{language}</language>"
            f"{entries}</channel></rss>").encode("utf-8")
