"""`borderkg query BUILD 'SELECT ...'`: run SPARQL over a build and print a table, JSON, CSV, ..."""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import click

from borderkg import sparql

OUTPUT_FORMATS = ["table", *sparql.BINDINGS_FORMATS, *sparql.GRAPH_FORMATS]


def _show(term: dict[str, str] | None) -> str:
    if term is None:
        return ""
    if term["type"] == "uri":
        for prefix, namespace in sparql.PREFIXES.items():
            if term["value"].startswith(namespace):
                return f"{prefix}:{term['value'][len(namespace):]}"
        return f"<{term['value']}>"
    if term["type"] == "literal" and "xml:lang" in term:
        return f"{term['value']}@{term['xml:lang']}"
    if term["type"] == "bnode":
        return f"_:{term['value']}"
    return str(term["value"])


def format_table(results: dict, *, width: int | None = None) -> str:
    """Render SPARQL JSON results as a plain-text table, cells cut to fit the terminal.

    >>> print(format_table({"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "1"}}]}}))
    x
    -
    1
    (1 row)
    """
    if "boolean" in results:
        return "true" if results["boolean"] else "false"
    variables = results["head"]["vars"]
    rows = [[_show(b.get(v)).replace("\n", " ") for v in variables] for b in results["results"]["bindings"]]
    widths = [max([len(v), *(len(r[i]) for r in rows)]) for i, v in enumerate(variables)]
    if width and sum(widths) + 2 * len(widths) > width and widths:
        share = max(12, (width - 2 * len(widths)) // len(widths))
        widths = [min(w, share) for w in widths]

    def line(cells: list[str]) -> str:
        return "  ".join((c if len(c) <= w else c[: w - 1] + "…").ljust(w) for c, w in zip(cells, widths)).rstrip()

    out = [line(variables), line(["-" * w for w in widths]), *(line(r) for r in rows)]
    out.append(f"({len(rows)} row{'' if len(rows) == 1 else 's'})")
    return "\n".join(out)


@click.command("query")
@click.argument("build_dir", type=click.Path(file_okay=False, path_type=Path))
@click.argument("sparql_text", metavar="SPARQL", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read the query from a .rq file.")
@click.option("--format", "output", type=click.Choice(OUTPUT_FORMATS), default="table", show_default=True,
              help="Output: a table, or a SPARQL results / RDF serialisation.")
@click.option("--timeout", type=float, default=None, help="Seconds before the query is abandoned.")
@click.option("--max-rows", type=int, default=None, help="Fail when the result has more rows than this.")
def query(build_dir: Path, sparql_text: str | None, query_file: Path | None, output: str,
          timeout: float | None, max_rows: int | None) -> None:
    """Run a SPARQL query over the graph in BUILD_DIR (the `build --out` directory).

    The default graph is the union of all graphs; the prefixes bk:, bkr:, skos:, rdfs:,
    org:, prov: and dcterms: are predeclared.
    """
    if (sparql_text is None) == (query_file is None):
        raise click.UsageError("give the query either as an argument or with -f FILE, not both")
    text = query_file.read_text("utf-8") if query_file else sparql_text
    assert text is not None
    answer = sparql.query(build_dir, text, format="json" if output == "table" else output,
                          timeout=timeout, max_rows=max_rows)
    if output == "table" and answer.kind != "graph":
        click.echo(format_table(json.loads(answer.body), width=shutil.get_terminal_size().columns if sys.stdout.isatty() else None))
    else:
        click.echo(answer.body.decode("utf-8"), nl=not answer.body.endswith(b"\n"))
