"""Serialisations of query results: SPARQL JSON, XML, CSV, TSV for tables; Turtle, N-Triples, JSON-LD, RDF/XML for graphs."""
from __future__ import annotations

import json
from json.encoder import encode_basestring as _json_string
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

PREFIXES = {
    "bk": "https://w3id.org/borderkg/ontology#",
    "bkr": "https://w3id.org/borderkg/id/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
}
"""Prefixes every query may use without declaring them."""


@dataclass(frozen=True, slots=True)
class Answer:
    """A query's result, serialised."""

    kind: str
    """``"bindings"`` (SELECT), ``"boolean"`` (ASK) or ``"graph"`` (CONSTRUCT/DESCRIBE)."""
    format: str
    """The key of the format in :data:`BINDINGS_FORMATS` or :data:`GRAPH_FORMATS`."""
    media_type: str
    body: bytes
    rows: int
    """Solutions or triples in the body (1 for ASK)."""


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _json_term(term: Any) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                         "predicate": _json_term(term.predicate),
                                         "object": _json_term(term.object)}}


def _json_term_text(term: Any) -> str:
    """One term as SPARQL JSON text, the bytes ``json.dumps(_json_term(term))`` would write."""
    kind = type(term)
    if kind is ox.NamedNode:
        return '{"type":"uri","value":' + _json_string(term.value) + "}"
    if kind is ox.Literal:
        text = '{"type":"literal","value":' + _json_string(term.value)
        if term.language:
            return text + ',"xml:lang":' + _json_string(term.language) + "}"
        datatype = term.datatype.value
        return text + ("}" if datatype == _XSD_STRING else ',"datatype":' + _json_string(datatype) + "}")
    return json.dumps(_json_term(term), ensure_ascii=False, separators=(",", ":"))


def _json_bindings(variables: list[str], rows: list[Any]) -> bytes:
    # Written as text, term by term: building a dict per term for json.dumps took most of the
    # time of a large answer (bench/RESULTS_SERVE.md), and the bytes are the same.
    keys = [_json_string(v) + ":" for v in variables]
    bindings = ",".join("{" + ",".join(k + _json_term_text(t) for k, t in zip(keys, row) if t is not None) + "}"
                        for row in rows)
    head = json.dumps(variables, ensure_ascii=False, separators=(",", ":"))
    return ('{"head":{"vars":' + head + '},"results":{"bindings":[' + bindings + "]}}").encode()


def _json_boolean(value: bool) -> bytes:
    return json.dumps({"head": {}, "boolean": value}).encode()


def _xml_term(term: Any) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != _XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    return (f"<triple><subject>{_xml_term(term.subject)}</subject><predicate>{_xml_term(term.predicate)}"
            f"</predicate><object>{_xml_term(term.object)}</object></triple>")


_XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'


def _xml_bindings(variables: list[str], rows: list[Any]) -> bytes:
    out = [_XML_HEAD, "<head>", *(f"<variable name={quoteattr(v)}/>" for v in variables), "</head><results>"]
    for row in rows:
        out.append("<result>")
        out.extend(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                   for v, t in zip(variables, row) if t is not None)
        out.append("</result>")
    out.append("</results></sparql>\n")
    return "\n".join(out).encode()


def _xml_boolean(value: bool) -> bytes:
    return f"{_XML_HEAD}<head/><boolean>{'true' if value else 'false'}</boolean></sparql>\n".encode()


def _csv_field(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        text = term.value
    elif isinstance(term, ox.BlankNode):
        text = f"_:{term.value}"
    else:
        text = str(term)
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def _csv_bindings(variables: list[str], rows: list[Any]) -> bytes:
    lines = [",".join(variables), *(",".join(_csv_field(t) for t in row) for row in rows)]
    return ("\r\n".join(lines) + "\r\n").encode()


def _tsv_bindings(variables: list[str], rows: list[Any]) -> bytes:
    lines = ["\t".join(f"?{v}" for v in variables),
             *("\t".join("" if t is None else str(t) for t in row) for row in rows)]
    return ("\n".join(lines) + "\n").encode()


def _text_boolean(value: bool) -> bytes:
    return b"true\n" if value else b"false\n"


@dataclass(frozen=True, slots=True)
class BindingsFormat:
    """A serialisation of SELECT and ASK results."""

    media_type: str
    aliases: tuple[str, ...]
    write_bindings: Callable[[list[str], list[Any]], bytes]
    write_boolean: Callable[[bool], bytes]


@dataclass(frozen=True, slots=True)
class GraphFormat:
    """A serialisation of CONSTRUCT and DESCRIBE results."""

    media_type: str
    aliases: tuple[str, ...]
    rdf_format: ox.RdfFormat


BINDINGS_FORMATS: dict[str, BindingsFormat] = {
    "json": BindingsFormat("application/sparql-results+json", ("application/json",),
                           _json_bindings, _json_boolean),
    "xml": BindingsFormat("application/sparql-results+xml", ("application/xml", "text/xml"),
                          _xml_bindings, _xml_boolean),
    "csv": BindingsFormat("text/csv", (), _csv_bindings, _text_boolean),
    "tsv": BindingsFormat("text/tab-separated-values", (), _tsv_bindings, _text_boolean),
}
"""SELECT/ASK formats by name, the first the default."""

GRAPH_FORMATS: dict[str, GraphFormat] = {
    "turtle": GraphFormat("text/turtle", ("application/x-turtle",), ox.RdfFormat.TURTLE),
    "ntriples": GraphFormat("application/n-triples", ("text/plain",), ox.RdfFormat.N_TRIPLES),
    "jsonld": GraphFormat("application/ld+json", (), ox.RdfFormat.JSON_LD),
    "rdfxml": GraphFormat("application/rdf+xml", (), ox.RdfFormat.RDF_XML),
}
"""CONSTRUCT/DESCRIBE formats by name, the first the default."""


def write_graph(triples: list[Any], spec: GraphFormat) -> bytes:
    prefixes = PREFIXES if spec.rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
    body = ox.serialize(triples, format=spec.rdf_format, prefixes=prefixes)
    assert body is not None
    return body
