"""The example queries (``queries/*.rq``), each with the comment that says what it answers."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Example:
    """One example query."""

    name: str
    """The file name without ``.rq``."""
    title: str
    """The first comment line."""
    description: str
    """The other leading comment lines."""
    sparql: str


def queries_dir() -> Path:
    """Where the example queries are: shipped in the wheel, or the checkout's ``queries/``."""
    from borderkg.resources import data_dir
    return data_dir() / "queries"


def load_examples(folder: Path | None = None) -> list[Example]:
    """Read every ``*.rq`` file of ``folder`` (default: :func:`queries_dir`), sorted by name.

    >>> [e.name for e in load_examples()][:1]
    ['01-spring-meeting']
    """
    folder = queries_dir() if folder is None else folder
    examples = []
    for path in sorted(folder.glob("*.rq")):
        text = path.read_text("utf-8")
        comments = []
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            comments.append(line.lstrip("#").strip())
        title = comments[0] if comments else path.stem
        examples.append(Example(path.stem, title, " ".join(c for c in comments[1:] if c), text))
    return examples
