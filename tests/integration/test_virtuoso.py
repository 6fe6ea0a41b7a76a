"""The same named graphs in the embedded store and in a real Virtuoso give the same answers.

The articles (the demo article and the hand-written test articles) go through the real French
pipeline; their graphs are loaded into Oxigraph with ``ingest_graphs`` and pushed to Virtuoso with
``Endpoint.replace_graphs``. Virtuoso runs from the conftest with ``ResultSetMaxRows`` low, so
the larger answers below are read page by page.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import requests

import binding_invariant
from diplograph.graph.ask import QUESTION_KEYS, ask, bindable_columns
from diplograph.graph.store.endpoint import GRAPH_PREFIX, PASSWORD_ENV, USER_ENV, Endpoint
from diplograph.graph.errors import QueryError, StoreError
from diplograph.graph.ids import graph_iri
from diplograph.graph.store import article_hashes, ingest_graphs, open_store, run_query
from diplograph.ontology import query_names, read_query

pytestmark = pytest.mark.slow

#: GROUP_CONCAT columns and their separators: SPARQL leaves the order of the values open, and
#: over no values Virtuoso gives "" where Oxigraph leaves the column unbound.
CONCAT = {"with": " ", "states": " ", "persons": "|", "spellings": "|", "article_spellings": "|"}
TIMINGS: dict[str, float] = {}
ROOT = Path(__file__).resolve().parents[2]


def _normal(rows: list[dict]) -> list[str]:
    out = []
    for row in rows:
        norm = {}
        for key, value in row.items():
            if key in CONCAT and isinstance(value, str):
                value = CONCAT[key].join(sorted(v for v in value.split(CONCAT[key]) if v)) or None
            norm[key] = value
        out.append(json.dumps(norm, sort_keys=True, ensure_ascii=False))
    return sorted(out)


@pytest.fixture(scope="session")
def corpus() -> dict[str, str]:
    """Article id → N-Triples of its graph, from the real pipeline."""
    from diplograph.graph.rdf import facts_to_rdf
    from diplograph.loaders.articles import read_articles
    from diplograph.loaders.errors import UnsupportedLanguageError
    from diplograph.loaders.extract import extract_facts
    from diplograph.loaders.nlp import load_pipeline

    graphs = {}
    for path in [ROOT / "graph/demo/demo.fr.txt", *sorted((ROOT / "tests/fixtures/eval/texts").glob("*.txt"))]:
        try:
            articles = read_articles([path])
        except UnsupportedLanguageError:  # articles in a language diplograph does not read yet
            continue
        for article in articles:
            graphs[article.id] = facts_to_rdf(extract_facts(article, load_pipeline(article.lang))).serialize(format="nt")
    assert len(graphs) >= 20
    return graphs


@pytest.fixture(scope="session")
def embedded(corpus, tmp_path_factory):
    db = open_store(tmp_path_factory.mktemp("store") / "store", create=True)
    started = time.perf_counter()
    ingest_graphs(db, corpus)
    TIMINGS["oxigraph load"] = time.perf_counter() - started
    return db


@pytest.fixture(scope="session")
def endpoint(virtuoso, corpus) -> Endpoint:
    """Virtuoso holding the corpus, written with the Graph Store Protocol and digest auth."""
    ep = Endpoint(virtuoso.sparql, graph_store_url=virtuoso.graph_store, user=virtuoso.user,
                  password=virtuoso.password)
    started = time.perf_counter()
    ep.replace_graphs(corpus)
    TIMINGS["virtuoso push"] = time.perf_counter() - started
    return ep


def _count(ep: Endpoint, article_id: str) -> int:
    _, rows = ep.run_query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph_iri(article_id)}> {{ ?s ?p ?o }} }}")
    return rows[0]["n"]


def _triples(run, target, article_id: str) -> set[tuple]:
    _, rows = run(target, f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph_iri(article_id)}> {{ ?s ?p ?o }} }}")
    return {(r["s"], r["p"], json.dumps(r["o"], ensure_ascii=False)) for r in rows}


def test_the_push_holds_every_triple(endpoint, embedded, corpus):
    total = sum(len(text.splitlines()) for text in corpus.values())
    _, rows = endpoint.run_query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                                 f'FILTER (STRSTARTS(STR(?g), "{GRAPH_PREFIX}")) }}')
    assert rows[0]["n"] == total == len(embedded)
    print(f"\npushed {len(corpus)} graphs, {total} triples: Virtuoso (GSP PUT, digest) "
          f"{TIMINGS['virtuoso push']:.2f} s, Oxigraph {TIMINGS['oxigraph load']:.2f} s")


@pytest.mark.parametrize("name", query_names())
def test_named_question_same_as_embedded(name, endpoint, embedded):
    started = time.perf_counter()
    expected = ask(embedded, name)
    local = time.perf_counter() - started
    started = time.perf_counter()
    got = ask(endpoint, name)
    remote = time.perf_counter() - started
    print(f"\n{name}: {len(expected)} rows, Oxigraph {local * 1000:.0f} ms, Virtuoso {remote * 1000:.0f} ms")
    if name in QUESTION_KEYS:  # the competency questions must have answers, or the comparison proves nothing
        assert expected, f"{name} has no answer on the test corpus"
    assert _normal(got) == _normal(expected)


def _in_order(rows: list[dict]) -> list[str]:
    """Rows in their order, GROUP_CONCAT values sorted (their order is the engine's choice)."""
    return [next(iter(_normal([row]))) for row in rows]


@pytest.mark.parametrize("name", query_names())
def test_pages_and_one_article_same_as_embedded(name, endpoint, embedded):
    # Same rows in the same order: every question sorts by every column it shows, so the order
    # is not the engine's choice, and a page is the same slice on both.
    for limit, offset in ((10, 0), (15, 12), (200, 0)):
        expected = ask(embedded, name, limit=limit, offset=offset)
        assert _in_order(ask(endpoint, name, limit=limit, offset=offset)) == _in_order(expected), (limit, offset)
    if "article" in bindable_columns(name):
        for article in ("demo.fr", ask(embedded, "officials")[-1]["article"], "no such article"):
            expected = ask(embedded, name, article=article)
            assert _in_order(ask(endpoint, name, article=article)) == _in_order(expected)


def test_virtuoso_system_graphs_do_not_leak_into_answers(endpoint):
    # Virtuoso's default graph is every graph it holds, its own schema graphs included: the
    # comparisons above ran with them present.
    _, rows = endpoint.run_query("ASK { GRAPH <http://www.openlinksw.com/schemas/virtrdf#> { ?s ?p ?o } }")
    assert rows == [{"result": True}]


def test_bound_variables(endpoint, embedded):
    fact = ask(embedded, "provenance")[0]["fact"]
    expected = ask(embedded, "provenance", fact=fact)
    assert expected and _normal(ask(endpoint, "provenance", fact=fact)) == _normal(expected)
    # A value is a literal, never query text.
    query = "SELECT ?id WHERE { GRAPH ?g { ?a <https://w3id.org/dipl/ns#articleId> ?id } }"
    assert endpoint.run_query(query, id='demo.fr" } } #')[1] == []
    assert endpoint.run_query(query, id="demo.fr")[1] == [{"id": "demo.fr"}]


def test_results_above_the_server_cap_are_paged(endpoint, embedded, virtuoso):
    query = ("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
             f'FILTER (STRSTARTS(STR(?g), "{GRAPH_PREFIX}")) }} ORDER BY ?g ?s ?p')
    _, cut, cap = endpoint._select(query)  # one plain request: the server really cuts
    assert len(cut) == cap == virtuoso.max_rows
    started = time.perf_counter()
    _, rows = endpoint.run_query(query)
    print(f"\n{len(rows)} rows in pages of {cap}: {time.perf_counter() - started:.1f} s")
    _, expected = run_query(embedded, query)
    # More than 10 000 rows: offsets beyond Virtuoso's MaxSortedTopRows (SR353) are reached.
    assert len(rows) == len(expected) > 10_000
    assert _normal(rows) == _normal(expected)
    graphs = [r["g"] for r in rows]
    assert graphs == sorted(graphs)  # pages keep the query's order


def test_article_hashes(endpoint, embedded):
    assert article_hashes(endpoint) == article_hashes(embedded) and len(article_hashes(embedded)) >= 20


def test_reading_is_read_only_and_errors_are_one_line(endpoint):
    with pytest.raises(QueryError, match="read-only"):
        endpoint.run_query("DROP ALL")
    with pytest.raises(QueryError) as err:
        endpoint.run_query("SELECT ?x WHERE { ?x ?y }")
    assert "\n" not in str(err.value) and "rejected" in str(err.value)


def test_writes_need_digest_authentication(virtuoso, corpus):
    article_id, text = next(iter(corpus.items()))
    probe = "urn-test-unauthenticated"
    anonymous = Endpoint(virtuoso.sparql, graph_store_url=virtuoso.graph_store)
    with pytest.raises(StoreError, match="refused"):
        anonymous.replace_graphs({probe: text})
    with pytest.raises(StoreError, match="refused"):
        Endpoint(virtuoso.sparql).update(f"INSERT DATA {{ GRAPH <{graph_iri(probe)}> {{ <urn:a> <urn:b> <urn:c> }} }}")
    wrong = Endpoint(virtuoso.sparql, graph_store_url=virtuoso.graph_store, user=virtuoso.user, password="wrong")
    with pytest.raises(StoreError, match="credentials were refused"):
        wrong.replace_graphs({probe: text})
    challenge = requests.put(virtuoso.graph_store, params={"graph": str(graph_iri(probe))}, data=text.encode(),
                             headers={"Content-Type": "application/n-triples"}, timeout=30)
    assert challenge.status_code == 401 and challenge.headers["WWW-Authenticate"].lower().startswith("digest")
    _, rows = anonymous.run_query(f"ASK {{ GRAPH <{graph_iri(probe)}> {{ ?s ?p ?o }} }}")
    assert rows == [{"result": False}]  # nothing was written


def test_replacing_a_graph_leaves_no_duplicates(virtuoso, credentials_env, endpoint, embedded, corpus, monkeypatch):
    import diplograph.graph.store.endpoint as endpoint_module

    article_id = "demo.fr"
    text = corpus[article_id]
    expected = _triples(run_query, embedded, article_id)
    assert _count(endpoint, article_id) == len(expected)
    # Through SPARQL UPDATE (DROP + INSERT DATA in chunks), with credentials from the environment.
    monkeypatch.setattr(endpoint_module, "_CHUNK", 50)
    updater = Endpoint.from_env(virtuoso.sparql_auth)
    try:
        for graphs in ({article_id: text}, {article_id: text}):
            updater.replace_graphs(graphs)
            assert _count(endpoint, article_id) == len(expected)
        assert _triples(Endpoint.run_query, endpoint, article_id) == expected  # accents and numbers intact
        smaller = "\n".join(text.splitlines()[:10]) + "\n"
        updater.replace_graphs({article_id: smaller})
        assert _count(endpoint, article_id) == 10
        endpoint.replace_graphs({article_id: smaller})  # the Graph Store Protocol path
        assert _count(endpoint, article_id) == 10
    finally:
        endpoint.replace_graphs({article_id: text})
    assert _triples(Endpoint.run_query, endpoint, article_id) == expected


def test_credentials_come_from_a_file_or_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(USER_ENV, "env-user")
    monkeypatch.setenv(PASSWORD_ENV, "env-secret")
    assert Endpoint.from_env("http://127.0.0.1:1/sparql")._credentials == ("env-user", "env-secret")
    lines = tmp_path / "creds"
    lines.write_text("# writer\nuser = file-user\npassword=p=w\n")
    assert Endpoint.from_env("http://127.0.0.1:1/sparql", lines)._credentials == ("file-user", "p=w")
    as_json = tmp_path / "creds.json"
    as_json.write_text('{"user": "j", "password": "k", "graph_store_url": "http://127.0.0.1:1/gsp"}')
    ep = Endpoint.from_env("http://127.0.0.1:1/sparql", as_json)
    assert ep._credentials == ("j", "k") and ep.graph_store_url == "http://127.0.0.1:1/gsp"
    bad = tmp_path / "bad"
    bad.write_text("user: x\n")
    with pytest.raises(StoreError, match="line 1"):
        Endpoint.from_env("http://127.0.0.1:1/sparql", bad)
    with pytest.raises(StoreError, match="carries credentials"):
        Endpoint("http://u:p@127.0.0.1:1/sparql")
    with pytest.raises(StoreError, match="cannot reach"):
        Endpoint("http://127.0.0.1:1/sparql", timeout=5).run_query("ASK {}")


@pytest.fixture()
def with_invariant_articles(virtuoso, endpoint, embedded, tmp_path):
    """The invariant's articles (tests/binding_invariant.py) added to both stores, then removed."""
    inv = binding_invariant
    graphs = inv.build(open_store(tmp_path / "invariant", create=True))
    endpoint.replace_graphs(graphs)
    ingest_graphs(embedded, graphs)
    drop = " ;\n".join(f"DROP SILENT GRAPH <{graph_iri(a)}>" for a in graphs)
    try:
        yield inv
    finally:
        Endpoint(virtuoso.sparql_auth, user=virtuoso.user, password=virtuoso.password).update(drop)
        embedded.update(drop)


def test_bound_answers_are_the_whole_table_filtered(with_invariant_articles, endpoint, embedded):
    # Every named question, every column a binding can fix, on Virtuoso: the bound answer is the
    # whole answer filtered, and is what the embedded store answers to the same binding.
    inv = with_invariant_articles
    raw = {name: run_query(endpoint, read_query(name))[1] for name in query_names()}
    cases = inv.cases(raw)
    assert {(n, k) for n, k, _ in cases} == {(n, k) for n in query_names() for k in bindable_columns(n)}
    wrong, started = [], time.perf_counter()
    for name, key, value in cases:
        got = ask(endpoint, name, **{key: value})
        want = inv.expected(name, raw[name], key, value)
        if inv.normal(got) != inv.normal(want):
            wrong.append(f"{name} --where {key}={value!r}: {len(got)} rows, the filter keeps {len(want)}")
        elif inv.normal(got) != inv.normal(ask(embedded, name, **{key: value})):
            wrong.append(f"{name} --where {key}={value!r}: not what the embedded store answers")
    print(f"\n{len(cases)} bound questions on Virtuoso: {time.perf_counter() - started:.1f} s")
    assert not wrong, "\n".join(wrong)
