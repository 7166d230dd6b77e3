"""Assemble stage: extractions into an RDF dataset, one named graph per document."""
from __future__ import annotations

import bisect
from collections.abc import Iterable
from decimal import Decimal

from rdflib import XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from borderkg.model import Document, Extraction, Mention
from borderkg.namespaces import BK, BKR, ORG, PROV
from borderkg.labels import label_triples
from borderkg.resources import LEXICON, Resources
from borderkg.tenure import tenure_triples

ONTOLOGY_GRAPH = BKR["graph/ontology"]

Triple = tuple[URIRef, URIRef, URIRef | Literal]


def doc_iri(identifier: str) -> URIRef:
    """IRI of a document (and of its named graph)."""
    from urllib.parse import quote
    return BKR[f"doc/{quote(identifier, safe='')}"]


def assemble(extractions: Iterable[Extraction], *, resources: Resources, shared: Iterable[tuple[URIRef, Graph]] = ()
             ) -> Dataset:
    """One named graph per document, plus the ontology and lexicon as shared graphs; the people
    a document could not name for sure, and the edition numbers documents disagree on, are
    settled by the others (`borderkg.reconcile`)."""
    ds = Dataset()
    ds.bind("bk", BK)
    ds.bind("bkr", BKR)
    ds.bind("org", ORG)
    ds.bind("prov", PROV)
    ds.bind("skos", SKOS)
    ds.bind("dcterms", DCTERMS)
    onto = ds.graph(ONTOLOGY_GRAPH)
    for triple in resources.ontology:
        onto.add(triple)
    lex = ds.graph(LEXICON)
    for triple in resources.lexicon:
        lex.add(triple)
    for name, graph in shared:
        target = ds.graph(name)
        for triple in graph:
            target.add(triple)
    extractions = list(extractions)
    if extractions:  # people one document could not name for sure, and edition numbers, settled by the others
        from borderkg.extract.identity import People
        from borderkg.reconcile import reconciled

        extractions = reconciled(extractions, People(resources.root / "ontology" / "names", resources.entries))
    for extraction in extractions:
        target = ds.graph(doc_iri(extraction.document.identifier))
        for triple in document_triples(extraction, resources):
            target.add(triple)
    return ds


def document_graph(ex: Extraction, resources: Resources | None = None) -> Graph:
    """The named graph of one document on its own (identifier: the document's IRI)."""
    g = Graph(identifier=doc_iri(ex.document.identifier))
    for triple in document_triples(ex, resources):
        g.add(triple)
    return g


def document_triples(ex: Extraction, resources: Resources | None = None) -> set[Triple]:
    """The triples of one document's named graph (with `resources`, also its labels and posts' dates).

    `assemble` puts exactly these into the document's graph; incremental and parallel
    builds (`borderkg.pipeline`) write and validate them without an rdflib Graph, whose
    indexes would cost more than the extraction itself.
    """
    doc = ex.document
    d = doc_iri(doc.identifier)
    g: set[Triple] = set()
    _document(g, d, doc)

    def derived(node: URIRef, mention: Mention) -> None:
        m = _mention(g, d, mention)
        g.add((node, PROV.wasDerivedFrom, m))

    for e in ex.entities:
        node = URIRef(e.iri)
        g.add((node, RDF.type, BK[e.cls]))
        for text, lang in e.labels:
            g.add((node, RDFS.label, Literal(text, lang=lang)))
        if not e.known and not e.labels:
            g.add((node, RDFS.label, Literal(e.mention.text, lang=doc.lang)))
        for prop, obj in e.links:
            g.add((node, SKOS[prop[5:]] if prop.startswith("skos:") else BK[prop], URIRef(obj)))
        if e.date:
            g.add((node, BK.date, date_literal(e.date)))
        derived(node, e.mention)
    for ev in ex.events:
        node = URIRef(ev.iri)
        g.add((node, RDF.type, BK[ev.cls]))
        if ev.date:
            g.add((node, BK.date, date_literal(ev.date)))
        for p in ev.participants:
            g.add((node, BK.participant, URIRef(p)))
        for p in ev.locations:
            g.add((node, BK.location, URIRef(p)))
        if ev.mechanism:
            g.add((node, BK.mechanism, URIRef(ev.mechanism)))
        if ev.ordinal is not None:
            g.add((node, BK.ordinal, Literal(ev.ordinal, datatype=XSD.integer)))
        if ev.agreement:
            g.add((node, BK.agreement, URIRef(ev.agreement)))
        derived(node, ev.mention)
    for ms in ex.memberships:
        node = URIRef(ms.iri)
        g.add((node, RDF.type, ORG.Membership))
        g.add((node, ORG.member, URIRef(ms.person)))
        g.add((node, ORG.organization, URIRef(ms.organization)))
        g.add((node, ORG.role, BKR[f"role/{ms.role}"]))
        derived(node, ms.mention)
    for ob in ex.observations:
        node = URIRef(ob.iri)
        g.add((node, RDF.type, BK.Observation))
        g.add((node, BK.value, decimal_literal(ob.value)))
        g.add((node, BK.unit, BKR[f"unit/{ob.unit}"]))
        if ob.subject:
            g.add((node, BK.subject, URIRef(ob.subject)))
        if ob.period:
            g.add((node, BK.period, date_literal(ob.period)))
        derived(node, ob.mention)
    for dec in ex.decisions:
        node = URIRef(dec.iri)
        g.add((node, RDF.type, BK[dec.kind]))
        g.add((node, BK.aboutPerson, URIRef(dec.person)))
        # Not prov:wasDerivedFrom: the decision is the build's, not a fact the text states.
        g.add((node, BK.nameMention, _mention(g, d, dec.mention)))
        for candidate in dec.candidates:
            g.add((node, BK.candidate, URIRef(candidate.iri)))
        if dec.settled_as:
            g.add((node, BK.settledAs, URIRef(dec.settled_as)))
        for evidence, source in dec.evidence:
            g.add((node, BK.evidence, URIRef(evidence)))
            g.add((node, BK.evidenceDocument, doc_iri(source)))
    g |= _ordinal_decision_triples(ex) | figure_context_triples(ex)
    if resources is not None:
        g |= label_triples(ex, resources) | tenure_triples(ex, resources)
    return g


def _document(g: set[Triple], d: URIRef, doc: Document) -> None:
    g.add((d, RDF.type, BK.Document))
    g.add((d, DCTERMS.identifier, Literal(doc.identifier)))
    g.add((d, DCTERMS.language, Literal(doc.lang)))
    g.add((d, BK.charCount, Literal(len(doc.text), datatype=XSD.nonNegativeInteger)))
    if doc.date:
        g.add((d, DCTERMS.date, date_literal(doc.date)))
    if doc.url:
        g.add((d, DCTERMS.source, URIRef(doc.url)))
    if doc.title:
        g.add((d, DCTERMS.title, Literal(doc.title, lang=doc.lang)))


def _ordinal_decision_triples(ex: Extraction) -> set[Triple]:
    """The document's edition numbers that other documents overrule (`borderkg.reconcile`)."""
    out: set[Triple] = set()
    for dec in ex.ordinals:
        node = URIRef(dec.iri)
        out.add((node, RDF.type, BK.OrdinalDecision))
        out.add((node, BK.aboutEvent, URIRef(dec.event)))
        out.add((node, BK.statedOrdinal, Literal(dec.stated, datatype=XSD.integer)))
        out.add((node, BK.settledOrdinal, Literal(dec.kept, datatype=XSD.integer)))
        out.update((node, BK.evidenceDocument, doc_iri(source)) for source in dec.evidence)
    return out


NEAR_BEFORE, NEAR_AFTER = 150, 50
"""bk:statedNear's window: names starting this many code points before a figure's start or after its end."""


def figure_context_triples(ex: Extraction) -> set[Triple]:
    """For each figure's mention, bk:enclosingMention and bk:statedNear (see the ontology).

    The build states them because a SPARQL store cannot find them quickly: it has no index
    on offsets, so "the mention that contains this one" reads every mention of the graph.
    """
    d = doc_iri(ex.document.identifier)
    spans = {(m.start, m.end) for m in (*(e.mention for e in ex.entities), *(e.mention for e in ex.events),
                                        *(m.mention for m in ex.memberships), *(o.mention for o in ex.observations))}
    named = sorted((e.mention.start, e.iri) for e in ex.entities)
    starts = [start for start, _ in named]
    out: set[Triple] = set()
    for ob in ex.observations:
        figure = ob.mention
        node = mention_iri(d, figure.start, figure.end)
        longer = [(end - start, start, end) for start, end in spans
                  if start <= figure.start and end >= figure.end and end - start > figure.end - figure.start]
        if longer:
            _, start, end = min(longer)
            out.add((node, BK.enclosingMention, mention_iri(d, start, end)))
        first = bisect.bisect_left(starts, figure.start - NEAR_BEFORE)
        last = bisect.bisect_right(starts, figure.end + NEAR_AFTER)
        out.update((node, BK.statedNear, URIRef(iri)) for _, iri in named[first:last])
    return out


def mention_iri(d: URIRef, start: int, end: int) -> URIRef:
    """IRI of the mention of document `d` from `start` to `end`."""
    return BKR[f"mention/{str(d).rsplit('/', 1)[-1]}/{start}-{end}"]


def _mention(g: set[Triple], d: URIRef, m: Mention) -> URIRef:
    node = mention_iri(d, m.start, m.end)
    g.add((node, RDF.type, BK.Mention))
    g.add((node, BK.source, d))
    g.add((node, BK.start, Literal(m.start, datatype=XSD.integer)))
    g.add((node, BK.end, Literal(m.end, datatype=XSD.integer)))
    g.add((node, BK.text, Literal(m.text, lang=m.lang)))
    return node


def ntriples(triples: Iterable[Triple]) -> bytes:
    """Sorted, distinct N-Triples lines, written as rdflib writes them (UTF-8, same escapes)."""
    return "".join(sorted({f"{s.n3()} {p.n3()} {_nt_object(o)} .\n" for s, p, o in triples})).encode("utf-8")


def _nt_object(o: URIRef | Literal) -> str:
    if not isinstance(o, Literal):
        return o.n3()
    quoted = '"%s"' % o.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
    if o.language:
        return f"{quoted}@{o.language}"
    return f"{quoted}^^<{o.datatype}>" if o.datatype else quoted


def decimal_literal(value: Decimal) -> Literal:
    """xsd:decimal in its canonical form ("9.0", "4420000000.0"), which Turtle writers keep as is."""
    text = format(value.normalize(), "f")
    return Literal(text if "." in text else text + ".0", datatype=XSD.decimal)


def date_literal(value: str) -> Literal:
    """xsd:date, xsd:gYearMonth or xsd:gYear, as precise as the value."""
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}.get(len(value), XSD.string)
    return Literal(value, datatype=datatype)
