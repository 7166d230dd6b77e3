"""The SPARQL JSON writer writes, term by term, exactly what ``json.dumps`` writes for the same bindings."""
from __future__ import annotations

import json

import pyoxigraph as ox
from hypothesis import given
from hypothesis import strategies as st

from borderkg.sparql.formats import BINDINGS_FORMATS, _json_term

TEXT = st.text(st.characters(blacklist_categories=("Cs",)))
IRI = st.from_regex(r"\Ahttps://example\.org/[a-zA-Z0-9éß中/._~-]{0,20}(#[a-z0-9]{0,5})?\Z")
TERMS = st.one_of(
    st.none(),
    IRI.map(ox.NamedNode),
    TEXT.map(ox.Literal),
    st.tuples(TEXT, st.sampled_from(["vi", "zh-hans", "ar", "en-gb"])).map(lambda t: ox.Literal(t[0], language=t[1])),
    st.tuples(st.integers().map(str), st.sampled_from(["integer", "decimal", "gYear"])).map(
        lambda t: ox.Literal(t[0], datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#" + t[1]))),
    st.from_regex(r"\A[a-z][a-z0-9]{0,8}\Z").map(ox.BlankNode),
    st.tuples(IRI, IRI, TEXT).map(lambda t: ox.Triple(ox.NamedNode(t[0]), ox.NamedNode(t[1]), ox.Literal(t[2]))),
)


def _reference(variables: list[str], rows: list[list]) -> bytes:
    bindings = [{v: _json_term(t) for v, t in zip(variables, row) if t is not None} for row in rows]
    return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False, separators=(",", ":")).encode()


@given(st.lists(st.lists(TERMS, min_size=3, max_size=3), max_size=5))
def test_json_bindings_are_the_bytes_json_dumps_writes(rows):
    variables = ["s", "value", "x"]
    written = BINDINGS_FORMATS["json"].write_bindings(variables, rows)
    assert written == _reference(variables, rows)
    assert len(json.loads(written)["results"]["bindings"]) == len(rows)
