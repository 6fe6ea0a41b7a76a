"""The synthetic article generator of the query benchmark stays valid: SHACL-conformant graphs that
the named questions can answer (so bench_query.py cannot rot unnoticed)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from diplograph.graph.ask import ask
from diplograph.graph.store import open_store
from diplograph.graph.validate import validate_store
from diplograph.ontology import query_names


def _synth():
    spec = importlib.util.spec_from_file_location("diplograph_synth", Path(__file__).with_name("synth.py"))
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def synth():
    return _synth()


@pytest.fixture(scope="module")
def extractions(synth):
    return list(synth.generate(20, seed=3))


def test_same_seed_same_facts(synth, extractions):
    assert list(synth.generate(20, seed=3)) == extractions
    assert list(synth.generate(20, seed=4)) != extractions


@pytest.fixture(scope="module")
def store(synth, extractions, tmp_path_factory):
    """The generated articles exported as N-Quads and bulk-loaded into an empty store."""
    tmp = tmp_path_factory.mktemp("synth")
    dump = tmp / "dump.nq"
    quads = synth.write_nquads(extractions, dump)
    db = open_store(tmp / "store", create=True)
    db.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
    assert len(db) == quads > 20 * 200  # ~420 quads an article, like the real pipeline's output
    return db


def test_store_conforms_to_shapes(store):
    # Through the store, as `diplograph validate` does (literals re-read from N-Quads).
    conforms, report = validate_store(store)
    assert conforms, report


def test_evidence_offsets_point_into_the_text(extractions):
    for ex in extractions:
        for fact in (*ex.roles, *ex.positions):
            ev = fact.evidence
            assert ex.article.text[ev.sentence_start:ev.sentence_end] == ev.sentence
            assert ev.sentence_start <= ev.start < ev.end <= ev.sentence_end


def test_named_questions_answer_with_recurring_officials(store):
    for name in query_names():  # every named query runs (merges stay empty: no resolver here)
        assert isinstance(ask(store, name), list), name
    for name in ("states", "officials", "meetings", "positions", "contacts", "state_meetings", "timeline",
                 "provenance", "organizations"):
        assert ask(store, name), name
    articles_per_person: dict[str, set] = {}
    for row in ask(store, "officials"):
        articles_per_person.setdefault(row["person"], set()).add(row["article"])
    assert max(len(a) for a in articles_per_person.values()) > 1
    meetings = ask(store, "meetings")
    assert {m["article"] for m in meetings} >= {f"synth-{i:06d}" for i in range(20)}
    assert all(len(m["states"]) >= 2 for m in meetings)
