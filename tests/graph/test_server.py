"""`diplograph serve`: a real server on a free loopback port, queried by real clients.

SPARQLWrapper and rdflib's SPARQLStore talk to it over HTTP; the query workers are real processes,
so the timeout test really kills one and checks that the server keeps answering.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import rdflib

from diplograph.graph.rdf import facts_to_rdf
from diplograph.graph.serve import make_server
from diplograph.graph.serve.app import MAX_BODY
from diplograph.graph.store import ingest_graphs, open_store

from .conftest import make_extraction

SCHEMA = "https://schema.org/"
PERSONS = f"PREFIX schema: <{SCHEMA}> SELECT ?name WHERE {{ ?p a schema:Person ; schema:name ?name }} ORDER BY ?name"
ARTICLES = ("PREFIX dipl: <https://w3id.org/dipl/ns#> "
            "SELECT (COUNT(DISTINCT ?id) AS ?n) WHERE { ?a dipl:articleId ?id }")
#: A five-way cross product of every triple with itself: hours of work on any store, even a tiny one.
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o }"
TIMEOUT = 3.0
MAX_ROWS = 40
HOSTILE = 'Nous <script>alert("x")</script> avançons'


def _build_store(path: Path, *extractions) -> Path:
    db = open_store(path, create=True)
    ingest_graphs(db, {ex.article.id: facts_to_rdf(ex) for ex in extractions})
    del db  # the server must read a folder no one holds open, as after `diplograph ingest`
    return path


class Running:
    """A server in a thread of the test process; its workers are real processes."""

    def __init__(self, store: Path, **options):
        self.server = make_server(store, port=0, quiet=True, **options)
        self.url = self.server.url
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def worker_pids(self) -> set[int]:
        return {w.process.pid for w in self.server.pool._all}

    def stop(self) -> None:
        pids = self.worker_pids()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)
        for pid in pids:  # no worker outlives the server
            with pytest.raises(ProcessLookupError):
                os.kill(pid, 0)


@pytest.fixture(scope="module")
def running(tmp_path_factory):
    store = _build_store(tmp_path_factory.mktemp("serve") / "store", make_extraction("a1", quote=HOSTILE))
    srv = Running(store, timeout=TIMEOUT, max_rows=MAX_ROWS)
    yield srv
    srv.stop()


def get(url: str, accept: str | None = None, data: bytes | None = None, headers: dict | None = None,
        method: str | None = None):
    """(status, headers, body) of one request; HTTP errors are answers too."""
    request = urllib.request.Request(url, data=data, headers=dict(headers or {}), method=method)
    if accept:
        request.add_header("Accept", accept)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def sparql_url(srv: Running, query: str, **params: str) -> str:
    return srv.url + "sparql?" + urllib.parse.urlencode({"query": query, **params})


# --- real clients ---------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_sparqlwrapper_reads_every_results_format(running, fmt, method):
    from SPARQLWrapper import CSV, JSON, POST, TSV, XML, SPARQLWrapper

    client = SPARQLWrapper(running.url + "sparql")
    client.setQuery(PERSONS)
    client.setReturnFormat({"json": JSON, "xml": XML, "csv": CSV, "tsv": TSV}[fmt])
    if method == "POST":
        client.setMethod(POST)
    result = client.query()
    assert result.info()["content-type"].split(";")[0] == {
        "json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
        "csv": "text/csv", "tsv": "text/tab-separated-values"}[fmt]
    data = result.convert()
    if fmt == "json":
        names = [b["name"]["value"] for b in data["results"]["bindings"]]
    elif fmt == "xml":
        names = [n.firstChild.data for n in data.getElementsByTagName("literal")]
    elif fmt == "csv":
        names = data.decode().split("\r\n")[1:-1]
    else:
        names = [line.strip('"') for line in data.decode().splitlines()[1:]]
    assert names == ["Anna Berg", "Jon Olafsson"]


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")  # inside SPARQLWrapper
def test_sparqlwrapper_ask_and_construct(running):
    from SPARQLWrapper import JSON, TURTLE, XML, SPARQLWrapper

    client = SPARQLWrapper(running.url + "sparql")
    client.setQuery(f'ASK {{ ?p <{SCHEMA}name> "Anna Berg" }}')
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True
    client.setQuery(f"CONSTRUCT {{ ?p <{SCHEMA}name> ?n }} WHERE {{ ?p a <{SCHEMA}Person> ; <{SCHEMA}name> ?n }}")
    for fmt in (XML, TURTLE):  # RDF/XML and Turtle, parsed by rdflib on the client side
        client.setReturnFormat(fmt)
        result = client.query()
        graph = result.convert() if fmt == XML else rdflib.Graph().parse(data=result.convert(), format="turtle")
        assert sorted(str(o) for o in graph.objects()) == ["Anna Berg", "Jon Olafsson"]


def test_rdflib_sparqlstore_queries_the_endpoint(running):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    for method in ("GET", "POST", "POST_FORM"):
        graph = rdflib.Graph(SPARQLStore(running.url + "sparql", method=method))
        assert [str(r.name) for r in graph.query(PERSONS)] == ["Anna Berg", "Jon Olafsson"]
    # Triple patterns become SPARQL too; the default graph is the union of the article graphs.
    people = set(graph.subjects(rdflib.RDF.type, rdflib.URIRef(SCHEMA + "Person")))
    assert len(people) == 2
    assert graph.query(f'ASK {{ ?p <{SCHEMA}name> "Nobody" }}').askAnswer is False


# --- read-only, timeout, row cap ---------------------------------------------------------------


def test_updates_are_refused_with_403_and_change_nothing(running):
    from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore
    from SPARQLWrapper import POST, SPARQLWrapper

    insert = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }"
    client = SPARQLWrapper(running.url + "sparql")
    client.setMethod(POST)
    client.setQuery(insert)
    with pytest.raises(urllib.error.HTTPError) as caught:
        client.query()
    assert caught.value.code == 403
    store = SPARQLUpdateStore(running.url + "sparql", running.url + "sparql")
    with pytest.raises(urllib.error.HTTPError) as caught:
        store.update(insert)
    assert caught.value.code == 403
    status, _, body = get(sparql_url(running, insert))  # an update smuggled in as a query
    assert status == 403 and b"read-only" in body
    status, _, body = get(sparql_url(running, "ASK { <urn:x:a> ?p ?o }", format="json"))
    assert status == 200 and json.loads(body)["boolean"] is False


def test_a_query_over_the_timeout_is_stopped_and_the_server_keeps_answering(running):
    before = running.worker_pids()
    started = time.perf_counter()
    status, headers, body = get(sparql_url(running, SLOW))
    elapsed = time.perf_counter() - started
    assert status == 503
    assert body.decode().startswith(f"the query was stopped after {TIMEOUT:g} s")
    assert TIMEOUT <= elapsed < TIMEOUT + 5
    # The killed worker is gone and a fresh one took its place.
    after = running.worker_pids()
    killed = before - after
    assert len(killed) == 1 and len(after) == len(before)
    with pytest.raises(ProcessLookupError):
        os.kill(killed.pop(), 0)
    # Answers come back right away, from the survivor and from the replacement.
    for _ in range(4):
        started = time.perf_counter()
        status, _, body = get(sparql_url(running, PERSONS, format="json"))
        assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 2
    assert time.perf_counter() - started < TIMEOUT


def test_the_row_cap_is_a_clear_error_and_limit_works_around_it(running):
    everything = "SELECT * WHERE { ?s ?p ?o }"
    status, _, body = get(sparql_url(running, everything))
    assert status == 400
    assert body.decode().startswith(f"the result has more than {MAX_ROWS} rows")
    status, _, body = get(sparql_url(running, everything + f" LIMIT {MAX_ROWS}"))
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == MAX_ROWS
    status, _, body = get(sparql_url(running, "CONSTRUCT WHERE { ?s ?p ?o }"))
    assert status == 400 and b"triples" in body


@pytest.mark.parametrize("query, accept, status, needle", [
    ("SELEC nothing", None, 400, b"invalid SPARQL"),
    # The server would fetch another endpoint on the caller's behalf.
    ("SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", None, 400, b"SERVICE"),
    (PERSONS, "image/png", 406, b"accept application/sparql-results+json"),
    ("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1", "text/csv", 406, b"CONSTRUCT/DESCRIBE"),
])
def test_bad_requests_get_one_line_errors(running, query, accept, status, needle):
    got, headers, body = get(sparql_url(running, query), accept=accept)
    assert got == status and needle in body
    assert headers["Content-Type"].startswith("text/plain") and body.count(b"\n") == 1


def test_protocol_details(running):
    # No query, no answer: a POST needs a query in one of the protocol's two shapes.
    status, _, body = get(running.url + "sparql", data=b"<x/>", headers={"Content-Type": "application/xml"})
    assert status == 415
    # application/sparql-query, with a format given in the URL.
    status, headers, body = get(running.url + "sparql?format=tsv", data=PERSONS.encode(),
                                headers={"Content-Type": "application/sparql-query"})
    assert status == 200 and body.decode().splitlines() == ["?name", '"Anna Berg"', '"Jon Olafsson"']
    # default-graph-uri narrows the default graph to one article's graph (here: one that does not exist).
    status, _, body = get(sparql_url(running, PERSONS, **{"default-graph-uri": "urn:x:none"}), accept="text/csv")
    assert status == 200 and body.decode().split() == ["name"]
    # Terms survive the trip exactly: language tags and datatypes.
    status, _, body = get(sparql_url(running, 'SELECT ?x ?y WHERE { BIND("oui"@fr AS ?x) BIND(2 AS ?y) }'))
    binding = json.loads(body)["results"]["bindings"][0]
    assert binding["x"] == {"type": "literal", "value": "oui", "xml:lang": "fr"}
    assert binding["y"]["datatype"].endswith("#integer")


def _raw(srv: Running, request: bytes) -> bytes:
    """One request written by hand on a socket, for what urllib cannot send; the whole answer."""
    import socket

    host, port = urllib.parse.urlsplit(srv.url).hostname, urllib.parse.urlsplit(srv.url).port
    with socket.create_connection((host, port), timeout=30) as sock:
        sock.sendall(request)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_http_details(running):
    import http.client

    # HEAD: the headers of GET, no body.
    status, headers, body = get(running.url, method="HEAD")
    assert status == 200 and body == b"" and int(headers["Content-Length"]) > 1000
    # A trailing slash names the same route (no redirect, which would lose a POST's body).
    status, _, body = get(running.url + "sparql/?format=csv", data=PERSONS.encode(),
                          headers={"Content-Type": "application/sparql-query"})
    assert status == 200 and body.decode().splitlines() == ["name", "Anna Berg", "Jon Olafsson"]
    # A chunked POST is read, and counted against the size limit as it comes.
    parts = urllib.parse.urlsplit(running.url)
    for body_parts, expected in (([b"ASK { ?s ?p ", b"?o }"], 200), ([b"#" * MAX_BODY, b"#" * 10], 413)):
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        conn.request("POST", "/sparql", body=iter(body_parts), encode_chunked=True,
                     headers={"Content-Type": "application/sparql-query", "Transfer-Encoding": "chunked"})
        answer = conn.getresponse()
        assert answer.status == expected, answer.read()
        conn.close()
    # Neither a length nor chunks: 411, and the connection is closed.
    answer = _raw(running, b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 411 ") and answer.endswith(b"a POST needs a Content-Length\n")
    # A length over the limit is refused before the body is read.
    answer = _raw(running, b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                           b"Content-Length: %d\r\n\r\n" % (MAX_BODY + 1))
    assert answer.startswith(b"HTTP/1.1 413 ") and answer.endswith(b"the request body is over 1000000 bytes\n")
    # Methods the server does not take.
    status, headers, body = get(running.url + "sparql", method="PUT", data=b"x")
    assert status == 405 and "POST" in headers["Allow"] and body.count(b"\n") == 1


def test_cors_lets_a_browser_client_like_yasgui_call_it(running):
    status, headers, _ = get(running.url + "sparql", method="OPTIONS", headers={
        "Origin": "https://yasgui.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert status == 204
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in headers["Access-Control-Allow-Methods"]
    assert "content-type" in headers["Access-Control-Allow-Headers"].lower()
    status, headers, _ = get(sparql_url(running, PERSONS), headers={"Origin": "https://yasgui.example"})
    assert status == 200 and headers["Access-Control-Allow-Origin"] == "*"


# --- pages -------------------------------------------------------------------------------------


def test_landing_page_links_everything(running):
    status, headers, body = get(running.url)
    page = body.decode()
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    for href in ("/graph", "/sparql", "/ask/officials", "/ask/meetings", "/ask/positions", "/ask/states",
                 "/ask/officials.json"):
        assert f'href="{href}"' in page
    status, _, body = get(running.url + "sparql")  # the endpoint without a query: a form
    assert status == 200 and b"<textarea" in body


def test_named_questions_as_json_and_as_pages(running, tmp_path):
    from diplograph.graph.ask import ask

    expected = ask(open_store(running.server.store, read_only=True), "officials")
    status, _, body = get(running.url + "ask/officials.json")
    assert status == 200 and json.loads(body) == expected
    assert get(running.url + "ask/officials", accept="application/json")[2] == body
    status, headers, body = get(running.url + "ask/officials", accept="text/html")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b"<td>Anna Berg</td>" in body and b"<td>Jon Olafsson</td>" in body
    status, _, body = get(running.url + "ask/nothing")
    assert status == 404 and b"choose one of" in body


def test_named_questions_take_bindings_from_the_url(running):
    everything = json.loads(get(running.url + "ask/provenance.json")[2])
    fact = next(r["fact"] for r in everything if r["type"] == SCHEMA + "Person")
    one = json.loads(get(running.url + "ask/provenance.json?" + urllib.parse.urlencode({"fact": fact}))[2])
    assert one and len(one) < len(everything) and {r["fact"] for r in one} == {fact}
    status, _, body = get(running.url + "ask/officials.json?nothing=1")
    assert status == 400 and body.startswith(b"cannot bind nothing in officials")


def test_article_text_is_escaped_in_pages(running):
    status, _, body = get(running.url + "ask/positions")
    page = body.decode()
    assert status == 200
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "<script>alert" not in page
    status, _, body = get(running.url + "ask/positions.json")
    assert json.loads(body)[0]["text"] == HOSTILE  # JSON keeps the text as it is


def test_graph_page_is_built_from_the_store(running):
    status, headers, body = get(running.url + "graph")
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert b"Anna Berg" in body and b"<script>alert" not in body


def test_unknown_paths_are_404(running):
    assert get(running.url + "nowhere")[0] == 404
    assert get(running.url + "graph", data=b"x", headers={"Content-Type": FORM_TYPE})[0] == 404


FORM_TYPE = "application/x-www-form-urlencoded"


# --- the live store -----------------------------------------------------------------------------


def test_a_later_ingest_into_the_same_folder_is_visible(tmp_path):
    store = _build_store(tmp_path / "store", make_extraction("a1"))
    srv = Running(store, timeout=30, workers=2)
    try:
        def articles() -> int:
            status, _, body = get(sparql_url(srv, ARTICLES))
            assert status == 200
            return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])

        assert [articles() for _ in range(3)] == [1, 1, 1]  # every worker now holds a snapshot
        db = open_store(store)  # what `diplograph ingest` does, in the test process
        ingest_graphs(db, {"a2": facts_to_rdf(make_extraction("a2"))})
        del db
        assert [articles() for _ in range(3)] == [2, 2, 2]
        assert len(json.loads(get(srv.url + "ask/positions.json")[2])) == 2
    finally:
        srv.stop()


@pytest.mark.slow
def test_the_ingest_command_while_serving_shows_up(tmp_path):
    from importlib.resources import files

    from diplograph.graph.ask import ask

    store = _build_store(tmp_path / "store", make_extraction("a1"))
    srv = Running(store, timeout=30)
    try:
        before = json.loads(get(srv.url + "ask/officials.json")[2])
        demo = files("diplograph.graph") / "demo" / "demo.fr.txt"
        done = subprocess.run([sys.executable, "-m", "diplograph.graph", "ingest", str(demo), "--store", str(store)],
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        after = json.loads(get(srv.url + "ask/officials.json")[2])
        assert len(after) > len(before)
        assert after == ask(open_store(store, read_only=True), "officials")
    finally:
        srv.stop()


# --- the command --------------------------------------------------------------------------------


def _serve(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "diplograph.graph", "serve", "--quiet", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_serve_command_binds_loopback_and_answers(tmp_path):
    store = _build_store(tmp_path / "store", make_extraction("a1"))
    proc = _serve("--store", str(store), "--port", "0", "--timeout", "5", "--max-rows", "3")
    try:
        line = proc.stdout.readline()
        assert line.startswith("serving http://127.0.0.1:"), line + proc.stderr.read()
        url = line.split()[1]
        status, _, body = get(url + "sparql?" + urllib.parse.urlencode({"query": PERSONS}), accept="text/csv")
        assert status == 200 and body.decode().splitlines() == ["name", "Anna Berg", "Jon Olafsson"]
        status, _, body = get(url + "sparql?" + urllib.parse.urlencode({"query": "SELECT * { ?s ?p ?o }"}))
        assert status == 400 and b"more than 3 rows" in body
        # The port is taken now: a second server says so in one line.
        port = url.rstrip("/").rsplit(":", 1)[1]
        second = subprocess.run([sys.executable, "-m", "diplograph.graph", "serve", "--store", str(store),
                                 "--port", port], capture_output=True, text=True, timeout=60)
        assert second.returncode == 1
        assert second.stderr.startswith(f"error: cannot listen on 127.0.0.1:{port}")
    finally:
        proc.send_signal(signal.SIGINT)  # Ctrl-C: the server stops its workers and exits cleanly
        assert proc.wait(10) == 0


def test_serve_command_without_a_store_is_one_line_error(tmp_path):
    done = subprocess.run([sys.executable, "-m", "diplograph.graph", "serve", "--store", str(tmp_path / "none")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr.startswith("error: no diplograph store at") and done.stderr.count("\n") == 1


def test_serve_command_stops_its_workers_on_sigterm(tmp_path):
    store = _build_store(tmp_path / "store", make_extraction("a1"))
    proc = _serve("--store", str(store), "--port", "0")
    line = proc.stdout.readline()
    assert line.startswith("serving http://127.0.0.1:"), line + proc.stderr.read()
    url = line.split()[1]
    assert get(url + "ask/officials.json")[0] == 200  # a worker has answered
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(10) == -signal.SIGTERM
    # The workers were killed on the way out, not left to find their pipe closed (a traceback each);
    # reading stderr to its end waits for every process that holds it.
    assert proc.stderr.read() == ""
