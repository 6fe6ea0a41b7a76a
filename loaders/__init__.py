"""diplograph.loaders: read news articles and extract diplomatic facts.

This package never imports rdflib, networkx or pyvis; it emits the plain
dataclasses of :mod:`diplograph.loaders.facts`. spaCy is imported lazily, only
when facts are extracted, so that query commands stay fast.
"""
from __future__ import annotations

from diplograph.loaders.errors import (
    ArticleFormatError,
    DateFormatError,
    LoaderError,
    UnsupportedLanguageError,
)
from diplograph.loaders.facts import (
    Article,
    DateValue,
    Delegation,
    Evidence,
    Extraction,
    Meeting,
    Organization,
    Person,
    Place,
    Position,
    RoleHolding,
    State,
)

__all__ = [
    "Article", "DateValue", "Delegation", "Evidence", "Extraction", "Meeting", "Organization",
    "Person", "Place", "Position", "RoleHolding", "State",
    "LoaderError", "ArticleFormatError", "DateFormatError", "UnsupportedLanguageError",
    "SUPPORTED_LANGUAGES",
]

#: Languages with an extraction pipeline.
SUPPORTED_LANGUAGES = ("fr", "en")
