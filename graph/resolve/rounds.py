"""Rounds of one series across articles: one series IRI, and ``dipl:previousRound`` in date order.

Two articles may report rounds of one negotiation under series keys that differ a little (the
parties they name); a meeting both report joins the series. Each article states which round came
before as far as it knows; across articles the rounds are ordered by their full dates, and an
earlier article's link is moved when a round between two known ones arrives (an update in
``pending``).
"""
from __future__ import annotations

from rdflib import Graph, URIRef

from diplograph.graph.ids import graph_iri
from diplograph.graph.rdf import SEM
from diplograph.graph.resolve.index import Index
from diplograph.graph.resolve.model import Judgement, MeetingEntry, is_full
from diplograph.graph.resolve.writes import fill
from diplograph.ontology.namespace import DIPLO

__all__ = ["merge_series", "order_rounds"]


def merge_series(index: Index, new: MeetingEntry, canonical: str, judgements: list[Judgement],
                 rewrites: dict[URIRef, URIRef]) -> None:
    """Rounds reported by two articles whose parties differ a little: one series."""
    known = set().union(set(), *(k.series for k in index.meeting_view(canonical)))
    for s in new.series:
        if known and s not in known and URIRef(s) not in rewrites:
            target = sorted(known)[0]
            if not index.separate(s, target):
                rewrites[URIRef(s)] = URIRef(target)
                judgements.append(Judgement("series", URIRef(s), URIRef(target), 1.0, "same-meeting-in-both-series"))


def order_rounds(index: Index, aid: str, g: Graph, pending: list[str]) -> None:
    """Keep ``dipl:previousRound`` in date order across the rounds that all articles report."""
    for m, s in list(g.subject_objects(SEM.subEventOf)):
        day = g.value(m, DIPLO.date)
        if not is_full(str(day) if day is not None else None):
            continue
        day = str(day)
        rounds: dict[str, str] = {}
        for r in index.series.get(str(s), set()):
            for info in index.meeting_view(r):
                if is_full(info.date):
                    rounds[r] = info.date
        for r in g.subjects(SEM.subEventOf, s):
            d = g.value(r, DIPLO.date)
            if d is not None and is_full(str(d)):
                rounds[str(r)] = str(d)
        earlier = sorted((d, r) for r, d in rounds.items() if d < day)
        stated = list(g.objects(m, DIPLO.previousRound))
        if earlier and stated and any(rounds.get(str(p), "") < earlier[-1][0] for p in stated):
            g.remove((m, DIPLO.previousRound, None))
            g.add((m, DIPLO.previousRound, URIRef(earlier[-1][1])))
        # A later round that another article links to a round before this one now follows this one.
        for r, d in rounds.items():
            if d <= day:
                continue
            for other, info in index.meetings.get(r, {}).items():
                if other == str(graph_iri(aid)):
                    continue
                for p in list(info.previous):
                    if rounds.get(p, "9999") < day:
                        pending.append(fill("previous_round", g=URIRef(other), round=URIRef(r), old=URIRef(p),
                                            new=URIRef(str(m))))
                        info.previous.discard(p)
                        info.previous.add(str(m))
