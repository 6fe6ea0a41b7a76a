import pytest

from diplograph.graph.errors import QueryError, StoreError
from diplograph.graph.rdf import facts_to_rdf
from diplograph.graph.store import dump_nquads, ingest_graphs, open_store, run_query

from .conftest import make_extraction


def test_reingest_changes_nothing(store_with):
    db = store_with(make_extraction())
    before = dump_nquads(db)
    ingest_graphs(db, {"a1": facts_to_rdf(make_extraction())})
    assert dump_nquads(db) == before and len(db) > 50


def test_changed_article_replaces_its_graph(store_with):
    db = store_with(make_extraction(quote="Nous avançons"))
    ingest_graphs(db, {"a1": facts_to_rdf(make_extraction(quote="Nous reculons"))})
    _, rows = run_query(db, "SELECT ?t WHERE { ?s <https://schema.org/text> ?t }")
    assert [r["t"] for r in rows] == ["Nous reculons"]


def test_store_persists_across_reopen(tmp_path):
    db = open_store(tmp_path / "s", create=True)
    ingest_graphs(db, {"a1": facts_to_rdf(make_extraction())})
    n = len(db)
    del db
    assert len(open_store(tmp_path / "s")) == n


def test_failed_write_leaves_store_unchanged(store_with):
    from rdflib import Graph, Literal, URIRef

    db = store_with(make_extraction())
    before = dump_nquads(db)
    bad = Graph()
    bad.add((URIRef("https://x.example/s"), URIRef("https://x.example/p"), Literal("ok")))
    # A relative IRI is refused by the store, so the single update fails as a whole.
    bad.add((URIRef("relative/iri"), URIRef("https://x.example/p"), Literal("x")))
    with pytest.raises(StoreError):
        ingest_graphs(db, {"a2": facts_to_rdf(make_extraction("a2")), "bad": bad})
    assert dump_nquads(db) == before


def test_folder_that_is_not_a_store(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(StoreError, match="not a diplograph store"):
        open_store(tmp_path, create=True)
    with pytest.raises(StoreError, match="no diplograph store"):
        open_store(tmp_path / "missing")


def test_updates_and_broken_sparql_are_refused(store_with):
    db = store_with(make_extraction())
    with pytest.raises(QueryError, match="read-only"):
        run_query(db, "PREFIX x: <http://x/> DELETE WHERE { ?s ?p ?o }")
    with pytest.raises(QueryError, match="invalid SPARQL"):
        run_query(db, "SELECT ?s WHERE { ?s ?p }")


def test_bindings_pushed_into_the_graph_block_give_the_same_rows(store_with):
    from diplograph.graph.ask import ask
    from diplograph.graph.store import push_values
    from diplograph.ontology import read_query

    from .conftest import make_extraction

    db = store_with(make_extraction("a1"), make_extraction("a2", quote="Rien n'est décidé"))
    for name, bindings in (("meetings", {"article": "a2"}), ("timeline", {"article": "a1"}),
                           ("officials", {"article": "a1", "state": "NOR"}), ("positions", {"article": "a2"})):
        query = read_query(name)
        text, left = push_values(query, bindings)
        assert text != query and "VALUES ?article" in text
        assert "state" not in left or name == "officials"
        if name == "officials":  # ?state is a BIND output: it stays a substitution
            assert left == {"state": "NOR"}
        pushed = ask(db, name, **bindings)
        # The same filter written by hand outside the query, on all rows:
        every = [r for r in ask(db, name) if all(r.get(k) == v for k, v in bindings.items())]
        assert pushed == every and pushed
    # A GRAPH block nested in an OPTIONAL is left alone (VALUES there would change the answer).
    nested = "SELECT * WHERE { ?s ?p ?o OPTIONAL { GRAPH ?g { ?s ?q ?article } } }"
    assert push_values(nested, {"article": "x"}) == (nested, {"article": "x"})
