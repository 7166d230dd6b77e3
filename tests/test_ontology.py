"""The ontology (ontology/borderkg.ttl) and the concept schemes (ontology/concepts.ttl).

Checks that every term of shared/CONTRACT.md exists with the contract's hierarchy and
kind (object or datatype property), that every own term is labelled in the eight
languages and defined in English, that the alignments the contract asks for are stated,
and (slow) that HermiT, through owlready2, finds the ontology consistent.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, SKOS

REPO = Path(__file__).parents[1]
ONTOLOGY = REPO / "ontology" / "borderkg.ttl"
CONCEPTS = REPO / "ontology" / "concepts.ttl"

BK = Namespace("https://w3id.org/borderkg/ontology#")
BKR = Namespace("https://w3id.org/borderkg/id/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
GAF = Namespace("http://groundedannotationframework.org/gaf#")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")
SCHEMA = Namespace("https://schema.org/")
ONTOLOGY_IRI = URIRef("https://w3id.org/borderkg/ontology")
LANGUAGES = ("en", "ar", "fr", "sv", "vi", "zh", "es", "de")

# Class -> its direct superclass in the contract (None for top-level classes).
CONTRACT_CLASSES = {
    "Person": None, "Organization": None, "Place": None, "Mechanism": None, "Event": None,
    "Agreement": None, "Project": None, "Observation": None, "Mention": None, "Document": None,
    "PartyCommittee": "Organization", "PeoplesCommittee": "Organization", "Department": "Organization",
    "Company": "Organization", "NGO": "Organization", "InternationalOrganization": "Organization",
    "Country": "Place", "Province": "Place", "City": "Place", "District": "Place", "Commune": "Place",
    "BorderGate": "Place", "Infrastructure": "Place",
    "Meeting": "Event", "Conference": "Event", "Signing": "Event", "Visit": "Event", "Exchange": "Event",
    "Exhibition": "Event",
}
DOMAIN_CLASSES = {"AutonomousRegion": "Province", "Ward": "Commune", "Village": "Commune", "Town": "Commune", "Prefecture": "Place",
                  "IdentityDecision": None, "SettledReading": "IdentityDecision",
                  "UndecidedReading": "IdentityDecision", "KeptApart": "IdentityDecision", "OrdinalDecision": None}

CONTRACT_OBJECT_PROPERTIES = ["jurisdiction", "locatedIn", "participant", "location", "mechanism", "party", "unit",
                              "subject", "source"]
CONTRACT_DATATYPE_PROPERTIES = ["date", "ordinal", "value", "period", "start", "end", "text"]
DOMAIN_OBJECT_PROPERTIES = ["field", "agreement", "connects", "counterpart", "denotedBy", "mentionIdentity",
                            "aboutPerson", "nameMention", "candidate", "settledAs", "evidence", "evidenceDocument",
                            "enclosingMention", "statedNear", "aboutEvent"]
DOMAIN_DATATYPE_PROPERTIES = ["charCount", "validFrom", "validUntil", "statedOrdinal", "settledOrdinal"]

ROLE_CODES = ["SECRETARY", "DEPUTY_SECRETARY", "MEMBER", "CHAIR", "VICE_CHAIR", "DIRECTOR", "DEPUTY_DIRECTOR",
              "HEAD", "DEPUTY_HEAD", "REPRESENTATIVE"]
UNIT_CODES = ["USD", "VND", "CNY", "TNE", "KM", "KM2", "PERCENT", "PERSON", "DELEGATION", "AGREEMENT", "PROJECT",
              "AID", "CALL", "EXCHANGE", "MEETING", "CONFERENCE", "LETTER", "EVENT", "VEHICLE", "LOCALITY"]
CAMEO_CODES = ["030", "036", "040", "041", "042", "043", "044", "057", "061"]
FIELDS = ["trade", "investment", "tourism", "culture", "sport", "health", "education", "border-management",
          "security", "transport", "science-technology", "digital-transformation", "agriculture",
          "people-to-people-exchange", "party-building", "customs-clearance", "logistics"]


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY)


@pytest.fixture(scope="module")
def concepts() -> Graph:
    return Graph().parse(CONCEPTS)


def _own_terms(g: Graph) -> set[URIRef]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    return {s for k in kinds for s in g.subjects(RDF.type, k) if isinstance(s, URIRef) and s.startswith(str(BK))}


# --- parsing and form --------------------------------------------------------------


def test_ontology_parses_and_names_itself(onto):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    assert not list(onto.objects(None, OWL.imports)), "external vocabularies are declared, not imported"


def test_concepts_parse(concepts):
    for scheme in (BKR.role, BKR.unit, BKR.cameo, BKR.field):
        assert (scheme, RDF.type, SKOS.ConceptScheme) in concepts


def test_no_property_is_of_two_kinds(onto, concepts):
    """OWL 2 DL: a property is an object, a datatype or an annotation property, never two."""
    g = onto + concepts
    kinds = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    for term in {s for k in kinds for s in g.subjects(RDF.type, k)}:
        assert sum((term, RDF.type, k) in g for k in kinds) == 1, term


def test_no_class_is_also_an_individual(onto, concepts):
    g = onto + concepts
    classes = set(g.subjects(RDF.type, OWL.Class))
    assert not classes & set(g.subjects(RDF.type, OWL.NamedIndividual))


def test_external_terms_in_axioms_are_declared(onto):
    """Every superclass and superproperty is declared, so the ontology is OWL 2 DL without imports."""
    for sub, sup in onto.subject_objects(RDFS.subClassOf):
        if isinstance(sup, URIRef):
            assert (sup, RDF.type, OWL.Class) in onto, sup
    kinds = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    for sub, sup in onto.subject_objects(RDFS.subPropertyOf):
        assert any((sup, RDF.type, k) in onto and (sub, RDF.type, k) in onto for k in kinds), (sub, sup)


# --- the contract's terms ----------------------------------------------------------


@pytest.mark.parametrize("name", sorted({**CONTRACT_CLASSES, **DOMAIN_CLASSES}))
def test_class_exists_with_its_superclass(name, onto):
    assert (BK[name], RDF.type, OWL.Class) in onto
    parent = {**CONTRACT_CLASSES, **DOMAIN_CLASSES}[name]
    if parent is not None:
        assert (BK[name], RDFS.subClassOf, BK[parent]) in onto


@pytest.mark.parametrize("name", CONTRACT_OBJECT_PROPERTIES + DOMAIN_OBJECT_PROPERTIES)
def test_object_property(name, onto):
    assert (BK[name], RDF.type, OWL.ObjectProperty) in onto


@pytest.mark.parametrize("name", CONTRACT_DATATYPE_PROPERTIES + DOMAIN_DATATYPE_PROPERTIES)
def test_datatype_property(name, onto):
    assert (BK[name], RDF.type, OWL.DatatypeProperty) in onto


def test_external_properties_the_graph_uses_are_declared(onto):
    for term, kind in [
        (ORG.member, OWL.ObjectProperty), (ORG.organization, OWL.ObjectProperty), (ORG.role, OWL.ObjectProperty),
        (ORG.Membership, OWL.Class), (PROV.wasDerivedFrom, OWL.ObjectProperty),
        (DCTERMS.identifier, OWL.DatatypeProperty), (DCTERMS.language, OWL.DatatypeProperty),
        (DCTERMS.date, OWL.DatatypeProperty), (DCTERMS.title, OWL.DatatypeProperty),
        (DCTERMS.source, OWL.ObjectProperty), (DCTERMS.isReplacedBy, OWL.ObjectProperty),
        (SKOS.closeMatch, OWL.AnnotationProperty), (SKOS.prefLabel, OWL.AnnotationProperty),
        (SKOS.altLabel, OWL.AnnotationProperty), (SKOS.definition, OWL.AnnotationProperty),
    ]:
        assert (term, RDF.type, kind) in onto, term


def test_datatype_ranges(onto):
    assert (BK.value, RDFS.range, XSD.decimal) in onto
    assert (BK.ordinal, RDFS.range, XSD.integer) in onto
    assert (BK.start, RDFS.range, XSD.integer) in onto
    assert (BK.end, RDFS.range, XSD.integer) in onto
    assert (BK.charCount, RDFS.range, XSD.nonNegativeInteger) in onto
    assert (BK.text, RDFS.range, RDF.langString) in onto


@pytest.mark.parametrize("term", sorted(_own_terms(Graph().parse(ONTOLOGY))), ids=lambda t: t.split("#")[1])
def test_term_is_labelled_in_eight_languages_and_defined(term, onto):
    labels = [lbl for lbl in onto.objects(term, RDFS.label) if isinstance(lbl, Literal)]
    by_language = {lbl.language for lbl in labels}
    assert by_language == set(LANGUAGES), f"{term}: labels in {sorted(by_language, key=str)}"
    assert len(labels) == len(LANGUAGES), f"{term}: more than one label in a language"
    assert all(str(lbl).strip() for lbl in labels)
    definitions = [d for d in onto.objects(term, SKOS.definition) if d.language == "en"]
    assert len(definitions) == 1 and len(definitions[0]) > 10, term


# --- alignments ----------------------------------------------------------------------

ALIGNMENTS = [
    (BK.Event, RDFS.subClassOf, SEM.Event),
    (BK.Event, RDFS.subClassOf, SCHEMA.Event),
    (BK.participant, RDFS.subPropertyOf, SEM.hasActor),
    (BK.location, RDFS.subPropertyOf, SEM.hasPlace),
    (BK.date, RDFS.subPropertyOf, SEM.hasTimeStamp),
    (BK.Person, RDFS.subClassOf, SCHEMA.Person),
    (BK.Person, RDFS.subClassOf, FOAF.Person),
    (BK.Organization, RDFS.subClassOf, ORG.Organization),
    (BK.Organization, RDFS.subClassOf, FOAF.Organization),
    (BK.Organization, RDFS.subClassOf, SCHEMA.Organization),
    (BK.PeoplesCommittee, RDFS.subClassOf, ORG.FormalOrganization),
    (BK.Department, RDFS.subClassOf, ORG.OrganizationalUnit),
    (BK.Place, RDFS.subClassOf, GEO.Feature),
    (BK.Place, RDFS.subClassOf, SCHEMA.Place),
    (BK.Country, RDFS.subClassOf, SCHEMA.Country),
    (BK.City, RDFS.subClassOf, SCHEMA.City),
    (BK.Mention, RDFS.subClassOf, PROV.Entity),
    (BK.Document, RDFS.subClassOf, PROV.Entity),
    (BK.denotedBy, RDFS.subPropertyOf, GAF.denotedBy),
    (BK.Meeting, SKOS.closeMatch, BKR["cameo/040"]),
    (BK.Meeting, SKOS.narrowMatch, BKR["cameo/041"]),
    (BK.Meeting, SKOS.narrowMatch, BKR["cameo/044"]),
    (BK.Visit, SKOS.closeMatch, BKR["cameo/042"]),
    (BK.Visit, SKOS.relatedMatch, BKR["cameo/043"]),
    (BK.Signing, SKOS.closeMatch, BKR["cameo/057"]),
    (BK.Project, SKOS.closeMatch, BKR["cameo/061"]),
]


@pytest.mark.parametrize("triple", ALIGNMENTS, ids=lambda t: f"{t[0].split('#')[1]}-{t[2].rsplit('/', 1)[1]}")
def test_alignment(triple, onto):
    assert triple in onto


def test_denoted_by_is_derived_from_prov_was_derived_from(onto):
    chain = list(onto.items(onto.value(BK.denotedBy, OWL.propertyChainAxiom)))
    assert chain == [PROV.wasDerivedFrom, BK.mentionIdentity]
    restriction = onto.value(BK.Mention, OWL.equivalentClass)
    assert onto.value(restriction, OWL.onProperty) == BK.mentionIdentity
    assert onto.value(restriction, OWL.hasSelf).toPython() is True


def test_cameo_mappings_point_into_the_cameo_scheme(onto, concepts):
    mappings = (SKOS.closeMatch, SKOS.narrowMatch, SKOS.relatedMatch)
    targets = {o for p in mappings for o in onto.objects(None, p)}
    assert targets
    for target in targets:
        assert (target, SKOS.inScheme, BKR.cameo) in concepts, target


# --- concept schemes -----------------------------------------------------------------


@pytest.mark.parametrize(("scheme", "codes"), [("role", ROLE_CODES), ("unit", UNIT_CODES), ("field", FIELDS)])
def test_scheme_concepts_are_complete_and_labelled(scheme, codes, concepts):
    members = set(concepts.subjects(SKOS.inScheme, BKR[scheme]))
    assert members == {BKR[f"{scheme}/{code}"] for code in codes}
    for concept in members:
        code = concept.rsplit("/", 1)[1]
        assert concepts.value(concept, SKOS.notation) == Literal(code), concept
        assert (concept, RDF.type, SKOS.Concept) in concepts
        labels = list(concepts.objects(concept, SKOS.prefLabel))
        assert {lbl.language for lbl in labels} == set(LANGUAGES), concept
        assert len(labels) == len(LANGUAGES), concept
        assert concepts.value(concept, SKOS.definition) is not None, concept


def test_role_concepts_are_org_roles(concepts):
    for code in ROLE_CODES:
        assert (BKR[f"role/{code}"], RDF.type, ORG.Role) in concepts


@pytest.mark.parametrize("code", CAMEO_CODES)
def test_cameo_concept(code, concepts):
    concept = BKR[f"cameo/{code}"]
    assert (concept, SKOS.inScheme, BKR.cameo) in concepts
    assert concepts.value(concept, SKOS.notation) == Literal(code)
    assert concepts.value(concept, SKOS.prefLabel).language == "en"
    assert concepts.value(concept, SKOS.broader) == BKR[f"cameo/{code[:2]}"]


def test_visit_codes_are_linked(concepts):
    assert (BKR["cameo/042"], SKOS.related, BKR["cameo/043"]) in concepts
    assert (BKR["cameo/043"], SKOS.related, BKR["cameo/042"]) in concepts


def test_concepts_reach_shacl_validation(concepts):
    """pySHACL copies ont_graph individuals only when typed owl:NamedIndividual, following their
    links recursively: every concept and scheme is a named individual, and no scheme links back
    to all its concepts (skos:hasTopConcept), which would make that copy exponential."""
    for node in set(concepts.subjects(RDF.type, SKOS.Concept)) | set(concepts.subjects(RDF.type, SKOS.ConceptScheme)):
        assert (node, RDF.type, OWL.NamedIndividual) in concepts, node
    assert not list(concepts.subject_objects(SKOS.hasTopConcept))


# --- reasoning (HermiT through owlready2) ----------------------------------------------

ABOX = Namespace("urn:borderkg-test:")


def _hermit(graph: Graph, tmp_path: Path, *, infer_property_values: bool = False):
    """Load `graph` (as N-Triples) into a fresh owlready2 World and run HermiT on it."""
    owlready2 = pytest.importorskip("owlready2")
    path = tmp_path / "ontology.nt"
    graph.serialize(path, format="nt", encoding="utf-8")
    world = owlready2.World()
    world.get_ontology(path.as_uri()).load()
    owlready2.sync_reasoner_hermit(world, infer_property_values=infer_property_values, debug=0)
    return world


@pytest.mark.slow
def test_hermit_finds_the_ontology_consistent(onto, tmp_path):
    world = _hermit(onto, tmp_path)
    assert list(world.inconsistent_classes()) == []


@pytest.mark.slow
def test_hermit_finds_every_class_satisfiable_with_concepts(onto, concepts, tmp_path):
    """One individual of every own class, with the concept schemes: still consistent."""
    g = onto + concepts
    for cls in {c for c in onto.subjects(RDF.type, OWL.Class) if c.startswith(str(BK))}:
        individual = ABOX[cls.split("#")[1]]
        g.add((individual, RDF.type, cls))
        g.add((individual, RDF.type, OWL.NamedIndividual))
    world = _hermit(g, tmp_path)
    assert list(world.inconsistent_classes()) == []


@pytest.mark.slow
def test_hermit_derives_gaf_denoted_by_from_prov_was_derived_from(onto, tmp_path):
    g = Graph() + onto
    person, mention = ABOX.person, ABOX.mention
    for node, cls in ((person, BK.Person), (mention, BK.Mention)):
        g.add((node, RDF.type, cls))
        g.add((node, RDF.type, OWL.NamedIndividual))
    g.add((person, PROV.wasDerivedFrom, mention))
    world = _hermit(g, tmp_path, infer_property_values=True)
    denoted_by = world[str(BK.denotedBy)]
    assert [m.iri for m in denoted_by[world[str(person)]]] == [str(mention)]


def test_a_town_is_a_city_and_a_commune(onto: Graph) -> None:
    """A thị trấn or 镇 is a town (bk:City: "a city or town") at the commune level (bk:Commune)."""
    assert set(onto.objects(BK.Town, RDFS.subClassOf)) == {BK.Commune, BK.City}
