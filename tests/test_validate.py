"""Validation per document (the build's default) finds what pySHACL finds on the whole graph,
and names each result's document; a build's merged report agrees with ``--validate full``."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import RDF, BNode, Dataset, Graph, URIRef
from rdflib.namespace import DCTERMS, SH

from borderkg.pipeline import ValidateMode, build
from borderkg.resources import LEXICON, load_resources
from borderkg.validate import DocumentValidator
from test_incremental import _corpus
from test_shapes import CASES, D1, DATA, PREFIXES, REPO, _results, _validate


@pytest.fixture(scope="module")
def resources():
    return load_resources(REPO)


@pytest.fixture(scope="module")
def split() -> tuple[Graph, Graph]:
    """The conforming test graph as the build holds it: d1's graph, and the shared lexicon graph."""
    ds = Dataset()
    ds.parse(DATA / "conforming.trig", format="trig")
    doc, lexicon = Graph(), Graph()
    for s, p, o, g in ds.quads():
        (lexicon if g == LEXICON else doc).add((s, p, o))
    return doc, lexicon


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_document_validation_agrees_with_whole_graph_validation(case, split, resources):
    """Every shapes case whose edit touches only the document graph, validated both ways."""
    doc, lexicon = split
    merged = Graph()
    merged += doc
    merged += lexicon
    merged.update(PREFIXES + case.update)
    if any(t not in merged for t in lexicon):
        pytest.skip("the case edits the shared lexicon graph, which is validated on its own")
    edited = [t for t in merged if t not in lexicon]
    owned = {t[0] for t in edited}
    _, whole, _ = _validate(merged, DocumentValidator(resources, lexicon).shapes, resources.ontology)
    expected = sorted({_comparable(r) for r in _results(whole) if r[1] in owned}, key=str)

    per_doc = DocumentValidator(resources, lexicon)([(D1, edited)])[D1]
    found = sorted({_comparable(r) for r in _results(per_doc)}, key=str)
    assert found == expected
    for result in per_doc.subjects(RDF.type, SH.ValidationResult):
        assert per_doc.value(result, DCTERMS.source) == D1
        assert per_doc.value(result, SH.resultMessage) is not None
    if case.shape is not None and case.focus in owned:
        assert any(r[0].endswith(case.shape) and r[1] == case.focus for r in found), found


def _comparable(result: tuple) -> tuple:
    """A (shape, focus, path) result with a complex path (a blank node) as one marker."""
    shape, focus, path = result
    return shape, focus, "complex path" if isinstance(path, BNode) else path


def test_documents_validated_together_keep_their_own_results(split, resources):
    """Two documents in one pySHACL run: each gets exactly the results on the nodes it describes."""
    doc, lexicon = split
    d2 = URIRef(str(D1).replace("/d1", "/d2"))
    second = [(d2 if s == D1 else s, p, d2 if o == D1 else o) for s, p, o in doc if s == D1]
    second = [t for t in second if t[1] != DCTERMS.language]  # d2 lacks its language
    results = DocumentValidator(resources, lexicon)([(D1, list(doc)), (d2, second)])
    assert not list(results[D1].subjects(RDF.type, SH.ValidationResult))
    found = [(results[d2].value(r, SH.focusNode), results[d2].value(r, SH.resultPath))
             for r in results[d2].subjects(RDF.type, SH.ValidationResult)]
    assert found == [(d2, DCTERMS.language)]


STRICTER = """
@prefix sh:      <http://www.w3.org/ns/shacl#> .
@prefix bk:      <https://w3id.org/borderkg/ontology#> .
@prefix bksh:    <https://w3id.org/borderkg/shapes#> .
@prefix dcterms: <http://purl.org/dc/terms/> .

bksh:DatedDocumentShape a sh:NodeShape ;
    sh:targetClass bk:Document ;
    sh:property [ sh:path dcterms:date ; sh:minCount 1 ;
                  sh:message "This deployment asks every document for its publication date."@en ] .
"""


@pytest.fixture
def stricter_root(tmp_path: Path) -> Path:
    """The shipped ontology and shapes, plus a shape the undated seed files violate."""
    root = tmp_path / "data"
    shutil.copytree(REPO / "ontology", root / "ontology")
    shutil.copytree(REPO / "shapes", root / "shapes")
    (root / "shapes" / "stricter.ttl").write_text(STRICTER, encoding="utf-8")
    return root


def _violations(report: Graph) -> set[tuple]:
    return {(report.value(r, DCTERMS.source), report.value(r, SH.focusNode), report.value(r, SH.resultPath))
            for r in report.subjects(SH.resultSeverity, SH.Violation)}


def test_build_reports_each_violation_with_its_document(stricter_root: Path, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    summary, report = build([corpus], out=tmp_path / "docs", jobs=2, root=stricter_root)
    _, full = build([corpus], out=tmp_path / "full", jobs=1, root=stricter_root, validate_mode=ValidateMode.FULL)
    assert report is not None and full is not None and not report.conforms
    undated = {URIRef(f"https://w3id.org/borderkg/id/doc/{p.stem}") for p in corpus.glob("*.txt")}
    expected = {(d, d, DCTERMS.date) for d in undated}
    assert _violations(report.graph) == expected == _violations(full.graph)
    assert summary.violations == len(undated)
    text = (tmp_path / "docs" / "report.txt").read_text(encoding="utf-8")
    assert "Conforms: False" in text
    for d in undated:
        assert f"Document: {d}" in text
