"""The persistent embedded store: an Oxigraph database in a folder.

rdflib builds and serialises graphs; Oxigraph keeps and queries them (at a million triples it
loads ~15× and answers joins ~30× faster than rdflib's in-memory engine). Each article lives in
its own named graph; writing is one SPARQL UPDATE, which Oxigraph applies in one transaction, so
an ingest either replaces all its articles' graphs or leaves the store exactly as it was.
"""
from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox

from diplograph.graph.errors import QueryError, StoreError
from diplograph.graph.ids import graph_iri
# is_update is the scanner's (graph/sparqltext.py), offered here too because the store is where
# callers check that a text only reads.
from diplograph.graph.sparqltext import bind, is_update, load_query, term_value

__all__ = ["DEFAULT_STORE", "MARKER", "open_store", "ingest_graphs", "run_query", "article_ids", "article_hashes",
           "dump_nquads", "is_update", "flush"]

DEFAULT_STORE = "diplograph-store"
MARKER = "diplograph-store.json"
#: 2: meetings carry dipl:contactPair (what the contacts question counts). A store of an older
#: format is brought up to date the first time it is opened (see :func:`_upgrade`).
FORMAT_VERSION = 2


def _check_folder(path: Path, create: bool) -> None:
    try:
        if path.exists() and not path.is_dir():
            raise StoreError(f"{path} is a file, not a diplograph store folder")
        empty = not path.exists() or not any(path.iterdir())
    except OSError as exc:  # permission denied, broken mount...
        raise StoreError(f"cannot read the store folder {path}: {exc.strerror or exc}") from None
    if not empty and not (path / MARKER).exists():
        raise StoreError(f"{path} is not a diplograph store (no {MARKER}); choose another --store folder")
    if empty and not create:
        raise StoreError(f"no diplograph store at {path}: run 'diplograph ingest' first or pass --store")


def open_store(path: str | Path = DEFAULT_STORE, *, create: bool = False, read_only: bool = False,
               wait: float = 0.0) -> ox.Store:
    """Open (or create) the store in ``path``.

    A store has one writer at a time (RocksDB locks the folder); readers never wait. A writer
    that finds the store locked tries again for ``wait`` seconds.

    Raises:
        StoreError: the folder is not a store, is missing (and ``create`` is False), cannot be
            opened, or another process is still writing it after ``wait`` seconds.
    """
    import time

    deadline = time.monotonic() + wait
    while True:
        try:
            _upgrade(Path(path), read_only)
            return _open(Path(path), create, read_only)
        except StoreError as exc:
            if not str(exc).startswith(LOCKED) or time.monotonic() >= deadline:
                raise
            time.sleep(0.2)


LOCKED = "another diplograph process is writing"


def _open(path: Path, create: bool, read_only: bool) -> ox.Store:
    _check_folder(path, create)
    try:
        if create and not (path / MARKER).exists():
            path.mkdir(parents=True, exist_ok=True)
            # The marker first: a folder holding Oxigraph files but no marker would be
            # refused as "not a store" forever after a crash here.
            (path / MARKER).write_text(json.dumps({"format": FORMAT_VERSION, "engine": "oxigraph"}) + "\n")
            return ox.Store(str(path))
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as exc:
        if "LOCK" in str(exc):
            raise StoreError(f"{LOCKED} the store at {path}; wait for it to finish, or pass --wait SECONDS") from None
        raise StoreError(f"cannot open the store at {path}: {str(exc).splitlines()[0]}") from None


def _upgrade(path: Path, read_only: bool) -> None:
    """Bring a store written by an older diplograph to :data:`FORMAT_VERSION`, in one transaction:
    format 1 lacks the contact pairs of its meetings. A reader that finds a writer at work leaves
    the store as it is (the writer upgrades it)."""
    try:
        marker = json.loads((path / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return  # no store yet, or not ours: _open says so
    if marker.get("format", 1) >= FORMAT_VERSION:
        return
    try:
        store = _open(path, False, False)
    except StoreError:
        if read_only:
            return
        raise
    from diplograph.ontology import read_query

    store.update(read_query("resolve/contact_pairs"))
    store.flush()
    del store
    (path / MARKER).write_text(json.dumps({**marker, "format": FORMAT_VERSION}) + "\n")


def _nt(graph) -> str:
    return graph.serialize(format="nt")


def ingest_graphs(store, graphs: dict[str, object], updates: list[str] | tuple[str, ...] = ()) -> None:
    """Replace the named graph of each article with the given graph, atomically.

    Args:
        store: an open store, or a remote :class:`~diplograph.graph.store.endpoint.Endpoint`.
        graphs: article id → rdflib Graph (or N-Triples text) of that article's triples.
        updates: SPARQL UPDATE operations applied in the same transaction (the resolver's
            changes to earlier articles' graphs).

    Raises:
        StoreError: the write failed; nothing of it was applied (Oxigraph rolls the whole
            update back; a remote server is written graph by graph).
    """
    if not graphs and not updates:
        return
    texts = {article_id: graph if isinstance(graph, str) else _nt(graph) for article_id, graph in graphs.items()}
    if not isinstance(store, ox.Store):
        store.replace_graphs(texts)
        for update in updates:
            store.update(update)
        return
    try:
        if not updates and not any(store.contains_named_graph(ox.NamedNode(str(graph_iri(a)))) for a in texts):
            # Only new articles: one N-Quads load, also a single transaction, and about twice
            # as fast as parsing the same triples as a SPARQL UPDATE.
            store.load(_nquads(texts), format=ox.RdfFormat.N_QUADS)
            return
    except (SyntaxError, OSError) as exc:  # rolled back by Oxigraph
        raise StoreError(f"could not write to the store: {str(exc).splitlines()[0]}") from None
    parts = []
    for article_id, text in texts.items():
        g = graph_iri(article_id)
        parts.append(f"DROP SILENT GRAPH <{g}> ;\nINSERT DATA {{ GRAPH <{g}> {{\n{text}\n}} }}")
    parts.extend(u.strip().rstrip(";") for u in updates if u.strip())
    try:
        store.update(" ;\n".join(parts))
    except (SyntaxError, OSError) as exc:  # the whole update was rolled back by Oxigraph
        raise StoreError(f"could not write to the store: {str(exc).splitlines()[0]}") from None


def _nquads(texts: dict[str, str]) -> str:
    """N-Triples of each article, as quads in its named graph."""
    lines = []
    for article_id, text in texts.items():
        g = f" <{graph_iri(article_id)}> ."
        lines.extend(line[:-2] + g for line in text.splitlines() if line.endswith(" ."))
    return "\n".join(lines) + "\n"


def flush(store) -> None:
    """Write the store's in-memory buffers to disk (a no-op for a remote endpoint)."""
    if isinstance(store, ox.Store):
        try:
            store.flush()
        except OSError as exc:
            raise StoreError(f"could not write to the store: {str(exc).splitlines()[0]}") from None


def article_hashes(store) -> dict[str, str]:
    """Article id → SHA-256 of its text, for every article in the store (resumable ingest)."""
    _, rows = run_query(store, load_query("store/article_hashes"))
    return {r["id"]: r["sha"] or "" for r in rows}


def run_query(store: ox.Store, sparql: str, /, **bindings: str) -> tuple[list[str], list[dict]]:
    """Run a read-only SPARQL SELECT/ASK/CONSTRUCT over the union of all article graphs.

    Args:
        store: an open store.
        sparql: the query text.
        **bindings: column → value: only the rows whose column is that value, as text (see
            :func:`diplograph.graph.sparqltext.bind`); values are written as escaped SPARQL
            literals, never pasted into the text.

    Returns:
        ``(columns, rows)``; rows are dicts of plain Python values.

    Raises:
        QueryError: the text is an update, or not valid SPARQL, or a binding the query cannot take.
    """
    if not isinstance(store, ox.Store):  # a remote endpoint has the same contract
        return store.run_query(sparql, **bindings)
    if is_update(sparql):
        raise QueryError("updates are not allowed here: diplograph query is read-only (use ingest)")
    # The bindings are written into the text rather than given as pyoxigraph substitutions: a
    # substitution pre-binds the variable, so a row whose OPTIONAL did not match, or whose BIND
    # failed, kept the bound value and was answered as if it had it.
    sparql = bind(sparql, bindings)
    try:
        result = store.query(sparql, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(f"invalid SPARQL: {str(exc).splitlines()[0]}") from None
    except (OSError, RuntimeError) as exc:
        raise QueryError(f"query failed: {str(exc).splitlines()[0]}") from None
    if isinstance(result, bool):
        return ["result"], [{"result": result}]
    if isinstance(result, ox.QuerySolutions):
        columns = [v.value for v in result.variables]
        rows = [{c: term_value(sol[c]) for c in columns} for sol in result]
        return columns, rows
    # CONSTRUCT / DESCRIBE: triples as rows
    rows = [{"subject": t.subject.value, "predicate": t.predicate.value, "object": term_value(t.object)} for t in result]
    return ["subject", "predicate", "object"], rows


def article_ids(store: ox.Store) -> list[str]:
    _, rows = run_query(store, load_query("store/article_ids"))
    return [r["id"] for r in rows]


def dump_nquads(store: ox.Store) -> str:
    """Every quad of the store as sorted N-Quads (for comparisons in tests and exports)."""
    lines = sorted(str(q) + " ." for q in store)
    return "\n".join(lines) + ("\n" if lines else "")
