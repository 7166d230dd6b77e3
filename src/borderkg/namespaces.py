"""IRI namespaces, declared once (contract prefixes and the vocabularies borderkg aligns to)."""
from __future__ import annotations

from rdflib import Namespace

BK = Namespace("https://w3id.org/borderkg/ontology#")
BKR = Namespace("https://w3id.org/borderkg/id/")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
GEONAMES = Namespace("https://sws.geonames.org/")
SEMAPV = Namespace("https://w3id.org/semapv/vocab/")
