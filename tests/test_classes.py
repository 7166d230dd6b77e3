"""Class groups come from the ontology's class tree: no stage keeps its own copy that can drift."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

import borderkg.resources
from borderkg import classes, link
from borderkg.export._view import GraphView
from borderkg.extract import entities, posts
from borderkg.namespaces import BK

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = Graph().parse(ROOT / "ontology" / "borderkg.ttl", format="turtle")


def _below(root: URIRef) -> set[str]:
    """bk: classes under ``root`` by rdflib's own transitive walk (an independent reading)."""
    return {str(c)[len(BK):] for c in ONTOLOGY.transitive_subjects(RDFS.subClassOf, root) if str(c).startswith(str(BK))}


def test_groups_are_the_ontology_subtrees() -> None:
    assert classes.PLACES == _below(BK.Place) >= {"Prefecture", "Ward", "Village", "BorderGate"}
    assert classes.ACTORS == _below(BK.Person) | _below(BK.Organization)
    assert classes.EVENTS == _below(BK.Event)
    assert classes.general() == {"Place", "Organization", "Event", "IdentityDecision"}


def test_administrative_units_are_schema_administrative_areas() -> None:
    assert classes.ADMINISTRATIVE == classes.PLACES - {"Place", "BorderGate", "Infrastructure"}


def test_every_stage_uses_the_derived_groups() -> None:
    assert entities.PLACE_CLASSES == classes.PLACES and entities.ACTOR_CLASSES == classes.ACTORS
    assert posts.ORG_LIKE == classes.ORGANIZATIONS | {"Project"}
    assert classes.EVENTS <= link._NOT_ENTITIES and not classes.PLACES & link._NOT_ENTITIES
    view = GraphView(Dataset())  # no ontology in the build: the installed class tree decides
    for cls in ONTOLOGY.subjects(RDF.type, OWL.Class):
        if str(cls).startswith(str(BK)):
            for root in (BK.Place, BK.Organization, BK.Event):
                assert view.is_subclass(cls, root) == (str(cls)[len(BK):] in _below(root)), (cls, root)


def test_a_class_added_to_the_ontology_joins_its_group(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "data"
    shutil.copytree(ROOT / "ontology", root / "ontology")
    with (root / "ontology" / "borderkg.ttl").open("a", encoding="utf-8") as out:
        out.write("\nbk:Township a owl:Class ; rdfs:subClassOf bk:Commune .\n")
    monkeypatch.setattr(borderkg.resources, "data_dir", lambda: root)
    classes.superclasses.cache_clear()
    try:
        assert "Township" in classes.below("Place") and "Township" not in classes.below("Organization")
    finally:
        classes.superclasses.cache_clear()
