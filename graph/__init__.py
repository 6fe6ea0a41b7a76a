"""diplograph.graph: facts → RDF, the persistent store, queries, NetworkX, the HTML page, the CLI.

Modules are plain functions; import what you need (``from diplograph.graph.store import open_store``).
Nothing heavy is imported here so that ``diplograph ask`` starts fast.

Families, one folder each: ``store/`` (the store folder and remote endpoints), ``resolve/`` (one
IRI per person, meeting, place across articles), ``render/`` (NetworkX, the HTML page, pyvis),
``serve/`` (the HTTP endpoint and pages, its query workers), ``demo/`` (the bundled article).
Single modules: ``ingest`` (articles → store), ``rdf`` (facts → RDF), ``ids``, ``statements``
(statements linked across articles), ``ask`` (named questions), ``sparqltext`` (the one SPARQL
scanner), ``export``, ``validate``, ``evaluate``, ``errors``, ``cli``.
"""
__all__ = ["ask", "cli", "demo", "errors", "evaluate", "export", "ids", "ingest", "rdf", "render", "resolve", "serve",
           "sparqltext", "statements", "store", "validate"]
