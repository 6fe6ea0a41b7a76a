"""The word lists of the rules: ``data/lexicon.<lang>.json``, read here and nowhere else.

A rule module asks for a key and builds its regex from the words at first use (cached), so
each list has one home and a form is added by editing data, not Python. Some rules apply to
every article whatever its language (an honorific in front of a name: French pages write
"Mr" and "Sheikh" too, English pages "Mme"); they read :func:`words_of_all`, the union of
every lexicon's list under one key.
"""
from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files

from diplograph.loaders import SUPPORTED_LANGUAGES

__all__ = ["folded_words", "lexicon", "words_of_all", "table_of_all", "alternation", "literal_trie"]


@cache
def lexicon(lang: str = "fr") -> dict:
    """The lexicon of one language, as its JSON file writes it."""
    return json.loads((files("diplograph.loaders") / "data" / f"lexicon.{lang}.json").read_text(encoding="utf-8"))


@cache
def words_of_all(key: str) -> tuple[str, ...]:
    """The words under ``key`` in every language's lexicon that has it, in file order, each once."""
    return tuple(dict.fromkeys(w for lang in SUPPORTED_LANGUAGES for w in lexicon(lang).get(key, ())))


@cache
def folded_words(key: str) -> frozenset[str]:
    """:func:`words_of_all` folded (no accents, lower case), for membership tests."""
    from diplograph.loaders.text import fold

    return frozenset(fold(w) for w in words_of_all(key))


@cache
def table_of_all(key: str) -> dict:
    """The word → value tables under ``key`` in every language's lexicon, as one table."""
    return {w: v for lang in SUPPORTED_LANGUAGES for w, v in lexicon(lang)[key].items()}


def alternation(forms) -> str:
    r"""A regex alternation of written forms, longest first so that "Mme." wins over "Mme".

    A space in a form stands for any run of whitespace, an apostrophe for either apostrophe;
    everything else is literal.

    >>> print(alternation(["Dato", "Dato' Sri"]))
    Dato['’]\s+Sri|Dato
    """
    def one(form: str) -> str:
        return r"\s+".join(re.escape(part).replace("'", "['’]") for part in form.split(" "))
    return "|".join(one(f) for f in sorted(set(forms), key=lambda f: (-len(f), f)))


def literal_trie(forms) -> str:
    r"""A regex that matches the same strings as the longest-first alternation of ``forms`` (literal,
    no flags), written as a tree of shared prefixes.

    Python's ``re`` tries an alternation's branches one after the other at every position, so a
    list of a thousand names costs a thousand checks per character; the tree costs one per letter
    of the longest prefix. At a given place only forms that are prefixes of one another can match,
    and the greedy ``?`` tries the longer one first, so the match (and every backtracking step
    after it, e.g. into a look-ahead) is the same as with the longest-first alternation.

    >>> print(literal_trie(["mali", "malawi", "maroc", "ma"]))
    ma(?:l(?:awi|i)|roc)?
    >>> re.fullmatch(literal_trie(["ab", "abc"]) + "c?", "abc").group()
    'abc'
    """
    root: dict = {}
    for form in set(forms):
        node = root
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        if "" in node:
            return f"(?:{'|'.join(alts)})?"
        return alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"

    return emit(root) if root else r"(?!x)x"
