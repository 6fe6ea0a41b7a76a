"""Meeting triggers: the words of a sentence that tell a meeting (the first step of :mod:`.meetings`).

A trigger is ``(start, end, kind)`` in sentence offsets. Nouns come from the lexicon's
``meeting_nouns`` (over folded text), verbs from ``meeting_verbs`` read on spaCy's lemmas; French
and English verbs need different checks (a French reflexive "s'entretenir", an English "hosted X"
with a person as its object), so each language has its own verb step.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from diplograph.loaders.context import Sentence
from diplograph.loaders.lexicon import alternation, folded_words, lexicon, words_of_all
from diplograph.loaders.nlp import indices_where
from diplograph.loaders.text import fold, quotation_spans

__all__ = ["triggers", "is_verb", "press_at", "noun_regex", "lexical_regex"]

Trigger = tuple[int, int, str]

# "dans un entretien accordé à France 24" is an interview, "sa conférence de presse
# hebdomadaire" a briefing: neither is a meeting (over folded text).
INTERVIEW = re.compile(r"\s*(?:accorde|publie|diffuse|televise|radiophonique|exclusif|a\s+la\s+chaine|au\s+journal|"
                       r"au\s+quotidien|a\s+l'agence|avec\s+l'agence|a\s+la\s+radio|a\s+la\s+television|au\s+magazine|"
                       r"de\s+presse\s+(?:hebdomadaire|quotidienne|quotidien|habituel|reguliere))")
PRESS = re.compile(r"(?:conference|point|rencontre|declaration)s?\s+(?:de\s+|a\s+la\s+)?presse|briefing|press\s+(?:conference|briefing)")
PRESS_EN = re.compile(r"(?:press|news)\s+(?:conference|briefing)|briefing", re.I)
# "Les ministres des Affaires étrangères de quinze pays ont tenté, mercredi 4 juin, au Caire, de…".
GATHERING = re.compile(r"\b(?:les|des|\w+)\s+(?:ministres|chefs\s+d['’]État|chefs\s+de\s+gouvernement|dirigeants|délégations|"
                       r"présidents|chefs\s+de\s+la\s+diplomatie)\b(?![^.]{0,40}\b(?:se\s+rendront|iront)\b)", re.I)
#: French verbs that tell a meeting without a reflexive pronoun ("X a reçu Y", "Y a été convoqué").
FRENCH_MEETING_VERBS = frozenset({"réunir", "rencontrer", "retrouver", "recevoir", "accueillir", "convoquer", "visiter",
                                  "négocier", "téléphoner", "discuter", "débattre"})
#: "invited him to visit India": an invitation, not a visit.
INVITED_EN = re.compile(r"\binvit(?:ed|es|ing|ation)\b(?:\s+[\w'’.-]+){0,5}\s+to\s+$", re.I)
#: A call that is a request, not a telephone call: "a call for restraint", "calls on Israel".
CALL_FOR_EN = re.compile(r"\s*(?:for|on|to)\b", re.I)
#: "called on Prime Minister X at…" is a visit to X; "called on Israel to stop…", a request: the
#: capitalised object ends the clause or a place, time or "and" follows it, never "to".
CALLED_ON_EN = re.compile(r"\s+on\s+(?:the\s+)?[A-Z][\w.'’-]*\s*(?:(?:[A-Z][\w.'’-]*|of|for|the)\s*)*"
                          r"(?:[,.;]|$|(?<=\s)(?:at|in|on|and|during|ahead|before|after)\b)")
#: A verb of these lemmas is a meeting only with a person, a state or a delegation as its object.
HOSTING_EN = frozenset({"host", "receive", "welcome"})
BY_PHONE_EN = re.compile(r"\b(?:by\s+(?:tele)?phone|on\s+the\s+(?:tele)?phone|by\s+video\s*(?:link|conference)|over\s+the\s+phone)\b", re.I)


@cache
def lexical_regex(template: str, *keys: str) -> re.Pattern:
    r"""``template`` (case-insensitive) with each ``{}`` in turn standing for the words of one lexicon
    key, every language's (see :func:`~.lexicon.alternation`).

    >>> lexical_regex(r"\b(?:{})\b", "meeting_ongoing").search("Talks are under  way").group(0)
    'under  way'
    """
    parts = template.split("{}")
    if len(parts) != len(keys) + 1:
        raise ValueError(f"{template!r} has {len(parts) - 1} places for {len(keys)} keys")
    return re.compile(parts[0] + "".join(alternation(words_of_all(k)) + p for k, p in zip(keys, parts[1:])), re.I)


@cache
def noun_regex(lang: str = "fr") -> tuple[re.Pattern, dict[str, str]]:
    """The meeting nouns of ``lang`` as one regex over folded text (a plural "s" allowed), and noun → kind."""
    nouns = {fold(k): v for k, v in lexicon(lang)["meeting_nouns"].items()}
    body = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<noun>{body})s?(?![\w-])"), nouns


def press_at(text: str, start: int) -> bool:
    """A press conference or briefing starts at ``start`` ("conférence de presse", "news conference")."""
    return bool(PRESS.match(fold(text), start) or PRESS_EN.match(text, start))


def is_verb(sent: Sentence, trig: Trigger) -> bool:
    """The trigger starts on a verb (an encounter told by a verb, not a noun)."""
    return trig[0] in _verb_starts(sent.doc)


@lru_cache(maxsize=16)
def _verb_starts(doc) -> frozenset[int]:
    """The offsets where a verb (or auxiliary) starts in a sentence's Doc. Asked once per trigger
    and per candidate of the same sentence; walking a Doc builds a Token object per word, so the
    set is made once per Doc (a Doc hashes by identity and the cache keeps the few latest alive)."""
    return frozenset(doc[i].idx for i in indices_where(doc, "POS", ("VERB", "AUX")))


def triggers(sent: Sentence) -> list[Trigger]:
    """The meeting triggers of a sentence, in text order; none when only weak words ("tour",
    "session") and no date speak of a meeting."""
    verbs = lexicon(sent.doc.lang_)["meeting_verbs"]
    found = _noun_triggers(sent)
    if sent.doc.lang_ == "en":
        found = _english_nouns(sent, found) + _verb_triggers_en(sent, verbs)
    else:
        found += _verb_triggers_fr(sent, verbs)
    # Short words such as "tour" or "série" only count next to a meeting word or a date.
    weak = folded_words("weak_meeting_nouns")
    strong = [f for f in found if fold(sent.text[f[0]:f[1]]).rstrip("s") not in weak]
    if not found and sent.dates and sent.mentions.cities and not sent.is_headline:
        # "Les ministres des Affaires étrangères de quinze pays ont tenté, mercredi 4 juin, au Caire, de…":
        # a gathering of officials with a date and a place is a meeting even without the word.
        m = GATHERING.search(sent.text)
        if m:
            return [(m.start(), m.end(), "meeting")]
    if not strong and not sent.dates:
        return []
    return sorted(found)


def _noun_triggers(sent: Sentence) -> list[Trigger]:
    """Meeting nouns of the lexicon, less an interview or a regular briefing right after them."""
    folded = fold(sent.text)
    regex, nouns = noun_regex(sent.doc.lang_)
    return [(m.start(), m.end(), nouns[m.group("noun")]) for m in regex.finditer(folded)
            if not INTERVIEW.match(folded, m.end())
            and not (m.group("noun").startswith("consultation") and FOR_BEFORE.search(folded[max(0, m.start() - 12):m.start()]))
            and not (m.group("noun") in ("appel", "appels") and APPEAL_FR.match(folded, m.end()))]


#: "l'appel lancé par X pour…", "un appel à la retenue", "son appel en faveur de…": a request, not a call.
APPEAL_FR = re.compile(r"s?\s*(?:lancee?s?\b|a\s|au\s|aux\s|pour\b|en\s+faveur\b|solennel|pressant)")


#: "rappelé pour consultations", "recalled for consultations": an envoy called home, no meeting.
FOR_BEFORE = re.compile(r"\b(?:pour|for)\s+(?:des\s+|de\s+)?$")


#: Where a reflexive verb of going leads: "s'est rendu à Moscou", "se rendra en Chine".
GOING_TO = re.compile(r"\s+(?:(?:hier|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|également|ensuite|aussi)\s+)?"
                      r"(?:à|au|aux|en|chez|dans)\b", re.I)


#: A reflexive pronoun before a verb, its auxiliary and an adverb or two between: "s’est d’abord …".
REFLEXIVE_BEFORE = re.compile(r"(?<![\w’'])(?:se\s+|s['’]\s*)(?:est|sont|était|étaient|sera|seront|serait|seraient|"
                              r"soit|soient|fut|furent)?\s*(?:[\w’'-]+\s+){0,2}$", re.I)


def _verb_triggers_fr(sent: Sentence, verbs: dict[str, str]) -> list[Trigger]:
    """French meeting verbs: "se sont rencontrés", "a reçu", "s'est entretenu" (reflexive only:
    "entretenir des relations" is no meeting), "a échangé avec Y" ("ont échangé sur…" is content)."""
    found = []
    for tok in (sent.doc[i] for i in indices_where(sent.doc, "POS", ("VERB", "AUX"))):  # most words are not verbs
        lemma = tok.lemma_.lower()
        # (The parser does not always attach the pronoun: "Il s’est d’abord entretenu avec Son Excellence X".)
        reflexive = any(c.lower_ in ("se", "s'", "s’") for c in tok.children) or bool(
            REFLEXIVE_BEFORE.search(sent.text[max(0, tok.idx - 30):tok.idx]))
        if lemma not in verbs and reflexive and f"se {lemma}" in verbs and "Part" in tok.morph.get("VerbForm") \
                and GOING_TO.match(sent.text, tok.idx + len(tok.text)):
            # "s'était rendu à Paris": a verb the lexicon lists only as reflexive (not "se rendre
            # compte"), done ("il se rendra à Paris" is a plan, a meeting only with its date)
            found.append((tok.idx, tok.idx + len(tok.text), verbs[f"se {lemma}"]))
            continue
        if lemma not in verbs or lemma == "tenir":
            continue
        if lemma == "entretenir" and not reflexive:
            continue
        with_someone = lemma == "échanger" and any(
            c.dep_.startswith("obl") and any(g.lower_ == "avec" for g in c.children) for c in tok.children)
        # "A et B ont échangé jeudi sur…": two named persons as the subject exchange with each other.
        # (Read from the words: the parser often loses such a long subject.)
        with_someone = with_someone or lemma == "échanger" and re.search(r"\bont\s+$", sent.text[max(0, tok.idx - 6):tok.idx]) \
            and sum(p.end <= tok.idx for p in sent.mentions.persons) >= 2
        if with_someone or reflexive or lemma in FRENCH_MEETING_VERBS:
            found.append((tok.idx, tok.idx + len(tok.text), verbs[lemma]))
    return found


def _english_nouns(sent: Sentence, found: list[Trigger]) -> list[Trigger]:
    """English meeting nouns, less those inside a quotation ("united in its call for…") and the
    requests ("a call for a ceasefire")."""
    quotes = quotation_spans(sent.text)
    verbs = _verb_starts(sent.doc)
    out = []
    for start, end, kind in found:
        if any(qs <= start < qe for qs, qe in quotes) or start in verbs:
            continue  # (a verb "visit", "call", "meet" is read by _verb_triggers_en, with its own checks)
        if fold(sent.text[start:end]).startswith("call") and CALL_FOR_EN.match(sent.text, end):
            if fold(sent.text[start:end]) == "call" and CALLED_ON_EN.match(sent.text, end):
                out.append((start, end, "visit"))  # "at a farewell call on Minister X": a visit to X
            continue
        if INVITED_EN.search(sent.text[max(0, start - 60):start]):
            continue
        press = re.search(r"\b(?:press|news)\s+$", sent.text[max(0, start - 6):start], re.I)
        out.append((start - len(press.group(0)) if press else start, end, kind))  # "press conference" as a whole
    return out


def _verb_triggers_en(sent: Sentence, verbs: dict[str, str]) -> list[Trigger]:
    """English meeting verbs: "met", "hosted X", "received X", "summoned", "visited", "travel to",
    "spoke by phone". "Hold" needs no rule: what is held ("talks", "a meeting") is the trigger."""
    out = []
    quotes = quotation_spans(sent.text)
    for tok in (sent.doc[i] for i in indices_where(sent.doc, "POS", ("VERB", "AUX"))):
        lemma = tok.lemma_.lower()
        if lemma in ("discuss", "talk") and BY_PHONE_EN.search(sent.text) and _with_person_after(sent, tok):
            # "X discussed over the phone regional developments with Y": a call
            out.append((tok.idx, tok.idx + len(tok.text), "call"))
            continue
        if lemma not in verbs or lemma in ("hold", "attend", "join", "discuss"):
            continue
        if any(qs <= tok.idx < qe for qs, qe in quotes):
            continue
        if lemma in HOSTING_EN and not _hosts_someone(tok):
            continue  # "welcomed the support", "received a letter"
        if lemma in ("speak", "talk") and not BY_PHONE_EN.search(sent.text):
            spoken = _spoke_with(sent, tok)
            if spoken:
                out.append(spoken)
            continue
        if lemma == "call" and CALLED_ON_EN.match(sent.text, tok.idx + len(tok.text)):
            out.append((tok.idx, tok.idx + len(tok.text), "visit"))  # "called on Prime Minister X": a visit
            continue
        if lemma in ("call", "phone") and not (lemma == "phone" or BY_PHONE_EN.search(sent.text)):
            continue
        if lemma == "travel" and not any(c.lower_ == "to" for c in tok.children):
            continue
        if INVITED_EN.search(sent.text[max(0, tok.idx - 60):tok.idx]):
            continue
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in tok.children):
            continue  # "has not said whether X will visit Hanoi": maybe no visit at all
        out.append((tok.idx, tok.idx + len(tok.text), "call" if lemma in ("speak", "talk", "phone") else verbs[lemma]))
    return out


def _with_person_after(sent: Sentence, tok) -> bool:
    """"discussed over the phone regional developments with Y": a person after a "with" that
    follows the verb (the parser often hangs "with" on the object)."""
    with_ = re.search(r"\bwith\b", sent.text[tok.idx:])
    return with_ is not None and any(p.start > tok.idx + with_.start() for p in sent.mentions.persons)


def _hosts_someone(tok) -> bool:
    """"hosted the Kenyan president", "was received by X": a person, a state or an agent as the other side."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    agent = any(c.dep_ == "agent" for c in tok.children)
    return agent or any(o.pos_ == "PROPN" or o.ent_type_ in ("PERSON", "GPE", "NORP", "ORG")
                        or any(g.pos_ == "PROPN" for g in o.subtree) for o in objects)


def _spoke_with(sent: Sentence, tok) -> Trigger | None:
    """"Secretary Rubio spoke today with Minister X" (a readout's way to tell a call): a
    conversation with a named person; a place after it makes it a meeting."""
    partner = any(c.lower_ == "with" and any(g.pos_ == "PROPN" for g in c.subtree) for c in tok.children)
    if not partner:
        return None
    placed = any(re.search(r"\b(?:in|at)\s+$", sent.text[max(0, c.start - 4):c.start]) for c in sent.mentions.cities)
    return (tok.idx, tok.idx + len(tok.text), "meeting" if placed else "call")
