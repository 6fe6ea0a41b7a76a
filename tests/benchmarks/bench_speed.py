"""Benchmark (not a test): the named questions on a 1 M-quad store, embedded against Virtuoso.

    python tests/benchmarks/bench_speed.py [--articles 2350] [--repeat 5] [--json FILE]

1. Builds once, and keeps under ``tests/benchmarks/.cache/`` (git-ignored), the synthetic
   articles of ``synth.py`` as one N-Quads dump (~1 M quads for 2,350 articles), the embedded
   store bulk-loaded from it and a Virtuoso database loaded from it (``ld_dir`` +
   ``rdf_loader_run``). A later run with the same ``--articles`` and ``--seed`` reuses all three.
2. Starts ``virtuoso-t`` on free loopback ports with that database (stopped at the end).
3. Asks every named question the way a user does, with :func:`diplograph.graph.ask.ask` on
   both engines (the same query text): its first page (``limit=100``), and for the questions
   with an ``article`` column, one article (``article=ID``, an article in the middle of the store).
   Each is the median of ``--repeat`` runs, after one warm-up run.
4. Prints a table: question, embedded ms, Virtuoso ms, ratio (embedded / Virtuoso), and whether
   the targets of issue 8 hold: one article within 50 ms, a first page within 100 ms, and the
   embedded store within 2x Virtuoso.
5. Checks the answers: the two engines give the same rows in the same order, and a first page is
   the first rows of the whole answer (the question's query with ``LIMIT 100``). Any difference is
   listed after the table, and the script exits with status 1.

Timings are measured in one run on one machine, for a ratio; nothing here is a timed test.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import secrets
import shutil
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
ONE_ARTICLE_MS, FIRST_PAGE_MS, MOST_RATIO = 50.0, 100.0, 2.0
PAGE = 100


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def build_dump(folder: Path, articles: int, seed: int) -> Path:
    """The N-Quads of the synthetic articles, written once."""
    dump = folder / "dump.nq"
    if dump.exists():
        return dump
    synth = _load("diplograph_synth", HERE / "synth.py")
    print(f"generating {articles} articles...", file=sys.stderr)
    part = dump.with_suffix(".part")
    synth.write_nquads(synth.generate(articles, seed=seed), part)
    part.rename(dump)
    return dump


def build_store(folder: Path, dump: Path):
    """The embedded store, bulk-loaded once from the dump."""
    import pyoxigraph as ox

    from diplograph.graph.store import open_store

    path = folder / "store"
    done = folder / "store.done"
    if not done.exists():
        shutil.rmtree(path, ignore_errors=True)
        print("bulk-loading the embedded store...", file=sys.stderr)
        db = open_store(path, create=True)
        db.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
        db.flush()
        del db
        done.write_text("ok\n")
    return open_store(path, read_only=True)


class Virtuoso:
    """``virtuoso-t`` on free loopback ports over the cached database, loaded once from the dump
    (started by ``running_virtuoso`` of ``tests/integration/conftest.py``, as for the tests)."""

    def __init__(self, folder: Path, dump: Path):
        self.folder, self.dump = folder / "virtuoso", dump
        self.server = None

    def __enter__(self) -> str:
        conf = _load("diplograph_virtuoso_conf", HERE.parent / "integration" / "conftest.py")
        missing = conf.require_virtuoso()
        if missing:
            raise SystemExit(f"error: {missing}")
        done = self.folder / "loaded"
        if not done.exists():
            shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(parents=True, exist_ok=True)
        # Room for the whole database in memory (~2 GB of buffers), and the dump's folder readable
        # by the bulk loader.
        self.server = conf.running_virtuoso(self.folder, max_rows=1_000_000, buffers=250_000, dirty_buffers=180_000,
                                            dirs_allowed=(str(self.dump.parent),))
        server = self.server.__enter__()
        if not done.exists():
            print("bulk-loading Virtuoso...", file=sys.stderr)
            for sql in (f"ld_dir('{self.dump.parent}', '{self.dump.name}', 'https://w3id.org/dipl/id/graph/unused')",
                        "rdf_loader_run()", "checkpoint"):
                conf._isql(server.sql_port, "dba", sql)
            # The database only listens on loopback, but keeps no known password either.
            conf._isql(server.sql_port, "dba", f"user_set_password('dba', '{secrets.token_hex(12)}')")
            done.write_text("ok\n")
        return f"{server.base}/sparql"

    def __exit__(self, *exc) -> None:
        if self.server is not None:
            self.server.__exit__(*exc)


def _median_ms(fn, repeat: int):
    result = fn()  # warm-up: caches, and the answer to compare
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


#: GROUP_CONCAT columns: SPARQL leaves the order of their values open.
CONCAT = {"states", "persons", "with", "spellings", "article_spellings"}


def _same(rows: list[dict]) -> list[str]:
    """Rows in order, the values of GROUP_CONCAT columns sorted (lists already are)."""
    out = []
    for row in rows:
        norm = {}
        for k, v in row.items():
            if k in CONCAT and isinstance(v, str):
                sep = "|" if "|" in v else " "
                v = sep.join(sorted(x for x in v.split(sep) if x)) or None
            if k in CONCAT and v == []:
                v = None
            norm[k] = v
        out.append(json.dumps(norm, sort_keys=True, ensure_ascii=False, default=str))
    return out


def cases(article: str) -> list[tuple[str, str, dict, float]]:
    """(question, variant, ask keyword arguments, target ms)."""
    from diplograph.graph.ask import bindable_columns
    from diplograph.ontology import query_names

    out = []
    for name in query_names():
        if "article" in bindable_columns(name):
            out.append((name, "one article", {"article": article}, ONE_ARTICLE_MS))
        out.append((name, f"first page ({PAGE})", {"limit": PAGE}, FIRST_PAGE_MS))
    return out


def run(args) -> dict:
    from diplograph.graph.ask import ask, shape
    from diplograph.graph.store.endpoint import Endpoint
    from diplograph.graph.sparqltext import sliced
    from diplograph.graph.store import run_query
    from diplograph.ontology import read_query

    from diplograph.graph.store.folder import FORMAT_VERSION

    # The store format is in the name: a dump written before a change of what the RDF builder
    # writes (format 2: the contact pairs) is never reused.
    folder = CACHE / f"synth-{args.articles}-seed{args.seed}-format{FORMAT_VERSION}"
    folder.mkdir(parents=True, exist_ok=True)
    dump = build_dump(folder, args.articles, args.seed)
    db = build_store(folder, dump)
    article = f"synth-{args.articles // 2:06d}"
    result = {"articles": args.articles, "quads": len(db), "article": article, "rows": [], "problems": []}
    with Virtuoso(folder, dump) as url:
        endpoint = Endpoint(url, timeout=600)
        for name, variant, kwargs, target in cases(article):
            print(f"  {name} / {variant}", file=sys.stderr)
            emb_ms, emb = _median_ms(lambda: ask(db, name, **kwargs), args.repeat)
            vir_ms, vir = _median_ms(lambda: ask(endpoint, name, **kwargs), args.repeat)
            ratio = emb_ms / vir_ms
            result["rows"].append({"question": name, "variant": variant, "embedded_ms": emb_ms, "virtuoso_ms": vir_ms,
                                   "ratio": ratio, "rows": len(emb), "target_ms": target,
                                   "met": emb_ms <= target and ratio <= MOST_RATIO})
            if _same(emb) != _same(vir):
                result["problems"].append(f"{name} / {variant}: embedded {len(emb)} rows, Virtuoso {len(vir)} rows, "
                                          "not the same rows in the same order")
            if "limit" in kwargs:
                whole = shape(name, run_query(db, sliced(read_query(name), PAGE))[1])
                if _same(emb) != _same(whole):
                    result["problems"].append(f"{name} / {variant}: not the first {PAGE} rows of the whole answer")
    return result


def print_report(result: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=max(Console().width, 132))
    table = Table(title=f"named questions on {result['quads']:,} quads ({result['articles']} synthetic articles; "
                        f"one article = {result['article']}); ratio = embedded / Virtuoso")
    for col in ("question", "variant", "embedded ms", "Virtuoso ms", "ratio", "rows", "target", "met"):
        table.add_column(col, justify="left" if col in ("question", "variant", "met") else "right")
    for r in result["rows"]:
        table.add_row(r["question"], r["variant"], f"{r['embedded_ms']:.1f}", f"{r['virtuoso_ms']:.1f}",
                      f"{r['ratio']:.2f}", str(r["rows"]), f"≤{r['target_ms']:.0f} ms, ≤{MOST_RATIO:g}x",
                      "yes" if r["met"] else "NO")
    console.print(table)
    met = sum(r["met"] for r in result["rows"])
    console.print(f"targets met: {met} of {len(result['rows'])}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2350, help="synthetic articles (default 2350: ~1 M quads)")
    ap.add_argument("--repeat", type=int, default=5, help="timed runs per question and engine; the median is kept")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", type=Path, help="also save the results to this JSON file")
    args = ap.parse_args()
    _load("diplograph_synth", HERE / "synth.py").finish(run(args), print_report, args.json)


if __name__ == "__main__":
    main()
