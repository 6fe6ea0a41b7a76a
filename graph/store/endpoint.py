"""A remote SPARQL 1.1 server holding the same named graphs as the embedded store.

:class:`Endpoint` has the embedded store's contract (:func:`diplograph.graph.store.run_query`:
read-only queries, the union of the article graphs as default graph, plain Python values) over
the SPARQL 1.1 Protocol, and writes each article's named graph with the Graph Store HTTP
Protocol (``PUT``) or, without a graph store URL, with SPARQL UPDATE (``DROP`` + ``INSERT DATA``
in chunks). Verified against OpenLink Virtuoso 7 (``tests/integration``); nothing in it is
Virtuoso-only, but three of Virtuoso's habits shaped it:

- Without a dataset, Virtuoso's default graph is the union of *every* graph on the server, its
  own system graphs included, and ``GRAPH ?g`` ranges over all of them. Naming our graphs as the
  dataset (``default-graph-uri`` / ``named-graph-uri``, one IRI per article) does not scale: at
  450 article graphs Virtuoso aborted such requests or ran past a minute. So queries are sent
  without a dataset, like the embedded store's union: the named questions either start from
  ``dipl:articleId`` inside ``GRAPH ?g`` (only article graphs have it) or match only dipl:, W3C
  ORG and SEM terms, which Virtuoso's system graphs never use (the integration test checks the
  answers equal the embedded store's). Keep diplograph's graphs in a database of their own:
  other data using the same vocabularies would show up in the default-graph questions.
- Virtuoso silently cuts results at ``ResultSetMaxRows`` and says so in an ``X-SPARQL-MaxRows``
  header; a cut result is fetched again page by page (the query as a sub-select with
  ``LIMIT``/``OFFSET`` outside, which also avoids Virtuoso's ``SR353`` limit on sorted offsets).
- Writes need an authenticated user (digest authentication on Virtuoso's ``/sparql-auth`` and
  ``/sparql-graph-crud-auth``). Credentials come from the environment or a file, never from the
  command line (:meth:`Endpoint.from_env`).

Errors are one line: :class:`~diplograph.graph.errors.QueryError` for a query the server rejects,
:class:`~diplograph.graph.errors.StoreError` for everything about reaching or writing the server.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path
from urllib.parse import urlsplit

from diplograph.graph.errors import QueryError, StoreError
from diplograph.graph.ids import BASE, graph_iri
from diplograph.graph.sparqltext import Shape, bind, is_update, python_value, term_value

__all__ = ["Endpoint", "GRAPH_PREFIX", "USER_ENV", "PASSWORD_ENV"]

#: Every article graph's IRI starts with this (:func:`diplograph.graph.ids.graph_iri`).
GRAPH_PREFIX = BASE + "graph/"
USER_ENV = "DIPLOGRAPH_ENDPOINT_USER"
PASSWORD_ENV = "DIPLOGRAPH_ENDPOINT_PASSWORD"
UPDATE_URL_ENV = "DIPLOGRAPH_ENDPOINT_UPDATE_URL"
GRAPH_STORE_URL_ENV = "DIPLOGRAPH_ENDPOINT_GRAPH_STORE_URL"

#: Triples per INSERT DATA request: Virtuoso's SPARQL compiler slows down sharply on very long
#: updates, and a few hundred kilobytes per request keeps every server's body limit happy.
_CHUNK = 2000
_LOOPBACK = ("127.0.0.1", "localhost", "::1")

_DATASET = re.compile(r"(?i)(?<![?$\w])FROM\s+(?:NAMED\s+)?<[^>]*>")


def _page(text: str, limit: int, offset: int) -> str:
    """``text`` (a SELECT) as a sub-select with LIMIT/OFFSET outside.

    The sub-select keeps the query's own ORDER BY, LIMIT, GROUP BY and VALUES untouched; only
    FROM clauses move out, as a sub-select may not have them. Virtuoso sorts a sub-select once
    and slices it, instead of refusing sorted offsets beyond ``MaxSortedTopRows`` (SR353).
    """
    shape = Shape(text)
    start, masked = shape.body_start, shape.masked
    brace = shape.where if shape.where is not None else len(masked)
    datasets, inner = [], text
    for m in reversed(list(_DATASET.finditer(masked, start, brace))):
        datasets.insert(0, text[m.start():m.end()])
        inner = inner[:m.start()] + " " * (m.end() - m.start()) + inner[m.end():]
    return (f"{text[:start]}SELECT * {' '.join(datasets)} WHERE {{ {{\n{inner[start:]}\n}} }}\n"
            f"LIMIT {limit} OFFSET {offset}")


def _json_value(binding: dict | None) -> object:
    if binding is None:
        return None
    if binding.get("type") in ("literal", "typed-literal"):
        return python_value(binding["value"], binding.get("datatype"))
    return binding["value"]


def _first_line(text: str) -> str:
    for line in text.splitlines():
        line = re.sub(r"<[^>]+>", " ", line).strip()
        if line and not line.lower().startswith(("<!doctype", "http/")):
            return re.sub(r"\s+", " ", line)[:300]
    return ""


def _read_credentials(path: Path) -> dict[str, str]:
    """``user=…`` / ``password=…`` lines (``#`` comments allowed) or a JSON object."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise StoreError(f"cannot read the credentials file {path}: {exc}") from None
    if text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise StoreError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
        if not isinstance(data, dict):
            raise StoreError(f"{path}: expected a JSON object with user and password")
        return {str(k).strip().lower(): str(v) for k, v in data.items() if v is not None}
    out = {}
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        if not sep:
            raise StoreError(f"{path}, line {n}: expected key=value (user=…, password=…)")
        out[key.strip().lower()] = value.strip()
    return out


class Endpoint:
    """A remote SPARQL 1.1 server holding the same named graphs as the embedded store.

    Args:
        url: the SPARQL query endpoint (Virtuoso: ``http://host:8890/sparql``, or
            ``…/sparql-auth`` to read and write with one authenticated URL).
        update_url: where SPARQL UPDATE is posted (default: ``url``).
        graph_store_url: a Graph Store HTTP Protocol endpoint; when given, each article graph
            is written with one ``PUT`` (Virtuoso: ``http://host:8890/sparql-graph-crud-auth``).
        user, password: credentials for the server's HTTP authentication (digest, or basic
            over HTTPS / loopback only).
        timeout: seconds to wait for each HTTP answer.
        page_size: the most rows asked for per page when the server caps results.

    Example:
        >>> Endpoint("http://127.0.0.1:8890/sparql").url
        'http://127.0.0.1:8890/sparql'
    """

    def __init__(self, url: str, *, update_url: str | None = None, graph_store_url: str | None = None,
                 user: str | None = None, password: str | None = None, timeout: float = 60,
                 page_size: int = 10000):
        for name, value in (("endpoint", url), ("update", update_url), ("graph store", graph_store_url)):
            if value is None:
                continue
            parts = urlsplit(value)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise StoreError(f"the {name} URL {value!r} is not an http(s) URL")
            if parts.username or parts.password:
                raise StoreError(f"the {name} URL carries credentials: set {USER_ENV} and {PASSWORD_ENV} "
                                 "or use a credentials file instead")
        if page_size < 1:
            raise StoreError("page_size must be at least 1")
        if (user is None) != (password is None):
            raise StoreError("endpoint credentials need both a user and a password")
        #: The query endpoint; ingest reports it as the target.
        self.url = url
        self.update_url = update_url or url
        self.graph_store_url = graph_store_url
        self.timeout = timeout
        self.page_size = page_size
        self._credentials = (user, password) if user is not None else None
        self._auth = None
        self._session = None

    def __repr__(self) -> str:
        return f"Endpoint({self.url!r})"

    @classmethod
    def from_env(cls, url: str, credentials_file: str | Path | None = None) -> "Endpoint":
        """An endpoint with credentials from a file or the environment, never from argv.

        The file (``user=…`` and ``password=…`` lines, or a JSON object) wins over
        ``DIPLOGRAPH_ENDPOINT_USER`` / ``DIPLOGRAPH_ENDPOINT_PASSWORD``. Either source may also
        give ``update_url`` and ``graph_store_url`` (environment:
        ``DIPLOGRAPH_ENDPOINT_UPDATE_URL`` / ``DIPLOGRAPH_ENDPOINT_GRAPH_STORE_URL``).

        Raises:
            StoreError: the file cannot be read, or gives a user without a password.
        """
        env = {"user": os.environ.get(USER_ENV), "password": os.environ.get(PASSWORD_ENV),
               "update_url": os.environ.get(UPDATE_URL_ENV), "graph_store_url": os.environ.get(GRAPH_STORE_URL_ENV)}
        conf = {k: v for k, v in env.items() if v}
        if credentials_file is not None:
            found = _read_credentials(Path(credentials_file))
            unknown = sorted(set(found) - set(env))
            if unknown:
                raise StoreError(f"{credentials_file}: unknown key {unknown[0]!r} (expected user, password, "
                                 "update_url, graph_store_url)")
            if "user" in found or "password" in found:
                conf.pop("user", None), conf.pop("password", None)
            conf.update({k: v for k, v in found.items() if v})
        return cls(url, update_url=conf.get("update_url"), graph_store_url=conf.get("graph_store_url"),
                   user=conf.get("user"), password=conf.get("password"))

    # -- HTTP ---------------------------------------------------------------------------------

    def _send(self, method: str, url: str, **kwargs):
        """One HTTP request; answers a 401 challenge with the configured credentials."""
        import requests

        if self._session is None:
            self._session = requests.Session()
            if self._credentials:
                self._auth = requests.auth.HTTPDigestAuth(*self._credentials)
        try:
            try:
                resp = self._session.request(method, url, auth=self._auth, timeout=self.timeout, **kwargs)
            except requests.ConnectionError as exc:
                # Virtuoso drops idle keep-alive connections after KeepAliveTimeout (10 s); a request
                # sent on such a connection never reached the server, so it is safe to send again.
                if "RemoteDisconnected" not in repr(exc) and "Connection aborted" not in str(exc):
                    raise
                resp = self._session.request(method, url, auth=self._auth, timeout=self.timeout, **kwargs)
            if resp.status_code == 401 and self._credentials and "basic" in resp.headers.get("WWW-Authenticate", "").lower() \
                    and not isinstance(self._auth, requests.auth.HTTPBasicAuth):
                parts = urlsplit(url)
                if parts.scheme != "https" and parts.hostname not in _LOOPBACK:
                    raise StoreError(f"{url} asks for basic authentication over plain HTTP: use https")
                self._auth = requests.auth.HTTPBasicAuth(*self._credentials)
                resp = self._session.request(method, url, auth=self._auth, timeout=self.timeout, **kwargs)
        except requests.Timeout:
            raise StoreError(f"the SPARQL endpoint {url} did not answer within {self.timeout:g} s") from None
        except requests.RequestException as exc:
            reason = _first_line(str(exc.__context__ or exc)) or type(exc).__name__
            raise StoreError(f"cannot reach the SPARQL endpoint {url}: {reason}") from None
        if resp.status_code in (401, 403):
            how = "the credentials were refused" if self._credentials else \
                f"no credentials were given (set {USER_ENV} and {PASSWORD_ENV})"
            raise StoreError(f"{url} refused the request ({resp.status_code}): {how}")
        return resp

    # -- reading ------------------------------------------------------------------------------

    def _post_query(self, text: str, accept: str):
        resp = self._send("POST", self.url, data={"query": text},
                          headers={"Accept": accept})
        message = _first_line(resp.text) if resp.status_code >= 400 else ""
        if re.search(r"(?i)\bS1T00\b|\bSR171\b|timed out", message) or resp.headers.get("X-SQL-State") == "S1TAT":
            # Virtuoso's MaxQueryExecutionTime: an error, or with "anytime" queries a partial
            # result flagged only in a header; neither may pass for the answer.
            raise StoreError(f"the SPARQL endpoint gave up on the query at its time limit: "
                             f"{message or resp.headers.get('X-SQL-Message', 'partial result')}")
        if resp.status_code >= 400:
            # 4xx, and Virtuoso's 500s for compile errors (SPxxx, SQxxx, SQLSTATE 37000/22023/42xxx),
            # are about the query; any other 5xx is the server's own failure.
            if resp.status_code < 500 or re.search(r"\b(SP\d{3}|SQ\d{3}|37000|22023|42\w{3})\b|(?i:syntax)", message):
                raise QueryError(f"the SPARQL endpoint rejected the query: {message or resp.reason}")
            raise StoreError(f"the SPARQL endpoint failed ({resp.status_code}): {message or resp.reason}")
        return resp

    def _select(self, text: str) -> tuple[list[str], list[dict], int | None]:
        resp = self._post_query(text, "application/sparql-results+json")
        try:
            data = resp.json()
        except ValueError:
            raise StoreError(f"the SPARQL endpoint answered {resp.headers.get('Content-Type', 'no content type')}, "
                             "not SPARQL JSON results") from None
        cap = resp.headers.get("X-SPARQL-MaxRows")
        if "boolean" in data:
            return ["result"], [{"result": bool(data["boolean"])}], None
        columns = list(data.get("head", {}).get("vars", []))
        rows = [{c: _json_value(b.get(c)) for c in columns} for b in data.get("results", {}).get("bindings", [])]
        return columns, rows, int(cap) if cap and cap.isdigit() else None

    def _triples(self, text: str) -> tuple[list[str], list[dict]]:
        import pyoxigraph as ox

        resp = self._post_query(text, "application/n-triples, text/turtle;q=0.9")
        ctype = resp.headers.get("Content-Type", "").split(";")[0].strip()
        fmt = ox.RdfFormat.TURTLE if "turtle" in ctype else ox.RdfFormat.N_TRIPLES
        cap = resp.headers.get("X-SPARQL-MaxRows")
        try:
            triples = list(ox.parse(resp.content, format=fmt))
        except SyntaxError as exc:
            raise StoreError(f"the SPARQL endpoint answered unreadable RDF: {str(exc).splitlines()[0]}") from None
        if cap and cap.isdigit() and len(triples) >= int(cap):
            raise QueryError(f"the server cut the result at {cap} triples (ResultSetMaxRows); "
                             "use a SELECT query, which is fetched page by page")

        rows = [{"subject": t.subject.value, "predicate": t.predicate.value, "object": term_value(t.object)}
                for t in triples]
        return ["subject", "predicate", "object"], rows

    def run_query(self, sparql: str, /, **bindings: str) -> tuple[list[str], list[dict]]:
        """Run a read-only SPARQL query over the union of the article graphs.

        Same contract as :func:`diplograph.graph.store.run_query`. A SELECT result that the
        server cut short (Virtuoso's ``ResultSetMaxRows``) is fetched again page by page.

        Raises:
            QueryError: the text is an update, or the server rejects it.
            StoreError: the server cannot be reached or fails.
        """
        if is_update(sparql):
            raise QueryError("updates are not allowed here: diplograph query is read-only (use ingest)")
        query = Shape(sparql)
        text = bind(sparql, bindings)  # the same text as the embedded store runs
        if query.form in ("CONSTRUCT", "DESCRIBE"):
            return self._triples(text)
        columns, rows, cap = self._select(text)
        if cap is None or len(rows) < cap or query.form == "ASK":
            return columns, rows
        size, rows = min(cap, self.page_size), []
        while True:
            _, page, _ = self._select(_page(text, size, len(rows)))
            rows.extend({c: row.get(c) for c in columns} for row in page)
            if len(page) < size:
                return columns, rows

    # -- writing ------------------------------------------------------------------------------

    def update(self, sparql: str) -> None:
        """Run one SPARQL UPDATE request (merge decisions, maintenance).

        Raises:
            StoreError: the server refused or failed the update.
        """
        resp = self._send("POST", self.update_url, data={"update": sparql.encode("utf-8")},
                          headers={"Accept": "*/*"})
        if resp.status_code >= 400:
            raise StoreError(f"the SPARQL endpoint refused the update ({resp.status_code}): "
                             f"{_first_line(resp.text) or resp.reason}")

    def replace_graphs(self, graphs: dict[str, str]) -> None:
        """Replace each article's named graph with the given N-Triples text.

        Args:
            graphs: article id → N-Triples of that article's graph (IRI from
                :func:`diplograph.graph.ids.graph_iri`).

        Raises:
            StoreError: a write failed. The graphs written before it stay written: a remote
                server is written graph by graph, and re-running the ingest completes it.
        """
        for article_id, text in graphs.items():
            iri = str(graph_iri(article_id))
            if self.graph_store_url:
                self._put_graph(iri, text)
            else:
                self._insert_graph(iri, text)

    def _put_graph(self, iri: str, text: str) -> None:
        resp = self._send("PUT", self.graph_store_url, params={"graph": iri}, data=text.encode("utf-8"),
                          headers={"Content-Type": "application/n-triples; charset=utf-8"})
        if resp.status_code >= 400:
            raise StoreError(f"the graph store refused {iri} ({resp.status_code}): {_first_line(resp.text) or resp.reason}")

    def _insert_graph(self, iri: str, text: str) -> None:
        lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
        chunks = [lines[i:i + _CHUNK] for i in range(0, len(lines), _CHUNK)] or [[]]
        for n, chunk in enumerate(chunks):
            data = "\n".join(chunk)
            head = f"DROP SILENT GRAPH <{iri}> ;\n" if n == 0 else ""
            self.update(f"{head}INSERT DATA {{ GRAPH <{iri}> {{\n{data}\n}} }}")
