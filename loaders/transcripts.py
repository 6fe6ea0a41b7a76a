"""Transcripts: paragraphs opened by a speaker's label ("Penny Wong, Foreign Minister: …",
"SECRETARY BLINKEN: …", "Journalist: …").

A label gives the paragraph after its colon, and the paragraphs that follow up to the next label,
to the person it names; a questioner's label ("Journalist", "Question") gives them to nobody.
A label is a name, with a title before it in capitals or after a comma, at the start of a
paragraph: "Pour le ministre X : …" is a sentence, not a turn, and headlines are no labels.
"""
from __future__ import annotations

import re
from functools import cache

from diplograph.loaders.context import Context, Sentence
from diplograph.loaders.interviews import opens_paragraph
from diplograph.loaders.lexicon import alternation, words_of_all
from diplograph.loaders.persons import PersonCluster

__all__ = ["speaker_labels"]

#: A label opening a paragraph: a few words (no sentence of their own) and a colon.
LABEL = re.compile(r"\s*(?P<label>[^:\n.!?«»“”\"]{2,80}?)\s*:\s+(?=\S)")
#: What may stand before and after the name in a label.
NAME_BEFORE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}")
TITLE_AFTER = re.compile(r"(?:\s*,\s*[^,]{2,60})?\s*")


@cache
def _questioner() -> re.Pattern:
    """A questioner's label (lexicon "questioner_labels", any language): "Journalist", "Question", "Q"."""
    return re.compile(rf"(?:{alternation(words_of_all('questioner_labels'))})(?:\s*\d+)?", re.I)


def _label(ctx: Context, sent: Sentence) -> tuple[PersonCluster | None, int] | None:
    """(the person labelled, or None for a questioner; where the words start), or None: no label."""
    if sent.is_headline or not opens_paragraph(ctx, sent):
        return None
    m = LABEL.match(sent.text)
    if m is None:
        return None
    if _questioner().fullmatch(m.group("label")):
        return None, m.end()
    # The label is the name, with capitalised words of a title before it ("SECRETARY BLINKEN",
    # "Ambassador X") or a title after a comma ("Penny Wong, Foreign Minister"); "Pour le ministre
    # X : …" opens a sentence, not a turn.
    for p in sent.mentions.persons:
        if m.start("label") <= p.start and p.end <= m.end("label") \
                and NAME_BEFORE.fullmatch(sent.text[m.start("label"):p.start]) \
                and TITLE_AFTER.fullmatch(sent.text[p.end:m.end("label")]):
            person = sent.person_at(p.start, p.end, ctx)
            # An official's turn says something: "X: Le ministère et son redéploiement" is the
            # headline of another story.
            said = sent.text.rstrip().endswith((".", "!", "?", "»", "”", "\"", "…"))
            return (person, m.end()) if person is not None and ctx.person_roles.get(person.key) and said else None
    return None


def speaker_labels(ctx: Context) -> dict[int, tuple[PersonCluster | None, int]]:
    """Sentence index → (the labelled speaker or None, offset of the words) for each label of a
    transcript; empty when no label names a person."""
    labels = {}
    for sent in ctx.sentences:
        found = _label(ctx, sent)
        if found is not None:
            labels[sent.index] = found
    return labels if any(person is not None for person, _at in labels.values()) else {}
