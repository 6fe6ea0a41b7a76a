"""A person's Wikidata QID (from the officials knowledge base) in the graph and in `ask persons`."""
from __future__ import annotations

from dataclasses import replace

from rdflib import URIRef
from rdflib.namespace import OWL

from diplograph.graph.ask import ask
from diplograph.graph.rdf import facts_to_rdf
from diplograph.graph.validate import validate_graph

from .conftest import make_extraction


def _with_qid(article_id: str = "a1"):
    ex = make_extraction(article_id)
    persons = tuple(replace(p, qid="Q58217") if p.key == "anna-berg" else p for p in ex.persons)
    return replace(ex, persons=persons)


def test_owl_same_as_wikidata():
    g = facts_to_rdf(_with_qid())
    same = {(str(s), str(o)) for s, o in g.subject_objects(OWL.sameAs)}
    assert any(s.endswith("/person/anna-berg") and o == "http://www.wikidata.org/entity/Q58217" for s, o in same)
    # Only persons the base knows get one.
    assert not any("jon-olafsson" in s for s, _ in same)
    ok, report = validate_graph(g)
    assert ok, report


def test_a_broken_qid_fails_the_shapes():
    g = facts_to_rdf(_with_qid())
    person = next(s for s in g.subjects(OWL.sameAs, None))
    g.add((person, OWL.sameAs, URIRef("http://example.org/not-wikidata")))
    ok, _ = validate_graph(g)
    assert not ok


def test_ask_persons_shows_the_qid(store_with):
    db = store_with(_with_qid("a1"), make_extraction("a2"))
    rows = {r["name"]: r for r in ask(db, "persons")}
    assert rows["Anna Berg"]["qid"] == "Q58217"
    assert rows["Jon Olafsson"]["qid"] in (None, "")
