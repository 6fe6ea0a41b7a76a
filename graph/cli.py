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
err = Console(stderr=True, soft_wrap=True)

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
        def cell(value) -> str:
            if isinstance(value, list):
                return ", ".join(value)
            text = "" if value is None else str(value)
            # IRIs are long; the table shows their last segment (JSON and CSV keep them whole).
            return text.rsplit("/", 1)[-1] if text.startswith("https://w3id.org/dipl/id/") else text

        cells = [[cell(row.get(c)) for c in columns] for row in rows]
        # Each column wants its header and up to MAX_CELL characters of its longest value.
        wanted = sum(max(len(c), min(MAX_CELL, max((len(r[i]) for r in cells), default=0))) + 3
                     for i, c in enumerate(columns))
        if wanted > out.width:
            _print_records(cells, columns, title)
        else:
            # One line a row: a cell too long for its share of the width ends with an ellipsis.
            table = Table(title=title or None, show_lines=False)
            for c in columns:
                table.add_column(c, overflow="ellipsis", no_wrap=True, min_width=min(len(c), MIN_CELL))
            for r in cells:
                table.add_row(*r)
            out.print(table)
        out.print(f"{len(rows)} row(s)")


#: A table cell shows at most about this many characters (then an ellipsis); when the columns
#: cannot have that much room, rows are printed as blocks instead.
MAX_CELL = 24
MIN_CELL = 6


def _print_records(rows: list[list[str]], columns: list[str], title: str = "") -> None:
    """One block a row, one line a column, for terminals too narrow for a table."""
    label = max((len(c) for c in columns), default=0)
    room = max(out.width - label - 3, 10)
    if title:
        out.print(title, style="bold", highlight=False)
    for i, cells in enumerate(rows, 1):
        out.print(f"─── {i}", style="dim", highlight=False)
        for c, value in zip(columns, cells):
            if value:
                value = value if len(value) <= room else value[: room - 1] + "…"
                out.print(f"{c:>{label}} : {value}", markup=False, highlight=False, soft_wrap=False)


def _endpoint(url: str | None, credentials: Path | None = None):
    """The remote SPARQL server given by --endpoint, or None for the store folder."""
    if not url:
        return None
    from diplograph.graph.store.endpoint import Endpoint

    return Endpoint.from_env(url, credentials)


def _open(store: Path, endpoint: str | None = None, credentials: Path | None = None):
    from diplograph.graph.store import open_store

    return _endpoint(endpoint, credentials) or open_store(store, read_only=True)


EndpointOpt = Annotated[Optional[str], typer.Option(
    "--endpoint", envvar="DIPLOGRAPH_ENDPOINT",
    help="A SPARQL 1.1 server to use instead of the store folder (credentials from "
         "DIPLOGRAPH_ENDPOINT_USER / DIPLOGRAPH_ENDPOINT_PASSWORD or --credentials FILE).")]
CredentialsOpt = Annotated[Optional[Path], typer.Option("--credentials", help="File with user= and password= lines.")]


def _print_summary(summary) -> None:
    """An ingest summary: warnings and skipped articles on stderr, the counts as one table row."""
    for warning in summary.warnings:
        err.print(f"warning: {warning}", markup=False, highlight=False)
    for where, reason in summary.skipped[:50]:
        err.print(f"skipped: {where}: {reason}", markup=False, highlight=False)
    if len(summary.skipped) > 50:
        err.print(f"skipped: … and {len(summary.skipped) - 50} more", markup=False)
    row = {"ingested": len(summary.ingested), "replaced": len(summary.replaced),
           "unchanged": len(summary.unchanged), "skipped": len(summary.skipped),
           **{k: v for k, v in summary.counts.items() if k != "articles"}, "merges": summary.merges,
           "links": summary.links}
    heading = f"ingested into {summary.store} in {summary.seconds:.1f} s"
    if sum(len(k) + 3 for k in row) > out.width:
        out.print(heading + "\n" + ", ".join(f"{k} {v}" for k, v in row.items()), markup=False, highlight=False)
    else:
        table = Table(title=heading)
        for key in row:
            table.add_column(key, justify="right")
        table.add_row(*[str(v) for v in row.values()])
        out.print(table)


@app.command("ingest")
def ingest_cli(
    paths: Annotated[list[Path], typer.Argument(help="Articles: .txt (+ .json sidecar), .html, .json, .jsonl, folders, globs.")],
    store: StoreOpt = Path(DEFAULT_STORE),
    lang: Annotated[str, typer.Option(help="Language of the articles: auto (each article's metadata, else "
                                           "detected from its text), fr or en.")] = "auto",
    published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD.")] = None,
    url: Annotated[Optional[str], typer.Option(help="Article URL.")] = None,
    workers: Annotated[Optional[int], typer.Option(min=1, help="Extraction processes (default: all cores for folders and corpora).")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit with status 1 if any article was skipped.")] = False,
    resolve: Annotated[bool, typer.Option("--resolve/--no-resolve", help="Merge persons and meetings across articles.")] = True,
    commit_every: Annotated[int, typer.Option("--commit-every", min=1, help="Articles per transaction.")] = 32,
    wait: Annotated[float, typer.Option("--wait", min=0, help="Seconds to wait while another process writes the store.")] = 0.0,
    endpoint: EndpointOpt = None,
    credentials: CredentialsOpt = None,
) -> None:
    """Extract facts from articles and add them to the store, skipping bad articles.

    Resumable: articles already in the store with the same text are not processed again; a
    changed text replaces its article. Each batch of articles is committed atomically.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    from diplograph.graph.ingest import ingest

    target = _endpoint(endpoint, credentials)
    columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]:.1f} articles/s"), TimeElapsedColumn(), TimeRemainingColumn()]
    # No bar when stderr is not a terminal: logs and pipes get the summary only.
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("ingesting", total=None, rate=0.0)

        def step(p):
            progress.update(task, description=f"ingesting {p.current[:40]}", completed=p.done, total=p.total,
                            rate=p.rate)

        summary = ingest(paths, store=store, target=target, lang=lang, published=published, url=url,
                         workers=workers, resolve=resolve, on_progress=step, commit_every=commit_every, wait=wait)
    _print_summary(summary)
    if strict and summary.skipped:
        err.print(f"error: {len(summary.skipped)} article(s) skipped (--strict)", markup=False)
        raise typer.Exit(1)


@app.command("ask")
def ask_cli(
    name: Annotated[str, typer.Argument(help="Question: states, officials, meetings, positions, contacts, timeline...")],
    store: StoreOpt = Path(DEFAULT_STORE),
    format: Annotated[Fmt, typer.Option("--format", "-f")] = Fmt.table,
    where: Annotated[Optional[list[str]], typer.Option(
        "--where", help="Keep the rows whose COLUMN is VALUE, e.g. --where article=ID, --where state=FRA "
                        "(repeatable; an empty VALUE keeps the rows without one). Article ids and names "
                        "are looked up in the index: much faster than all rows on a large store.")] = None,
    limit: Annotated[Optional[int], typer.Option("--limit", min=0, help="One page: at most N rows of the question's query, in its order.")] = None,
    offset: Annotated[int, typer.Option("--offset", min=0, help="Skip the first N rows of the question's query (with --limit: the next page).")] = 0,
    endpoint: EndpointOpt = None,
    credentials: CredentialsOpt = None,
) -> None:
    """Answer a named question."""
    from diplograph.graph.ask import QUESTION_KEYS, ask

    bindings = {}
    for item in where or ():
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise typer.BadParameter(f"--where {item!r}: expected COLUMN=VALUE")
        bindings[key.strip()] = value.strip()
    rows = ask(_open(store, endpoint, credentials), name, limit=limit, offset=offset, **bindings)
    columns = list(QUESTION_KEYS.get(name, ())) or None
    _print_rows(rows, format, columns if format is Fmt.table else None, title=name)


@app.command("query")
def query_cli(
    sparql: Annotated[Optional[str], typer.Argument(help="A SPARQL query (read-only).")] = None,
    file: Annotated[Optional[Path], typer.Option("--file", help="Read the query from a .rq file.")] = None,
    store: StoreOpt = Path(DEFAULT_STORE),
    format: Annotated[Fmt, typer.Option("--format", "-f")] = Fmt.table,
    endpoint: EndpointOpt = None,
    credentials: CredentialsOpt = None,
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
    columns, rows = run_query(_open(store, endpoint, credentials), sparql)
    _print_rows(rows, format, columns)


@app.command("render")
def render_cli(
    output: Annotated[Path, typer.Option("-o", "--output", help="HTML file to write.")] = Path("diplograph.html"),
    store: StoreOpt = Path(DEFAULT_STORE),
    focus: Annotated[Optional[str], typer.Option("--focus", help="Show only this entity (a name) and its surroundings.")] = None,
    hops: Annotated[int, typer.Option("--hops", min=0, help="Links to follow around --focus.")] = 2,
    types: Annotated[Optional[list[str]], typer.Option("--type", help="Keep only this node type (repeatable): state, person, organization, meeting, position, place.")] = None,
    states: Annotated[Optional[list[str]], typer.Option("--state", help="Keep only what belongs to this state, an ISO alpha-3 code (repeatable).")] = None,
    since: Annotated[Optional[str], typer.Option("--since", help="Keep dated facts from this day on (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[Optional[str], typer.Option("--until", help="Keep dated facts up to this day (YYYY[-MM[-DD]]).")] = None,
    articles: Annotated[Optional[list[str]], typer.Option("--article", help="Keep only what this article id says (repeatable).")] = None,
    max_nodes: Annotated[Optional[int], typer.Option("--max-nodes", min=1, help="Most nodes on the page; beyond, the most linked are kept.")] = None,
    title: Annotated[str, typer.Option("--title", help="Page heading.")] = "diplograph",
    endpoint: EndpointOpt = None,
    credentials: CredentialsOpt = None,
) -> None:
    """Write an interactive HTML page of the graph that works offline."""
    from diplograph.graph.render import MAX_NODES, render_store

    page = render_store(_open(store, endpoint, credentials), output, focus=focus, hops=hops, types=types or (),
                        states=states or (), since=since, until=until, articles=articles or (),
                        max_nodes=max_nodes or MAX_NODES, title=title)
    _print_page(page)


def _print_page(page) -> None:
    if page.left_out:
        err.print(f"warning: {page.left_out}", markup=False, highlight=False)
    shown = "" if page.nodes == page.total_nodes else f" (of {page.total_nodes})"
    out.print(f"{page.nodes} nodes{shown}, {page.edges} edges → {page.path}", markup=False)


@app.command("export")
def export_cli(
    format: Annotated[str, typer.Option("--format", "-f", help="turtle, trig, nt, nquads, jsonld, graphml, gexf")] = "turtle",
    output: Annotated[Optional[Path], typer.Option("-o", "--output")] = None,
    store: StoreOpt = Path(DEFAULT_STORE),
) -> None:
    """Export the store as RDF or as a graph file for Gephi."""
    from diplograph.graph.export import GRAPH_FORMATS, RDF_FORMATS, export_graph, export_rdf

    db = _open(store)
    if format in GRAPH_FORMATS:
        if output is None:
            raise typer.BadParameter(f"--format {format} needs -o FILE")
        nodes, edges = export_graph(db, format, output)
        out.print(f"{nodes} nodes, {edges} edges → {output}")
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


@app.command("evaluate")
def evaluate_cli(
    paths: Annotated[list[Path], typer.Argument(help="Folders with texts/ID.txt and gold/ID.json, or ARTICLE GOLD pairs.")],
    format: Annotated[Fmt, typer.Option("--format", "-f", help="table or json (csv gives one row per article).")] = Fmt.table,
    errors: Annotated[bool, typer.Option("--errors", help="List every false positive and false negative.")] = False,
    lang: Annotated[Optional[str], typer.Option("--lang", help="Only the articles whose gold gives this language.")] = None,
) -> None:
    """Score extraction against hand-made gold files (precision, recall, F1 per category).

    Each article goes into a fresh in-memory store with the language and publication date of
    its gold file; the matching rules are those of the scoring contract (see README).
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from diplograph.graph.evaluate import CATEGORIES, evaluate, gold_pairs

    pairs = gold_pairs(paths, lang=lang)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=err, transient=True,
                  disable=not err.is_terminal) as progress:
        task = progress.add_task("evaluating", total=len(pairs))
        report = evaluate(pairs, on_article=lambda s: progress.update(task, advance=1, description=f"evaluating {s.id[:40]}"))
    for score in report.articles:
        for warning in score.warnings:
            err.print(f"warning: {score.id}: {warning}", markup=False, highlight=False)
    if format is Fmt.json:
        sys.stdout.write(json.dumps(report.as_dict(errors=errors), ensure_ascii=False, indent=1) + "\n")
        return
    if format is Fmt.csv:
        rows = [{"article": a.id, "overall_f1": round(a.overall, 4), **{c: round(a.counts[c].f1, 4) for c in CATEGORIES}}
                for a in report.articles]
        _print_rows(rows, Fmt.csv)
        return
    if errors:
        for a in report.articles:
            lines = [(kind, c, item) for kind, found in (("missed", a.false_negatives), ("extra", a.false_positives))
                     for c, items in found.items() for item in items]
            if not lines:
                continue
            out.print(f"[bold]{a.id}[/bold]  overall F1 {a.overall:.2f}")
            for kind, c, item in lines:
                out.print(f"  {kind:6} {c:8} {item}", markup=False, highlight=False)
    if len(report.articles) > 1:
        per = Table(title="articles")
        for col in ("article", "overall", *CATEGORIES):
            per.add_column(col, justify="left" if col == "article" else "right", overflow="ellipsis", no_wrap=True)
        for a in report.articles:
            per.add_row(a.id, f"{a.overall:.2f}", *[f"{a.counts[c].f1:.2f}" for c in CATEGORIES])
        out.print(per)
    table = Table(title=f"{len(report.articles)} article(s)")
    for col in ("category", "precision", "recall", "F1", "answers", "gold"):
        table.add_column(col, justify="left" if col == "category" else "right")
    for c, k in report.counts.items():
        table.add_row(c, f"{k.precision:.3f}", f"{k.recall:.3f}", f"{k.f1:.3f}", str(k.pred), str(k.gold))
    out.print(table)
    out.print(f"overall F1 {report.overall:.3f}", markup=False, highlight=False)


@app.command("demo")
def demo_cli(
    store: StoreOpt = Path("diplograph-demo-store"),
    output: Annotated[Path, typer.Option("-o", "--output")] = Path("diplograph-demo.html"),
) -> None:
    """Ingest the bundled demo article, print what was found, and render the page."""
    from diplograph.graph.ask import QUESTION_KEYS
    from diplograph.graph.demo import run_demo

    demo = run_demo(store=store, output=output)
    _print_summary(demo.summary)
    for name, rows in demo.answers.items():
        _print_rows(rows, Fmt.table, list(QUESTION_KEYS[name]), title=name)
    _print_page(demo.page)
    out.print(f"store: {demo.store.resolve()}\npage:  {demo.page.path.resolve()}")


# --- serve (issue 3): the serve command goes here ---
@app.command("serve")
def serve_cli(
    store: StoreOpt = Path(DEFAULT_STORE),
    host: Annotated[str, typer.Option(help="Address to listen on (loopback only unless told otherwise).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="TCP port (0: any free port).")] = 8000,
    timeout: Annotated[float, typer.Option(min=0.001, help="Seconds a query may run before it is stopped.")] = 30.0,
    max_rows: Annotated[int, typer.Option("--max-rows", min=1, help="Most rows (or triples) one answer may have.")] = 10_000,
    quiet: Annotated[bool, typer.Option("--quiet", help="No access log.")] = False,
) -> None:
    """Serve a read-only SPARQL endpoint (/sparql), the graph page and the named questions over HTTP."""
    from diplograph.graph.serve import make_server

    server = make_server(store, host=host, port=port, timeout=timeout, max_rows=max_rows, quiet=quiet)
    out.print(f"serving {server.url} (SPARQL at {server.url}sparql) from {store}; Ctrl-C stops", markup=False,
              highlight=False)
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"warning: listening on {host}: anyone who can reach this address can query the store",
                  markup=False, highlight=False)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()



# --- merges / unmerge (issue 4): those commands go here ---
@app.command("merges")
def merges_cli(
    store: StoreOpt = Path(DEFAULT_STORE),
    format: Annotated[Fmt, typer.Option("--format", "-f")] = Fmt.table,
    kind: Annotated[Optional[str], typer.Option(help="person, meeting, series, place or organization.")] = None,
    unsure: Annotated[bool, typer.Option("--unsure", help="The pairs scored just below the merge threshold: not merged.")] = False,
) -> None:
    """List the merges of persons, meetings, series, places and organisations across articles."""
    from diplograph.graph.resolve.merges import MERGE_COLUMNS, list_merges

    rows = list_merges(_open(store), kind=kind, unsure=unsure)
    columns = list(MERGE_COLUMNS[:7]) if format is Fmt.table else list(MERGE_COLUMNS)
    _print_rows(rows, format, columns, title="merges")


@app.command("unmerge")
def unmerge_cli(
    merge: Annotated[str, typer.Argument(help="A merge id, as 'diplograph merges' prints it.")],
    store: StoreOpt = Path(DEFAULT_STORE),
    wait: Annotated[float, typer.Option("--wait", min=0, help="Seconds to wait while another process writes the store.")] = 0.0,
) -> None:
    """Undo a merge: the article keeps its own IRI, and later ingests keep the two apart."""
    from diplograph.graph.resolve.merges import unmerge
    from diplograph.graph.store import open_store

    done = unmerge(open_store(store, wait=wait), merge)
    out.print(f"{done['mention']} is now distinct from {done['canonical']} "
              f"({done['articles']} article graph(s) rewritten)", markup=False, highlight=False)



def main() -> None:
    """Entry point: run the app, turning domain errors into one line and a status."""
    try:
        # Outside standalone mode, click returns an Exit's status instead of exiting.
        status = app(standalone_mode=False)
        if isinstance(status, int) and status:
            sys.exit(status)
    except (LoaderError, GraphError) as exc:
        err.print(f"error: {exc}", markup=False, highlight=False, soft_wrap=True)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:
        # Usage errors and exits, from click or from the copy of click that newer typer
        # releases bundle: recognised by shape, since their classes differ between versions.
        if type(exc).__name__ == "Abort":
            sys.exit(130)
        if hasattr(exc, "exit_code"):
            if hasattr(exc, "show"):
                exc.show()
            sys.exit(exc.exit_code)
        raise
