"""Posts in time: the date a document reports a post, and the term of office the lexicon knows."""
from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from borderkg.model import Extraction
from borderkg.namespaces import BK, BKR, ORG
from borderkg.resources import Resources

Triple = tuple[URIRef, URIRef, URIRef | Literal]


def tenure_triples(ex: Extraction, resources: Resources) -> set[Triple]:
    """bk:reportedOn for each org:Membership of the document, and bk:validFrom / bk:validUntil
    where the lexicon holds a bk:TermOfOffice for the same person, body and role."""
    from borderkg.assemble import date_literal

    out: set[Triple] = set()
    reported = reported_date(ex)
    for ms in {m.iri: m for m in ex.memberships}.values():
        node = URIRef(ms.iri)
        if reported:
            out.add((node, BK.reportedOn, date_literal(reported)))
        role = BKR[f"role/{ms.role}"]
        for term in resources.lexicon.subjects(ORG.member, URIRef(ms.person)):
            if (term, RDF.type, BK.TermOfOffice) in resources.lexicon \
                    and (term, ORG.organization, URIRef(ms.organization)) in resources.lexicon \
                    and (term, ORG.role, role) in resources.lexicon:
                for prop in (BK.validFrom, BK.validUntil):
                    for value in resources.lexicon.objects(term, prop):
                        if isinstance(value, Literal):
                            out.add((node, prop, value))
    return out


def reported_date(ex: Extraction) -> str | None:
    """The document's publication date; without one, the latest day it tells of (a report is
    written after what it reports), else the latest month or year it dates anything to."""
    if ex.document.date:
        return ex.document.date
    told = [d for d in (*(e.date for e in ex.events), *(e.date for e in ex.entities),
                        *(o.period for o in ex.observations)) if d]
    days = [d for d in told if len(d) == 10]
    return max(days or told, default=None)


__all__ = ["reported_date", "tenure_triples"]
