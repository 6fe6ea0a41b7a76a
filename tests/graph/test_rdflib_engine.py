"""The named questions on rdflib's own SPARQL engine (the engine ``bench_query.py`` compares with
Oxigraph): the same rows as on Oxigraph, in the same order.

rdflib sorts by ``ORDER BY`` keys in Python: a key that is an error for some row (``STR()`` of an
unbound column) made it return no row at all for ``organizations``, where SPARQL sorts such a row
first, as Oxigraph and Virtuoso do. The question now sorts its often unbound state codes as they are.
"""
from __future__ import annotations

import dataclasses

from rdflib import Dataset

from diplograph.graph.ids import graph_iri
from diplograph.graph.rdf import facts_to_rdf
from diplograph.graph.store import run_query
from diplograph.loaders.facts import Organization
from diplograph.ontology import read_query


def _values(rows) -> list[tuple]:
    return [tuple(None if v is None else str(v) for v in row) for row in rows]


def test_organizations_on_rdflib_are_oxigraph_s_rows(store_with, extraction):
    # A ministry (no host state), an embassy (both states) and an international organization
    # (no state at all): every kind of unbound column.
    orgs = (*extraction.organizations,
            Organization("nor-embassy-isl", "ambassade de Norvège en Islande", "embassy", "NOR", "ISL"),
            Organization("un", "Organisation des Nations unies", "international"))
    ex = dataclasses.replace(extraction, organizations=orgs)
    db = store_with(ex)
    text = read_query("organizations")
    columns, oxigraph = run_query(db, text)
    assert len(oxigraph) == 3
    assert {r["host_state"] for r in oxigraph} == {None, "ISL"}
    assert {r["state"] for r in oxigraph} == {None, "NOR"}

    ds = Dataset(default_union=True)
    named = ds.graph(graph_iri(ex.article.id))
    for triple in facts_to_rdf(ex):
        named.add(triple)
    result = ds.query(text)
    assert _values(result) == [tuple(r[c] for c in columns) for r in oxigraph]
