"""A page of a named question is the slice of its whole answer, in the same order, whichever way
``ask`` reads it (the first articles' graphs for a question sorted by article, ``LIMIT``/``OFFSET``
otherwise), and a bound article reads only its graph with the same answer.

The store is the binding invariant's (``tests/binding_invariant.py``): synthetic articles that share
officials and meetings, and hand-built ones with the facts the generator never writes.
"""
from __future__ import annotations


import pytest

import binding_invariant
from diplograph.graph.ask import ask, shape
from diplograph.graph.errors import QueryError
from diplograph.graph.sparqltext import Shape
from diplograph.graph.store import open_store, run_query
from diplograph.ontology import query_names, read_query


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("pages") / "store", create=True)
    binding_invariant.build(store)
    return store


#: (limit, offset): inside the first batch of graphs, across batches, past the end, empty.
PAGES = [(5, 0), (40, 0), (25, 30), (100, 60), (1000, 0), (10, 100000), (0, 0)]


@pytest.mark.parametrize("name", query_names())
def test_a_page_is_the_slice_of_the_whole_answer(db, name):
    raw = run_query(db, read_query(name))[1]
    assert len(raw) > 0 or name == "merges"
    for limit, offset in PAGES:
        assert ask(db, name, limit=limit, offset=offset) == shape(name, raw[offset:offset + limit]), (limit, offset)
    assert ask(db, name, offset=3) == shape(name, raw[3:])


@pytest.mark.parametrize("name", query_names())
def test_the_order_of_the_rows_is_total(db, name):
    # Sorted by every column it shows (or grouped by), the order of the rows cannot depend on the
    # engine, so a page is the same rows on every engine.
    raw = run_query(db, read_query(name))[1]
    order = Shape(read_query(name)).masked.rsplit("ORDER BY", 1)[1]
    keys = [k for k in raw[0] if f"?{k}" in order] if raw else []
    seen = [tuple(str(r[k]) for k in keys) for r in raw]
    assert len(set(seen)) == len(seen)


def test_one_article_reads_only_its_graph_with_the_same_answer(db):
    raw = run_query(db, read_query("officials"))[1]
    for article in sorted({r["article"] for r in raw})[:5] + ["hand-1", "hand-2", "no such article"]:
        assert ask(db, "officials", article=article) == shape("officials", [r for r in raw if r["article"] == article])
        assert ask(db, "officials", article=article, limit=2, offset=1) == \
            shape("officials", [r for r in raw if r["article"] == article][1:3])


def test_a_negative_page_is_refused(db):
    with pytest.raises(QueryError):
        ask(db, "states", limit=-1)
    with pytest.raises(QueryError):
        ask(db, "states", offset=-2)
