"""`borderkg export BUILD --format F --out FILE`: the build in another format."""
from __future__ import annotations

from pathlib import Path

import click

from borderkg.export import (
    ExportFormat,
    ExportOptions,
    GraphShape,
    default_exporters,
    load_build,
)
from borderkg.export import export as run_export


@click.command("export")
@click.argument("build_dir", metavar="BUILD", type=click.Path(path_type=Path))
@click.option("--format", "fmt", required=True, type=click.Choice([f.value for f in ExportFormat]),
              help="turtle, trig, ntriples, nquads, jsonld (RDF); graphml, cytoscape (networks); "
                   "csv (a folder of tables); events-csv (GDELT-style event table).")
@click.option("--out", required=True, type=click.Path(path_type=Path),
              help="File to write (a folder for --format csv).")
@click.option("--graph", "shape", default=GraphShape.FULL.value, show_default=True,
              type=click.Choice([s.value for s in GraphShape]),
              help="For graphml and cytoscape: every resource (full) or the network of actors (actors).")
@click.option("--context", "context_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="JSON-LD @context file (default: the published ontology/context.jsonld).")
def export(build_dir: Path, fmt: str, out: Path, shape: str, context_path: Path | None) -> None:
    """Export the graph built in BUILD (its graph.trig) to FILE."""
    from borderkg.export.jsonld import context

    ctx = context(context_path) if fmt == ExportFormat.JSONLD.value else None
    dataset = load_build(build_dir)
    written = run_export(dataset, format=fmt, out=out, exporters=default_exporters(),
                         options=ExportOptions(shape=GraphShape(shape), context=ctx))
    for path in written:
        click.echo(f"wrote {path}")
