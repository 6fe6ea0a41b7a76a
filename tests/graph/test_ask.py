from diplograph.graph.ask import QUESTION_KEYS, ask
from diplograph.ontology import query_names

from .conftest import make_extraction


def test_competency_questions_have_exact_keys(store_with):
    db = store_with(make_extraction())
    for name, keys in QUESTION_KEYS.items():
        rows = ask(db, name)
        assert rows, name
        assert tuple(rows[0])[: len(keys)] == keys


def test_answers(store_with):
    db = store_with(make_extraction("a1"), make_extraction("a2"))
    assert {r["state"] for r in ask(db, "states")} == {"NOR", "ISL"}  # UKR is only a topic
    officials = ask(db, "officials")
    anna = [r for r in officials if r["person"] == "Anna Berg"]
    assert {r["article"] for r in anna} == {"a1", "a2"}
    assert anna[0]["state"] == "NOR" and anna[0]["role_type"] == "foreign_minister" and anna[0]["as_of"] == "2024-05-02"
    (meeting, _) = [m for m in ask(db, "meetings")]
    assert meeting["states"] == ["ISL", "NOR"] and meeting["city"] == "Oslo" and meeting["date"] == "2024-05-02"
    assert meeting["persons"] == ["Anna Berg", "Jon Olafsson"]
    positions = ask(db, "positions")
    assert positions[0]["speaker"] == "Anna Berg" and positions[0]["quote_type"] == "direct"


def test_every_named_query_runs(store_with):
    db = store_with(make_extraction())
    for name in query_names():
        assert isinstance(ask(db, name), list)
