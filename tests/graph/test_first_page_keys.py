"""A first page read from the question's first keys (``FIRST_PAGE_KEYS``, graph/ask.py) is
the first rows of its whole answer, in the same order, for pages that end inside the first keys,
across keys of equal order and across several rounds.

The store is the binding invariant's (``tests/binding_invariant.py``), as for ``test_pages.py``.
"""
from __future__ import annotations

import re

import pytest

import binding_invariant
from diplograph.graph.ask import FIRST_PAGE_KEYS, _first_by_keys, ask, shape
from diplograph.graph.sparqltext import Shape
from diplograph.graph.store import open_store, run_query
from diplograph.ontology import query_names, read_query

KEYED = sorted(FIRST_PAGE_KEYS)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("keys") / "store", create=True)
    binding_invariant.build(store)
    return store


def _same(rows: list[dict]) -> list[dict]:
    """The rows, the values of GROUP_CONCAT columns sorted (SPARQL leaves their order open)."""
    concat = binding_invariant.CONCAT
    return [{k: concat[k].join(sorted(v.split(concat[k]))) if k in concat and isinstance(v, str) else v
             for k, v in row.items()} for row in rows]


def test_the_keyed_questions_and_their_keys_queries():
    assert set(KEYED) <= set(query_names())
    for name in KEYED:
        assert FIRST_PAGE_KEYS[name] in read_query(name)  # the question says where its first page comes from
        keys = Shape(read_query(FIRST_PAGE_KEYS[name]))
        variables = [c for c in keys.columns if c not in ("order", "rows")]
        assert len(variables) == 1, name
        # The key is a variable of the question's patterns: it is joined in its GRAPH blocks.
        assert re.search(rf"GRAPH\s+\?\w+\s*\{{[^}}]*\?{variables[0]}\b", read_query(name)), name
        if re.search(r"(?m)^#\s*keys are IRIs\b", read_query(FIRST_PAGE_KEYS[name])):
            # Joined as IRIs only: the key is the subject of every pattern of the keys query.
            blocks = re.findall(r"GRAPH\s+\?\w+\s*\{([^}]*)\}", read_query(FIRST_PAGE_KEYS[name]))
            assert blocks and all(re.match(rf"\s*\?{variables[0]}\s", b) for b in blocks), name


@pytest.mark.parametrize("name", KEYED)
@pytest.mark.parametrize("limit", [1, 2, 3, 7, 20, 60])
def test_a_first_page_from_keys_is_the_first_rows_of_the_whole_answer(db, name, limit):
    text = read_query(name)
    whole = run_query(db, text)[1]
    rows = _first_by_keys(db, text, Shape(text), FIRST_PAGE_KEYS[name], limit)
    assert rows is not None  # answered from the keys, not from the whole answer
    assert _same(rows) == _same(whole[:limit])
    assert _same(ask(db, name, limit=limit)) == _same(shape(name, whole[:limit]))
    assert _same(ask(db, name, limit=limit, offset=2)) == _same(shape(name, whole[2:2 + limit]))
