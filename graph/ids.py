"""Deterministic IRIs: the same key always gives the same IRI, and no blank nodes are minted.

States are keyed by ISO 3166-1 alpha-3, persons, organisations, places and meetings by the
loaders' keys (normalised names and codes), article-scoped things (statements, unnamed sources,
evidence spans) by the article id. Re-ingesting an article therefore mints exactly the same IRIs,
and a state, person or organisation named in two articles is one node.
"""
from __future__ import annotations

import re
from urllib.parse import quote

from rdflib import Namespace, URIRef

from diplograph.loaders.keys import digest  # the one key-hashing recipe, shared with the loaders

__all__ = ["BASE", "VOCAB", "mint", "slug", "state_iri", "article_iri", "graph_iri", "span_iri", "digest"]

BASE = "https://w3id.org/dipl/id/"
VOCAB = "https://w3id.org/dipl/vocab/"
ROLE = Namespace(VOCAB + "role/")
MEETING_KIND = Namespace(VOCAB + "meeting-kind/")
QUOTE_TYPE = Namespace(VOCAB + "quote-type/")


def slug(text: str) -> str:
    """An IRI-safe path segment (keys are already ASCII; this guards the rest).

    >>> slug("rus-ministere-des-affaires-etrangeres")
    'rus-ministere-des-affaires-etrangeres'
    >>> slug("Élysée palace")
    '%C3%89lys%C3%A9e-palace'
    """
    return quote(re.sub(r"\s+", "-", text.strip()), safe="-_.~")


def mint(kind: str, key: str) -> URIRef:
    """The IRI of a thing of ``kind`` ("person", "org", "meeting"...) with ``key``."""
    return URIRef(f"{BASE}{kind}/{slug(key)}")


def state_iri(alpha3: str) -> URIRef:
    return mint("state", alpha3.upper())


def article_iri(article_id: str) -> URIRef:
    return mint("article", article_id)


def graph_iri(article_id: str) -> URIRef:
    """The named graph that holds everything read from one article."""
    return mint("graph", article_id)


def span_iri(article_id: str, start: int, end: int) -> URIRef:
    """A NIF/RFC 5147 span IRI: ``<article>#char=start,end``."""
    return URIRef(f"{article_iri(article_id)}#char={start},{end}")
