"""The web page in a real browser: Debian's Chromium, headless, driven by Playwright.

Loads ``/``, runs an example query with one click, follows a result to its entity page,
and saves screenshots in ``build/screenshots/`` (or ``$BORDERKG_SCREENSHOTS``).
Needs ``pip install -e .[browser]`` and ``apt-get install chromium``; skipped without them.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

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
