"""SHACL validation of the store with pySHACL and the shapes of diplograph.ontology."""
from __future__ import annotations

from diplograph.graph.store import dump_nquads
from diplograph.ontology import load_ontology, load_shapes

__all__ = ["validate_graph", "validate_store"]


def validate_graph(data) -> tuple[bool, str]:
    """Validate an rdflib graph; returns ``(conforms, report text)``."""
    from pyshacl import validate
    from rdflib import Graph

    if not data.store.context_aware:  # pySHACL needs a context-aware store (article graphs are SimpleMemory)
        copy = Graph()
        for triple in data:
            copy.add(triple)
        data = copy
    conforms, _, text = validate(data, shacl_graph=load_shapes(), ont_graph=load_ontology(), inference="none",
                                 advanced=True, allow_warnings=True)
    return bool(conforms), text


def validate_store(store) -> tuple[bool, str]:
    """Validate the union of all article graphs."""
    from rdflib import Dataset, Graph

    ds = Dataset()
    ds.parse(data=dump_nquads(store), format="nquads")
    union = Graph()
    for quad in ds.quads((None, None, None, None)):
        union.add(quad[:3])
    return validate_graph(union)
