"""`borderkg build INPUT... --out DIR`."""
from __future__ import annotations

import time
from pathlib import Path

import click

from borderkg.config import Config, ErrorPolicy


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out", required=True, type=click.Path(path_type=Path), help="Build folder to write.")
@click.option("--on-error", type=click.Choice([p.value for p in ErrorPolicy]), default="raise", show_default=True,
              help="raise: stop at the first bad document; skip: log it and go on.")
@click.option("--no-validate", is_flag=True, help="Skip SHACL validation.")
@click.pass_context
def build(ctx: click.Context, inputs: tuple[Path, ...], out: Path, on_error: str, no_validate: bool) -> None:
    """Build the knowledge graph of INPUT files and folders (.txt, .jsonl) into OUT/graph.trig."""
    from borderkg.assemble import assemble
    from borderkg.extract import extract
    from borderkg.ingest import ingest
    from borderkg.link import link_graph
    from borderkg.resources import load_resources
    from borderkg.store import store
    from borderkg.validate import validate

    config = Config(on_error=ErrorPolicy(on_error), validate=not no_validate)
    started = time.perf_counter()
    resources = load_resources()
    docs = list(ingest(inputs, config=config))
    extractions = list(extract(docs, resources=resources))
    dataset = assemble(extractions, resources=resources, shared=[link_graph(resources)])
    report = validate(dataset, resources=resources) if config.validate else None
    path = store(dataset, report, out=out)
    triples = sum(1 for _ in dataset.quads((None, None, None, None)))
    click.echo(f"built {len(docs)} documents, {triples} triples in {time.perf_counter() - started:.1f}s: {path}")
    if report is not None and not report.conforms:
        click.echo(f"graph does not conform to the shapes; report: {out / 'report.txt'}", err=True)
        ctx.exit(1)
    if report is not None:
        click.echo("graph conforms to shapes/")

