"""The resolver's steps in order: codes, persons, meetings and series, rounds, records.

:class:`Resolver` holds the index of what the store already knows (diplograph.graph.resolve.index)
and rewrites a new article's graph to the canonical IRIs of the things it recognises, before the
ingest writes it; see the package docstring for the rules.
"""
from __future__ import annotations

from collections.abc import Callable

from rdflib import Graph

from diplograph.graph.rdf import contact_pairs
from diplograph.graph.resolve.index import Index, capital_aliases
from diplograph.graph.resolve.meetings import resolve_meetings
from diplograph.graph.resolve.model import Judgement
from diplograph.graph.resolve.persons import resolve_persons
from diplograph.graph.resolve.places import resolve_codes
from diplograph.graph.resolve.rounds import order_rounds
from diplograph.graph.resolve.writes import add_records, new_graph, rewrite

__all__ = ["Resolver"]


class Resolver:
    """Maps the persons, meetings, series, places and organisations of new articles to known ones.

    Args:
        select: runs a read-only SPARQL SELECT over the union of the store's graphs and returns
            rows as dicts of plain values (IRIs as str), e.g.
            ``lambda q: run_query(db, q)[1]``. The index is built once, with eleven simple queries
            (``ontology/queries/resolve/``).

    Example::

        resolver = Resolver(lambda q: run_query(db, q)[1])
        graphs = {aid: resolver.resolve(aid, g) for aid, g in graphs.items()}
        ingest_graphs(db, graphs)
        for update in resolver.updates():
            db.update(update)
    """

    def __init__(self, select: Callable[[str], list[dict]]):
        self._index = Index()
        self._index.aliases = capital_aliases()
        self._index.load(select)
        self._pending: list[str] = []

    def forget(self, article_id: str) -> None:
        """Ignore what the store holds for ``article_id`` (the article is being re-ingested)."""
        self._index.forget(article_id)

    def resolve(self, article_id: str, graph: Graph) -> Graph:
        """The article's graph with known entities' IRIs, plus one record per judgement.

        A ``dipl:Merge`` per rewrite, a ``dipl:UnsureMatch`` per pair scored between the lower
        bound and the merge threshold. The input graph is not modified. The result is added to
        the index, so the next article of the same batch resolves against this one.
        """
        index = self._index
        g = new_graph()
        for t in graph:
            g.add(t)
        judgements: list[Judgement] = []
        g = rewrite(g, resolve_codes(index, g, judgements))
        g = rewrite(g, resolve_persons(index, g, judgements))
        g = rewrite(g, resolve_meetings(index, article_id, g, judgements, self._pending))
        order_rounds(index, article_id, g, self._pending)
        contact_pairs(g)  # two actors merged into one person are no pair any more
        add_records(g, article_id, judgements)
        index.add_graph(article_id, g)
        return g

    def updates(self) -> list[str]:
        """SPARQL UPDATEs on other articles' graphs to run in the ingest's transaction; then cleared."""
        pending, self._pending = self._pending, []
        return pending
