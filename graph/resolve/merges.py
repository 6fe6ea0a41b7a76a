"""Listing and undoing the resolver's judgements (``diplograph merges``, ``diplograph unmerge``).

A merge lives in the graph of the article it rewrote (diplograph.graph.resolve). Undoing it is a
user decision, ``<mention> dipl:distinctFrom <canonical>`` in the graph ``id/decisions``,
which re-ingests never touch and the resolver obeys; the article graphs that made the same merge
get their own IRI back, in the same transaction as the decision. The pairs the resolver was
unsure about (``dipl:UnsureMatch``) are listed with the same columns (``merges --unsure``).
"""
from __future__ import annotations

from rdflib import Literal, URIRef

from diplograph.graph.errors import QueryError, StoreError
from diplograph.graph.ids import BASE
from diplograph.graph.resolve.model import DECISIONS_GRAPH, MERGE_KINDS
from diplograph.graph.resolve.writes import fill
from diplograph.graph.store import run_query
from diplograph.ontology import read_query

__all__ = ["MERGE_COLUMNS", "list_merges", "unmerge"]

MERGE_COLUMNS = ("merge", "kind", "mention_name", "canonical_name", "score", "reason", "article", "mention",
                 "canonical")


def list_merges(store, *, kind: str | None = None, unsure: bool = False) -> list[dict]:
    """Every merge of the store: ``merge`` (its id), kind, names, score, reason, article, IRIs.

    Args:
        store: an open store.
        kind: only merges of this kind (person, meeting, series, place, organization).
        unsure: list the pairs the resolver was unsure about instead (``dipl:UnsureMatch``: scored
            between the lower bound and the merge threshold, not merged); ``canonical`` is then
            the candidate.

    Raises:
        QueryError: an unknown kind.
    """
    if kind is not None and kind not in MERGE_KINDS:
        raise QueryError(f"unknown merge kind {kind!r}: choose one of {', '.join(MERGE_KINDS)}")
    _, rows = run_query(store, read_query("resolve/unsure" if unsure else "merges"))
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
    _, rows = run_query(store, read_query("resolve/merge_records"))
    target = next((r for r in rows if r["merge"] == iri), None)
    if target is None:
        raise QueryError(f"no merge {merge_id!r} in the store: 'diplograph merges' lists them")
    mention, canonical = URIRef(target["mention"]), URIRef(target["canonical"])
    same = [r for r in rows if r["mention"] == str(mention) and r["canonical"] == str(canonical)]
    parts = []
    for r in same:
        g = URIRef(r["g"])
        parts += [fill("unmerge_record", g=g, record=URIRef(r["merge"])),
                  fill("unmerge_iri", g=g, mention=mention, canonical=canonical)]
        if r.get("replaced"):
            parts.append(fill("unmerge_date", g=g, mention=mention, old=Literal(r["replaced"]),
                              inferred=Literal(False)))
        parts.append(fill("contact_pairs", g=g))  # the graph's actors changed
    parts.append(fill("distinct_from", decisions=DECISIONS_GRAPH, mention=mention, canonical=canonical))
    try:
        store.update(" ;\n".join(part.strip() for part in parts))
    except (SyntaxError, OSError) as exc:  # Oxigraph rolled the whole update back
        raise StoreError(f"could not write to the store: {exc}") from exc
    return {"mention": str(mention), "canonical": str(canonical), "articles": len(same)}
