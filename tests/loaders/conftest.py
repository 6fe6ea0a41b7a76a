"""Fixtures and helpers shared by the extraction tests in tests/loaders.

The French pipeline (``nlp_fr``, ``extract``) is in tests/conftest.py; the English one is here.
The helpers find a person by the end of their name and read that person's facts.
"""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def extract_en():
    """extract_en(text, published=None) -> Extraction, with the real English pipeline."""
    from diplograph.loaders.extract import extract_facts
    from diplograph.loaders.facts import Article
    from diplograph.loaders.nlp import load_pipeline

    nlp = load_pipeline("en")

    def run(text: str, published: str | None = None):
        return extract_facts(Article(id="t", text=text, lang="en", published=published), nlp)

    return run


def _person(ex, surname):
    return next(p for p in ex.persons if p.name.endswith(surname))


def _key(ex, surname):
    return next(p.key for p in ex.persons if p.name.endswith(surname))


def _roles(ex, surname):
    """The person's Role facts, in the order of the extraction."""
    key = _person(ex, surname).key
    return [r for r in ex.roles if r.person == key]


def _posts(ex, surname):
    """The person's posts as sorted (role_type, state, status) tuples."""
    key = _person(ex, surname).key
    return sorted((r.role_type, r.state, r.status) for r in ex.roles if r.person == key)


def roles(ex):
    """Each person's role by person key (the last one when a person holds several)."""
    return {r.person: r for r in ex.roles}


def _holdings(ex):
    """Every post as a (name, role_type, state, posted_to) tuple."""
    names = {p.key: p.name for p in ex.persons}
    return {(names[r.person], r.role_type, r.state, r.posted_to) for r in ex.roles}
