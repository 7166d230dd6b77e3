"""borderkg: a knowledge-graph builder for cross-border cooperation news.

The Python API (see the README's "Python API"): :func:`build_graph` makes the graph of
articles in memory as an rdflib Dataset, :func:`validate_graph` runs the SHACL shapes over it,
:func:`query` runs SPARQL over it or over its :func:`to_oxigraph` store, and
:func:`actor_network` gives the actors and what they share as a networkx graph.
:func:`load_build` reads a build folder written by ``borderkg build``.
"""
from __future__ import annotations

from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

try:
    __version__ = version("borderkg")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0"

if TYPE_CHECKING:
    from borderkg.api import actor_network, build_graph, query, read_documents, text_document, to_oxigraph, validate_graph
    from borderkg.config import Config
    from borderkg.errors import BorderkgError
    from borderkg.export import load_build
    from borderkg.model import Document

# Where each name lives; imported on first use so that `import borderkg.errors` (the CLI,
# the query workers) does not pay for rdflib, pyshacl and networkx.
_API = {
    "actor_network": "borderkg.api", "build_graph": "borderkg.api", "query": "borderkg.api",
    "read_documents": "borderkg.api", "text_document": "borderkg.api", "to_oxigraph": "borderkg.api",
    "validate_graph": "borderkg.api", "Config": "borderkg.config", "BorderkgError": "borderkg.errors",
    "load_build": "borderkg.export", "Document": "borderkg.model",
}

__all__ = ["BorderkgError", "Config", "Document", "__version__", "actor_network", "build_graph", "load_build",
           "query", "read_documents", "text_document", "to_oxigraph", "validate_graph"]


def __getattr__(name: str) -> Any:
    if name in _API:
        return getattr(import_module(_API[name]), name)
    raise AttributeError(f"module 'borderkg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
