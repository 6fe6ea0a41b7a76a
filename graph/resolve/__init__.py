"""Cross-article resolution: one IRI per person, meeting, series, place and organisation.

Each article is read on its own, so two outlets that spell one diplomat differently ("Timour
Koutchenov", "Timur Kuchenov") or report one meeting without agreeing on its key (one omits the
year) would give two nodes. :class:`Resolver` keeps an index of what the store already holds and
rewrites a new article's graph to the canonical IRIs of the things it recognises, before the
ingest writes it. Each rewrite is recorded as a ``dipl:Merge`` (mention, canonical, score,
reason) inside the article's own graph, so replacing the article replaces its merges, and
``diplograph unmerge`` (diplograph.graph.resolve.merges) can undo one. A pair scored between the
lower bound and the merge threshold (``weights.json``) is neither merged nor dropped: it is
recorded as a ``dipl:UnsureMatch`` and listed by ``diplograph merges --unsure``.

The article keeps its own words: the canonical IRI carries, inside that article's graph, the
name, label, kind and date as that article wrote them. Only two things cross article graphs: a
meeting whose year an article omits gets it from the article that gives it (in either order:
see :meth:`Resolver.updates`), and ``dipl:previousRound`` links are kept in date order across
the rounds all articles report.

Rules (the reasons of the merge records):

- persons: names compatible after transliteration (diplograph.graph.resolve.names); acting for two
  different known states never merges (a key that two such persons share is split by state);
  a surname alone merges only with exactly one candidate that has the same state or post.
- meetings: same day (or the same month and day when one article omits the year), same kind of
  contact (in person, call, summons), at least two acting states in common or the same set, no
  conflicting city; rounds of one series merge their series.
- places and organisations: the same Wikidata QID, or a capital written as its state's name
  ("à Koweït") and the GeoNames city of that capital.

Modules, in the order a new article meets them:

- ``names``: folding, transliteration keys and the name score (blocking keys and persons use it).
- ``index``: the blocking index of the store (and of the batch so far), read with the queries of
  ``ontology/queries/resolve/``.
- ``places``: places and organisations by code.
- ``persons``: person scoring and the person rewrites.
- ``meetings``: meeting scoring, the meeting rewrites and the years given across articles.
- ``rounds``: series merged by a shared meeting, rounds in date order.
- ``writes``: rewritten graphs, ``dipl:Merge``/``dipl:UnsureMatch`` records, update texts.
- ``merges``: listing and undoing the judgements (``diplograph merges``, ``diplograph unmerge``).
- ``weights`` (and ``weights.json``): bounds and feature weights, read once; ``model``: the
  entries, judgements and date helpers they share; ``resolver``: :class:`Resolver`.
"""
from __future__ import annotations

from diplograph.graph.resolve.model import DECISIONS_GRAPH, MERGE_KINDS
from diplograph.graph.resolve.resolver import Resolver

__all__ = ["Resolver", "DECISIONS_GRAPH", "MERGE_KINDS"]
