"""Where the graph lives: a store folder (Oxigraph on disk) or a remote SPARQL 1.1 server.

Modules: :mod:`.folder` (the embedded store in a folder: open, write, query, dump) and
:mod:`.endpoint` (:class:`~diplograph.graph.store.endpoint.Endpoint`, a remote server with the
same contract). The folder's functions are importable from here
(``from diplograph.graph.store import open_store, run_query``).
"""
from diplograph.graph.store.folder import (
    DEFAULT_STORE,
    MARKER,
    article_hashes,
    article_ids,
    dump_nquads,
    flush,
    ingest_graphs,
    is_update,
    open_store,
    run_query,
)

__all__ = ["DEFAULT_STORE", "MARKER", "open_store", "ingest_graphs", "run_query", "article_ids", "article_hashes",
           "dump_nquads", "is_update", "flush"]
