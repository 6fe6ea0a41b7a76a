"""Grouping person mentions of one article into persons.

A later mention is usually shorter ("M. Okafor", "Kallas", "M. Wang"): it
belongs to an earlier, fuller name when its words are a subset of that name's
words (accent- and case-insensitive).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from diplograph.loaders.text import fold

__all__ = ["PersonCluster", "cluster_persons", "person_key"]


# (Cached: a cluster's key and words are asked for again and again while an article is read.)
@lru_cache(maxsize=1 << 14)
def _words(name: str) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"[\s'’-]+", fold(name)) if w)


@lru_cache(maxsize=1 << 14)
def person_key(name: str) -> str:
    """Deterministic key from a full name.

    >>> person_key("Amina Odhiambo")
    'amina-odhiambo'
    """
    return "-".join(re.sub(r"[^a-z0-9]", "", w) for w in _words(name) if re.sub(r"[^a-z0-9]", "", w))


@dataclass(slots=True)
class PersonCluster:
    name: str
    aliases: set[str] = field(default_factory=set)
    gender: str | None = None
    #: (sentence index, start, end) of every mention, article offsets.
    mentions: list[tuple[int, int, int]] = field(default_factory=list)

    @property
    def key(self) -> str:
        return person_key(self.name)

    def words(self) -> set[str]:
        return set(_words(self.name))


def cluster_persons(mentions: list[tuple[int, int, int, str, str | None]],
                    regnal: frozenset[tuple[int, int]] = frozenset()) -> tuple[list[PersonCluster], dict[tuple[int, int], PersonCluster]]:
    """Group ``(sentence, start, end, text, gender)`` mentions; returns clusters and a span → cluster map.

    ``regnal`` holds the spans of names written after a sovereign's title ("King Charles", "le
    pape François"): such a name is not the short form of a fuller name that starts with it
    ("Charles Michel")."""
    clusters: list[PersonCluster] = []
    by_span: dict[tuple[int, int], PersonCluster] = {}
    # Fullest names first, so a surname alone joins the full name even when it comes first.
    order = sorted(mentions, key=lambda m: -len(_words(m[3])))
    for sent, start, end, text, gender in order:
        words = set(_words(text))
        target = None
        for c in clusters:
            cw = c.words()
            if (start, end) in regnal and len(words) == 1 and len(cw) > 1 and _words(c.name)[0] in words:
                continue
            if words <= cw or (cw <= words and len(cw) >= 2):
                target = c
                break
        if target is None:
            target = PersonCluster(text)
            clusters.append(target)
        elif len(_words(text)) > len(_words(target.name)):
            target.aliases.add(target.name)
            target.name = text
        if text != target.name:
            target.aliases.add(text)
        if gender and not target.gender:
            target.gender = gender
        target.mentions.append((sent, start, end))
        by_span[(start, end)] = target
    for c in clusters:
        c.mentions.sort()
    clusters.sort(key=lambda c: c.mentions[0])
    return clusters, by_span
