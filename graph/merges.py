"""Listing and undoing the resolver's merges (``diplograph merges``, ``diplograph unmerge``).

A merge lives in the graph of the article it rewrote (diplograph.graph.resolve). Undoing it is a
user decision, ``<mention> dipl:distinctFrom <canonical>`` in the graph ``id/decisions``,
which re-ingests never touch and the resolver obeys; the article graphs that made the same merge
get their own IRI back, in the same transaction as the decision.
"""
from __future__ import annotations

from rdflib import URIRef

from diplograph.graph.errors import QueryError, StoreError
from diplograph.graph.ids import BASE
from diplograph.graph.resolve import DECISIONS_GRAPH, MERGE_KINDS
from diplograph.graph.sparqltext import load_query, with_prologue, with_values
from diplograph.graph.store import run_query
from diplograph.ontology import read_query

__all__ = ["MERGE_COLUMNS", "list_merges", "unmerge"]

MERGE_COLUMNS = ("merge", "kind", "mention_name", "canonical_name", "score", "reason", "article", "mention",
                 "canonical")

def list_merges(store, *, kind: str | None = None) -> list[dict]:
    """Every merge of the store: ``merge`` (its id), kind, names, score, reason, article, IRIs.

    Args:
        store: an open store.
        kind: only merges of this kind (person, meeting, series, place, organization).

    Raises:
        QueryError: an unknown kind.
    """
    if kind is not None and kind not in MERGE_KINDS:
        raise QueryError(f"unknown merge kind {kind!r}: choose one of {', '.join(MERGE_KINDS)}")
    _, rows = run_query(store, load_query("merges"))
    out = []
    for r in rows:
        if kind and r["kind"] != kind:
            continue
        row = {c: r.get(c) for c in MERGE_COLUMNS}
        row["merge"] = r["merge"].rsplit("/", 1)[-1]
        out.append(row)
    return out


def _merge_iri(merge_id: str) -> str:
    merge_id = merge_id.strip()
    return merge_id if merge_id.startswith(("http://", "https://")) else f"{BASE}merge/{merge_id}"


def unmerge(store, merge_id: str) -> dict:
    """Undo a merge: record the decision and give the articles that made it their own IRI back.

    Every article graph holding a merge of the same mention into the same canonical is
    rewritten (the decision is about the pair, so it must hold everywhere); a date completed by
    the merge goes back to the partial date the article wrote.

    Args:
        store: an open, writable store.
        merge_id: the id ``diplograph merges`` prints (or the merge's full IRI).

    Returns:
        ``{"mention": IRI, "canonical": IRI, "articles": number of article graphs rewritten}``.

    Raises:
        QueryError: no merge has that id.
        StoreError: the store cannot be written.
    """
    iri = _merge_iri(merge_id)
    _, rows = run_query(store, load_query("merges/find_records"))
    target = next((r for r in rows if r["merge"] == iri), None)
    if target is None:
        raise QueryError(f"no merge {merge_id!r} in the store: 'diplograph merges' lists them")
    mention, canonical = URIRef(target["mention"]), URIRef(target["canonical"])
    same = [r for r in rows if r["mention"] == str(mention) and r["canonical"] == str(canonical)]
    pairs = [{"g": URIRef(r["g"]), "mention": mention, "canonical": canonical} for r in same]
    steps = [
        with_values(read_query("merges/drop_record"), [{"g": URIRef(r["g"]), "merge": URIRef(r["merge"])} for r in same]),
        with_values(read_query("merges/restore_subjects"), pairs),
        with_values(read_query("merges/restore_objects"), pairs),
    ]
    dated = [{"g": URIRef(r["g"]), "mention": mention, "replaced": str(r["replaced"])} for r in same if r.get("replaced")]
    if dated:
        steps.append(with_values(read_query("merges/restore_date"), dated))
    steps.append(with_values(read_query("merges/record_decision"),
                             [{"decisions": DECISIONS_GRAPH, "mention": mention, "canonical": canonical}]))
    # One request, so one transaction: the decision and the restored graphs land together. One
    # prologue at its head: Oxigraph refuses a PREFIX after ";" (SPARQL 1.1 allows it).
    update = with_prologue(" ;\n".join(steps))
    try:
        store.update(update)
    except (SyntaxError, OSError) as exc:  # Oxigraph rolled the whole update back
        raise StoreError(f"could not write to the store: {exc}") from exc
    return {"mention": str(mention), "canonical": str(canonical), "articles": len(same)}
