"""What can go wrong with a query: each a :class:`borderkg.errors.QueryError` the server maps to a status."""
from __future__ import annotations

from borderkg.errors import QueryError


class QuerySyntaxError(QueryError, SyntaxError):
    """The query or update does not parse; ``lineno``/``offset`` locate the error."""

    def __init__(self, message: str, *, lineno: int | None = None, offset: int | None = None) -> None:
        QueryError.__init__(self, message)
        self.msg, self.lineno, self.offset, self.filename = message, lineno, offset, "<query>"

    def __str__(self) -> str:
        return self.msg


class QueryRefused(QueryError):
    """The query is refused before it runs: too long, nested too deep, or reaching outside."""


class QueryTimeout(QueryError):
    """The query ran longer than the timeout and was stopped."""


class QueryOutOfMemory(QueryError):
    """The query needed more memory than the cap and was stopped."""


class ServerBusy(QueryError):
    """Too many queries are waiting or running; the client should retry after ``retry_after`` seconds."""

    def __init__(self, message: str, *, retry_after: int = 5) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ResultTooLarge(QueryError):
    """The result has more rows (or triples) than the configured cap."""


class NotAcceptable(QueryError):
    """No serialisation the client accepts fits this kind of result."""


class UpdateRefused(QueryError):
    """An update was sent to an engine opened read-only."""
