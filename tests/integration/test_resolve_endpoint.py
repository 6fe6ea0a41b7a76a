"""The resolver's updates of earlier articles' graphs on a real Virtuoso: an article that omits a
meeting's year comes first, the article that gives the year comes later, and the year is written
into the first article's graph on the server as in the embedded store."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

CLI = [sys.executable, "-m", "diplograph.graph"]
CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"

YEARLESS = "c03-astana-round2-nouvelles"  # "le 14 mars", no publication date


def test_a_year_given_later_is_written_into_the_earlier_graph_on_the_server(virtuoso, tmp_path, clean_afterwards):
    from diplograph.graph.store.endpoint import PASSWORD_ENV, USER_ENV
    from diplograph.graph.ids import graph_iri

    creds = {USER_ENV: virtuoso.user, PASSWORD_ENV: virtuoso.password}
    files = sorted(CORPUS.glob("*.txt"), key=lambda p: (p.stem != YEARLESS, p.stem))
    local = tmp_path / "store"
    assert run("ingest", *files, "--store", local, "--workers", "1").returncode == 0
    remote = run("ingest", *files, "--endpoint", virtuoso.sparql_auth, "--workers", "1", env=creds)
    assert remote.returncode == 0, remote.stderr
    articles = {p.stem for p in files}
    for name in ("meetings", "merges"):
        assert rows(run("ask", name, "--endpoint", virtuoso.sparql, "--format", "json"), articles) == \
            rows(run("ask", name, "--store", local, "--format", "json"), articles), name
    sparql = (f"SELECT ?d ?i WHERE {{ GRAPH <{graph_iri(YEARLESS)}> {{ ?m <https://w3id.org/dipl/ns#date> ?d ; "
              "<https://w3id.org/dipl/ns#dateInferred> ?i } }")
    answers = []
    for where in (("--store", local), ("--endpoint", virtuoso.sparql)):
        proc = run("query", sparql, *where, "--format", "json")
        assert proc.returncode == 0, proc.stderr
        answers.append(json.loads(proc.stdout))
    assert answers[0] == answers[1] and {"d": "2025-03-14", "i": True} in answers[0]


def run(*args, env=None) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, timeout=600,
                          env={**os.environ, **(env or {})})


def rows(proc: subprocess.CompletedProcess, articles: set[str]) -> list[str]:
    """The corpus rows, without the columns Virtuoso 7 may give otherwise (ids, MIN over spellings)."""
    assert proc.returncode == 0, proc.stderr
    return sorted(json.dumps({k: v for k, v in row.items() if k not in ("merge", "canonical_name")},
                             sort_keys=True, ensure_ascii=False)
                  for row in json.loads(proc.stdout) if row.get("article") in articles or "article" not in row)


@pytest.fixture()
def clean_afterwards(virtuoso):
    """The server is shared with the other integration tests: leave it holding what it held."""
    yield
    from diplograph.graph.store.endpoint import Endpoint
    from diplograph.graph.ids import graph_iri

    ep = Endpoint(virtuoso.sparql_auth, user=virtuoso.user, password=virtuoso.password)
    ep.update(" ;\n".join(f"DROP SILENT GRAPH <{graph_iri(p.stem)}>" for p in CORPUS.glob("*.txt")))
