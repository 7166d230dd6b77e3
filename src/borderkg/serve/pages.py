"""HTML of the query page and the entity pages: plain HTML and a hand-written SVG, no CDN."""
from __future__ import annotations

import json
import math
from html import escape
from urllib.parse import quote

from borderkg.serve.entity import BKR, Entity, compact
from borderkg.serve.examples import Example

HEAD = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" href="/static/style.css">
</head><body>
<header><a class="brand" href="/">borderkg</a>
<span class="tagline">cross-border cooperation graph: Vietnam's border provinces and Guangxi</span>
<nav><a href="/">query</a> <a href="/timeline">timeline</a> <a href="/network">network</a>
<a href="/sparql">service description</a></nav></header>
"""


def href(iri: str) -> str:
    """The local page of an IRI: ``/id/...`` for minted resources, ``/resource?iri=`` otherwise."""
    if iri.startswith(BKR):
        return "/id/" + quote(iri[len(BKR):], safe="/-_.~")
    return "/resource?iri=" + quote(iri, safe="")


def _link(iri: str, text: str | None = None) -> str:
    return f'<a href="{escape(href(iri))}" title="{escape(iri)}">{escape(text or compact(iri))}</a>'


def _term(term: dict[str, str], entity: Entity) -> str:
    if term["type"] == "uri":
        return _link(term["value"], entity.label(term["value"]))
    if term["type"] == "literal":
        lang = term.get("xml:lang")
        tag = f'<span class="tag">@{escape(lang)}</span>' if lang else (
            f'<span class="tag">{escape(compact(term["datatype"]))}</span>' if "datatype" in term else "")
        attr = f' lang="{escape(lang)}" dir="auto"' if lang else ""
        return f'<span class="literal"{attr}>{escape(term["value"])}</span>{tag}'
    return f'<span class="bnode">_:{escape(term["value"])}</span>'


def home_page(examples: list[Example], *, stats: str = "") -> str:
    """The query page: editor, example queries one click away, results table."""
    buttons = "\n".join(
        f'<li><button type="button" class="example" data-name="{escape(e.name)}" '
        f'title="{escape(e.description)}">{escape(e.title)}</button></li>' for e in examples)
    data = json.dumps({e.name: e.sparql for e in examples}, ensure_ascii=False).replace("</", "<\\/")
    return HEAD.format(title="borderkg: query the graph") + f"""
<main class="query-page">
<aside><h2>Example queries</h2><ul class="examples">{buttons}</ul>
<h2>Find an entity</h2>
<form id="search"><input id="search-text" type="search" placeholder="a name, e.g. Quang Ninh"
 aria-label="name to look for"><button type="submit">Find</button></form>
<h2>Explore</h2>
<ul class="explore"><li><a href="/timeline">Timeline</a>: events by date, by province, mechanism, type and year</li>
<li><a href="/network">Network</a>: who meets whom, drawn from the events and agreements</li></ul>
<p class="stats">{escape(stats)}</p></aside>
<section class="editor">
<form id="query-form" method="get" action="/sparql">
<label for="query">SPARQL query (prefixes bk:, bkr:, skos:, rdfs:, org:, prov:, dcterms: are predeclared)</label>
<textarea id="query" name="query" spellcheck="false" rows="14">SELECT ?class (COUNT(*) AS ?n) WHERE {{ ?s a ?class }} GROUP BY ?class ORDER BY DESC(?n)</textarea>
<div class="actions"><button id="run" type="submit">Run query</button>
<span class="hint">Ctrl+Enter runs</span>
<span class="downloads">download: <a data-format="json" href="#">JSON</a> <a data-format="csv" href="#">CSV</a>
<a data-format="tsv" href="#">TSV</a> <a data-format="xml" href="#">XML</a></span></div>
</form>
<p id="status" role="status"></p>
<div id="results"></div>
</section></main>
<script type="application/json" id="examples-data">{data}</script>
<script src="/static/app.js"></script>
</body></html>"""


def _names(entity: Entity) -> str:
    if not entity.names:
        return "<p>No names recorded.</p>"
    rows = []
    for lang in sorted(entity.names):
        kinds = entity.names[lang]
        cells = "".join(
            "<td>" + "<br>".join(f'<span lang="{escape(lang)}" dir="auto">{escape(v)}</span>'
                                 for v in sorted(set(kinds.get(kind, [])))) + "</td>"
            for kind in ("prefLabel", "altLabel", "label"))
        rows.append(f"<tr><th>{escape(lang) or '(none)'}</th>{cells}</tr>")
    return ("<table class='names'><thead><tr><th>language</th><th>preferred</th><th>alternative</th>"
            f"<th>label</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")


def _events(entity: Entity) -> str:
    if not entity.events:
        return "<p>None recorded.</p>"
    rows = "".join(
        f"<tr><td>{_link(e['e'], entity.label(e['e']))}</td>"
        f"<td>{_link(e['type'], compact(e['type'])) if 'type' in e else ''}</td>"
        f"<td>{escape(compact(e.get('role', '')))}</td><td>{escape(e.get('date', ''))}</td>"
        f"<td>{_link(e['mech'], entity.label(e['mech'])) if 'mech' in e else ''}</td>"
        f"<td>{_link(e['loc'], entity.label(e['loc'])) if 'loc' in e else ''}</td></tr>"
        for e in entity.events)
    return ("<table class='events'><thead><tr><th>what</th><th>type</th><th>as</th><th>date</th>"
            f"<th>mechanism</th><th>where</th></tr></thead><tbody>{rows}</tbody></table>")


def _links(entity: Entity) -> str:
    out = "".join(f"<tr><td>{_link(p)}</td><td>{_term(o, entity)}</td></tr>" for p, o in entity.out_links)
    into = "".join(f"<tr><td>{_link(s, entity.label(s))}</td><td>{_link(p)}</td></tr>"
                   for s, p in entity.in_links)
    return (f"<div class='links'><div><h3>Out ({len(entity.out_links)})</h3><table class='out'>"
            f"<thead><tr><th>property</th><th>value</th></tr></thead><tbody>{out}</tbody></table></div>"
            f"<div><h3>In ({len(entity.in_links)})</h3><table class='in'><thead><tr><th>from</th>"
            f"<th>property</th></tr></thead><tbody>{into}</tbody></table></div></div>")


def _sources(entity: Entity) -> str:
    if not entity.mentions:
        return "<p>No source mentions (a lexicon entry or a document-level node).</p>"
    items = []
    for m in entity.mentions:
        lang = m.get("lang", "")
        quote_html = f'<q lang="{escape(lang)}" dir="auto">{escape(m.get("text", ""))}</q>'
        context = m.get("context")
        if context and "text" in m:
            quote_html += (f'<blockquote lang="{escape(lang)}" dir="auto">'
                           f'{_highlight(context, m["text"])}</blockquote>')
        where = _link(m["doc"], m.get("id") or entity.label(m["doc"])) if "doc" in m else ""
        span = f"{m['start']}–{m['end']}" if "start" in m else ""
        items.append(f"<li>{quote_html}<div class='meta'>document {where} · language "
                     f"{escape(lang or '?')} · characters {escape(span)} · {_link(m['m'], 'mention')}</div></li>")
    return f"<ol class='sources'>{''.join(items)}</ol>"


def _highlight(context: str, text: str) -> str:
    at = context.find(text)
    if at < 0:
        return escape(context)
    return escape(context[:at]) + f"<mark>{escape(text)}</mark>" + escape(context[at + len(text):])


def graph_svg(entity: Entity, *, limit: int = 24, width: int = 720, height: int = 440) -> str:
    """A radial drawing of the entity's neighbourhood: it in the middle, linked IRIs around it."""
    edges: list[tuple[str, str, bool]] = []  # (neighbour, property, outgoing)
    seen: set[str] = set()
    for p, o in entity.out_links:
        if o["type"] == "uri" and o["value"] not in seen and o["value"] != entity.iri:
            seen.add(o["value"])
            edges.append((o["value"], p, True))
    for s, p in entity.in_links:
        if s not in seen and s != entity.iri:
            seen.add(s)
            edges.append((s, p, False))
    edges = edges[:limit]
    cx, cy, r = width / 2, height / 2, min(width, height) / 2 - 50
    parts = [f'<svg class="graph" viewBox="0 0 {width} {height}" width="100%" role="img" '
             f'aria-label="neighbourhood of {escape(entity.label(entity.iri))}">',
             '<defs><marker id="arrow" viewBox="0 0 10 10" refX="18" refY="5" markerWidth="7" '
             'markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z"/></marker></defs>']
    for i, (node, prop, outgoing) in enumerate(edges):
        angle = 2 * math.pi * i / max(len(edges), 1) - math.pi / 2
        x, y = cx + r * math.cos(angle), cy + r * math.sin(angle)
        x1, y1, x2, y2 = (cx, cy, x, y) if outgoing else (x, y, cx, cy)
        anchor = "start" if math.cos(angle) > 0.2 else "end" if math.cos(angle) < -0.2 else "middle"
        dx = 10 if anchor == "start" else -10 if anchor == "end" else 0
        dy = 4 if anchor != "middle" else (-12 if math.sin(angle) < 0 else 20)
        label = entity.label(node)
        parts.append(
            f'<g class="edge {"out" if outgoing else "in"}"><line x1="{x1:.0f}" y1="{y1:.0f}" x2="{x2:.0f}" '
            f'y2="{y2:.0f}" marker-end="url(#arrow)"/><text class="prop" x="{(cx + x) / 2:.0f}" '
            f'y="{(cy + y) / 2 - 3:.0f}">{escape(compact(prop).split(":")[-1])}</text></g>'
            f'<a href="{escape(href(node))}"><g class="node"><title>{escape(node)}</title>{_hit_area(x, y, dx, dy, anchor, label[:28])}'
            f'<circle cx="{x:.0f}" cy="{y:.0f}" r="7"/><text x="{x + dx:.0f}" y="{y + dy:.0f}" '
            f'text-anchor="{anchor}">{escape(label[:28])}</text></g></a>')
    parts.append(f'<g class="node centre"><circle cx="{cx:.0f}" cy="{cy:.0f}" r="11"/>'
                 f'<text x="{cx:.0f}" y="{cy + 28:.0f}" text-anchor="middle">'
                 f'{escape(entity.label(entity.iri)[:40])}</text></g></svg>')
    return "".join(parts)


def _hit_area(x: float, y: float, dx: float, dy: float, anchor: str, label: str) -> str:
    """An invisible rectangle over a node's circle and label, so the whole of it is clickable."""
    width = 7.5 * len(label) + 4
    left = {"start": x + dx - 2, "end": x + dx - width + 2, "middle": x - width / 2}[anchor]
    xs, ys = [x - 9, x + 9, left, left + width], [y - 9, y + 9, y + dy - 13, y + dy + 4]
    return (f'<rect class="hit" x="{min(xs):.0f}" y="{min(ys):.0f}" width="{max(xs) - min(xs):.0f}" '
            f'height="{max(ys) - min(ys):.0f}" fill="transparent"/>')


def entity_page(entity: Entity) -> str:
    """The page of one IRI: types, names by language, events, links, a graph, quoted sources."""
    title = entity.label(entity.iri)
    if title == compact(entity.iri) and entity.types:  # an unnamed event or fact: its type and date
        date = next((o["value"] for p, o in entity.out_links if p.endswith("#date")), "")
        title = " ".join(filter(None, [compact(entity.types[0]).split(":")[-1], date])) or title
    types = " ".join(f'<span class="type">{_link(t)}</span>' for t in entity.types) or "<em>untyped</em>"
    rdf = escape(href(entity.iri)) + ("&amp;" if "?" in href(entity.iri) else "?") + "format="
    describe = quote(f"DESCRIBE <{entity.iri}>", safe="")
    return HEAD.format(title=escape(title) + " · borderkg") + f"""
<main class="entity-page">
<h1 lang="{'en' if title.isascii() else ''}" dir="auto">{escape(title)}</h1>
<p class="iri"><code>{escape(entity.iri)}</code> · {types}</p>
<p class="formats">as <a href="{rdf}turtle">Turtle</a> · <a href="{rdf}ntriples">N-Triples</a> ·
<a href="{rdf}jsonld">JSON-LD</a> · <a href="/?query={describe}">query it</a></p>
<section><h2>Names</h2>{_names(entity)}</section>
<section><h2>Events and agreements</h2>{_events(entity)}</section>
<section><h2>Neighbourhood</h2>{graph_svg(entity)}</section>
<section><h2>Links</h2>{_links(entity)}</section>
<section><h2>Sources</h2>{_sources(entity)}</section>
</main></body></html>"""
