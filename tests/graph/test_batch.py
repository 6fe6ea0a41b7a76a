"""Batch ingest with the real pipeline: mixed inputs, bad articles skipped, resume after SIGKILL."""
from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph
import pytest

pytestmark = pytest.mark.slow

CLI = [sys.executable, "-m", "diplograph.graph"]
EVAL = Path(__file__).parents[1] / "fixtures" / "eval" / "texts"


def run(*args, timeout=600) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, timeout=timeout)


def french_texts() -> list[tuple[str, dict]]:
    out = []
    for path in sorted(EVAL.glob("fr-*.txt")):
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        out.append((path.read_text(encoding="utf-8"), meta))
    return out


def write_corpus(path: Path, n: int) -> Path:
    """A JSONL corpus of n distinct articles: our fixture texts, each with a numbered closing line."""
    texts = french_texts()
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text, meta = texts[i % len(texts)]
            record = {"id": f"wire-{i:04d}", "text": f"{text.rstrip()}\nDépêche numéro {i}.",
                      "published": meta.get("published"), "url": f"https://wire.example.org/{i}", "lang": "fr"}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def stored_articles(store: Path) -> dict[str, int]:
    """Article id → number of article nodes carrying it (more than 1 would be a duplicate)."""
    proc = run("query", "SELECT ?id (COUNT(?a) AS ?n) WHERE { GRAPH ?g { ?a <https://w3id.org/dipl/ns#articleId> ?id } } "
               "GROUP BY ?id", "--store", store, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    return {r["id"]: r["n"] for r in json.loads(proc.stdout)}


def dump(store: Path) -> str:
    proc = run("export", "--format", "nquads", "--store", store)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_mixed_inputs_bad_ones_skipped_with_reasons(tmp_path):
    folder = tmp_path / "feed" / "nested"
    folder.mkdir(parents=True)
    texts = french_texts()
    (folder / "a.txt").write_text(texts[0][0], encoding="utf-8")
    (folder / "a.json").write_text(json.dumps(texts[0][1]), encoding="utf-8")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    page = tmp_path / "page.html"
    page.write_text(f"<html lang='fr'><body><nav>Menu</nav><article><h1>{texts[1][0].splitlines()[0]}</h1>"
                    + "".join(f"<p>{line}</p>" for line in texts[1][0].splitlines()[1:] if line.strip())
                    + "</article></body></html>", encoding="utf-8")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "j1", "text": texts[2][0], "published": "2025-01-10"}) + "\n"
                      + '{"id": "j2", "text": "x", "published": "2025-13-45"}\n' + "{not json\n", encoding="utf-8")
    store = tmp_path / "store"
    proc = run("ingest", tmp_path / "feed", page, str(tmp_path / "*.jsonl"), "--store", store, "--workers", "2")
    assert proc.returncode == 0, proc.stderr
    skipped = [line for line in proc.stderr.splitlines() if line.startswith("skipped:")]
    assert len(skipped) == 4, proc.stderr
    joined = "\n".join(skipped)
    assert "empty.txt: empty article" in joined and "binary.txt: binary file" in joined
    assert "record 2" in joined and "malformed publication date" in joined and "record 3" in joined
    assert set(stored_articles(store)) == {"a", "page", "j1"}
    # --strict: the same skipped articles make the run fail, the good ones are already there.
    strict = run("ingest", tmp_path / "feed", "--store", store, "--strict")
    assert strict.returncode == 1 and "2 article(s) skipped (--strict)" in strict.stderr
    assert set(stored_articles(store)) == {"a", "page", "j1"}


def test_changed_text_replaces_its_graph_and_unchanged_is_skipped(tmp_path):
    text, meta = french_texts()[3]
    article = tmp_path / "story.txt"
    article.write_text(text, encoding="utf-8")
    article.with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
    store = tmp_path / "store"
    assert run("ingest", article, "--store", store).returncode == 0
    first = dump(store)
    again = run("ingest", article, "--store", store)
    assert again.returncode == 0 and dump(store) == first
    article.write_text(text.rstrip() + "\n« Nous ne céderons rien », a déclaré un diplomate anonyme.\n", encoding="utf-8")
    assert run("ingest", article, "--store", store).returncode == 0
    second = dump(store)
    assert second != first and "Nous ne céderons rien" in second
    assert stored_articles(store) == {"story": 1}
    old_hash = hashlib.sha256(text.strip().encode("utf-8")).hexdigest()
    assert old_hash in first and old_hash not in second


def test_sigkill_mid_batch_then_resume_equals_uninterrupted_run(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 72)
    reference = tmp_path / "reference"
    proc = run("ingest", corpus, "--store", reference, "--workers", "1", "--commit-every", "8")
    assert proc.returncode == 0, proc.stderr
    assert len(stored_articles(reference)) == 72

    store = tmp_path / "killed"
    victim = subprocess.Popen([*CLI, "ingest", str(corpus), "--store", str(store), "--workers", "1",
                               "--commit-every", "8"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # Kill it as soon as the first transaction is in, well before the end (a read-only view of
    # the store can be opened beside the writer).
    deadline = time.time() + 300
    while time.time() < deadline and victim.poll() is None:
        try:
            if len(pyoxigraph.Store.read_only(str(store))):
                break
        except (OSError, RuntimeError):  # not created yet, or being created
            pass
        time.sleep(0.02)
    assert victim.poll() is None, "the batch ended before it could be killed; make the corpus larger"
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait()

    partial = stored_articles(store)
    assert 0 < len(partial) < 72 and set(partial.values()) == {1}  # whole articles only, no duplicate
    resumed = run("ingest", corpus, "--store", store, "--workers", "1", "--commit-every", "8")
    assert resumed.returncode == 0, resumed.stderr
    assert stored_articles(store) == {f"wire-{i:04d}": 1 for i in range(72)}
    assert dump(store) == dump(reference)
