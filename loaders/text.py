"""Sentence splitting and quotation spans, on the raw article text.

spaCy's French parser mis-splits news text: it merges a headline without final
punctuation with the next paragraph, and cuts sentences such as
"Grâce à cela, Washington et Moscou | ont rétabli…". News sentences are easier
than that: a paragraph is a line, and a sentence ends at ``. ! ? …`` followed by
a capital, unless the dot ends an abbreviation ("M.", "Mme.") or an initial, or
the end is inside a quotation (« … » may span several sentences of one speaker).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from diplograph.loaders.lexicon import words_of_all

__all__ = ["Span", "split_sentences", "find_quotes", "quotation_spans", "unquoted", "fold", "QUOTATION"]


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """Abbreviations whose final dot never ends a sentence, in any language of the lexicons."""
    return frozenset(words_of_all("abbreviations"))


#: Doubled single quotes open and close too: "‘‘printemps arabe’’", and in some outlets
#: "« Les relations sont fortes. Nous avons parlé… ’’, a souligné X".
OPENING = {"«": "»", "“": "”", "„": "“", "‘‘": "’’"}
CLOSING = {"»", "”", "’’"}
#: The quotation marks, and with them the sentence stops: the only characters the splitter acts on
#: (it jumps from one to the next instead of looking at every character).
QUOTE_MARKS = re.compile('‘‘|’’|[«“„»”"]')
MARKS = re.compile('‘‘|’’|[«“„»”".!?…]')


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case, strip accents and unify apostrophes/dashes, keeping length.

    The result has the same length as the input, so offsets found in the folded
    text are valid in the original.

    >>> fold("États-Unis d’Amérique")
    "etats-unis d'amerique"
    """
    if text.isascii() and "`" not in text:
        return text.lower()
    import unicodedata

    out = []
    for ch in text:
        if ch in "’‘`´ʼ":
            out.append("'")
            continue
        if ch in "\u2010\u2011\u2012\u2013\u2014\u2015":
            out.append("-")
            continue
        low = unicodedata.normalize("NFD", ch)[0].lower()
        out.append(low if len(low) == 1 else ch)
    return "".join(out)


#: The word before a dot (searched up to the dot, without copying the paragraph).
WORD_BEFORE = re.compile(r"([\w.'’°-]+)$")


def _ends_with_abbreviation(paragraph: str, dot: int) -> bool:
    word = WORD_BEFORE.search(paragraph, 0, dot)
    if not word:
        return False
    token = word.group(1).split("'")[-1].split("’")[-1].lower()
    if token in _abbreviations():
        return True
    # A single capital letter before the dot is an initial: "J. Biden", "George W. Bush"; so are
    # dotted initials ("Muhannad M.A. Alhammouri").
    return (len(token) == 1 and paragraph[dot - 1].isupper()) or bool(re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", word.group(1)))


def _unclosed(paragraph: str) -> set[int]:
    """Positions of quotation marks that open and never close in the paragraph: a typo in real
    text ("« la première capitale … (GPRA). Pour sa part, …") must not swallow the paragraph.

    >>> sorted(_unclosed('« a » « b. C. "d'))
    [6, 14]
    """
    stack, unclosed, straight = [], set(), []
    for m in QUOTE_MARKS.finditer(paragraph):
        i, ch = m.start(), m.group()
        if ch in OPENING:
            stack.append(i)
        elif ch in CLOSING and stack:
            stack.pop()
        elif ch == '"':
            straight.append(i)
    unclosed.update(stack)
    if len(straight) % 2:
        unclosed.add(straight[-1])
    return unclosed


def _paragraph_sentences(paragraph: str, offset: int) -> list[Span]:
    spans: list[Span] = []
    start = 0
    depth = 0  # nesting of « » / “ ” quotations
    straight_open = False
    skip = _unclosed(paragraph)
    i = 0
    n = len(paragraph)
    while (mark := MARKS.search(paragraph, i)) is not None:
        i = mark.start()
        ch = mark.group()
        if i in skip:
            pass
        elif ch in OPENING:
            depth += 1
        elif ch in CLOSING:
            depth = max(0, depth - 1)
        elif ch == '"':
            straight_open = not straight_open
        elif ch in ".!?…" and depth == 0 and not straight_open:
            j = i + 1
            while j < n and paragraph[j] in ".!?…»”\")’":
                j += 1
            k = j
            while k < n and paragraph[k] == " ":
                k += 1
            nxt = paragraph[k] if k < n else ""
            boundary = k > j and (nxt.isupper() or nxt.isdigit() or nxt in "«“\"—–-")
            # "…Antony Blinken.The two ministers…": pages that lost the space after a stop.
            glued = (ch == "." and k == j and j + 1 < n and nxt.isupper() and paragraph[j + 1].islower()
                     and paragraph[i - 2:i].isalpha() and paragraph[i - 2:i].islower())
            boundary = boundary or glued
            if ch == "." and _ends_with_abbreviation(paragraph, i):
                boundary = False
            if boundary:
                spans.append(Span(offset + start, offset + j, paragraph[start:j]))
                start = k
                i = k
                continue
        i += 1
    rest = paragraph[start:].rstrip()
    if rest.strip():
        lead = len(rest) - len(rest.lstrip())
        spans.append(Span(offset + start + lead, offset + start + len(rest), rest.lstrip()))
    return spans


def split_sentences(text: str) -> list[Span]:
    """Split an article into sentences; every line is at least one sentence.

    >>> [s.text for s in split_sentences("Titre sans point\\nM. Dupont est venu. Il a parlé.")]
    ['Titre sans point', 'M. Dupont est venu.', 'Il a parlé.']
    """
    spans: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.extend(_paragraph_sentences(stripped, pos + lead))
        pos += len(line) + 1
    return spans


#: A quotation: « … », “ … ”, " … ", ” … ” (some outlets close and open with the same mark),
#: " … ” (a straight mark opened, a curly one closed), ‘‘ … ’’ and « … ’’.
#: The one home of quotation marks for every rule that must tell quoted words from the rest.
QUOTATION = re.compile(r"«\s*([^»]+?)\s*(?:»|’’)|“\s*([^”]+?)\s*”|”\s*([^”“\n]+?)\s*”|\"\s*([^\"”\n]+?)\s*”|"
                       r"\"\s*([^\"\n]+?)\s*\"|‘‘\s*([^’\n]+?)\s*’’")


def find_quotes(text: str) -> list[Span]:
    """Quotations in the text, as spans of their inner text (without the marks or their inner spaces).

    >>> [q.text for q in find_quotes('Il a dit « oui », puis ” non ”.')]
    ['oui', 'non']
    """
    quotes = []
    for m in QUOTATION.finditer(text):
        group = next(g for g in range(1, 7) if m.group(g) is not None)
        quotes.append(Span(m.start(group), m.end(group), m.group(group)))
    return quotes


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """The quotations of ``text`` as (start, end), the quotation marks included."""
    return [(m.start(), m.end()) for m in QUOTATION.finditer(text)]


def unquoted(text: str, fill: str = " ") -> str:
    """``text`` with every quotation (marks included) replaced by ``fill``."""
    return QUOTATION.sub(fill, text)
