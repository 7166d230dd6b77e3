"""The timeline and network pages (``/timeline``, ``/network``): filters, paging, the export's
network, escaping, and the caps that keep them fast on big graphs."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from borderkg.serve import ServeConfig, make_app
from borderkg.serve.httpd import Request
from borderkg.serve.timeline import PAGE_SIZE

BKR = "https://w3id.org/borderkg/id/"
EVIL = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
PREFIXES = """@prefix bk: <https://w3id.org/borderkg/ontology#> . @prefix bkr: <https://w3id.org/borderkg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""
LEXICON = """bkr:graph/lexicon {
  bkr:place/vietnam a bk:Country ; skos:prefLabel "Vietnam"@en .
  bkr:place/china a bk:Country ; skos:prefLabel "China"@en .
  bkr:place/lang-son a bk:Province ; skos:prefLabel "Lang Son"@en ; bk:locatedIn bkr:place/vietnam .
  bkr:place/dong-dang a bk:City ; skos:prefLabel "Dong Dang"@en ; bk:locatedIn bkr:place/lang-son .
  bkr:place/guangxi a bk:Province ; skos:prefLabel "Guangxi"@en ; bk:locatedIn bkr:place/china .
  bkr:org/lang-son/party-committee a bk:PartyCommittee ; rdfs:label "Lang Son Party Committee"@en ;
      bk:jurisdiction bkr:place/lang-son .
  bkr:mechanism/jwc a bk:Mechanism ; skos:prefLabel "Joint Working Committee"@en .
  bkr:place/evil a bk:Province ; skos:prefLabel "%s"@en ; bk:locatedIn bkr:place/china .
  bkr:person/x-evil a bk:Person ; rdfs:label "%s"@en .
}
""" % (EVIL.replace('"', '\\"'), EVIL.replace('"', '\\"'))


def _events() -> str:
    """60 meetings of Lang Son's Party Committee and Guangxi (2020-2024, one a month), a visit in
    Dong Dang, a conference of the JWC, and an undated event of the evil-named province and person."""
    lines = []
    for n in range(60):
        lines.append(f'bkr:event/m{n:02d} a bk:Meeting ; bk:date "{2020 + n // 12}-{n % 12 + 1:02d}-01"^^xsd:date ; '
                     f'rdfs:label "Meeting {n:02d}"@en ; '
                     f"bk:participant bkr:org/lang-son/party-committee, bkr:place/guangxi .")
    lines.append('bkr:event/visit a bk:Visit ; bk:date "2019"^^xsd:gYear ; bk:location bkr:place/dong-dang ; '
                 'rdfs:label "Visit to Dong Dang, 2019"@en ; bk:participant bkr:place/guangxi .')
    lines.append('bkr:event/jwc a bk:Conference ; bk:date "2024-02"^^xsd:gYearMonth ; bk:mechanism bkr:mechanism/jwc ; '
                 'rdfs:label "Conference of the JWC"@en ; bk:participant bkr:place/guangxi, bkr:place/lang-son .')
    lines.append(f'bkr:event/evil a bk:Event ; rdfs:label "{EVIL.replace(chr(34), chr(92) + chr(34))}"@en ; '
                 "bk:participant bkr:place/evil, bkr:person/x-evil, bkr:place/guangxi .")
    return "bkr:doc/d1 {\n" + "\n".join(lines) + "\n}\n"


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("views")
    text = re.sub(r"\bbkr:([\w/-]+)", lambda m: f"<{BKR}{m.group(1)}>", LEXICON + _events())  # '/' in local names
    (out / "graph.trig").write_text(PREFIXES + text, encoding="utf-8")
    application = make_app(out, config=ServeConfig(workers=0))
    yield application
    application.engine.close()


def get(app, path: str, **params: str):  # type: ignore[no-untyped-def]
    reply = app(Request("GET", path, {k: [v] for k, v in params.items()}, {"accept": "text/html"}))
    return reply.status, reply.body.decode("utf-8")


def event_links(html: str) -> list[str]:
    return re.findall(r'<td class="event"><a href="/id/event/([^"]+)"', html)


def test_home_and_every_page_link_to_the_timeline_and_the_network(app) -> None:  # type: ignore[no-untyped-def]
    for path in ("/", "/timeline", "/network", "/id/event/jwc"):
        status, html = get(app, path)
        assert status == 200, path
        assert '<a href="/timeline">' in html and '<a href="/network">' in html, path


def test_timeline_pages_events_oldest_first_undated_last(app) -> None:  # type: ignore[no-untyped-def]
    status, first = get(app, "/timeline")
    assert status == 200
    assert event_links(first)[:2] == ["visit", "m00"]  # 2019 before 2020-01-01
    assert len(event_links(first)) == PAGE_SIZE
    assert "Events 1–50 of 63" in first and 'rel="next" href="/timeline?page=2"' in first
    _, second = get(app, "/timeline", page="2")
    assert event_links(second)[-1] == "evil" and len(event_links(second)) == 13
    assert set(event_links(first)).isdisjoint(event_links(second))
    assert "Conference of the JWC" in second and "Joint Working Committee" in second  # name, mechanism


def test_timeline_rows_name_type_place_and_participants(app) -> None:  # type: ignore[no-untyped-def]
    _, html = get(app, "/timeline", type="Visit")
    row = html.split('<td class="event">')[1].split("</tr>")[0]
    assert ">Visit to Dong Dang, 2019</a>" in row and "<td>Visit</td>" in row
    assert '<a href="/id/place/dong-dang" title="https://w3id.org/borderkg/id/place/dong-dang">Dong Dang</a>' in row
    assert ">Guangxi</a>" in row


@pytest.mark.parametrize("params, expected", [
    ({"type": "Conference"}, ["jwc"]),
    ({"mechanism": BKR + "mechanism/jwc"}, ["jwc"]),
    ({"year": "2019"}, ["visit"]),
    ({"year": "2024", "type": "Meeting"}, [f"m{n}" for n in range(48, 60)]),
    ({"province": BKR + "place/lang-son", "year": "2019"}, ["visit"]),  # held in Dong Dang, in Lang Son
    ({"province": BKR + "place/lang-son", "year": "2024"}, [*(f"m{n}" for n in range(48, 60)), "jwc"]),
    ({"province": BKR + "place/vietnam", "year": "2024", "type": "Conference"}, ["jwc"]),
    ({"province": BKR + "place/guangxi", "type": "Event"}, ["evil"]),
    ({"province": BKR + "place/dong-dang", "type": "Meeting"}, []),
])
def test_timeline_filters(app, params, expected) -> None:  # type: ignore[no-untyped-def]
    status, html = get(app, "/timeline", **params)
    assert status == 200
    assert sorted(event_links(html)) == sorted(expected)
    if not expected:
        assert "No event matches these filters." in html


def test_timeline_filters_offer_provinces_mechanisms_types_and_years(app) -> None:  # type: ignore[no-untyped-def]
    _, html = get(app, "/timeline", province=BKR + "place/lang-son")
    assert f'<option value="{BKR}place/lang-son" selected>Lang Son</option>' in html
    assert f'<option value="{BKR}mechanism/jwc">Joint Working Committee</option>' in html
    assert '<option value="Conference">Conference</option>' in html
    assert [y for y in re.findall(r'<option value="(\d{4})"', html)] == ["2019", "2020", "2021", "2022", "2023", "2024"]


@pytest.mark.parametrize("params", [{"type": "Banquet"}, {"year": "24"}, {"year": "２０２４"}, {"page": "0"},
                                    {"page": "x"}, {"province": "not an iri"}, {"mechanism": "urn:x:>"}])
def test_timeline_refuses_bad_filters_naming_them(app, params) -> None:  # type: ignore[no-untyped-def]
    status, text = get(app, "/timeline", **params)
    assert status == 400
    assert f"{next(iter(params))}=" in text


def test_network_draws_the_actors_that_share_events_each_a_link(app) -> None:  # type: ignore[no-untyped-def]
    status, html = get(app, "/network")
    assert status == 200
    actors = re.findall(r'<a class="actor (\w+)" data-i="\d+" href="([^"]+)">', html)
    assert sorted(actors) == sorted([("body", "/id/org/lang-son/party-committee"), ("place", "/id/place/guangxi"),
                                     ("place", "/id/place/lang-son"), ("place", "/id/place/evil"),
                                     ("person", "/id/person/x-evil")])
    assert "All 5 actors that share an event or agreement (5 ties)." in html
    strongest = html.split("<h2>Strongest ties</h2>")[1].split("</tr>")[1]  # after the header row
    assert ">Guangxi</a>" in strongest and ">Lang Son Party Committee</a>" in strongest
    assert "<td class='num'>60</td><td>Meeting</td><td>2020, 2021, 2022, 2023, 2024</td>" in strongest
    assert '<script src="/static/network.js"></script>' in html and "http" not in html.split("<script")[1][:40]


def test_network_shows_the_most_connected_actors_with_a_note(app) -> None:  # type: ignore[no-untyped-def]
    _, html = get(app, "/network", limit="2")
    assert len(re.findall(r'<a class="actor ', html)) == 2
    assert "Showing the 2 most connected of 5 actors (1 of 5 ties)." in html
    assert '<a href="/network?limit=4">show up to 4</a>' in html
    for bad in ("0", "401", "x", "-1"):
        status, text = get(app, "/network", limit=bad)
        assert status == 400 and "limit=" in text


def test_the_pages_escape_every_name(app) -> None:  # type: ignore[no-untyped-def]
    for path, params in [("/timeline", {"page": "2"}), ("/timeline", {"province": BKR + "place/evil"}),
                         ("/network", {})]:
        status, html = get(app, path, **params)
        assert status == 200
        assert "<script>alert" not in html and "<img src=x" not in html, path
        assert "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;" in html, path
    status, text = get(app, "/timeline", province='urn:x:"><script>alert(1)</script>')
    assert status == 400 and "<script>alert" not in text


def test_network_json_is_the_export_actor_network_of_the_store(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import json

    from borderkg.export import GraphShape, load_build
    from borderkg.export.cytoscape import to_graph

    dataset = load_build(app.engine.build_dir)
    exported = to_graph(dataset, shape=GraphShape.ACTORS)["elements"]
    reply = app(Request("GET", "/network.json", {}, {}))
    served = json.loads(reply.body)["elements"]
    linked = {e["data"]["source"] for e in exported["edges"]} | {e["data"]["target"] for e in exported["edges"]}

    def strip(elements: list[dict]) -> list[dict]:
        return sorted((e["data"] for e in elements), key=lambda d: json.dumps(d, sort_keys=True))
    assert strip(served["nodes"]) == strip([n for n in exported["nodes"] if n["data"]["id"] in linked])
    assert strip(served["edges"]) == strip(exported["edges"])
