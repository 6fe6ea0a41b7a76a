"""The engine the speech rules of every language share.

A sentence is read once into a :class:`Reading` (the article's context, the cues of its
language, the persons named so far, the quotations); each language lists its cue strategies in
order (``speech_fr.STRATEGIES``, ``speech_en.STRATEGIES``) and :func:`run_strategies` runs them,
the way spaCy runs the components of a pipeline: the first strategy that recognises the shape of
the sentence decides. A strategy returns None when the shape is not its own, else the statements
it found, as ``(start, end, cue, speaker, quote_type)`` tuples in sentence offsets; an empty list
means "this sentence says nothing", and no later strategy may read it.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from diplograph.loaders.context import Context, Sentence
from diplograph.loaders.lexicon import alternation, folded_words, lexicon
from diplograph.loaders.persons import PersonCluster
from diplograph.loaders.speakers import Speaker, person_speaker, resolve_span
from diplograph.loaders.text import find_quotes, fold

__all__ = ["GOES_ON", "Reading", "Strategy", "run_strategies", "named_colon", "cue_lemmas", "quotes_in", "quote_type", "clean", "subject_span", "subheading",
           "whole_quotation", "folded", "follow_up", "reports_event", "INSTITUTIONS"]

#: The cue of a quotation that goes on with the words of the sentence before ("“…” ¶ “…”"); the
#: positions loop joins it to that statement when the earlier quotation was left open, else gives
#: it the language's plain saying cue.
GOES_ON = "goes-on"

#: Institutions reporting an event ("…spoke by phone on Tuesday, the German government said", "X a
#: reçu Y, a indiqué la présidence") give news, not a position; anonymous sources and named persons
#: do take one.
INSTITUTIONS = ("organization", "state", "document", "official", "group")

#: One statement: (start, end, cue, speaker, quote type), offsets in the sentence.
Said = tuple[int, int, str, "Speaker | None", str]


class Reading:
    """One sentence as the cue strategies read it."""

    __slots__ = ("ctx", "sent", "text", "cues", "recent", "quotes")

    def __init__(self, ctx: Context, sent: Sentence, cues: dict[str, str], recent: list[PersonCluster]):
        self.ctx, self.sent, self.text, self.cues = ctx, sent, sent.text, cues
        #: The persons named so far, in reading order: the antecedents of pronouns.
        self.recent = recent
        #: The spans inside quotation marks, marks excluded.
        self.quotes = quotes_in(sent, ends_paragraph=not ctx.article.text[sent.end:].split("\n", 1)[0].strip())

    def speaker(self, start: int, end: int) -> Speaker | None:
        """The speaker the words [start, end) name."""
        return resolve_span(self.ctx, self.sent, start, end, self.recent)

    def previous_speaker(self) -> Speaker:
        """The person named last, who goes on speaking ("Et d'ajouter : « … »")."""
        return person_speaker(self.ctx, self.recent[-1])

    def quote_type(self, start: int, end: int) -> str:
        return quote_type(self.sent, start, end, self.quotes)

    def quoted(self, char: int) -> bool:
        """Whether the character is inside quotation marks (what is said, not who says it)."""
        return any(qs <= char < qe for qs, qe in self.quotes)


Strategy = Callable[[Reading], "list[Said] | None"]


def run_strategies(strategies: Sequence[Strategy], reading: Reading) -> list:
    """The statements of the first strategy that recognises the sentence, in table order."""
    for strategy in strategies:
        found = strategy(reading)
        if found is not None:
            return found
    return []


@cache
def cue_lemmas(lang: str = "fr") -> dict[str, str]:
    """The reporting verbs of a language, folded, with the shared cue each stands for."""
    return {fold(k): v for k, v in lexicon(lang)["cues"].items()}


@cache
def folded(lang: str, key: str) -> frozenset[str]:
    """The words under ``key`` in one language's lexicon, folded, for membership tests."""
    return frozenset(fold(w) for w in lexicon(lang)[key])


@cache
def follow_up(lang: str) -> str:
    """The participles that go on with the same speaker ("…, ajoutant que", "…, adding that"), as an alternation."""
    return alternation(lexicon(lang)["follow_up_participles"])


def quotes_in(sent: Sentence, ends_paragraph: bool = False) -> list[tuple[int, int]]:
    """The spans of the sentence inside quotation marks, marks and their inner spaces excluded.

    A sentence that ends its paragraph is also inside the mark that opens it and never closes.
    """
    spans = [(q.start, q.end) for q in find_quotes(sent.text)]
    if not ends_paragraph:
        return spans
    text = sent.text.rstrip()
    lead = len(sent.text) - len(sent.text.lstrip())
    opener = text[lead:lead + 1]
    if opener in "“«\"" and not any(qs <= lead + 2 for qs, _qe in spans) and (
            opener == "\"" and text.count("\"") % 2 == 1 or opener != "\"" and not re.search("[”»]|’’", text[lead:])):
        # "“Today's talks served to reiterate… ¶ “Our opposition…”": a paragraph of a quotation
        # that goes on in the next one opens its mark and leaves it open.
        start = lead + 1 + len(re.match(r"\s*", text[lead + 1:]).group())
        spans = [(start, len(text))]
    return spans


def quote_type(sent: Sentence, start: int, end: int, quotes: list[tuple[int, int]]) -> str:
    """"direct" when the words are one quotation, "partial" when they hold one, else "indirect"."""
    inner = [q for q in quotes if start <= q[0] and q[1] <= end]
    if inner and len(inner) == 1 and inner[0][0] - start <= 2 and end - inner[0][1] <= 2:
        return "direct"
    return "partial" if inner else "indirect"


def whole_quotation(text: str, quotes: list[tuple[int, int]], closers: str) -> bool:
    """Whether the last quotation runs to the end of the sentence (before the ``closers``)."""
    return quotes[-1][1] >= len(text.rstrip(closers)) - 1


def clean(text: str) -> str:
    text = text.strip().strip(",;: ").strip()
    return re.sub(r"\s+", " ", text)


@cache
def not_statement_object(lang: str) -> re.Pattern:
    """What follows a reporting verb that reports no words: "a appelé au téléphone", "announced
    the news" (lexicon "not_statement_objects")."""
    return re.compile(rf"\s*(?:{'|'.join(re.escape(w) for w in lexicon(lang)['not_statement_objects'])})\b", re.I)


def quoted_as(tok) -> bool:
    """"saying" in "X is quoted as saying" or "the paper quoted X as saying"."""
    return tok.dep_ == "pcomp" and tok.head.lower_ == "as" and tok.head.head.lemma_ in ("quote", "cite")


def subject_span(tok) -> tuple[int, int] | None:
    """The character span of a verb's subject, looking through conjuncts and relative pronouns."""
    for child in tok.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in ("who", "that") and tok.dep_ == "relcl":
            return tok.head.idx, tok.head.idx + len(tok.head.text)  # "…Y, who told him "…"": the antecedent
        if child.dep_ in ("nsubj", "nsubj:pass") and child.lower_ == "qui" and tok.dep_ == "acl:relcl" \
                and tok.head is not tok:
            # "…avec son homologue, Y, qui lui a souhaité « … »": the speaker is the antecedent.
            return tok.head.idx, tok.head.idx + len(tok.head.text)
        if child.dep_ in ("nsubj", "nsubj:pass", "expl:subj", "nsubjpass"):
            # "Jakarta, MINA – The minister X said": of two subjects the parser found, the one
            # next to the verb (the first is a dateline).
            child = max((c for c in tok.children if c.dep_ == child.dep_ and c.i < tok.i), key=lambda c: c.i, default=child)
            sub = list(child.subtree)
            return sub[0].idx, sub[-1].idx + len(sub[-1].text)
    for aux in (c for c in tok.children if c.dep_ in ("aux", "aux:tense") and c.i < tok.i):
        # "il a par ailleurs déclaré": the parser hung the subject on the auxiliary
        sub = next((c for c in aux.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if sub is not None:
            words = list(sub.subtree)
            return words[0].idx, words[-1].idx + len(words[-1].text)
    if tok.dep_ in ("conj", "xcomp", "advcl") and tok.head is not tok:
        return subject_span(tok.head)
    if tok.dep_ in ("acl", "acl:relcl") and tok.head.dep_ in ("dobj", "obj") and tok.head.head is not tok.head \
            and fold(tok.head.lemma_) in folded_words("occasion_nouns"):
        return subject_span(tok.head.head)  # "X took the opportunity to convey…", "a saisi l'occasion de saluer…"
    if tok.dep_ == "parataxis" and tok.head.i < tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
        # "Mme X, pour sa part, s'est dite…": the parser made the subject the root and its verb a
        # parataxis; the subject is the root's words before the verb's own.
        inner = {t.i for t in tok.subtree}
        sub = [t for t in tok.head.subtree if t.i < tok.i and t.i not in inner]
        while sub and sub[-1].is_punct:
            sub.pop()
        if sub:
            return sub[0].idx, sub[-1].idx + len(sub[-1].text)
    if quoted_as(tok):
        # "X is quoted as saying", "the paper quoted X as saying": the one quoted speaks
        # (the small English model often reads the one quoted as an apposition of the verb).
        who = next((c for c in tok.head.head.children if c.dep_ in ("nsubjpass", "dobj", "appos")), None)
        if who is not None:
            sub = list(who.subtree)
            return sub[0].idx, sub[-1].idx + len(sub[-1].text)
    return None


def named_colon(r: Reading) -> list | None:
    """"Amina Diallo : « … »", "Minister Khan: “…”": a name (a title before it at most) then a colon
    and a quotation: the quotation is that person's words, in a headline or in the story."""
    colon = re.search(r":\s*[«“\"]", r.text)
    q = next((q for q in r.quotes if colon and q[0] >= colon.start()), None)
    if q is None:
        return None
    named = next((p for p in r.sent.mentions.persons if not r.text[p.end:colon.start()].strip()
                  and len(r.text[:p.start].split()) <= 4), None)
    speaker = r.speaker(named.start, named.end) if named is not None else None
    if speaker is None or speaker.person is None:
        return None
    return [(q[0], q[1], "say" if r.ctx.article.lang == "en" else "declarer", speaker, "direct")]


def subheading(text: str) -> bool:
    """A short quotation standing alone without a stop: a page's section heading ("« Des
    partenaires fiables »" on its own line), not someone's words going on."""
    words = re.findall(r"[^\W\d_]+", text)
    return len(words) <= 5 and not re.search(r"[.!?…]\s*[»”\"]?\s*$", text.strip())


def reports_event(r: Reading, start: int, end: int) -> bool:
    """The words, without a quotation, report a meeting: an event verb ("spoke by phone", "will
    travel to", "a reçu") or a meeting held ("would hold talks")."""
    from diplograph.loaders.meetings import _triggers  # late: meetings imports this package's roles

    sent = r.sent
    lang = "en" if sent.doc.lang_ == "en" else "fr"
    if any(start <= qs < end for qs, _qe in r.quotes):
        return False
    verbs = {t.idx for t in sent.doc if t.pos_ in ("VERB", "AUX")}
    if any(start <= t.idx < end and t.pos_ == "VERB" and fold(t.lemma_) in folded(lang, "event_verbs") for t in sent.doc):
        return True
    if lang != "en":
        return False  # "le communiqué indique que les deux ministres ont discuté de…": what was said
    if any(start <= t.idx < end and t.pos_ == "VERB" and fold(t.lemma_) in ("discuss", "explore", "review")
           for t in sent.doc):
        return False  # "…said the two ministers discussed trade at the meeting": what was discussed
    return any(start <= a < end and (a in verbs or re.search(r"\b(?:hold|holds|held|holding|had|has|have|having|at\s+(?:a|an|the|their|its))\s+(?:\w+\s+){0,2}$",
                                                            sent.text[max(0, a - 25):a], re.I))
               for a, _b, _k in _triggers(sent))
