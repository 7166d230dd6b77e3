"""Checks on a query's text before it is parsed: its size, its nesting, and where it would reach.

The parser and evaluator (pyoxigraph, in Rust) recurse once per nested group or
bracket; a query nested some thousands deep overflows the native stack and kills the
whole process, which Python cannot catch. So the text is scanned first, with a small
tokenizer that knows strings, IRIs and comments, and refused (:class:`QueryRefused`) when
it is longer or deeper than the limits. The same scan finds ``SERVICE`` and ``LOAD``
targets: pyoxigraph would send HTTP requests to any of them (or read files), so only
IRIs named in the allow-list pass.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from urllib.parse import urljoin

from borderkg.sparql.errors import QueryRefused
from borderkg.sparql.formats import PREFIXES

MAX_QUERY_CHARS = 256 * 1024
"""Longest query or update accepted, in characters."""
MAX_DEPTH = 128
"""Deepest nesting of ``{``, ``(`` and ``[`` accepted (real queries stay below 20)."""

_TOKEN = re.compile(r'''
    (?P<space>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>'\'\'(?:[^'\\]|\\.|'(?!''))*(?:\'\'\'|$)|"""(?:[^"\\]|\\.|"(?!""))*(?:"""|$)
              |'(?:[^'\\\n\r]|\\.)*(?:'|$)|"(?:[^"\\\n\r]|\\.)*(?:"|$))
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<open>[{(\[])
  | (?P<close>[})\]])
  | (?P<word>[^\s{}()\[\]"'<#]+)
  | (?P<other>.)
''', re.VERBOSE | re.DOTALL)


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str
    text: str
    offset: int


def _tokens(text: str) -> Iterator[_Token]:
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "other"
        if kind not in ("space", "comment"):
            yield _Token(kind, match.group(), match.start())


def _line_col(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    return f"{line}:{offset - (text.rfind(chr(10), 0, offset) + 1) + 1}"


def check(text: str, *, allowed: Collection[str] = (), what: str = "query") -> None:
    """Refuse a query (or update) that is too long, nested too deep, or reaches an IRI not allowed.

    :param allowed: IRIs that ``SERVICE`` may call and ``LOAD`` may read.
    :raises QueryRefused: naming the limit, or the IRI and how to allow it.

    >>> check("SELECT * WHERE " + "{" * 200 + "}" * 200)
    Traceback (most recent call last):
    ...
    borderkg.sparql.errors.QueryRefused: the query nests '{', '(' or '[' 129 deep at 1:144; at most 128 levels are accepted
    >>> check("SELECT * WHERE { SERVICE <http://elsewhere.example/sparql> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    borderkg.sparql.errors.QueryRefused: SERVICE <http://elsewhere.example/sparql> is not allowed: this endpoint makes no outbound requests unless the IRI is in its allow-list (--allow-remote)
    """
    if len(text) > MAX_QUERY_CHARS:
        raise QueryRefused(f"the {what} has {len(text):,} characters; at most {MAX_QUERY_CHARS:,} are accepted")
    depth = 0
    tokens = list(_tokens(text))
    prefixes, base = dict(PREFIXES), None
    for i, token in enumerate(tokens):
        if token.kind == "open":
            depth += 1
            if depth > MAX_DEPTH:
                raise QueryRefused(f"the {what} nests '{{', '(' or '[' {depth} deep at {_line_col(text, token.offset)}; "
                                   f"at most {MAX_DEPTH} levels are accepted")
        elif token.kind == "close":
            depth = max(0, depth - 1)
        elif token.kind == "word":
            keyword = token.text.upper()
            if keyword == "PREFIX" and i + 2 < len(tokens) and tokens[i + 2].kind == "iri":
                prefixes[tokens[i + 1].text.rstrip(":")] = _resolve(tokens[i + 2].text[1:-1], base)
            elif keyword == "BASE" and i + 1 < len(tokens) and tokens[i + 1].kind == "iri":
                base = _resolve(tokens[i + 1].text[1:-1], base)
            elif keyword in ("SERVICE", "LOAD"):
                _check_target(keyword, tokens[i + 1:i + 3], prefixes, base, allowed)


def _resolve(iri: str, base: str | None) -> str:
    return urljoin(base, iri) if base else iri


def _check_target(keyword: str, following: list[_Token], prefixes: dict[str, str], base: str | None,
                  allowed: Collection[str]) -> None:
    if following and following[0].kind == "word" and following[0].text.upper() == "SILENT":
        following = following[1:]
    target = following[0] if following else None
    iri: str | None = None
    if target is not None and target.kind == "iri":
        iri = _resolve(target.text[1:-1], base)
    elif target is not None and target.kind == "word" and ":" in target.text and target.text[0] not in "?$":
        prefix, _, local = target.text.partition(":")
        if prefix in prefixes:
            iri = prefixes[prefix] + local
    shown = f"<{iri}>" if iri else (target.text if target else "(nothing)")
    if iri is None or iri not in allowed:
        raise QueryRefused(f"{keyword} {shown} is not allowed: this endpoint makes no outbound requests "
                           "unless the IRI is in its allow-list (--allow-remote)")
