"""The resolver's thresholds and feature weights, declared in ``weights.json`` beside this file.

Read once per process (the file is small and never changes while we run). Tuning a weight or a
bound is a change to the data, not to the scoring code.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["Weights", "person_weights", "meeting_weights", "MERGE", "UNSURE", "NO_MATCH"]

#: The three outcomes of a judgement (nomenklatura's Judgement, minus "negative by decision").
MERGE, UNSURE, NO_MATCH = "merge", "unsure", "no-match"


@dataclass(frozen=True, slots=True)
class Weights:
    """One kind's bounds and feature weights."""

    #: Merged at or above this score.
    merge_at: float
    #: Recorded as unsure from this score up to ``merge_at``; dropped below.
    unsure_from: float
    #: Feature name → weight added to the score when the feature holds.
    features: dict[str, float]
    #: Base score (meetings; persons start from the name score).
    base: float = 0.0
    #: Persons: candidates within this margin of the best one make the name ambiguous.
    tie_margin: float = 0.0
    #: Persons: role types that say nothing about the post.
    generic_roles: frozenset[str] = frozenset()
    #: Meetings: kinds of contact that are never the same event as another kind.
    kind_groups: dict[str, str] | None = None

    def outcome(self, score: float) -> str:
        """MERGE, UNSURE or NO_MATCH for a score of this kind.

        >>> person_weights().outcome(0.9), person_weights().outcome(0.8), person_weights().outcome(0.5)
        ('merge', 'unsure', 'no-match')
        """
        if score >= self.merge_at:
            return MERGE
        if score > 0 and score >= self.unsure_from:
            return UNSURE
        return NO_MATCH


@cache
def _data() -> dict:
    text = (resources.files("diplograph.graph.resolve") / "weights.json").read_text(encoding="utf-8")
    return json.loads(text)


def _weights(kind: str) -> Weights:
    d = _data()[kind]
    return Weights(merge_at=d["merge_at"], unsure_from=d["unsure_from"], features=dict(d["features"]),
                   base=d.get("base", 0.0), tie_margin=d.get("tie_margin", 0.0),
                   generic_roles=frozenset(d.get("generic_roles", ())), kind_groups=d.get("kind_groups"))


@cache
def person_weights() -> Weights:
    """Bounds and weights of person pairs."""
    return _weights("person")


@cache
def meeting_weights() -> Weights:
    """Bounds and weights of meeting pairs."""
    return _weights("meeting")
