"""Person names across articles: folding, transliteration keys and a compatibility score.

Outlets spell the same official differently: French transliterates Russian ``ч`` as "tch" and
``ш`` as "ch" where English writes "ch" and "sh" and German "tsch" and "sch"; French writes
"ou" for "u", "dj" or "j" for English "dzh", "j" or "zh"; "-ïev", "-iev", "-iyev" and "-yev" are
one ending. :func:`translit_key` maps all of these to one key, so that equality (or a high
similarity) of keys means "the same name written by another outlet". :func:`compare_names` then
decides whether two full names can denote one person; the context (state, post) is the
business of the rest of this package.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from rapidfuzz.distance import Levenshtein

from diplograph.loaders.text import fold
from diplograph.loaders.translit import translit_key

__all__ = ["NameParts", "split_name", "translit_key", "block_keys", "first_names_compatible", "compare_names",
           "NameMatch", "first_name_groups"]

#: Particles that belong to the surname ("de Villepin", "van der Berg", "Al Thani").
PARTICLES = {"de", "du", "des", "d", "la", "le", "van", "von", "der", "den", "da", "di", "al", "el", "ben", "bin",
             "ibn", "abu", "ould", "bint"}

#: First names written differently in French and English (and in transliterations of them) are
#: grouped in a data file, ``loaders/data/first_names.json``; translit keys are compared, so
#: "Alexandre"/"Alexander"/"Aleksandr" or "Sergueï"/"Sergey" need no entry.
FIRST_NAMES_FILE = "first_names.json"


@dataclass(frozen=True, slots=True)
class NameParts:
    """A name split into first names and surname, as folded words."""

    first: tuple[str, ...]
    surname: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NameMatch:
    """The outcome of comparing two names."""

    #: 0..1; 0 means "cannot be the same person".
    score: float
    #: Short code of why: same-name, translit-name, fuzzy-name, first-name-variant, initial, surname-only.
    reason: str


def _words(name: str) -> list[str]:
    # Honorifics never reach the graph (the loaders strip them), but users' data may carry them.
    words = [w for w in re.split(r"[\s\-'’.]+", fold(name)) if w]
    return [w for w in words if w not in {"m", "mme", "mlle", "mr", "mrs", "ms", "dr"}]


@lru_cache(maxsize=1 << 16)
def split_name(name: str) -> NameParts:
    """First names and surname of ``name``; a one-word name is a surname.

    >>> split_name("Ahmed Ould Cheikh")
    NameParts(first=('ahmed',), surname=('ould', 'cheikh'))
    >>> split_name("Koutchenov")
    NameParts(first=(), surname=('koutchenov',))
    """
    words = _words(name)
    if len(words) <= 1:
        return NameParts((), tuple(words))
    cut = len(words) - 1
    while cut > 1 and words[cut - 1] in PARTICLES:
        cut -= 1
    return NameParts(tuple(words[:cut]), tuple(words[cut:]))


@lru_cache(maxsize=1)
def first_name_groups() -> dict[str, int]:
    """Translit key of each first name of ``first_names.json`` → the number of its group.

    Read once, at the first comparison that needs it (not at import: ``ask`` never compares).
    A key met in two groups keeps the first, so the data file's order decides.
    """
    data = json.loads((files("diplograph.loaders") / "data" / FIRST_NAMES_FILE).read_text(encoding="utf-8"))
    variants: dict[str, int] = {}
    for i, group in enumerate(data["groups"]):
        for name in group:
            variants.setdefault(translit_key(name), i)
    return variants


@lru_cache(maxsize=1 << 16)
def block_keys(name: str) -> frozenset[str]:
    """Blocking keys of a name: the translit key of each surname word of 3+ letters.

    Candidates for a merge are only looked for among names that share one of these keys, so
    a store of many thousand persons is never compared pairwise. Every word of a two-word name
    is a key too: "Wang Yi" and "M. Wang" (family name first) meet.
    """
    parts = split_name(name)
    words = parts.surname + (parts.first if len(parts.first) == 1 else ())
    return frozenset(k for k in (translit_key(w) for w in words if w not in PARTICLES) if len(k) >= 3)


def _gendered(a: str, b: str) -> bool:
    """Slavic surnames and first names have a feminine form: Petrov/Petrova, Ostrovski/Ostrovskaia."""
    short, long_ = sorted((a, b), key=len)
    return long_ != short and (long_ == short + "a" or (short.endswith("i") and long_ == short[:-1] + "aia")
                               or (short.endswith("i") and long_ == short[:-1] + "a"))


def _similar(a: str, b: str) -> float:
    """1.0 for equal keys, 0.9 for one edit between long keys, else 0.

    A string similarity with a prefix bonus (Jaro-Winkler) would pair Martin with Martinez; one
    edit on a long key is what is left once the transliteration rules have run (a dropped or
    doubled vowel, Holbrooke/Holbrook).
    """
    if a == b:
        return 1.0
    if min(len(a), len(b)) >= 6 and Levenshtein.distance(a, b) <= 1 and not _gendered(a, b):
        return 0.9
    return 0.0


def first_names_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[float, str]:
    """How compatible two first-name tuples are: ``(factor, reason)``; factor 0 when they clash.

    Same (after transliteration) 1.0; a French/English variant 0.95; an initial 0.9; missing on
    one side 0.85; one edit between long names 0.9 (Mikhaïlo/Mikhailo); otherwise 0.

    >>> first_names_compatible(("alexandre",), ("aleksandr",))
    (1.0, 'translit')
    >>> first_names_compatible(("guillaume",), ("william",))
    (0.95, 'first-name-variant')
    >>> first_names_compatible(("claire",), ("daniel",))[0]
    0.0
    """
    if not a or not b:
        return 0.85, "first-name-missing"
    ka, kb = translit_key(a[0]), translit_key(b[0])
    if fold(a[0]) == fold(b[0]):
        return 1.0, "same"
    if ka == kb:
        return 1.0, "translit"
    if (len(a[0]) == 1 and kb.startswith(a[0])) or (len(b[0]) == 1 and ka.startswith(b[0])):
        return 0.9, "initial"
    groups = first_name_groups()
    if ka in groups and groups.get(ka) == groups.get(kb):
        return 0.95, "first-name-variant"
    sim = _similar(ka, kb)
    return (sim, "fuzzy-first-name") if sim else (0.0, "first-name-clash")


def compare_names(a: str, b: str) -> NameMatch:
    """Can names ``a`` and ``b`` denote the same person? Context (state, post) is not considered.

    >>> compare_names("Timour Koutchenov", "Timur Kuchenov")
    NameMatch(score=1.0, reason='translit-name')
    >>> compare_names("Koutchenov", "Timur Kuchenov").reason
    'surname-only'
    >>> compare_names("Claire Martin", "Daniel Martin").score
    0.0
    """
    pa, pb = split_name(a), split_name(b)
    if not pa.surname or not pb.surname:
        return NameMatch(0.0, "no-name")
    if fold(" ".join(pa.first + pa.surname)) == fold(" ".join(pb.first + pb.surname)):
        return NameMatch(1.0, "same-name")
    sa = "".join(translit_key(w) for w in pa.surname if w not in PARTICLES)
    sb = "".join(translit_key(w) for w in pb.surname if w not in PARTICLES)
    surname = _similar(sa, sb)
    if surname < 0.9 and (pa.first or pb.first):
        # Family name first ("Wang Yi" / "Wang"): a one-word name may be the other's first word.
        one, other = (pa, pb) if not pa.first else (pb, pa)
        if not one.first and other.first and translit_key(one.surname[-1]) == translit_key(other.first[0]):
            return NameMatch(0.85, "surname-only")
        return NameMatch(0.0, "surname-clash")
    if surname < 0.9:
        return NameMatch(0.0, "surname-clash")
    if not pa.first or not pb.first:
        return NameMatch(round(0.85 * surname, 3), "surname-only")
    factor, why = first_names_compatible(pa.first, pb.first)
    if factor == 0.0:
        return NameMatch(0.0, why)
    score = round(surname * factor, 3)
    if why in ("same", "translit") and surname == 1.0:
        return NameMatch(score, "translit-name")
    if why in ("first-name-variant", "initial"):
        return NameMatch(score, why)
    return NameMatch(score, "fuzzy-name")
