"""The working state of one article's extraction, shared by the fact extractors."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from diplograph.loaders.dates import DateMention
from diplograph.loaders.facts import Article, Evidence
from diplograph.loaders.gazetteer import Gazetteer
from diplograph.loaders.mentions import SentenceMentions
from diplograph.loaders.persons import PersonCluster

__all__ = ["Sentence", "Context", "TEXT", "KB", "GUESS"]

#: Sources of a person's state, strongest first (:meth:`Context.set_state`).
TEXT, KB, GUESS = 2, 1, 0


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    doc: object  # spaCy Doc of this sentence; never leaves loaders/
    mentions: SentenceMentions
    dates: list[DateMention]
    future: bool
    is_headline: bool = False

    def person_at(self, start: int, end: int, ctx: "Context") -> PersonCluster | None:
        """The person whose mention overlaps [start, end) (sentence offsets)."""
        for p in self.mentions.persons:
            if p.start < end and start < p.end:
                return ctx.person_spans.get((self.start + p.start, self.start + p.end))
        return None


@dataclass(slots=True)
class Context:
    article: Article
    gaz: Gazetteer
    published: dt.date | None
    #: Without ``published``: the day and month the page's header gives without a year.
    page_day: tuple[int, int] | None = None
    sentences: list[Sentence] = field(default_factory=list)
    persons: list[PersonCluster] = field(default_factory=list)
    person_spans: dict[tuple[int, int], PersonCluster] = field(default_factory=dict)
    #: person key → alpha-3 it acts for; written only through :meth:`set_state`
    person_state: dict[str, str] = field(default_factory=dict)
    #: How each person's state was found: TEXT, KB or GUESS (see :meth:`set_state`).
    state_source: dict[str, int] = field(default_factory=dict)
    #: person key → list of (role_type, title text)
    person_roles: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    acting_states: set[str] = field(default_factory=set)
    #: The day the officials base is read at: the publication date, else the latest full date the
    #: text writes (an undated page still tells which Lavrov-era it is).
    kb_date: dt.date | None = None
    #: The outlet's country (from the URL's country-code domain), for "notre pays" and for
    #: titles that name no state ("le ministre des Affaires étrangères, X" in a national outlet).
    home_state: str | None = None
    #: The dateline's city entry ("OTTAWA – …"), if any.
    dateline: dict | None = None
    #: alpha-3 → person key of the head of that state's delegation
    delegation_heads: dict[str, str] = field(default_factory=dict)

    def set_state(self, key: str, code: str, source: int = 2) -> None:
        """Say which state a person acts for; the one writer of ``person_state``.

        A stronger source replaces a weaker one, so the result does not depend on which extractor
        runs first: what the text says (``TEXT``: a demonym, a state in the title, a delegation)
        beats the officials base (``KB``), which beats a guess from the context (``GUESS``: the
        one state of the sentence, the outlet's country, the state of the other officials). Between
        equals, the first stays.
        """
        if key not in self.person_state or source > self.state_source.get(key, TEXT):
            self.person_state[key] = code
            self.state_source[key] = source

    def guessed_state(self, key: str) -> bool:
        """Whether the person's state is only a guess from the context."""
        return key in self.person_state and self.state_source.get(key, TEXT) == GUESS

    def evidence(self, sent: Sentence, start: int, end: int, method: str, confidence: float = 0.8) -> Evidence:
        """Evidence for a span given in sentence offsets."""
        return Evidence(
            article=self.article.id,
            sentence=sent.text,
            sentence_start=sent.start,
            sentence_end=sent.end,
            start=sent.start + start,
            end=sent.start + end,
            method=method,
            confidence=confidence,
        )
