"""Build settings: each field has a default and help text, checked when loaded."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from enum import Enum

from borderkg.errors import InputError


class ErrorPolicy(str, Enum):
    """What to do with a document that cannot be read."""

    RAISE = "raise"
    SKIP = "skip"


@dataclass(frozen=True, slots=True)
class Config:
    """Settings of a build."""

    languages: tuple[str, ...] | None = field(default=None, metadata={
        "help": "BCP 47 codes of the languages articles may be in; None: every language with a file "
                "ontology/lang/<code>.toml."})
    on_error: ErrorPolicy = field(default=ErrorPolicy.RAISE, metadata={
        "help": "raise: stop at the first bad document; skip: log it and go on."})
    chunk_size: int = field(default=64, metadata={
        "help": "Documents per unit of work sent to a worker process or dask worker."})
    validate_group: int = field(default=64, metadata={
        "help": "Document graphs validated together in one pySHACL run (1: strictly one at a time); "
                "pySHACL has a fixed cost of about 0.2 s a run."})

    max_chars: int = field(default=200_000, metadata={
        "help": "Longest document text, in code points; a longer document is skipped with the reason "
                "(one document must not stall a build; news articles are far shorter)."})
    min_page_chars: int = field(default=200, metadata={
        "help": "Shortest main text of a web page or feed item, in code points; a shorter one is not an "
                "article (a menu or index page) and is skipped with the reason."})

    def __post_init__(self) -> None:
        for name in ("chunk_size", "validate_group", "max_chars", "min_page_chars"):
            if getattr(self, name) < 1:
                raise InputError(f"{name} must be at least 1, not {getattr(self, name)!r}", value=getattr(self, name))

    def supported(self, available: Iterable[str]) -> tuple[str, ...]:
        """The languages to read: ``languages``, or all ``available`` (the language files present) when None.

        >>> Config(languages=("fr", "xx")).supported(["fr", "en"])
        Traceback (most recent call last):
        borderkg.errors.InputError: language 'xx' is not supported; expected one of: en, fr
        """
        available = sorted(available)
        if self.languages is None:
            return tuple(available)
        unknown = [code for code in self.languages if code not in available]
        if unknown:
            raise InputError(f"language {unknown[0]!r} is not supported; expected one of: {', '.join(available)}",
                             value=unknown[0])
        return self.languages

    @classmethod
    def help(cls) -> dict[str, str]:
        """Field name -> help text (the README documents each)."""
        return {f.name: f.metadata["help"] for f in fields(cls)}
