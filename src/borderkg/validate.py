"""Validate stage: the SHACL shapes over the built graph (pyshacl)."""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from rdflib import RDF, BNode, Dataset, Graph, Literal, Namespace
from rdflib.namespace import DCTERMS
from rdflib.term import Node

from borderkg.errors import ShapeLoadError, ValidationFailure
from borderkg.resources import LEXICON, Resources

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Report:
    """The outcome of validation: a non-conforming graph is a value, not an error."""

    conforms: bool
    text: str
    graph: Graph


def load_shapes(resources: Resources) -> Graph:
    """All shapes files under `shapes/`.

    :raises ShapeLoadError: a shapes file has a syntax error.
    """
    from borderkg.rdf import parse_rdf

    shapes = Graph()
    for path in sorted(resources.shapes_path.glob("*.ttl")):
        parse_rdf(path, into=shapes, error=ShapeLoadError)
    return shapes


def validate(dataset: Dataset, *, resources: Resources) -> Report:
    """Run pyshacl on the union of the dataset's graphs, with the ontology for class hierarchy.

    :raises ValidationFailure: pyshacl itself failed.
    """
    data = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        data.add((s, p, o))
    return validate_graph(data, resources=resources)


def validate_graph(data: Graph, *, resources: Resources, shapes: Graph | None = None,
                   ontology_mixed: bool = False) -> Report:
    """Run pyshacl on one graph, with the ontology for class hierarchy.

    ``ontology_mixed`` says the ontology is already in ``data``, a throwaway graph that
    pySHACL may then work in (and change) instead of copying it.

    :raises ValidationFailure: pyshacl itself failed.
    """
    import pyshacl

    try:
        conforms, report_graph, report_text = pyshacl.validate(
            data, shacl_graph=shapes if shapes is not None else load_shapes(resources),
            ont_graph=None if ontology_mixed else resources.ontology,
            inference="none", advanced=True, allow_warnings=True, inplace=ontology_mixed)
    except ShapeLoadError:
        raise
    except Exception as exc:  # pyshacl's own failures are not a verdict on the data
        raise ValidationFailure(f"pyshacl failed: {exc}") from exc
    return Report(bool(conforms), str(report_text), report_graph)


class DocumentValidator:
    """SHACL per document graph, each with the shared triples it needs (incremental, parallel builds).

    A document graph alone does not conform: its lexicon entities are typed and labelled in
    the shared lexicon graph. So each run validates the document graphs given (one, or a
    small group to spread pySHACL's fixed cost of about 0.2 s a run) together with the
    shared triples about every node they mention, and the rdf:type of the nodes those
    point to. Results are kept for focus nodes that a document graph describes (is the
    subject of), each named with ``dcterms:source <document>``; the shared graphs
    themselves are validated once, on their own, by :meth:`shared_report`.
    """

    def __init__(self, resources: Resources, shared: Graph) -> None:
        self.resources = resources
        self.shapes = load_shapes(resources)
        self.shared = shared
        self._about: dict[Node, list[tuple[Node, Node, Node]]] = {}
        for triple in shared:
            self._about.setdefault(triple[0], []).append(triple)

    def shared_report(self, names: dict[Node, Node]) -> Graph:
        """Results for the shared graphs on their own; ``names`` maps a subject to its graph's name."""
        report = validate_graph(self.shared, resources=self.resources, shapes=self.shapes)
        return name_results(report.graph, lambda focus: [names.get(focus, LEXICON)])

    def __call__(self, documents: list[tuple[Node, Collection[tuple[Node, Node, Node]]]]) -> dict[Node, Graph]:
        """Validate documents (IRI, triples of its graph) together; results per document IRI."""
        # One throwaway graph, the ontology mixed in by hand: with ont_graph, pySHACL would copy
        # the whole data graph to mix it in; inplace is safe as nothing else reads this graph.
        data = Graph()
        for triple in self.resources.ontology:
            data.add(triple)
        owners: dict[Node, list[Node]] = {}
        nodes: set[Node] = set()
        for identifier, triples in documents:
            subjects = set()
            for triple in triples:
                data.add(triple)
                subjects.add(triple[0])
                nodes.add(triple[0])
                nodes.add(triple[2])
            for subject in subjects:
                owners.setdefault(subject, []).append(identifier)
        for node in nodes:
            for s, p, o in self._about.get(node, ()):
                data.add((s, p, o))
                for typed in self._about.get(o, ()):
                    if typed[1] == RDF.type:
                        data.add(typed)
        report = validate_graph(data, resources=self.resources, shapes=self.shapes, ontology_mixed=True)
        out: dict[Node, Graph] = {identifier: Graph() for identifier, _ in documents}
        for result in report.graph.subjects(RDF.type, SH.ValidationResult):
            focus = report.graph.value(result, SH.focusNode)
            for doc in owners.get(focus, ()) if focus is not None else ():
                _copy_result(report.graph, result, doc, out[doc])
        return out


def name_results(report: Graph, owner) -> Graph:
    """The results of a pySHACL report graph, each naming with dcterms:source the graphs owner(focus) gives."""
    out = Graph()
    for result in report.subjects(RDF.type, SH.ValidationResult):
        for doc in owner(report.value(result, SH.focusNode)):
            _copy_result(report, result, doc, out)
    return out


def _copy_result(report: Graph, result: Node, doc: Node, out: Graph) -> None:
    """The result's description (following blank nodes), naming its document."""
    copy = BNode()
    out.add((copy, DCTERMS.source, doc))
    todo, seen = [(result, copy)], {}
    while todo:
        node, target = todo.pop()
        for _, p, o in report.triples((node, None, None)):
            if isinstance(o, BNode):
                if o not in seen:
                    seen[o] = BNode()
                    todo.append((o, seen[o]))
                o = seen[o]
            out.add((target, p, o))


def merge_reports(results: Graph) -> Report:
    """One report over result graphs merged from documents and shared graphs."""
    graph = Graph()
    graph.bind("sh", SH)
    graph.bind("dcterms", DCTERMS)
    report = BNode()
    graph.add((report, RDF.type, SH.ValidationReport))
    graph += results
    found = sorted(set(results.subjects(RDF.type, SH.ValidationResult)), key=lambda r: _sort_key(results, r))
    violations = [r for r in found if results.value(r, SH.resultSeverity) == SH.Violation]
    conforms = not violations
    graph.add((report, SH.conforms, Literal(conforms)))
    for r in found:
        graph.add((report, SH.result, r))
    return Report(conforms, report_text(results, found, conforms), graph)


def _sort_key(g: Graph, result: Node) -> tuple[str, ...]:
    return tuple(str(g.value(result, p) or "") for p in (DCTERMS.source, SH.focusNode, SH.sourceShape, SH.resultPath))


def report_text(results: Graph, found: list[Node], conforms: bool) -> str:
    """pySHACL-like text, each result naming its document."""
    lines = ["Validation Report", f"Conforms: {conforms}"]
    if found:
        lines.append(f"Results ({len(found)}):")
    for r in found:
        component = results.value(r, SH.sourceConstraintComponent)
        severity = results.value(r, SH.resultSeverity)
        lines.append(f"{str(severity).rsplit('#', 1)[-1]} in {str(component).rsplit('#', 1)[-1]}:")
        for label, prop in (("Document", DCTERMS.source), ("Source Shape", SH.sourceShape),
                            ("Focus Node", SH.focusNode), ("Value Node", SH.value),
                            ("Result Path", SH.resultPath), ("Message", SH.resultMessage)):
            value = results.value(r, prop)
            if value is not None:
                lines.append(f"\t{label}: {value}")
    return "\n".join(lines) + "\n"
