"""Meeting scoring: is the meeting an article reports one the index already knows?

Rules first (each gives 0): the same day, or the same month and day when one article omits the
year (a year taken from another article must fall within a year of publication); the same group
of contact (in person, call, summons); not cancelled against held; no conflicting city or
country; at least two acting states in common or the same set, else the same series or the same
city with a full date. A compatible pair then scores ``base`` plus the features of
``weights.json`` (same city, shared persons, same kind, no year on either side).
"""
from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SDO, XSD

from diplograph.graph.ids import article_iri
from diplograph.graph.rdf import SEM
from diplograph.graph.resolve.index import Index
from diplograph.graph.resolve.model import (PERSON, STATE, Judgement, MeetingEntry, code, is_full, month_day,
                                            within_a_year)
from diplograph.graph.resolve.rounds import merge_series
from diplograph.graph.resolve.weights import MERGE, UNSURE, meeting_weights
from diplograph.graph.resolve.writes import fill
from diplograph.ontology.namespace import DIPLO

__all__ = ["meeting_facts", "score_meeting", "resolve_meetings"]

_NO_MATCH = (0.0, "", None)


def meeting_facts(g: Graph, m: URIRef) -> MeetingEntry:
    """What the article's graph says about meeting ``m``."""
    d = g.value(m, DIPLO.date)
    return MeetingEntry(
        date=str(d) if d is not None else None, kind=code(str(g.value(m, DIPLO.meetingKind) or "")),
        status=str(g.value(m, DIPLO.status) or ""),
        places={str(o) for o in g.objects(m, SEM.hasPlace)},
        countries={str(o) for o in g.objects(m, DIPLO.country)},
        states={str(o) for o in g.objects(m, SEM.hasActor) if str(o).startswith(STATE)},
        persons={str(o) for o in g.objects(m, SEM.hasActor) if str(o).startswith(PERSON)},
        series={str(o) for o in g.objects(m, SEM.subEventOf)},
    )


def score_meeting(index: Index, mention: str, new: MeetingEntry, published: str | None, iri: str,
                  known: list[MeetingEntry]) -> tuple[float, str, str | None]:
    """``(score, reason, full date to give the new meeting)``; score 0 when incompatible."""
    if index.separate(mention, iri) or not known:
        return _NO_MATCH
    w = meeting_weights()
    full = {k.date for k in known if is_full(k.date)}
    partial_pubs = [k.published for k in known if not is_full(k.date)]
    md = month_day(new.date)
    reasons, fill_day = [], None
    if is_full(new.date):
        if full and new.date not in full:
            return _NO_MATCH
        if not full and not all(within_a_year(new.date, p) for p in partial_pubs):
            return _NO_MATCH
        reasons.append("same-date" if new.date in full else "month-day+year-to-other-article")
    else:
        days = sorted(d for d in full if month_day(d) == md and within_a_year(d, published))
        if len(days) == 1:
            fill_day = days[0]
            reasons.append("month-day+year-from-other-article")
        elif not full and md:
            reasons.append("same-month-day")
        else:
            return _NO_MATCH
    groups = w.kind_groups or {}
    group = groups.get(new.kind, "in-person")
    if any(groups.get(k.kind, "in-person") != group for k in known):
        return _NO_MATCH
    statuses = {k.status for k in known} | {new.status}
    if "cancelled" in statuses and statuses & {"held", "ongoing"}:
        return _NO_MATCH
    places = set().union(*(k.places for k in known))
    countries = set().union(*(k.countries for k in known))
    if (new.places and places and not new.places & places) or (
            new.countries and countries and not new.countries & countries):
        return _NO_MATCH
    states = set().union(*(k.states for k in known))
    series = set().union(*(k.series for k in known))
    common = new.states & states
    if len(common) >= 2 or (new.states and new.states == states):
        reasons.append("same-states")
    elif not (new.states and states) and new.series & series:
        reasons.append("same-series")
    elif not (new.states and states) and new.places & places and (fill_day or is_full(new.date)):
        reasons.append("same-place")
    else:
        return _NO_MATCH
    f = w.features
    score = w.base
    if new.places & places:
        score += f["same-city"]
        reasons.append("same-city")
    if new.persons & set().union(*(k.persons for k in known)):
        score += f["shared-persons"]
        reasons.append("shared-persons")
    if any(k.kind == new.kind for k in known):
        score += f["same-kind"]
    if "same-month-day" in reasons:
        score += f["no-year"]  # no year on either side
    return round(min(score, 1.0), 3), "+".join(reasons), fill_day


def resolve_meetings(index: Index, aid: str, g: Graph, judgements: list[Judgement],
                     pending: list[str]) -> dict[URIRef, URIRef]:
    """The rewrites of the article's meeting (and series) IRIs; appends a judgement per merge.

    A meeting the article dates without a year gets it from the one it merges with; one it dates
    fully gives the year to the earlier articles that omitted it (an update in ``pending``).
    """
    w = meeting_weights()
    published = g.value(article_iri(aid), SDO.datePublished)
    published = str(published) if published else None
    rewrites: dict[URIRef, URIRef] = {}
    used: set[str] = set()
    meetings = sorted(set(g.subjects(RDF.type, DIPLO.DiplomaticMeeting)),
                      key=lambda m: (str(m) not in index.meetings, str(m)))
    for m in meetings:
        new = meeting_facts(g, m)
        if str(m) in index.meetings and str(m) not in used:
            used.add(str(m))
            canonical, day = str(m), None
        else:
            md = month_day(new.date)
            scored, unsure = [], []
            for iri in sorted(index.meeting_blocks.get(md, set()) - used - {str(m)}) if md else ():
                score, reason, day = score_meeting(index, str(m), new, published, iri, index.meeting_view(iri))
                outcome = w.outcome(score)
                if outcome == MERGE:
                    scored.append((score, iri, reason, day))
                elif outcome == UNSURE:
                    unsure.append((score, iri, reason))
            scored.sort(reverse=True)
            if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
                used.add(str(m))
                for score, iri, reason in sorted(unsure, key=lambda u: (-u[0], u[1])):
                    judgements.append(Judgement("meeting", m, URIRef(iri), score, reason, outcome=UNSURE))
                continue
            score, canonical, reason, day = scored[0]
            used.add(canonical)
            rewrites[m] = URIRef(canonical)
            judgements.append(Judgement("meeting", m, URIRef(canonical), score, reason,
                                        replaced_date=new.date if day else None))
        if day:
            fill_date(g, m, day)
        elif is_full(new.date):
            give_year(index, canonical, new.date, pending)
        merge_series(index, new, canonical, judgements, rewrites)
    return rewrites


def fill_date(g: Graph, m: URIRef, day: str) -> None:
    """The article omits the year; another article reports the same meeting with it."""
    g.set((m, DIPLO.date, Literal(day)))
    g.set((m, DIPLO.dateInferred, Literal(True)))
    g.set((m, SEM.hasTimeStamp, Literal(day, datatype=XSD.date)))


def give_year(index: Index, canonical: str, day: str, pending: list[str]) -> None:
    """Earlier articles reported this meeting without its year: complete them in the store."""
    for key, info in index.meetings.get(canonical, {}).items():
        if info.date and not is_full(info.date) and month_day(info.date) == month_day(day):
            pending.append(fill("give_year", g=URIRef(key), m=URIRef(canonical), day=Literal(day),
                                inferred=Literal(True), stamp=Literal(day, datatype=XSD.date)))
            info.date = day
