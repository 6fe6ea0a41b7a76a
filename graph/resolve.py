"""Cross-article resolution: one IRI per person, meeting, series, place and organisation.

Each article is read on its own, so two outlets that spell one diplomat differently ("Timour
Koutchenov", "Timur Kuchenov") or report one meeting without agreeing on its key (one omits the
year) would give two nodes. :class:`Resolver` keeps an index of what the store already holds and
rewrites a new article's graph to the canonical IRIs of the things it recognises, before the
ingest writes it. Each rewrite is recorded as a ``dipl:Merge`` (mention, canonical, score,
reason) inside the article's own graph, so replacing the article replaces its merges, and
``diplograph unmerge`` (diplograph.graph.merges) can undo one.

The article keeps its own words: the canonical IRI carries, inside that article's graph, the
name, label, kind and date as that article wrote them. Only two things cross article graphs: a
meeting whose year an article omits gets it from the article that gives it (in either order:
see :meth:`Resolver.updates`), and ``dipl:previousRound`` links are kept in date order across
the rounds all articles report.

Rules (the reasons of the merge records):

- persons: names compatible after transliteration (diplograph.graph.names); acting for two
  different known states never merges (a key that two such persons share is split by state);
  a surname alone merges only with exactly one candidate that has the same state or post.
- meetings: same day (or the same month and day when one article omits the year), same kind of
  contact (in person, call, summons), at least two acting states in common or the same set, no
  conflicting city; rounds of one series merge their series.
- places and organisations: the same Wikidata QID, or a capital written as its state's name
  ("à Koweït") and the GeoNames city of that capital.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, OWL, PROV, RDF, SDO, XSD

from diplograph.graph.ids import BASE, article_iri, digest, graph_iri, mint
from diplograph.graph.names import block_keys, compare_names, split_name
from diplograph.graph.rdf import SEM, VERSION, bind_prefixes
from diplograph.ontology.namespace import DIPLO

__all__ = ["Resolver", "DECISIONS_GRAPH", "MERGE_KINDS"]

#: The named graph of user decisions (``dipl:distinctFrom``); re-ingests never touch it.
DECISIONS_GRAPH = URIRef(BASE + "decisions")  # outside id/graph/, so no article id can name it
MERGE_KINDS = ("person", "meeting", "series", "place", "organization")

PERSON = BASE + "person/"
STATE = BASE + "state/"
SERIES = BASE + "series/"
#: Person merges at or above this score are made; meetings have their own rules.
PERSON_THRESHOLD = 0.85
#: Role types that say nothing about which post a person holds ("son homologue", "le ministre").
GENERIC_ROLES = {"official", "counterpart", "head_of_delegation", "negotiator", "diplomat", "minister"}
#: Kinds of contact that are never the same event as one another.
KIND_GROUP = {"call": "call", "summons": "summons"}

_PREFIXES = """PREFIX dipl: <https://w3id.org/dipl/ns#>
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""
# The index is read with simple per-graph patterns: no join with the article node and no type
# test, so that Oxigraph streams them (on a store of 4,000 synthetic articles, 0.03 s for the
# names against 0.5 s with "?p a schema:Person"). Entries are keyed by their named graph; IRIs
# are told apart by their prefix (person/, meeting/, state/) in Python.
_Q_NAMES = _PREFIXES + "SELECT ?g ?p ?name WHERE { GRAPH ?g { ?p schema:name ?name } }"
_Q_ALIASES = _PREFIXES + "SELECT ?g ?p ?name WHERE { GRAPH ?g { ?p schema:alternateName ?name } }"
_Q_ACTS_FOR = _PREFIXES + "SELECT ?g ?p ?state WHERE { GRAPH ?g { ?p dipl:actsFor ?state } }"
#: A person's Wikidata entity from the officials knowledge base (loaders/officials.py).
_Q_PERSON_QIDS = _PREFIXES + "SELECT ?g ?p ?qid WHERE { GRAPH ?g { ?p owl:sameAs ?qid } }"
_Q_ROLES = _PREFIXES + """SELECT ?g ?p ?role ?state WHERE { GRAPH ?g {
  ?m org:member ?p ; org:role ?role . OPTIONAL { ?m dipl:onBehalfOf ?state } } }"""
_Q_PUBLISHED = _PREFIXES + "SELECT ?g ?pub WHERE { GRAPH ?g { ?a schema:datePublished ?pub } }"
_Q_MEETINGS = _PREFIXES + """SELECT ?g ?m ?date ?kind ?status ?place ?country WHERE { GRAPH ?g {
  ?m dipl:meetingKind ?kind .
  OPTIONAL { ?m dipl:date ?date } OPTIONAL { ?m dipl:status ?status }
  OPTIONAL { ?m sem:hasPlace ?place } OPTIONAL { ?m dipl:country ?country } } }"""
_Q_MEETING_LINKS = _PREFIXES + """SELECT ?g ?m ?p ?o WHERE { GRAPH ?g {
  VALUES ?p { sem:hasActor sem:subEventOf dipl:previousRound } ?m ?p ?o } }"""
_Q_CODES = _PREFIXES + "SELECT ?g ?n ?code WHERE { GRAPH ?g { ?n schema:sameAs ?code } }"
_Q_DECISIONS = _PREFIXES + """SELECT ?a ?b WHERE { GRAPH <%s> { ?a dipl:distinctFrom ?b } }""" % DECISIONS_GRAPH


@dataclass
class _Person:
    """What one article says about one person IRI."""

    names: set[str] = field(default_factory=set)
    states: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    #: Wikidata entities (owl:sameAs): two different ones are two people, whatever the names.
    qids: set[str] = field(default_factory=set)


@dataclass
class _Meeting:
    """What one article says about one meeting IRI."""

    date: str | None = None
    kind: str = ""
    status: str = ""
    published: str | None = None
    places: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    states: set[str] = field(default_factory=set)
    persons: set[str] = field(default_factory=set)
    series: set[str] = field(default_factory=set)
    previous: set[str] = field(default_factory=set)


@dataclass
class _Merge:
    kind: str
    mention: URIRef
    canonical: URIRef
    score: float
    reason: str
    replaced_date: str | None = None


def _clash(a: set[str], b: set[str]) -> bool:
    """Both known and nothing in common."""
    return bool(a and b and not a & b)


def _code(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def _md(iso: str | None) -> str | None:
    """Month-day of a full (YYYY-MM-DD) or partial (--MM-DD) date, else None."""
    if not iso:
        return None
    if iso.startswith("--") and len(iso) == 7:
        return iso[2:]
    if len(iso) == 10 and iso[4] == "-":
        return iso[5:]
    return None


def _full(iso: str | None) -> bool:
    return bool(iso) and len(iso) == 10 and not iso.startswith("--")


def _within_a_year(day: str, published: str | None) -> bool:
    """A date completed from another article must fall within a year of this article's publication."""
    if not published:
        return True
    try:
        return abs((date.fromisoformat(day) - date.fromisoformat(published[:10])).days) <= 366
    except ValueError:
        return True


def _capital_aliases() -> dict[str, str]:
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


class Resolver:
    """Maps the persons, meetings, series, places and organisations of new articles to known ones.

    Args:
        select: runs a read-only SPARQL SELECT over the union of the store's graphs and returns
            rows as dicts of plain values (IRIs as str), e.g.
            ``lambda q: run_query(db, q)[1]``. The index is built once, with nine simple queries.

    Example::

        resolver = Resolver(lambda q: run_query(db, q)[1])
        graphs = {aid: resolver.resolve(aid, g) for aid, g in graphs.items()}
        ingest_graphs(db, graphs)
        for update in resolver.updates():
            db.update(update)
    """

    def __init__(self, select: Callable[[str], list[dict]]):
        #: person IRI → article id → what that article says.
        self._persons: dict[str, dict[str, _Person]] = defaultdict(dict)
        #: blocking key (translit surname) → person IRIs.
        self._person_blocks: dict[str, set[str]] = defaultdict(set)
        self._meetings: dict[str, dict[str, _Meeting]] = defaultdict(dict)
        #: month-day → meeting IRIs.
        self._meeting_blocks: dict[str, set[str]] = defaultdict(set)
        #: series IRI → meeting IRIs.
        self._series: dict[str, set[str]] = defaultdict(set)
        #: QID IRI → node IRI → articles.
        self._codes: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        self._distinct: set[frozenset[str]] = set()
        #: named graph → the IRIs it contributes to, so forgetting an article is cheap.
        self._by_graph: dict[str, set[str]] = defaultdict(set)
        self._pending: list[str] = []
        self._aliases = _capital_aliases()
        self._load(select)

    # ------------------------------------------------------------------ index

    def _load(self, select: Callable[[str], list[dict]]) -> None:
        for query in (_Q_NAMES, _Q_ALIASES, _Q_ACTS_FOR):
            for r in select(query):
                if r["p"].startswith(PERSON):
                    self._add_person(r["g"], r["p"], name=r.get("name"), state=r.get("state"))
        for r in select(_Q_ROLES):
            self._add_person(r["g"], r["p"], role=r.get("role"), state=r.get("state"))
        for r in select(_Q_PERSON_QIDS):
            if r["p"].startswith(PERSON):
                self._add_person(r["g"], r["p"], qid=r.get("qid"))
        published = {r["g"]: r["pub"] for r in select(_Q_PUBLISHED)}
        for r in select(_Q_MEETINGS):
            info = self._meeting_info(r["g"], r["m"])
            info.date, info.kind, info.status = r.get("date"), _code(r["kind"]), r.get("status") or ""
            info.published = published.get(r["g"])
            if r.get("place"):
                info.places.add(r["place"])
            if r.get("country"):
                info.countries.add(r["country"])
            if md := _md(info.date):
                self._meeting_blocks[md].add(r["m"])
        for r in select(_Q_MEETING_LINKS):
            if r["m"] in self._meetings:
                self._add_link(r["g"], r["m"], r["p"], r["o"])
        for r in select(_Q_CODES):
            if not r["n"].startswith(STATE):
                self._codes[r["code"]][r["n"]].add(r["g"])
                self._by_graph[r["g"]].add(r["code"])
        for r in select(_Q_DECISIONS):
            self._distinct.add(frozenset((r["a"], r["b"])))

    def _add_person(self, key: str, iri: str, *, name=None, state=None, role=None, qid=None) -> None:
        info = self._persons[iri].setdefault(key, _Person())
        self._by_graph[key].add(iri)
        if name:
            info.names.add(name)
            for key in block_keys(name):
                self._person_blocks[key].add(iri)
        if state:
            info.states.add(state)
        if role:
            info.roles.add(_code(role))
        if qid:
            info.qids.add(qid)
            self._person_blocks[qid].add(iri)

    def _meeting_info(self, key: str, iri: str) -> _Meeting:
        self._by_graph[key].add(iri)
        return self._meetings[iri].setdefault(key, _Meeting())

    def _add_link(self, key: str, m: str, p: str, o: str) -> None:
        info = self._meeting_info(key, m)
        if p == str(SEM.hasActor):
            (info.states if o.startswith(STATE) else info.persons).add(o)
        elif p == str(SEM.subEventOf):
            info.series.add(o)
            self._series[o].add(m)
        elif p == str(DIPLO.previousRound):
            info.previous.add(o)

    def _index_graph(self, aid: str, g: Graph) -> None:
        """Add a resolved article graph to the index, as the store queries would read it."""
        key = str(graph_iri(aid))
        for p in g.subjects(RDF.type, SDO.Person):
            for o in (*g.objects(p, SDO.name), *g.objects(p, SDO.alternateName)):
                self._add_person(key, str(p), name=str(o))
            for s in g.objects(p, DIPLO.actsFor):
                self._add_person(key, str(p), state=str(s))
            for q in g.objects(p, OWL.sameAs):
                self._add_person(key, str(p), qid=str(q))
        for m in g.subjects(ORG.member, None):
            for p in g.objects(m, ORG.member):
                for role in g.objects(m, ORG.role):
                    state = g.value(m, DIPLO.onBehalfOf)
                    self._add_person(key, str(p), role=str(role), state=str(state) if state else None)
        published = g.value(article_iri(aid), SDO.datePublished)
        for m in g.subjects(RDF.type, DIPLO.DiplomaticMeeting):
            info = self._meeting_info(key, str(m))
            d = g.value(m, DIPLO.date)
            info.date = str(d) if d is not None else None
            info.kind = _code(str(g.value(m, DIPLO.meetingKind) or ""))
            info.status = str(g.value(m, DIPLO.status) or "")
            info.published = str(published) if published else None
            info.places = {str(o) for o in g.objects(m, SEM.hasPlace)}
            info.countries = {str(o) for o in g.objects(m, DIPLO.country)}
            for p in (SEM.hasActor, SEM.subEventOf, DIPLO.previousRound):
                for o in g.objects(m, p):
                    self._add_link(key, str(m), str(p), str(o))
            if md := _md(info.date):
                self._meeting_blocks[md].add(str(m))
        for n, code in g.subject_objects(SDO.sameAs):
            if not str(n).startswith(STATE):
                self._codes[str(code)][str(n)].add(key)
                self._by_graph[key].add(str(code))

    def forget(self, article_id: str) -> None:
        """Ignore what the store holds for ``article_id`` (the article is being re-ingested)."""
        key = str(graph_iri(article_id))
        for iri in self._by_graph.pop(key, set()):
            for table in (self._persons, self._meetings):
                if iri in table:
                    table[iri].pop(key, None)
                    if not table[iri]:
                        del table[iri]
            for n, graphs in list(self._codes.get(iri, {}).items()):
                graphs.discard(key)
                if not graphs:
                    del self._codes[iri][n]

    # ------------------------------------------------------------------ views over all articles

    def _person_view(self, iri: str) -> _Person | None:
        infos = self._persons.get(iri)
        if not infos:
            return None
        view = _Person()
        for info in infos.values():
            view.names |= info.names
            view.states |= info.states
            view.roles |= info.roles
            view.qids |= info.qids
        return view

    def _meeting_view(self, iri: str) -> list[_Meeting]:
        return list(self._meetings.get(iri, {}).values())

    def _separate(self, a: str, b: str) -> bool:
        return frozenset((a, b)) in self._distinct

    # ------------------------------------------------------------------ persons

    def _score_person(self, mention: str, names: list[str], states: set[str], roles: set[str],
                      iri: str, view: _Person, qids: frozenset[str] = frozenset()) -> tuple[float, str]:
        if self._separate(mention, iri):
            return 0.0, "distinct-by-decision"
        if _clash(set(qids), view.qids):
            return 0.0, "different-qid"
        if qids & view.qids:
            return 1.0, "same-qid"
        if states and view.states and not (states & view.states):
            return 0.0, "different-state"
        best, why = 0.0, ""
        for a in names:
            for b in view.names:
                m = compare_names(a, b)
                if m.score > best:
                    best, why = m.score, m.reason
        if best == 0.0:
            return 0.0, why
        if not any(split_name(a).first for a in names):
            why = "surname-only"  # even when the candidate was once written the same way, alone
        same_state = bool(states & view.states)
        same_role = bool(roles & view.roles)
        if why == "surname-only" and not (same_state or same_role):
            # "M. Martin" alone says too little: a shared state or post must confirm it.
            return 0.0, "surname-only-unconfirmed"
        posts, known_posts = roles - GENERIC_ROLES, view.roles - GENERIC_ROLES
        if why == "surname-only" and posts and known_posts and not posts & known_posts:
            # Same surname, same state, another post (the ambassador Martin, the minister Martin).
            return 0.0, "surname-only-other-post"
        reason = why + ("+same-state" if same_state else "+state-unknown" if not (states and view.states) else "")
        reason += "+same-post" if same_role else ""
        score = best + (0.03 if same_state else -0.03 if not (states and view.states) else 0) + (0.02 if same_role else 0)
        return round(min(score, 1.0), 3), reason

    def _resolve_persons(self, g: Graph, merges: list[_Merge]) -> dict[URIRef, URIRef]:
        people = []
        for p in set(g.subjects(RDF.type, SDO.Person)):
            name = str(g.value(p, SDO.name) or "")
            aliases = [str(a) for a in g.objects(p, SDO.alternateName)]
            states = {str(s) for s in g.objects(p, DIPLO.actsFor)}
            qids = frozenset(str(q) for q in g.objects(p, OWL.sameAs))
            roles = set()
            for m in g.subjects(ORG.member, p):
                roles |= {_code(str(r)) for r in g.objects(m, ORG.role)}
                states |= {str(s) for s in g.objects(m, DIPLO.onBehalfOf)}
            people.append((p, name, aliases, states, roles, qids))
        # Persons that keep their own IRI claim it first, then the fullest names choose.
        people.sort(key=lambda x: (str(x[0]) not in self._persons, -len(split_name(x[1]).first), str(x[0])))
        rewrites: dict[URIRef, URIRef] = {}
        used: set[str] = set()
        for p, name, aliases, states, roles, qids in people:
            own = self._person_view(str(p))
            # Two Wikidata entities under one name (George Bush in 1991 and in 2005): two people.
            clash = own is not None and (_clash(set(qids), own.qids) and "qid" or _clash(states, own.states))
            if own is not None and not clash and not split_name(name).first:
                # A surname alone is one key for every Martin: the post must not clash either.
                clash = _clash(roles - GENERIC_ROLES, own.roles - GENERIC_ROLES) and "post"
            if own is not None and not clash:
                used.add(str(p))
                continue
            candidates = set()
            for n in (name, *aliases):
                for key in block_keys(n):
                    candidates |= self._person_blocks.get(key, set())
            for q in qids:
                candidates |= self._person_blocks.get(q, set())
            scored = []
            for iri in sorted(candidates - {str(p)} - used):
                view = self._person_view(iri)
                if view is None:
                    continue
                score, reason = self._score_person(str(p), [name], states, roles, iri, view, qids)
                if score >= PERSON_THRESHOLD:
                    scored.append((score, iri, reason))
            scored.sort(reverse=True)
            surname_only = not split_name(name).first
            ambiguous = len(scored) > 1 and (surname_only or scored[1][0] >= scored[0][0] - 0.02)
            if scored and not ambiguous:
                score, iri, reason = scored[0]
                rewrites[p] = URIRef(iri)
                used.add(iri)
                merges.append(_Merge("person", p, URIRef(iri), score, reason))
            elif own is not None:
                # The same key for a person acting for another state (or, for a surname alone,
                # holding another post): two people, two IRIs.
                suffix = (sorted(roles - GENERIC_ROLES)[0] if clash == "post" else
                          _code(sorted(qids)[0]).lower() if clash == "qid" else _code(sorted(states)[0]).lower())
                split = URIRef(f"{p}--{suffix}")
                rewrites[p] = split
                used.add(str(split))
            else:
                used.add(str(p))
        return rewrites

    # ------------------------------------------------------------------ meetings

    def _meeting_facts(self, g: Graph, m: URIRef) -> _Meeting:
        d = g.value(m, DIPLO.date)
        return _Meeting(
            date=str(d) if d is not None else None, kind=_code(str(g.value(m, DIPLO.meetingKind) or "")),
            status=str(g.value(m, DIPLO.status) or ""),
            places={str(o) for o in g.objects(m, SEM.hasPlace)},
            countries={str(o) for o in g.objects(m, DIPLO.country)},
            states={str(o) for o in g.objects(m, SEM.hasActor) if str(o).startswith(STATE)},
            persons={str(o) for o in g.objects(m, SEM.hasActor) if str(o).startswith(PERSON)},
            series={str(o) for o in g.objects(m, SEM.subEventOf)},
        )

    def _score_meeting(self, mention: str, new: _Meeting, published: str | None, iri: str,
                       known: list[_Meeting]) -> tuple[float, str, str | None]:
        """``(score, reason, full date to give the new meeting)``; score 0 when incompatible."""
        if self._separate(mention, iri) or not known:
            return 0.0, "", None
        full = {k.date for k in known if _full(k.date)}
        partial_pubs = [k.published for k in known if not _full(k.date)]
        md = _md(new.date)
        reasons, fill = [], None
        if _full(new.date):
            if full and new.date not in full:
                return 0.0, "", None
            if not full and not all(_within_a_year(new.date, p) for p in partial_pubs):
                return 0.0, "", None
            reasons.append("same-date" if new.date in full else "month-day+year-to-other-article")
        else:
            days = sorted(d for d in full if _md(d) == md and _within_a_year(d, published))
            if len(days) == 1:
                fill = days[0]
                reasons.append("month-day+year-from-other-article")
            elif not full and md:
                reasons.append("same-month-day")
            else:
                return 0.0, "", None
        group = KIND_GROUP.get(new.kind, "in-person")
        if any(KIND_GROUP.get(k.kind, "in-person") != group for k in known):
            return 0.0, "", None
        statuses = {k.status for k in known} | {new.status}
        if "cancelled" in statuses and statuses & {"held", "ongoing"}:
            return 0.0, "", None
        places = set().union(*(k.places for k in known))
        countries = set().union(*(k.countries for k in known))
        if (new.places and places and not new.places & places) or (
                new.countries and countries and not new.countries & countries):
            return 0.0, "", None
        states = set().union(*(k.states for k in known))
        series = set().union(*(k.series for k in known))
        common = new.states & states
        if len(common) >= 2 or (new.states and new.states == states):
            reasons.append("same-states")
        elif not (new.states and states) and new.series & series:
            reasons.append("same-series")
        elif not (new.states and states) and new.places & places and (fill or _full(new.date)):
            reasons.append("same-place")
        else:
            return 0.0, "", None
        score = 0.75
        if new.places & places:
            score += 0.1
            reasons.append("same-city")
        if new.persons & set().union(*(k.persons for k in known)):
            score += 0.1
            reasons.append("shared-persons")
        if any(k.kind == new.kind for k in known):
            score += 0.05
        if "same-month-day" in reasons:
            score -= 0.1  # no year on either side
        return round(min(score, 1.0), 3), "+".join(reasons), fill

    def _resolve_meetings(self, aid: str, g: Graph, merges: list[_Merge]) -> dict[URIRef, URIRef]:
        published = g.value(article_iri(aid), SDO.datePublished)
        published = str(published) if published else None
        rewrites: dict[URIRef, URIRef] = {}
        used: set[str] = set()
        meetings = sorted(set(g.subjects(RDF.type, DIPLO.DiplomaticMeeting)),
                          key=lambda m: (str(m) not in self._meetings, str(m)))
        for m in meetings:
            new = self._meeting_facts(g, m)
            if str(m) in self._meetings and str(m) not in used:
                used.add(str(m))
                canonical, fill = str(m), None
            else:
                md = _md(new.date)
                scored = []
                for iri in sorted(self._meeting_blocks.get(md, set()) - used - {str(m)}) if md else ():
                    score, reason, fill = self._score_meeting(str(m), new, published, iri, self._meeting_view(iri))
                    if score:
                        scored.append((score, iri, reason, fill))
                scored.sort(reverse=True)
                if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
                    used.add(str(m))
                    continue
                score, canonical, reason, fill = scored[0]
                used.add(canonical)
                rewrites[m] = URIRef(canonical)
                merges.append(_Merge("meeting", m, URIRef(canonical), score, reason,
                                     replaced_date=new.date if fill else None))
            if fill:
                self._fill_date(g, m, fill)
            elif _full(new.date):
                self._give_year(canonical, new.date)
            self._merge_series(g, new, canonical, merges, rewrites)
        return rewrites

    def _fill_date(self, g: Graph, m: URIRef, day: str) -> None:
        """The article omits the year; another article reports the same meeting with it."""
        g.set((m, DIPLO.date, Literal(day)))
        g.set((m, DIPLO.dateInferred, Literal(True)))
        g.set((m, SEM.hasTimeStamp, Literal(day, datatype=XSD.date)))

    def _give_year(self, canonical: str, day: str) -> None:
        """Earlier articles reported this meeting without its year: complete them in the store."""
        for key, info in self._meetings.get(canonical, {}).items():
            if info.date and not _full(info.date) and _md(info.date) == _md(day):
                g, m = URIRef(key).n3(), URIRef(canonical).n3()
                self._pending.append(
                    f"DELETE {{ GRAPH {g} {{ {m} <{DIPLO.date}> ?d ; <{DIPLO.dateInferred}> ?i }} }}\n"
                    f"INSERT {{ GRAPH {g} {{ {m} <{DIPLO.date}> {Literal(day).n3()} ; "
                    f"<{DIPLO.dateInferred}> {Literal(True).n3()} ; <{SEM.hasTimeStamp}> {Literal(day, datatype=XSD.date).n3()} }} }}\n"
                    f"WHERE {{ GRAPH {g} {{ {m} <{DIPLO.date}> ?d . OPTIONAL {{ {m} <{DIPLO.dateInferred}> ?i }} }} }}")
                info.date = day

    def _merge_series(self, g: Graph, new: _Meeting, canonical: str, merges: list[_Merge],
                      rewrites: dict[URIRef, URIRef]) -> None:
        """Rounds reported by two articles whose parties differ a little: one series."""
        known = set().union(set(), *(k.series for k in self._meeting_view(canonical)))
        for s in new.series:
            if known and s not in known and URIRef(s) not in rewrites:
                target = sorted(known)[0]
                if not self._separate(s, target):
                    rewrites[URIRef(s)] = URIRef(target)
                    merges.append(_Merge("series", URIRef(s), URIRef(target), 1.0, "same-meeting-in-both-series"))

    def _order_rounds(self, aid: str, g: Graph) -> None:
        """Keep ``dipl:previousRound`` in date order across the rounds that all articles report."""
        for m, s in list(g.subject_objects(SEM.subEventOf)):
            day = g.value(m, DIPLO.date)
            if not _full(str(day) if day is not None else None):
                continue
            day = str(day)
            rounds: dict[str, str] = {}
            for r in self._series.get(str(s), set()):
                for info in self._meeting_view(r):
                    if _full(info.date):
                        rounds[r] = info.date
            for r in g.subjects(SEM.subEventOf, s):
                d = g.value(r, DIPLO.date)
                if d is not None and _full(str(d)):
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
                for other, info in self._meetings.get(r, {}).items():
                    if other == str(graph_iri(aid)):
                        continue
                    for p in list(info.previous):
                        if rounds.get(p, "9999") < day:
                            gi, ri = URIRef(other).n3(), URIRef(r).n3()
                            self._pending.append(
                                f"DELETE DATA {{ GRAPH {gi} {{ {ri} <{DIPLO.previousRound}> {URIRef(p).n3()} }} }} ;\n"
                                f"INSERT DATA {{ GRAPH {gi} {{ {ri} <{DIPLO.previousRound}> {URIRef(str(m)).n3()} }} }}")
                            info.previous.discard(p)
                            info.previous.add(str(m))

    # ------------------------------------------------------------------ places and organisations

    def _resolve_codes(self, g: Graph, merges: list[_Merge]) -> dict[URIRef, URIRef]:
        rewrites: dict[URIRef, URIRef] = {}
        for n in {s for s in g.subjects() if str(s) in self._aliases}:
            target = URIRef(self._aliases[str(n)])
            if not self._separate(str(n), str(target)):
                rewrites[n] = target
                merges.append(_Merge("place", n, target, 1.0, "same-geonames-city"))
        for n, code in g.subject_objects(SDO.sameAs):
            if (n, RDF.type, DIPLO.State) in g or n in rewrites:
                continue
            known = sorted(i for i in self._codes.get(str(code), {}) if i != str(n) and not self._separate(str(n), i))
            if known:
                kind = "place" if str(n).startswith(BASE + "place/") else "organization"
                rewrites[n] = URIRef(known[0])
                merges.append(_Merge(kind, n, URIRef(known[0]), 1.0, "same-qid"))
        return rewrites

    # ------------------------------------------------------------------ the public steps

    def resolve(self, article_id: str, graph: Graph) -> Graph:
        """The article's graph with known entities' IRIs, plus one ``dipl:Merge`` per rewrite.

        The input graph is not modified. The result is added to the index, so the next
        article of the same batch resolves against this one.
        """
        g = _new_graph()
        for t in graph:
            g.add(t)
        merges: list[_Merge] = []
        g = _rewrite(g, self._resolve_codes(g, merges))
        g = _rewrite(g, self._resolve_persons(g, merges))
        g = _rewrite(g, self._resolve_meetings(article_id, g, merges))
        self._order_rounds(article_id, g)
        _add_records(g, article_id, merges)
        self._index_graph(article_id, g)
        return g

    def updates(self) -> list[str]:
        """SPARQL UPDATEs on other articles' graphs to run in the ingest's transaction; then cleared."""
        pending, self._pending = self._pending, []
        return pending


def _new_graph() -> Graph:
    # One article's triples: SimpleMemory fills ~3x faster than the default store.
    return bind_prefixes(Graph(store="SimpleMemory"))


def _rewrite(g: Graph, rewrites: dict[URIRef, URIRef]) -> Graph:
    if not rewrites:
        return g
    out = _new_graph()
    for s, p, o in g:
        out.add((rewrites.get(s, s), p, rewrites.get(o, o) if isinstance(o, URIRef) else o))
    return out


def _add_records(g: Graph, article_id: str, merges: list[_Merge]) -> None:
    article = article_iri(article_id)
    run = mint("run", f"{article_id}--{VERSION}")
    for m in merges:
        node = mint("merge", digest(article_id, m.kind, m.mention, m.canonical))
        g.add((node, RDF.type, DIPLO.Merge))
        g.add((node, DIPLO.mergeKind, Literal(m.kind)))
        g.add((node, DIPLO.mention, m.mention))
        g.add((node, DIPLO.canonical, m.canonical))
        # Oxigraph stores decimals in canonical form ("1", not "1.0"): write that form, so a
        # re-ingest compares equal triple for triple.
        score = format(Decimal(str(round(m.score, 3))).normalize(), "f")
        g.add((node, DIPLO.score, Literal(score, datatype=XSD.decimal)))
        g.add((node, DIPLO.reason, Literal(m.reason)))
        if m.replaced_date:
            g.add((node, DIPLO.replacedDate, Literal(m.replaced_date)))
        g.add((node, PROV.wasGeneratedBy, run))
        g.add((node, PROV.wasDerivedFrom, article))
