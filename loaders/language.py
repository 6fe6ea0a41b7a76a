"""Which language an article is written in, from its function words.

News prose is dense in short grammatical words ("the", "of", "said"; "le", "des", "selon"), and
those differ between languages far more than names do. The score of a language is the share of
a text's words that are its function words (``data/function_words.json``), a word listed for k
languages counting 1/k for each. No model and no network: a few thousand words are read in
well under a millisecond, and the answer is the same on every machine.
"""
from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files

__all__ = ["detect_language", "language_scores"]

#: Words read from the start of the text: plenty for a verdict, and a long text costs no more.
SAMPLE_WORDS = 400
#: Below this weight of function words nothing is said (a headline, a list of names).
MIN_EVIDENCE = 3.0
_WORD = re.compile(r"[^\W\d_]+(?:['’](?=\w))?", re.U)


@cache
def _weights() -> dict[str, dict[str, float]]:
    data = json.loads((files("diplograph.loaders") / "data" / "function_words.json").read_text(encoding="utf-8"))
    lists = {lang: {w.lower() for w in words} for lang, words in data.items() if not lang.startswith("_")}
    owners: dict[str, int] = {}
    for words in lists.values():
        for w in words:
            owners[w] = owners.get(w, 0) + 1
    return {lang: {w: 1 / owners[w] for w in words} for lang, words in lists.items()}


def language_scores(text: str) -> dict[str, float]:
    """The function-word weight of each known language in the first words of ``text``.

    >>> s = language_scores("Le ministre a reçu son homologue à Paris, selon la présidence.")
    >>> max(s, key=s.get)
    'fr'
    """
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)[:SAMPLE_WORDS]]
    return {lang: sum(table.get(w, 0.0) for w in words) for lang, table in _weights().items()}


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language of ``text``, or None when too little text says it.

    >>> detect_language("The foreign minister said on Thursday that the talks with his counterpart had been useful.")
    'en'
    >>> detect_language("El ministro dijo que las conversaciones con su homólogo fueron útiles para la región.")
    'es'
    >>> detect_language("Kallas, Lavrov") is None
    True
    """
    scores = language_scores(text)
    best = max(scores, key=scores.get)
    return best if scores[best] >= MIN_EVIDENCE else None
