"""Border gates named in words the lexicon does not list: a gate word beside a name the lexicon
labels a gate by with another gate word ("los pasos fronterizos de Youyiguan y Dongxing", "the
Lao Cai – Hekou international border gate", "بوابة شين مان - دولونغ الحدودية")."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from borderkg import classes
from borderkg.extract.spans import SpanSet
from borderkg.resources import LexiconEntry

if TYPE_CHECKING:
    from borderkg.extract.entities import Context

_NAME_MAX_TOKENS = 4
_TOKEN = re.compile(r"\S+")
_ENDS_NAME = re.compile(r"[,;:.()\[\]،؛\"“”«»]")
"""A token holding one of these ends a name (a dash is a token of its own: it joins two names)."""
_ADMINISTRATIVE = classes.ADMINISTRATIVE - {"Country"}
_DASH = re.compile(r"[-–—]")
_PAIR_AFTER = re.compile(r"\s*(?:\([^()\n]{1,20}\)\s*)?[-–—]\s*")
"""What joins a gate to the gate facing it: a dash, after a country in brackets or not ("Trà Lĩnh (Việt Nam) – Long Bang")."""
_PAIR_BEFORE = re.compile(r"(?:\([^()\n]{1,20}\)\s*)?[-–—]\s*$")


def gates_beside_gate_words(ctx: Context) -> None:
    """Where a gate word stands before or after a name and the lexicon labels one border gate by that
    name with a gate word (any of the language's, or none), the name is that gate: a place of the
    same name the lexicon matched there is the gate named after it ("Dongxing" city, "Dongxing port")."""
    before, after = ctx.matches(ctx.lang.gate_words_before), ctx.matches(ctx.lang.gate_words_after)
    if not before and not after:
        return
    names = ctx.gate_names if ctx.gate_names is not None else gate_names(ctx.entries, ctx.lang.gate_words)
    taken = SpanSet((f.start, f.end) for f in ctx.found if f.cls not in _ADMINISTRATIVE)
    gates = {f.start: f for f in ctx.found if f.cls == "BorderGate"}
    for word in before:
        at: int | None = word.end
        past = _past_gate_number(ctx, word.end)
        if past != word.end and (name := _name_after(ctx, past)) is not None \
                and (name[0] in gates or _gate_named(ctx, names, *name, from_start=True) is not None):
            at = past  # (only where a gate's name follows: "lối mở | Bản Vược", the link word a name's own)
        while at is not None and (name := _name_after(ctx, at)) is not None:
            told = gates.get(name[0])
            if told is not None:  # a gate the lexicon knows by this wording
                at = _list_goes_on(ctx, told.end)
                continue
            gate = _gate_named(ctx, names, *name, from_start=True)
            if gate is None or taken.overlaps(gate[1], gate[2]):
                break
            _put_gate(ctx, gate)
            taken.add(gate[1], gate[2])
            at = _list_goes_on(ctx, gate[2])  # "Grenzübergängen Youyiguan und Dongxing": each is a gate
    for word in after:
        name = _name_before(ctx, word.start)
        if name is None:
            continue
        gate = _gate_named(ctx, names, *name, from_start=False)
        if gate is not None and not taken.overlaps(gate[1], gate[2]):
            _put_gate(ctx, gate)
            taken.add(gate[1], gate[2])


def _past_gate_number(ctx: Context, at: int) -> int:
    """Past a gate's number and the link word after it ("poste-frontière international routier | n° II de | Kim
    Thanh"). (A link word alone is not passed: "gränsportarna i Lao Cai" are the gates in the province.)"""
    tokens = [m for _, m in zip(range(3), _TOKEN.finditer(ctx.text, at))]
    words = [m.group() for m in tokens]
    if len(words) < 2 or words[0] not in ctx.lang.gate_numbers or not GATE_NUMERAL.fullmatch(words[1]):
        return at
    return tokens[2 if len(words) > 2 and words[2] in ctx.lang.link_tokens else 1].end()


GATE_NUMERAL = re.compile(r"[ivxlIVXL]+|\d+")
"""A gate's number after its number word: Roman ("n° II") or Arabic."""


def gate_names(entries: dict[str, LexiconEntry], gate_words: tuple[frozenset[str], frozenset[str]]
               ) -> dict[str, set[str]]:
    """The lexicon's gates by each name a label gives them with its gate words taken off (none, the
    one before, the one after, or both): the extractor builds it once per language."""
    before_words, after_words = gate_words
    out: dict[str, set[str]] = {}
    for entry in entries.values():
        if entry.cls != "BorderGate":
            continue
        for label in entry.labels:
            heads = {label} | {label[len(b) + 1:] for b in before_words if label.startswith(f"{b} ")}
            names = heads | {h[:len(h) - len(a) - 1] for h in heads for a in after_words if h.endswith(f" {a}")}
            for name in names:
                out.setdefault(name, set()).add(entry.iri)
    return out


def _name_tokens(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """Up to four tokens from `start` that could be a name: "and", a dash or punctuation ends them, and
    so does a dash inside a token ("Ban Vuoc-Basa": the gate named first, then the one facing it)."""
    out: list[tuple[int, int]] = []
    for token in _TOKEN.finditer(ctx.text, start, end):
        word = token.group()
        if word in ctx.lang.and_words or set(word) <= set("-–—") or _ENDS_NAME.search(word[:-1]):
            break
        dash = _DASH.search(word, 1)
        if dash is not None:
            out.append((token.start(), token.start() + dash.start()))
            break
        out.append(token.span())
        if _ENDS_NAME.search(word[-1]) or len(out) == _NAME_MAX_TOKENS:
            break
    return out


def _trimmed(ctx: Context, start: int, end: int) -> tuple[int, int]:
    text = ctx.text[start:end]
    stripped = _ENDS_NAME.sub(" ", text)
    return start + len(stripped) - len(stripped.lstrip()), start + len(stripped.rstrip())


def _name_after(ctx: Context, at: int) -> tuple[int, int] | None:
    """The longest run of up to four tokens after `at` whose words could be a gate's name."""
    tokens = _name_tokens(ctx, at, min(len(ctx.text), at + 80))
    return _trimmed(ctx, tokens[0][0], tokens[-1][1]) if tokens else None


def _name_before(ctx: Context, at: int) -> tuple[int, int] | None:
    window = max(0, at - 80)
    tokens = list(_TOKEN.finditer(ctx.text, window, at))
    kept: list[re.Match[str]] = []
    for token in reversed(tokens):
        word = token.group()
        if word in ctx.lang.and_words or set(word) <= set("-–—") or _ENDS_NAME.search(word) or len(kept) == _NAME_MAX_TOKENS:
            break
        kept.insert(0, token)
    return _trimmed(ctx, kept[0].start(), kept[-1].end()) if kept else None


def _gate_named(ctx: Context, names: dict[str, set[str]], start: int, end: int, *,
                from_start: bool) -> tuple[str, int, int] | None:
    """The one gate the lexicon labels by the longest name the span starts with (`from_start`: the
    gate word stands before it) or ends with (the gate word follows)."""
    tokens = list(_TOKEN.finditer(ctx.text, start, end))
    if from_start:
        spans = [(tokens[0].start(), tokens[k].end()) for k in range(len(tokens) - 1, -1, -1)]
    else:
        spans = [(tokens[k].start(), tokens[-1].end()) for k in range(len(tokens))]
    for s, e in spans:
        gates = names.get(ctx.text[s:e], set())
        if len(gates) == 1:
            return next(iter(gates)), s, e
        if gates:
            return None  # two gates share the name: the text does not say which
    return None


def _put_gate(ctx: Context, gate: tuple[str, int, int]) -> None:
    """The gate in place of the places the lexicon matched inside its name."""
    from borderkg.extract.entities import Found

    iri, s, e = gate
    ctx.found[:] = [f for f in ctx.found if not (f.cls in _ADMINISTRATIVE and s <= f.start and f.end <= e)]
    if not any(f.start == s and f.end == e and f.iri == iri for f in ctx.found):
        ctx.found.append(Found(s, e, iri, "BorderGate", known=True))


def _list_goes_on(ctx: Context, end: int) -> int | None:
    """Where the next name of a list starts after a name ending at `end` (a comma or "and" between)."""
    rest = ctx.text[end:end + 12]
    m = re.match(r"\s*(,|\S+)\s", rest)
    if m is None or (m.group(1) != "," and m.group(1) not in ctx.lang.and_words):
        return None
    return end + m.end()


def gate_pairs(ctx: Context) -> None:
    """A gate named with the gate facing it across a dash ("Lao Cai – Hekou", "Ban Vuoc-Basa", "Trà Lĩnh (Việt
    Nam) – Long Bang") is named by the pair: the gate named first (or, where a gate word follows the pair,
    the one it stands by) carries the pair as a label. Its mention stays its own name: the places and the
    gate the pair names are read as before."""
    names = ctx.gate_names if ctx.gate_names is not None else gate_names(ctx.entries, ctx.lang.gate_words)
    paired: list[tuple[int, int]] = []
    for i in sorted(range(len(ctx.found)), key=lambda i: ctx.found[i].start):
        f = ctx.found[i]
        facing = set(ctx.entries[f.iri].counterparts) if f.cls == "BorderGate" and f.known else set()
        if not facing or any(s <= f.start and f.end <= e for s, e in paired):
            continue  # (the gate facing one already read with it: "Trà Lĩnh – Long Bang" is one pair)
        span = _facing_after(ctx, names, facing, f.end) or _facing_before(ctx, names, facing, f.start)
        if span is None:
            continue
        start, end = min(span[0], f.start), max(span[1], f.end)
        label = _COUNTRY_NOTE.sub("", ctx.original_of(start, end))
        ctx.found[i] = replace(f, labels=((label, ctx.lang.code),))
        paired.append((start, end))


_COUNTRY_NOTE = re.compile(r"\s*\([^()\n]{1,20}\)(?=\s*[-–—])")


def _facing_after(ctx: Context, names: dict[str, set[str]], facing: set[str], end: int) -> tuple[int, int] | None:
    joiner = _PAIR_AFTER.match(ctx.text, end)
    if joiner is None:
        return None
    tokens = _name_tokens(ctx, joiner.end(), min(len(ctx.text), joiner.end() + 80))
    for k in range(len(tokens) - 1, -1, -1):
        s, e = _trimmed(ctx, tokens[0][0], tokens[k][1])
        if names.get(ctx.text[s:e], set()) & facing:
            return end, e
    return None


def _facing_before(ctx: Context, names: dict[str, set[str]], facing: set[str], start: int) -> tuple[int, int] | None:
    joiner = _PAIR_BEFORE.search(ctx.text, max(0, start - 30), start)
    if joiner is None or ctx.text[joiner.end():start].strip():
        return None
    name = _name_before(ctx, joiner.start())
    if name is None:
        return None
    tokens = list(_TOKEN.finditer(ctx.text, *name))
    for k in range(len(tokens)):
        s, e = _trimmed(ctx, tokens[k].start(), tokens[-1].end())
        if names.get(ctx.text[s:e], set()) & facing:
            return s, start
    return None


def gates_of_former_places(ctx: Context) -> None:
    """A place merged into another of another name before the article's date, named bare by a name the
    lexicon gives one border gate, is that gate: "Tra Linh" after the district's merger into Trung Khanh
    in 2020 names the gate."""
    if ctx.date is None:
        return
    names = ctx.gate_names if ctx.gate_names is not None else gate_names(ctx.entries, ctx.lang.gate_words)
    for i, f in enumerate(ctx.found):
        entry = ctx.entries.get(f.iri) if f.known and f.cls in _ADMINISTRATIVE else None
        if entry is None or entry.valid_until is None or ctx.date <= entry.valid_until:
            continue
        name = ctx.text[f.start:f.end]
        gates = names.get(name, set())
        if len(gates) != 1:
            continue
        # merged into a place of another name (Tra Linh into Trung Khanh), not only renamed or re-levelled
        successors = [e for e in ctx.entries.values() if f.iri in e.predecessors]
        if successors and not any(name in e.labels for e in successors):
            ctx.found[i] = replace(f, iri=next(iter(gates)), cls="BorderGate")
