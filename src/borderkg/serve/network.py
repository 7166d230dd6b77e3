"""The network page's data: the actor network of ``borderkg export --graph actors``, laid out once.

The network is the export's own (:func:`borderkg.export._network.actor_network`), computed
over the part of the store it reads: events and agreements with their participants, parties
and dates, and those actors' types, names, links and containment (for their country). Actors
that share nothing are left out, since they would be lone dots. A big graph shows its
``limit`` most connected actors, laid out by networkx's force-directed spring layout.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import networkx as nx
from rdflib import Graph

from borderkg import classes
from borderkg.sparql import Engine

DEFAULT_LIMIT = 100
"""Actors drawn unless the reader asks for more."""
MAX_LIMIT = 400
"""Most actors drawn at once (the drawing and its layout grow with the square of it)."""
_FACT_TYPES = " ".join(f"bk:{t}" for t in sorted(classes.below("Event") | {"Agreement"}))
_QUERIES = (
    "CONSTRUCT { ?c rdfs:subClassOf ?d } WHERE { ?c rdfs:subClassOf ?d FILTER(isIRI(?d)) }",
    f"""CONSTRUCT {{ ?e a ?t . ?e ?role ?a . ?e bk:date ?d }} WHERE {{
          VALUES ?t {{ {_FACT_TYPES} }} ?e a ?t .
          {{ VALUES ?role {{ bk:participant bk:party }} ?e ?role ?a }} UNION {{ ?e bk:date ?d }} }}""",
    """CONSTRUCT { ?x a ?xt . ?x ?p ?o } WHERE {
          { SELECT DISTINCT ?x WHERE {
              { SELECT DISTINCT ?a WHERE { ?e bk:participant|bk:party ?a } }
              ?a (bk:locatedIn|bk:jurisdiction)* ?x } }
          { ?x a ?xt } UNION {
            VALUES ?p { skos:prefLabel rdfs:label bk:locatedIn bk:jurisdiction owl:sameAs skos:exactMatch
                        skos:closeMatch <http://www.wikidata.org/prop/direct/P300>
                        <http://www.wikidata.org/prop/direct/P297> <http://www.wikidata.org/prop/direct/P298> }
            ?x ?p ?o } }""",
)


def actor_network(engine: Engine) -> nx.Graph:
    """The actor network of the export, over the engine's store (actors that share something)."""
    from borderkg.export._network import actor_network as build
    from borderkg.export._view import GraphView

    graph = Graph()
    for query in _QUERIES:
        answer = engine.query(query, bindings_format=None, graph_format="ntriples", timeout=600,
                              max_rows=50_000_000)
        graph.parse(data=answer.body.decode("utf-8"), format="nt")
    network = build(GraphView(graph))
    network.remove_nodes_from([n for n, degree in list(network.degree) if degree == 0])
    return network


def radius(events: object) -> float:
    """The radius of an actor's circle in the drawing: grows with the events it takes part in."""
    return 4 + 2.2 * math.sqrt(int(events or 0))  # type: ignore[call-overload]


@dataclass(frozen=True, slots=True)
class Drawing:
    """The ``limit`` most connected actors of a network, with positions in the unit square."""

    network: nx.Graph
    """The drawn part: node and edge attributes as the export writes them."""
    positions: dict[str, tuple[float, float]]
    actors: int
    """Actors in the whole network."""
    ties: int
    """Edges in the whole network."""


def draw(network: nx.Graph, limit: int = DEFAULT_LIMIT) -> Drawing:
    """Keep the ``limit`` actors with the most shared events (weighted degree), and lay them out.

    >>> g = nx.Graph(); g.add_edge("a", "b", weight=2); g.add_edge("b", "c", weight=1)
    >>> d = draw(g, limit=2)
    >>> sorted(d.network.nodes), d.actors, d.ties
    (['a', 'b'], 3, 2)
    >>> all(0 <= x <= 1 and 0 <= y <= 1 for x, y in d.positions.values())
    True
    """
    strength = dict(network.degree(weight="weight"))
    kept = sorted(network.nodes, key=lambda n: (-strength[n], n))[:limit]
    part = network.subgraph(kept).copy()
    if not part:
        return Drawing(part, {}, network.number_of_nodes(), network.number_of_edges())
    # ForceAtlas2 (Gephi's layout) with strong gravity: small groups stay near the rest instead of
    # drifting to the edge and squeezing the drawing (spring_layout spreads 80 % of 100 actors over
    # an eighth of the height; this over four fifths)
    layout = nx.forceatlas2_layout(part, weight="weight", seed=7, max_iter=300, gravity=1.0,
                                   strong_gravity=True, scaling_ratio=4.0) \
        if part.number_of_nodes() > 2 else nx.circular_layout(part)
    xs = [float(p[0]) for p in layout.values()]
    ys = [float(p[1]) for p in layout.values()]
    def scale(v: float, lo: float, hi: float) -> float:
        return 0.5 if hi == lo else (v - lo) / (hi - lo)
    positions = {n: (scale(float(p[0]), min(xs), max(xs)), scale(float(p[1]), min(ys), max(ys)))
                 for n, p in layout.items()}
    return Drawing(part, positions, network.number_of_nodes(), network.number_of_edges())
