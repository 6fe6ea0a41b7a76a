"""diplograph.graph: facts → RDF, the persistent store, queries, NetworkX, the HTML page, the CLI.

Modules are plain functions; import what you need (``from diplograph.graph.store import open_store``).
Nothing heavy is imported here so that ``diplograph ask`` starts fast.
"""
__all__ = ["ask", "cli", "export", "ids", "ingest", "network", "rdf", "render", "store", "validate"]
