"""Benchmarks (not tests): speed of the whole pipeline against its own baselines, measured in the
same run and reported as ratios, so the figures mean the same on any machine.

    python tests/benchmarks/bench_pipeline.py [--repeat 3] [--copies 200]

1. Ingest: articles/s of extract_facts (sentences + spaCy + rules) against bare ``nlp.pipe`` of
   the language's model (fr_core_news_md, or en_core_web_sm with ``--lang en``) on the same texts
   (the model's own cost is the ceiling; target ratio >= 0.8).
2. Query: each competency question on the embedded Oxigraph store against rdflib's in-memory
   SPARQL engine on the same triples (target: Oxigraph faster).
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent / "fixtures" / "eval" / "texts"


def _time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_ingest(repeat: int, lang: str = "fr") -> dict:
    from diplograph.loaders.articles import read_articles
    from diplograph.loaders.extract import extract_facts
    from diplograph.loaders.nlp import load_pipeline

    nlp = load_pipeline(lang)
    articles = read_articles(sorted(EVAL.glob(f"{lang}-*.txt")), lang=lang)
    texts = [a.text for a in articles]
    bare_run = lambda: list(nlp.pipe(texts))  # noqa: E731
    full_run = lambda: [extract_facts(a, nlp) for a in articles]  # noqa: E731
    bare_run(), full_run()  # warm-up: the first call builds caches (lexicons, gazetteers, model buffers)
    # Interleaved, so that the load of a shared machine weighs on both alike; medians.
    bare_times, full_times = [], []
    for _ in range(repeat):
        bare_times.append(_time(bare_run, 1))
        full_times.append(_time(full_run, 1))
    bare, full = statistics.median(bare_times), statistics.median(full_times)
    words = sum(len(t.split()) for t in texts)
    return {"articles": len(articles), "words": words, "bare_s": bare, "pipeline_s": full,
            "articles_per_s": len(articles) / full, "ratio_to_bare_parse": bare / full}


def bench_queries(copies: int, repeat: int) -> dict:
    import tempfile
    from dataclasses import replace

    from rdflib import Dataset

    from diplograph.graph.ask import QUESTION_KEYS
    from diplograph.graph.rdf import facts_to_rdf
    from diplograph.graph.store import dump_nquads, ingest_graphs, open_store, run_query
    from diplograph.loaders.articles import read_articles
    from diplograph.loaders.extract import extract_facts
    from diplograph.loaders.nlp import load_pipeline
    from diplograph.ontology import read_query

    nlp = load_pipeline("fr")
    extractions = [extract_facts(a, nlp) for a in read_articles(sorted(EVAL.glob("fr-*.txt")))]
    graphs = {}
    for i in range(copies):
        for ex in extractions:
            art = replace(ex.article, id=f"{ex.article.id}-{i}")
            graphs[art.id] = facts_to_rdf(replace(ex, article=art))
    with tempfile.TemporaryDirectory() as tmp:
        db = open_store(Path(tmp) / "s", create=True)
        load = _time(lambda: ingest_graphs(db, graphs), 1)
        ds = Dataset(default_union=True)
        ds.parse(data=dump_nquads(db), format="nquads")
        out = {"triples": len(db), "store_load_s": load}
        for name in QUESTION_KEYS:
            q = read_query(name)
            ox = _time(lambda: run_query(db, q), repeat)
            try:
                rd = _time(lambda: list(ds.query(q)), max(1, repeat // 3))
            except Exception as exc:  # rdflib's engine fails GROUP_CONCAT over unbound values
                out[name] = {"oxigraph_ms": ox * 1000, "rdflib_ms": None, "speedup": None, "error": type(exc).__name__}
                continue
            out[name] = {"oxigraph_ms": ox * 1000, "rdflib_ms": rd * 1000, "speedup": rd / ox}
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--copies", type=int, default=20)
    ap.add_argument("--lang", default="fr", help="the eval articles of this language (fr or en) for the ingest figures")
    ap.add_argument("--no-queries", action="store_true", help="the ingest figures only")
    a = ap.parse_args()
    ingest = bench_ingest(a.repeat, a.lang)
    print(f"ingest: {ingest['articles']} articles, {ingest['words']} words; bare parse {ingest['bare_s']:.2f}s, "
          f"pipeline {ingest['pipeline_s']:.2f}s, {ingest['articles_per_s']:.1f} articles/s, "
          f"ratio to bare parse {ingest['ratio_to_bare_parse']:.2f}")
    if a.no_queries:
        return
    queries = bench_queries(a.copies, a.repeat)
    print(f"store: {queries['triples']} triples loaded in {queries['store_load_s']:.2f}s")
    for name in ("states", "officials", "meetings", "positions"):
        r = queries[name]
        if r["rdflib_ms"] is None:
            print(f"  {name:10} oxigraph {r['oxigraph_ms']:8.1f} ms   rdflib failed ({r['error']})")
        else:
            print(f"  {name:10} oxigraph {r['oxigraph_ms']:8.1f} ms   rdflib {r['rdflib_ms']:8.1f} ms   speedup x{r['speedup']:.1f}")


if __name__ == "__main__":
    main()
