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


def test_bindings_are_written_into_the_text(store_with):
    from diplograph.graph.ask import ask
    from diplograph.graph.sparqltext import bind, bound_vars
    from diplograph.ontology import read_query

    from .conftest import make_extraction

    db = store_with(make_extraction("a1"), make_extraction("a2", quote="Rien n'est décidé"))
    query = read_query("officials")
    assert bound_vars(query) == ["article", "person"]
    text = bind(query, {"article": "a2", "state": "NOR", "as_of": ""})
    # The header's variables are looked up first, inside the GRAPH block; the others are filters
    # on the whole group, which never give a value to a row that has none.
    assert 'GRAPH ?g { VALUES ?article { "a2" }' in text
    assert 'FILTER (STR(?state) = "NOR")' in text and 'FILTER (COALESCE(STR(?as_of), "") = "")' in text
    assert {(r["person"], r["article"]) for r in ask(db, "officials", article="a2", state="NOR")} == {("Anna Berg", "a2")}
    # A GRAPH block nested in an OPTIONAL is left alone (VALUES there would change the answer).
    nested = "# bound vars: ?article\nSELECT * WHERE { ?s ?p ?o OPTIONAL { GRAPH ?g { ?s ?q ?article } } }"
    assert bind(nested, {"article": "x"}).startswith(
        '# bound vars: ?article\nSELECT * WHERE { VALUES ?article { "x" } ?s ?p ?o')
    # An IRI-looking value is both an IRI and a string: the header cannot say which the column holds.
    assert 'VALUES ?article { <https://x.org/a> "https://x.org/a" }' in bind(nested, {"article": "https://x.org/a"})
    # Values are literals, never text of the query.
    hostile = 'a1" ) } } #'
    assert 'FILTER (STR(?role) = "a1\\" ) } } #")' in bind(query, {"role": hostile})
    assert ask(db, "officials", role=hostile) == [] and ask(db, "officials", article=hostile) == []


def test_bindings_the_query_cannot_take_are_refused(store_with):
    from diplograph.graph.ask import ask
    from diplograph.graph.sparqltext import bind

    from .conftest import make_extraction

    db = store_with(make_extraction("a1"))
    with pytest.raises(QueryError, match=r"cannot bind nope in officials: no such column \(bind one of: person, "):
        ask(db, "officials", nope="1")
    with pytest.raises(QueryError, match="cannot bind states in meetings: states is computed from the rows it groups"):
        ask(db, "meetings", states="NOR")
    with pytest.raises(QueryError, match="not a SPARQL variable name"):
        bind("SELECT * WHERE { ?s ?p ?o }", {"s o": "x"})
    with pytest.raises(QueryError, match="no WHERE clause"):
        bind("DESCRIBE <https://x.org/a>", {"s": "x"})
    # A column named like ask's own parameters is still a column.
    assert {r["name"] for r in ask(db, "states", name="Norvège")} == {"Norvège"}
