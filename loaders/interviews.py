"""Interviews: a page of questions and answers gives the answers to the person interviewed.

"Le ministre X a répondu à nos questions. ¶ Comment voyez-vous… ? ¶ Nous sommes…": each question
stands as its own paragraph, and the paragraphs after it, up to the next question, are the
interviewee's words, whoever they speak of ("Le président a été clair. Il veut…" is still what
the minister says).
"""
from __future__ import annotations

import re
from functools import cache

from diplograph.loaders.context import Context, Sentence
from diplograph.loaders.lexicon import alternation, words_of_all
from diplograph.loaders.persons import PersonCluster

__all__ = ["interviewee", "is_question", "opens_paragraph", "same_paragraph", "ends_answers"]

#: The fewest questions that make a page an interview rather than an article asking one in passing.
MIN_QUESTIONS = 2


@cache
def _interview_cue() -> re.Pattern:
    """The words announcing an interview (lexicon "interview_cues", any language)."""
    return re.compile(rf"(?<!\w)(?:{alternation(words_of_all('interview_cues'))})(?!\w)", re.I)


def is_question(ctx: Context, sent: Sentence) -> bool:
    """A question standing as its own paragraph (the interviewer's line)."""
    after = ctx.article.text[sent.end:].lstrip(" \t")
    return sent.text.rstrip().endswith("?") and opens_paragraph(ctx, sent) and (not after or after.startswith("\n"))


def opens_paragraph(ctx: Context, sent: Sentence) -> bool:
    """Whether the sentence starts a paragraph (a line break, or the page's start, before it)."""
    before = ctx.article.text[:sent.start].rstrip(" \t")
    return not before or before.endswith("\n")


def same_paragraph(ctx: Context, a: Sentence, b: Sentence) -> bool:
    """Whether sentence ``b`` goes on in the paragraph of sentence ``a`` (no line break between them)."""
    return "\n" not in ctx.article.text[a.end:b.start]


def ends_answers(sent: Sentence) -> bool:
    """Page chrome after the last answer ("Lire aussi", a related headline): a line without a final stop."""
    return not sent.text.strip().endswith((".", "!", "»", "”", "\"", "…", "?"))


def interviewee(ctx: Context) -> PersonCluster | None:
    """The one person the page says it interviews, before its first question; None when the
    page is no interview (fewer than two questions standing alone, or no such announcement)."""
    questions = [s for s in ctx.sentences if not s.is_headline and is_question(ctx, s)]
    if len(questions) < MIN_QUESTIONS:
        return None
    for sent in ctx.sentences[:questions[0].index]:
        if not _interview_cue().search(sent.text):
            continue
        persons = {id(person): person for p in sent.mentions.persons
                   if (person := sent.person_at(p.start, p.end, ctx)) is not None}
        if len(persons) == 1:
            return next(iter(persons.values()))
    return None
