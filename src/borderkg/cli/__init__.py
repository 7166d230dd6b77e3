"""The `borderkg` command line: one subcommand module each, errors mapped to exit codes here."""
from __future__ import annotations

import logging
import sys
import traceback

import click

from borderkg.errors import BorderkgError

# Exit codes (pySHACL's): 0 ok/conforms, 1 does not conform (cli/build.py), 2 usage, input or
# load error (each BorderkgError's exit_code).


class _Group(click.Group):
    """Turns borderkg errors into one line and an exit code; tracebacks only with --debug."""

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except BorderkgError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                traceback.print_exc()
            click.echo(f"borderkg: error: {exc}", err=True)
            ctx.exit(exc.exit_code)


@click.group(cls=_Group)
@click.option("--debug", is_flag=True, help="Show tracebacks and debug logging.")
@click.option("-v", "--verbose", is_flag=True, help="Log progress to stderr.")
@click.pass_context
def main(ctx: click.Context, debug: bool, verbose: bool) -> None:
    """borderkg: build, validate, query and export a knowledge graph of cross-border cooperation news."""
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
    level = logging.DEBUG if debug else logging.INFO if verbose else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


from borderkg.cli.build import build  # noqa: E402

main.add_command(build)
from borderkg.cli.export import export  # noqa: E402
main.add_command(export)
from borderkg.cli.link import link  # noqa: E402
main.add_command(link)
from borderkg.cli.push import push  # noqa: E402
main.add_command(push)
from borderkg.cli.query import query  # noqa: E402
main.add_command(query)
from borderkg.cli.serve import serve  # noqa: E402
main.add_command(serve)
