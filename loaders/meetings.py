"""Meetings as n-ary events: kind, participants, delegations, venue, date, status, series.

Each sentence with a meeting word ("pourparlers", "se sont rencontrées",
"s'est entretenu par téléphone", "a convoqué") gives a candidate. Candidates that
carry their own date or place become meetings; the others ("ces discussions",
"la réunion") refer back to the article's main meeting and add to it. A
candidate introduced as an earlier or later round ("un premier cycle de
pourparlers tenu le 12 janvier à Genève") is a separate meeting of the same series.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from diplograph.loaders.context import Context, Sentence
from diplograph.loaders.facts import DateValue, Delegation, Evidence, Meeting, Place
from diplograph.loaders.keys import digest
from diplograph.loaders.lexicon import lexicon
from diplograph.loaders.roles import FRONTED_PLACE_EN, delegation_heads
from diplograph.loaders.text import fold

__all__ = ["extract_meetings"]

PLANNED = re.compile(
    r"\b(?:doit|doivent|devrait|devraient|prévue?s?|programmée?s?|annoncée?s?\s+pour|se\s+tiendra|se\s+tiendront|"
    r"aura\s+lieu|auront\s+lieu|se\s+rencontreront|rencontrera|recevra|se\s+rendra|se\s+réuniront|prochaine?s?|"
    r"se\s+retrouveraient|se\s+rencontreraient|se\s+réuniraient|aurait\s+lieu|auraient\s+lieu|"
    r"(?:convenus?|décidé|prévu|envisagent|envisage|comptent|compte|entendent)\s+de\s+se\s+(?:retrouver|revoir|rencontrer|réunir)|"
    r"à\s+venir|will|scheduled|is\s+due|are\s+due|planned|upcoming)\b",
    re.I,
)
HELD = re.compile(
    r"\b(?:s['’]est\s+tenue?s?|se\s+sont\s+tenue?s?|a\s+eu\s+lieu|ont\s+eu\s+lieu|s['’]est\s+déroulée?s?|"
    r"se\s+sont\s+déroulée?s?|se\s+sont\s+rencontrée?s?|s['’]est\s+entretenue?|a\s+reçue?|was\s+held|were\s+held|met)\b",
    re.I,
)
CANCELLED = re.compile(r"\b(?:annulée?s?|reportée?s?\s+sine\s+die|cancell?ed|called\s+off)\b", re.I)
ONGOING = re.compile(r"\b(?:se\s+poursuivent|sont\s+en\s+cours|est\s+en\s+cours|se\s+poursuit|ongoing|under\s+way)\b", re.I)
OTHER_ROUND = re.compile(
    r"\b(?:précédente?s?|premier|première|dernière?|second|seconde|deuxième|troisième|nouvelle?|nouveaux|prochaine?)\s+"
    r"(?:série|cycle|round|tour|session|réunion|rencontre|séance)",
    re.I,
)
PREVIOUS_ROUND = re.compile(r"\b(?:précédente?s?|premier|première|dernière?)\s+(?:série|cycle|round|tour|session|réunion|rencontre)", re.I)
CLOSED_DOOR = re.compile(r"\bhuis[\s-]clos\b|\bbehind closed doors\b|\bclosed-door\b", re.I)
# "porteront sur le rétablissement des relations, et non sur le conflit ukrainien"
SCOPE = re.compile(
    r"\b(?:port\w*|concern\w*|se\s+concentr\w*|focus\w*)\s+(?:exclusivement\s+|notamment\s+|principalement\s+|"
    r"uniquement\s+|essentiellement\s+)?(?:sur|on)\s+(?P<inside>[^,;.«»]+?)\s*,?\s+(?:et\s+non\s+(?:pas\s+)?sur|"
    r"mais\s+pas\s+sur|and\s+not\s+on|not\s+on)\s+(?P<outside>[^,;.«»]+)",
    re.I,
)
IN_SCOPE = re.compile(r"\b(?:port\w*|ont\s+évoqué|ont\s+abordé|ont\s+discuté\s+d\w*|discuss\w*)\s+(?:exclusivement\s+|notamment\s+)?"
                      r"(?:sur\s+)?(?P<inside>(?:la|le|les|l['’]|des|du)\s+[^,;.«»]{3,80})", re.I)
OUT_OF_SCOPE = re.compile(r"\b(?:pas\s+l['’]intention\s+d['’](?:aborder|évoquer)|ne\s+(?:portent|porteront|porte)\s+pas\s+sur|"
                          r"exclu\w*\s+de\s+l['’]ordre\s+du\s+jour)\s+(?P<outside>[^;.«»]{3,80})", re.I)
# "s'est joint aux travaux par visioconférence": a participant of the meeting, not a call of its own.
JOINED = re.compile(r"\b(?:s['’]est\s+joint|se\s+sont\s+joints?|a\s+participé|ont\s+participé|a\s+pris\s+part|"
                    r"ont\s+pris\s+part|a\s+assisté|ont\s+assisté|assistaient|assistait|autour\s+de\s+la\s+table)", re.I)
PARTICIPANT_NOUN = re.compile(
    r"\b(?:délégations?|ministres?|présidents?|présidentes?|homologues?|parties?|dirigeants?|gouvernements?|"
    r"responsables?|diplomates?|émissaires?|négociateurs?|chefs?|cheffes?|autorités|partenaires?|officiels?|"
    r"ambassadeurs?|représentants?|envoyés?|côté|camp|pays)\b(?:\s+[\w'’-]+){0,3}\s+$",
    re.I,
)
# "entretiens consacrés à la sécurité dans l'Arctique, à l'Ukraine et au commerce": every item of the list.
GATHERING = re.compile(r"\b(?:les|des|\w+)\s+(?:ministres|chefs\s+d['’]État|chefs\s+de\s+gouvernement|dirigeants|délégations|"
                       r"présidents|chefs\s+de\s+la\s+diplomatie)\b(?![^.]{0,40}\b(?:se\s+rendront|iront)\b)", re.I)
INTERVIEW = re.compile(r"\s*(?:accorde|publie|diffuse|televise|radiophonique|exclusif|a\s+la\s+chaine|au\s+journal|"
                       r"au\s+quotidien|a\s+l'agence|avec\s+l'agence|a\s+la\s+radio|a\s+la\s+television|au\s+magazine|"
                       r"de\s+presse\s+(?:hebdomadaire|quotidienne|quotidien|habituel|reguliere))")
TOPIC_CLAUSE = re.compile(r"(?:consacrée?s?|portant|porté|portaient|portent|axée?s?|centrée?s?)\s+(?:sur|à|aux?)\b[^.;:«»]{0,80}"
                          r"(?:,|\bet)\s*(?:à|au|aux|sur|de)\s+(?:la\s+|le\s+|les\s+|l['’])?$", re.I)
TOPIC_BEFORE = re.compile(
    r"(?:(?:relations?|coopération|liens|partenariat|tensions?|différend)\s+(?:bilatérale?s?\s+)?(?:avec|entre)|"
    r"consacrée?s?\s+(?:à|au|aux)|portant\s+sur|porté\s+sur|portent\s+sur|concernant|au\s+sujet\s+de|"
    r"à\s+propos\s+de|relatifs?\s+(?:à|au)|sur\s+la\s+situation\s+(?:en|au|à)|sur|situation\s+(?:en|au|à|dans))"
    r"\s*(?:la\s+|le\s+|les\s+|l['’]|du\s+|des\s+)?$",
    re.I,
)
PERSON_TOPIC = re.compile(r"\b(?:sort|cas|libération|détention|arrestation|extradition|procès|mort|décès|"
                          r"assassinat|enlèvement|affaire|dossier)\s+(?:de\s+|d['’]|des\s+)(?:(?:M\.|Mme|MM\.)\s+)?$|"
                          r"\b(?:au\s+sujet\s+de|à\s+propos\s+de|concernant)\s+(?:(?:M\.|Mme)\s+)?$", re.I)
UNKNOWN_TOWN = re.compile(r"\bà\s+(?P<town>[A-ZÀ-Ý][a-zà-ÿ'’-]{2,}(?:[- ][A-ZÀ-Ý][a-zà-ÿ'’-]+)?)(?=\s*[,.(;]|\s+(?:en|au|aux|dans)\s)")
TALLY = re.compile(r"\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|maintes|de\s+nombreuses|"
                   r"(?:plusieurs\s+)?dizaines\s+de|des\s+dizaines\s+de)\s+fois\b|\bà\s+(?:plusieurs|maintes|de\s+nombreuses)\s+reprises\b",
                   re.I)
PRESS = re.compile(r"(?:conference|point|rencontre|declaration)s?\s+(?:de\s+|a\s+la\s+)?presse|briefing|press\s+(?:conference|briefing)")
PHONE = re.compile(r"t[ée]l[ée]phon|par\s+visioconférence|\bphone\b|\bcall\b", re.I)


# Short words such as "tour" or "série" only count next to a meeting word or a date.
WEAK_TRIGGERS = frozenset({"cycle", "serie", "round", "tour", "session", "dialogue", "forum", "assemblee", "voyage"})
# "à Genève", "au Caire" name a venue; "de Genève" only right after a meeting word ("le sommet de
# Luanda", "celle de Tokyo"): "arrivé de Washington" names where someone came from.
VENUE_BEFORE = re.compile(r"(?:\b(?:a|au|in|at)\s+)$")
# "arrivé de Washington", "de retour du Caire": where someone comes from is neither the venue nor a
# party to the meeting (over folded text).
ORIGIN_BEFORE = re.compile(r"\b(?:arrivee?s?|venue?s?|revenue?s?|rentree?s?|partie?s?|en\s+provenance|de\s+retour)\s+"
                           r"(?:de\s+la\s+|de\s+l'|de\s+|du\s+|des\s+|d')$")


# "…, a déclaré jeudi le ministre": a participle of a reporting verb right before a date.
# English: a telephone call, a video link; "call" alone is also a request ("a call for restraint").
#: "about the situation in Syria", "talks on Iran's nuclear programme", "relations with Russia": a topic.
TOPIC_BEFORE_EN = re.compile(r"(?:\babout|\bon|\bover|\bregarding|\bconcerning|\bsituation\s+in|\brelations\s+with|"
                             r"\bties\s+with|\bwar\s+in|\bconflict\s+in|\bcrisis\s+in|\bsecurity\s+in|\bsupport\s+for|"
                             r"\bpeace\s+in|\bceasefire\s+in|\bfighting\s+in|\bviolence\s+in|"
                             r"\bin\s+(?:the\s+)?(?:eastern|western|northern|southern|central))\s+(?:the\s+)?$", re.I)
#: "the Riyadh talks", "the Addis Ababa summit": a city named before a meeting word is its venue.
NAMED_AFTER_CITY_EN = re.compile(r"\s+(?:summit|talks|meeting|conference|negotiations|round|process|forum|dialogue)\b", re.I)
SIDELINES_EN = re.compile(r"\b(?:on|at)\s+the\s+(?:margins|sidelines)\s+of\b", re.I)
#: "invited him to visit India": an invitation, not a visit.
INVITED_EN = re.compile(r"\binvit(?:ed|es|ing|ation)\b(?:\s+[\w'’.-]+){0,5}\s+to\s+$", re.I)
PHONE_EN = re.compile(r"\b(?:tele)?phone\b|\bvideo\s*(?:call|conference|link)\b|\bvideoconference\b|"
                      r"\b(?:a|the|their|in\s+a)\s+call\s+(?:with|between)\b", re.I)
VISITED_EN = re.compile(r"\b(?:visit(?:ed|s|ing)?|travel(?:l?ed)?\s+to|arrived\s+in|flew\s+to|trip\s+to|visit\s+to)\s+$", re.I)
#: "…, the Kremlin said on Wednesday that…": a date right after a reporting verb is the statement's.
REPORTED_BY_EN = re.compile(r"\b(?P<verb>said|says|told\s+\w+|announced|added|stressed|confirmed|stated|reported|wrote|noted|"
                            r"declared|insisted|warned|explained|indicated)\s+(?:late\s+|early\s+)?(?:on\s+)?$", re.I)


def _unquoted(text: str) -> str:
    """The text with its quotations blanked out (same length)."""
    for qs, qe in _quote_spans(text):
        text = text[:qs] + " " * (qe - qs) + text[qe:]
    return text


REPORTED_BY = re.compile(r"\b(?:a|ont|avait|avaient|aurait|a-t-(?:il|elle)|ont-(?:ils|elles))\s+(?P<verb>[a-zéèêâîôûç]+)\s+$", re.I)
# "à l'aéroport international de Ouagadougou", "au palais présidentiel de Koulouba": a building
# named with its city is a venue in that city (over folded text).
BUILDING_OF = re.compile(r"\b(?:a|au)\s+(?:l'|la\s+|le\s+)?(?:aeroport|palais|chateau|hotel|residence|siege|salle|centre\s+de\s+conferences?|abbaye|villa|domaine)"
                         r"(?:\s+[\w-]+){0,3}\s+d(?:e\s+|')$")


@dataclass(slots=True)
class _Candidate:
    sent: Sentence
    kind: str
    start: int
    end: int
    date: DateValue | None = None
    city: str | None = None
    city_name: str | None = None
    country: str | None = None
    venue: str | None = None
    states: set[str] = field(default_factory=set)
    persons: set[str] = field(default_factory=set)
    status: str = "held"
    closed: bool = False
    other_round: bool = False
    previous_round: bool = False
    joined: bool = False
    topics_in: list[str] = field(default_factory=list)
    topics_out: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    #: One of a series of separate encounters ("a reçu X, puis s'est entretenu avec Y"; "il a
    #: ensuite rencontré Z"): never merged with another meeting that has other counterparts.
    side: bool = False
    #: Persons named before the trigger (the host or the visitor), and their states.
    subject: set[str] = field(default_factory=set)
    subject_states: set[str] = field(default_factory=set)
    #: "On the sidelines of the summit, X held talks with Y": never the gathering itself.
    sidelines: bool = False


@cache
def _noun_regex(lang: str = "fr") -> tuple[re.Pattern, dict[str, str]]:
    nouns = {fold(k): v for k, v in lexicon(lang)["meeting_nouns"].items()}
    body = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<noun>{body})s?(?![\w-])"), nouns


def _triggers(sent: Sentence) -> list[tuple[int, int, str]]:
    lex = lexicon(sent.doc.lang_)
    folded = fold(sent.text)
    regex, nouns = _noun_regex(sent.doc.lang_)
    # "dans un entretien accordé à France 24" is an interview, "sa conférence de presse
    # hebdomadaire" a briefing: neither is a meeting.
    found = [(m.start(), m.end(), nouns[m.group("noun")]) for m in regex.finditer(folded)
             if not INTERVIEW.match(folded, m.end())]
    verbs = lex["meeting_verbs"]
    english = sent.doc.lang_ == "en"
    if english:
        found = _english_nouns(sent, found) + _verb_triggers_en(sent, verbs)
    for tok in sent.doc:
        if english:
            break
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX") and lemma in verbs and lemma != "tenir":
            reflexive = any(c.lower_ in ("se", "s'", "s’") for c in tok.children)
            kind = verbs[lemma]
            if lemma == "entretenir" and not reflexive:
                continue
            # "X a échangé vendredi avec la ministre Y" is a meeting; "ils ont échangé sur…" is its content.
            if lemma == "échanger" and any(c.dep_.startswith("obl") and any(g.lower_ == "avec" for g in c.children)
                                           for c in tok.children):
                found.append((tok.idx, tok.idx + len(tok.text), kind))
                continue
            if lemma in ("réunir", "rencontrer", "retrouver") or reflexive or lemma in ("recevoir", "accueillir",
                                                                                          "convoquer", "visiter",
                                                                                          "négocier", "téléphoner",
                                                                                          "discuter", "débattre"):
                found.append((tok.idx, tok.idx + len(tok.text), kind))
    strong = [f for f in found if fold(sent.text[f[0]:f[1]]).rstrip("s") not in WEAK_TRIGGERS]
    if not found and sent.dates and sent.mentions.cities and not sent.is_headline:
        # "Les ministres des Affaires étrangères de quinze pays ont tenté, mercredi 4 juin, au Caire, de…":
        # a gathering of officials with a date and a place is a meeting even without the word.
        m = GATHERING.search(sent.text)
        if m:
            return [(m.start(), m.end(), "meeting")]
    if not strong and not sent.dates:
        return []
    return sorted(found)


# --- English triggers ---------------------------------------------------------------------------
#: A call that is a request, not a telephone call: "a call for restraint", "calls on Israel".
CALL_FOR_EN = re.compile(r"\s*(?:for|on|to)\b", re.I)
#: A verb of these lemmas is a meeting only with a person, a state or a delegation as its object.
HOSTING_EN = frozenset({"host", "receive", "welcome"})
BY_PHONE_EN = re.compile(r"\b(?:by\s+(?:tele)?phone|on\s+the\s+(?:tele)?phone|by\s+video\s*(?:link|conference)|over\s+the\s+phone)\b", re.I)


PRESS_EN = re.compile(r"(?:press|news)\s+(?:conference|briefing)|briefing", re.I)


def _press_at(text: str, start: int) -> bool:
    """A press conference or briefing starts at ``start`` ("conférence de presse", "news conference")."""
    return bool(PRESS.match(fold(text), start) or PRESS_EN.match(text, start))


def _english_nouns(sent: Sentence, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """English meeting nouns, less those inside a quotation ("united in its call for…") and the
    requests ("a call for a ceasefire")."""
    quotes = _quote_spans(sent.text)
    verbs = {t.idx for t in sent.doc if t.pos_ in ("VERB", "AUX")}
    out = []
    for start, end, kind in found:
        if any(qs <= start < qe for qs, qe in quotes) or start in verbs:
            continue  # (a verb "visit", "call", "meet" is read by _verb_triggers_en, with its own checks)
        if fold(sent.text[start:end]).startswith("call") and CALL_FOR_EN.match(sent.text, end):
            continue
        if INVITED_EN.search(sent.text[max(0, start - 60):start]):
            continue
        press = re.search(r"\b(?:press|news)\s+$", sent.text[max(0, start - 6):start], re.I)
        out.append((start - len(press.group(0)) if press else start, end, kind))  # "press conference" as a whole
    return out


def _verb_triggers_en(sent: Sentence, verbs: dict[str, str]) -> list[tuple[int, int, str]]:
    """English meeting verbs: "met", "hosted X", "received X", "summoned", "visited", "travel to",
    "spoke by phone". "Hold" needs no rule: what is held ("talks", "a meeting") is the trigger."""
    out = []
    quotes = _quote_spans(sent.text)
    for tok in sent.doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("VERB", "AUX") or lemma not in verbs or lemma in ("hold", "attend", "join", "discuss"):
            continue
        if any(qs <= tok.idx < qe for qs, qe in quotes):
            continue
        kind = verbs[lemma]
        if lemma in HOSTING_EN:
            objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            agent = any(c.dep_ == "agent" for c in tok.children)
            if not (agent or any(o.pos_ == "PROPN" or o.ent_type_ in ("PERSON", "GPE", "NORP", "ORG")
                                 or any(g.pos_ == "PROPN" for g in o.subtree) for o in objects)):
                continue  # "welcomed the support", "received a letter"
        if lemma in ("speak", "talk") and not BY_PHONE_EN.search(sent.text):
            # "Secretary Rubio spoke today with Minister X" (a readout's way to tell a call): a
            # conversation with a named person; a place after it makes it a meeting.
            partner = any(c.lower_ == "with" and any(g.pos_ == "PROPN" for g in c.subtree) for c in tok.children)
            if not partner:
                continue
            placed = any(re.search(r"\b(?:in|at)\s+$", sent.text[max(0, c.start - 4):c.start]) for c in sent.mentions.cities)
            out.append((tok.idx, tok.idx + len(tok.text), "meeting" if placed else "call"))
            continue
        if lemma in ("call", "phone") and not (lemma == "phone" or BY_PHONE_EN.search(sent.text)):
            continue
        if lemma == "travel" and not any(c.lower_ == "to" for c in tok.children):
            continue
        if INVITED_EN.search(sent.text[max(0, tok.idx - 60):tok.idx]):
            continue
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in tok.children):
            continue  # "has not said whether X will visit Hanoi": maybe no visit at all
        out.append((tok.idx, tok.idx + len(tok.text), "call" if lemma in ("speak", "talk", "phone") else kind))
    return out


def _candidate(ctx: Context, sent: Sentence, trig: tuple[int, int, str], lo: int = 0, hi: int | None = None,
               people: list[tuple[int, int]] | None = None) -> _Candidate:
    """A meeting candidate from one trigger; ``lo``/``hi`` limit it to a part of the sentence
    when the sentence speaks of two rounds ("…à Abou Dhabi, après un premier cycle tenu le
    12 janvier à Genève"); ``people`` limits its participants to persons named in those ranges
    (one encounter of a series told in one sentence)."""
    start, end, kind = trig
    hi = len(sent.text) if hi is None else hi
    text = sent.text[:hi]
    folded = fold(text)
    english = sent.doc.lang_ == "en"
    if (PHONE_EN.search(_unquoted(text)) if english else PHONE.search(text)):
        kind = "call"
    if kind == "summons" or re.search(r"\bconvoqu", folded):
        kind = "summons"
    cand = _Candidate(sent, kind, start, end)
    cand.joined = bool(JOINED.search(text))
    round_match = OTHER_ROUND.search(text, lo)
    anchor = round_match.span() if round_match else (start, end)
    local = text[max(0, anchor[0] - 60):anchor[1] + 80]
    cand.status = ("cancelled" if CANCELLED.search(local) else "held" if HELD.search(local)
                   else "planned" if sent.future or PLANNED.search(local)
                   else "ongoing" if ONGOING.search(local) else "held")
    cand.closed = bool(CLOSED_DOOR.search(text))
    cand.other_round = bool(OTHER_ROUND.search(text, lo))
    cand.previous_round = bool(PREVIOUS_ROUND.search(text, lo))
    # "…, a déclaré jeudi le ministre": that date is the statement's, not the meeting's.
    dates = [d for d in sent.dates if lo <= d.start - sent.start < hi and not _after_cue(sent.text, d.start - sent.start, sent.doc.lang_)]
    if dates:
        # The date nearest after the trigger, else the nearest before it.
        after = [d for d in dates if d.start - sent.start >= start]
        chosen = (after or dates)[0] if not cand.other_round else (after or dates)[-1]
        cand.date = chosen.value
    located_states: set[str] = set()
    mission_city = next(((o.city, o) for o in sent.mentions.orgs if o.city and o.kind in ("embassy", "consulate", "mission")), None)
    fronted = FRONTED_PLACE_EN.match(text) if english else None
    for c in sent.mentions.cities:
        prefix = folded[max(0, c.start - 8):c.start]
        if kind == "call":
            break
        if not lo <= c.start < hi:
            continue
        if english and (fronted is not None and fronted.start("place") <= c.start < fronted.end("place")):
            continue  # "In Ankara, a source said…": where the speaker is, not where they meet
        if english and VISITED_EN.search(text[max(0, c.start - 30):c.start]) and cand.city is None:
            cand.city, cand.city_name, cand.country = c.key, _city_label(ctx, c), c.country  # "visited New Delhi"
            located_states.add(c.country or "")
            continue
        if (VENUE_BEFORE.search(prefix) or _named_after_city(folded, c.start, sent.doc.lang_) or BUILDING_OF.search(folded[max(0, c.start - 60):c.start])
                or (english and NAMED_AFTER_CITY_EN.match(text, c.end))) \
                and cand.city is None:
            # "à Washington" after "ambassadeur de Moscou" is a posting, not a venue.
            if any(t.start <= c.start < t.end + 2 for t in sent.mentions.titles):
                continue
            if any(o.start <= c.start < o.end for o in sent.mentions.orgs):
                continue
            cand.city, cand.city_name, cand.country = c.key, _city_label(ctx, c), c.country
            located_states.add(c.country or "")
    if cand.city is None and kind != "call":
        # "a reçu, vendredi soir à Assinie, …": a town the gazetteer does not know, named right
        # after the meeting words, is still the venue (with no GeoNames id).
        m = UNKNOWN_TOWN.search(text, end, min(len(text), end + 60))
        if m and not any(x.start < m.end("town") and m.start("town") < x.end
                         for x in (*sent.mentions.persons, *sent.mentions.states, *sent.mentions.orgs,
                                   *sent.mentions.titles, *sent.mentions.cities)):
            town = m.group("town")
            cand.city, cand.city_name = "town-" + re.sub(r"[^a-z0-9]+", "-", fold(town)).strip("-"), town
    if cand.city is None and kind != "call":
        # "reçu au Palais de l'Élysée", "talks at the Kremlin": a seat of power is in its capital.
        for st in sent.mentions.states:
            if st.kind == "metonym" and lo <= st.start < hi and SEAT_BEFORE.search(text[max(0, st.start - 30):st.start]):
                city = ctx.gaz.capital_city(st.code)
                if city is not None:
                    cand.city, cand.city_name, cand.country = city["key"], city.get("name_fr") or city.get("name_en"), st.code
                    located_states.add(st.code)
                    break
    if cand.city is None and kind == "summons":
        # The summoned ambassador is posted where the summons happens: "l'ambassadeur de Chine à Manille".
        for t in sent.mentions.titles:
            c = next((c for c in sent.mentions.cities if t.start <= c.start < t.end + 2), None)
            if t.role_type in ("ambassador", "charge_d_affaires") and c is not None:
                cand.city, cand.city_name, cand.country = c.key, _city_label(ctx, c), c.country
                break
    if cand.city is None and mission_city and kind != "call":
        # "Le consulat général d'Azerbaïdjan à Tabriz a rouvert… lors d'une cérémonie": the mission's city.
        key, org = mission_city
        c = next((c for c in sent.mentions.cities if c.key == key), None)
        if c is not None:
            cand.city, cand.city_name, cand.country, cand.venue = c.key, c.text, c.country, org.key
            located_states.add(c.country or "")
    for s in sent.mentions.states:
        if people is not None and not any(a <= s.start < b for a, b in people):
            continue  # another encounter's counterpart
        prefix = folded[max(0, s.start - 6):s.start]
        if s.kind == "name" and re.search(r"(?:\b(?:en|au|aux|in)\s+)$", prefix):
            if any(t.start <= s.start < t.end for t in sent.mentions.titles):
                continue
            # "à Nairobi, au Kenya" or right after the meeting words; "un règlement en Ukraine"
            # elsewhere in the sentence is a topic, not a venue.
            after_city = cand.city is not None and re.fullmatch(r"[\s,]*(?:en|au|aux|in)\s+", text[_city_end(sent, cand):s.start] or "x")
            near_trigger = 0 <= s.start - end <= 40
            if kind != "call" and (after_city or near_trigger):
                cand.country = cand.country or s.code
                located_states.add(s.code)
                continue
            if kind != "call":
                continue
        if ORIGIN_BEFORE.search(folded[max(0, s.start - 30):s.start]):
            continue
        if s.kind == "capital" and any(c.start == s.start for c in sent.mentions.cities) and s.code in located_states:
            continue
        if any(qs <= s.start < qe for qs, qe in _quote_spans(text)):
            continue  # named inside someone's words, not at the table
        if english and s.kind == "capital" and NAMED_AFTER_CITY_EN.match(text, s.end):
            continue  # "the Addis Ababa summit": the venue, not a party
        if TOPIC_BEFORE.search(text[max(0, s.start - 30):s.start]) or TOPIC_CLAUSE.search(text[max(0, s.start - 90):s.start]) \
                or (english and TOPIC_BEFORE_EN.search(text[max(0, s.start - 30):s.start])):
            continue  # "un entretien consacré à la Syrie": the topic, not a participant
        if s.kind == "demonym" and not PARTICIPANT_NOUN.search(text[max(0, s.start - 45):s.start]) \
                and not any(t.start <= s.start < t.end for t in sent.mentions.titles):
            continue  # "le conflit ukrainien": a demonym counts only on people ("la délégation russe")
        if s.kind == "capital" and cand.city and any(c.start == s.start and c.key == cand.city for c in sent.mentions.cities):
            continue
        if any(t.start <= s.start < t.end for t in sent.mentions.titles) and s.kind != "demonym":
            # "ambassadeur de Pékin à Canberra": the posting, not a meeting party by itself.
            title = next(t for t in sent.mentions.titles if t.start <= s.start < t.end)
            if title.posted_to == s.code:
                continue
        cand.states.add(s.code)
    quotes = [(m.start(), m.end()) for m in re.finditer(r"«[^»]*»|“[^”]*”|\"[^\"]*\"", text)]
    # "« La délégation est arrivée à Riyad… », a annoncé le porte-parole X": a meeting told inside
    # a quotation has the speaker outside it as its reporter, unless the speaker was there ("nous").
    told = next(((qs, qe) for qs, qe in quotes if qs <= start < qe), None)
    reporter = told is not None and not re.search(r"\b(?:nous|je|j['’]|nos|mon|ma)\b", text[told[0]:told[1]], re.I)
    for p in sent.mentions.persons:
        if any(qs <= p.start < qe for qs, qe in quotes):
            continue  # named inside a quotation, not a participant
        if reporter:
            continue
        if people is not None and not any(a <= p.start < b for a, b in people):
            continue
        if PERSON_TOPIC.search(text[max(0, p.start - 40):p.start]):
            continue  # "pour évoquer le sort de X": what they talked about, not who was there
        person = ctx.person_spans.get((sent.start + p.start, sent.start + p.end))
        if person:
            cand.persons.add(person.key)
            subject = _is_subject_of_verb(sent, p.start, p.end) if people is None else p.start < start
            if subject:
                cand.subject.add(person.key)
            if person.key in ctx.person_state:
                cand.states.add(ctx.person_state[person.key])
                if subject:
                    cand.subject_states.add(ctx.person_state[person.key])
    for key in _titled_persons(ctx, sent, people, quotes):
        # "Le ministre iranien des A.E. a été reçu par…": a title alone stands for the one person
        # of the article who holds that post for that state.
        cand.persons.add(key)
        if key in ctx.person_state:
            cand.states.add(ctx.person_state[key])
    for o in sent.mentions.orgs:
        if o.kind in ("embassy", "consulate", "mission") and o.city and re.search(r"\b(?:au|à l['’]|dans les locaux)", text[max(0, o.start - 20):o.start]):
            cand.venue = o.key
    cand.evidence.append(ctx.evidence(sent, start, end, "rule:meeting-trigger", 0.75))
    _topics(cand, text)
    return cand


#: A fronted clause about an earlier event: "Après avoir rencontré X…,", "After meeting X…,".
EARLIER_CLAUSE = re.compile(r"\s*(?:(?:Après|Apres)\s+(?:avoir|s['’]être)|After\s+(?:having\s+)?\w+ing)\b[^,;]{3,160},", re.I)
SEAT_BEFORE = re.compile(r"(?:\b(?:au|à\s+la|à\s+l['’]|dans\s+les\s+salons\s+de\s+l['’]|at\s+the|in\s+the|at|inside\s+the)\s+"
                         r"(?:(?:palais|palace|résidence|residence|siège)\s+(?:de\s+l['’]|de\s+la|du|des|of\s+the)?\s*)?)$", re.I)


def _titled_persons(ctx: Context, sent: Sentence, people, quotes) -> list[str]:
    """Persons a sentence names by their post alone: a singular title with a state and no name
    next to it, held in the article by exactly one person of that state."""
    out = []
    for t in sent.mentions.titles:
        if t.plural or t.former or t.state is None or t.role_type in ("counterpart", "head_of_delegation"):
            continue
        if any(qs <= t.start < qe for qs, qe in quotes) or (people is not None and not any(a <= t.start < b for a, b in people)):
            continue
        if any(0 <= p.start - t.end <= 3 or 0 <= t.start - p.end <= 3 for p in sent.mentions.persons):
            continue  # "le président français, François Hollande": the name is there
        family = {"minister", "foreign_minister"} if t.role_type == "minister" else {t.role_type}
        holders = [k for k, posts in ctx.person_roles.items()
                   if ctx.person_state.get(k) == t.state and any(rt in family for rt, _ in posts)]
        if len(holders) == 1:
            out.append(holders[0])
    return out


def _is_subject_of_verb(sent: Sentence, start: int, end: int) -> bool:
    """The person at [start, end) is the subject of a verb ("X a discuté avec Y", "X et Y se sont vus")."""
    for tok in sent.doc:
        # A subject comes before its verb here; the parser sometimes calls an object after it "nsubj".
        if tok.dep_ not in ("nsubj", "nsubj:pass") or tok.i > tok.head.i:
            continue
        # The whole subject phrase: "le ministre chilien des Affaires étrangères Rodrigo Paz", "X et Y".
        lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
        if lo <= start and end <= hi:
            return True
    return False


def _after_cue(text: str, start: int, lang: str = "fr") -> bool:
    """True when a date at ``start`` follows a reporting verb ("a déclaré jeudi", "ont annoncé mardi")."""
    if lang == "en":
        return bool(REPORTED_BY_EN.search(text[:start]))
    m = REPORTED_BY.search(text[:start])
    if not m:
        return False
    verb = fold(m.group("verb").lower())
    cues = {fold(k) for k in lexicon(lang)["cues"]}
    return verb in ("dit", "ecrit") or re.sub(r"(?:e|ee|es|ees)$", "er", verb) in cues


def _named_after_city(folded: str, city_start: int, lang: str = "fr") -> bool:
    """"le sommet de Luanda", "les pourparlers de Doha", "depuis celle de Tokyo": a meeting (or a
    pronoun standing for one) named after its city."""
    regex, _ = _noun_regex(lang)
    before = re.search(r"(?<![\w-])([\w-]+)\s+d[e']\s*$", folded[max(0, city_start - 40):city_start])
    return bool(before and (before.group(1) in ("celle", "celui", "celles", "ceux") or regex.fullmatch(before.group(1))))


def _topic(text: str) -> str:
    text = re.sub(r"\s*[,–—-]\s*(?:qui|dont|notamment|comme)\b.*$", "", text.strip())
    return re.sub(r"^(?:des|de la|du|de l['’]|d['’])\s+", "", text).strip()


def _topics(cand: _Candidate, text: str) -> None:
    """Topics said to be in or explicitly out of the meeting's scope."""
    m = SCOPE.search(text)
    if m:
        cand.topics_in.append(_topic(m.group("inside")))
        cand.topics_out.append(_topic(m.group("outside")))
        return
    m = OUT_OF_SCOPE.search(text)
    if m:
        cand.topics_out.append(_topic(m.group("outside")))
    m = IN_SCOPE.search(text)
    if m and not OUT_OF_SCOPE.search(text):
        cand.topics_in.append(_topic(m.group("inside")))


def _city_label(ctx: Context, c) -> str:
    """The city as written, with its article when the text merged it ("au Caire" → "Le Caire")."""
    name = (ctx.gaz.city(c.key) or {}).get("name_fr") or c.text
    return name if fold(name) != fold(c.text) and fold(name).endswith(" " + fold(c.text)) else c.text


def _quote_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"«[^»]*»|“[^”]*”|\"[^\"]*\"", text)]


#: Words said at a meeting told in the sentence before: "a fait ces remarques lors de sa rencontre".
THESE_REMARKS = re.compile(r"\b(?:ces|ses|les)\s+(?:remarques|propos|déclarations|commentaires)\s+(?:lors|au\s+cours|à\s+l['’]issue)\b|"
                           r"\b(?:made|gave)\s+the(?:se)?\s+(?:remarks|comments)\s+(?:during|at|while)\b", re.I)
#: A sentence about the meeting just told: "La rencontre s'est déroulée…", "The talks were held…".
REFERS_BACK = re.compile(r"\s*(?:(?:la|cette|l['’]|les|ces|ce|cet)\s*(?:rencontre|entretien|entrevue|réunion|audience|"
                         r"discussions?|entretiens|échanges|pourparlers|tête-à-tête)|(?:the|this)\s+(?:meeting|talks|"
                         r"discussions?|encounter|audience))\b(?!\s+(?:de|du|des|d['’]|of|between|entre|avec|with)\b)", re.I)


def _borrow_setting(ctx: Context, cand: _Candidate, prev: Sentence) -> None:
    """'Ils étaient sept autour de la table, jeudi 12 juin, à Londres. [...] ont discuté de…':
    a meeting sentence without date or place takes those of the sentence before it, when that
    sentence has no meeting word of its own."""
    if _triggers(prev):
        return
    if prev.dates:
        cand.date = prev.dates[0].value
    for c in prev.mentions.cities:
        if re.search(r"(?:\b(?:à|au|in|at)\s+)$", prev.text[max(0, c.start - 6):c.start]):
            cand.city, cand.city_name, cand.country = c.key, _city_label(ctx, c), c.country
            break
    if cand.date or cand.city:
        cand.evidence.append(ctx.evidence(prev, 0, len(prev.text), "rule:meeting-setting", 0.6))


def _city_end(sent: Sentence, cand: _Candidate) -> int:
    for c in sent.mentions.cities:
        if c.key == cand.city:
            return c.end
    return 0


def _meeting_key(ctx: Context, m: _Candidate, index: int) -> str:
    if m.date and m.date.iso and not m.date.iso.startswith("--") and m.states:
        return f"{m.date.iso}--{'-'.join(sorted(s.lower() for s in m.states))}--{m.kind}"
    return f"{ctx.article.id}--m{index}-{digest(ctx.article.id, index, length=12)}"


def _take_call(into: _Candidate, other: _Candidate) -> None:
    """"Au cours de l'entretien téléphonique, les ministres…" after "X s'est entretenue avec Y":
    the meeting was a call. Only a meeting without a place can be one."""
    if other.kind == "call" and into.kind in ("meeting", "talks") and into.city is None and not into.venue:
        into.kind = "call"


def _merge(into: _Candidate, other: _Candidate) -> None:
    _take_call(into, other)
    into.states |= other.states
    into.persons |= other.persons
    into.closed = into.closed or other.closed
    into.date = into.date or other.date
    if into.city is None and other.city:
        into.city, into.city_name, into.country = other.city, other.city_name, other.country
    into.country = into.country or other.country
    into.venue = into.venue or other.venue
    into.topics_in += [t for t in other.topics_in if t not in into.topics_in]
    into.topics_out += [t for t in other.topics_out if t not in into.topics_out]
    into.evidence.extend(other.evidence)


def extract_meetings(ctx: Context) -> tuple[list[Meeting], list[Place]]:
    candidates: list[_Candidate] = []
    for sent in ctx.sentences:
        trig = _triggers(sent)
        if not trig:
            continue
        # "Une conférence de presse va clore la visite de X": the visit is the event.
        trig = [t for t in trig if not _press_at(sent.text, t[0])] or trig
        # One candidate per sentence (the first trigger; the others describe the same event),
        # or two when the sentence also reports another round with its own date or place.
        r = PREVIOUS_ROUND.search(sent.text)
        own = lambda lo, hi: any(lo <= d.start - sent.start < hi for d in sent.dates) or any(
            lo <= c.start < hi for c in sent.mentions.cities)
        if r and trig[0][0] < r.start() and own(0, r.start()) and own(r.start(), len(sent.text)):
            first = _candidate(ctx, sent, trig[0], hi=r.start())
            first.other_round = first.previous_round = False
            candidates.append(first)
            candidates.append(_candidate(ctx, sent, (r.start(), r.end(), trig[0][2]), lo=r.start()))
            continue
        series = _encounters(sent, trig)
        if series:
            for lo, hi, t in series:
                part = _candidate(ctx, sent, t, people=[(0, series[0][2][0]), (lo, hi)])
                part.side = True
                candidates.append(part)
            continue
        before = EARLIER_CLAUSE.match(sent.text)
        later = [t for t in trig if before and t[0] >= before.end()]
        if later:
            # "Après avoir rencontré X la semaine dernière, Y a reçu lundi Z…": the main clause's
            # meeting, with its own date and parties; the earlier one is only a reference.
            cand = _candidate(ctx, sent, later[0], lo=before.end(), people=[(before.end(), len(sent.text))])
        else:
            cand = _candidate(ctx, sent, trig[0])
        if sent.doc.lang_ == "en" and SIDELINES_EN.search(sent.text) and len(cand.persons) >= 2:
            cand.side = cand.sidelines = True  # "On the sidelines of the summit, X held talks with Y": an encounter of its own
        if cand.date is None and cand.city is None and sent.index > 0:
            _borrow_setting(ctx, cand, ctx.sentences[sent.index - 1])
        if cand.date is None and sent.index > 0 and THESE_REMARKS.search(sent.text) and ctx.sentences[sent.index - 1].dates:
            # "X a déclaré mardi que… X a fait ces remarques lors de sa rencontre avec Y": the
            # words were said at the meeting, so they share its day.
            cand.date = ctx.sentences[sent.index - 1].dates[0].value
        candidates.append(cand)
    # "Lors d'une conférence de presse à Dakar, M. X a salué…": one speaker before the press is
    # not a meeting, and its place is not the place of the talks. A joint one (two states) is.
    candidates = [c for c in candidates if not (_press_at(c.sent.text, c.start) and len(c.states) < 2
                                                and len(c.persons) < 2)]
    # "Ils se sont rencontrés plus de 15 fois l'an passé": a tally of meetings, not one meeting.
    candidates = [c for c in candidates if not TALLY.search(c.sent.text)]
    anchored: list[_Candidate] = []
    loose: list[_Candidate] = []
    previous: _Candidate | None = None
    for c in candidates:
        if previous is not None:
            _another_encounter(c, previous, [*anchored, *loose])
        previous = c if not c.sent.is_headline else previous
        # A period ("la semaine dernière", "il y a deux mois") is too vague to set a meeting apart
        # on its own: "La semaine dernière, X avait fixé un objectif ; Y a jugé que les discussions…"
        # speaks of the main talks.
        back = anchored[-1] if anchored else None
        if back is not None and REFERS_BACK.match(c.sent.text) and c.persons <= back.persons \
                and c.kind not in ("call", "summons") and not c.other_round:
            # "La rencontre s'est déroulée en marge du sommet, qui se tient le 18 à Istanbul": the
            # meeting just told, now given its place. A date of its own is the summit's, which
            # stays an event of its own.
            if back.city is None and c.city:
                back.city, back.city_name, back.country = c.city, c.city_name, back.country or c.country
            back.venue = back.venue or c.venue
            back.closed = back.closed or c.closed
            back.topics_in += [t for t in c.topics_in if t not in back.topics_in]
            back.evidence.extend(c.evidence)
            if c.date is None or (back.date is not None and c.date.iso == back.date.iso):
                continue
            c.persons, c.subject = set(), set()
        dated = c.date is not None and not (c.date.inferred and len(c.date.iso) < 10)
        has_anchor = dated or c.city is not None or c.side or (
            c.kind in ("call", "summons", "visit") and c.persons and not c.joined)
        if has_anchor and not c.sent.is_headline:
            same = next((a for a in anchored if _same_event(a, c)), None)
            if same:
                _merge(same, c)
            else:
                anchored.append(c)
        else:
            loose.append(c)
    # An encounter found to open a series after it was set aside stands on its own.
    anchored += [c for c in loose if c.side]
    loose = [c for c in loose if not c.side]
    anchored.sort(key=lambda c: (c.sent.index, c.start))
    # The main meeting is the first that is not an earlier round ("une précédente série…").
    main = next((a for a in anchored if not a.previous_round), anchored[0] if anchored else None)
    if main is None and loose:
        # No dated or located meeting: the strongest undated one (with persons) stands alone.
        with_people = [c for c in loose if len(c.states) >= 2 or c.persons]
        if with_people:
            main = with_people[0]
            anchored.append(main)
            loose.remove(main)
    for c in loose:
        if main is not None:
            # A reference back ("ces discussions"): it adds states and closed-door, not persons
            # that a later sentence merely mentions.
            if c.joined:
                main.persons |= c.persons  # "X s'est joint aux travaux": a participant
                main.states |= c.states
            main.states |= {s for s in c.states if s in main.states or len(main.states) < 2}
            if not c.other_round:
                _take_call(main, c)
            main.closed = main.closed or c.closed
            main.topics_in += [t for t in c.topics_in if t not in main.topics_in]
            main.topics_out += [t for t in c.topics_out if t not in main.topics_out]
            main.evidence.extend(c.evidence)
    for _sent, state, key in delegation_heads(ctx):
        if main is not None:
            main.persons.add(key)
            main.states.add(state)
    # Rounds of one series share the main meeting's parties.
    for c in anchored:
        if c is not main and c.other_round and main is not None:
            c.states |= main.states
    meetings: list[Meeting] = []
    places: dict[str, Place] = {}
    keys: dict[int, str] = {}
    ordered = sorted(anchored, key=lambda c: (c.date.iso.lstrip("-") if c.date else "9999"))
    series = None
    if any(c.other_round for c in anchored) and len(anchored) > 1:
        series = f"series--{'-'.join(sorted(s.lower() for s in main.states))}" if main and main.states else None
    for i, c in enumerate(anchored):
        keys[id(c)] = _meeting_key(ctx, c, i)
    heads = {}
    for _sent, state, key in delegation_heads(ctx):
        heads.setdefault(state, key)
    dl = ctx.dateline
    if dl and main is not None and main.city is None and main.kind not in ("call",) and main.status == "held" \
            and dl.get("country") in main.states:
        # Reported from Ottawa, between Canada and France, no other place: held in Ottawa.
        main.city, main.country = dl["key"], main.country or dl.get("country")
        main.city_name = dl.get("name_fr") or dl["text"].title()
    for c in anchored:
        ctx.acting_states |= c.states
        # (In English news a third country's city is often only the venue: "on the sidelines of the
        # G20 summit in Johannesburg", "talks in Rome with Oman as mediator".)
        if c.country and ((c is main and c.status in ("held", "ongoing") and (ctx.article.lang != "en" or not c.states))
                          or c.country in c.states):
            # The host of a meeting that took place acts; the city of a future one does not by itself.
            ctx.acting_states.add(c.country)
        if c.city and c.city not in places:
            city = ctx.gaz.city(c.city) or {}
            places[c.city] = Place(key=c.city, name=c.city_name or city.get("name_fr") or c.city, kind="city",
                                   country=c.country or city.get("country"), qid=city.get("qid"),
                                   evidence=(c.evidence[0],))
        delegations = tuple(Delegation(state=s, head=heads.get(s)) for s in sorted(c.states) if c is main)
        prev_key = None
        if series and c.date:
            idx = ordered.index(c)
            prev_key = keys[id(ordered[idx - 1])] if idx > 0 else None
        label = f"{c.kind} {c.date.iso if c.date else ''} {c.city_name or ''}".strip()
        meetings.append(Meeting(
            key=keys[id(c)], kind=c.kind, status=c.status, date=c.date, city=c.city,
            country=c.country or ((ctx.gaz.city(c.city) or {}).get("country") if c.city else None),
            venue=c.venue, states=tuple(sorted(c.states)), persons=tuple(sorted(c.persons)),
            delegations=delegations, host=c.country,
            closed_door=c.closed, series=series, previous=prev_key, label=label,
            topics_in=tuple(c.topics_in), topics_out=tuple(c.topics_out),
            evidence=tuple(c.evidence),
        ))
    # The main meeting first: later code links statements about "the talks" to it.
    if main is not None:
        meetings.sort(key=lambda m: m.key != keys[id(main)])
    return meetings, list(places.values())


def _is_verb(sent: Sentence, trig: tuple[int, int, str]) -> bool:
    return any(tok.idx == trig[0] and tok.pos_ in ("VERB", "AUX") for tok in sent.doc)


# What joins two encounters told in one sentence: "…, puis s'est entretenu avec…", "…, avant de recevoir…".
NEXT_ENCOUNTER = re.compile(r"(?:,|;|\bpuis\b|\bavant\s+d|\bensuite\b|\bet\s+(?:a|s['’]est)\b)", re.I)
# "Il a ensuite rencontré…", "Il s'est également entretenu avec…": one more encounter of a series.
ANOTHER = re.compile(r"\b(?:ensuite|également|aussi|puis|par\s+ailleurs|de\s+même|enfin|auparavant|plus\s+tard|"
                     r"dans\s+la\s+foulée|en\s+outre)\b", re.I)


def _encounters(sent: Sentence, trig: list[tuple[int, int, str]]) -> list[tuple[int, int, tuple]]:
    """'X a reçu Y, puis s'est entretenu avec Z': (lo, hi, trigger) of each encounter, each with
    its own counterpart; empty when the sentence tells one meeting."""
    verbs = [t for t in trig if _is_verb(sent, t)]
    if len(verbs) < 2:
        return []
    persons = [p.start for p in sent.mentions.persons]
    bounds = [t[0] for t in verbs[1:]] + [len(sent.text)]
    parts = []
    for t, hi in zip(verbs, bounds):
        if not any(t[1] <= p < hi for p in persons):
            return []
        parts.append((t[0], hi, t))
    for a, b in zip(verbs, verbs[1:]):
        if not NEXT_ENCOUNTER.search(sent.text[a[1]:b[0]][-40:]):
            return []
    return parts


def _another_encounter(c: _Candidate, prev: _Candidate, earlier: list[_Candidate]) -> None:
    """'Il a ensuite rencontré Z', 'Il a également rencontré le président sud-africain': a sentence
    that adds a new counterpart (a person or a state) after an encounter is an encounter of its
    own, with the same host, at the same place and on the same day unless it says otherwise."""
    if c.side or c.kind in ("call", "summons") or prev.kind == "call" or c.status != "held" or c.sent.is_headline:
        return
    trig_start = c.evidence[0].start - c.sent.start if c.evidence else 0
    if not ANOTHER.search(c.sent.text) or not _is_verb(c.sent, (trig_start, trig_start, "")):
        return
    seen = set().union(*(a.persons for a in earlier)) if earlier else set()
    new_persons = c.persons - seen
    new_states = c.states - prev.states - prev.subject_states
    if not new_persons and not new_states:
        return
    c.side = prev.side = True
    c.date = c.date or prev.date
    if c.city is None and prev.city:
        c.city, c.city_name, c.country = prev.city, prev.city_name, prev.country
    c.country = c.country or prev.country
    if not c.subject:  # "Il a ensuite rencontré…": the same host
        c.subject = set(prev.subject)
        c.subject_states = set(prev.subject_states)
        c.persons |= prev.subject
        c.states |= prev.subject_states


def _counterparts(c: _Candidate) -> set[str]:
    return (c.persons - c.subject) | (c.states - c.subject_states)


def _same_event(a: _Candidate, b: _Candidate) -> bool:
    if a.sidelines != b.sidelines:
        return False
    if a.side or b.side:
        # Two encounters of a series: the same host, different counterparts.
        ca, cb = _counterparts(a), _counterparts(b)
        if ca and cb and not ca & cb:
            return False
    # A phone call the same day as a visit or an audience somewhere is another event: merged,
    # the call would take the place of the visit.
    for x, y in ((a, b), (b, a)):
        if x.kind == "call" and (y.kind in ("visit", "summons") or y.city is not None):
            return False
    if a.date and b.date and a.date.iso != b.date.iso:
        return False
    if a.city and b.city and a.city != b.city:
        return False
    if b.other_round and not a.other_round:
        return False
    return bool(a.states & b.states) or not (a.states and b.states)
