"""The binding invariant of the named questions, shared by the embedded-store, server and Virtuoso tests.

    ask NAME --where K=V  ==  the rows of NAME (all rows) whose K column is V, as a multiset

K is any column of the question's query that a binding can reach (``bindable_columns``): the
columns ``ask`` shows, and the ones its table leaves out (states' ``article``, officials'
``status``...), which then mean "the rows of the query whose K is V", shaped as ``ask`` shapes
them. V is compared as text: an IRI as written, a literal's lexical form, a number as a number; an empty V keeps the
rows without a value.

The store: the first articles of the synthetic generator (shaped like the pipeline's output, with
the same officials, meetings and series reported by several articles) and hand-built articles
for what the generator never writes (a person without post or state, an organisation without
state, a meeting without date or place, a statement without speaker or state, a spelling variant
that the resolver merges), all resolved and written as the ingest does.

Loaded by path, as the tests are not a package.
"""
from __future__ import annotations

import importlib.util
import itertools
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: GROUP_CONCAT columns and their separators: SPARQL leaves the order of the values open.
CONCAT = {"with": " ", "states": " ", "persons": "|", "spellings": "|", "article_spellings": "|"}
ABSENT = "no such value"


def _synth():
    spec = importlib.util.spec_from_file_location("diplograph_synth", HERE / "benchmarks" / "synth.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def _hand_built() -> list:
    """Articles with the facts the generator never writes, each one on purpose."""
    from diplograph.loaders.facts import (
        Article, DateValue, Evidence, Extraction, Meeting, Organization, Person, Place, Position, RoleHolding, State,
    )

    def article(aid: str, text: str, published: str) -> Article:
        return Article(aid, text, "fr", text.splitlines()[0], None, published, sha256=aid.ljust(64, "0"))

    def ev(aid: str, text: str, span: str) -> Evidence:
        start = text.index(span)
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        return Evidence(aid, text[line_start:line_end], line_start, line_end, start, start + len(span), "rule:test", 0.8)

    t1 = ("Entretien à Oslo\nLa ministre norvégienne Anna Berg a reçu à Oslo l'ambassadeur russe Alexandr Darchiev. "
          "Karl Moe assistait à la réunion. « Rien n'est réglé », a dit une source proche du dossier. "
          "L'Organisation des pêches du Nord a salué la rencontre.")
    t2 = ("Réunion à Reykjavik\nL'ambassadeur russe Alexandre Dartchiev a rencontré la ministre Anna Berg. "
          "Une réunion est prévue plus tard. « Nous avançons », a déclaré Anna Berg.")
    d1 = DateValue("le 2 mai", "2024-05-02", True)
    e1 = lambda span: ev("hand-1", t1, span)  # noqa: E731
    e2 = lambda span: ev("hand-2", t2, span)  # noqa: E731
    states = lambda e: (State("NOR", "NO", "Norvège", "Q20", True, ("demonym",), (e,)),  # noqa: E731
                        State("RUS", "RU", "Russie", "Q159", True, ("demonym",), (e,)),
                        State("ISL", "IS", "Islande", "Q189", False, ("name",), (e,)))
    first = Extraction(
        article=article("hand-1", t1, "2024-05-03"),
        states=states(e1("norvégienne")),
        persons=(Person("anna-berg", "Anna Berg", ("Berg",), "NOR", (e1("Anna Berg"),)),
                 Person("alexandr-darchiev", "Alexandr Darchiev", (), "RUS", (e1("Alexandr Darchiev"),)),
                 # Named without a post or a state: the second branch of 'officials'.
                 Person("karl-moe", "Karl Moe", (), None, (e1("Karl Moe"),))),
        organizations=(Organization("org-peches-nord", "Organisation des pêches du Nord", "international",
                                    evidence=(e1("Organisation des pêches du Nord"),)),),  # no state
        places=(Place("city-nor-oslo", "Oslo", "city", "NOR"),),
        roles=(RoleHolding("anna-berg", "ministre norvégienne", "foreign_minister", "NOR", None, None, d1, "current",
                           e1("ministre norvégienne Anna Berg")),
               # No as_of date, no organisation; posted to a state.
               RoleHolding("alexandr-darchiev", "ambassadeur russe", "ambassador", "RUS", None, "NOR", None, "current",
                           e1("ambassadeur russe Alexandr Darchiev"))),
        meetings=(Meeting("2024-05-02--nor-rus--meeting", "meeting", "held", d1, "city-nor-oslo", "NOR", None,
                          ("NOR", "RUS"), ("alexandr-darchiev", "anna-berg", "karl-moe"), host="NOR",
                          label="meeting 2024-05-02 Oslo", evidence=(e1("a reçu"),)),),
        positions=(Position("q1", "Rien n'est réglé", "direct", "dire", None, "anonymous", "une source proche du dossier",
                            None, None, None, None, None, e1("Rien n'est réglé")),),  # no speaker, no state, no date
    )
    second = Extraction(
        article=article("hand-2", t2, "2024-05-04"),
        states=states(e2("russe")),
        persons=(Person("anna-berg", "Anna Berg", ("Berg",), "NOR", (e2("Anna Berg"),)),
                 # A spelling variant of the first article's ambassador: the resolver merges it.
                 Person("alexandre-dartchiev", "Alexandre Dartchiev", (), "RUS", (e2("Alexandre Dartchiev"),))),
        roles=(RoleHolding("alexandre-dartchiev", "ambassadeur russe", "ambassador", "RUS", None, "NOR", None, "current",
                           e2("ambassadeur russe Alexandre Dartchiev")),
               RoleHolding("anna-berg", "ministre", "foreign_minister", "NOR", None, None, None, "current",
                           e2("ministre Anna Berg"))),
        meetings=(Meeting("hand-2--m1", "meeting", "planned", None, None, None, None, ("NOR", "RUS"), (),
                          label="meeting", evidence=(e2("Une réunion est prévue"),)),),  # no date, no place
        positions=(Position("q2", "Nous avançons", "direct", "declarer", "anna-berg", "person", None, None, "NOR",
                            DateValue("le 4 mai", "2024-05-04", True), "hand-2--m1", None, e2("Nous avançons")),),
    )
    return [first, second]


def extractions(synth_articles: int = 30) -> list:
    """The first synthetic articles of a long run (a few days apart, so they share meetings) and ours."""
    synth = _synth()
    return list(itertools.islice(synth.generate(2000, seed=11), synth_articles)) + _hand_built()


def build(store) -> dict[str, str]:
    """Resolve and write every article into ``store`` as the ingest does; article id → N-Triples."""
    import pyoxigraph as ox

    from diplograph.graph.ids import graph_iri
    from diplograph.graph.rdf import facts_to_rdf
    from diplograph.graph.resolve import Resolver
    from diplograph.graph.store import ingest_graphs, run_query

    exs = extractions()
    for batch in (exs[:20], exs[20:]):  # two ingest runs: the second resolves against the first
        resolver = Resolver(lambda q: run_query(store, q)[1])
        graphs = {ex.article.id: resolver.resolve(ex.article.id, facts_to_rdf(ex)) for ex in batch}
        ingest_graphs(store, graphs, resolver.updates())
    return {ex.article.id: store.dump(format=ox.RdfFormat.N_TRIPLES,
                                      from_graph=ox.NamedNode(str(graph_iri(ex.article.id)))).decode("utf-8")
            for ex in exs}


def text(value) -> str:
    """A column value as a binding compares it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def matches(value, wanted: str) -> bool:
    """Whether a column value is what a binding to ``wanted`` keeps (numbers compare as numbers)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return float(wanted) == value
        except ValueError:
            return False
    return text(value) == wanted


def normal(rows: list[dict]) -> Counter:
    """Rows as a multiset, GROUP_CONCAT lists sorted (their order is the engine's choice)."""
    out = Counter()
    for row in rows:
        norm = {}
        for key, value in row.items():
            if key in CONCAT and isinstance(value, str):
                value = CONCAT[key].join(sorted(v for v in value.split(CONCAT[key]) if v)) or None
            norm[key] = value
        out[json.dumps(norm, sort_keys=True, ensure_ascii=False)] += 1
    return out


def values(rows: list[dict], key: str) -> list[str]:
    """The values to bind ``key`` to: the most and least frequent, one more, none, and an absent one."""
    counts = Counter(text(r.get(key)) for r in rows)
    present = sorted((v for v in counts if v), key=lambda v: (-counts[v], v))
    picked = present[:1] + present[-1:] + present[len(present) // 2:len(present) // 2 + 1]
    if "" in counts:
        picked.append("")
    picked.append(ABSENT)
    return list(dict.fromkeys(picked))


def cases(raw: dict[str, list[dict]]) -> list[tuple[str, str, str]]:
    """(question, column, value) for every named question and every column a binding reaches."""
    from diplograph.graph.ask import bindable_columns

    out = []
    for name, rows in raw.items():
        for key in bindable_columns(name):
            out.extend((name, key, value) for value in values(rows, key))
    return out


def expected(name: str, raw_rows: list[dict], key: str, value: str) -> list[dict]:
    """The rows of the unbound question whose ``key`` is ``value``, shaped as ``ask`` shapes them."""
    from diplograph.graph.ask import shape

    return shape(name, [r for r in raw_rows if matches(r.get(key), value)])

