"""Read-only lookups over a built dataset that several export formats share (labels, types, mentions)."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS
from rdflib.term import Node

from borderkg import classes
from borderkg.namespaces import BK, BKR, PROV, WD, WDT

GEONAMES_PREFIX = "https://sws.geonames.org/"

ACTOR_ROOTS = (BK.Person, BK.Organization, BK.Place)
EVENT_ROOT = BK.Event
_SENTENCE_END = re.compile(r"[.!?。！？؟\n]")


@dataclass(frozen=True, slots=True)
class Source:
    """Where a node is supported: the first mention of it, by document and offset."""

    document: str
    """The document's dcterms:identifier (or its IRI when it has none)."""
    start: int | None
    end: int | None
    text: str
    """The sentence around the mention when the document's text is in the graph, else the mention."""


class GraphView:
    """The union of a build's graphs with the lookups the exports need, computed once.

    >>> view = GraphView(Dataset())
    >>> view.label(URIRef("https://w3id.org/borderkg/id/place/vietnam"))
    'vietnam'
    """

    def __init__(self, dataset: Dataset | Graph) -> None:
        self.dataset = dataset
        self.graph = Graph()
        for prefix, ns in dataset.namespaces():
            self.graph.bind(prefix, ns, override=False)
        self.graph.bind("bk", BK)
        self.graph.bind("bkr", BKR)
        quads = dataset.quads((None, None, None, None)) if isinstance(dataset, Dataset) else (
            (s, p, o, None) for s, p, o in dataset)
        for s, p, o, _ in quads:
            self.graph.add((s, p, o))

    # -- classes ---------------------------------------------------------------------------------
    @cached_property
    def _superclasses(self) -> dict[Node, frozenset[Node]]:
        direct: dict[Node, set[Node]] = defaultdict(set)
        for sub, sup in self.graph.subject_objects(RDFS.subClassOf):
            direct[sub].add(sup)
        return classes.closure(direct)

    def is_subclass(self, cls: Node, root: Node) -> bool:
        return cls == root or root in self._superclasses.get(cls, ()) or _fallback_subclass(cls, root)

    def types(self, node: Node) -> list[URIRef]:
        return sorted(t for t in self.graph.objects(node, RDF.type) if isinstance(t, URIRef))

    def most_specific_type(self, node: Node) -> URIRef | None:
        """The node's bk: type that no other of its bk: types is a subclass of."""
        types = [t for t in self.types(node) if t.startswith(str(BK))] or self.types(node)
        if not types:
            return None
        best = [t for t in types if not any(o != t and self.is_subclass(o, t) for o in types)]
        return min(best or types)

    def type_name(self, node: Node) -> str:
        cls = self.most_specific_type(node)
        return local_name(cls) if cls is not None else ""

    def is_a(self, node: Node, root: Node) -> bool:
        return any(self.is_subclass(t, root) for t in self.types(node))

    def instances(self, root: Node) -> list[Node]:
        found = {s for s, t in self.graph.subject_objects(RDF.type) if self.is_subclass(t, root)}
        return sorted(found, key=str)

    # -- labels and links ------------------------------------------------------------------------
    def labels(self, node: Node) -> dict[str, list[str]]:
        """Preferred labels by language ("" for none), falling back to rdfs:label."""
        out: dict[str, list[str]] = defaultdict(list)
        for pred in (SKOS.prefLabel, RDFS.label):
            for lit in self.graph.objects(node, pred):
                if isinstance(lit, Literal) and str(lit) not in out[lit.language or ""]:
                    out[lit.language or ""].append(str(lit))
            if out:
                break
        return {lang: sorted(values) for lang, values in sorted(out.items())}

    def label(self, node: Node) -> str:
        """The English preferred label, else a Latin-script one, else any label, else the IRI's last segment."""
        labels = {lang.lower(): values for lang, values in self.labels(node).items()}  # stores lower-case tags
        for lang in ("en", "vi-latn", "zh-latn-pinyin", ""):
            if labels.get(lang):
                return labels[lang][0]
        if labels:
            return next(iter(labels.values()))[0]
        return local_name(node)

    def link_ids(self, node: Node) -> dict[str, str]:
        """Wikidata QIDs, GeoNames ids and ISO 3166 codes the node is linked to (exact links first)."""
        out: dict[str, str] = {}
        for pred in (OWL.sameAs, SKOS.exactMatch, SKOS.closeMatch):
            for obj in sorted(self.graph.objects(node, pred), key=str):
                iri = str(obj)
                if iri.startswith(str(WD)) and "wikidata" not in out:
                    out["wikidata"] = iri[len(WD):]
                elif iri.startswith(GEONAMES_PREFIX) and "geonames" not in out:
                    out["geonames"] = iri[len(GEONAMES_PREFIX):].strip("/")
        for prop in (WDT.P300, WDT.P297):
            for code in self.graph.objects(node, prop):
                out.setdefault("iso3166", str(code))
        for code in self.graph.objects(node, WDT.P298):
            out.setdefault("iso3166_alpha3", str(code))
        return out

    def country(self, node: Node) -> Node | None:
        """The bk:Country a place or organisation lies in (itself for a country)."""
        seen: set[Node] = set()
        todo = [node]
        while todo:
            nxt = todo.pop(0)
            if nxt in seen:
                continue
            seen.add(nxt)
            if self.is_a(nxt, BK.Country):
                return nxt
            todo.extend(sorted(self.graph.objects(nxt, BK.locatedIn), key=str))
            todo.extend(sorted(self.graph.objects(nxt, BK.jurisdiction), key=str))
        return None

    # -- provenance ------------------------------------------------------------------------------
    def sources(self, node: Node) -> list[Source]:
        """Every mention supporting the node, sorted by document and offset."""
        out = []
        for mention in self.graph.objects(node, PROV.wasDerivedFrom):
            doc = self.graph.value(mention, BK.source)
            start, end = self.graph.value(mention, BK.start), self.graph.value(mention, BK.end)
            text = self.graph.value(mention, BK.text)
            s = int(start) if isinstance(start, Literal) else None
            e = int(end) if isinstance(end, Literal) else None
            out.append(Source(self.document_id(doc) if doc is not None else "", s, e,
                              self._sentence(doc, s, e) or (str(text) if text is not None else "")))
        return sorted(out, key=lambda src: (src.document, src.start or 0, src.end or 0))

    def first_source(self, node: Node) -> Source | None:
        found = self.sources(node)
        return found[0] if found else None

    def document_id(self, doc: Node) -> str:
        ident = self.graph.value(doc, DCTERMS.identifier)
        return str(ident) if ident is not None else str(doc)

    def _sentence(self, doc: Node | None, start: int | None, end: int | None) -> str | None:
        """The sentence around a span: cut from the document text when the graph has it, else
        the shortest longer mention of the same document that contains the span (facts are
        read from whole sentences, so their mentions give the sentence an entity stands in)."""
        if doc is None or start is None or end is None:
            return None
        text = self._document_text(doc)
        if text is None or end > len(text):
            around = [(e - s, t) for s, e, t in self._mention_spans.get(doc, ())
                      if s <= start and end <= e and e - s > end - start]
            return min(around)[1] if around else None
        left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
        right_match = _SENTENCE_END.search(text, end)
        right = right_match.end() if right_match else len(text)
        return text[left:right].strip()

    @cached_property
    def _mention_spans(self) -> dict[Node, list[tuple[int, int, str]]]:
        spans: dict[Node, list[tuple[int, int, str]]] = defaultdict(list)
        for mention, doc in self.graph.subject_objects(BK.source):
            start, end = self.graph.value(mention, BK.start), self.graph.value(mention, BK.end)
            text = self.graph.value(mention, BK.text)
            if isinstance(start, Literal) and isinstance(end, Literal) and text is not None:
                spans[doc].append((int(start), int(end), str(text)))
        return spans

    def _document_text(self, doc: Node) -> str | None:
        for pred in (BK.content, BK.text, URIRef("http://schema.org/text"),
                     URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString")):
            value = self.graph.value(doc, pred)
            if isinstance(value, Literal):
                return str(value)
        return None


def local_name(node: Node | None) -> str:
    """The part of an IRI after its last '#' or '/' (a blank node's id for a blank node)."""
    if node is None:
        return ""
    text = str(node)
    if isinstance(node, BNode):
        return text
    return re.split(r"[#/]", text.rstrip("/#"))[-1]


def minted(node: Node) -> bool:
    """True for resources the project mints (bkr:) and for blank nodes."""
    return isinstance(node, BNode) or (isinstance(node, URIRef) and node.startswith(str(BKR)))


def _fallback_subclass(cls: Node, root: Node) -> bool:
    """The installed ontology's class tree, for builds that do not carry the ontology graph."""
    if not (isinstance(cls, URIRef) and cls.startswith(str(BK)) and str(root).startswith(str(BK))):
        return False
    return local_name(root) in classes.superclasses().get(local_name(cls), ())
