"""``diplograph serve``: a SPARQL 1.1 Protocol endpoint and the browsing pages, from one process.

Routes:

- ``/``: a landing page linking everything below.
- ``/sparql``: the endpoint (GET ``?query=``, POST form or ``application/sparql-query``), answering
  SPARQL JSON, XML, CSV or TSV (SELECT, ASK) and Turtle, N-Triples, RDF/XML, JSON-LD (CONSTRUCT,
  DESCRIBE) by content negotiation or a ``format`` parameter; without a query, a small form.
  Updates are refused with 403: the store is written by ``diplograph ingest`` only.
- ``/graph``: the interactive page of :func:`diplograph.graph.render.to_html`, built from the live store.
- ``/ask/<name>`` and ``/ask/<name>.json``: a named question as a table or as JSON.

Every job runs in a worker process (:mod:`diplograph.graph.worker`) under a per-query timeout and
row cap, so a runaway query is killed without stopping the server. Errors are one line of plain
text, repeated in the HTTP reason phrase so that clients which only show the status line (urllib,
SPARQLWrapper on 503) still say what went wrong. CORS is open (``*``): the endpoint only reads,
and YASGUI in a browser must be able to call it from another origin.
"""
from __future__ import annotations

import html
import json
import re
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

from diplograph.graph.errors import GraphError, QueryError
from diplograph.graph.worker import NotAcceptable, QueryPool, QueryTimeout, ServerBusy

__all__ = ["ServerError", "DiplographServer", "make_server"]

#: A SPARQL query is text; a megabyte is far more than any hand-written or generated query needs.
MAX_BODY = 1_000_000
FORM = "application/x-www-form-urlencoded"
_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


class ServerError(GraphError):
    """The server cannot start (address in use, bad host, bad settings)."""


class _HTTPError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def _status_of(exc: Exception) -> int:
    if isinstance(exc, (QueryTimeout, ServerBusy)):
        return HTTPStatus.SERVICE_UNAVAILABLE
    if isinstance(exc, NotAcceptable):
        return HTTPStatus.NOT_ACCEPTABLE
    if isinstance(exc, QueryError):  # bad SPARQL, the row cap (ResultTooLarge), an unknown question
        return HTTPStatus.BAD_REQUEST
    return HTTPStatus.INTERNAL_SERVER_ERROR


# --- pages --------------------------------------------------------------------------------------

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
    example = "PREFIX dipl: <https://w3id.org/dipl/ns#>\nSELECT * WHERE { ?s ?p ?o } LIMIT 20"
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


# --- the HTTP handler ---------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    server: DiplographServer
    server_version = "diplograph"

    # -- plumbing

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (the base class's name)
        if not self.server.quiet:
            super().log_message(format, *args)

    def _cors(self) -> None:
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Expose-Headers", "Content-Type, Content-Length")

    def _send(self, status: int, body: bytes, media_type: str, reason: str | None = None) -> None:
        # The reason phrase must be latin-1 and one line; the body keeps the full UTF-8 message.
        if reason is not None:
            reason = re.sub(r"\s+", " ", reason).encode("ascii", "replace").decode()[:300]
        self.send_response(status, reason)
        if not media_type.startswith(("application/sparql-results+xml", "application/rdf+xml")) \
                and "charset" not in media_type and (media_type.startswith("text/") or media_type.endswith("json")):
            media_type += "; charset=utf-8"
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")  # the store is live
        self.send_header("Vary", "Accept")
        self._cors()
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _send_error(self, status: int, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain", reason=message)

    def _html(self, text: str) -> None:
        self._send(HTTPStatus.OK, text.encode("utf-8"), "text/html")

    def _dispatch(self, route) -> None:
        try:
            route()
        except _HTTPError as exc:
            self._send_error(exc.status, str(exc))
        except (GraphError, RuntimeError) as exc:
            self._send_error(_status_of(exc), str(exc))
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client went away; nothing to answer

    # -- methods

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._dispatch(self._get)

    def do_HEAD(self) -> None:  # noqa: N802
        self._dispatch(self._get)

    def do_POST(self) -> None:  # noqa: N802
        self._dispatch(self._post)

    def do_OPTIONS(self) -> None:  # noqa: N802
        # CORS preflight: YASGUI posts form data and may add headers of its own.
        self.send_response(HTTPStatus.NO_CONTENT)
        self._cors()
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers",
                         self.headers.get("Access-Control-Request-Headers") or "Content-Type, Accept")
        self.send_header("Access-Control-Max-Age", "86400")
        self.send_header("Content-Length", "0")
        self.end_headers()

    # -- routes

    def _get(self) -> None:
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        path = url.path.rstrip("/") or "/"
        if path == "/":
            self._html(landing_page(store=str(self.server.store), names=self.server.question_names,
                                    timeout=self.server.pool.timeout, max_rows=self.server.pool.max_rows))
        elif path == "/sparql":
            if "query" not in params and "update" not in params:
                self._html(form_page())
            else:
                self._sparql(params)
        elif path == "/graph":
            self._html(self.server.pool.run("page"))
        elif path.startswith("/ask/"):
            self._question(path[len("/ask/"):], params)
        else:
            raise _HTTPError(HTTPStatus.NOT_FOUND, f"no page at {url.path}: see / for what this server offers")

    def _post(self) -> None:
        url = urlsplit(self.path)
        if url.path.rstrip("/") != "/sparql":
            raise _HTTPError(HTTPStatus.NOT_FOUND, f"POST goes to /sparql, not {url.path}")
        params = parse_qs(url.query, keep_blank_values=True)
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        body = self._body()
        if media == FORM:
            for key, values in parse_qs(body, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
        elif media == "application/sparql-query":
            params["query"] = [body]
        elif media == "application/sparql-update":
            params["update"] = [body]
        else:
            raise _HTTPError(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                             f"POST a query as {FORM} or application/sparql-query, not {media or 'no Content-Type'}")
        self._sparql(params)

    def _body(self) -> str:
        length = self.headers.get("Content-Length")
        if length is None:
            self.close_connection = True
            raise _HTTPError(HTTPStatus.LENGTH_REQUIRED, "a POST needs a Content-Length")
        try:
            size = int(length)
        except ValueError:
            raise _HTTPError(HTTPStatus.BAD_REQUEST, f"bad Content-Length {length!r}") from None
        if size > MAX_BODY:
            self.close_connection = True
            raise _HTTPError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"the request body is over {MAX_BODY} bytes")
        try:
            return self.rfile.read(size).decode("utf-8")
        except UnicodeDecodeError:
            raise _HTTPError(HTTPStatus.BAD_REQUEST, "the request body is not UTF-8") from None

    def _sparql(self, params: dict[str, list[str]]) -> None:
        from diplograph.graph.store import is_update

        if "update" in params:
            raise _HTTPError(HTTPStatus.FORBIDDEN, "updates are refused: this endpoint is read-only "
                                                   "(the store is written by diplograph ingest)")
        queries = params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            raise _HTTPError(HTTPStatus.BAD_REQUEST, "give exactly one non-empty 'query' parameter")
        if is_update(queries[0]):
            raise _HTTPError(HTTPStatus.FORBIDDEN, "updates are refused: this endpoint is read-only "
                                                   "(the store is written by diplograph ingest)")
        fmt = (params.get("format") or params.get("output") or [None])[0] or None
        body, media_type = self.server.pool.run(
            "sparql", sparql=queries[0], accept=self.headers.get("Accept"), fmt=fmt,
            default_graphs=tuple(params.get("default-graph-uri", ())),
            named_graphs=tuple(params.get("named-graph-uri", ())))
        self._send(HTTPStatus.OK, body, media_type)

    def _question(self, name: str, params: dict[str, list[str]]) -> None:
        from diplograph.graph.ask import QUESTION_KEYS

        as_json = name.endswith(".json") or (params.get("format") or [""])[0] == "json" or self._prefers_json()
        name = name.removesuffix(".json")
        if name not in self.server.question_names:
            raise _HTTPError(HTTPStatus.NOT_FOUND,
                             f"no question {name!r}: choose one of {', '.join(self.server.question_names)}")
        bindings = {k: v[0] for k, v in params.items() if k != "format"}
        for key in bindings:
            if not _VARIABLE.match(key):
                raise _HTTPError(HTTPStatus.BAD_REQUEST, f"{key!r} is not a query variable name")
        rows = self.server.pool.run("ask", name=name, bindings=bindings)
        if as_json:
            self._send(HTTPStatus.OK, json.dumps(rows, ensure_ascii=False, indent=1).encode("utf-8"),
                       "application/json")
            return
        columns = list(QUESTION_KEYS.get(name, ())) or (list(rows[0]) if rows else [])
        self._html(question_page(name, rows, columns))

    def _prefers_json(self) -> bool:
        from diplograph.graph.worker import accept_ranges

        for media in accept_ranges(self.headers.get("Accept") or ""):
            if media in ("application/json", "text/html", "*/*"):
                return media == "application/json"
        return False


# --- the server ---------------------------------------------------------------------------------


class DiplographServer(ThreadingHTTPServer):
    """A threaded HTTP server whose queries run in a :class:`~diplograph.graph.worker.QueryPool`."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], *, store: Path, question_names: list[str], quiet: bool = False):
        #: Attributes the handler reads; ``pool`` is set by :func:`make_server` once the address is bound.
        self.store = store
        self.pool: QueryPool | None = None
        self.question_names = question_names
        self.quiet = quiet
        super().__init__(address, _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{port}/"

    def server_close(self) -> None:
        super().server_close()
        if self.pool is not None:
            self.pool.close()


def make_server(store: str | Path, *, host: str = "127.0.0.1", port: int = 8000, timeout: float = 30.0,
                max_rows: int = 10_000, workers: int = 2, quiet: bool = False) -> DiplographServer:
    """Bind a server to ``host:port`` (port 0: any free port) over the store folder; call ``serve_forever()``.

    Args:
        store: the store folder (it must exist; it is only ever opened read-only).
        host: the address to listen on; the loopback interface unless told otherwise.
        port: the TCP port.
        timeout: seconds a query (or page) may run before it is stopped.
        max_rows: the largest number of rows (or triples) a SPARQL answer may have.
        workers: queries that may run at the same time, each in its own process.
        quiet: no access log on stderr.

    Raises:
        StoreError: no store in that folder.
        ServerError: bad settings, or the address cannot be bound.

    The workers are *spawned* processes, which import the caller's ``__main__``: a script that
    calls this must do so under ``if __name__ == "__main__":`` (the ``diplograph`` command does).
    """
    from diplograph.graph.store import open_store
    from diplograph.ontology import query_names

    store = Path(store)
    open_store(store, read_only=True)  # fail here, in one line, rather than on the first request
    if timeout <= 0 or max_rows <= 0 or workers <= 0:
        raise ServerError("--timeout, --max-rows and the number of workers must be positive")
    try:
        server = DiplographServer((host, port), store=store, question_names=list(query_names()), quiet=quiet)
    except OSError as exc:
        raise ServerError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    # The workers start once the address is ours, so a taken port costs no process.
    server.pool = QueryPool(store, size=workers, timeout=timeout, max_rows=max_rows)
    return server
