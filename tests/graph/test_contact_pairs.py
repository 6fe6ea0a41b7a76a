"""The contacts question counts the ``dipl:contactPair`` triples each article's graph holds
(graph/rdf.py ``contact_pairs``): its answer is the answer of the join of meetings, actors and names
inside each graph (``JOINED``, the question's text before the pairs), on every store the ingest,
the resolver and an unmerge write.
"""
from __future__ import annotations

from collections import Counter

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import SDO

import binding_invariant
from diplograph.graph.ask import ask
from diplograph.graph.ids import mint
from diplograph.graph.rdf import PAIR_SEPARATOR, contact_pairs, facts_to_rdf
from diplograph.graph.resolve.writes import fill, rewrite
from diplograph.graph.store import ingest_graphs, open_store, run_query
from diplograph.ontology import read_query
from diplograph.ontology.namespace import DIPLO

#: The contacts question joined at every ask, as it was written before the pairs.
JOINED = """PREFIX schema: <https://schema.org/>
PREFIX sem:    <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX dipl:   <https://w3id.org/dipl/ns#>
SELECT ?person ?contact (COUNT(DISTINCT ?m) AS ?meetings) WHERE {
  GRAPH ?g { ?a schema:name ?person . ?m sem:hasActor ?a . ?m sem:hasActor ?b . ?b schema:name ?contact .
             ?m a dipl:DiplomaticMeeting }
  FILTER (?a != ?b)
}
GROUP BY ?person ?contact
ORDER BY DESC(?meetings) STR(?person) STR(?contact)"""


def joined(db) -> list[dict]:
    return run_query(db, JOINED)[1]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("pairs") / "store", create=True)
    binding_invariant.build(store)  # synthetic and hand-made articles, resolved in two ingest runs
    return store


def test_contacts_are_the_join_inside_each_graph(db):
    expected = joined(db)
    assert len(expected) > 20 and max(r["meetings"] for r in expected) > 1  # pairs met in several articles
    assert ask(db, "contacts") == expected
    for limit in (1, 5, 40):
        assert ask(db, "contacts", limit=limit) == expected[:limit]
    person = expected[0]["person"]
    assert ask(db, "contacts", person=person) == [r for r in expected if r["person"] == person]


def test_pairs_are_both_orders_of_two_different_actors(extraction):
    g = facts_to_rdf(extraction)
    meeting = mint("meeting", extraction.meetings[0].key)
    assert set(g.objects(meeting, DIPLO.contactPair)) == {Literal(f"Anna Berg{PAIR_SEPARATOR}Jon Olafsson"),
                                                        Literal(f"Jon Olafsson{PAIR_SEPARATOR}Anna Berg")}


def test_two_actors_merged_into_one_person_are_no_pair(extraction, tmp_path):
    # The resolver rewrites a mention into its canonical person; here both persons of the meeting
    # become one, so the meeting has no two different actors left.
    berg, olafsson = mint("person", "anna-berg"), mint("person", "jon-olafsson")
    merged = contact_pairs(rewrite(facts_to_rdf(extraction), {olafsson: berg}))
    assert set(merged.objects(None, DIPLO.contactPair)) == set()
    assert set(merged.objects(berg, SDO.name)) == {Literal("Anna Berg"), Literal("Jon Olafsson")}
    db = open_store(tmp_path / "store", create=True)
    ingest_graphs(db, {"a1": merged})
    assert joined(db) == [] and ask(db, "contacts") == []


def test_the_store_update_writes_the_pairs_the_builder_writes(db):
    # An unmerge changes a graph's actors in the store: resolve/contact_pairs.rq writes its pairs
    # again there, exactly as contact_pairs did for each graph when it was built and resolved.
    # (Last in this file: it rewrites the module's store, to the same triples.)
    def pairs() -> Counter:
        _, rows = run_query(db, f"SELECT ?g ?m ?pair WHERE {{ GRAPH ?g {{ ?m <{DIPLO.contactPair}> ?pair }} }}")
        return Counter((r["g"], r["m"], r["pair"]) for r in rows)

    before = pairs()
    assert len(before) > 40
    _, graphs = run_query(db, f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?m a <{DIPLO.DiplomaticMeeting}> }} }}")
    db.update(f"DELETE WHERE {{ GRAPH ?g {{ ?m <{DIPLO.contactPair}> ?pair }} }} ; "
              f"INSERT DATA {{ GRAPH <{graphs[0]['g']}> {{ <urn:x:m> <{DIPLO.contactPair}> \"stale\" }} }}")
    assert pairs() != before
    db.update(" ;\n".join(fill("contact_pairs", g=URIRef(r["g"])).strip() for r in graphs))
    assert pairs() == before
    # Unfilled, the same update writes the pairs of every graph at once (a store written before them).
    db.update(f"DELETE WHERE {{ GRAPH ?g {{ ?m <{DIPLO.contactPair}> ?pair }} }}")
    assert pairs() == Counter() and ask(db, "contacts") == []
    db.update(read_query("resolve/contact_pairs"))
    assert pairs() == before


def test_a_store_of_the_format_before_the_pairs_is_upgraded_when_opened(extraction, tmp_path):
    import json

    from diplograph.graph.store import MARKER
    from diplograph.graph.store.folder import FORMAT_VERSION

    path = tmp_path / "old"
    db = open_store(path, create=True)
    ingest_graphs(db, {"a1": facts_to_rdf(extraction)})
    expected = ask(db, "contacts")
    assert expected
    # What format 1 wrote: the same graphs without their pairs.
    db.update(f"DELETE WHERE {{ GRAPH ?g {{ ?m <{DIPLO.contactPair}> ?pair }} }}")
    db.flush()
    del db
    (path / MARKER).write_text(json.dumps({"format": 1, "engine": "oxigraph"}) + "\n")
    reader = open_store(path, read_only=True)
    assert ask(reader, "contacts") == expected
    assert json.loads((path / MARKER).read_text())["format"] == FORMAT_VERSION
