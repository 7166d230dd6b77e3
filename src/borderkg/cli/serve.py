"""`borderkg serve BUILD`: the SPARQL endpoint and web page; `--get PATH` answers one request in-process."""
from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import click

from borderkg.serve import ServeConfig, make_app, serve as run_server

_HELP = ServeConfig.help()
_DEFAULT = ServeConfig()


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


@click.command("serve")
@click.argument("build_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--host", default=_DEFAULT.host, show_default=True, help=_HELP["host"])
@click.option("-p", "--port", type=int, default=_DEFAULT.port, show_default=True, help=_HELP["port"])
@click.option("--timeout", type=float, default=_DEFAULT.timeout, show_default=True, help=_HELP["timeout"])
@click.option("--max-rows", type=int, default=_DEFAULT.max_rows, show_default=True, help=_HELP["max_rows"])
@click.option("--workers", type=int, default=_DEFAULT.workers, show_default=True, help=_HELP["workers"])
@click.option("--max-memory", type=int, default=_DEFAULT.max_memory, show_default=True, metavar="MIB",
              help=_HELP["max_memory"])
@click.option("--queue", type=int, default=_DEFAULT.queue, show_default=True, help=_HELP["queue"])
@click.option("--long-after", type=float, default=_DEFAULT.long_after, show_default=True, help=_HELP["long_after"])
@click.option("--allow-remote", multiple=True, metavar="IRI", help=_HELP["allow_remote"] + " Repeatable.")
@click.option("--max-connections", type=int, default=_DEFAULT.max_connections, show_default=True,
              help=_HELP["max_connections"])
@click.option("--idle-timeout", type=float, default=_DEFAULT.idle_timeout, show_default=True,
              help=_HELP["idle_timeout"])
@click.option("--update-token", envvar="BORDERKG_UPDATE_TOKEN", default=None,
              help=_HELP["update_token"] + " Also read from $BORDERKG_UPDATE_TOKEN.")
@click.option("--get", "get_path", metavar="PATH",
              help="Answer one GET request for PATH (e.g. '/sparql?query=...') in-process, print the body, "
                   "and exit 0 on HTTP 200, else 1.")
@click.option("--accept", default=None, help="Accept header sent with --get.")
def serve(build_dir: Path, host: str, port: int, timeout: float, max_rows: int, workers: int, max_memory: int,
          queue: int, long_after: float, allow_remote: tuple[str, ...], max_connections: int, idle_timeout: float,
          update_token: str | None, get_path: str | None, accept: str | None) -> None:
    """Serve the graph in BUILD_DIR: SPARQL 1.1 at /sparql, a query page at /, entity pages at /id/...

    The store is loaded from BUILD_DIR/graph.trig into BUILD_DIR/oxigraph/ on first use and
    reused afterwards; restart the server after rebuilding. SIGTERM or Ctrl+C stops it once
    the requests in flight are answered.
    """
    try:
        config = ServeConfig(host=host, port=port, timeout=timeout, max_rows=max_rows,
                             workers=0 if get_path else workers, max_memory=max_memory, queue=queue,
                             long_after=long_after, allow_remote=allow_remote, max_connections=max_connections,
                             idle_timeout=idle_timeout, update_token=update_token)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    if get_path is not None:
        from borderkg.serve.httpd import Request

        app = make_app(build_dir, config=config)
        try:
            response = app(Request.build("GET", get_path, {"Accept": accept} if accept else {}))
        finally:
            app.engine.close()
        sys.stdout.buffer.write(response.body)
        sys.stdout.flush()
        if response.status != 200:
            click.echo(f"HTTP {response.status}", err=True)
            sys.exit(1)
        return

    def ready(url: str) -> None:
        click.echo(f"borderkg: serving {build_dir} at {url}/ (SPARQL endpoint {url}/sparql); "
                   f"pid {os.getpid()}; Ctrl+C stops", err=True)

    # uvicorn answers the requests in flight on SIGTERM, then passes the signal on to this handler
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        run_server(build_dir, config=config, ready=ready)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc}") from exc
