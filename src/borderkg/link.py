"""Links from the lexicon to open data, kept as SSSOM mapping tables under `ontology/mappings/`.

The build calls :func:`link_triples` and puts its graph in the shared named graph
`bkr:graph/links`. Mapping rows become triples as follows:

- `skos:exactMatch` / `skos:closeMatch` / `owl:sameAs` rows: the triple as written, e.g.
  `bkr:place/quang-ninh skos:exactMatch wd:Q33396`, `… skos:exactMatch <https://sws.geonames.org/1568758/>`.
  Identifiers checked by two or more public sources are exact matches, those from one source
  close matches; owl:sameAs is accepted but not used, because a reasoner would merge Wikidata's
  statements into ours and our places are bounded in time (before or after the 2025 mergers).
- ISO 3166 rows are literal mappings on Wikidata's own properties: `wdt:P297` (alpha-2),
  `wdt:P298` (alpha-3), `wdt:P299` (numeric) and `wdt:P300` (ISO 3166-2); the alpha-2 and
  ISO 3166-2 codes are also given as `skos:notation`.

The OpenRefine round trip: :func:`export_unlinked` writes `id,name,type,country,language`
for entities without a Wikidata link; after reconciliation, :func:`import_reconciled` reads
`id` plus `wikidata` and/or `geonames` columns back into a mapping table.
"""
from __future__ import annotations

import csv
import io
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import yaml
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS
from rdflib.term import Node

from borderkg import classes
from borderkg.errors import InputError

if TYPE_CHECKING:
    from borderkg.resources import Resources

log = logging.getLogger(__name__)

from borderkg.namespaces import BK, BKR, GEONAMES, SEMAPV, WD, WDT

#: Prefixes SSSOM declares built in (they may be left out of a table's curie_map).
BUILTIN_PREFIXES = {
    "owl": str(OWL), "rdf": str(RDF), "rdfs": str(RDFS), "skos": str(SKOS),
    "semapv": str(SEMAPV), "sssom": "https://w3id.org/sssom/",
}
COLUMNS = ["subject_id", "subject_label", "predicate_id", "object_id", "object_label", "object_type",
           "mapping_justification", "comment"]
MATCH_PREDICATES = {"skos:exactMatch": SKOS.exactMatch, "skos:closeMatch": SKOS.closeMatch,
                    "owl:sameAs": OWL.sameAs}
ISO_PREDICATES = {"wdt:P297": re.compile(r"[A-Z]{2}"), "wdt:P298": re.compile(r"[A-Z]{3}"),
                  "wdt:P299": re.compile(r"[0-9]{3}"), "wdt:P300": re.compile(r"[A-Z]{2}-[A-Z0-9]{1,3}")}
NOTATION_PREDICATES = {"wdt:P297", "wdt:P300"}
QID = re.compile(r"Q[1-9][0-9]*")
GEONAMES_ID = re.compile(r"[1-9][0-9]*")
MANUAL_RECONCILIATION = "manual reconciliation"
TABLE_NAME = "borderkg.sssom.tsv"
_LITERAL = "rdfs literal"


@dataclass
class MappingTable:
    """One SSSOM/TSV file: its metadata block kept verbatim, and its rows."""

    path: Path
    metadata: dict
    header: list[str]
    """The metadata block's lines, '#' included, written back unchanged."""
    columns: list[str]
    rows: list[dict[str, str]] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    """Line number (1-based) of each row in the file, 0 for rows added since reading."""

    @property
    def curie_map(self) -> dict[str, str]:
        return {**BUILTIN_PREFIXES, **(self.metadata.get("curie_map") or {})}

    def expand(self, curie: str, *, line: int | None = None) -> URIRef:
        """The IRI a CURIE stands for.

        :raises InputError: the prefix is not in the curie_map (SSSOM forbids full IRIs here).
        """
        prefix, sep, local = curie.partition(":")
        if not sep or prefix not in self.curie_map:
            raise InputError(f"{curie!r} is not a CURIE with a declared prefix; expected one of: "
                             f"{', '.join(sorted(self.curie_map))}", path=self.path, line=line, value=curie)
        return URIRef(self.curie_map[prefix] + local)

    def contract(self, iri: str) -> str:
        for prefix, ns in sorted(self.curie_map.items(), key=lambda kv: -len(kv[1])):
            if iri.startswith(ns):
                return f"{prefix}:{iri[len(ns):]}"
        raise InputError(f"no prefix in the curie_map covers {iri!r}", path=self.path, value=iri)


def read_table(path: str | Path) -> MappingTable:
    """Parse an SSSOM/TSV file with its embedded YAML metadata block.

    :raises InputError: the metadata block is not YAML, lacks `curie_map`, `mapping_set_id` or
        `license`, or the table lacks a required column.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read mapping table: {exc.strerror}", path=path) from None
    lines = text.splitlines()
    header = [ln for ln in lines[:_metadata_end(lines)]]
    body = lines[len(header):]
    try:
        metadata = yaml.safe_load("\n".join(_strip_hash(header))) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(f"metadata block is not YAML: {getattr(exc, 'problem', exc)}", path=path,
                         line=mark.line + 1 if mark else None) from None
    if not isinstance(metadata, dict):
        raise InputError("metadata block is not a YAML mapping", path=path, line=1)
    for key in ("curie_map", "mapping_set_id", "license"):
        if key not in metadata:
            raise InputError(f"metadata block lacks {key!r}, which SSSOM requires", path=path, line=1)
    reader = csv.reader(body, delimiter="\t")
    columns = next(reader, [])
    for required in ("subject_id", "predicate_id", "mapping_justification"):
        if required not in columns:
            raise InputError(f"column {required!r} is missing; columns are: {', '.join(columns)}",
                             path=path, line=len(header) + 1)
    table = MappingTable(path=path, metadata=metadata, header=header, columns=columns)
    for offset, cells in enumerate(reader, start=len(header) + 2):
        if not any(c.strip() for c in cells):
            continue
        table.rows.append({col: (cells[i].strip() if i < len(cells) else "") for i, col in enumerate(columns)})
        table.lines.append(offset)
    return table


def write_table(table: MappingTable) -> Path:
    """Write the table back (metadata block unchanged), atomically."""
    columns = table.columns + [c for c in COLUMNS if c not in table.columns]
    buf = io.StringIO()
    for line in table.header:
        buf.write(line + "\n")
    writer = csv.writer(buf, delimiter="\t", lineterminator="\n")
    writer.writerow(columns)
    for row in table.rows:
        writer.writerow([row.get(c, "") for c in columns])
    tmp = table.path.with_name(table.path.name + ".tmp")
    tmp.write_text(buf.getvalue(), encoding="utf-8")
    tmp.replace(table.path)
    return table.path


def mapping_tables(root: str | Path) -> list[Path]:
    """The `*.sssom.tsv` files under `root/ontology/mappings` (or `root/mappings`, or `root`)."""
    root = Path(root)
    for folder in (root / "ontology" / "mappings", root / "mappings", root):
        if folder.is_dir() and any(folder.glob("*.sssom.tsv")):
            return sorted(folder.glob("*.sssom.tsv"))
    return []


def link_triples(root: str | Path) -> Graph:
    """The link graph the build puts in `bkr:graph/links`: one or two triples per mapping row.

    :param root: the folder holding `ontology/` (``Resources.root``), or `ontology/` itself.
    :raises InputError: a row is malformed (its file and line are named).

    >>> g = link_triples(Path(__file__).resolve().parents[2])
    >>> (BKR["place/quang-ninh"], SKOS.exactMatch, WD.Q33396) in g
    True
    """
    graph = Graph()
    for prefix, ns in (("bkr", BKR), ("skos", SKOS), ("owl", OWL), ("wd", WD), ("wdt", WDT),
                       ("geonames", GEONAMES)):
        graph.bind(prefix, ns)
    for path in mapping_tables(root):
        table = read_table(path)
        for row, line in zip(table.rows, table.lines):
            for triple in row_triples(table, row, line=line):
                graph.add(triple)
    return graph


LINKS_GRAPH = BKR["graph/links"]


def link_graph(resources: Resources) -> tuple[URIRef, Graph]:
    """The shared named graph for a build: (`bkr:graph/links`, :func:`link_triples` of `resources.root`).

    :param resources: the loaded resources; only `resources.root` (the folder holding `ontology/`) is read.
    """
    triples = link_triples(resources.root)
    graph = Graph(identifier=LINKS_GRAPH)
    for prefix, ns in triples.namespaces():
        graph.bind(prefix, ns, override=False)
    for triple in triples:
        graph.add(triple)
    return LINKS_GRAPH, graph


def row_triples(table: MappingTable, row: dict[str, str], *, line: int | None = None) -> list[tuple[Node, Node, Node]]:
    """The triples one mapping row stands for, after checking its identifiers.

    :raises InputError: unknown predicate, malformed QID, GeoNames id or ISO code.
    """
    subject = table.expand(row.get("subject_id", ""), line=line)
    pred = row.get("predicate_id", "")
    if row.get("object_type") == _LITERAL:
        pattern = ISO_PREDICATES.get(pred)
        code = row.get("object_label", "")
        if pattern is None:
            raise InputError(f"literal mapping predicate {pred!r} is not supported; expected one of: "
                             f"{', '.join(ISO_PREDICATES)}", path=table.path, line=line, value=pred)
        if not pattern.fullmatch(code):
            raise InputError(f"{code!r} is not a well-formed code for {pred}", path=table.path, line=line,
                             value=code)
        out: list[tuple[Node, Node, Node]] = [(subject, table.expand(pred, line=line), Literal(code))]
        if pred in NOTATION_PREDICATES:
            out.append((subject, SKOS.notation, Literal(code)))
        return out
    if pred not in MATCH_PREDICATES:
        raise InputError(f"predicate {pred!r} is not supported; expected one of: "
                         f"{', '.join([*MATCH_PREDICATES, *ISO_PREDICATES])}", path=table.path, line=line,
                         value=pred)
    obj = table.expand(row.get("object_id", ""), line=line)
    _check_object(str(obj), path=table.path, line=line)
    return [(subject, MATCH_PREDICATES[pred], obj)]


def _check_object(iri: str, *, path: Path | None, line: int | None) -> None:
    if iri.startswith(str(WD)) and not QID.fullmatch(iri[len(WD):]):
        raise InputError(f"{iri[len(WD):]!r} is not a Wikidata QID (Q followed by digits)", path=path,
                         line=line, value=iri)
    if iri.startswith(str(GEONAMES)) and not GEONAMES_ID.fullmatch(iri[len(GEONAMES):].rstrip("/")):
        raise InputError(f"{iri[len(GEONAMES):]!r} is not a GeoNames id (digits)", path=path, line=line,
                         value=iri)


# -- the OpenRefine round trip -------------------------------------------------------------------
EXPORT_COLUMNS = ["id", "name", "type", "country", "language"]
_NOT_ENTITIES = classes.EVENTS | {"Mention", "Document", "Observation"}


def export_unlinked(graph: Graph, links: Graph, out: str | Path) -> int:
    """Write entities of `graph` with no Wikidata link in `links` as an OpenRefine-ready CSV.

    Columns: id (IRI), name (English label, else another), type (bk: class), country (English
    name of the country it lies in), language (of the name). Returns the number of rows.
    """
    linked = {s for s, o in links.subject_objects(None) if str(o).startswith(str(WD))}
    linked |= {s for s, o in graph.subject_objects(None) if isinstance(o, URIRef) and str(o).startswith(str(WD))}
    rows = []
    for entity in sorted({s for s, t in graph.subject_objects(RDF.type)
                          if isinstance(s, URIRef) and str(s).startswith(str(BKR)) and str(t).startswith(str(BK))
                          and str(t)[len(BK):] not in _NOT_ENTITIES}, key=str):
        if entity in linked:
            continue
        name, lang = _name(graph, entity)
        cls = sorted(str(t)[len(BK):] for t in graph.objects(entity, RDF.type) if str(t).startswith(str(BK)))
        country = _country(graph, entity)
        rows.append({"id": str(entity), "name": name, "type": cls[-1] if len(cls) == 1 else ";".join(cls),
                     "country": _name(graph, country)[0] if country is not None else "", "language": lang})
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=EXPORT_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def import_reconciled(csv_path: str | Path, *, table_path: str | Path) -> int:
    """Add the reconciled identifiers of a CSV to a mapping table as exact matches.

    The CSV needs an `id` column (IRI or `bkr:` CURIE) and a `wikidata` (or `qid`) and/or
    `geonames` column; empty cells are skipped. Rows get the justification
    semapv:ManualMappingCuration and the comment "manual reconciliation". Nothing is written
    unless every row is well formed. Returns the number of mappings added.

    :raises InputError: a row's identifier is malformed, or contradicts an existing exact match
        (the row's line and value are named; all bad rows are listed).
    """
    csv_path = Path(csv_path)
    table = read_table(table_path)
    try:
        text = csv_path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"cannot read reconciled CSV: {exc.strerror}", path=csv_path) from None
    reader = csv.DictReader(io.StringIO(text))
    fields = {(f or "").strip().lower(): f for f in reader.fieldnames or []}
    id_col = fields.get("id")
    qid_col = next((fields[k] for k in ("wikidata", "qid", "wikidata_id") if k in fields), None)
    geo_col = next((fields[k] for k in ("geonames", "geonames_id") if k in fields), None)
    if id_col is None or (qid_col is None and geo_col is None):
        raise InputError("the CSV needs an 'id' column and a 'wikidata' or 'geonames' column; it has: "
                         f"{', '.join(reader.fieldnames or [])}", path=csv_path, line=1)
    existing = {(r.get("subject_id"), r.get("predicate_id"), r.get("object_id")) for r in table.rows}
    exact = {}
    for r in table.rows:
        if r.get("predicate_id") in ("skos:exactMatch", "owl:sameAs"):
            exact[(r.get("subject_id"), r.get("object_id", "").split(":")[0])] = r.get("object_id")
    new: list[dict[str, str]] = []
    errors: list[InputError] = []
    for line, row in enumerate(reader, start=2):
        try:
            new.extend(_reconciled_rows(table, row, id_col, qid_col, geo_col, line, csv_path, existing, exact))
        except InputError as exc:
            errors.append(exc)
    if errors:
        first = errors[0]
        listing = "; ".join(f"line {e.line}: {e.message}" for e in errors)
        raise InputError(f"{len(errors)} row(s) rejected, nothing imported: {listing}", path=csv_path,
                         line=first.line, value=first.value)
    table.rows.extend(new)
    table.lines.extend(0 for _ in new)
    if new:
        write_table(table)
    return len(new)


def _reconciled_rows(table: MappingTable, row: dict[str, str], id_col: str, qid_col: str | None,
                     geo_col: str | None, line: int, path: Path, existing: set, exact: dict) -> list[dict[str, str]]:
    raw_id = (row.get(id_col) or "").strip()
    if not raw_id:
        raise InputError("the 'id' cell is empty", path=path, line=line, value=raw_id)
    if raw_id.startswith(("http://", "https://")) and not raw_id.startswith(str(BKR)):
        raise InputError(f"{raw_id!r} is not a borderkg resource ({BKR}…)", path=path, line=line, value=raw_id)
    subject = table.contract(raw_id) if raw_id.startswith(str(BKR)) else raw_id
    if not str(table.expand(subject, line=line)).startswith(str(BKR)):
        raise InputError(f"{raw_id!r} is not a borderkg resource ({BKR}…)", path=path, line=line, value=raw_id)
    label = (row.get("name") or "").strip()
    out = []
    for col, prefix, pattern, what in ((qid_col, "wikidata", QID, "a Wikidata QID (Q followed by digits)"),
                                       (geo_col, "geonames", GEONAMES_ID, "a GeoNames id (digits)")):
        value = (row.get(col) or "").strip() if col else ""
        if not value:
            continue
        if prefix == "wikidata" and value.startswith(str(WD)):
            value = value[len(WD):]
        if not pattern.fullmatch(value):
            raise InputError(f"{value!r} in column {col!r} is not {what}", path=path, line=line, value=value)
        obj = f"{prefix}:{value}" + ("/" if prefix == "geonames" else "")
        if prefix not in table.curie_map:
            raise InputError(f"the mapping table declares no {prefix!r} prefix", path=table.path, value=prefix)
        known = exact.get((subject, prefix))
        if known and known != obj:
            raise InputError(f"{subject} is already an exact match of {known}, not {obj}", path=path, line=line,
                             value=value)
        if (subject, "skos:exactMatch", obj) in existing:
            continue
        existing.add((subject, "skos:exactMatch", obj))
        out.append({"subject_id": subject, "subject_label": label, "predicate_id": "skos:exactMatch",
                    "object_id": obj, "object_label": "", "object_type": "",
                    "mapping_justification": "semapv:ManualMappingCuration",
                    "comment": f"{MANUAL_RECONCILIATION} ({path.name})"})
    return out


def _name(graph: Graph, node: Node) -> tuple[str, str]:
    labels = [lit for p in (SKOS.prefLabel, RDFS.label) for lit in graph.objects(node, p) if isinstance(lit, Literal)]
    for lang in ("en", None):
        for lit in sorted(labels):
            if lit.language == lang:
                return str(lit), lang or ""
    if labels:
        lit = min(labels)
        return str(lit), lit.language or ""
    return str(node).rsplit("/", 1)[-1], ""


def _country(graph: Graph, node: Node) -> Node | None:
    seen: set[Node] = set()
    todo: list[Node] = [node]
    while todo:
        nxt = todo.pop(0)
        if nxt in seen:
            continue
        seen.add(nxt)
        if (nxt, RDF.type, BK.Country) in graph:
            return nxt
        todo.extend(sorted(graph.objects(nxt, BK.locatedIn), key=str))
        todo.extend(sorted(graph.objects(nxt, BK.jurisdiction), key=str))
    return None


def _metadata_end(lines: list[str]) -> int:
    for i, line in enumerate(lines):
        if not line.startswith("#"):
            return i
    return len(lines)


def _strip_hash(lines: Iterable[str]) -> list[str]:
    lines = [ln[1:] for ln in lines]
    indent = min((len(ln) - len(ln.lstrip(" ")) for ln in lines if ln.strip()), default=0)
    return [ln[indent:] for ln in lines]


__all__ = ["LINKS_GRAPH", "MappingTable", "export_unlinked", "import_reconciled", "link_graph", "link_triples",
           "mapping_tables",
           "read_table", "row_triples", "write_table"]
