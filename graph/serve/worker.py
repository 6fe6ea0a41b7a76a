"""Queries in killable processes: the engine room of ``diplograph serve``.

A pyoxigraph query holds the GIL-free Rust evaluator until it ends and cannot be interrupted from
Python, so a per-query timeout needs the query to run where it can be killed. Each worker is a
spawned process with its own read-only view of the store; the server hands it one job at a time
and, when the answer does not come back in time, kills it (SIGKILL: a read-only view holds no lock
and writes nothing) and starts a fresh one.

Read-only views are snapshots: a worker re-opens its view when the files of the store folder
changed (a later ``diplograph ingest``), so the server always answers from the live store.

Jobs return plain, picklable data: ``(body bytes, media type)`` for SPARQL, rows for the named
questions, the HTML text of the graph page.

    QueryError (diplograph.graph.errors)
     ├── QueryTimeout     the job ran longer than the timeout; its worker was killed
     ├── ResultTooLarge   more rows (or triples) than the row cap
     ├── NotAcceptable    no serialisation matches the Accept header or ``format`` parameter
     └── ServerBusy       every worker stayed busy for a whole timeout
    GraphError
     └── WorkerFailed     a worker process died or did not start
"""
from __future__ import annotations

import multiprocessing
import os
import queue
import re
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path

from diplograph.graph.errors import (GraphError, NotAcceptable, QueryError, QueryTimeout, ResultTooLarge, ServerBusy,  # noqa: F401
                                     StoreError, WorkerFailed)
from diplograph.graph.sparqltext import mask

__all__ = ["QueryPool", "QueryTimeout", "ResultTooLarge", "NotAcceptable", "ServerBusy", "WorkerFailed",
           "accept_ranges", "choose_format", "run_sparql", "uses_service"]

#: A fresh worker imports pyoxigraph and rdflib before it can take a job; that is not query time.
STARTUP_TIMEOUT = 60.0


# --- content negotiation (pure; used inside the workers, which learn the query form) ---------

#: Short names accepted in the ``format``/``output`` parameters (SPARQLWrapper sends them too).
SHORT_FORMATS = {
    "json": ("application/sparql-results+json", "application/ld+json"),
    "xml": ("application/sparql-results+xml", "application/rdf+xml"),
    "csv": ("text/csv", None),
    "tsv": ("text/tab-separated-values", None),
    "turtle": (None, "text/turtle"),
    "ttl": (None, "text/turtle"),
    "n3": (None, "text/n3"),
    "nt": (None, "application/n-triples"),
    "ntriples": (None, "application/n-triples"),
    "rdf": (None, "application/rdf+xml"),
    "rdfxml": (None, "application/rdf+xml"),
    "rdf+xml": (None, "application/rdf+xml"),
    "jsonld": (None, "application/ld+json"),
    "json-ld": (None, "application/ld+json"),
    "nquads": (None, "application/n-quads"),
    "trig": (None, "application/trig"),
}


def accept_ranges(accept: str) -> list[str]:
    """Media ranges of an Accept header, best first (q=0 dropped, ties keep the client's order)."""
    ranges = []
    for i, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if q > 0:
            ranges.append((-q, i, fields[0].lower()))
    return [r for _, _, r in sorted(ranges)]


def choose_format(kind: str, accept: str | None, fmt: str | None = None):
    """Pick the serialisation of a result from the ``format`` parameter or the Accept header.

    Args:
        kind: ``"results"`` (SELECT, ASK) or ``"graph"`` (CONSTRUCT, DESCRIBE).
        accept: the Accept header (missing or ``*/*`` gives SPARQL JSON, or Turtle for graphs).
        fmt: an explicit ``format`` parameter: a short name (json, xml, csv, tsv, turtle…) or a media type.

    Returns:
        A ``pyoxigraph.QueryResultsFormat`` or ``pyoxigraph.RdfFormat``.

    Raises:
        NotAcceptable: nothing the client accepts can carry this kind of result.

    Example:
        >>> choose_format("results", "text/csv;q=0.5, application/sparql-results+xml").name
        'SPARQL Results in XML'
    """
    import pyoxigraph as ox

    parse = ox.QueryResultsFormat.from_media_type if kind == "results" else ox.RdfFormat.from_media_type
    default = ox.QueryResultsFormat.JSON if kind == "results" else ox.RdfFormat.TURTLE
    if fmt:
        media = fmt if "/" in fmt else SHORT_FORMATS.get(fmt.lower(), (None, None))[kind != "results"]
        found = parse(media) if media else None
        if found is None:
            raise NotAcceptable(f"format {fmt!r} cannot carry {_kind_text(kind)}")
        return found
    ranges = accept_ranges(accept or "*/*")
    for media in ranges:
        if media in ("*/*", "application/*") or (kind == "graph" and media == "text/*"):
            return default
        if media in ("text/plain",) and kind == "graph":
            return ox.RdfFormat.N_TRIPLES
        found = parse(media)
        if found is not None:
            return found
    raise NotAcceptable(f"cannot answer {_kind_text(kind)} as {accept}: accept {', '.join(_media_types(kind))}")


def _kind_text(kind: str) -> str:
    return "SELECT/ASK results" if kind == "results" else "CONSTRUCT/DESCRIBE triples"


def _media_types(kind: str) -> list[str]:
    import pyoxigraph as ox

    formats = (ox.QueryResultsFormat.JSON, ox.QueryResultsFormat.XML, ox.QueryResultsFormat.CSV,
               ox.QueryResultsFormat.TSV) if kind == "results" else (
        ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.RDF_XML, ox.RdfFormat.JSON_LD, ox.RdfFormat.N3)
    return [f.media_type.split(";")[0] for f in formats]


# --- inside a worker process ------------------------------------------------------------------


class _RowCounter:
    """A binary sink for pyoxigraph's TSV writer that stops the serialisation past the row cap.

    TSV escapes newlines inside literals, so one line is one row (plus the header line); raising
    from ``write`` aborts the Rust serialiser, so a huge result is never held in memory.
    """

    def __init__(self, max_rows: int):
        self.max_lines = max_rows + 1
        self.lines = 0
        self.chunks: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.lines += data.count(b"\n")
        if self.lines > self.max_lines:
            raise ResultTooLarge(f"the result has more than {self.max_lines - 1} rows (the server's row cap): "
                                 "add LIMIT/OFFSET to the query")
        self.chunks.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


_SERVICE = re.compile(r"(?<![\w:?$])SERVICE\b(?!:)", re.IGNORECASE)


def uses_service(sparql: str) -> bool:
    """True when the query calls another endpoint (SPARQL 1.1 Federated Query).

    pyoxigraph would fetch that endpoint over HTTP from the server's machine; a server that may
    listen on the network must not make requests on its callers' behalf, so these are refused.

    Example:
        >>> uses_service('SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }')
        True
        >>> uses_service('SELECT * { ?s <http://example.org/SERVICE> "SERVICE <x>" . ?service ?p ex:service }')
        False
    """
    return bool(_SERVICE.search(mask(sparql)))  # strings, IRIs and comments blanked


def _graph_terms(uris: list[str]):
    import pyoxigraph as ox

    return [ox.NamedNode(u) for u in uris]


def run_sparql(store, sparql: str, *, accept: str | None = None, fmt: str | None = None, max_rows: int = 10_000,
               default_graphs: tuple[str, ...] = (), named_graphs: tuple[str, ...] = ()) -> tuple[bytes, str]:
    """Run a read-only query and serialise its result as the client asked.

    Args:
        store: an open (read-only) pyoxigraph store.
        sparql: the query text.
        accept, fmt: see :func:`choose_format`.
        max_rows: the row cap (rows for SELECT, triples for CONSTRUCT/DESCRIBE).
        default_graphs, named_graphs: the protocol's ``default-graph-uri``/``named-graph-uri``; without
            them the default graph is the union of every article graph.

    Returns:
        ``(body, media type)``.

    Raises:
        QueryError: the text is an update or not valid SPARQL; subclasses for the cap and formats.
        OSError: the store could not be read (the worker then retries on a fresh view).
    """
    import pyoxigraph as ox

    from diplograph.graph.store import is_update
    from diplograph.ontology import PREFIXES

    if is_update(sparql):
        raise QueryError("updates are refused: this endpoint is read-only (use diplograph ingest)")
    if uses_service(sparql):
        raise QueryError("SERVICE (federated queries) is not allowed on this endpoint")
    options: dict = {"use_default_graph_as_union": not default_graphs}
    if default_graphs:
        options["default_graph"] = _graph_terms(list(default_graphs))
    if named_graphs:
        options["named_graphs"] = _graph_terms(list(named_graphs))
    try:
        result = store.query(sparql, **options)
    except SyntaxError as exc:
        raise QueryError(f"invalid SPARQL: {str(exc).splitlines()[0]}") from None
    if isinstance(result, ox.QueryBoolean):
        out = choose_format("results", accept, fmt)
        return result.serialize(format=out), out.media_type
    if isinstance(result, ox.QuerySolutions):
        out = choose_format("results", accept, fmt)
        counter = _RowCounter(max_rows)
        result.serialize(counter, format=ox.QueryResultsFormat.TSV)
        tsv = b"".join(counter.chunks)
        if out == ox.QueryResultsFormat.TSV:
            return tsv, out.media_type
        # TSV keeps every term exactly (types, languages, blank nodes), so it round-trips.
        return ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV).serialize(format=out), out.media_type
    out = choose_format("graph", accept, fmt)
    triples = []
    for triple in result:
        if len(triples) >= max_rows:
            raise ResultTooLarge(f"the result has more than {max_rows} triples (the server's row cap): "
                                 "add LIMIT to the query")
        triples.append(triple)
    return ox.serialize(triples, format=out, prefixes=PREFIXES), out.media_type


def _store_signature(path: Path) -> tuple:
    """What changes in the folder when anything is written (RocksDB's info LOG and LOCK excluded)."""
    entries = []
    if not path.is_dir():
        return ()  # open_store will say what is wrong
    for entry in os.scandir(path):
        if entry.name.startswith(("LOG", "LOCK")):
            continue
        st = entry.stat()
        entries.append((entry.name, st.st_size, st.st_mtime_ns))
    return tuple(sorted(entries))


class _LiveView:
    """A read-only view of the store, re-opened when the folder changed since it was opened."""

    def __init__(self, path: Path):
        self.path = path
        self.store = None
        self.signature: tuple = ()

    def get(self, refresh: bool = False):
        from diplograph.graph.store import open_store

        signature = _store_signature(self.path)
        if refresh or self.store is None or signature != self.signature:
            self.store = None  # drop the old snapshot before opening the new one
            self.store = open_store(self.path, read_only=True)
            self.signature = signature
        return self.store


def _run_job(view: _LiveView, kind: str, args: dict, refresh: bool):
    store = view.get(refresh)
    if kind == "sparql":
        return run_sparql(store, **args)
    if kind == "ask":
        from diplograph.graph.ask import ask

        # A binding the question cannot take is a QueryError naming it (a 400).
        return ask(store, args["name"], **args.get("bindings", {}))
    if kind == "page":
        from diplograph.graph.render.network import to_networkx
        from diplograph.graph.render import to_html
        from diplograph.graph.render.spellings import annotate

        g = to_networkx(store)
        annotate(g, store)  # the same page as `render`: canonical names and each article's spelling
        return to_html(g)
    raise QueryError(f"unknown job {kind!r}")


def _worker_main(conn: Connection, path: str) -> None:
    """The loop of a worker process: one job in, one ``(ok, value)`` out, until the pipe closes."""
    import pyoxigraph  # noqa: F401  (imported before "ready", so that it does not count as query time)

    import diplograph.graph.ask  # noqa: F401

    view = _LiveView(Path(path))
    conn.send(("ready", None))
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        kind, args = job
        try:
            try:
                value = _run_job(view, kind, args, refresh=False)
            except (OSError, StoreError):
                # An ingest may have compacted files away under the old snapshot: open a fresh view once.
                time.sleep(0.05)
                try:
                    value = _run_job(view, kind, args, refresh=True)
                except OSError as exc:
                    raise StoreError(f"cannot read the store: {str(exc).splitlines()[0]}") from None
            conn.send((True, value))
        except GraphError as exc:
            conn.send((False, exc))
        except Exception as exc:  # a bug in a job must reach the client as a 500, not kill the worker
            conn.send((False, RuntimeError(f"{type(exc).__name__}: {exc}")))


# --- in the server process --------------------------------------------------------------------


class _Worker:
    def __init__(self, ctx, path: Path):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, str(path)), daemon=True,
                                   name="diplograph-query-worker")
        self.process.start()
        child.close()
        self.ready = False

    def wait_ready(self) -> None:
        if self.ready:
            return
        if not self.conn.poll(STARTUP_TIMEOUT):
            raise WorkerFailed("a query worker did not start")
        self.conn.recv()
        self.ready = True

    def kill(self) -> None:
        self.process.kill()
        self.process.join()
        self.conn.close()


class QueryPool:
    """A fixed number of worker processes; every job runs in one of them, under the timeout.

    Args:
        store: the store folder (each worker opens it read-only).
        size: number of workers, i.e. of jobs that run at the same time.
        timeout: seconds a job may run before its worker is killed and replaced.
        max_rows: the row cap of SPARQL results.
    """

    def __init__(self, store: str | Path, *, size: int = 2, timeout: float = 30.0, max_rows: int = 10_000):
        if timeout <= 0:
            raise QueryError(f"the timeout must be positive, not {timeout}")
        if max_rows <= 0:
            raise QueryError(f"the row cap must be positive, not {max_rows}")
        self.store = Path(store)
        self.timeout = timeout
        self.max_rows = max_rows
        # spawn, not fork: the server is threaded, and a forked child could inherit a held lock.
        self._ctx = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        for _ in range(size):
            self._idle.put(self._spawn())

    def _spawn(self) -> _Worker:
        worker = _Worker(self._ctx, self.store)
        with self._lock:
            self._all.add(worker)
        return worker

    def _retire(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            self._all.discard(worker)
            if self._closed:
                return
        self._idle.put(self._spawn())

    def run(self, kind: str, **args):
        """Run one job (``sparql``, ``ask`` or ``page``) and return its value.

        Raises:
            QueryTimeout: the job did not finish in time (its worker is replaced).
            ServerBusy: no worker became free within the timeout.
            GraphError: whatever the job raised (bad query, row cap, unknown question…).
        """
        if kind == "sparql":
            args.setdefault("max_rows", self.max_rows)
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            raise ServerBusy(f"every query worker stayed busy for {self.timeout:g} s: try again later") from None
        try:
            worker.wait_ready()
            worker.conn.send((kind, args))
            if not worker.conn.poll(self.timeout):
                self._retire(worker)
                worker = None
                raise QueryTimeout(f"the query was stopped after {self.timeout:g} s (the server's timeout)")
            ok, value = worker.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            if worker is not None:
                self._retire(worker)
                worker = None
            raise WorkerFailed("the query worker stopped unexpectedly") from None
        except BaseException:
            if worker is not None:
                self._retire(worker)
                worker = None
            raise
        finally:
            if worker is not None:
                self._idle.put(worker)
        if not ok:
            raise value
        return value

    def close(self) -> None:
        """Kill every worker (they only read, so nothing is lost)."""
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.kill()
