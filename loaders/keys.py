"""The one recipe for keys hashed from several values (statement keys, fact IRIs, merge ids).

It lives in loaders/ because the loaders mint keys too, and loaders never import graph/;
:mod:`diplograph.graph.ids` re-exports it. Keys are part of every IRI, so the recipe never
changes: a test pins exact values.
"""
from __future__ import annotations

import hashlib

__all__ = ["digest"]


def digest(*parts: object, length: int = 16) -> str:
    """The first ``length`` hex digits of the SHA-1 of the parts joined by ``|`` (``None`` as "").

    >>> digest("a1", 3, None)
    '98238c554a9ae0e9'
    >>> digest("a1", 3, length=12) == digest("a1|3")[:12]
    True
    """
    return hashlib.sha1("|".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()[:length]
