"""Exports: RDF (Turtle, TriG, N-Triples, N-Quads, JSON-LD), GraphML/GEXF for Gephi, tables.

Turtle and JSON-LD go through rdflib (pyoxigraph's Turtle writer escapes slashes in prefixed
names, which some servers misread); N-Triples and N-Quads come straight from the store.
"""
from __future__ import annotations

import csv
import io
import json

from diplograph.graph.rdf import bind_prefixes
from diplograph.graph.store import dump_nquads

__all__ = ["RDF_FORMATS", "GRAPH_FORMATS", "export_rdf", "export_graph", "rows_to_csv", "rows_to_json"]

RDF_FORMATS = {"turtle": "turtle", "ttl": "turtle", "trig": "trig", "nt": "nt", "ntriples": "nt",
               "nquads": "nquads", "jsonld": "json-ld", "json-ld": "json-ld"}
GRAPH_FORMATS = ("graphml", "gexf")


def export_rdf(store, fmt: str) -> str:
    """The whole store in an RDF format (named graphs kept for TriG and N-Quads)."""
    from rdflib import Dataset

    fmt = RDF_FORMATS[fmt]
    nquads = dump_nquads(store)
    if fmt == "nquads":
        return nquads
    ds = Dataset()
    ds.parse(data=nquads, format="nquads")
    if fmt in ("nt", "turtle"):
        from rdflib import Graph

        union = bind_prefixes(Graph())
        for quad in ds.quads((None, None, None, None)):
            union.add(quad[:3])
        return union.serialize(format=fmt)
    bind_prefixes(ds)
    return ds.serialize(format=fmt)


def export_graph(store, fmt: str, path) -> tuple[int, int]:
    """Write the store's NetworkX projection as GraphML or GEXF (for Gephi); returns (nodes, edges)."""
    from diplograph.graph.render import network

    if fmt not in GRAPH_FORMATS:
        raise ValueError(f"{fmt!r} is not one of {GRAPH_FORMATS}")
    g = network.to_networkx(store)
    getattr(network, f"write_{fmt}")(g, path)
    return g.number_of_nodes(), g.number_of_edges()


def rows_to_csv(rows: list[dict], columns: list[str] | None = None) -> str:
    columns = columns or (list(rows[0]) if rows else [])
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: (" ".join(v) if isinstance(v, list) else v) for k, v in row.items()})
    return out.getvalue()


def rows_to_json(rows: list[dict]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=1)
