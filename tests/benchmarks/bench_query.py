"""Benchmark (not a test): bulk load and queries at scale, Oxigraph against rdflib in memory.

    python tests/benchmarks/bench_query.py [--articles 20000] [--rdflib-articles 2500] [--repeat 5] [--json FILE]

1. Generates ``--articles`` synthetic articles (``synth.py``: the real ``facts_to_rdf`` on facts shaped
   like the pipeline's output, ~420 quads an article) and writes them as one N-Quads dump, the same
   lines ``diplograph export --format nquads`` writes.
2. Bulk-loads the dump into an empty store (``Store.bulk_load``), reports quads/s.
3. Runs every named question on the whole store three ways: as is (all rows: a table dump), bound
   the way a user asks at scale (one article, one state, one person: the query text that
   ``diplograph ask --where`` runs, written by ``sparqltext.bind``), and as a first page
   (``LIMIT 100``); plus graph walks (two-hop contacts, the chain of rounds of a series, paths
   between two states), bound the same way.
4. Runs the same query texts on rdflib's in-memory engine (``Dataset(default_union=True)``) loaded
   from the first ``--rdflib-articles`` of the same dump (at 20,000 articles rdflib would need
   ~15 GB and tens of minutes a query), against an Oxigraph store of exactly that part: ratios
   compare the two engines on the same data, in the same run.
5. Checks the answers: on that part, both engines give the same number of rows, and each bound
   named question gives exactly the rows of its whole table whose column is the value. Any
   difference is listed after the table and the script exits with status 1.

rdflib gets the bound text, never ``initBindings``: rdflib reads an ``initBindings`` value only as
a fallback for a row that lacks the variable (``FrozenBindings.__getitem__``), so a column computed
by BIND kept its own value (the binding was ignored: "one state" counted every state) and a
variable a sub-select or a GRAPH block did not bind took the value anyway.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

PREFIXES = """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX schema: <https://schema.org/>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX dipl: <https://w3id.org/dipl/ns#>
"""
#: Graph walks (not named questions). Each hop stays inside one article's graph, then joins
#: across articles: over the union default graph, Oxigraph 0.5 matches a triple once per graph
#: that holds it (oxigraph#1919), and a state typed in 5,000 graphs would multiply every row by
#: 5,000. ``# bound vars:`` names the variables bound in every row, looked up first when bound
#: (``sparqltext.bind``). ``test_walks.py`` checks the answers on a small graph by hand.
WALKS = {
    # Persons who met someone who met ?x (friends of friends), with the go-between. The test that
    # compares the two hops sits outside both hops: inside the second one ?x is not in scope,
    # every comparison with it fails, and the walk had no answer for anyone. Each hop is a
    # DISTINCT sub-select: as two plain GRAPH blocks, Oxigraph 0.5 took 1.8 s for the busiest
    # person of 300 articles (0.3 s this way) and had not answered after 10 minutes at 2,500.
    "two_hop_contacts": PREFIXES + """# bound vars: ?x
SELECT DISTINCT ?x ?name ?via WHERE {
  { SELECT DISTINCT ?x ?mid ?via WHERE {
      GRAPH ?g1 { ?m1 sem:hasActor ?x , ?mid . ?x a schema:Person . ?mid a schema:Person ; schema:name ?via .
                  FILTER (?mid != ?x) } } }
  { SELECT DISTINCT ?mid ?p ?name WHERE {
      GRAPH ?g2 { ?m2 sem:hasActor ?mid , ?p . ?p a schema:Person ; schema:name ?name . FILTER (?p != ?mid) } } }
  FILTER (?p != ?x)
} ORDER BY ?name ?via""",
    # Every earlier round of a series of talks, walking dipl:previousRound back from ?last. ?last
    # is a meeting first: a zero-length path matches any term it starts from, even a literal.
    "series_rounds": PREFIXES + """# bound vars: ?last
SELECT DISTINCT ?last ?round ?date WHERE {
  ?last a dipl:DiplomaticMeeting ; dipl:previousRound* ?round . OPTIONAL { ?round dipl:date ?date }
} ORDER BY ?date""",
    # Two states that never met: the states that met both, and in how many meetings.
    "state_paths": PREFIXES + """# bound vars: ?x ?y
SELECT ?x ?y ?via ?with_x ?with_y WHERE {
  { SELECT ?x ?via (COUNT(DISTINCT ?m1) AS ?with_x) WHERE {
      GRAPH ?g1 { ?m1 sem:hasActor ?x , ?via . ?x a dipl:State . ?via a dipl:State . FILTER (?via != ?x) } }
    GROUP BY ?x ?via }
  { SELECT ?y ?via (COUNT(DISTINCT ?m2) AS ?with_y) WHERE {
      GRAPH ?g2 { ?m2 sem:hasActor ?y , ?via . ?y a dipl:State . ?via a dipl:State . FILTER (?via != ?y) } }
    GROUP BY ?y ?via }
} ORDER BY DESC(?with_x) ?via""",
}


def _synth():
    spec = importlib.util.spec_from_file_location("diplograph_synth", HERE / "synth.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def _median_s(fn, repeat: int) -> tuple[float, object]:
    """Median of ``repeat`` runs; a run over 2 s is not repeated (its noise is small next to it)."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
        if times[0] > 2.0:
            break
    return statistics.median(times), result


def machine() -> dict:
    """What the figures were measured on."""
    import pyoxigraph
    import rdflib

    cpu = ""
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        cpu = platform.processor()
    try:
        mem = subprocess.run(["free", "-g"], capture_output=True, text=True, check=False).stdout.split("\n")[1].split()[1]
    except (OSError, IndexError):
        mem = "?"
    import os

    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": mem, "python": platform.python_version(),
            "pyoxigraph": pyoxigraph.__version__, "rdflib": rdflib.__version__, "system": platform.platform()}


def generate_dump(synth, articles: int, part: int, folder: Path, seed: int) -> dict:
    """Write the whole dump and its first ``part`` articles; collect the values the bound queries use."""
    full, head = folder / "dump.nq", folder / "part.nq"
    persons, states, last_rounds, met, names = Counter(), Counter(), {}, set(), {}
    quads = part_quads = 0
    start = time.perf_counter()
    with open(full, "w", encoding="utf-8") as out, open(head, "w", encoding="utf-8") as out_part:
        for i, ex in enumerate(synth.generate(articles, seed=seed)):
            text = synth.graph_nquads(ex)
            n = text.count("\n")
            out.write(text)
            quads += n
            if i < part:
                out_part.write(text)
                part_quads += n
                persons.update(p.key for p in ex.persons)
                names.update((p.key, p.name) for p in ex.persons)
                states.update(s.code for s in ex.states if s.acting)
                for m in ex.meetings:
                    met.update((a, b) for a in m.states for b in m.states)
                    if m.series:
                        last_rounds.setdefault(m.series, []).append(m.key)
    seconds = time.perf_counter() - start
    # Bindings from the part, so that both engines have them: the busiest person and state (the
    # worst case for a bound query), an article in the middle, the longest series of talks, and the
    # two busiest states that never met each other.
    ranked = [s for s, _ in states.most_common()]
    pair = next(((a, b) for i, a in enumerate(ranked) for b in ranked[i + 1:] if (a, b) not in met), (ranked[0], ranked[1]))
    series = max(last_rounds.values(), key=lambda keys: len(dict.fromkeys(keys)))
    return {"full": full, "part": head, "quads": quads, "part_quads": part_quads, "generate_s": seconds,
            "person": persons.most_common(1)[0][0], "person_name": names[persons.most_common(1)[0][0]], "state": ranked[0], "pair": pair,
            "article": f"synth-{part // 2:06d}", "last_round": list(dict.fromkeys(series))[-1],
            "series_rounds": len(dict.fromkeys(series))}


def cases(picks: dict) -> list[tuple[str, str, str, dict]]:
    """(query, variant, SPARQL text with its bindings written in, bindings) for every measurement."""
    from diplograph.graph.ids import mint, state_iri
    from diplograph.graph.sparqltext import bind
    from diplograph.ontology import query_names, read_query

    person, state, article = picks["person_name"], picks["state"], picks["article"]
    bound = {
        "states": [("article", {"article": article}), ("state", {"state": state})],
        "officials": [("article", {"article": article}), ("person", {"person": person}), ("state", {"state": state})],
        "meetings": [("article", {"article": article}), ("country", {"country": state})],
        "positions": [("article", {"article": article}), ("state", {"speaker_state": state})],
        "contacts": [("person", {"person": person})],
        "state_meetings": [("state", {"state": state})],
        "timeline": [("article", {"article": article})],
        "provenance": [("article", {"article": article})],
        "organizations": [("state", {"state": state})],
    }
    person, state = str(mint("person", picks["person"])), str(state_iri(picks["state"]))
    out = []
    for name in query_names():
        text = read_query(name)
        out.append((name, "all rows", text, {}))
        for label, bindings in bound.get(name, []):
            out.append((name, f"one {label}", bind(text, bindings), bindings))
        out.append((name, "LIMIT 100", text.rstrip() + "\nLIMIT 100", {}))
    walks = [("two_hop_contacts", "one person", {"x": person}),
             ("series_rounds", f"{picks['series_rounds']} rounds", {"last": str(mint("meeting", picks["last_round"]))})]
    x, y = picks["pair"]
    walks.append(("state_paths", "two states", {"x": str(state_iri(x)), "y": str(state_iri(y))}))
    out.extend((name, variant, bind(WALKS[name], bindings), bindings) for name, variant, bindings in walks)
    return out


def _text(value) -> str:
    """A column value as a binding compares it (``sparqltext.bind``)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


#: GROUP_CONCAT columns and their separators: SPARQL leaves the order of the values open.
CONCAT = {"with": " ", "states": " ", "persons": "|", "spellings": "|", "article_spellings": "|"}


def _rows(rows: list) -> Counter:
    """Rows as a multiset, the values of GROUP_CONCAT columns sorted."""
    def norm(key, value):
        text = _text(value)
        return CONCAT[key].join(sorted(text.split(CONCAT[key]))) if key in CONCAT else text

    return Counter(json.dumps({k: norm(k, v) for k, v in row.items()}, sort_keys=True) for row in rows)


def check(result: dict, whole: dict[str, list[dict]]) -> list[str]:
    """Every disagreement: between the two engines, and between a bound question and its whole table."""
    problems = []
    for q in result["queries"]:
        label = f"{q['query']} / {q['variant']}"
        if q["rdflib_rows"] is not None and q["rdflib_rows"] != q["part_rows"]:
            problems.append(f"{label}: Oxigraph {q['part_rows']} rows, rdflib {q['rdflib_rows']} on the same quads")
        if q["bindings"] and q["query"] in whole:
            keep = [r for r in whole[q["query"]] if all(_text(r.get(k)) == v for k, v in q["bindings"].items())]
            if _rows(keep) != _rows(q["rows_part"]):
                problems.append(f"{label}: {q['part_rows']} rows bound, but {len(keep)} rows of the whole table "
                                f"have {q['bindings']} (or not the same rows)")
    return problems


def run(args) -> dict:
    import pyoxigraph as ox
    from rdflib import Dataset

    from diplograph.graph.store import open_store, run_query

    synth = _synth()
    result = {"machine": machine(), "articles": args.articles, "rdflib_articles": args.rdflib_articles, "queries": []}
    with tempfile.TemporaryDirectory(prefix="diplograph-bench-") as tmp:
        tmp = Path(tmp)
        print(f"generating {args.articles} articles...", file=sys.stderr)
        picks = generate_dump(synth, args.articles, args.rdflib_articles, tmp, args.seed)
        result["generate"] = {"quads": picks["quads"], "seconds": picks["generate_s"],
                              "dump_mb": picks["full"].stat().st_size / 1e6}

        print(f"bulk-loading {picks['quads']} quads...", file=sys.stderr)
        db = open_store(tmp / "store", create=True)
        start = time.perf_counter()
        db.bulk_load(path=str(picks["full"]), format=ox.RdfFormat.N_QUADS)
        load_s = time.perf_counter() - start
        if len(db) != picks["quads"]:
            raise SystemExit(f"error: the store holds {len(db)} quads, the dump {picks['quads']}")
        result["bulk_load"] = {"quads": picks["quads"], "seconds": load_s, "quads_per_s": picks["quads"] / load_s}

        part = open_store(tmp / "part", create=True)
        part.bulk_load(path=str(picks["part"]), format=ox.RdfFormat.N_QUADS)
        print(f"loading {picks['part_quads']} quads into rdflib...", file=sys.stderr)
        ds = Dataset(default_union=True)
        start = time.perf_counter()
        ds.parse(str(picks["part"]), format="nquads")
        rd_load = time.perf_counter() - start
        result["rdflib_load"] = {"quads": picks["part_quads"], "seconds": rd_load,
                                 "quads_per_s": picks["part_quads"] / rd_load}
        result["picks"] = {k: v for k, v in picks.items() if k not in ("full", "part")}

        whole = {}  # the part's whole tables, to check the bound answers against
        for name, variant, sparql, bindings in cases(picks):
            print(f"  {name} / {variant}", file=sys.stderr)
            # The same text on both engines: the bindings are in it (VALUES and FILTER).
            ox_s, (_, rows) = _median_s(lambda: run_query(db, sparql), args.repeat)
            part_s, (_, part_rows) = _median_s(lambda: run_query(part, sparql), args.repeat)
            if variant == "all rows":
                whole[name] = part_rows
            entry = {"query": name, "variant": variant, "bindings": bindings, "oxigraph_ms": ox_s * 1000,
                     "rows": len(rows), "part_oxigraph_ms": part_s * 1000, "part_rows": len(part_rows)}
            try:
                rd_s, rd_rows = _median_s(lambda: list(ds.query(sparql)), args.rdflib_repeat)
                entry.update(rdflib_ms=rd_s * 1000, rdflib_rows=len(rd_rows), ratio=rd_s / part_s)
            except Exception as exc:  # rdflib's engine fails on some aggregates over unbound values
                entry.update(rdflib_ms=None, rdflib_rows=None, ratio=None, rdflib_error=f"{type(exc).__name__}: {exc}"[:120])
            result["queries"].append(entry)
            if bindings and name in whole:
                entry["rows_part"] = part_rows
        result["problems"] = check(result, whole)
        for q in result["queries"]:
            q.pop("rows_part", None)  # kept only for the check, not for --json
    return result


def print_report(result: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    m, g, bl, rl = result["machine"], result["generate"], result["bulk_load"], result["rdflib_load"]
    console = Console()
    console.print(f"[bold]machine[/]: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB; Python {m['python']}, "
                  f"pyoxigraph {m['pyoxigraph']}, rdflib {m['rdflib']}")
    console.print(f"generated {result['articles']} articles, {g['quads']:,} quads ({g['dump_mb']:.0f} MB of N-Quads) "
                  f"in {g['seconds']:.0f} s")
    console.print(f"[bold]bulk load[/] into an empty store: {bl['quads']:,} quads in {bl['seconds']:.1f} s = "
                  f"[bold]{bl['quads_per_s']:,.0f} quads/s[/]")
    console.print(f"rdflib in memory, first {result['rdflib_articles']} articles: {rl['quads']:,} quads parsed in "
                  f"{rl['seconds']:.1f} s = {rl['quads_per_s']:,.0f} quads/s "
                  f"({bl['quads_per_s'] / rl['quads_per_s']:.0f}x slower than the bulk load)")
    table = Table(title=f"queries: Oxigraph on all {g['quads']:,} quads; ratio = rdflib / Oxigraph on the same "
                        f"{rl['quads']:,} quads")
    for col in ("query", "variant", "Oxigraph ms", "rows", "Oxigraph ms (part)", "rdflib ms (part)", "ratio",
                "rows (part)"):
        table.add_column(col, justify="left" if col in ("query", "variant") else "right")
    for q in result["queries"]:
        same = q["rdflib_rows"] == q["part_rows"]
        rows = f"{q['part_rows']}" + ("" if same or q["rdflib_rows"] is None else f" ≠ {q['rdflib_rows']}")
        table.add_row(q["query"], q["variant"], f"{q['oxigraph_ms']:.1f}", f"{q['rows']:,}", f"{q['part_oxigraph_ms']:.1f}",
                      f"{q['rdflib_ms']:.0f}" if q["rdflib_ms"] is not None else "failed",
                      f"{q['ratio']:.0f}x" if q["ratio"] is not None else "-", rows)
    console.print(table)
    for q in result["queries"]:
        if q.get("rdflib_error"):
            console.print(f"rdflib failed {q['query']} / {q['variant']}: {q['rdflib_error']}", markup=False)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=20_000, help="articles in the store (default 20000)")
    ap.add_argument("--rdflib-articles", type=int, default=1_000,
                    help="the first N articles are also loaded into rdflib (default 1000, ~430 k quads)")
    ap.add_argument("--repeat", type=int, default=5, help="Oxigraph runs per query; the median is kept")
    ap.add_argument("--rdflib-repeat", type=int, default=1, help="rdflib runs per query")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", type=Path, help="also save the results to this JSON file")
    args = ap.parse_args()
    if not 0 < args.rdflib_articles <= args.articles:
        ap.error("--rdflib-articles must be between 1 and --articles")
    _synth().finish(run(args), print_report, args.json)


if __name__ == "__main__":
    main()
