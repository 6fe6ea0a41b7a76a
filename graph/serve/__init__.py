"""``diplograph serve``: a SPARQL 1.1 Protocol endpoint and the browsing pages, from one process.

Routes:

- ``/``: a landing page linking everything below.
- ``/sparql``: the endpoint (GET ``?query=``, POST form or ``application/sparql-query``), answering
  SPARQL JSON, XML, CSV or TSV (SELECT, ASK) and Turtle, N-Triples, RDF/XML, JSON-LD (CONSTRUCT,
  DESCRIBE) by content negotiation or a ``format`` parameter; without a query, a small form.
  Updates are refused with 403: the store is written by ``diplograph ingest`` only.
- ``/graph``: the interactive page of :func:`diplograph.graph.render.to_html`, built from the live store.
- ``/ask/<name>`` and ``/ask/<name>.json``: a named question as a table or as JSON.

Every job runs in a worker process (:mod:`diplograph.graph.serve.worker`) under a per-query timeout and
row cap, so a runaway query is killed without stopping the server.

Modules: :mod:`.server` (the socket, the workers and uvicorn), :mod:`.app` (the Starlette
routes), :mod:`.pages` (the HTML pages).
"""
from diplograph.graph.serve.app import make_app
from diplograph.graph.serve.server import DiplographServer, ServerError, make_server

__all__ = ["ServerError", "DiplographServer", "make_server", "make_app"]
