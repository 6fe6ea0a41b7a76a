"""The HTML pages of ``diplograph serve``: the landing page, the SPARQL form and the named questions.

Every value shown (article text included) is escaped; the pages are plain HTML with no script.
"""
from __future__ import annotations

import html
from urllib.parse import quote

from diplograph.ontology import read_query

__all__ = ["landing_page", "form_page", "question_page"]

_STYLE = ("body{font:15px/1.4 sans-serif;margin:1.5em;max-width:70em}table{border-collapse:collapse}"
          "td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top;text-align:left}"
          "textarea{width:100%;font:13px monospace}code{background:#f4f4f4}")


def _page(title: str, body: str) -> str:
    return (f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{_STYLE}</style></head>\n<body>\n{body}\n</body></html>\n")


def landing_page(*, store: str, names: list[str], timeout: float, max_rows: int) -> str:
    """The page at ``/``: what this server holds and where to find it."""
    questions = "\n".join(f'<li><a href="/ask/{quote(n)}">{html.escape(n)}</a> '
                          f'(<a href="/ask/{quote(n)}.json">JSON</a>)</li>' for n in names)
    return _page("diplograph", f"""<h1>diplograph</h1>
<p>Store: <code>{html.escape(store)}</code> (read live: a new <code>diplograph ingest</code> shows up here)</p>
<ul>
<li><a href="/graph">The graph</a>: officials, states, organisations, meetings and positions, interactive</li>
<li><a href="/sparql">SPARQL endpoint</a> at <code>/sparql</code> (SPARQL 1.1 Protocol, GET and POST; SELECT/ASK
as JSON, XML, CSV or TSV, CONSTRUCT/DESCRIBE as Turtle, N-Triples, RDF/XML or JSON-LD; read-only;
queries stop after {timeout:g} s and may return at most {max_rows} rows). The default graph is the
union of every article's graph; give YASGUI or SPARQLWrapper this URL.</li>
</ul>
<h2>Named questions</h2>
<ul>
{questions}
</ul>""")


def form_page() -> str:
    """The page at ``/sparql`` without a query: a form that GETs the endpoint."""
    example = "\n".join(line for line in read_query("serve/example").splitlines() if not line.startswith("#"))
    options = "".join(f'<option value="{f}">{f}</option>' for f in ("json", "xml", "csv", "tsv", "turtle"))
    return _page("diplograph SPARQL", f"""<h1>SPARQL</h1><p><a href="/">home</a></p>
<form method="get" action="/sparql">
<textarea name="query" rows="12">{html.escape(example)}</textarea>
<p>format <select name="format">{options}</select> <button type="submit">Run</button></p>
</form>""")


def _cell(value) -> str:
    if isinstance(value, list):
        return ", ".join(_cell(v) for v in value)
    text = "" if value is None else str(value)
    if text.startswith("https://w3id.org/dipl/id/"):
        # Our IRIs are long and do not resolve: show the last segment, keep the IRI as a tooltip.
        return f'<span title="{html.escape(text)}">{html.escape(text.rsplit("/", 1)[-1])}</span>'
    return html.escape(text)


def question_page(name: str, rows: list[dict], columns: list[str]) -> str:
    """A named question as an HTML table; every value (article text included) is escaped."""
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "\n".join("<tr>" + "".join(f"<td>{_cell(r.get(c))}</td>" for c in columns) + "</tr>" for r in rows)
    return _page(f"diplograph: {name}", f"""<h1>{html.escape(name)}</h1>
<p><a href="/">home</a> · <a href="/ask/{quote(name)}.json">JSON</a> · {len(rows)} row(s)</p>
<table><thead><tr>{head}</tr></thead>
<tbody>
{body}
</tbody></table>""")

