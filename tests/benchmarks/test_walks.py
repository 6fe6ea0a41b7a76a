"""The graph walks of the query benchmark give the answers worked out by hand on a small graph, on
Oxigraph and on rdflib, bound the way the benchmark binds them.

Two articles' graphs; meeting m1 is reported by both. Who met whom (persons, states):

    m1  ana ben   FRA DEU   (a1 and a2)       m4  ana eva   FRA ITA   (a2)
    m2  ben cem   DEU ITA   (a1)              m5  eva dan   ESP FRA   (a1)
    m3  cem dan   ITA ESP   (a2)              m6            DEU ITA   (a1)

Rounds of one series of talks: r3 (a2) follows r2 (a1), which follows r1 (a1).
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset

from diplograph.graph.sparqltext import bind
from diplograph.graph.store import run_query

ID = "https://w3id.org/dipl/id/"
TRIG = """
@prefix schema: <https://schema.org/> .
@prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> .
@prefix dipl: <https://w3id.org/dipl/ns#> .
@prefix p: <https://w3id.org/dipl/id/person/> .
@prefix s: <https://w3id.org/dipl/id/state/> .
@prefix m: <https://w3id.org/dipl/id/meeting/> .
@prefix g: <https://w3id.org/dipl/id/graph/> .

g:a1 {
  p:ana a schema:Person ; schema:name "Ana" .  p:ben a schema:Person ; schema:name "Ben" .
  p:cem a schema:Person ; schema:name "Cem" .  p:eva a schema:Person ; schema:name "Eva" .
  p:dan a schema:Person ; schema:name "Dan" .
  s:FRA a dipl:State . s:DEU a dipl:State . s:ITA a dipl:State . s:ESP a dipl:State .
  m:m1 a dipl:DiplomaticMeeting ; sem:hasActor p:ana , p:ben , s:FRA , s:DEU .
  m:m2 a dipl:DiplomaticMeeting ; sem:hasActor p:ben , p:cem , s:DEU , s:ITA .
  m:m5 a dipl:DiplomaticMeeting ; sem:hasActor p:eva , p:dan , s:ESP , s:FRA .
  m:m6 a dipl:DiplomaticMeeting ; sem:hasActor s:DEU , s:ITA .
  m:r1 a dipl:DiplomaticMeeting ; dipl:date "2024-01-10" .
  m:r2 a dipl:DiplomaticMeeting ; dipl:date "2024-02-10" ; dipl:previousRound m:r1 .
}
g:a2 {
  p:ana a schema:Person ; schema:name "Ana" .  p:ben a schema:Person ; schema:name "Ben" .
  p:cem a schema:Person ; schema:name "Cem" .  p:dan a schema:Person ; schema:name "Dan" .
  p:eva a schema:Person ; schema:name "Eva" .
  s:FRA a dipl:State . s:DEU a dipl:State . s:ITA a dipl:State . s:ESP a dipl:State .
  m:m1 a dipl:DiplomaticMeeting ; sem:hasActor p:ana , p:ben , s:FRA , s:DEU .
  m:m3 a dipl:DiplomaticMeeting ; sem:hasActor p:cem , p:dan , s:ITA , s:ESP .
  m:m4 a dipl:DiplomaticMeeting ; sem:hasActor p:ana , p:eva , s:FRA , s:ITA .
  m:r3 a dipl:DiplomaticMeeting ; dipl:date "2024-03-10" ; dipl:previousRound m:r2 .
}
"""

#: Worked out from the table above.
EXPECTED = {
    # Ana met Ben (m1) and Eva (m4); Ben met Cem (m2), Eva met Dan (m5, the other article).
    # Ana herself, met again through Ben and Eva, is not her own two-hop contact.
    "two_hop_contacts": ({"x": ID + "person/ana"}, [
        {"x": ID + "person/ana", "name": "Cem", "via": "Ben"},
        {"x": ID + "person/ana", "name": "Dan", "via": "Eva"},
    ]),
    # Germany and Spain never met. Germany met Italy twice (m2, m6) and France once (m1, reported
    # twice); Spain met Italy (m3) and France (m5) once each.
    "state_paths": ({"x": ID + "state/DEU", "y": ID + "state/ESP"}, [
        {"x": ID + "state/DEU", "y": ID + "state/ESP", "via": ID + "state/ITA", "with_x": 2, "with_y": 1},
        {"x": ID + "state/DEU", "y": ID + "state/ESP", "via": ID + "state/FRA", "with_x": 1, "with_y": 1},
    ]),
    "series_rounds": ({"last": ID + "meeting/r3"}, [
        {"last": ID + "meeting/r3", "round": ID + "meeting/r1", "date": "2024-01-10"},
        {"last": ID + "meeting/r3", "round": ID + "meeting/r2", "date": "2024-02-10"},
        {"last": ID + "meeting/r3", "round": ID + "meeting/r3", "date": "2024-03-10"},
    ]),
}


def _bench():
    spec = importlib.util.spec_from_file_location("diplograph_bench_query", Path(__file__).with_name("bench_query.py"))
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def walks():
    return _bench().WALKS


@pytest.fixture(scope="module")
def oxigraph():
    store = ox.Store()
    store.load(TRIG.encode("utf-8"), format=ox.RdfFormat.TRIG)
    return store


@pytest.fixture(scope="module")
def rdflib_dataset():
    ds = Dataset(default_union=True)
    ds.parse(data=TRIG, format="trig")
    return ds


def _plain(row) -> dict:
    return {k: v if isinstance(v, int) else str(v) for k, v in row.items()}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_walk_answers_by_hand(name, walks, oxigraph, rdflib_dataset):
    bindings, expected = EXPECTED[name]
    text = bind(walks[name], bindings)
    _, rows = run_query(oxigraph, text)
    assert rows == expected
    # rdflib, given the same text, agrees.
    got = [{k: (v.toPython() if k.startswith("with_") else str(v)) for k, v in row.asdict().items()}
           for row in rdflib_dataset.query(text)]
    assert sorted(map(repr, got)) == sorted(map(repr, expected))
    # Bound or filtered from every row of the walk: the same rows.
    _, every = run_query(oxigraph, walks[name])
    assert sorted(map(repr, (r for r in every if all(r[k] == v for k, v in bindings.items())))) == \
        sorted(map(repr, expected))
