"""HTML of the timeline and network pages: every name and IRI escaped, links to the entity pages."""
from __future__ import annotations

import math
from html import escape
from urllib.parse import urlencode

import networkx as nx

from borderkg import classes
from borderkg.serve.entity import compact
from borderkg.serve.network import MAX_LIMIT, Drawing, radius
from borderkg.serve.pages import HEAD, href
from borderkg.serve.timeline import EVENT_TYPES, PAGE_SIZE, Timeline

PARTICIPANTS_SHOWN = 8
"""Participants listed in a timeline row before "and N more"."""
EDGES_LISTED = 60
"""Strongest ties listed below the drawing."""
_PLACES = classes.below("Place")
_PEOPLE = classes.below("Person")


def _a(iri: str, names: dict[str, str]) -> str:
    return f'<a href="{escape(href(iri))}" title="{escape(iri)}">{escape(names.get(iri) or compact(iri))}</a>'


def _options(values: list[str], chosen: str, names: dict[str, str], everything: str) -> str:
    items = [f'<option value="">{escape(everything)}</option>']
    items += [f'<option value="{escape(v)}"{" selected" if v == chosen else ""}>{escape(names.get(v, v))}</option>'
              for v in values]
    return "".join(items)


def timeline_page(t: Timeline) -> str:
    """Events by date: a filter form, one row per event, and links to the other pages."""
    f = t.filters
    types = {v: v for v in EVENT_TYPES}
    form = f"""<form class="filters" method="get" action="/timeline">
<label>province <select name="province">{_options(t.provinces, f.province, t.names, "any province")}</select></label>
<label>mechanism <select name="mechanism">{_options(t.mechanisms, f.mechanism, t.names, "any mechanism")}</select></label>
<label>type <select name="type">{_options(list(EVENT_TYPES), f.type, types, "any type")}</select></label>
<label>year <select name="year">{_options(t.years, f.year, {y: y for y in t.years}, "any year")}</select></label>
<button type="submit">Filter</button> <a href="/timeline">clear</a></form>"""
    rows = []
    for r in t.rows:
        who = r.participants[:PARTICIPANTS_SHOWN]
        more = len(r.participants) - len(who)
        name = t.names.get(r.iri) or " ".join(filter(None, [r.type or "Event", r.date]))
        rows.append(
            f'<tr><td class="date">{escape(r.date)}</td>'
            f'<td class="event"><a href="{escape(href(r.iri))}" title="{escape(r.iri)}">{escape(name)}</a></td>'
            f'<td>{escape(r.type)}</td><td>{_a(r.mechanism, t.names) if r.mechanism else ""}</td>'
            f'<td>{", ".join(_a(p, t.names) for p in r.places)}</td>'
            f'<td>{", ".join(_a(p, t.names) for p in who)}{f" and {more} more" if more else ""}</td></tr>')
    first = (f.page - 1) * PAGE_SIZE + 1
    shown = (f"Events {first:,}–{first + len(t.rows) - 1:,} of {t.total:,}, oldest first (undated last); "
             f"{PAGE_SIZE} a page." if t.rows else "No event matches these filters.")
    pager = []
    if f.page > 1:
        pager.append(f'<a rel="prev" href="/timeline?{escape(urlencode(f.query(page=f.page - 1)))}">← earlier</a>')
    pager.append(f"page {f.page:,} of {t.pages:,}")
    if f.page < t.pages:
        pager.append(f'<a rel="next" href="/timeline?{escape(urlencode(f.query(page=f.page + 1)))}">later →</a>')
    return HEAD.format(title="Timeline · borderkg") + f"""
<main class="timeline-page">
<h1>Timeline of cooperation events</h1>
{form}
<p class="note" id="count">{escape(shown)}</p>
<table class="timeline"><thead><tr><th>date</th><th>event</th><th>type</th><th>mechanism</th><th>where</th>
<th>participants</th></tr></thead><tbody>{"".join(rows)}</tbody></table>
<p class="pager">{" · ".join(pager)}</p>
</main></body></html>"""


def _kind(node_type: str) -> str:
    return "place" if node_type in _PLACES else "person" if node_type in _PEOPLE else "body"


def network_page(d: Drawing, *, limit: int, width: int = 1100, height: int = 760) -> str:
    """The actor network drawn as SVG: circles sized by events, lines by shared events, each actor a link."""
    g, pad = d.network, 60
    at = {n: (30 + x * (width - 200), pad + y * (height - 2 * pad)) for n, (x, y) in d.positions.items()}  # room for labels
    index = {n: i for i, n in enumerate(sorted(g.nodes))}
    lines, marks, dots = [], [], []
    for a, b, data in sorted(g.edges(data=True), key=lambda e: e[2].get("weight", 1)):
        (x1, y1), (x2, y2) = at[a], at[b]
        weight = int(data.get("weight", 1))
        tip = (f"{g.nodes[a].get('label', a)} — {g.nodes[b].get('label', b)}: weight {weight} "
               f"({data.get('events', 0)} events, {data.get('agreements', 0)} agreements); "
               f"{data.get('event_types', '').replace(';', ', ')}; {data.get('years', '').replace(';', ', ')}")
        lines.append(f'<line class="tie" data-a="{index[a]}" data-b="{index[b]}" x1="{x1:.1f}" y1="{y1:.1f}" '
                     f'x2="{x2:.1f}" y2="{y2:.1f}" stroke-width="{1 + 1.5 * math.log2(weight):.1f}">'
                     f"<title>{escape(tip)}</title></line>")
        if weight > 1:
            marks.append(f'<text class="weight" x="{(x1 + x2) / 2:.1f}" y="{(y1 + y2) / 2:.1f}">{weight}</text>')
    strength = dict(g.degree(weight="weight"))
    for n in sorted(g.nodes, key=lambda n: (strength[n], n)):  # the most connected drawn last, on top
        data = g.nodes[n]
        x, y = at[n]
        r = radius(data.get("events", 0))
        label = str(data.get("label") or compact(n))
        tip = f"{label} · {data.get('type', '')} · {data.get('events', 0)} events and agreements"
        dots.append(f'<a class="actor {_kind(str(data.get("type", "")))}" data-i="{index[n]}" '
                    f'href="{escape(href(n))}"><title>{escape(tip)}</title>'
                    f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"/>'
                    f'<text x="{x + r + 2:.1f}" y="{y + 4:.1f}">{escape(label[:32])}</text></a>')
    svg = (f'<svg id="network" class="network" viewBox="0 0 {width} {height}" width="100%" role="img" '
           f'aria-label="actor network">{"".join(lines)}{"".join(marks)}{"".join(dots)}</svg>')
    ties = sorted(g.edges(data=True), key=lambda e: (-e[2].get("weight", 1), e[0], e[1]))[:EDGES_LISTED]
    table = "".join(
        f"<tr><td>{_actor(g, a)}</td><td>{_actor(g, b)}</td><td class='num'>{int(data.get('weight', 1))}</td>"
        f"<td>{escape(data.get('event_types', '').replace(';', ', '))}</td>"
        f"<td>{escape(data.get('years', '').replace(';', ', '))}</td></tr>" for a, b, data in ties)
    note = (f"Showing the {g.number_of_nodes():,} most connected of {d.actors:,} actors "
            f"({g.number_of_edges():,} of {d.ties:,} ties)." if g.number_of_nodes() < d.actors else
            f"All {d.actors:,} actors that share an event or agreement ({d.ties:,} ties).")
    more = (f' <a href="/network?limit={min(MAX_LIMIT, limit * 2)}">show up to {min(MAX_LIMIT, limit * 2)}</a>'
            if g.number_of_nodes() < d.actors and limit < MAX_LIMIT else "")
    return HEAD.format(title="Actor network · borderkg") + f"""
<main class="network-page">
<h1>Actor network</h1>
<p class="note" id="count">{escape(note)}{more} Persons, bodies and places are linked when they take part in
the same events or agreements; a line's width and number are how many they share (hover for the event types
and years). Click an actor to open its page. The same network: <a href="/network.json">Cytoscape.js JSON</a>,
or <code>borderkg export --format graphml --graph actors</code>.</p>
<p class="legend"><span class="key person">person</span> <span class="key body">body</span>
<span class="key place">place</span> <label>find <input id="network-find" type="search"
placeholder="a name"></label></p>
{svg}
<h2>Strongest ties</h2>
<table class="ties"><thead><tr><th>actor</th><th>actor</th><th>shared</th><th>event types</th><th>years</th>
</tr></thead><tbody>{table}</tbody></table>
</main>
<script src="/static/network.js"></script>
</body></html>"""


def _actor(g: nx.Graph, node: str) -> str:
    label = str(g.nodes[node].get("label") or compact(node))
    return f'<a href="{escape(href(node))}" title="{escape(node)}">{escape(label)}</a>'
