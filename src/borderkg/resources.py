"""Shipped data (ontology, concepts, lexicon, language files, shapes), loaded once per build."""
from __future__ import annotations

import logging
import re
import tomllib
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from borderkg.errors import ResourceError, ShapeLoadError
from borderkg.namespaces import BK, BKR, ORG, PROV

if TYPE_CHECKING:
    from borderkg.extract.language import CommonData, LanguageData

log = logging.getLogger(__name__)

LEXICON = BKR["graph/lexicon"]


def data_dir() -> Path:
    """Folder holding `ontology/`, `shapes/` and `queries/`.

    An installed wheel carries them as the package resource ``borderkg/data`` (pyproject.toml's
    force-include); an editable install or a source checkout reads the checkout's own folders,
    so edits to the ontology take effect without reinstalling.

    :raises ResourceError: neither is there (e.g. the package runs from a zip archive).
    """
    packaged = files("borderkg").joinpath("data")
    if isinstance(packaged, Path) and (packaged / "ontology").is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "ontology").is_dir() and (checkout / "pyproject.toml").is_file():
        return checkout
    raise ResourceError("the package's data (ontology/, shapes/, queries/) is not installed as files",
                        path=str(packaged))


def language_codes(root: Path | None = None) -> tuple[str, ...]:
    """The supported languages: one `ontology/lang/<code>.toml` file each (`common.toml` is shared data).

    >>> language_codes()
    ('ar', 'de', 'en', 'es', 'fr', 'sv', 'vi', 'zh')
    """
    folder = (root or data_dir()) / "ontology" / "lang"
    return tuple(sorted(p.stem for p in folder.glob("*.toml") if p.stem != "common"))


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """A known entity: its IRI, most specific class, folded labels and links."""

    iri: str
    cls: str
    labels: tuple[str, ...]
    located_in: tuple[str, ...] = ()
    jurisdiction: tuple[str, ...] = ()
    valid_until: str | None = None
    valid_from: str | None = None
    predecessors: tuple[str, ...] = ()
    member_sides: tuple[str, ...] = ()
    """A mechanism's bk:memberSide: the sides of its every edition."""
    counterparts: tuple[str, ...] = ()
    """A border gate's bk:counterpart: the gate facing it across the border."""
    context_labels: tuple[str, ...] = ()
    """Folded bk:contextLabel names: this entity only where the document also names it otherwise."""
    lowercase_labels: frozenset[str] = frozenset()
    """Folded labels written with a small first letter ("huyện Khâu Bắc"): only these may match text that
    starts with one ("khẩu Bắc" in "cửa khẩu Bắc Phong Sinh" is not Khâu Bắc)."""
    """Entries this one replaced (dcterms:isReplacedBy pointing here), e.g. the provinces merged in 2025."""


@dataclass(frozen=True)
class Resources:
    """Everything the stages read from `ontology/` and `shapes/`."""

    root: Path
    ontology: Graph
    lexicon: Graph
    entries: dict[str, LexiconEntry]
    languages: dict[str, LanguageData]
    """Code -> data of every `ontology/lang/<code>.toml`: the supported languages are the files present."""
    common: CommonData
    """`ontology/lang/common.toml`: data shared by every language."""
    shapes_path: Path = field(default=Path())
    label_templates: dict[str, dict] = field(default_factory=dict)
    """Per-language templates for the labels of events, posts and figures (ontology/labels/)."""
    names: dict[str, dict[str, str]] = field(default_factory=dict)
    """IRI -> language -> preferred name, for lexicon entities, classes and concepts."""
    by_local_name: dict[str, str] = field(default_factory=dict)
    """The lexicon's IRIs by their last path segment. Where a place and another entry share one
    ("mong-cai": the city and its gate) it is the place, since a minted body's IRI names its places."""

    def language(self, code: str) -> LanguageData:
        return self.languages.get(code, {})

    def ancestors(self, iri: str) -> list[str]:
        """Places an entry lies in, nearest first."""
        out: list[str] = []
        todo = list(self.entries[iri].located_in) if iri in self.entries else []
        while todo:
            nxt = todo.pop(0)
            if nxt not in out:
                out.append(nxt)
                todo.extend(self.entries[nxt].located_in if nxt in self.entries else ())
        return out


def load_resources(root: Path | None = None) -> Resources:
    """Parse the ontology, concepts, lexicon and language files.

    :raises ResourceError: a file is missing or has a syntax error (named in the message).
    """
    root = root or data_dir()
    onto_dir = root / "ontology"
    if not onto_dir.is_dir():
        raise ResourceError("ontology folder not found", path=onto_dir)
    ontology = Graph()
    for name in ("borderkg.ttl", "concepts.ttl"):
        ontology += _parse(onto_dir / name)
    lexicon = Graph()
    for path in sorted((onto_dir / "lexicon").glob("*.ttl")):
        lexicon += _parse(path)
    from borderkg.extract.language import check_common, check_language  # extract imports this module

    languages = {code: check_language(read_toml(onto_dir / "lang" / f"{code}.toml"), onto_dir / "lang" / f"{code}.toml")
                 for code in language_codes(root)}
    common = check_common(read_toml(onto_dir / "lang" / "common.toml"), onto_dir / "lang" / "common.toml")
    shapes = root / "shapes"
    if not shapes.is_dir() or not any(shapes.glob("*.ttl")):
        raise ShapeLoadError("no SHACL shapes (*.ttl) found", path=shapes)
    templates = {path.stem: read_toml(path) for path in sorted((onto_dir / "labels").glob("*.toml"))}
    entries = _entries(lexicon, {code: data.get("label_synonyms", {}) for code, data in languages.items()})
    return Resources(root=root, ontology=ontology, lexicon=lexicon, entries=entries,
                     languages=languages, common=common, shapes_path=shapes, label_templates=templates,
                     names=_names(ontology, lexicon), by_local_name=_by_local_name(entries))


def _parse(path: Path) -> Graph:
    from borderkg.rdf import parse_rdf
    return parse_rdf(path)


def read_toml(path: Path) -> dict:
    """A TOML data file, or a ResourceError naming it."""
    if not path.exists():
        raise ResourceError("file not found", path=path)
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ResourceError(f"TOML syntax error: {exc}", path=path) from None
    except UnicodeDecodeError:
        raise ResourceError("not valid UTF-8", path=path) from None


def _entries(lexicon: Graph, synonyms: dict[str, dict[str, list[str]]]) -> dict[str, LexiconEntry]:
    """Lexicon entries by IRI; ``synonyms``: per language, the other words a label's first word is written with ("gränsporten" or "gränsövergången")."""
    from borderkg.classes import ADMINISTRATIVE  # classes reads the ontology through this module
    from borderkg.text import fold_label

    def forms(label: object) -> set[str]:
        """The folded forms a label matches text in."""
        return {form for written in _synonym_forms(str(label), synonyms.get(getattr(label, "language", None) or "", {}))
                for form in _dash_forms(fold_label(written))}

    out: dict[str, LexiconEntry] = {}
    for subject in sorted(set(lexicon.subjects(RDFS.isDefinedBy, None)), key=str):  # sorted: builds repeat
        types = [t for t in lexicon.objects(subject, RDF.type) if str(t).startswith(str(BK))]
        if not types:
            continue
        cls = _most_specific([str(t)[len(str(BK)):] for t in types])
        labels = {form for p in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel, RDFS.label)
                  for o in lexicon.objects(subject, p) for form in forms(o)}
        if cls in ADMINISTRATIVE:
            labels |= {joined for p in (SKOS.prefLabel, SKOS.altLabel) for o in lexicon.objects(subject, p)
                       if getattr(o, "language", None) in _JOINED_SYLLABLES for joined in _syllables_joined(str(o))}
        until = next(iter(lexicon.objects(subject, BK.validUntil)), None)
        since = next(iter(lexicon.objects(subject, BK.validFrom)), None)
        out[str(subject)] = LexiconEntry(
            iri=str(subject), cls=cls, labels=tuple(sorted(l for l in labels if l)),
            located_in=tuple(sorted(str(o) for o in lexicon.objects(subject, BK.locatedIn))),
            jurisdiction=tuple(sorted(str(o) for o in lexicon.objects(subject, BK.jurisdiction))),
            valid_until=str(until) if until is not None else None,
            valid_from=str(since) if since is not None else None,
            predecessors=tuple(sorted(str(s) for s in lexicon.subjects(DCTERMS.isReplacedBy, subject))),
            member_sides=tuple(sorted(str(o) for o in lexicon.objects(subject, BK.memberSide))),
            counterparts=tuple(sorted(str(o) for o in lexicon.objects(subject, BK.counterpart))),
            context_labels=tuple(sorted({fold_label(str(o)) for o in lexicon.objects(subject, BK.contextLabel)} - {""})),
            lowercase_labels=frozenset(form for p in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel, RDFS.label, BK.contextLabel)
                                       for o in lexicon.objects(subject, p) if str(o)[:1].islower() for form in forms(o)))
    return out


_JOINED_SYLLABLES = ("ar", "en", "fr", "es", "de", "sv")
"""Languages whose wires write a Vietnamese place's syllables as one word ("Laocai", "لاوكاي")."""


def _syllables_joined(label: str) -> set[str]:
    """A place's name of two or three short syllables written as one word, as wires often do ("Laocai", "Halong",
    "مدينة لاوكاي" for "Lao Cai", "Ha Long", "مدينة لاو كاي"): folded, for the last two and three words where they may be
    such a name."""
    from borderkg.text import fold_label

    words = label.split()
    arabic = bool(words) and "\u0621" <= words[-1][0] <= "\u064a"
    return {fold_label(" ".join([*words[:-n], "".join(name)])) for n in (3, 2) if len(name := words[-n:]) == n
            and all(len(w) <= 6 and w.isalpha() for w in name)
            and all(not w.startswith("ال") if arabic else w[:1].isupper() for w in name)}


def _by_local_name(entries: dict[str, LexiconEntry]) -> dict[str, str]:
    """Each IRI's last path segment -> the IRI; a place before any other entry, then the first in order."""
    from borderkg.classes import ADMINISTRATIVE  # classes reads the ontology through this module

    out: dict[str, str] = {}
    for iri in sorted(entries, key=lambda iri: (entries[iri].cls not in ADMINISTRATIVE | {"Place"}, iri)):
        out.setdefault(iri.rsplit("/", 1)[-1], iri)
    return out


def _names(*graphs: Graph) -> dict[str, dict[str, str]]:
    """skos:prefLabel, else rdfs:label, per language (the smallest when several, so builds repeat)."""
    out: dict[str, dict[str, str]] = {}
    for prop in (RDFS.label, SKOS.prefLabel):  # prefLabel last: it wins
        found: dict[tuple[str, str], str] = {}
        for graph in graphs:
            for s, o in graph.subject_objects(prop):
                lang = getattr(o, "language", None)
                if lang and (str(s), lang) not in found or lang and str(o) < found[(str(s), lang)]:
                    found[(str(s), lang)] = str(o)
        for (subject, lang), text in found.items():
            out.setdefault(subject, {})[lang] = text
    return out


def _most_specific(names: list[str]) -> str:
    from borderkg.classes import general  # the class tree is read through this module

    specific = [n for n in names if n not in general()]
    return min(specific or names)


def _synonym_forms(label: str, synonyms: dict[str, list[str]]) -> list[str]:
    """A label as written, and with its first word written as each of that word's synonyms."""
    first, _, rest = label.partition(" ")
    return [label, *(f"{other} {rest}" for other in synonyms.get(first, []) if rest)]


def _dash_forms(label: str) -> set[str]:
    """A label as written, and with a dash between two names written the other common way
    ("Vietnam - China" and "Vietnam-China")."""
    if not re.search(r"\w\s*-\s*\w", label):
        return {label}
    return {label, re.sub(r"(?<=\w)\s*-\s*(?=\w)", "-", label), re.sub(r"(?<=\w)\s*-\s*(?=\w)", " - ", label)}


__all__ = ["BK", "BKR", "DCTERMS", "ORG", "PROV", "LexiconEntry", "Resources", "data_dir", "load_resources"]

