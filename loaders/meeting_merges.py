"""When two meeting candidates are one meeting, and when they are separate encounters.

Used by the steps of :mod:`.meetings`: a sentence that tells a series of encounters ("X a reçu Y,
puis s'est entretenu avec Z") gives one candidate each (:func:`encounters`), so does a later
sentence that adds a counterpart ("Il a ensuite rencontré Z", :func:`another_encounter`); other
candidates of the same day, place and parties are one event (:func:`same_event`, :func:`merge`).
"""
from __future__ import annotations

import re

from diplograph.loaders.context import Sentence
from diplograph.loaders.meeting_candidates import Candidate
from diplograph.loaders.meeting_triggers import Trigger, is_verb, lexical_regex

__all__ = ["encounters", "another_encounter", "same_event", "merge", "take_call"]

# What joins two encounters told in one sentence: "…, puis s'est entretenu avec…", "…, avant de recevoir…".
NEXT_ENCOUNTER = re.compile(r"(?:,|;|\bpuis\b|\bavant\s+d|\bensuite\b|\bet\s+(?:a|s['’]est)\b)", re.I)


def encounters(sent: Sentence, trig: list[Trigger]) -> list[tuple[int, int, Trigger]]:
    """'X a reçu Y, puis s'est entretenu avec Z': (lo, hi, trigger) of each encounter, each with
    its own counterpart; empty when the sentence tells one meeting."""
    verbs = [t for t in trig if is_verb(sent, t)]
    if len(verbs) < 2:
        return []
    persons = [p.start for p in sent.mentions.persons]
    bounds = [t[0] for t in verbs[1:]] + [len(sent.text)]
    parts = []
    for t, hi in zip(verbs, bounds):
        if not any(t[1] <= p < hi for p in persons):
            return []
        parts.append((t[0], hi, t))
    for a, b in zip(verbs, verbs[1:]):
        if not NEXT_ENCOUNTER.search(sent.text[a[1]:b[0]][-40:]):
            return []
    return parts


def another_encounter(c: Candidate, prev: Candidate, earlier: list[Candidate]) -> None:
    """'Il a ensuite rencontré Z', 'Il a également rencontré le président sud-africain': a sentence
    that adds a new counterpart (a person or a state) after an encounter is an encounter of its
    own, with the same host, at the same place and on the same day unless it says otherwise."""
    if c.side or c.kind in ("call", "summons") or prev.kind == "call" or c.status != "held" or c.sent.is_headline:
        return
    trig_start = c.evidence[0].start - c.sent.start if c.evidence else 0
    # "Il a ensuite rencontré…", "Il s'est également entretenu avec…": one more encounter of a series.
    another = lexical_regex(r"\b(?:{})\b", "encounter_connectors")
    if not another.search(c.sent.text) or not is_verb(c.sent, (trig_start, trig_start, "")):
        return
    seen = set().union(*(a.persons for a in earlier)) if earlier else set()
    new_persons = c.persons - seen
    new_states = c.states - prev.states - prev.subject_states
    if not new_persons and not new_states:
        return
    c.side = prev.side = True
    c.date = c.date or prev.date
    if c.city is None and prev.city:
        c.city, c.city_name, c.country = prev.city, prev.city_name, prev.country
    c.country = c.country or prev.country
    if not c.subject:  # "Il a ensuite rencontré…": the same host
        c.subject = set(prev.subject)
        c.subject_states = set(prev.subject_states)
        c.persons |= prev.subject
        c.states |= prev.subject_states


def _counterparts(c: Candidate) -> set[str]:
    return (c.persons - c.subject) | (c.states - c.subject_states)


def same_event(a: Candidate, b: Candidate) -> bool:
    """Two anchored candidates are one meeting: nothing tells them apart (day, city, round, parties)."""
    if a.sidelines != b.sidelines or a.earlier != b.earlier:
        return False
    if a.side or b.side:
        # Two encounters of a series: the same host, different counterparts.
        ca, cb = _counterparts(a), _counterparts(b)
        if ca and cb and not ca & cb:
            return False
    # A phone call the same day as a visit or an audience somewhere is another event: merged,
    # the call would take the place of the visit.
    for x, y in ((a, b), (b, a)):
        if x.kind == "call" and (y.kind in ("visit", "summons") or y.city is not None):
            return False
    if a.date and b.date and a.date.iso != b.date.iso:
        return False
    if a.city and b.city and a.city != b.city:
        return False
    if a.country and b.country and a.country != b.country:
        return False  # "…in Indonesia" is not "…after the minister's trip to Seoul"
    if b.other_round and not a.other_round:
        return False
    return bool(a.states & b.states) or not (a.states and b.states)


def take_call(into: Candidate, other: Candidate) -> None:
    """"Au cours de l'entretien téléphonique, les ministres…" after "X s'est entretenue avec Y":
    the meeting was a call. Only a meeting without a place can be one."""
    if other.kind == "call" and into.kind in ("meeting", "talks") and into.city is None and into.country is None \
            and not into.venue:
        into.kind = "call"


def merge(into: Candidate, other: Candidate) -> None:
    """``other`` told the same meeting: ``into`` takes what it adds."""
    take_call(into, other)
    into.states |= other.states
    into.persons |= other.persons
    into.closed = into.closed or other.closed
    into.date = into.date or other.date
    if into.city is None and other.city:
        into.city, into.city_name, into.country = other.city, other.city_name, other.country
    into.country = into.country or other.country
    into.country_named = into.country_named or (other.country_named and other.country == into.country)
    into.venue = into.venue or other.venue
    into.topics_in += [t for t in other.topics_in if t not in into.topics_in]
    into.topics_out += [t for t in other.topics_out if t not in into.topics_out]
    into.evidence.extend(other.evidence)
