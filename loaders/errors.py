"""Errors raised by the loaders.

    LoaderError
     ├── ArticleFormatError      the input cannot be read as an article (empty, binary, bad JSON...)
     ├── UnsupportedLanguageError no pipeline for that language
     │    └── ModelIntegrityError  an installed model's files differ from the recorded ones
     └── DateFormatError         a malformed publication date

Each message is one line that names the article or path and the problem, so the
CLI can print it as is.
"""
from __future__ import annotations

__all__ = ["LoaderError", "ArticleFormatError", "UnsupportedLanguageError", "ModelIntegrityError", "DateFormatError"]


class LoaderError(Exception):
    """Base class of every error raised by diplograph.loaders."""


class ArticleFormatError(LoaderError):
    """The input cannot be read as an article."""


class UnsupportedLanguageError(LoaderError):
    """No extraction pipeline exists for the requested language."""


class ModelIntegrityError(UnsupportedLanguageError):
    """A third-party model's installed files differ from the manifest the project keeps: the
    language is refused rather than read with weights nobody checked."""


class DateFormatError(LoaderError):
    """A date given by the user or in metadata is not a valid ISO date."""
