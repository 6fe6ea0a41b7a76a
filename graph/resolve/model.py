"""What the resolver knows and decides: index entries, judgements and the small date helpers.

Plain data shared by the index, the scorers and the writers; no queries and no graph here.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from rdflib import URIRef

from diplograph.graph.ids import BASE
from diplograph.graph.resolve.weights import MERGE

__all__ = ["DECISIONS_GRAPH", "MERGE_KINDS", "PERSON", "STATE", "SERIES", "PersonEntry", "MeetingEntry", "Judgement",
           "clash", "code", "month_day", "is_full", "within_a_year"]

#: The named graph of user decisions (``dipl:distinctFrom``); re-ingests never touch it.
DECISIONS_GRAPH = URIRef(BASE + "decisions")  # outside id/graph/, so no article id can name it
MERGE_KINDS = ("person", "meeting", "series", "place", "organization")

PERSON = BASE + "person/"
STATE = BASE + "state/"
SERIES = BASE + "series/"


@dataclass
class PersonEntry:
    """What one article says about one person IRI."""

    names: set[str] = field(default_factory=set)
    states: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    #: Wikidata entities (owl:sameAs): two different ones are two people, whatever the names.
    qids: set[str] = field(default_factory=set)


@dataclass
class MeetingEntry:
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
class Judgement:
    """One decision about a pair: merged (a ``dipl:Merge``) or unsure (a ``dipl:UnsureMatch``).

    For an unsure pair ``canonical`` is the candidate the mention was not merged into.
    """

    kind: str
    mention: URIRef
    canonical: URIRef
    score: float
    reason: str
    replaced_date: str | None = None
    outcome: str = MERGE


def clash(a: set[str], b: set[str]) -> bool:
    """Both known and nothing in common."""
    return bool(a and b and not a & b)


def code(iri: str) -> str:
    """The last path segment of an IRI (a role type, a meeting kind, a state code)."""
    return iri.rsplit("/", 1)[-1]


def month_day(iso: str | None) -> str | None:
    """Month-day of a full (YYYY-MM-DD) or partial (--MM-DD) date, else None.

    >>> month_day("2025-03-14"), month_day("--03-14"), month_day("2025-03")
    ('03-14', '03-14', None)
    """
    if not iso:
        return None
    if iso.startswith("--") and len(iso) == 7:
        return iso[2:]
    if len(iso) == 10 and iso[4] == "-":
        return iso[5:]
    return None


def is_full(iso: str | None) -> bool:
    """A full YYYY-MM-DD date."""
    return bool(iso) and len(iso) == 10 and not iso.startswith("--")


def within_a_year(day: str, published: str | None) -> bool:
    """A date completed from another article must fall within a year of this article's publication."""
    if not published:
        return True
    try:
        return abs((date.fromisoformat(day) - date.fromisoformat(published[:10])).days) <= 366
    except ValueError:
        return True
