"""Bound questions give the same answers as filtering the whole table, on the embedded store and
through the server: for every named question and every column a binding can fix
(``tests/binding_invariant.py`` says what the invariant is and what the store holds)."""
from __future__ import annotations

import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter

import pytest

import binding_invariant
from diplograph.graph.ask import ask, bindable_columns
from diplograph.graph.serve import make_server
from diplograph.graph.store import open_store, run_query
from diplograph.ontology import query_names, read_query


inv = binding_invariant


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    path = tmp_path_factory.mktemp("bindings") / "store"
    db = open_store(path, create=True)
    inv.build(db)
    del db  # the server opens it after us
    return path


@pytest.fixture(scope="module")
def db(folder):
    return open_store(folder, read_only=True)


@pytest.fixture(scope="module")
def raw(db):
    """Every named question's whole answer, as its query gives it."""
    return {name: run_query(db, read_query(name))[1] for name in query_names()}


@pytest.fixture(scope="module")
def cases(raw):
    return inv.cases(raw)


def test_the_store_shares_entities_across_articles(db, raw):
    officials = Counter(r["person"] for r in raw["officials"])
    assert officials.most_common(1)[0][1] >= 5  # one official in several articles
    meetings = Counter(r["meeting"] for r in raw["meetings"])
    assert max(meetings.values()) >= 2  # one meeting reported by several articles
    assert raw["merges"] and {r["kind"] for r in raw["merges"]} >= {"person"}
    # The facts the hand-built articles are there for:
    assert any(r["person"] == "Karl Moe" and r["state"] is None and r["role"] is None for r in raw["officials"])
    assert any(r["state"] is None for r in raw["organizations"])
    assert any(r["speaker_state"] is None for r in raw["positions"])
    assert any(r["date"] is None and r["city"] is None for r in raw["meetings"])


def test_every_question_and_column_is_covered(cases):
    covered = {(name, key) for name, key, _ in cases}
    assert covered == {(name, key) for name in query_names() for key in bindable_columns(name)}
    assert {name for name, _ in covered} == set(query_names())
    print(f"\n{len(cases)} bindings over {len(covered)} columns of {len(query_names())} questions")


def test_bound_answers_are_the_whole_table_filtered(db, raw, cases):
    wrong = []
    for name, key, value in cases:
        got = ask(db, name, **{key: value})
        want = inv.expected(name, raw[name], key, value)
        if inv.normal(got) != inv.normal(want):
            wrong.append(f"{name} --where {key}={value!r}: {len(got)} rows, the filter keeps {len(want)}")
        if value == inv.ABSENT:
            assert got == [], (name, key)
    assert not wrong, "\n".join(wrong)


def test_shown_columns_filter_the_shown_rows(db, cases):
    # For a column that ask shows, the same without looking at the query: filter ask's own rows.
    answers = {name: ask(db, name) for name in query_names()}
    for name, key, value in cases:
        every = answers[name]
        if not every or key not in every[0]:
            continue
        want = [r for r in every if inv.matches(r[key], value)]
        assert inv.normal(ask(db, name, **{key: value})) == inv.normal(want), (name, key, value)


def test_two_bindings_together(db, raw):
    row = next(r for r in raw["officials"] if r["state"] and r["article"].startswith("synth"))
    got = ask(db, "officials", article=row["article"], state=row["state"])
    want = [r for r in ask(db, "officials") if r["article"] == row["article"] and r["state"] == row["state"]]
    assert got and inv.normal(got) == inv.normal(want)


@pytest.fixture(scope="module")
def server(folder, db):
    srv = make_server(folder, port=0, quiet=True)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()
    thread.join(5)


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def test_the_server_gives_the_same_bound_answers(server, db, raw, cases):
    wrong = []
    for name, key, value in cases:
        status, body = _get(f"{server.url}ask/{name}.json?" + urllib.parse.urlencode({key: value}))
        assert status == 200, (name, key, value, body[:200])
        want = inv.expected(name, raw[name], key, value)
        if inv.normal(json.loads(body)) != inv.normal(want):
            wrong.append(f"/ask/{name}?{key}={value!r}")
    assert not wrong, "\n".join(wrong)
    status, body = _get(f"{server.url}ask/meetings.json?states=NOR")
    assert status == 400 and body.startswith(b"cannot bind states in meetings")
