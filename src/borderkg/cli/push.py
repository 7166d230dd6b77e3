"""`borderkg push BUILD --store URL`: replace each named graph of a build in another triple store."""
from __future__ import annotations

from pathlib import Path

import click

from borderkg.push import Auth, push_build


@click.command("push")
@click.argument("build_dir", metavar="BUILD", type=click.Path(path_type=Path))
@click.option("--store", metavar="URL",
              help="Graph Store Protocol endpoint, e.g. http://localhost:7878/store (Oxigraph), "
                   "http://localhost:3030/DS/data (Fuseki), "
                   "http://localhost:7200/repositories/REPO/rdf-graphs/service (GraphDB).")
@click.option("--update-endpoint", metavar="URL",
              help="SPARQL Update endpoint, for stores without the Graph Store Protocol "
                   "(DROP + INSERT DATA in batches).")
@click.option("--auth", metavar="USER:PASS", envvar="BORDERKG_PUSH_AUTH", help="HTTP Basic credentials.")
@click.option("--token", metavar="TOKEN", envvar="BORDERKG_PUSH_TOKEN", help="HTTP bearer token.")
@click.option("--batch-size", default=5000, show_default=True, type=click.IntRange(min=1),
              help="Triples per INSERT DATA request (with --update-endpoint).")
@click.option("--timeout", default=60.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds to wait for each request.")
@click.option("--restart", is_flag=True, help="Send every graph again, even those an interrupted push replaced.")
def push(build_dir: Path, store: str | None, update_endpoint: str | None, auth: str | None,
         token: str | None, batch_size: int, timeout: float, restart: bool) -> None:
    """Load the graph built in BUILD into a SPARQL store, one named graph per request (idempotent).

    Each named graph is replaced with a Graph Store Protocol PUT; with --update-endpoint
    alone (or when --store has no Graph Store Protocol) with SPARQL Update DROP + INSERT DATA.
    An interrupted push of the same build to the same store resumes after the graphs it replaced.
    """
    if not store and not update_endpoint:
        raise click.UsageError("give --store URL (Graph Store Protocol) or --update-endpoint URL")

    def progress(name: str, done: int, total: int) -> None:
        click.echo(f"[{done}/{total}] {name or 'default graph'}", err=True)

    report = push_build(build_dir, store=store, update_endpoint=update_endpoint, auth=Auth.parse(auth, token),
                        batch_size=batch_size, timeout=timeout, progress=progress, restart=restart)
    earlier = f" ({report.resumed} of them in an earlier run)" if report.resumed else ""
    click.echo(f"pushed {report.graphs} graph(s){earlier}, {report.triples} triple(s) in {report.requests} "
               f"request(s) to {store or update_endpoint}")
