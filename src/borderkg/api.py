"""The Python API: build a graph in memory, validate it, query it, get the actor network.

The command line writes builds to disk (`borderkg.pipeline`); these functions run the same
stages (ingest -> extract -> assemble -> validate) in this process and return the objects.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from borderkg.config import Config
from borderkg.errors import InputError
from borderkg.model import Document
from borderkg.resources import Resources, language_codes, load_resources
from borderkg.sparql import PREFIXES
from borderkg.validate import Report


def read_documents(paths: Iterable[str | Path], *, config: Config = Config()) -> Iterator[Document]:
    """The articles in these .txt (+ .meta.json) and .jsonl files and folders, one Document each.

    :raises InputError: a path is missing or a file cannot be read as an article.
    """
    from borderkg.ingest import ingest
    return ingest(paths, config=config)


def text_document(text: str, *, lang: str | None = None, identifier: str = "text", date: str | None = None,
                  title: str | None = None, url: str | None = None,
                  languages: tuple[str, ...] | None = None) -> Document:
    """A Document of a text held in memory; its language is detected when ``lang`` is not given.

    ``languages``: the codes it may be in (default: the installed language files).

    >>> text_document("Le 13 août 2024, une réunion a eu lieu à Mong Cai.", lang="fr").lang
    'fr'

    :raises InputError: the language is not supported or cannot be told.
    """
    from borderkg.ingest import LanguageDetector as _LanguageDetector

    where = f"<text {identifier}>"
    languages = languages or language_codes()
    if lang is None:
        lang = _LanguageDetector(languages).detect(text, Path(where), None)
    elif lang.split("-")[0].lower() not in languages:
        raise InputError(f"unsupported language {lang!r}; expected one of: {', '.join(languages)}",
                         path=where, value=lang)
    return Document(identifier, text, lang.split("-")[0].lower(), where, date=date, url=url, title=title)


def build_graph(paths: Iterable[str | Path] = (), *, texts: Iterable[str] = (),
                documents: Iterable[Document] = (), lang: str | None = None,
                resources: Resources | None = None) -> Dataset:
    """The graph of the given articles, in memory: one named graph per document, plus the shared graphs.

    The same dataset `borderkg build` writes to ``graph.trig``: the ontology, lexicon and
    links graphs, and each document's graph. ``texts`` become documents ``text-1``,
    ``text-2``, ... in language ``lang`` (detected when None).

    >>> ds = build_graph(texts=["Le 13 août 2024, une réunion a eu lieu à Mong Cai entre "
    ...                         "Mong Cai et Dongxing."], lang="fr")
    >>> sorted(str(g.identifier) for g in ds.graphs() if "/doc/" in str(g.identifier))
    ['https://w3id.org/borderkg/id/doc/text-1']

    :param resources: the ontology, lexicon and shapes (default: the installed data).
    :raises InputError: an article cannot be read.
    """
    from borderkg.assemble import assemble
    from borderkg.extract import extract
    from borderkg.link import link_graph

    resources = resources or load_resources()
    paths = list(paths)
    config = Config(languages=tuple(resources.languages))
    docs: list[Document] = list(read_documents(paths, config=config)) if paths else []
    docs += [text_document(text, lang=lang, identifier=f"text-{i}", languages=config.languages)
             for i, text in enumerate(texts, 1)]
    docs += list(documents)
    return assemble(extract(docs, resources=resources), resources=resources, shared=[link_graph(resources)])


def validate_graph(dataset: Dataset, *, resources: Resources | None = None) -> Report:
    """Run the SHACL shapes over the whole dataset; ``report.conforms`` says whether it passed.

    :raises ValidationFailure: pySHACL itself failed.
    """
    from borderkg.validate import validate as run
    return run(dataset, resources=resources or load_resources())


def to_oxigraph(dataset: Dataset) -> ox.Store:
    """An in-memory Oxigraph store of the dataset (fast SPARQL on large graphs).

    Laid out as `borderkg query` lays out a build: the named graphs, and as the default
    graph their merge (each triple once, however many documents state it).
    """
    store = ox.Store()
    store.bulk_extend(ox.Quad(_ox(s), _ox(p), _ox(o), _ox(g)) for s, p, o, g in dataset.quads((None, None, None, None))
                      if isinstance(g, URIRef) and g != DATASET_DEFAULT_GRAPH_ID)
    store.bulk_extend(ox.Quad(_ox(s), _ox(p), _ox(o), ox.DefaultGraph())
                      for (s, p, o), _ in dataset.store.triples((None, None, None), context=None))
    return store


def query(graph: Dataset | ox.Store, sparql: str) -> list[dict[str, Any]]:
    """Run a SPARQL SELECT over every graph of ``graph``; one dict per row, variable -> value.

    A Dataset is queried through :func:`to_oxigraph` (the engine of `borderkg query`, so
    the answers are the same). IRIs come back as strings and literals as Python values
    (``Literal.toPython``); unbound variables are left out of the row.

    :raises QueryError: the query is malformed or is not a SELECT.
    """
    from borderkg.errors import QueryError

    store = graph if isinstance(graph, ox.Store) else to_oxigraph(graph)
    try:
        solutions = store.query(sparql, prefixes=PREFIXES)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from None
    if not isinstance(solutions, ox.QuerySolutions):
        raise QueryError("only SELECT queries return rows")
    names = [v.value for v in solutions.variables]
    return [{name: _value(row[name]) for name in names if row[name] is not None} for row in solutions]


def actor_network(dataset: Dataset) -> nx.Graph:
    """Persons, organisations and places, joined when they take part in the same events or agreements.

    Node and edge attributes are those of ``borderkg export --format graphml --graph actors``.
    """
    from borderkg.export._network import actor_network as network
    from borderkg.export._view import GraphView
    return network(GraphView(dataset))


def _ox(term: Node) -> Any:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def _value(term: Any) -> Any:
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value if term.datatype is not None and not term.language else None
        return Literal(term.value, lang=term.language, datatype=datatype).toPython()
    return term.value


__all__ = ["actor_network", "build_graph", "query", "read_documents", "text_document", "to_oxigraph", "validate_graph"]
