"""Property tests over extraction: whatever the text, extraction gives a result without an
exception, every mention quotes its text exactly, and the graph of a small batch, settled as a build
settles it, conforms.

Texts: random Unicode; real articles (seeds, development and regression sets) with characters
inserted, deleted and swapped, sentences shuffled, digits changed, other scripts mixed in, very
long tokens, combining marks, right-to-left marks and zero-width characters; empty and blank
texts. Bounded example counts for CI.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rdflib.namespace import SH

from borderkg.assemble import doc_iri, document_triples
from borderkg.extract import RuleExtractor
from borderkg.ingest import ingest
from borderkg.model import Document, Extraction
from borderkg.pipeline import shared_data
from borderkg.reconcile import reconciled
from borderkg.resources import Resources, load_resources
from borderkg.validate import DocumentValidator

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "seeds", ROOT.parent / "shared" / "eval" / "dev" / "articles", ROOT / "tests" / "regression" / "articles"]
PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# each example validates a batch with pySHACL (about half a second)
SHAPES = settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Characters that test offsets and word boundaries: combining marks (Latin, Arabic harakat),
# tatweel, right-to-left and left-to-right marks and embeddings, zero-width joiners and spaces,
# the byte order mark, no-break and ideographic spaces, Arabic-Indic and full-width digits,
# characters that fold to several (ß, ﬁ) or to none.
ODD = ["\u0301", "\u0323", "\u064e", "\u0651", "\u0640", "\u200f", "\u200e", "\u202b", "\u202e", "\u202c",
       "\u200d", "\u200c", "\u200b", "\ufeff", "\u00a0", "\u3000", "\u0663", "\uff13", "ß", "ﬁ", "İ", "ǅ",
       "\u00ad", "\r", "\t", "\n\n", "。", "،", "؟", "-", "(", ")", "«", "»", "'", "’"]
LANGS = ["ar", "de", "en", "es", "fr", "sv", "vi", "zh"]


@pytest.fixture(scope="module")
def resources() -> Resources:
    return load_resources()


@pytest.fixture(scope="module")
def extractor(resources: Resources) -> RuleExtractor:
    return RuleExtractor(resources)


@pytest.fixture(scope="module")
def validator(resources: Resources) -> DocumentValidator:
    return DocumentValidator(resources, shared_data(resources))


def _articles() -> list[Document]:
    return list(ingest([p for p in SOURCES if p.exists()]))


ARTICLES = _articles()


def _check(ex: Extraction) -> None:
    """Every mention lies inside the text and quotes it exactly."""
    text = ex.document.text
    mentions = [e.mention for e in ex.entities] + [e.mention for e in ex.events] \
        + [m.mention for m in ex.memberships] + [o.mention for o in ex.observations]
    for m in mentions:
        assert 0 <= m.start <= m.end <= len(text), (m, len(text))
        assert text[m.start:m.end] == m.text, (m, text[m.start:m.end])
        assert m.doc == ex.document.identifier and m.lang == ex.document.lang


def _document(text: str, lang: str, date: str | None = "2024-06-01") -> Document:
    return Document("prop", text, lang, "<property test>", date=date)


@st.composite
def _mutated(draw) -> Document:
    """A real article with a few edits of the kinds that break offsets and matching."""
    article = draw(st.sampled_from(ARTICLES))
    text = article.text
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["insert", "delete", "swap", "shuffle", "digits", "mix", "long", "odd"]))
        at = draw(st.integers(0, len(text)))
        if kind == "insert":
            text = text[:at] + draw(st.text(min_size=1, max_size=8)) + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 40)):]
        elif kind == "swap" and at + 1 < len(text):
            text = text[:at] + text[at + 1] + text[at] + text[at + 2:]
        elif kind == "shuffle":
            parts = re.split(r"(?<=[.!?。؟])\s*", text)
            text = " ".join(draw(st.permutations(parts)))
        elif kind == "digits":
            text = re.sub(r"\d", lambda m: str(draw(st.integers(0, 9))) if draw(st.booleans()) else m.group(), text)
        elif kind == "mix":  # a passage of an article in another script, anywhere
            other = draw(st.sampled_from(ARTICLES)).text
            start = draw(st.integers(0, max(0, len(other) - 1)))
            text = text[:at] + other[start:start + draw(st.integers(1, 300))] + text[at:]
        elif kind == "long":  # a very long token: letters, digits or one repeated name
            token = draw(st.sampled_from(["x", "9", "Mong Cai", "东兴", "ـ", "\u0301", "-"]))
            text = text[:at] + token * draw(st.integers(200, 5000)) + text[at:]
        else:
            text = text[:at] + "".join(draw(st.lists(st.sampled_from(ODD), min_size=1, max_size=6))) + text[at:]
    lang = article.lang if draw(st.integers(0, 4)) else draw(st.sampled_from(LANGS))  # sometimes the wrong language
    return _document(text, lang, article.date if draw(st.booleans()) else None)


@PROPERTY
@given(st.text(max_size=400), st.sampled_from(LANGS), st.sampled_from([None, "2024-06-01", "2019"]))
@example("", "en", None)
@example(" \n\t\u3000\u00a0 \n", "zh", "2024-06-01")
@example("\u0301\u064e\u0651", "ar", None)  # lone combining marks
@example("\u200f\u202e\u200d\u200c\u200b\ufeff", "ar", "2024-06-01")  # only direction marks and zero-width characters
def test_any_unicode_text(extractor: RuleExtractor, text: str, lang: str, date: str | None) -> None:
    _check(extractor(_document(text, lang, date)))


@PROPERTY
@given(st.lists(st.sampled_from(ODD + ["Mong Cai", "Lạng Sơn", "东兴市", "لانغ سون", "12", "2024", " ", "."]),
                max_size=40).map("".join), st.sampled_from(LANGS))
def test_names_among_odd_characters(extractor: RuleExtractor, text: str, lang: str) -> None:
    _check(extractor(_document(text, lang)))


@PROPERTY
@given(_mutated(), st.sampled_from(ARTICLES))
def test_mutated_articles(extractor: RuleExtractor, doc: Document, other: Document) -> None:
    first = extractor(doc)
    _check(first)
    extractor(other)
    assert extractor(doc) == first  # nothing of one document stays behind for the next


# Two articles that number one edition differently: one event node, which must keep one number.
EDITIONS = [_document(f"Lang Son (VNA) - On February 10, 2026, the {n} Spring Meeting between the Party Secretaries "
                      "of Lang Son and Guangxi took place in Nanning.", "en", "2026-02-11") for n in ("5th", "11th")]


@SHAPES
@given(st.lists(_mutated(), min_size=2, max_size=3))
@example(EDITIONS)
def test_graph_of_mutated_articles_conforms(extractor: RuleExtractor, validator: DocumentValidator,
                                            resources: Resources, docs: list[Document]) -> None:
    extractions = []
    for i, doc in enumerate(docs):
        doc = Document(f"prop-{i}", doc.text, doc.lang, doc.source_path, date=doc.date)
        extractions.append(extractor(doc))
        _check(extractions[-1])
    # As a build assembles them: each settled by the others (people, edition numbers), then assembled.
    graphs = [(doc_iri(ex.document.identifier), document_triples(ex, resources))
              for ex in reconciled(extractions, extractor.people)]
    for identifier, results in validator(graphs).items():
        violations = [r for r in results.subjects(SH.resultSeverity, SH.Violation)]
        assert not violations, results.serialize(format="turtle")
