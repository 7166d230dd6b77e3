"""The borderkg exception hierarchy; only the CLI turns these into exit codes."""
from __future__ import annotations

from pathlib import Path


class BorderkgError(Exception):
    """Base class of every error borderkg raises on purpose."""

    exit_code = 2


class InputError(BorderkgError):
    """An input file or record cannot be read as an article."""

    def __init__(self, message: str, *, path: str | Path | None = None, line: int | None = None,
                 column: int | None = None, value: object = None) -> None:
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.column = column
        self.value = value
        super().__init__(str(self))

    def __str__(self) -> str:
        where = []
        if self.path is not None:
            where.append(f'File "{self.path}"')
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.column is not None:
            where.append(f"col {self.column}")
        return f"{', '.join(where)}: {self.message}" if where else self.message


class ResourceError(InputError):
    """The ontology, the lexicon, a language file or the shapes cannot be loaded."""


class ShapeLoadError(ResourceError):
    """The SHACL shapes cannot be loaded."""


class ExtractionError(BorderkgError):
    """Extraction failed on a document for a reason other than its input."""


class ValidationFailure(BorderkgError):
    """The SHACL validator itself failed (a non-conforming graph is not an error)."""


class StoreError(BorderkgError):
    """The build output cannot be written or read back."""


class QueryError(BorderkgError):
    """A SPARQL query is malformed or failed."""
