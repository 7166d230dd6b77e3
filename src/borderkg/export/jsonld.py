"""JSON-LD export: the dataset with one `@graph` per named graph, compacted with the published context.

The context is `ontology/context.jsonld`, published at `https://w3id.org/borderkg/context.jsonld`.
It is embedded in the output, so reading the file back needs no network.
"""
from __future__ import annotations

import json
from pathlib import Path

from rdflib import Dataset

from borderkg.errors import InputError
from borderkg.export import ExportOptions
from borderkg.export._rdf import write as _write


def context(path: Path | None = None) -> dict:
    """The published @context (the object inside the file's "@context" key).

    :raises InputError: the file is missing or not JSON.
    """
    if path is None:
        from borderkg.resources import data_dir
        path = data_dir() / "ontology" / "context.jsonld"
    try:
        return dict(json.loads(path.read_text(encoding="utf-8"))["@context"])
    except FileNotFoundError:
        raise InputError("JSON-LD context not found", path=path) from None
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise InputError(f"not a JSON-LD context document: {exc}", path=path) from None


def to_graph(dataset: Dataset) -> Dataset:
    return dataset


def serialize(dataset: Dataset, out: Path, *, ctx: dict) -> list[Path]:
    # rdflib's JSON-LD writer does not know the 1.1 "@version" keyword's effect on compaction.
    ctx = {k: v for k, v in ctx.items() if k != "@version"}
    return _write(dataset, out, "json-ld", context=ctx, auto_compact=True, indent=1)


def write(dataset: Dataset, out: Path, options: ExportOptions) -> list[Path]:
    return serialize(to_graph(dataset), out, ctx=options.context or context())
