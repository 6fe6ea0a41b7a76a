"""The diplograph command end to end, with the real pipeline, and every kind of bad input."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

CLI = [sys.executable, "-m", "diplograph.graph"]
ARTICLE = """Réunion à Rabat sur la sécurité au Sahel
Le ministre marocain des Affaires étrangères, Karim Alaoui, a reçu le 12 mars à Rabat son homologue malien, Moussa Keïta.
« Nous voulons une coordination étroite », a déclaré M. Alaoui.
Selon M. Keïta, les deux pays vont créer un comité conjoint.
"""


def run(*args, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=300)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli")
    article = root / "rabat.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    store = root / "store"
    proc = run("ingest", article, "--store", store, "--published", "2025-03-13")
    assert proc.returncode == 0, proc.stderr
    return root, article, store


def dump(store: Path) -> str:
    return run("export", "--format", "nquads", "--store", store).stdout


def test_ingest_then_ask_json(ingested):
    _, _, store = ingested
    officials = json.loads(run("ask", "officials", "--store", store, "--format", "json").stdout)
    roles = {r["person"]: r for r in officials}
    assert roles["Karim Alaoui"]["state"] == "MAR" and roles["Karim Alaoui"]["role_type"] == "foreign_minister"
    assert roles["Moussa Keïta"]["state"] == "MLI"
    meetings = json.loads(run("ask", "meetings", "--store", store, "--format", "json").stdout)
    assert meetings[0]["date"] == "2025-03-12" and meetings[0]["city"] == "Rabat"
    positions = json.loads(run("ask", "positions", "--store", store, "--format", "json").stdout)
    assert {p["speaker"] for p in positions} == {"Karim Alaoui", "Moussa Keïta"}
    states = json.loads(run("ask", "states", "--store", store, "--format", "json").stdout)
    assert {s["state"] for s in states} == {"MAR", "MLI"} and all(s["qid"] for s in states)


def test_reingest_is_idempotent(ingested):
    _, article, store = ingested
    before = dump(store)
    assert run("ingest", article, "--store", store, "--published", "2025-03-13").returncode == 0
    assert dump(store) == before and before.count("\n") > 100


def test_validate_export_render(ingested, tmp_path):
    _, _, store = ingested
    assert run("validate", "--store", store).returncode == 0
    for fmt in ("turtle", "trig", "nt", "jsonld"):
        proc = run("export", "--format", fmt, "--store", store)
        assert proc.returncode == 0 and proc.stdout.strip(), fmt
    for fmt in ("graphml", "gexf"):
        assert run("export", "--format", fmt, "-o", tmp_path / f"g.{fmt}", "--store", store).returncode == 0
    page = tmp_path / "g.html"
    assert run("render", "-o", page, "--store", store).returncode == 0
    assert "Karim Alaoui" in page.read_text(encoding="utf-8")


def test_query_commands_never_import_spacy(ingested):
    _, _, store = ingested
    code = ("import sys; from diplograph.graph.cli import app; "
            f"app(['ask', 'officials', '--store', {str(store)!r}, '--format', 'json'], standalone_mode=False); "
            "print('SPACY', 'spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    assert "SPACY False" in out


def _bad_inputs(root: Path) -> dict[str, tuple[list, str]]:
    (root / "empty.txt").write_text("")
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (root / "huge.txt").write_text("Titre\n" + "mot " * 2_700_000)
    (root / "page.html").write_text("<html><head><script>x()</script></head><body><nav>menu</nav></body></html>")
    (root / "ok.txt").write_text(ARTICLE)
    (root / "broken.json").write_text('{"text": "abc", ')
    return {
        "empty": (["ingest", root / "empty.txt"], "empty article"),
        "binary": (["ingest", root / "binary.txt"], "binary"),
        "huge": (["ingest", root / "huge.txt"], "larger than"),
        "html without text": (["ingest", root / "page.html"], "no article text"),
        "missing": (["ingest", root / "nope.txt"], "no such file"),
        "lang": (["ingest", root / "ok.txt", "--lang", "xx"], "unsupported language"),
        "date": (["ingest", root / "ok.txt", "--published", "2025-13-45"], "malformed publication date"),
        "json": (["ingest", root / "broken.json"], "invalid JSON"),
        "sparql": (["query", "SELECT ?s WHERE { ?s ?p }"], "invalid SPARQL"),
        "update": (["query", "DELETE WHERE { ?s ?p ?o }"], "read-only"),
        "question": (["ask", "nonsense"], "unknown question"),
    }


@pytest.mark.parametrize("case", ["empty", "binary", "huge", "html without text", "missing", "lang",
                                  "date", "json", "sparql", "update", "question"])
def test_bad_input_gives_one_line_and_leaves_the_store_alone(ingested, tmp_path, case):
    _, _, store = ingested
    args, message = _bad_inputs(tmp_path)[case]
    before = dump(store)
    proc = run(*args, "--store", store)
    assert proc.returncode != 0
    lines = [l for l in proc.stderr.splitlines() if l.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), proc.stderr
    assert message in lines[0]
    assert dump(store) == before


def test_folder_that_is_not_a_store(tmp_path):
    (tmp_path / "notes.txt").write_text("mes notes")
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    proc = run("ingest", article, "--store", tmp_path)
    assert proc.returncode == 1 and "not a diplograph store" in proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "notes.txt"]
    assert run("ask", "officials", "--store", tmp_path / "missing").returncode == 1
    assert not (tmp_path / "missing").exists()


def test_cp1252_article_is_decoded_with_a_warning(tmp_path):
    article = tmp_path / "cp1252.txt"
    article.write_bytes(ARTICLE.replace("«", "\"").replace("»", "\"").encode("cp1252"))
    proc = run("ingest", article, "--store", tmp_path / "s", "--published", "2025-03-13")
    assert proc.returncode == 0, proc.stderr
    assert "cp1252" in proc.stderr
    officials = json.loads(run("ask", "officials", "--store", tmp_path / "s", "--format", "json").stdout)
    assert "Moussa Keïta" in {r["person"] for r in officials}


def test_demo_ingests_renders_and_prints_paths(tmp_path):
    proc = run("demo", "--store", tmp_path / "store", "-o", tmp_path / "demo.html")
    assert proc.returncode == 0, proc.stderr
    assert str((tmp_path / "store").resolve()) in proc.stdout.replace("\n", "")
    assert (tmp_path / "demo.html").stat().st_size > 100_000
    meetings = json.loads(run("ask", "meetings", "--store", tmp_path / "store", "--format", "json").stdout)
    assert {m["status"] for m in meetings} == {"held", "planned"}


def test_ask_where_fixes_columns(ingested):
    _, _, store = ingested
    rows = json.loads(run("ask", "officials", "--store", store, "--where", "state=MAR", "--format", "json").stdout)
    assert rows and {r["state"] for r in rows} == {"MAR"}
    bad = run("ask", "officials", "--store", store, "--where", "nope=1")
    assert bad.returncode == 1 and bad.stderr.startswith("error: cannot bind nope in officials") and bad.stderr.count("\n") == 1
    assert run("ask", "officials", "--store", store, "--where", "state").returncode == 2


@pytest.mark.parametrize("width", [80, 200])
def test_tables_fit_the_terminal(ingested, width):
    """An 80-column terminal gets one block a row, a wide one a table; no line is wider than the
    terminal and every official's whole name is readable."""
    _root, _article, store = ingested
    env = {**os.environ, "COLUMNS": str(width)}
    proc = subprocess.run([*CLI, "ask", "officials", "--store", str(store)], capture_output=True, text=True,
                          timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert max(len(line) for line in lines) <= width
    names = {row["person"] for row in json.loads(run("ask", "officials", "--store", store, "--format", "json").stdout)}
    assert names and all(any(name in line for line in lines) for name in names)
    assert any(line.startswith("─── 1") for line in lines) == (width == 80)


def test_a_second_writer_gets_one_line_or_waits(ingested, tmp_path):
    """While another process writes the store, ingest says so in one line (exit 1); with --wait it
    waits for the writer to finish and then ingests."""
    _root, article, _shared = ingested
    store = tmp_path / "store"
    assert run("ingest", article, "--store", store).returncode == 0
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); print('held', flush=True); "
        "time.sleep(float(sys.argv[2]))"), str(store), "4"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        other = tmp_path / "other.txt"
        other.write_text(ARTICLE.replace("Rabat", "Fès"), encoding="utf-8")
        busy = run("ingest", other, "--store", store)
        assert busy.returncode == 1
        assert busy.stderr.strip().count("\n") == 0 and "another diplograph process is writing" in busy.stderr
        waited = run("ingest", other, "--store", store, "--wait", "60")
        assert waited.returncode == 0, waited.stderr
    finally:
        holder.kill()
        holder.wait()
    ids = {row["article"] for row in json.loads(run("ask", "officials", "--store", store, "--format", "json").stdout)}
    assert "other" in ids
