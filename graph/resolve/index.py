"""The blocking index: what the store (and the batch so far) says about persons, meetings and codes.

Built once per ingest run from the store with simple per-graph queries
(``ontology/queries/resolve/*.rq``), then grown with each resolved article graph, so the next
article of the same batch resolves against it. Candidates for a pair are only looked for under a
shared blocking key (a transliterated surname word, a Wikidata QID, a meeting's month and day),
so a store of many thousand persons is never compared pairwise. Entries are kept per named
graph, so forgetting a re-ingested article is cheap.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from rdflib import Graph
from rdflib.namespace import ORG, OWL, RDF, SDO

from diplograph.graph.ids import article_iri, graph_iri, mint
from diplograph.graph.resolve.names import block_keys
from diplograph.graph.rdf import SEM
from diplograph.graph.resolve.model import (DECISIONS_GRAPH, PERSON, STATE, MeetingEntry, PersonEntry, code,
                                            month_day)
from diplograph.graph.resolve.writes import fill
from diplograph.ontology import read_query
from diplograph.ontology.namespace import DIPLO

__all__ = ["Index", "capital_aliases"]

Select = Callable[[str], list[dict]]


def capital_aliases() -> dict[str, str]:
    """Place keys minted for a capital written as its state's name → the GeoNames key of that city.

    The gazetteer mints ``city-kwt-koweit`` for "à Koweït" (the state's name is not a city name
    there) while "Koweït City" is ``gn-285787``; both are one city when the state has one capital.
    """
    from diplograph.loaders.gazetteer import load_gazetteer

    gaz = load_gazetteer("fr")
    capitals: dict[str, list[str]] = defaultdict(list)
    for key, city in gaz.city_by_key.items():
        if key.startswith("gn-") and city.get("capital"):
            capitals[city.get("country") or ""].append(key)
    aliases = {}
    for key, city in gaz.city_by_key.items():
        if not key.startswith("gn-") and city.get("capital") and city.get("geonameid") is None:
            found = capitals.get(city.get("country") or "", [])
            if len(found) == 1:
                aliases[str(mint("place", key))] = str(mint("place", found[0]))
    return aliases


class Index:
    """Persons, meetings, series and codes by IRI and by blocking key, each entry per named graph."""

    def __init__(self) -> None:
        #: person IRI → named graph → what that article says.
        self.persons: dict[str, dict[str, PersonEntry]] = defaultdict(dict)
        #: blocking key (translit surname word or QID) → person IRIs.
        self.person_blocks: dict[str, set[str]] = defaultdict(set)
        self.meetings: dict[str, dict[str, MeetingEntry]] = defaultdict(dict)
        #: month-day → meeting IRIs.
        self.meeting_blocks: dict[str, set[str]] = defaultdict(set)
        #: series IRI → meeting IRIs.
        self.series: dict[str, set[str]] = defaultdict(set)
        #: QID IRI → node IRI → named graphs.
        self.codes: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        #: pairs the user said are distinct (``diplograph unmerge``).
        self.distinct: set[frozenset[str]] = set()
        #: named graph → the IRIs it contributes to, so forgetting an article is cheap.
        self.by_graph: dict[str, set[str]] = defaultdict(set)
        #: capital written as its state's name → the GeoNames city (see :func:`capital_aliases`).
        self.aliases: dict[str, str] = {}

    # ------------------------------------------------------------------ reading the store

    def load(self, select: Select) -> None:
        """Read what the store holds, with eleven simple queries."""
        for name in ("resolve/names", "resolve/aliases", "resolve/acts_for"):
            for r in select(read_query(name)):
                if r["p"].startswith(PERSON):
                    self.add_person(r["g"], r["p"], name=r.get("name"), state=r.get("state"))
        for r in select(read_query("resolve/roles")):
            self.add_person(r["g"], r["p"], role=r.get("role"), state=r.get("state"))
        for r in select(read_query("resolve/person_qids")):
            if r["p"].startswith(PERSON):
                self.add_person(r["g"], r["p"], qid=r.get("qid"))
        published = {r["g"]: r["pub"] for r in select(read_query("resolve/published"))}
        for r in select(read_query("resolve/meetings")):
            info = self.meeting(r["g"], r["m"])
            info.date, info.kind, info.status = r.get("date"), code(r["kind"]), r.get("status") or ""
            info.published = published.get(r["g"])
            if r.get("place"):
                info.places.add(r["place"])
            if r.get("country"):
                info.countries.add(r["country"])
            if md := month_day(info.date):
                self.meeting_blocks[md].add(r["m"])
        for r in select(read_query("resolve/meeting_links")):
            if r["m"] in self.meetings:
                self.add_link(r["g"], r["m"], r["p"], r["o"])
        for r in select(read_query("resolve/codes")):
            if not r["n"].startswith(STATE):
                self.codes[r["code"]][r["n"]].add(r["g"])
                self.by_graph[r["g"]].add(r["code"])
        for r in select(_decisions_query()):
            self.distinct.add(frozenset((r["a"], r["b"])))

    # ------------------------------------------------------------------ adding entries

    def add_person(self, key: str, iri: str, *, name=None, state=None, role=None, qid=None) -> None:
        info = self.persons[iri].setdefault(key, PersonEntry())
        self.by_graph[key].add(iri)
        if name:
            info.names.add(name)
            for block in block_keys(name):
                self.person_blocks[block].add(iri)
        if state:
            info.states.add(state)
        if role:
            info.roles.add(code(role))
        if qid:
            info.qids.add(qid)
            self.person_blocks[qid].add(iri)

    def meeting(self, key: str, iri: str) -> MeetingEntry:
        """The entry of meeting ``iri`` in named graph ``key``, created empty if new."""
        self.by_graph[key].add(iri)
        return self.meetings[iri].setdefault(key, MeetingEntry())

    def add_link(self, key: str, m: str, p: str, o: str) -> None:
        info = self.meeting(key, m)
        if p == str(SEM.hasActor):
            (info.states if o.startswith(STATE) else info.persons).add(o)
        elif p == str(SEM.subEventOf):
            info.series.add(o)
            self.series[o].add(m)
        elif p == str(DIPLO.previousRound):
            info.previous.add(o)

    def add_graph(self, aid: str, g: Graph) -> None:
        """Add a resolved article graph, as the store queries would read it."""
        key = str(graph_iri(aid))
        for p in g.subjects(RDF.type, SDO.Person):
            for o in (*g.objects(p, SDO.name), *g.objects(p, SDO.alternateName)):
                self.add_person(key, str(p), name=str(o))
            for s in g.objects(p, DIPLO.actsFor):
                self.add_person(key, str(p), state=str(s))
            for q in g.objects(p, OWL.sameAs):
                self.add_person(key, str(p), qid=str(q))
        for m in g.subjects(ORG.member, None):
            for p in g.objects(m, ORG.member):
                for role in g.objects(m, ORG.role):
                    state = g.value(m, DIPLO.onBehalfOf)
                    self.add_person(key, str(p), role=str(role), state=str(state) if state else None)
        published = g.value(article_iri(aid), SDO.datePublished)
        for m in g.subjects(RDF.type, DIPLO.DiplomaticMeeting):
            info = self.meeting(key, str(m))
            d = g.value(m, DIPLO.date)
            info.date = str(d) if d is not None else None
            info.kind = code(str(g.value(m, DIPLO.meetingKind) or ""))
            info.status = str(g.value(m, DIPLO.status) or "")
            info.published = str(published) if published else None
            info.places = {str(o) for o in g.objects(m, SEM.hasPlace)}
            info.countries = {str(o) for o in g.objects(m, DIPLO.country)}
            for p in (SEM.hasActor, SEM.subEventOf, DIPLO.previousRound):
                for o in g.objects(m, p):
                    self.add_link(key, str(m), str(p), str(o))
            if md := month_day(info.date):
                self.meeting_blocks[md].add(str(m))
        for n, c in g.subject_objects(SDO.sameAs):
            if not str(n).startswith(STATE):
                self.codes[str(c)][str(n)].add(key)
                self.by_graph[key].add(str(c))

    def forget(self, article_id: str) -> None:
        """Drop what the store holds for ``article_id`` (the article is being re-ingested)."""
        key = str(graph_iri(article_id))
        for iri in self.by_graph.pop(key, set()):
            for table in (self.persons, self.meetings):
                if iri in table:
                    table[iri].pop(key, None)
                    if not table[iri]:
                        del table[iri]
            for n, graphs in list(self.codes.get(iri, {}).items()):
                graphs.discard(key)
                if not graphs:
                    del self.codes[iri][n]

    # ------------------------------------------------------------------ views over all articles

    def person_view(self, iri: str) -> PersonEntry | None:
        """What all articles say about person ``iri``, or None when no article names it."""
        infos = self.persons.get(iri)
        if not infos:
            return None
        view = PersonEntry()
        for info in infos.values():
            view.names |= info.names
            view.states |= info.states
            view.roles |= info.roles
            view.qids |= info.qids
        return view

    def meeting_view(self, iri: str) -> list[MeetingEntry]:
        """What each article says about meeting ``iri``."""
        return list(self.meetings.get(iri, {}).values())

    def separate(self, a: str, b: str) -> bool:
        """The user said ``a`` and ``b`` are distinct."""
        return frozenset((a, b)) in self.distinct


def _decisions_query() -> str:
    # A SELECT with its graph written in as a term, the same way as the updates' parameters.
    return fill("decisions", decisions=DECISIONS_GRAPH)
