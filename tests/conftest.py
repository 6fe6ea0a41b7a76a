"""Shared fixtures: the real French pipeline, loaded once per test session.

The tests folder is put on ``sys.path`` so that test modules import the helpers kept beside them
(``binding_invariant``) by name, once, instead of loading them by file path each.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(scope="session")
def nlp_fr():
    from diplograph.loaders.nlp import load_pipeline

    return load_pipeline("fr")


@pytest.fixture(scope="session")
def extract(nlp_fr):
    """extract(text, published=None) -> Extraction, with the real pipeline."""
    from diplograph.loaders.extract import extract_facts
    from diplograph.loaders.facts import Article

    def run(text: str, published: str | None = None, id: str = "t"):
        return extract_facts(Article(id=id, text=text, lang="fr", published=published), nlp_fr)

    return run
