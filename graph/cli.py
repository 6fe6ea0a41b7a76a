"""The ``diplograph`` command: a thin typer layer over the plain functions of diplograph.graph.

Each ``*_cli`` function parses its arguments, calls one function that returns data, and prints.
Every LoaderError or GraphError becomes one line on stderr and exit status 1; usage errors exit 2.
Query commands (ask, query, render, export, validate) never import spaCy.
"""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from diplograph.graph.errors import GraphError, QueryError
from diplograph.graph.store import DEFAULT_STORE
from diplograph.loaders.errors import LoaderError

__all__ = ["app", "main"]

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="A knowledge graph of diplomatic relations, built from news articles.")
out = Console(soft_wrap=True)
err = Console(stderr=True)

StoreOpt = Annotated[Path, typer.Option("--store", help="Store folder.")]


class Fmt(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def _print_rows(rows: list[dict], fmt: Fmt, columns: list[str] | None = None, title: str = "") -> None:
    from diplograph.graph.export import rows_to_csv

    columns = columns or (list(rows[0]) if rows else [])
    if fmt is Fmt.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    elif fmt is Fmt.csv:
        sys.stdout.write(rows_to_csv(rows, columns))
    else:
        table = Table(title=title or None, show_lines=False)
        for c in columns:
            table.add_column(c, overflow="fold")
        def cell(value) -> str:
            if isinstance(value, list):
                return ", ".join(value)
            text = "" if value is None else str(value)
            # IRIs are long; the table shows their last segment (JSON and CSV keep them whole).
            return text.rsplit("/", 1)[-1] if text.startswith("https://w3id.org/dipl/id/") else text

        for row in rows:
            table.add_row(*[cell(row.get(c)) for c in columns])
        out.print(table)
        out.print(f"{len(rows)} row(s)")


def _open(store: Path):
    from diplograph.graph.store import open_store

    return open_store(store, read_only=True)


@app.command("ingest")
def ingest_cli(
    paths: Annotated[list[Path], typer.Argument(help="Articles: .txt (+ .json sidecar), .html, .json, .jsonl, folders.")],
    store: StoreOpt = Path(DEFAULT_STORE),
    lang: Annotated[Optional[str], typer.Option(help="Language of the articles (fr).")] = None,
    published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD.")] = None,
    url: Annotated[Optional[str], typer.Option(help="Article URL.")] = None,
) -> None:
    """Extract facts from articles and add them to the store (one transaction)."""
    from rich.progress import Progress

    from diplograph.graph.ingest import ingest

    with Progress(console=err, transient=True) as progress:
        task = progress.add_task("reading articles", total=None)

        def step(article, i, total):
            progress.update(task, description=f"extracting {article.id}", completed=i, total=total)

        summary = ingest(paths, store=store, lang=lang, published=published, url=url, on_article=step)
    for warning in summary.warnings:
        err.print(f"warning: {warning}")
    table = Table(title=f"ingested into {summary.store}")
    for key in summary.counts:
        table.add_column(key, justify="right")
    table.add_row(*[str(v) for v in summary.counts.values()])
    out.print(table)


@app.command("ask")
def ask_cli(
    name: Annotated[str, typer.Argument(help="Question: states, officials, meetings, positions, contacts, timeline...")],
    store: StoreOpt = Path(DEFAULT_STORE),
    format: Annotated[Fmt, typer.Option("--format", "-f")] = Fmt.table,
) -> None:
    """Answer a named question."""
    from diplograph.graph.ask import QUESTION_KEYS, ask

    rows = ask(_open(store), name)
    columns = list(QUESTION_KEYS.get(name, ())) or None
    _print_rows(rows, format, columns if format is Fmt.table else None, title=name)


@app.command("query")
def query_cli(
    sparql: Annotated[Optional[str], typer.Argument(help="A SPARQL query (read-only).")] = None,
    file: Annotated[Optional[Path], typer.Option("--file", help="Read the query from a .rq file.")] = None,
    store: StoreOpt = Path(DEFAULT_STORE),
    format: Annotated[Fmt, typer.Option("--format", "-f")] = Fmt.table,
) -> None:
    """Run a read-only SPARQL query over all articles."""
    from diplograph.graph.store import run_query

    if file is not None:
        try:
            sparql = file.read_text(encoding="utf-8")
        except OSError as exc:
            raise QueryError(f"cannot read {file}: {exc.strerror}") from None
    if not sparql or not sparql.strip():
        raise typer.BadParameter("give a SPARQL query or --file Q.rq")
    columns, rows = run_query(_open(store), sparql)
    _print_rows(rows, format, columns)


@app.command("render")
def render_cli(
    output: Annotated[Path, typer.Option("-o", "--output", help="HTML file to write.")] = Path("diplograph.html"),
    store: StoreOpt = Path(DEFAULT_STORE),
) -> None:
    """Write an interactive HTML page of the graph that works offline."""
    from diplograph.graph.network import to_networkx
    from diplograph.graph.render import to_html

    g = to_networkx(_open(store))
    output.write_text(to_html(g), encoding="utf-8")
    out.print(f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges → {output}")


@app.command("export")
def export_cli(
    format: Annotated[str, typer.Option("--format", "-f", help="turtle, trig, nt, nquads, jsonld, graphml, gexf")] = "turtle",
    output: Annotated[Optional[Path], typer.Option("-o", "--output")] = None,
    store: StoreOpt = Path(DEFAULT_STORE),
) -> None:
    """Export the store as RDF or as a graph file for Gephi."""
    from diplograph.graph.export import GRAPH_FORMATS, RDF_FORMATS, export_rdf

    db = _open(store)
    if format in GRAPH_FORMATS:
        if output is None:
            raise typer.BadParameter(f"--format {format} needs -o FILE")
        from diplograph.graph import network

        g = network.to_networkx(db)
        getattr(network, f"write_{format}")(g, output)
        out.print(f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges → {output}")
        return
    if format not in RDF_FORMATS:
        raise typer.BadParameter(f"unknown format {format!r}: choose {', '.join([*RDF_FORMATS, *GRAPH_FORMATS])}")
    text = export_rdf(db, format)
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
        out.print(f"→ {output}")


@app.command("validate")
def validate_cli(store: StoreOpt = Path(DEFAULT_STORE)) -> None:
    """Check the store against the SHACL shapes."""
    from diplograph.graph.errors import ShapeValidationError
    from diplograph.graph.validate import validate_store

    conforms, report = validate_store(_open(store))
    if not conforms:
        err.print(report)
        raise ShapeValidationError("the store does not conform to the SHACL shapes (report above)", report)
    out.print("the store conforms to the SHACL shapes")


@app.command("demo")
def demo_cli(
    store: StoreOpt = Path("diplograph-demo-store"),
    output: Annotated[Path, typer.Option("-o", "--output")] = Path("diplograph-demo.html"),
) -> None:
    """Ingest the bundled demo article, print what was found, and render the page."""
    from importlib.resources import as_file, files

    demo = files("diplograph.graph") / "demo" / "demo.fr.txt"
    with as_file(demo) as path, as_file(files("diplograph.graph") / "demo" / "demo.fr.json"):
        ingest_cli([path], store=store, lang=None, published=None, url=None)
    ask_cli("officials", store=store, format=Fmt.table)
    ask_cli("meetings", store=store, format=Fmt.table)
    render_cli(output=output, store=store)
    out.print(f"store: {store.resolve()}\npage:  {output.resolve()}")


# --- serve (issue 3): the serve command goes here ---


# --- merges / unmerge (issue 4): those commands go here ---


def main() -> None:
    """Entry point: run the app, turning domain errors into one line and a status."""
    try:
        app(standalone_mode=False)
    except (LoaderError, GraphError) as exc:
        err.print(f"error: {exc}", markup=False, highlight=False, soft_wrap=True)
        sys.exit(1)
    except typer.Abort:
        sys.exit(130)
    except Exception as exc:  # click usage errors arrive here in non-standalone mode
        import click

        if isinstance(exc, click.exceptions.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        if isinstance(exc, click.exceptions.Exit):
            sys.exit(exc.exit_code)
        raise
