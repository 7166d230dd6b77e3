"""The web page in a real browser: Debian's Chromium, headless, driven by Playwright.

Loads ``/``, runs an example query with one click, follows a result to its entity page;
walks home -> timeline -> an event -> a person -> network (clicking an actor) on a build of
the seeds and ``../shared/eval/dev``, checking that no name shown is a bare hash IRI; and
saves screenshots in ``build/screenshots/`` (or ``$BORDERKG_SCREENSHOTS``).
Needs ``pip install -e .[browser]`` and ``apt-get install chromium``; skipped without them.
"""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from test_export_support import seeds_and_dev_build
from test_serve_support import ROOT, real_or_handmade, running_server

pytestmark = pytest.mark.slow

CHROMIUM = os.environ.get("BORDERKG_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOTS = Path(os.environ.get("BORDERKG_SCREENSHOTS", ROOT / "build" / "screenshots"))

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e .[browser])")
if not shutil.which(CHROMIUM):
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory):
    build = real_or_handmade(tmp_path_factory)
    with running_server(build, workers=2, timeout=30) as running:
        yield running


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory):
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=CHROMIUM, headless=True,
            args=ARGS, viewport={"width": 1280, "height": 900})
        try:
            yield context.new_page()
        finally:
            context.close()


def first_example_with_rows(site) -> str:  # type: ignore[no-untyped-def]
    for example in site.app.examples:
        if site.app.engine.select(example.sparql, max_rows=100_000):
            return example.title
    raise AssertionError("no example query has an answer on this build")


def test_query_page_runs_an_example_and_opens_an_entity(site, page) -> None:  # type: ignore[no-untyped-def]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(site.url + "/")
    assert page.title() == "borderkg: query the graph"
    title = first_example_with_rows(site)
    page.get_by_role("button", name=title).click()
    page.wait_for_selector("#results-table tbody tr", timeout=30_000)
    assert "result" in page.locator("#status").inner_text()
    assert page.locator("#results-table tbody tr").count() >= 1
    assert "query=" in page.url  # the query is in the address, so the page can be shared
    page.screenshot(path=str(SCREENSHOTS / "query-page.png"), full_page=True)

    link = page.locator("#results-table a[href^='/id/']").first
    target = link.get_attribute("href")
    link.click()
    page.wait_for_url(f"**{target}")
    page.wait_for_selector("h1")
    for heading in ("Names", "Events and agreements", "Neighbourhood", "Links", "Sources"):
        assert page.get_by_role("heading", name=heading).count() == 1, heading
    assert page.locator("svg.graph").count() == 1
    page.screenshot(path=str(SCREENSHOTS / "entity-page.png"), full_page=True)
    assert errors == []


def test_bad_query_shows_the_parser_message(site, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(site.url + "/")
    page.fill("#query", "SELECT ?x WHERE { ?x ?y }")
    page.click("#run")
    page.wait_for_selector("#status.error")
    assert "HTTP 400" in page.locator("#status").inner_text()
    assert "error at 1:" in page.locator("#status").inner_text()


def test_entity_search_and_graph_links(site, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(site.url + "/")
    page.fill("#search-text", "Quang Ninh")
    page.click("#search button")
    page.wait_for_selector("#results-table tbody tr")
    page.goto(site.url + "/id/place/quang-ninh")
    node = page.locator("svg.graph a").first
    href = node.get_attribute("href")
    assert href and href.startswith("/")
    node.click()
    page.wait_for_url(f"**{href}")
    assert page.locator("h1").inner_text()


HASH_NAME = re.compile(r"(^|[:/])(x-)?[0-9a-f]{12,}(\b|$)")
"""A name that is a minted hash: ``bkr:event/98a323609917b11c``, ``.../person/x-8b51fc9458cffabb``."""
SHOWN_NAMES = "h1, a, svg text, option"


@pytest.fixture(scope="module")
def walk_site(tmp_path_factory: pytest.TempPathFactory):
    build = seeds_and_dev_build(str(tmp_path_factory.getbasetemp()))
    if build is None:
        pytest.skip("../shared/eval/dev is not beside the checkout")
    with running_server(build, workers=2, timeout=30) as running:
        yield running


def hash_names(page) -> list[str]:  # type: ignore[no-untyped-def]
    """The names on the page (headings, links, drawing labels, choices) that are bare hashes."""
    texts = page.locator(SHOWN_NAMES).evaluate_all("els => els.map(e => e.innerText ?? e.textContent ?? '')")
    return [t for t in texts if HASH_NAME.search(t.strip())]


def snap(page, name: str) -> None:  # type: ignore[no-untyped-def]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / name), full_page=True)
    assert (SCREENSHOTS / name).stat().st_size > 0


def test_walk_home_timeline_event_person_network(walk_site, page) -> None:  # type: ignore[no-untyped-def]
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(walk_site.url + "/")
    snap(page, "walk-1-home.png")
    assert hash_names(page) == []

    page.locator("header nav").get_by_role("link", name="timeline").click()
    page.wait_for_url("**/timeline")
    rows = page.locator("table.timeline tbody tr")
    assert rows.count() > 10
    assert "of" in page.locator("#count").inner_text()
    snap(page, "walk-2-timeline.png")
    assert hash_names(page) == []

    # a meeting with people: filter by type, then open the first event that names a person
    page.select_option("select[name=type]", "Meeting")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url(lambda url: "type=Meeting" in url)
    row = page.locator("table.timeline tbody tr", has=page.locator("a[href^='/id/person/']")).first
    event = row.locator("td.event a")
    target = event.get_attribute("href")
    event.click()
    page.wait_for_url(f"**{target}")
    assert page.locator("h1").inner_text().startswith("Meeting")
    snap(page, "walk-3-event.png")
    assert hash_names(page) == []

    person = page.locator("main a[href^='/id/person/']").first
    target = person.get_attribute("href")
    person.click()
    page.wait_for_url(f"**{target}")
    assert page.locator("h1").inner_text().isascii()  # an English or romanized name, not Han or Arabic
    snap(page, "walk-4-person.png")
    assert hash_names(page) == []

    page.locator("header nav").get_by_role("link", name="network").click()
    page.wait_for_url("**/network")
    actors = page.locator("svg#network a.actor")
    assert actors.count() > 10
    assert page.locator("svg#network line.tie").count() > 10
    assert page.locator("table.ties tbody tr").count() > 5
    page.fill("#network-find", "Guangxi")
    assert page.locator("svg#network a.actor.hot").count() >= 1
    snap(page, "walk-5-network.png")
    assert hash_names(page) == []

    node = page.locator("svg#network a.actor").last  # the most connected actor, drawn on top
    target = node.get_attribute("href")
    node.locator("circle").click()
    page.wait_for_url(f"**{target}")
    assert page.locator("h1").inner_text()
    snap(page, "walk-6-network-node.png")
    assert errors == []
