"""`borderkg link`: the open-data links (SSSOM tables) and the OpenRefine round trip."""
from __future__ import annotations

from pathlib import Path

import click
from rdflib import Graph


def _root() -> Path:
    from borderkg.resources import data_dir
    return data_dir()


def _default_table() -> Path:
    from borderkg.link import TABLE_NAME
    return _root() / "ontology" / "mappings" / TABLE_NAME


@click.group("link")
def link() -> None:
    """Links from the lexicon to Wikidata, GeoNames and ISO 3166 (ontology/mappings/*.sssom.tsv)."""


@link.command("show")
@click.option("--format", "fmt", default="turtle", show_default=True,
              type=click.Choice(["turtle", "nt", "json-ld"]), help="RDF syntax to print.")
def show(fmt: str) -> None:
    """Print the link triples the build adds as the graph bkr:graph/links."""
    from borderkg.link import link_triples
    click.echo(link_triples(_root()).serialize(format=fmt))


@link.command("export-unlinked")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="CSV to write.")
@click.option("--build", "build_dir", type=click.Path(path_type=Path),
              help="Take entities from this build's graph.trig instead of the lexicon.")
def export_unlinked_cmd(out: Path, build_dir: Path | None) -> None:
    """Write entities without a Wikidata link as a CSV for OpenRefine (id,name,type,country,language)."""
    from borderkg.link import export_unlinked, link_triples

    if build_dir is not None:
        from borderkg.export import load_build
        from borderkg.export._rdf import union_graph
        graph = union_graph(load_build(build_dir))
    else:
        from borderkg.rdf import parse_rdf
        graph = Graph()
        for path in sorted((_root() / "ontology" / "lexicon").glob("*.ttl")):
            parse_rdf(path, into=graph)
    count = export_unlinked(graph, link_triples(_root()), out)
    click.echo(f"wrote {count} unlinked entities to {out}")


@link.command("import")
@click.argument("csv_path", metavar="FILE.csv", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--table", type=click.Path(dir_okay=False, path_type=Path),
              help="Mapping table to add to (default: ontology/mappings/borderkg.sssom.tsv).")
def import_cmd(csv_path: Path, table: Path | None) -> None:
    """Add reconciled identifiers (columns id + wikidata and/or geonames) to the mapping table."""
    from borderkg.link import import_reconciled

    target = table or _default_table()
    added = import_reconciled(csv_path, table_path=target)
    click.echo(f"added {added} mapping(s) to {target}")
