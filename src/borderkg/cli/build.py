"""`borderkg build INPUT... --out DIR`."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from borderkg.config import Config, ErrorPolicy


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out", required=True, type=click.Path(path_type=Path), help="Build folder to write.")
@click.option("--on-error", type=click.Choice([p.value for p in ErrorPolicy]), default="raise", show_default=True,
              help="raise: stop at the first bad document; skip: log it and go on.")
@click.option("--no-validate", is_flag=True, help="Skip SHACL validation (same as --validate none).")
@click.option("--validate", "validate_mode", type=click.Choice(["documents", "full", "none"]), default="documents",
              show_default=True, help="documents: each changed document graph (with the shared graphs), in "
              "parallel; full: the whole graph at once (holds it in memory); none: skip.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes for extraction and validation [default: the number of cores].")
@click.option("--scheduler", metavar="tcp://HOST:PORT", default=None,
              help="Run the per-document work on this dask.distributed scheduler instead of local processes.")
@click.option("--chunk-size", type=click.IntRange(min=1), default=64, show_default=True,
              help=Config.help()["chunk_size"])
@click.option("--max-chars", type=click.IntRange(min=1), default=Config().max_chars, show_default=True,
              help=Config.help()["max_chars"])
@click.option("--progress/--no-progress", default=True, show_default=True,
              help="Progress bar on a terminal, log lines every few seconds otherwise.")
@click.pass_context
def build(ctx: click.Context, inputs: tuple[Path, ...], out: Path, on_error: str, no_validate: bool,
          validate_mode: str, jobs: int | None, scheduler: str | None, chunk_size: int, max_chars: int,
          progress: bool) -> None:
    """Build the knowledge graph of INPUT files and folders into OUT/graph.trig.

    Inputs: .txt (+ .meta.json), .jsonl, saved pages (.html, .htm), web archives (.warc,
    .warc.gz) and RSS/Atom feeds (.rss, .atom, .xml); each document's text goes to OUT/texts/.

    Building again into the same OUT only re-extracts documents that changed (OUT/manifest.jsonl).
    """
    from borderkg.pipeline import ValidateMode, count_articles
    from borderkg.pipeline import build as run
    from borderkg.progress import Progress

    mode = ValidateMode("none" if no_validate else validate_mode)
    config = Config(on_error=ErrorPolicy(on_error), chunk_size=chunk_size, max_chars=max_chars)
    bar = Progress(count_articles(inputs) if progress else None, enabled=progress, stream=sys.stderr)
    summary, report = run(inputs, out=out, config=config, jobs=jobs or os.cpu_count(), scheduler=scheduler,
                          validate_mode=mode, progress=bar)
    click.echo(f"{summary.text()}: {out / 'graph.trig'}")
    if summary.skipped:
        click.echo(f"skipped items and why: {out / 'skipped.tsv'}")
    if report is not None and not report.conforms:
        click.echo(f"graph does not conform to the shapes; report: {out / 'report.txt'}", err=True)
        ctx.exit(1)
    if report is not None:
        click.echo("graph conforms to shapes/")
