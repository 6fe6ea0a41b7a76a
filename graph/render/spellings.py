"""Each article's spelling of a person, and the canonical one, for ``ask persons`` and the page.

The resolver gives one IRI to "Sergueï Boutchkov", "Sergey Buchkov" and "Sergei Butchkov"; each
article's graph keeps the name as that article wrote it. The canonical spelling is the one a
reader expects as the node's name: a full name before a surname alone, then the spelling most
articles use, then the longest (then the greatest, so that the choice never depends on row
order). ``ontology/queries/persons.rq`` computes the same in SPARQL; a test holds them equal.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from diplograph.graph.store import run_query
from diplograph.ontology import read_query

__all__ = ["Spellings", "canonical_name", "person_spellings", "annotate"]


@dataclass
class Spellings:
    """The canonical name of one person and each article's spelling."""

    canonical: str = ""
    #: article id → the name as that article writes it.
    by_article: dict[str, str] = field(default_factory=dict)


def canonical_name(articles_per_spelling: dict[str, int]) -> str:
    """The canonical spelling among ``{spelling: number of articles using it}``.

    >>> canonical_name({"Buchkov": 3, "Sergey Buchkov": 2, "Sergueï Boutchkoff": 1})
    'Sergey Buchkov'
    """
    return max(articles_per_spelling, key=lambda n: (" " in n, articles_per_spelling[n], len(n), n))


def person_spellings(store) -> dict[str, Spellings]:
    """Person IRI → its :class:`Spellings`, over the whole store (one query)."""
    by_person: dict[str, Spellings] = defaultdict(Spellings)
    counts: dict[str, Counter] = defaultdict(Counter)
    for r in run_query(store, read_query("names/spellings"))[1]:
        by_person[r["person"]].by_article[r["article"]] = r["spelling"]
        counts[r["person"]][r["spelling"]] += 1
    for person, spellings in by_person.items():
        spellings.canonical = canonical_name(counts[person])
    return dict(by_person)


def annotate(g, store) -> None:
    """Give the person nodes of a page graph their canonical name and each article's spelling,
    and link the statement nodes that report one statement ("same statement").

    ``g`` is a graph from :func:`diplograph.graph.render.network.to_networkx`, whose person label is
    one article's spelling; the page shows the canonical name and lists the others, with their
    articles (``spellings``: "article=spelling" lines).
    """
    names = person_spellings(store)
    for n, d in g.nodes(data=True):
        found = names.get(n)
        if d.get("type") != "person" or found is None:
            continue
        d["label"] = d["text"] = found.canonical
        d["spellings"] = "\n".join(f"{a}={s}" for a, s in sorted(found.by_article.items()))
    # One statement reported by two articles (diplograph.graph.statements): two nodes, one link.
    for r in run_query(store, read_query("statements/same"))[1]:
        if r["a"] in g and r["b"] in g:
            g.add_edge(r["a"], r["b"], label="same statement", evidence="", article=r["a_article"], date="",
                       title=f"score {r['score']} ({r['reason']})", url="", article_title="", published="")
