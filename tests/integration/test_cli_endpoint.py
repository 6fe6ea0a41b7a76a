"""The command line against a real Virtuoso: `ingest --endpoint` (with the resolver reading the
server) and `ask --endpoint` give what the same commands give with the embedded store."""
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


def run(*args, env=None) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, timeout=600,
                          env={**os.environ, **(env or {})})


def rows(proc: subprocess.CompletedProcess, articles: set[str]) -> list[str]:
    assert proc.returncode == 0, proc.stderr
    out = []
    for row in json.loads(proc.stdout):
        if row.get("article") in articles or "article" not in row:
            # canonical_name is MIN() over spellings, which Virtuoso 7 orders differently.
            out.append(json.dumps({k: v for k, v in row.items() if k not in ("merge", "canonical_name")},
                                  sort_keys=True, ensure_ascii=False))
    return sorted(out)


@pytest.fixture()
def clean_afterwards(virtuoso):
    """The server is shared with test_virtuoso.py: leave it holding what it held."""
    yield
    from diplograph.graph.store.endpoint import Endpoint
    from diplograph.graph.ids import graph_iri

    ep = Endpoint(virtuoso.sparql_auth, user=virtuoso.user, password=virtuoso.password)
    ep.update(" ;\n".join(f"DROP SILENT GRAPH <{graph_iri(p.stem)}>" for p in CORPUS.glob("*.txt")))


def test_ingest_and_ask_through_the_endpoint(virtuoso, tmp_path, clean_afterwards):
    from diplograph.graph.store.endpoint import PASSWORD_ENV, USER_ENV

    creds = {USER_ENV: virtuoso.user, PASSWORD_ENV: virtuoso.password}
    local = tmp_path / "store"
    assert run("ingest", CORPUS, "--store", local, "--workers", "1").returncode == 0
    remote = run("ingest", CORPUS, "--endpoint", virtuoso.sparql_auth, "--workers", "1", env=creds)
    assert remote.returncode == 0, remote.stderr
    articles = {p.stem for p in CORPUS.glob("*.txt")}
    for name in ("officials", "meetings", "positions", "merges"):
        expected = rows(run("ask", name, "--store", local, "--format", "json"), articles)
        got = rows(run("ask", name, "--endpoint", virtuoso.sparql, "--format", "json"), articles)
        assert got == expected, name
    # The page drawn from the server shows the corpus articles as the page from the store does.
    pages = []
    for where in (("--store", local), ("--endpoint", virtuoso.sparql)):
        for article in sorted(articles)[:3]:
            page = run("render", *where, "--article", article, "-o", tmp_path / "page.html")
            assert page.returncode == 0, page.stderr
            pages.append(page.stdout.split("→")[0].strip())
    assert pages[:3] == pages[3:] and all(" 0 nodes" not in p for p in pages)
    # The second run finds every article on the server, unchanged: nothing moves.
    again = run("ingest", CORPUS, "--endpoint", virtuoso.sparql_auth, "--workers", "1", env=creds)
    assert again.returncode == 0, again.stderr
    assert rows(run("ask", "merges", "--endpoint", virtuoso.sparql, "--format", "json"), articles) == \
        rows(run("ask", "merges", "--store", local, "--format", "json"), articles)
    # Without credentials the server refuses the write, in one line.
    article = tmp_path / "unauthorised.txt"
    article.write_text(next(CORPUS.glob("*.txt")).read_text(encoding="utf-8"), encoding="utf-8")
    refused = run("ingest", article, "--endpoint", virtuoso.sparql_auth, "--workers", "1", "--published",
                  "2025-03-20", env={USER_ENV: "", PASSWORD_ENV: ""})
    assert refused.returncode == 1, refused.stderr
    assert refused.stderr.count("\n") == 1 and refused.stderr.startswith("error:"), refused.stderr
