"""SHACL shapes (shapes/borderkg-shapes.ttl) against small conforming and violating graphs.

Every case starts from ``tests/data/shapes/conforming.trig`` (a document graph plus the
lexicon graph, which conforms) and applies a SPARQL Update to it. A conforming case must
validate with no result; a violating case must produce a result from the named property
shape (or node shape), on the named focus node and path. The validator is called as the build calls it:
ontology + concept schemes as ``ont_graph``, no inference, SHACL advanced features on.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyshacl
import pytest
from rdflib import RDF, RDFS, Dataset, Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, SH, SKOS

REPO = Path(__file__).parents[1]
DATA = REPO / "tests" / "data" / "shapes"

BK = Namespace("https://w3id.org/borderkg/ontology#")
BKR = Namespace("https://w3id.org/borderkg/id/")
BKSH = Namespace("https://w3id.org/borderkg/shapes#")

PREFIXES = """
PREFIX bk:      <https://w3id.org/borderkg/ontology#>
PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>
PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX org:     <http://www.w3.org/ns/org#>
PREFIX prov:    <http://www.w3.org/ns/prov#>
PREFIX doc:     <https://w3id.org/borderkg/id/doc/>
PREFIX m:       <https://w3id.org/borderkg/id/mention/d1/>
PREFIX place:   <https://w3id.org/borderkg/id/place/>
PREFIX gate:    <https://w3id.org/borderkg/id/gate/>
PREFIX infra:   <https://w3id.org/borderkg/id/infra/>
PREFIX bkorg:   <https://w3id.org/borderkg/id/org/>
PREFIX mech:    <https://w3id.org/borderkg/id/mechanism/>
PREFIX person:  <https://w3id.org/borderkg/id/person/>
PREFIX agr:     <https://w3id.org/borderkg/id/agreement/>
PREFIX project: <https://w3id.org/borderkg/id/project/>
PREFIX event:   <https://w3id.org/borderkg/id/event/>
PREFIX obs:     <https://w3id.org/borderkg/id/observation/>
PREFIX ms:      <https://w3id.org/borderkg/id/membership/>
PREFIX role:    <https://w3id.org/borderkg/id/role/>
PREFIX unit:    <https://w3id.org/borderkg/id/unit/>
PREFIX field:   <https://w3id.org/borderkg/id/field/>
PREFIX id:      <https://w3id.org/borderkg/id/identity/>
PREFIX ord:     <https://w3id.org/borderkg/id/ordinal/>
"""

# Nodes of the conforming graph that the cases refer to.
D1 = BKR["doc/d1"]
M_PLACE, M_PERSON, M_EVENT, M_NUMBER = (BKR[f"mention/d1/{s}"] for s in ("0-10", "20-32", "40-55", "60-72"))
PERSON = BKR["person/x-1a2b3c"]
PARTY_COMMITTEE = BKR["org/quang-ninh-party-committee"]
QUANG_NINH, HA_GIANG = BKR["place/quang-ninh"], BKR["place/ha-giang"]
MONG_CAI_GATE, BRIDGE = BKR["gate/mong-cai"], BKR["infra/bac-luan-2-bridge"]
AGREEMENT, PROJECT = BKR["agreement/x-778899"], BKR["project/x-aabbcc"]
MEETING, SIGNING = BKR["event/0a1b2c"], BKR["event/3c4d5e"]
OBSERVATION, MEMBERSHIP = BKR["observation/6f7a8b"], BKR["membership/4d5e6f"]
SETTLED, UNDECIDED, APART = BKR["identity/5e771e"], BKR["identity/0dec1d"], BKR["identity/a9a87"]
EDITION = BKR["ordinal/0d1e2f"]


@dataclass(frozen=True)
class Case:
    """One validation case: an update of the conforming graph and what it must give."""

    id: str
    node_shape: str
    """Local name of the bksh: node shape the case exercises."""
    update: str
    """SPARQL Update applied to a copy of the conforming graph."""
    shape: str | None = None
    """Local name of the bksh: shape that must report (sh:sourceShape); None for a conforming case."""
    focus: URIRef | None = None
    path: URIRef | None = None
    """Expected sh:resultPath, where the shape's path is a single property."""


def ok(id: str, node_shape: str, update: str) -> Case:
    return Case(id, node_shape, update)


def bad(id: str, node_shape: str, update: str, shape: str, focus: URIRef, path: URIRef | None = None) -> Case:
    return Case(id, node_shape, update, shape, focus, path)


CASES = [
    # --- bk:Document -------------------------------------------------------------
    ok("document-minimal-with-script-subtag", "DocumentShape", """
        INSERT DATA { doc:d2 a bk:Document ; dcterms:identifier "d2" ; dcterms:language "zh-Hans" ;
                      bk:charCount "0"^^xsd:nonNegativeInteger ; dcterms:title "标题" ;
                      dcterms:date "2024"^^xsd:gYear . }"""),
    bad("document-without-identifier", "DocumentShape",
        "DELETE WHERE { doc:d1 dcterms:identifier ?i }", "Document-identifier", D1, DCTERMS.identifier),
    bad("document-with-two-identifiers", "DocumentShape",
        'INSERT DATA { doc:d1 dcterms:identifier "d1-bis" }', "Document-identifier", D1, DCTERMS.identifier),
    bad("document-language-not-bcp47", "DocumentShape", """
        DELETE WHERE { doc:d1 dcterms:language ?l } ;
        INSERT DATA { doc:d1 dcterms:language "vi_VN" }""", "Document-language", D1, DCTERMS.language),
    bad("document-without-language", "DocumentShape",
        "DELETE WHERE { doc:d1 dcterms:language ?l }", "Document-language", D1, DCTERMS.language),
    bad("document-negative-char-count", "DocumentShape", """
        DELETE WHERE { doc:d1 bk:charCount ?n } ; INSERT DATA { doc:d1 bk:charCount -1 }""",
        "Document-charCount", D1, BK.charCount),
    bad("document-char-count-as-string", "DocumentShape", """
        DELETE WHERE { doc:d1 bk:charCount ?n } ; INSERT DATA { doc:d1 bk:charCount "120" }""",
        "Document-charCount", D1, BK.charCount),
    bad("document-date-with-time", "DocumentShape", """
        DELETE WHERE { doc:d1 dcterms:date ?d } ;
        INSERT DATA { doc:d1 dcterms:date "2024-02-20T08:00:00"^^xsd:dateTime }""",
        "Document-date", D1, DCTERMS.date),
    bad("document-invalid-date", "DocumentShape", """
        DELETE WHERE { doc:d1 dcterms:date ?d } ; INSERT DATA { doc:d1 dcterms:date "2024-13"^^xsd:gYearMonth }""",
        "Document-date", D1, DCTERMS.date),
    bad("document-source-as-string", "DocumentShape", """
        DELETE WHERE { doc:d1 dcterms:source ?s } ;
        INSERT DATA { doc:d1 dcterms:source "https://example.org/news/d1" }""",
        "Document-source", D1, DCTERMS.source),
    bad("document-title-as-number", "DocumentShape",
        "INSERT DATA { doc:d1 dcterms:title 42 }", "Document-title", D1, DCTERMS.title),
    # --- bk:Mention --------------------------------------------------------------
    ok("mention-counts-code-points-beyond-bmp", "MentionTextLengthCheck", """
        INSERT DATA { m:80-83 a bk:Mention ; bk:source doc:d1 ; bk:start 80 ; bk:end 83 ;
                      bk:text "\U00020000a\U0001F600"@vi . }"""),
    ok("mention-ends-at-end-of-document", "MentionEndCheck", """
        INSERT DATA { m:118-120 a bk:Mention ; bk:source doc:d1 ; bk:start 118 ; bk:end 120 ; bk:text "ab"@vi . }"""),
    ok("mention-one-character", "MentionShape",
       'INSERT DATA { m:100-101 a bk:Mention ; bk:source doc:d1 ; bk:start 100 ; bk:end 101 ; bk:text "x"@vi . }'),
    ok("mention-language-tags-compared-case-insensitively", "MentionTextLanguageCheck", """
        INSERT DATA { doc:d2 a bk:Document ; dcterms:identifier "d2" ; dcterms:language "zh-Hans" ; bk:charCount 10 .
                      <https://w3id.org/borderkg/id/mention/d2/0-2> a bk:Mention ; bk:source doc:d2 ;
                          bk:start 0 ; bk:end 2 ; bk:text "广西"@zh-hans . }"""),
    bad("mention-without-source", "MentionShape",
        "DELETE WHERE { m:0-10 bk:source ?d }", "Mention-source", M_PLACE, BK.source),
    bad("mention-source-not-a-document", "MentionShape", """
        DELETE WHERE { m:0-10 bk:source ?d } ; INSERT DATA { m:0-10 bk:source place:quang-ninh }""",
        "Mention-source", M_PLACE, BK.source),
    bad("mention-negative-start", "MentionShape",
        "INSERT DATA { m:neg a bk:Mention ; bk:source doc:d1 ; bk:start -1 ; bk:end 2 ; bk:text \"abc\"@vi . }",
        "Mention-start", BKR["mention/d1/neg"], BK.start),
    bad("mention-end-before-start", "MentionShape", """
        DELETE WHERE { m:0-10 bk:end ?e } ; INSERT DATA { m:0-10 bk:end 0 }""",
        "Mention-start", M_PLACE, BK.start),
    bad("mention-start-as-string", "MentionShape", """
        DELETE WHERE { m:0-10 bk:start ?s } ; INSERT DATA { m:0-10 bk:start "0" }""",
        "Mention-start", M_PLACE, BK.start),
    bad("mention-without-end", "MentionShape",
        "DELETE WHERE { m:0-10 bk:end ?e }", "Mention-end", M_PLACE, BK.end),
    bad("mention-ends-past-document", "MentionEndCheck", """
        INSERT DATA { m:115-125 a bk:Mention ; bk:source doc:d1 ; bk:start 115 ; bk:end 125 ;
                      bk:text "abcdefghij"@vi . }""",
        "Mention-endWithinDocument", BKR["mention/d1/115-125"], BK.end),
    bad("mention-text-in-another-language", "MentionTextLanguageCheck", """
        DELETE WHERE { m:0-10 bk:text ?t } ; INSERT DATA { m:0-10 bk:text "Quảng Ninh"@en }""",
        "Mention-textLanguage", M_PLACE, BK.text),
    bad("mention-text-untagged", "MentionShape", """
        DELETE WHERE { m:0-10 bk:text ?t } ; INSERT DATA { m:0-10 bk:text "Quảng Ninh" }""",
        "Mention-text", M_PLACE, BK.text),
    bad("mention-text-longer-than-span", "MentionTextLengthCheck", """
        DELETE WHERE { m:0-10 bk:text ?t } ; INSERT DATA { m:0-10 bk:text "tỉnh Quảng Ninh"@vi }""",
        "Mention-textLength", M_PLACE, BK.text),
    bad("mention-with-two-texts", "MentionShape",
        'INSERT DATA { m:0-10 bk:text "Quang Ninh"@vi }', "Mention-text", M_PLACE, BK.text),
    ok("figure-enclosed-by-a-longer-mention-and-stated-near-a-place", "EnclosingMentionCheck", """
        INSERT DATA { m:55-80 a bk:Mention ; bk:source doc:d1 ; bk:start 55 ; bk:end 80 ;
                          bk:text "xxxxxxxxxxxxxxxxxxxxxxxxx"@vi .
                      m:60-72 bk:enclosingMention m:55-80 ; bk:statedNear place:quang-ninh . }"""),
    bad("figure-enclosed-by-a-mention-that-does-not-contain-it", "EnclosingMentionCheck",
        "INSERT DATA { m:60-72 bk:enclosingMention m:40-55 }", "Mention-enclosedWithin", M_NUMBER,
        BK.enclosingMention),
    bad("figure-with-two-enclosing-mentions", "MentionShape", """
        INSERT DATA { m:55-80 a bk:Mention ; bk:source doc:d1 ; bk:start 55 ; bk:end 80 ;
                          bk:text "xxxxxxxxxxxxxxxxxxxxxxxxx"@vi .
                      m:58-75 a bk:Mention ; bk:source doc:d1 ; bk:start 58 ; bk:end 75 ;
                          bk:text "xxxxxxxxxxxxxxxxx"@vi .
                      m:60-72 bk:enclosingMention m:55-80 , m:58-75 . }""",
        "Mention-enclosingMention", M_NUMBER, BK.enclosingMention),
    bad("figure-stated-near-a-literal", "MentionShape",
        'INSERT DATA { m:60-72 bk:statedNear "Quảng Ninh" }', "Mention-statedNear", M_NUMBER, BK.statedNear),
    # --- entities: names and provenance ------------------------------------------
    ok("entity-from-text-with-rdfs-label-only", "EntityShape", """
        INSERT DATA { bkorg:x-dfa a bk:Department ; rdfs:label "Sở Ngoại vụ Quảng Ninh"@vi ;
                      bk:jurisdiction place:quang-ninh ; prov:wasDerivedFrom m:0-10 . }"""),
    bad("entity-without-name", "EntityShape",
        "DELETE WHERE { person:x-1a2b3c rdfs:label ?l }", "Entity-name", PERSON),
    bad("entity-label-untagged", "EntityShape", """
        DELETE WHERE { person:x-1a2b3c rdfs:label ?l } ; INSERT DATA { person:x-1a2b3c rdfs:label "Nguyen Van A" }""",
        "Entity-label", PERSON, RDFS.label),
    bad("entity-two-pref-labels-in-one-language", "EntityShape",
        'INSERT DATA { place:quang-ninh skos:prefLabel "Quảng Ninh province"@en }',
        "Entity-prefLabel", QUANG_NINH, SKOS.prefLabel),
    bad("entity-alt-label-untagged", "EntityShape",
        'INSERT DATA { place:quang-ninh skos:altLabel "QN" }', "Entity-altLabel", QUANG_NINH, SKOS.altLabel),
    bad("entity-without-provenance", "EntityShape",
        "DELETE WHERE { person:x-1a2b3c prov:wasDerivedFrom ?m }", "EntityShape", PERSON),
    bad("entity-defined-by-something-else", "EntityShape", """
        DELETE WHERE { person:x-1a2b3c prov:wasDerivedFrom ?m } ;
        INSERT DATA { person:x-1a2b3c rdfs:isDefinedBy <https://example.org/other-lexicon> }""",
        "EntityShape", PERSON),
    bad("entity-derived-from-a-document", "EntityShape",
        "INSERT DATA { person:x-1a2b3c prov:wasDerivedFrom doc:d1 }", "Entity-derivedFrom", PERSON, PROV.wasDerivedFrom),
    bad("agreement-without-provenance", "EntityShape",
        "DELETE WHERE { agr:x-778899 prov:wasDerivedFrom ?m }", "EntityShape", AGREEMENT),
    # --- bk:Organization ----------------------------------------------------------
    ok("organization-jurisdiction-through-subclasses", "OrganizationShape", """
        INSERT DATA { bkorg:guangxi-government a bk:PeoplesCommittee ; skos:prefLabel "Guangxi People's Government"@en ;
                      rdfs:isDefinedBy <https://w3id.org/borderkg/lexicon> ; bk:jurisdiction place:guangxi . }"""),
    bad("organization-jurisdiction-not-a-place", "OrganizationShape",
        "INSERT DATA { bkorg:quang-ninh-party-committee bk:jurisdiction person:x-1a2b3c }",
        "Organization-jurisdiction", PARTY_COMMITTEE, BK.jurisdiction),
    # --- bk:Place -------------------------------------------------------------------
    ok("ward-replaced-by-commune", "PlaceSuccessorKindCheck", """
        INSERT DATA {
            place:old-ward a bk:Ward ; skos:prefLabel "Ka Long"@vi ; rdfs:isDefinedBy <https://w3id.org/borderkg/lexicon> ;
                bk:validFrom "1998"^^xsd:gYear ; bk:validUntil "2025-06"^^xsd:gYearMonth ;
                dcterms:isReplacedBy place:new-commune .
            place:new-commune a bk:Commune ; skos:prefLabel "Hải Sơn"@vi ;
                rdfs:isDefinedBy <https://w3id.org/borderkg/lexicon> . }"""),
    ok("district-abolished-in-2025", "PlaceShape", """
        INSERT DATA { place:hai-ha a bk:District ; skos:prefLabel "Hải Hà"@vi ; rdfs:isDefinedBy <https://w3id.org/borderkg/lexicon> ;
                      bk:locatedIn place:quang-ninh ; bk:validUntil "2025"^^xsd:gYear . }"""),
    bad("place-located-in-an-organization", "PlaceShape",
        "INSERT DATA { place:quang-ninh bk:locatedIn bkorg:quang-ninh-party-committee }",
        "Place-locatedIn", QUANG_NINH, BK.locatedIn),
    bad("place-replaced-by-an-organization", "PlaceShape", """
        DELETE WHERE { place:ha-giang dcterms:isReplacedBy ?p } ;
        INSERT DATA { place:ha-giang dcterms:isReplacedBy bkorg:quang-ninh-party-committee }""",
        "Place-isReplacedBy", HA_GIANG, DCTERMS.isReplacedBy),
    bad("province-replaced-by-a-city", "PlaceSuccessorKindCheck", """
        DELETE WHERE { place:ha-giang dcterms:isReplacedBy ?p } ;
        INSERT DATA { place:ha-giang dcterms:isReplacedBy place:ha-giang-city .
                      place:ha-giang-city a bk:City ; skos:prefLabel "Ha Giang City"@en ;
                          rdfs:isDefinedBy <https://w3id.org/borderkg/lexicon> . }""",
        "Place-successorKind", HA_GIANG, DCTERMS.isReplacedBy),
    bad("place-valid-until-not-a-date", "PlaceShape", """
        DELETE WHERE { place:ha-giang bk:validUntil ?d } ; INSERT DATA { place:ha-giang bk:validUntil "30/06/2025" }""",
        "Place-validUntil", HA_GIANG, BK.validUntil),
    bad("place-with-two-valid-from-dates", "PlaceShape", """
        INSERT DATA { place:tuyen-quang bk:validFrom "2025"^^xsd:gYear }""",
        "Place-validFrom", BKR["place/tuyen-quang"], BK.validFrom),
    # --- bk:Infrastructure, bk:BorderGate, bk:Project ------------------------------------
    ok("infrastructure-located-in-a-province", "InfrastructureShape",
       "INSERT DATA { infra:bac-luan-2-bridge bk:location place:quang-ninh }"),
    bad("infrastructure-connects-a-literal", "InfrastructureShape",
        'INSERT DATA { infra:bac-luan-2-bridge bk:connects "Dongxing"@en }', "Site-connects", BRIDGE, BK.connects),
    bad("border-gate-located-at-a-mechanism", "InfrastructureShape",
        "INSERT DATA { gate:mong-cai bk:location mech:spring-meeting }", "Site-location", MONG_CAI_GATE, BK.location),
    ok("border-gate-pair", "BorderGateShape", """
        INSERT DATA { gate:huu-nghi a bk:BorderGate ; skos:prefLabel "Huu Nghi"@en ;
                          rdfs:isDefinedBy <https://w3id.org/borderkg/lexicon> ; bk:counterpart gate:youyiguan .
                      gate:youyiguan a bk:BorderGate ; skos:prefLabel "Youyiguan"@en ;
                          rdfs:isDefinedBy <https://w3id.org/borderkg/lexicon> ; bk:counterpart gate:huu-nghi . }"""),
    bad("border-gate-counterpart-is-a-province", "BorderGateShape",
        "INSERT DATA { gate:mong-cai bk:counterpart place:guangxi }", "BorderGate-counterpart", MONG_CAI_GATE, BK.counterpart),
    ok("project-with-two-fields", "ProjectShape",
       "INSERT DATA { project:x-aabbcc bk:field field:customs-clearance }"),
    bad("project-field-outside-the-field-scheme", "ProjectShape",
        "INSERT DATA { project:x-aabbcc bk:field role:SECRETARY }", "Field", PROJECT, BK.field),
    bad("project-located-at-a-person", "ProjectShape",
        "INSERT DATA { project:x-aabbcc bk:location person:x-1a2b3c }", "Site-location", PROJECT, BK.location),
    # --- bk:Agreement ---------------------------------------------------------------
    ok("agreement-party-person-and-organization", "AgreementShape",
       "INSERT DATA { agr:x-778899 bk:party person:x-1a2b3c , bkorg:quang-ninh-party-committee }"),
    bad("agreement-party-is-an-event", "AgreementShape",
        "INSERT DATA { agr:x-778899 bk:party event:0a1b2c }", "Agreement-party", AGREEMENT, BK.party),
    bad("agreement-date-as-string", "AgreementShape", """
        DELETE WHERE { agr:x-778899 bk:date ?d } ; INSERT DATA { agr:x-778899 bk:date "February 2024" }""",
        "Agreement-date", AGREEMENT, BK.date),
    bad("agreement-with-two-dates", "AgreementShape",
        'INSERT DATA { agr:x-778899 bk:date "2024-02-19"^^xsd:date }', "Agreement-date", AGREEMENT, BK.date),
    bad("agreement-field-as-string", "AgreementShape",
        'INSERT DATA { agr:x-778899 bk:field "trade" }', "Field", AGREEMENT, BK.field),
    # --- bk:Event ---------------------------------------------------------------------
    ok("visit-without-date", "EventShape", """
        INSERT DATA { event:9f9f9f a bk:Visit ; bk:participant place:guangxi ; bk:location place:quang-ninh ;
                      prov:wasDerivedFrom m:40-55 . }"""),
    bad("event-without-provenance", "EventShape",
        "DELETE WHERE { event:0a1b2c prov:wasDerivedFrom ?m }", "Event-derivedFrom", MEETING, PROV.wasDerivedFrom),
    bad("event-derived-from-a-document", "EventShape", """
        DELETE WHERE { event:0a1b2c prov:wasDerivedFrom ?m } ; INSERT DATA { event:0a1b2c prov:wasDerivedFrom doc:d1 }""",
        "Event-derivedFrom", MEETING, PROV.wasDerivedFrom),
    bad("event-with-two-dates", "EventShape",
        'INSERT DATA { event:0a1b2c bk:date "2024-02-20"^^xsd:date }', "Event-date", MEETING, BK.date),
    bad("event-date-with-time", "EventShape", """
        DELETE WHERE { event:0a1b2c bk:date ?d } ;
        INSERT DATA { event:0a1b2c bk:date "2024-02-19T09:00:00"^^xsd:dateTime }""", "Event-date", MEETING, BK.date),
    bad("event-participant-is-a-mechanism", "EventShape",
        "INSERT DATA { event:0a1b2c bk:participant mech:spring-meeting }", "Event-participant", MEETING, BK.participant),
    bad("event-location-is-a-person", "EventShape",
        "INSERT DATA { event:0a1b2c bk:location person:x-1a2b3c }", "Event-location", MEETING, BK.location),
    bad("event-mechanism-is-a-place", "EventShape", """
        DELETE WHERE { event:0a1b2c bk:mechanism ?x } ; INSERT DATA { event:0a1b2c bk:mechanism place:quang-ninh }""",
        "Event-mechanism", MEETING, BK.mechanism),
    bad("event-with-two-mechanisms", "EventShape", """
        INSERT DATA { event:0a1b2c bk:mechanism mech:jwc .
                      mech:jwc a bk:Mechanism ; skos:prefLabel "Joint Working Committee"@en ;
                          rdfs:isDefinedBy <https://w3id.org/borderkg/lexicon> . }""",
        "Event-mechanism", MEETING, BK.mechanism),
    bad("event-ordinal-zero", "EventShape", """
        DELETE WHERE { event:0a1b2c bk:ordinal ?n } ; INSERT DATA { event:0a1b2c bk:ordinal 0 }""",
        "Event-ordinal", MEETING, BK.ordinal),
    bad("event-ordinal-not-an-integer", "EventShape", """
        DELETE WHERE { event:0a1b2c bk:ordinal ?n } ; INSERT DATA { event:0a1b2c bk:ordinal 1.5 }""",
        "Event-ordinal", MEETING, BK.ordinal),
    bad("signing-agreement-is-a-place", "EventShape",
        "INSERT DATA { event:3c4d5e bk:agreement place:guangxi }", "Event-agreement", SIGNING, BK.agreement),
    bad("event-field-unknown", "EventShape",
        "INSERT DATA { event:0a1b2c bk:field field:space-travel }", "Field", MEETING, BK.field),
    # --- bk:Observation ----------------------------------------------------------------
    ok("observation-amount-of-money", "ObservationShape", """
        INSERT DATA { obs:usd a bk:Observation ; bk:value 4420000000.0 ; bk:unit unit:USD ;
                      bk:period "2023-12"^^xsd:gYearMonth ; prov:wasDerivedFrom m:60-72 . }"""),
    bad("observation-without-value", "ObservationShape",
        "DELETE WHERE { obs:6f7a8b bk:value ?v }", "Observation-value", OBSERVATION, BK.value),
    bad("observation-value-as-integer", "ObservationShape", """
        DELETE WHERE { obs:6f7a8b bk:value ?v } ; INSERT DATA { obs:6f7a8b bk:value 12 }""",
        "Observation-value", OBSERVATION, BK.value),
    bad("observation-with-two-units", "ObservationShape",
        "INSERT DATA { obs:6f7a8b bk:unit unit:PERSON }", "Observation-unit", OBSERVATION, BK.unit),
    bad("observation-unit-as-string", "ObservationShape", """
        DELETE WHERE { obs:6f7a8b bk:unit ?u } ; INSERT DATA { obs:6f7a8b bk:unit "AGREEMENT" }""",
        "Observation-unit", OBSERVATION, BK.unit),
    bad("observation-unit-is-a-role", "ObservationShape", """
        DELETE WHERE { obs:6f7a8b bk:unit ?u } ; INSERT DATA { obs:6f7a8b bk:unit role:CHAIR }""",
        "Observation-unitScheme", OBSERVATION),
    bad("observation-unit-code-unknown", "ObservationShape", """
        DELETE WHERE { obs:6f7a8b bk:unit ?u } ; INSERT DATA { obs:6f7a8b bk:unit unit:EUR }""",
        "Observation-unitCode", OBSERVATION),
    bad("observation-period-as-string", "ObservationShape", """
        DELETE WHERE { obs:6f7a8b bk:period ?p } ; INSERT DATA { obs:6f7a8b bk:period "2024" }""",
        "Observation-period", OBSERVATION, BK.period),
    bad("observation-without-provenance", "ObservationShape",
        "DELETE WHERE { obs:6f7a8b prov:wasDerivedFrom ?m }", "Observation-derivedFrom", OBSERVATION, PROV.wasDerivedFrom),
    # --- org:Membership ----------------------------------------------------------------
    ok("project-representative", "ProjectMembershipCheck", """
        INSERT DATA { ms:rep a org:Membership ; org:member person:x-1a2b3c ; org:organization project:x-aabbcc ;
                      org:role role:REPRESENTATIVE ; prov:wasDerivedFrom m:20-32 . }"""),
    ok("department-director", "MembershipShape", """
        INSERT DATA { bkorg:x-dfa a bk:Department ; rdfs:label "Sở Ngoại vụ"@vi ; prov:wasDerivedFrom m:20-32 .
                      ms:dir a org:Membership ; org:member person:x-1a2b3c ; org:organization bkorg:x-dfa ;
                          org:role role:DIRECTOR ; prov:wasDerivedFrom m:20-32 . }"""),
    bad("membership-without-member", "MembershipShape",
        "DELETE WHERE { ms:4d5e6f org:member ?p }", "Membership-member", MEMBERSHIP, ORG.member),
    bad("membership-member-is-an-organization", "MembershipShape", """
        DELETE WHERE { ms:4d5e6f org:member ?p } ; INSERT DATA { ms:4d5e6f org:member bkorg:quang-ninh-party-committee }""",
        "Membership-member", MEMBERSHIP, ORG.member),
    bad("membership-in-two-organizations", "MembershipShape", """
        INSERT DATA { ms:4d5e6f org:organization bkorg:other .
                      bkorg:other a bk:PeoplesCommittee ; skos:prefLabel "Other"@en ;
                          rdfs:isDefinedBy <https://w3id.org/borderkg/lexicon> . }""",
        "Membership-organization", MEMBERSHIP, ORG.organization),
    bad("membership-organization-is-a-place", "MembershipShape", """
        DELETE WHERE { ms:4d5e6f org:organization ?o } ; INSERT DATA { ms:4d5e6f org:organization place:quang-ninh }""",
        "Membership-organization", MEMBERSHIP, ORG.organization),
    bad("project-membership-not-representative", "ProjectMembershipCheck", """
        DELETE WHERE { ms:4d5e6f org:organization ?o } ; INSERT DATA { ms:4d5e6f org:organization project:x-aabbcc }""",
        "Membership-projectRole", MEMBERSHIP, ORG.organization),
    ok("exclusive-post-holders-on-different-dates", "ExclusivePostCheck", """
        INSERT DATA { ms:4d5e6f bk:reportedOn "2023-04-04"^^xsd:date .
                      ms:next a org:Membership ; org:member person:x-next ; org:role role:SECRETARY ;
                          org:organization bkorg:quang-ninh-party-committee ; prov:wasDerivedFrom m:20-32 ;
                          bk:reportedOn "2025-02-20"^^xsd:date .
                      person:x-next a bk:Person ; rdfs:label "Next"@en ; prov:wasDerivedFrom m:20-32 . }"""),
    bad("exclusive-post-two-holders-on-one-date", "ExclusivePostCheck", """
        INSERT DATA { ms:4d5e6f bk:reportedOn "2025-02-20"^^xsd:date .
                      ms:next a org:Membership ; org:member person:x-next ; org:role role:SECRETARY ;
                          org:organization bkorg:quang-ninh-party-committee ; prov:wasDerivedFrom m:20-32 ;
                          bk:reportedOn "2025-02-20"^^xsd:date .
                      person:x-next a bk:Person ; rdfs:label "Next"@en ; prov:wasDerivedFrom m:20-32 . }""",
        "Membership-exclusivePost", MEMBERSHIP, ORG.role),
    bad("membership-role-is-a-unit", "MembershipShape", """
        DELETE WHERE { ms:4d5e6f org:role ?r } ; INSERT DATA { ms:4d5e6f org:role unit:PERSON }""",
        "Membership-roleScheme", MEMBERSHIP),
    bad("membership-role-unknown", "MembershipShape", """
        DELETE WHERE { ms:4d5e6f org:role ?r } ; INSERT DATA { ms:4d5e6f org:role role:PRESIDENT }""",
        "Membership-role", MEMBERSHIP, ORG.role),
    bad("membership-role-code-unknown", "MembershipShape", """
        DELETE WHERE { ms:4d5e6f org:role ?r } ;
        INSERT DATA { ms:4d5e6f org:role role:PRESIDENT . role:PRESIDENT a skos:Concept ;
                      skos:inScheme <https://w3id.org/borderkg/id/role> ; skos:notation "PRESIDENT" . }""",
        "Membership-roleCode", MEMBERSHIP),
    bad("membership-without-provenance", "MembershipShape",
        "DELETE WHERE { ms:4d5e6f prov:wasDerivedFrom ?m }", "Membership-derivedFrom", MEMBERSHIP, PROV.wasDerivedFrom),
    # --- bk:IdentityDecision -----------------------------------------------------
    ok("identity-decision-evidence-told-in-another-document", "IdentityDecisionShape",
        "INSERT DATA { id:5e771e bk:evidence event:elsewhere ; bk:evidenceDocument doc:d9 }"),
    bad("identity-decision-without-person", "IdentityDecisionShape",
        "DELETE WHERE { id:5e771e bk:aboutPerson ?p }", "IdentityDecision-person", SETTLED, BK.aboutPerson),
    bad("identity-decision-evidence-as-text", "IdentityDecisionShape",
        'INSERT DATA { id:0dec1d bk:evidence "the chair" }', "IdentityDecision-evidence", UNDECIDED, BK.evidence),
    ok("settled-reading-with-two-supports", "SettledReadingShape",
        "INSERT DATA { id:5e771e bk:evidence event:0a1b2c }"),
    bad("settled-reading-of-another-person", "SettledReadingShape", """
        DELETE WHERE { id:5e771e bk:settledAs ?p } ; INSERT DATA { id:5e771e bk:settledAs person:x-1a2b3d }""",
        "SettledReading-settledAs", SETTLED, BK.settledAs),
    bad("settled-reading-without-evidence", "SettledReadingShape",
        "DELETE WHERE { id:5e771e bk:evidence ?e }", "SettledReading-evidence", SETTLED, BK.evidence),
    ok("undecided-reading-with-two-rival-supports", "UndecidedReadingShape",
        "INSERT DATA { id:0dec1d bk:evidence ms:4d5e6f , ms:4d5e70 ; bk:evidenceDocument doc:d1 }"),
    bad("undecided-reading-with-one-support", "UndecidedReadingShape",
        "INSERT DATA { id:0dec1d bk:evidence ms:4d5e6f ; bk:evidenceDocument doc:d1 }",
        "UndecidedReadingShape", UNDECIDED),
    bad("undecided-reading-settled", "UndecidedReadingShape",
        "INSERT DATA { id:0dec1d bk:settledAs person:x-1a2b3c }", "UndecidedReading-settledAs", UNDECIDED,
        BK.settledAs),
    bad("undecided-reading-without-close-match", "UndecidedReadingShape",
        "DELETE WHERE { person:x-9f9f9f skos:closeMatch ?p }", "UndecidedReading-closeMatch", UNDECIDED),
    ok("kept-apart-by-three-posts", "KeptApartShape", "INSERT DATA { id:a9a87 bk:evidence ms:4d5e71 }"),
    bad("kept-apart-by-one-post", "KeptApartShape",
        "DELETE DATA { id:a9a87 bk:evidence ms:4d5e70 }", "KeptApart-evidence", APART, BK.evidence),
    # --- bk:OrdinalDecision ------------------------------------------------------
    ok("ordinal-decision-with-the-kept-number-merged-in", "OrdinalDecisionShape",
        "INSERT DATA { event:3c4d5e bk:ordinal 3 . ord:0d1e2f bk:evidenceDocument doc:d8 }"),
    bad("ordinal-decision-whose-event-keeps-the-dropped-number", "OrdinalDecisionShape",
        "INSERT DATA { event:3c4d5e bk:ordinal 2 }", "OrdinalDecision-dropped", EDITION),
    bad("ordinal-decision-dropping-the-kept-number", "OrdinalDecisionShape", """
        DELETE WHERE { ord:0d1e2f bk:statedOrdinal ?n } ; INSERT DATA { ord:0d1e2f bk:statedOrdinal 3 }""",
        "OrdinalDecision-stated", EDITION, BK.statedOrdinal),
    bad("ordinal-decision-about-a-document", "OrdinalDecisionShape", """
        DELETE WHERE { ord:0d1e2f bk:aboutEvent ?e } ; INSERT DATA { ord:0d1e2f bk:aboutEvent doc:d1 }""",
        "OrdinalDecision-event", EDITION, BK.aboutEvent),
    bad("ordinal-decision-without-settled-number", "OrdinalDecisionShape",
        "DELETE WHERE { ord:0d1e2f bk:settledOrdinal ?n }", "OrdinalDecision-settled", EDITION, BK.settledOrdinal),
    bad("ordinal-decision-without-evidence-document", "OrdinalDecisionShape",
        "DELETE WHERE { ord:0d1e2f bk:evidenceDocument ?d }", "OrdinalDecision-evidenceDocument", EDITION,
        BK.evidenceDocument),
]


# --- fixtures ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ontology() -> Graph:
    g = Graph()
    g.parse(REPO / "ontology" / "borderkg.ttl")
    g.parse(REPO / "ontology" / "concepts.ttl")
    return g


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(REPO / "shapes" / "borderkg-shapes.ttl")


@pytest.fixture(scope="module")
def conforming_dataset() -> Dataset:
    ds = Dataset()
    ds.parse(DATA / "conforming.trig", format="trig")
    return ds


@pytest.fixture(scope="module")
def conforming_graph(conforming_dataset: Dataset) -> Graph:
    g = Graph()
    for s, p, o, _ in conforming_dataset.quads():
        g.add((s, p, o))
    return g


def _validate(data: Graph | Dataset, shapes: Graph, ontology: Graph) -> tuple[bool, Graph, str]:
    conforms, report, text = pyshacl.validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="none", advanced=True
    )
    return conforms, report, text


def _results(report: Graph) -> list[tuple]:
    return [
        (report.value(r, SH.sourceShape), report.value(r, SH.focusNode), report.value(r, SH.resultPath))
        for r in report.subjects(RDF.type, SH.ValidationResult)
    ]


def _node_shapes(shapes: Graph) -> set[URIRef]:
    return set(shapes.subjects(RDF.type, SH.NodeShape))


# --- the cases -----------------------------------------------------------------------


def test_conforming_dataset_conforms(conforming_dataset, shapes, ontology):
    """The graph as the build writes it (named graphs per document + lexicon) conforms."""
    conforms, _, text = _validate(conforming_dataset, shapes, ontology)
    assert conforms, text


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case(case: Case, conforming_graph, shapes, ontology):
    data = Graph()
    data += conforming_graph
    data.update(PREFIXES + case.update)
    conforms, report, text = _validate(data, shapes, ontology)
    if case.shape is None:
        assert conforms, text
        return
    assert not conforms, f"expected a violation of bksh:{case.shape}, but the graph conforms"
    results = _results(report)
    hits = [r for r in results if r[0] == BKSH[case.shape] and r[1] == case.focus]
    assert hits, f"no result from bksh:{case.shape} on <{case.focus}>:\n{text}"
    if case.path is not None:
        assert any(r[2] == case.path for r in hits), text
    for r in report.subjects(SH.sourceShape, BKSH[case.shape]):
        assert report.value(r, SH.resultMessage) is not None


# --- the shapes file -----------------------------------------------------------------


def test_every_node_shape_has_a_target(shapes):
    """A class target, or for the ...Check shapes a SPARQL target (SHACL-AF)."""
    for shape in _node_shapes(shapes):
        if str(shape).endswith("Check"):
            target = shapes.value(shape, SH.target)
            assert (target, RDF.type, SH.SPARQLTarget) in shapes, shape
            assert shapes.value(shape, SH.targetClass) is None, shape
        else:
            assert shapes.value(shape, SH.targetClass) is not None, shape


def test_no_sparql_constraints(shapes):
    """pySHACL parses a SPARQL constraint again for every focus node; use SPARQL targets instead."""
    assert not list(shapes.subject_objects(SH.sparql))


def test_every_node_shape_has_conforming_and_violating_cases(shapes):
    names = {str(s).removeprefix(str(BKSH)) for s in _node_shapes(shapes)}
    for name in names:
        assert any(c.node_shape == name and c.shape is None for c in CASES), f"no conforming case for {name}"
        assert any(c.node_shape == name and c.shape is not None for c in CASES), f"no violating case for {name}"
    assert {c.node_shape for c in CASES} <= names


def test_cases_name_existing_shapes(shapes):
    for case in CASES:
        if case.shape is not None:
            assert set(shapes.objects(BKSH[case.shape], RDF.type)) & {SH.PropertyShape, SH.NodeShape}, case.shape


def test_every_property_shape_has_a_message(shapes):
    for shape in shapes.subjects(RDF.type, SH.PropertyShape):
        messages = list(shapes.objects(shape, SH.message))
        assert len(messages) == 1 and messages[0].language == "en", shape


def test_every_node_shape_reaches_the_conforming_graph(shapes, ontology, conforming_graph):
    """The conforming graph has a focus node for every class-targeted shape, so it is not vacuously valid."""
    for shape in _node_shapes(shapes):
        targets = set(shapes.objects(shape, SH.targetClass))
        if not targets:
            continue
        classes = {c for t in targets for c in ontology.transitive_subjects(RDFS.subClassOf, t)} | targets
        assert any(conforming_graph.value(None, RDF.type, c) is not None for c in classes), shape


CONTRACT_CLASSES = [
    "Person", "Organization", "PartyCommittee", "PeoplesCommittee", "Department", "Company", "NGO",
    "InternationalOrganization", "Place", "Country", "Province", "City", "District", "Commune", "BorderGate",
    "Infrastructure", "Mechanism", "Event", "Meeting", "Conference", "Signing", "Visit", "Exchange", "Exhibition",
    "Agreement", "Project", "Observation", "Mention", "Document",
]


@pytest.mark.parametrize("name", CONTRACT_CLASSES)
def test_every_contract_class_is_targeted(name, shapes, ontology):
    superclasses = set(ontology.transitive_objects(BK[name], RDFS.subClassOf))
    targeted = set(shapes.objects(None, SH.targetClass))
    assert superclasses & targeted, name


def _list(graph: Graph, shape: URIRef) -> list:
    return list(graph.items(graph.value(shape, SH["in"])))


def test_unit_codes_match_the_unit_scheme(shapes, ontology):
    scheme = {str(n) for c in ontology.subjects(SKOS.inScheme, BKR.unit) for n in ontology.objects(c, SKOS.notation)}
    assert {str(v) for v in _list(shapes, BKSH["Observation-unitCode"])} == scheme


def test_role_codes_match_the_role_scheme(shapes, ontology):
    scheme = {str(n) for c in ontology.subjects(SKOS.inScheme, BKR.role) for n in ontology.objects(c, SKOS.notation)}
    assert {str(v) for v in _list(shapes, BKSH["Membership-roleCode"])} == scheme


def test_fields_match_the_field_scheme(shapes, ontology):
    assert set(_list(shapes, BKSH.Field)) == set(ontology.subjects(SKOS.inScheme, BKR.field))
