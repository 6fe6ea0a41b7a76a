"""The routes of ``diplograph serve``, as a Starlette application.

Every job (a SPARQL query, a named question, the graph page) runs in the
:class:`~diplograph.graph.serve.worker.QueryPool` of ``app.state.pool``, called from Starlette's thread
pool because it blocks until the worker answers or is killed. Errors are one line of plain text,
with the status of :func:`status_of` (the status line keeps its standard reason phrase: ASGI
has no way to set another, so clients that print only the status line do not show the message).
CORS is open (``*``) on every answer: the endpoint only reads, and YASGUI in a browser must be
able to call it from another origin.
"""
from __future__ import annotations

import contextlib
import json
import re
from http import HTTPStatus
from pathlib import Path
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from diplograph.graph.errors import GraphError, QueryError
from diplograph.graph.serve.pages import form_page, landing_page, question_page
from diplograph.graph.serve.worker import NotAcceptable, QueryPool, QueryTimeout, ServerBusy, accept_ranges

__all__ = ["make_app", "status_of", "MAX_BODY"]

#: A SPARQL query is text; a megabyte is far more than any hand-written or generated query needs.
MAX_BODY = 1_000_000
FORM = "application/x-www-form-urlencoded"
READ_ONLY = "updates are refused: this endpoint is read-only (the store is written by diplograph ingest)"
CORS = {"Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": "Content-Type, Content-Length"}
#: After a refused body the connection is closed rather than read to its end.
CLOSE = {"Connection": "close"}
EVERY_METHOD = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT"]
_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def status_of(exc: Exception) -> int:
    """The HTTP status of an error raised by a job."""
    if isinstance(exc, (QueryTimeout, ServerBusy)):
        return HTTPStatus.SERVICE_UNAVAILABLE
    if isinstance(exc, NotAcceptable):
        return HTTPStatus.NOT_ACCEPTABLE
    if isinstance(exc, QueryError):  # bad SPARQL, the row cap (ResultTooLarge), an unknown question
        return HTTPStatus.BAD_REQUEST
    return HTTPStatus.INTERNAL_SERVER_ERROR


# --- answers ------------------------------------------------------------------------------------


def _answer(status: int, body: bytes, media_type: str, headers: dict | None = None) -> Response:
    # XML states its own encoding; text and JSON get an explicit UTF-8.
    if not media_type.startswith(("application/sparql-results+xml", "application/rdf+xml")) \
            and "charset" not in media_type and (media_type.startswith("text/") or media_type.endswith("json")):
        media_type += "; charset=utf-8"
    return Response(body, status, headers={"Content-Type": media_type, "Cache-Control": "no-store",  # a live store
                                           "Vary": "Accept", **CORS, **(headers or {})})


def _html(text: str) -> Response:
    return _answer(HTTPStatus.OK, text.encode("utf-8"), "text/html")


def _error(status: int, message: str, headers: dict | None = None) -> Response:
    return _answer(status, (message + "\n").encode("utf-8"), "text/plain", headers)


async def _on_http_error(request: Request, exc: HTTPException) -> Response:
    return _error(exc.status_code, exc.detail, exc.headers)


async def _on_job_error(request: Request, exc: Exception) -> Response:
    return _error(status_of(exc), str(exc))


async def _run(request: Request, kind: str, **args):
    return await run_in_threadpool(request.app.state.pool.run, kind, **args)


def _params(request: Request) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        params.setdefault(key, []).append(value)
    return params


def _shown_path(request: Request) -> str:
    """The path as the client sent it (uvicorn keeps it in ``raw_path``), for error messages."""
    raw = request.scope.get("raw_path")
    return raw.decode("latin-1") if raw else request.url.path


# --- routes -------------------------------------------------------------------------------------


async def home(request: Request) -> Response:
    state = request.app.state
    return _html(landing_page(store=str(state.store), names=state.question_names, timeout=state.pool.timeout,
                              max_rows=state.pool.max_rows))


async def graph_page(request: Request) -> Response:
    return _html(await _run(request, "page"))


async def sparql(request: Request) -> Response:
    params = _params(request)
    if request.method == "POST":
        media = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
        if media not in (FORM, "application/sparql-query", "application/sparql-update"):
            raise HTTPException(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                                f"POST a query as {FORM} or application/sparql-query, not {media or 'no Content-Type'}")
        body = await _body(request)
        if media == FORM:
            for key, values in parse_qs(body, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
        else:
            params["query" if media == "application/sparql-query" else "update"] = [body]
    elif "query" not in params and "update" not in params:
        return _html(form_page())
    return await _query(request, params)


async def _body(request: Request) -> str:
    length = request.headers.get("content-length")
    if length is None and "transfer-encoding" not in request.headers:
        raise HTTPException(HTTPStatus.LENGTH_REQUIRED, "a POST needs a Content-Length", CLOSE)
    try:
        size = int(length) if length is not None else 0
    except ValueError:
        raise HTTPException(HTTPStatus.BAD_REQUEST, f"bad Content-Length {length!r}") from None
    too_large = HTTPException(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"the request body is over {MAX_BODY} bytes", CLOSE)
    if size > MAX_BODY:
        raise too_large
    chunks, size = [], 0
    async for chunk in request.stream():  # a chunked body is counted as it comes
        size += len(chunk)
        if size > MAX_BODY:
            raise too_large
        chunks.append(chunk)
    try:
        return b"".join(chunks).decode("utf-8")
    except UnicodeDecodeError:
        raise HTTPException(HTTPStatus.BAD_REQUEST, "the request body is not UTF-8") from None


async def _query(request: Request, params: dict[str, list[str]]) -> Response:
    from diplograph.graph.store import is_update

    if "update" in params:
        raise HTTPException(HTTPStatus.FORBIDDEN, READ_ONLY)
    queries = params.get("query", [])
    if len(queries) != 1 or not queries[0].strip():
        raise HTTPException(HTTPStatus.BAD_REQUEST, "give exactly one non-empty 'query' parameter")
    if is_update(queries[0]):
        raise HTTPException(HTTPStatus.FORBIDDEN, READ_ONLY)
    fmt = (params.get("format") or params.get("output") or [None])[0] or None
    body, media_type = await _run(
        request, "sparql", sparql=queries[0], accept=request.headers.get("accept"), fmt=fmt,
        default_graphs=tuple(params.get("default-graph-uri", ())), named_graphs=tuple(params.get("named-graph-uri", ())))
    return _answer(HTTPStatus.OK, body, media_type)


async def question(request: Request) -> Response:
    from diplograph.graph.ask import QUESTION_KEYS

    names = request.app.state.question_names
    params = _params(request)
    name = request.path_params["name"]
    as_json = name.endswith(".json") or (params.get("format") or [""])[0] == "json" or _prefers_json(request)
    name = name.removesuffix(".json")
    if name not in names:
        raise HTTPException(HTTPStatus.NOT_FOUND, f"no question {name!r}: choose one of {', '.join(names)}")
    bindings = {k: v[0] for k, v in params.items() if k != "format"}
    for key in bindings:
        if not _VARIABLE.match(key):
            raise HTTPException(HTTPStatus.BAD_REQUEST, f"{key!r} is not a query variable name")
    rows = await _run(request, "ask", name=name, bindings=bindings)
    if as_json:
        return _answer(HTTPStatus.OK, json.dumps(rows, ensure_ascii=False, indent=1).encode("utf-8"),
                       "application/json")
    columns = list(QUESTION_KEYS.get(name, ())) or (list(rows[0]) if rows else [])
    return _html(question_page(name, rows, columns))


def _prefers_json(request: Request) -> bool:
    for media in accept_ranges(request.headers.get("accept") or ""):
        if media in ("application/json", "text/html", "*/*"):
            return media == "application/json"
    return False


async def elsewhere(request: Request) -> Response:
    """Every request no route above takes: CORS preflights anywhere, then one-line refusals."""
    if request.method == "OPTIONS":
        # YASGUI posts form data and may add headers of its own.
        return Response(status_code=HTTPStatus.NO_CONTENT, headers={
            **CORS, "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
            "Access-Control-Allow-Headers": request.headers.get("access-control-request-headers") or "Content-Type, Accept",
            "Access-Control-Max-Age": "86400"})
    path = _shown_path(request)
    if request.method == "POST":
        raise HTTPException(HTTPStatus.NOT_FOUND, f"POST goes to /sparql, not {path}")
    if request.method in ("GET", "HEAD"):
        raise HTTPException(HTTPStatus.NOT_FOUND, f"no page at {path}: see / for what this server offers")
    raise HTTPException(HTTPStatus.METHOD_NOT_ALLOWED, f"{request.method} is not served: read with GET, "
                        "or POST a query to /sparql", {"Allow": "GET, HEAD, POST, OPTIONS"})


class _NoTrailingSlash:
    """``/sparql/`` is ``/sparql``: clients are handed the URL either way, and a redirect would lose a POST."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and len(scope["path"]) > 1 and scope["path"].endswith("/"):
            scope = {**scope, "path": scope["path"].rstrip("/") or "/"}
        await self.app(scope, receive, send)


@contextlib.asynccontextmanager
async def _lifespan(app: Starlette):
    yield
    # The server is stopping (shutdown(), Ctrl-C or SIGTERM): kill the workers now, since after a
    # signal uvicorn re-raises it and the process may end before any caller's cleanup runs.
    app.state.pool.close()


def make_app(pool: QueryPool, *, store: str | Path, question_names: list[str]) -> Starlette:
    """The ASGI application of ``diplograph serve`` over a running pool of query workers.

    Args:
        pool: the workers every job runs in (its ``timeout`` and ``max_rows`` are the server's); the
            app closes it when the ASGI server shuts down.
        store: the store folder, shown on the landing page.
        question_names: the named questions served under ``/ask/``.
    """
    app = Starlette(
        routes=[
            Route("/", home, methods=["GET"]),  # GET routes answer HEAD as well
            Route("/sparql", sparql, methods=["GET", "POST"]),
            Route("/graph", graph_page, methods=["GET"]),
            Route("/ask/{name:path}", question, methods=["GET"]),
            Route("/{path:path}", elsewhere, methods=EVERY_METHOD),  # what the routes above refuse
        ],
        middleware=[Middleware(_NoTrailingSlash)],
        exception_handlers={HTTPException: _on_http_error, GraphError: _on_job_error, RuntimeError: _on_job_error},
        lifespan=_lifespan,
    )
    app.state.pool = pool
    app.state.store = Path(store)
    app.state.question_names = list(question_names)
    return app
