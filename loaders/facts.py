"""Facts: the contract between loaders/ and graph/.

Every fact is a frozen, slotted dataclass that holds plain values only (no spaCy
objects), so graph/ can turn it into RDF without knowing how it was found.
Every fact carries :class:`Evidence`: the article, the sentence and the
character offsets in the article's text, the method and a confidence.

Keys (``Person.key``, ``Organization.key``...) are deterministic strings built
from normalised names and codes, never random, so that re-ingesting an article
gives the same facts and the same person across articles gets the same key.
"""
from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "Article",
    "Evidence",
    "DateValue",
    "State",
    "Person",
    "Organization",
    "Place",
    "RoleHolding",
    "Delegation",
    "Meeting",
    "Position",
    "Extraction",
]


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from disk, before any NLP."""

    #: Stable id: the file stem, or a hash of the URL/text when there is no file.
    id: str
    #: Plain text; the first line is the headline. Offsets in facts refer to it.
    text: str
    lang: str = "fr"
    title: str | None = None
    url: str | None = None
    #: Publication date as ISO ``YYYY-MM-DD``, or None when unknown.
    published: str | None = None
    #: Where the text came from (a path), for messages only.
    source: str | None = None
    #: SHA-256 of ``text``: re-ingesting the same text changes nothing.
    sha256: str = ""


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact was read: the sentence and the character span in the article."""

    article: str
    sentence: str
    #: Start/end (end exclusive) of the sentence in ``Article.text``.
    sentence_start: int
    sentence_end: int
    #: Start/end of the span that carries the fact (name, quote, date...).
    start: int
    end: int
    #: Which rule or model found it, e.g. ``"rule:apposition"`` or ``"ner"``.
    method: str
    confidence: float = 0.8


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date as written and as normalised against the publication date."""

    #: The words of the article ("le 10 avril", "jeudi").
    text: str
    #: ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, or ``--MM-DD`` when the year is unknown.
    iso: str
    #: True when the year (or the whole date) was inferred from the publication date.
    inferred: bool = False


@dataclass(frozen=True, slots=True)
class State:
    """A sovereign state mentioned in the article."""

    #: ISO 3166-1 alpha-3.
    code: str
    alpha2: str
    name: str
    qid: str | None
    #: True when the state acts in the article (a named official, a delegation,
    #: a meeting, a statement); False when it is only a topic or a place.
    acting: bool
    #: How it was mentioned: "name", "demonym", "capital", "pair"...
    mention_kinds: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Person:
    key: str
    #: Fullest name found in the article ("Amina Odhiambo").
    name: str
    aliases: tuple[str, ...] = ()
    #: alpha-3 of the state the person acts for, when known.
    state: str | None = None
    evidence: tuple[Evidence, ...] = ()
    #: Wikidata QID from the officials knowledge base (loaders/officials.py), when the person is in it.
    qid: str | None = None


@dataclass(frozen=True, slots=True)
class Organization:
    key: str
    name: str
    #: ministry, department, embassy, consulate, agency, international, government,
    #: presidency, mission, organization
    kind: str
    #: alpha-3 of the state it belongs to (sending state for missions), or None.
    state: str | None = None
    #: alpha-3 of the host state for embassies and consulates.
    host_state: str | None = None
    #: City of a consulate or office, when written ("consulat général ... à Tabriz").
    city: str | None = None
    qid: str | None = None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Place:
    key: str
    name: str
    #: "city", "country" or "building"
    kind: str
    #: alpha-3 of the country the place is in.
    country: str | None = None
    qid: str | None = None
    #: key of the city a building is in.
    city: str | None = None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class RoleHolding:
    """A person holding a post for a state, as of a date (org:Membership)."""

    person: str  # Person.key
    #: Title as written ("secrétaire d'État adjointe aux Affaires africaines").
    title: str
    #: Normalised role concept: head_of_state, foreign_minister, ambassador...
    role_type: str
    state: str | None = None
    organization: str | None = None  # Organization.key
    #: alpha-3 of the receiving state ("ambassadeur ... à Washington" → USA).
    posted_to: str | None = None
    as_of: DateValue | None = None
    #: "current" or "former" ("ancien", "sous la présidence de").
    status: str = "current"
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class Delegation:
    state: str
    head: str | None = None  # Person.key
    members: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Meeting:
    key: str
    #: talks, meeting, visit, summit, call, summons, conference
    kind: str
    #: held, ongoing, planned, cancelled
    status: str = "held"
    date: DateValue | None = None
    city: str | None = None  # Place.key
    country: str | None = None  # alpha-3
    venue: str | None = None  # Place.key of a building
    states: tuple[str, ...] = ()
    persons: tuple[str, ...] = ()  # Person.key
    delegations: tuple[Delegation, ...] = ()
    host: str | None = None  # alpha-3 of the hosting state
    closed_door: bool = False
    #: Key shared by the rounds of one series of talks.
    series: str | None = None
    #: Key of the previous round of the same series.
    previous: str | None = None
    topics_in: tuple[str, ...] = ()
    topics_out: tuple[str, ...] = ()
    label: str = ""
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Position:
    """Who said what: a direct, partial or indirect (reported) statement."""

    key: str
    text: str
    #: direct, partial, indirect
    quote_type: str
    #: Lemma of the cue ("déclarer", "selon", "indiquer").
    cue: str | None = None
    speaker: str | None = None  # Person.key
    #: person, state, organization, anonymous
    speaker_kind: str = "person"
    #: As written for non-person speakers ("une source proche du dossier", "le Kremlin").
    speaker_label: str | None = None
    #: Organization.key when the speaker is an institution.
    speaker_org: str | None = None
    speaker_state: str | None = None
    date: DateValue | None = None
    meeting: str | None = None  # Meeting.key
    #: Organization.key of the channel ("a indiqué à l'agence TASS").
    via: str | None = None
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    states: tuple[State, ...] = ()
    persons: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    places: tuple[Place, ...] = ()
    roles: tuple[RoleHolding, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    positions: tuple[Position, ...] = ()
    #: Free-form counters for the summary table ("sentences": 12...).
    stats: dict = field(default_factory=dict, compare=False, hash=False)
