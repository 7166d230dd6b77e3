"""The groups of ontology classes the stages test membership in, derived once from the ontology's class tree.

Class names are bk: local names ("Province"), other classes their IRIs. A class added to
`ontology/borderkg.ttl` under bk:Place is a place to the extractor, the linker and the
exports without a code change.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping
from functools import cache
from typing import TypeVar

from rdflib import URIRef
from rdflib.namespace import RDFS

from borderkg.namespaces import BK

SCHEMA = "https://schema.org/"
T = TypeVar("T")


def _name(iri: URIRef) -> str:
    return iri[len(BK):] if iri.startswith(str(BK)) else str(iri)


@cache
def superclasses() -> dict[str, frozenset[str]]:
    """Class -> every class above it (transitively), from rdfs:subClassOf in the installed ontology.

    >>> sorted(c for c in superclasses()["Village"] if ":" not in c)
    ['Commune', 'Place']
    """
    from borderkg.rdf import parse_rdf
    from borderkg.resources import data_dir

    ontology = parse_rdf(data_dir() / "ontology" / "borderkg.ttl")
    direct: dict[str, set[str]] = defaultdict(set)
    for sub, sup in ontology.subject_objects(RDFS.subClassOf):
        if isinstance(sub, URIRef) and isinstance(sup, URIRef):
            direct[_name(sub)].add(_name(sup))
    return closure(direct)


def closure(direct: Mapping[T, Collection[T]]) -> dict[T, frozenset[T]]:
    """Each key -> everything reachable from it through ``direct`` (the transitive closure).

    >>> closure({"Village": {"Commune"}, "Commune": {"Place"}})["Village"] == {"Commune", "Place"}
    True
    """
    closed: dict[T, frozenset[T]] = {}
    for key in direct:
        seen: set[T] = set()
        todo = list(direct[key])
        while todo:
            nxt = todo.pop()
            if nxt not in seen:
                seen.add(nxt)
                todo.extend(direct.get(nxt, ()))
        closed[key] = frozenset(seen)
    return closed


def below(root: str) -> frozenset[str]:
    """``root`` and every bk: class under it.

    >>> sorted(below("Commune"))
    ['Commune', 'Town', 'Village', 'Ward']
    """
    return frozenset({root} | {cls for cls, above in superclasses().items() if root in above and ":" not in cls})


def general() -> frozenset[str]:
    """The roots of the bk: class tree that other bk: classes specialise (Place, Organization, Event, IdentityDecision)."""
    tree = superclasses()
    parents = {sup for above in tree.values() for sup in above if ":" not in sup}
    return frozenset(cls for cls in parents if not any(":" not in sup for sup in tree.get(cls, ())))


PLACES = below("Place")
PERSONS = below("Person")
ORGANIZATIONS = below("Organization")
ACTORS = PERSONS | ORGANIZATIONS
"""Who takes part in events: persons and organisations (places are counted apart)."""
EVENTS = below("Event")
ADMINISTRATIVE = frozenset(cls for cls in PLACES if f"{SCHEMA}AdministrativeArea" in superclasses().get(cls, ()))
"""Places that are administrative units (schema:AdministrativeArea): countries to wards, not gates or roads."""

__all__ = ["ACTORS", "ADMINISTRATIVE", "EVENTS", "ORGANIZATIONS", "PERSONS", "PLACES", "below", "closure",
           "general", "superclasses"]
