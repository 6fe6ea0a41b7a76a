"""Mentions in one sentence: states, cities, organisations, persons and titles.

The trained French pipeline finds most person names but tags capitals, "État"
inside titles and surnames after a title as LOC, and does not see demonyms or
titles at all. So states, cities, organisations and titles come from the
gazetteers and patterns, persons from the model's PER spans repaired by rules
(honorifics, a capitalised name right after a title).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib.resources import files

from diplograph.loaders.gazetteer import Gazetteer
from diplograph.loaders.lexicon import alternation, folded_words, lexicon, literal_trie, words_of_all
from diplograph.loaders.text import fold

__all__ = ["StateMention", "CityMention", "OrgMention", "PersonMention", "TitleMention", "SentenceMentions",
           "find_mentions", "roles_table"]


@dataclass(slots=True)
class StateMention:
    start: int
    end: int
    text: str
    code: str
    #: name, demonym, capital, metonym
    kind: str
    #: The other states a demonym may stand for ("congolais": COD, and COG here); see
    #: :func:`~.extract._settle_shared_demonyms`.
    others: tuple[str, ...] = ()


@dataclass(slots=True)
class CityMention:
    start: int
    end: int
    text: str
    key: str
    country: str | None


@dataclass(slots=True)
class OrgMention:
    start: int
    end: int
    text: str
    key: str
    kind: str
    state: str | None = None
    host_state: str | None = None
    city: str | None = None
    qid: str | None = None


@dataclass(slots=True)
class PersonMention:
    start: int
    end: int
    text: str
    #: "m", "f" or None, from honorifics and agreeing words.
    gender: str | None = None


@dataclass(slots=True)
class TitleMention:
    start: int
    end: int
    text: str
    role_type: str
    gender: str | None = None
    former: bool = False
    state: str | None = None
    posted_to: str | None = None
    org: OrgMention | None = None
    plural: bool = False
    #: True when another title with its holder sits inside this one ("envoyé du président X").
    nests: bool = False


@dataclass(slots=True)
class SentenceMentions:
    states: list[StateMention] = field(default_factory=list)
    cities: list[CityMention] = field(default_factory=list)
    orgs: list[OrgMention] = field(default_factory=list)
    persons: list[PersonMention] = field(default_factory=list)
    titles: list[TitleMention] = field(default_factory=list)


@cache
def roles_table(lang: str = "fr") -> tuple[re.Pattern, dict[str, str]]:
    """A longest-first regex over folded text for role titles, and form → role type."""
    rows = json.loads((files("diplograph.loaders") / "data" / f"roles.{lang}.json").read_text(encoding="utf-8"))
    forms = {fold(f): row["role_type"] for row in rows for f in row["forms"]}
    forms |= {plural: forms[form] for plural, form in plural_forms(lang).items() if plural not in forms}
    # ("Chargè d’ Affaires": a space typed after the apostrophe; see :func:`title_form`.)
    trie = literal_trie(forms).replace("'", r"'\s?")
    return re.compile(rf"(?<![\w-])(?P<form>{trie})(?P<plural>s|x)?(?![\w-])"), forms


def title_form(matched: str) -> str:
    """The roles table's form of a matched title ("charge d' affaires" → "charge d'affaires")."""
    return re.sub(r"'\s+", "'", matched)


@cache
def title_words() -> frozenset[str]:
    """Every word of every role title in every language, folded ("secretary", "general", "chef")."""
    from diplograph.loaders import SUPPORTED_LANGUAGES

    return frozenset(w for lang in SUPPORTED_LANGUAGES for form in roles_table(lang)[1]
                     for w in re.split(r"[\s'’-]+", form) if w)


@cache
def plural_forms(lang: str) -> dict[str, str]:
    """French titles of several words take the plural on their head noun, not at their end: "les
    chefs de gouvernement", "les secrétaires d'État" (plural form → singular form)."""
    if lang != "fr":
        return {}
    rows = json.loads((files("diplograph.loaders") / "data" / f"roles.{lang}.json").read_text(encoding="utf-8"))
    out = {}
    for form in (fold(f) for row in rows for f in row["forms"]):
        head, sep, rest = form.partition(" ")
        if sep and re.match(r"(?:de|du|des|d'|aux?|pour)\b", rest) and not head.endswith(("s", "x")):
            out[f"{head}s {rest}"] = form
    return out


@cache
def honorific() -> re.Pattern:
    """An honorific at the start of a name, possibly two ("S.E. M. X"), with the space after it.

    Every lexicon's honorifics apply to every article: French pages write "Mr" and "Sheikh" too.
    """
    return re.compile(rf"^(?:{alternation(words_of_all('honorifics'))})\s+"
                      rf"(?:(?:{alternation(words_of_all('honorifics_second'))})\s+)?")


@cache
def name_after_honorific() -> re.Pattern:
    """An honorific that only a person's name follows ("M.", "Mrs"), and the capitalised name."""
    return re.compile(
        rf"\b(?P<hon>{alternation(words_of_all('honorifics_naming'))})\s+"
        r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+(?:(?:de|du|von|van|der|ben|bin|al|el|da|di|le|la)\s+)?[A-ZÀ-Ý][\w'’-]+){0,5})"
    )


def is_feminine_honorific(text: str) -> bool:
    """True when ``text`` begins with an honorific of a woman ("Mme", "Mrs")."""
    return text.startswith(words_of_all("honorifics_feminine"))


@cache
def _honorific_words() -> frozenset[str]:
    """Every honorific of every lexicon, folded and without its dot ("mr", "mme", "sheikh")."""
    return frozenset(fold(h).rstrip(".") for h in words_of_all("honorifics"))


@cache
def _honorifics_alone() -> frozenset[str]:
    return frozenset(fold(w) for w in words_of_all("honorifics_alone"))


@cache
def _name_suffix_en() -> re.Pattern:
    """After an English name: parliamentary or honours suffixes ("Micheál Martin TD")."""
    return re.compile(rf"(?:,?\s+(?:{alternation(lexicon('en')['name_suffixes'])}))+$")
CAPITALISED_NAME = re.compile(
    r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+(?:(?:de|du|von|van|der|ben|bin|ibn|al|el|da|di|dos|bin)\s+)?[A-ZÀ-Ý][\w'’.-]+){0,3})"
)
# Organisations written with a pattern rather than a list: ministries, missions, departments.
# The head word may be capitalised ("Ministère des Affaires étrangères" at the start of a sentence,
# "Ambassade de France" in a heading), so only it is case-insensitive: the slots for portfolios and
# demonyms keep their case, which is what tells a portfolio ("des Affaires") from running text.
_CAP = r"[A-ZÀ-Ý][\w'’-]+"
MINISTRY = re.compile(
    rf"\b(?P<head>(?i:ministère|ministre|département|secrétariat|direction|bureau))(?:\s+(?P<dem1>[a-zé-]+))?\s+"
    rf"(?P<what>(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|d['’])(?:{_CAP}|État)(?:\s+(?:et\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+)?|de\s+la\s+|de\s+l['’]|des\s+|du\s+|d['’])?(?:{_CAP}|[a-zé]+(?:ères|ère|ales|ale|aux|ennes|enne|ieures|ieure|iques|ique|es)\b))*)"
    rf"(?:\s+(?P<dem2>[a-zé-]+))?"
)
MISSION = re.compile(
    r"\b(?P<head>(?i:ambassade|consulat\s+général|consulat|mission\s+permanente|représentation\s+permanente|chancellerie))"
    r"(?![\w-])"
)
DEPARTMENT_OF_STATE = re.compile(r"\b(?:département|secrétariat)\s+d['’]État(?:\s+(?P<dem>américain|des\s+États-Unis))?", re.I)


#: The person label of the French (WikiNER) and English (OntoNotes) models.
PERSON_LABELS = ("PER", "PERSON")


def _overlaps(a_start: int, a_end: int, spans) -> bool:
    return any(a_start < s.end and s.start < a_end for s in spans)


#: The words that make an ambiguous state name ("Jordan", "Chad", "Maurice") a state after them.
AMBIGUOUS_BEFORE = re.compile(r"\b(?:of|to|in|from|with|between|visit(?:ed|ing)?|de|en|avec|entre)\s+$")


def find_states(text: str, folded: str, gaz: Gazetteer) -> list[StateMention]:
    found: list[StateMention] = []
    for table, kind in ((gaz.names, "name"), (gaz.metonyms, "metonym"), (gaz.capitals, "capital"),
                        (gaz.demonyms, "demonym")):
        for m in table.find(text, folded):
            if not _overlaps(m.start, m.end, found):
                found.append(StateMention(m.start, m.end, m.text, m.entry.key, kind))
            elif kind == "demonym" and found[-1].kind == "demonym" and (found[-1].start, found[-1].end) == (m.start, m.end) \
                    and m.entry.key != found[-1].code:
                found[-1].others = (*found[-1].others, m.entry.key)
    for m in gaz.ambiguous_names.find(text, folded):
        # "(Jordan)", and "the Ambassador of Jordan to Oman", "talks with Chad": after a preposition
        # and before no other capitalised word ("Jordan Peterson"), a state.
        bracketed = re.search(r"\(\s*$", text[:m.start]) and re.match(r"\s*\)", text[m.end:])
        governed = AMBIGUOUS_BEFORE.search(text[max(0, m.start - 20):m.start]) \
            and not re.match(r"\s+[A-ZÀ-Ý]", text[m.end:]) and not re.match(r"\s+(?:and|et)\s+[A-ZÀ-Ý][a-z]+\s+[A-ZÀ-Ý]", text[m.end:])
        if (bracketed or governed) and not _overlaps(m.start, m.end, found):
            found.append(StateMention(m.start, m.end, m.text, m.entry.key, "name"))
    found.sort(key=lambda s: s.start)
    return found


def find_cities(text: str, folded: str, gaz: Gazetteer, states: list[StateMention]) -> list[CityMention]:
    out = []
    for m in gaz.cities.find(text, folded):
        if any(s.start == m.start and s.kind in ("name", "metonym") for s in states):
            continue
        data = m.entry.data
        out.append(CityMention(m.start, m.end, m.text, m.entry.key, data.get("country")))
    return out


# English ministries and missions: "Poland's Foreign Ministry", "the Russian Foreign Ministry", "the
# Ministry of External Affairs", "a Kazakh foreign ministry official", "the Russian embassy in
# Warsaw", "China's embassy to Manila".
_PORTFOLIO_EN = r"(?:[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Ff]inance|[Hh]ome|[Tt]rade|[Ee]conomy|[Jj]ustice|[Hh]ealth|" \
                r"[Ee]xternal\s+[Aa]ffairs|[Ff]oreign\s+[Aa]ffairs|[Ee]nergy|[Ee]nvironment)"
MINISTRY_EN = re.compile(rf"\b(?P<what>{_PORTFOLIO_EN})\s+(?P<head>[Mm]inistry|[Oo]ffice)\b"
                         r"|\b(?P<head2>Ministry|Department)\s+of\s+(?P<what2>[A-Z][\w-]+(?:\s+(?:and\s+)?[A-Z][\w-]+)*)")
MISSION_EN = re.compile(r"\b(?P<head>[Ee]mbassy|[Cc]onsulate(?:[\s-]general)?|[Cc]onsulate\s+[Gg]eneral|[Pp]ermanent\s+[Mm]ission|"
                        r"[Hh]igh\s+[Cc]ommission)\b")


def _mission_place(at: int, cities, states, found: tuple) -> tuple:
    """(city, host state, end) of the place a mission's name gives at ``at`` ("in Nairobi", "à
    Paris", "au Kenya"); ``found`` when none starts there."""
    city, host, end = found
    for c in cities:
        if c.start == at:
            city, host, end = c.key, c.country, c.end
    for s in states:
        if s.start == at and s.kind in ("name", "capital"):
            host, end = s.code, s.end
    return city, host, end


def _orgs_en(text: str, states: list[StateMention], cities: list[CityMention]) -> list[OrgMention]:
    out: list[OrgMention] = []
    for m in MINISTRY_EN.finditer(text):
        lo, hi = m.start(), m.end()
        what = m.group("what") or m.group("what2")
        state = None
        before = [s for s in states if s.end <= lo and re.fullmatch(r"(?:['’]s)?\s+", text[s.end:lo])]
        if before:
            state, lo = before[-1].code, before[-1].start
        tail = re.match(r"\s+of\s+(?:the\s+)?", text[hi:])
        if state is None and tail:
            after = [s for s in states if s.start == hi + tail.end()]
            if after:
                state, hi = after[0].code, after[0].end
        key_core = re.sub(r"[^a-z0-9]+", "-", fold(what)).strip("-")
        out.append(OrgMention(lo, hi, text[lo:hi], f"{(state or 'xxx').lower()}-ministry-{key_core}", "ministry", state))
    for m in MISSION_EN.finditer(text):
        lo, hi = m.start(), m.end()
        if _overlaps(lo, hi, out):
            continue
        head = fold(m.group("head"))
        sending = host = city = None
        before = [s for s in states if s.end <= lo and re.fullmatch(r"(?:['’]s)?\s+", text[s.end:lo])]
        if before:
            sending, lo = before[-1].code, before[-1].start
        loc = re.match(r"\s+(?:in|to|at)\s+(?:the\s+)?", text[hi:])
        if loc:
            city, host, hi = _mission_place(hi + loc.end(), cities, states, (city, host, hi))
        if sending is None and host is None:
            continue
        kind = "consulate" if head.startswith("consulate") else "embassy" if head in ("embassy", "high commission") else "mission"
        key = f"{(sending or 'xxx').lower()}-{kind}-{(host or 'xxx').lower()}" + (f"-{city}" if city and kind == "consulate" else "")
        out.append(OrgMention(lo, hi, text[lo:hi], key, kind, sending, host, city))
    return out


def _state_near(text: str, start: int, end: int, states: list[StateMention]) -> str | None:
    for s in states:
        if start <= s.start and s.end <= end:
            return s.code
    return None


def _name_after_ministry(text: str, start: int, end: int) -> int:
    """Where a ministry's name ends when a name follows it without a comma: "Département fédéral
    des Affaires étrangères Ignazio Cassis" (a capitalised word after a lower-case one, with no
    "de"/"et" between, starts something else)."""
    prev = None
    for w in re.finditer(r"\S+", text[start:end]):
        if prev is not None and w.group(0)[:1].isupper() and prev[:1].islower() \
                and fold(prev) not in ("de", "la", "des", "du", "et", "l'", "d'"):
            return len(text[:start + w.start()].rstrip())
        prev = w.group(0)
    return end


def find_orgs(text: str, folded: str, gaz: Gazetteer, states: list[StateMention],
              cities: list[CityMention]) -> list[OrgMention]:
    orgs: list[OrgMention] = []
    if gaz.lang == "en":
        orgs += _orgs_en(text, states, cities)
    for m in DEPARTMENT_OF_STATE.finditer(text):
        orgs.append(OrgMention(m.start(), m.end(), m.group(0), "usa-department-of-state", "ministry", "USA"))
    for m in MINISTRY.finditer(text):
        head = fold(m.group("head"))
        if head == "ministre" or _overlaps(m.start(), m.end(), orgs):
            continue
        end = m.end()
        if m.group("dem2") and not any(s.start == m.start("dem2") for s in states):
            end = m.end("what")
        end = _name_after_ministry(text, m.start("what"), end)
        # "ministère des Affaires étrangères de Russie" / "du Kenya"
        tail = re.match(r"\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])", text[end:])
        state = _state_near(text, m.start(), end, states)
        if tail and not state:
            after = [s for s in states if s.start == end + tail.end()]
            if after:
                end = after[0].end
                state = after[0].code
        name = text[m.start():end]
        what = fold(m.group("what")).replace("'", " ")
        key_core = re.sub(r"[^a-z0-9]+", "-", what).strip("-")
        orgs.append(OrgMention(m.start(), end, name, f"{(state or 'xxx').lower()}-{head}-{key_core}",
                               "ministry", state))
    for m in MISSION.finditer(text):
        head = re.sub(r"\s+", " ", fold(m.group("head")))
        window_end = min(len(text), m.end() + 60)
        window = text[m.end():window_end]
        sending = host = city = None
        end = m.end()
        # sending state: demonym right after, or "de/du/des X"
        first = re.match(r"\s+(?:de\s+|du\s+|des\s+|d['’])?", window)
        for s in states:
            if s.start >= m.end() and s.start <= m.end() + (first.end() if first else 0) + 1 and sending is None:
                sending, end = s.code, s.end
        loc = re.match(r"\s+(?:à|en|au|aux|auprès\s+de(?:s)?|in|at|to)\s+", text[end:])
        if loc:
            city, host, end = _mission_place(end + loc.end(), cities, states, (city, host, end))
        if sending is None and host is None:
            continue  # "notre ambassade": no state to hang it on
        kind = "consulate" if head.startswith("consulat") else "embassy" if head in ("ambassade", "chancellerie") else "mission"
        key = f"{(sending or 'xxx').lower()}-{kind}-{(host or 'xxx').lower()}" + (f"-{city}" if city and kind == "consulate" else "")
        orgs.append(OrgMention(m.start(), end, text[m.start():end], key, kind, sending, host, city))
    for m in gaz.orgs.find(text, folded):
        if _overlaps(m.start, m.end, orgs):
            continue
        # Short acronyms must be written in capitals: "ua" is not the African Union.
        if len(m.text) <= 4 and not m.text.isupper():
            continue
        d = m.entry.data
        orgs.append(OrgMention(m.start, m.end, m.text, m.entry.key, d.get("kind", "organization"), d.get("state"),
                               qid=d.get("qid")))
    for s in states:
        if s.kind == "metonym":
            orgs.append(OrgMention(s.start, s.end, s.text, f"{s.code.lower()}-" + re.sub(r"[^a-z0-9]+", "-", fold(s.text)).strip("-"),
                                   "government", s.code))
    orgs.sort(key=lambda o: o.start)
    return orgs


# "ministre des Affaires étrangères, de la Coopération et des Mauritaniens à l'étranger": the
# comma goes on with another portfolio. Some outlets write the portfolio in lower case ("…, de
# l'intégration africaine et des Guinéens de l'étranger"): then only known portfolio nouns count,
# so that "le ministre, de passage à Paris," stays a title and a clause.
COMMA_CONTINUATION = re.compile(
    r",\s+(?:et\s+)?(?:de\s+la|de\s+l['’]|du|des|d['’])\s*(?:[A-ZÀ-Ý]|(?i:intégration|coopération|francophonie|"
    r"diaspora|commerce|développement|émigration|expatriés|communauté|économie|promotion|planification|investissements?|"
    r"solidarité|sécurité|défense|justice|santé|culture|environnement|énergie|industrie|tourisme|travail|emploi|"
    r"jeunesse|sports?|budget|finances|transports?|agriculture|pêche|intérieur|décentralisation|communication|"
    r"numérique|recherche|éducation|enseignement|formation|relations|affaires|cultes|réformes|marine|mines)\b)")
# "ministre des Affaires étrangères, Coopération internationale et Francophonie, X": portfolios
# listed without articles, closed by "et" and a comma before the name.
PORTFOLIO_LIST_FR = re.compile(
    r",\s+(?P<items>[A-ZÀ-Ý][\w'’-]+(?:\s+[a-zà-ÿ][\w'’-]+)?(?:\s*,\s*[A-ZÀ-Ý][\w'’-]+(?:\s+[a-zà-ÿ][\w'’-]+)?)*"
    r"\s+et\s+(?:de\s+la\s+|des\s+|du\s+|de\s+l['’])?[A-ZÀ-Ý][\w'’-]+(?:\s+[a-zà-ÿ][\w'’-]+)?)\s*,")


@cache
def _former_regex(lang: str = "fr") -> re.Pattern:
    """"ancien", "ex", "l'ancienne"… right before a title, over folded text."""
    words = sorted({fold(w) for w in lexicon(lang)["former"]}, key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in words)})\s*$")


@cache
def _former_prefix(lang: str = "fr") -> re.Pattern:
    """"ancienne ", "ex-"… at the start of a title, over folded text."""
    words = sorted({fold(w) for w in lexicon(lang)["former"]}, key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(re.escape(w) for w in words)})(?:\s+|(?<=-))")


def _starts_title(folded: str, pos: int, regex: re.Pattern, lang: str) -> bool:
    """True when a role title (maybe after "ancien", "ex-") begins at ``pos`` of the folded text."""
    m = _former_prefix(lang).match(folded, pos)
    return bool(regex.match(folded, m.end() if m else pos))


def find_titles(text: str, folded: str, tokens, states: list[StateMention], cities: list[CityMention],
                orgs: list[OrgMention], lang: str = "fr") -> list[TitleMention]:
    """Role titles with their complements: "porte-parole du ministère russe des Affaires étrangères".

    Each match of the roles table is extended over its complements (English: its modifiers
    before it too), trimmed of dangling function words, and given its gender, former status,
    states (acting and posted to) and organisation.
    """
    regex, forms = roles_table(lang)
    former_before = _former_regex(lang)
    titles: list[TitleMention] = []
    for m in regex.finditer(folded):
        start, end = m.start(), m.end()
        if any(t.start <= start and end <= t.end and not t.nests for t in titles):
            continue
        role_type = forms[title_form(m.group("form"))]
        nests = False  # "envoyé personnel du président Emmanuel Macron pour le Liban"
        if lang == "en":
            if re.match(r"['’]s\b", text[end:end + 3]):
                continue  # "the Prime Minister's Office", "the president's visit": no holder named here
            last = _complement_en(text, tokens_after(tokens, end), states, cities, orgs, role_type, end)
            start = _prefix_en(text, tokens, start, states, orgs)
        else:
            last, nests = _complement_fr(text, folded, tokens_after(tokens, end), states, cities, orgs, role_type, end)
        last = start + len(_trimmed(text[start:last], lang))
        before = folded[max(0, start - 12):start]
        former = bool(former_before.search(before)) or "ex-" in before[-4:]
        gender = _title_gender(text, folded, m, start, lang)
        state, posted, org = _title_states(text, folded, m, start, last, states, cities, orgs, role_type, lang)
        role_type = refine_role_type(role_type, folded[start:last])
        if lang == "en":
            role_type = _refine_en(role_type, folded[start:last], state)
        titles.append(TitleMention(start, last, text[start:last], role_type, gender, former, state, posted, org,
                                   plural=bool(m.group("plural")) or m.group("form") in plural_forms(lang), nests=nests))
    return titles


def tokens_after(tokens, end: int) -> list:
    return [t for t in tokens if t.idx >= end]


def _complement_fr(text: str, folded: str, tok_after: list, states, cities, orgs, role_type: str,
                   end: int) -> tuple[int, bool]:
    """Where a French title ends, and whether another title sits inside it: the complements
    (adjectives, "de/du/des/aux" + nouns, orgs, states) go on; a verb, a comma, a quotation, a
    person's name or a date stops it."""
    regex, forms = roles_table("fr")
    lang = "fr"
    last = end
    nests = False
    after_inner_role = False
    listed_to = -1  # the end of a list of portfolios after a comma, read as one complement
    for i, t in enumerate(tok_after):
        low = t.lower_
        if t.idx < listed_to:
            last = t.idx + len(t.text)
            continue
        if t.text == "," and (listed := PORTFOLIO_LIST_FR.match(text, t.idx)) and t.idx == last:
            listed_to = listed.end("items")
            continue
        if after_inner_role and t.pos_ in ("PROPN", "NOUN") and t.text[:1].isupper():
            last = t.idx + len(t.text)
            continue
        after_inner_role = fold(low) in forms and " " not in fold(low) and i > 0 and \
            tok_after[i - 1].lower_ in ("du", "de", "des", "d'", "d’", "la")
        if after_inner_role:
            nests = True
            last = t.idx + len(t.text)
            continue
        if t.is_punct and t.text not in ("'", "’", "-"):
            if t.text == "," and COMMA_CONTINUATION.match(text, t.idx):
                continue
            break
        # "…et des Marocains résidant à l'étranger": a portfolio of citizens abroad goes on.
        abroad = low in ("résidant", "résidents", "vivant", "établis") and i > 0 and any(
            s.start <= tok_after[i - 1].idx < s.end and s.kind == "demonym" for s in states)
        # "l'ambassadeur de X accrédité aux Comores": where the envoy is accredited is his posting.
        accredited = low.startswith("accrédité") and role_type in ("ambassador", "charge_d_affaires", "envoy", "consul")
        if t.pos_ in ("VERB", "AUX") and low not in ("chargé", "chargée", "adjoint", "adjointe", "délégué", "déléguée") \
                and not abroad and not accredited:
            break
        if t.pos_ in ("PRON", "SCONJ", "NUM") or low in ("qui", "que", "a", "ont", "est", "lors", "avant", "après", "depuis", "selon",
                                                         "chez", "devant", "parmi"):
            break
        if low == "pour" and (role_type not in ("envoy", "adviser", "minister", "deputy_minister", "secretary_of_state")
                              or (i + 1 < len(tok_after) and tok_after[i + 1].pos_ in ("VERB", "AUX"))):
            break
        # ("des" right after a comma that goes on with a portfolio: "…, des Collectivités locales")
        if t.pos_ == "DET" and (i == 0 or tok_after[i - 1].pos_ not in ("ADP",)) and low not in ("l'", "la", "l’") \
                and not (low in ("des", "du") and i > 0 and tok_after[i - 1].text == ","):
            break
        if t.pos_ == "PROPN" or (t.text[:1].isupper() and t.pos_ not in ("ADP", "DET")):
            inside = any(s.start <= t.idx < s.end for s in (*states, *cities, *orgs))
            # Portfolios are capitalised after a preposition: "de la Coopération", "des Sports".
            prev_low = tok_after[i - 1].lower_ if i > 0 else ""
            # A capital right after a state is a name, not more title: "ministre des Affaires
            # étrangères du Botswana Pelonomi Venson-Moitoi".
            after_state = i > 0 and any(s.start <= tok_after[i - 1].idx < s.end for s in states)
            # ("envoyé spécial pour le Sahel": an envoy's brief)
            brief = prev_low == "le" and i > 1 and tok_after[i - 2].lower_ == "pour"
            portfolio = brief or prev_low in ("de", "du", "des", "d'", "d’", "la", "l'", "l’", "aux", "au", "et") \
                or (i > 0 and tok_after[i - 1].text[:1].isupper() and tok_after[i - 1].idx < last + 2
                    and not after_state)
            if prev_low in ("et", "and") and t.ent_type_ in ("PER", "PERSON") and not inside:
                break  # "président du Sénat et Claude Bartolone": another person, not a portfolio
            if not inside and portfolio and prev_low not in ("de", "du", "des", "d'", "d’", "la", "l'", "l’", "aux", "au", "et") \
                    and fold(t.text) in known_first_names():
                break  # "ministre de la Défense Paul Kern": a first name after the portfolio opens the holder's name
            if not inside and not portfolio and not t.text.startswith(("Affaires", "État", "Etat", "Europe", "Défense", "Intérieur",
                                                     "Commission", "Conseil", "Union", "Nations", "Commerce",
                                                     "Économie", "Finances", "Sécurité", "République",
                                                     # "de la coopération Internationale": a capitalised adjective
                                                     "International", "Extérieur", "Régional", "Africain")):
                break
        if low in ("à", "au", "aux") and i + 1 < len(tok_after) and _starts_title(folded, tok_after[i + 1].idx, regex, lang):
            break  # "remis par les ambassadeurs au chef de l'État X": the one they are sent to, another title
        if low in ("à", "au", "aux", "en") and role_type not in ("ambassador", "consul", "charge_d_affaires",
                                                                "envoy", "deputy_minister", "secretary_of_state"):
            nxt = tok_after[i + 1] if i + 1 < len(tok_after) else None
            # "ministre à Nairobi" is a place; "ministre d'État aux Affaires étrangères" a portfolio;
            # "le président de transition au Gabon" the state the head serves.
            head_of = role_type in ("head_of_state", "head_of_government") and low in ("au", "en") and nxt is not None \
                and any(x.start <= nxt.idx < x.end and x.kind == "name" for x in states)
            if not head_of and (nxt is None or (nxt.text[:1].isupper() and any(x.start <= nxt.idx < x.end for x in (*cities, *states)))):
                break
        # "ministre des Sports et ancienne ambassadrice", "vice-Premier ministre et ministre des
        # Affaires étrangères": a second post of the same person starts its own title.
        if t.pos_ == "CCONJ" and low in ("et", "and") and i + 1 < len(tok_after) \
                and (_starts_title(folded, tok_after[i + 1].idx, regex, lang)
                     or fold(tok_after[i + 1].lower_) in ("actuel", "actuelle", "ancien", "ancienne", "futur", "future")):
            break  # "… et actuelle Haut-commissaire": a second post
        if t.pos_ == "CCONJ" and not (i + 1 < len(tok_after) and (
                tok_after[i + 1].pos_ in ("ADJ", "ADP", "DET") or tok_after[i + 1].text[:1].isupper()
                or any(x.start <= tok_after[i + 1].idx < x.end for x in states))):
            break
        last = t.idx + len(t.text)
    return last, nests


@cache
def known_first_names() -> frozenset[str]:
    """First names, folded: the first word of every full name of the officials base and every
    name of the first-names table. A capitalised word after a title's complement that is one of
    them opens the holder's name, whatever the model tagged."""
    # Imported here: the officials base reads the titles this module finds (roles → mentions).
    from diplograph.loaders.officials import load_officials, normalize_name

    names = {normalize_name(t.name).split()[0] for t in load_officials().tenures if len(normalize_name(t.name).split()) >= 2}
    table = json.loads((files("diplograph.loaders") / "data" / "first_names.json").read_text(encoding="utf-8"))
    names |= {fold(n) for group in table["groups"] for n in group}
    return frozenset(n for n in names if len(n) >= 3) - _particles()


def _trimmed(title_text: str, lang: str) -> str:
    """A title without its dangling function words ("ministre des" → "ministre")."""
    title_text = title_text.rstrip(" ,;:")
    if lang == "en":
        return DANGLING_EN.sub("", title_text)
    return re.sub(r"(?:\s+(?:de|du|des|d['’]|de la|de l['’]|à|au|aux|en|et|la|le|les|l['’]))+$", "", title_text)


def _title_gender(text: str, folded: str, m: re.Match, start: int, lang: str) -> str | None:
    """The holder's gender a title tells: its article ("la ministre") or its form ("ambassadrice")."""
    if lang == "en":
        return _gender_en(fold(text[m.start():m.end()]))
    det = re.search(r"(?:\b(la|le|l'|les|une|un)\s+(?:\w+\s+)?)$", folded[max(0, start - 20):start])
    if det and det.group(1) in ("la", "une"):
        return "f"
    if det and det.group(1) in ("le", "un"):
        return "m"
    first_word = fold(text[start:m.end()]).split()[-1]
    return "f" if re.search(r"(rice|esse|ee|ente|ointe|cheffe|reine|ale)$", first_word) else None


@cache
def _one_country_titles(lang: str) -> dict[str, str]:
    """Lexicon "title_states", folded: titles that name one country's post."""
    return {fold(k).lower(): v for k, v in lexicon(lang)["title_states"].items() if not k.startswith("_")}


def _title_states(text: str, folded: str, m: re.Match, start: int, last: int, states, cities, orgs, role_type: str,
                  lang: str) -> tuple[str | None, str | None, OrgMention | None]:
    """The state a title acts for, the state it is posted to ("ambassadeur de X au Y") and its
    organisation (whose state it takes when it names none)."""
    inner_states = [s for s in states if start <= s.start and s.end <= last + 1]
    inner_orgs = [o for o in orgs if start <= o.start < last + 1]
    state = posted = None
    # "ministre … des Congolais de l'étranger de la République du Congo": the citizens a portfolio
    # serves abroad are named by a demonym; the state named after them is the title's.
    abroad = [s for s in inner_states if s.kind == "demonym"
              and re.match(r"\s+(?:de\s+l['’]|à\s+l['’]|a\s+l['’])(?:étranger|extérieur|etranger|exterieur)", text[s.end:])]
    if abroad and any(s.kind == "name" and s.start > abroad[-1].end for s in inner_states):
        inner_states = [s for s in inner_states if s not in abroad]
    for s in inner_states:
        prefix = folded[max(start, s.start - 16):s.start]
        if re.search(r"(?:\b(?:a|au|aux|en|aupres\s+d(?:e|u|es)|in|to)\s+(?:la\s+|l'|le\s+|les\s+)?)$", prefix) or (
                role_type == "envoy" and re.search(r"\bpour\s+(?:la\s+|l'|le\s+|les\s+)?$", prefix)):
            if role_type in ("head_of_state", "head_of_government") and state is None:
                state = s.code  # "le président de transition au Gabon" serves Gabon, posted nowhere
                continue
            posted = posted or s.code
        elif state is None:
            state = s.code
    if lang == "en":
        state, posted = _states_of_title_en(folded, start, inner_states, role_type)
    # "Secretary of State Marco Rubio", "le chancelier de la Confédération": a post only one country names so.
    state = state or _one_country_titles(lang).get(fold(text[m.start():last]).lower())
    for c in cities:
        if start <= c.start and c.end <= last + 1 and posted is None and c.country and role_type in (
                "ambassador", "consul", "charge_d_affaires"):
            if re.search(r"(?:\b(?:a|en|in|to)\s+)$", folded[max(start, c.start - 6):c.start]):
                posted = c.country if c.country != state else None
    org = inner_orgs[0] if inner_orgs else None
    if state is None and org is not None:
        state = org.state
    if org is not None and org.kind in ("embassy", "consulate", "mission") and posted is None and org.host_state != state:
        posted = org.host_state
    return state, posted, org


# --- English titles ---------------------------------------------------------------------------
# English writes the state and the modifiers before the title ("Russia's new ambassador to
# Washington", "U.S. Deputy Secretary of State", "Kremlin foreign policy aide") and the name right
# after it without a comma; the complement after the title is a short run of capitalised portfolio
# words after "of"/"for"/"to" ("Minister of International Relations and Cooperation Ronald Lamola").

DANGLING_EN = re.compile(r"(?:\s+(?:of|for|to|the|and|in|at|on|with|'s|’s))+\s*$", re.I)


@cache
def _english_words(key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon("en").get(key, []))


def _inside(idx: int, spans) -> bool:
    return any(x.start <= idx < x.end for x in spans)


def _complement_en(text: str, tok_after, states, cities, orgs, role_type: str, end: int) -> int:
    """The end of an English title's complement: "of State", "for Foreign and Diaspora Affairs",
    "to Washington", "of the European Commission", "for the Middle East peace process"."""
    portfolio = _english_words("portfolio_words")
    # "Minister of Foreign Affairs" may be one form of the table: its complement is already open
    # ("… and Expatriates").
    last, in_complement = end, bool(re.search(r"\b(?:of|for)\s+(?:\S+\s+){0,3}\S+$", text[max(0, end - 40):end]))
    for i, t in enumerate(tok_after):
        low, prev = t.lower_, tok_after[i - 1] if i else None
        if in_complement and i and _inside(t.idx, (*states, *orgs)) and _inside(prev.idx, (*states, *orgs)):
            last = t.idx + len(t.text)  # "of the People’s Republic of China": the rest of a state's name
            continue
        if t.text == "," and in_complement and _next_is_portfolio(tok_after, i, portfolio):
            continue  # "Minister for Finance, Commerce and Business Development": a list of portfolios
        if t.is_punct and t.text not in ("-", "'", "’", "&"):
            break
        # ("special envoy on climate": an envoy's brief, like "for the Sahel")
        if low in ("of", "for", "to") or (low in ("in", "at") and role_type in ("ambassador", "consul", "charge_d_affaires")) \
                or (low == "on" and role_type == "envoy"):
            in_complement = True
            continue
        if low in ("in", "at", "on", "with", "from", "by", "who", "which", "that", "said", "says"):
            break
        if low == "the" and prev is not None and prev.lower_ in ("of", "for", "to", "in", "at"):
            continue
        if low in ("and", "&") and in_complement:
            nxt = tok_after[i + 1] if i + 1 < len(tok_after) else None
            # "Secretary of State and National Security Advisor X": a second post, not a portfolio.
            second_post = nxt is not None and roles_table("en")[0].match(fold(text[nxt.idx:nxt.idx + 60]))
            if nxt is not None and nxt.text[:1].isupper() and not second_post \
                    and (fold(nxt.lower_) in portfolio or _inside(nxt.idx, (*states, *orgs))):
                continue
            break
        if in_complement and role_type in ("ambassador", "consul", "charge_d_affaires", "diplomat") \
                and fold(low) in _english_words("mission_words"):
            last = t.idx + len(t.text)  # "Chargé d'Affaires of the High Commission of Ghana to Nigeria"
            continue
        if t.text[:1].isupper():
            known = _inside(t.idx, (*states, *cities, *orgs))
            if not known and prev is not None and prev.lower_ in ("in", "at"):
                break  # "ambassadors … at State House": a place of the story, not a posting
            if not (in_complement or (prev is not None and prev.text[:1].isupper() and last >= prev.idx)) and not known:
                break
            if not known and fold(low) not in portfolio:
                break
            last = t.idx + len(t.text)
            continue
        if in_complement and t.pos_ in ("NOUN", "ADJ") and (last > end or (prev is not None and prev.lower_ == "the")
                                                            or (role_type == "envoy" and prev is not None and prev.lower_ in ("for", "on"))):
            last = t.idx + len(t.text)  # "for the Middle East peace process"
            continue
        break
    return last


def _next_is_portfolio(tokens, i: int, portfolio: frozenset[str]) -> bool:
    """Whether the comma at ``i`` goes on with a list of portfolios closed by "and" ("…, Commerce
    and Business Development"), not with a name ("Minister for Foreign Affairs, Justice Malala")."""
    seen = False
    for j in range(i + 1, len(tokens)):
        t = tokens[j]
        if t.text == ",":
            continue
        if t.lower_ in ("and", "&"):
            nxt = tokens[j + 1] if j + 1 < len(tokens) else None
            # "…, Trade and Business", or "…, Trade and Minister for Defence": a second post follows.
            return seen and nxt is not None and nxt.text[:1].isupper() and (
                fold(nxt.lower_) in portfolio or bool(roles_table("en")[0].fullmatch(fold(nxt.text))))
        if not (t.text[:1].isupper() and fold(t.lower_) in portfolio):
            return False
        seen = True
    return False


def _prefix_en(text: str, tokens, start: int, states, orgs) -> int:
    """Where an English title begins once the words before it are taken in: a state or its
    possessive ("Guyana's", "Jamaican", "U.S."), an institution ("Kremlin", "State Department",
    "CARICOM"), and modifiers ("new", "acting", "government", "foreign policy")."""
    modifiers, portfolio = _english_words("title_modifiers"), _english_words("portfolio_words")
    before = [t for t in tokens if t.idx + len(t.text) <= start]
    pos = start
    for t in reversed(before):
        gap = text[t.idx + len(t.text):pos]
        if gap not in (" ", ""):
            break
        low = fold(t.lower_)
        if t.text in ("'s", "’s", "'", "’"):
            owner = t.doc[t.i - 1] if t.i > 0 else None
            whose = next((x for x in (*states, *orgs) if owner is not None and x.start <= owner.idx < x.end), None)
            # (a country of several words is one even when the model took it for a person: "Sri Lanka's")
            if whose is None or (owner.ent_type_ == "PERSON" and whose.start == owner.idx):
                break  # "President X's aide": the person's, not part of the title
            pos = t.idx
            continue
        mention = next((x for x in (*states, *orgs) if x.start <= t.idx < x.end), None)
        # (a demonym the model took into a name is still one: "Sri Lankan Foreign Secretary X")
        if mention is not None and (t.ent_type_ != "PERSON" or getattr(mention, "kind", None) == "demonym"
                                    or mention.start < t.idx or mention.end > t.idx + len(t.text)):
            pos = min(t.idx, mention.start)
            continue
        if low in modifiers or (t.text[:1].isupper() and ((t.ent_type_ in ("ORG", "NORP", "GPE") and t.i > 0) or low in portfolio)):
            pos = t.idx
            continue
        if low in ("and", "&") and pos < start and t.i > 0 and t.doc[t.i - 1].text[:1].isupper() \
                and fold(t.doc[t.i - 1].lower_) in portfolio:
            pos = t.idx  # "Foreign Affairs and External Trade Minister": portfolios joined before the title
            continue
        break
    return pos if re.match(r"\S", text[pos:pos + 1] or " ") else start


FOREIGN_AFFAIRS_EN = re.compile(r"\bforeign\b(?:\s+and\s+\w+)?\s+affairs|external\s+affairs|international\s+relations|\bforeign\b")


def _refine_en(role_type: str, folded_title: str, state: str | None) -> str:
    """English titles made specific by their words or their state, as French ones are: a
    minister "for Foreign and Diaspora Affairs" is a foreign minister; the American Secretary of
    State is the foreign minister (as "secrétaire d'État américain" is)."""
    if role_type == "minister" and FOREIGN_AFFAIRS_EN.search(folded_title):
        return "foreign_minister"
    if role_type == "secretary_of_state" and state == "USA" and not re.search(r"deputy|assistant|under", folded_title):
        return "foreign_minister"
    return role_type


def _gender_en(folded_form: str) -> str | None:
    if re.search(r"woman\b|\b(?:queen|princess|empress|duchess|chairwoman)\b", folded_form):
        return "f"
    if re.search(r"(?:spokes|chair)man\b|\b(?:king|prince|emperor|congressman)\b", folded_form):
        return "m"
    return None


def _states_of_title_en(folded: str, start: int, inner_states, role_type: str) -> tuple[str | None, str | None]:
    """The state a title acts for and the state it is posted to: "Russia's ambassador to
    Washington" → (RUS, USA); "chargé d'affaires in Warsaw" → (None, POL)."""
    state = posted = None
    for s in inner_states:
        prefix = folded[max(start, s.start - 12):s.start]
        if re.search(r"\b(?:to|in|at)\s+(?:the\s+)?$", prefix) and role_type not in ("counterpart",):
            posted = posted or s.code
        elif re.search(r"\b(?:of|for)\s+(?:the\s+)?$", prefix) and state is not None:
            continue
        elif state is None:
            state = s.code
    return state, posted


FOREIGN_AFFAIRS = re.compile(r"affaires etrangeres|relations exterieures|affaires exterieures|foreign affairs|"
                             r"chef(?:fe)? de la diplomatie|europe et des affaires")


def refine_role_type(role_type: str, folded_title: str) -> str:
    """A generic title made specific by its complement.

    >>> refine_role_type("minister", "ministre egyptien des affaires etrangeres")
    'foreign_minister'
    """
    if role_type == "minister" and FOREIGN_AFFAIRS.search(folded_title):
        return "foreign_minister"
    if role_type == "ambassador" and re.match(r"haute?[- ]commissaire", folded_title) \
            and re.search(r"\bnations\b|\bonu\b|droits de l'homme|refugies|\bhcr\b", folded_title):
        return "official"  # the UN's high commissioner, not a Commonwealth envoy
    if role_type == "secretary_of_state" and re.search(r"americain|des etats-unis|\bus\b", folded_title) \
            and not re.search(r"adjoint|charge|aupres", folded_title):
        return "foreign_minister"
    if role_type == "secretary_general" and re.match(r"presidente?\s+de\s+la\s+commission\s+(?:des|de\s+la|du|de\s+l')\s*",
                                                     folded_title) \
            and not INTERNATIONAL_BODY.search(folded_title) and not re.search(r"union|ceeac|igad|comesa|oif|francophonie",
                                                                              folded_title):
        # "président de la Commission des Affaires étrangères… au Sénat": a parliamentary committee.
        return "official"
    if role_type == "head_of_government" and re.search(r"\bconseil\s+(?:national|des\s+etats|regional|municipal|general|"
                                                       r"departemental|economique|constitutionnel|superieur)", folded_title):
        return "official"  # "présidente du Conseil national": a chamber's or a council's head, not Italy's premier
    if role_type == "head_of_state" and INSTITUTION.search(folded_title) and not RULING_BODY.search(folded_title):
        # "président de la Cour suprême", "présidente de l'Assemblée nationale": the head of a
        # court, a parliament or a commission, not of a state. An international body's head is
        # its secretary-general in all but name ("président de la Commission de l'UA").
        # A bare "président de la Commission" in diplomatic news is the AU's or the EU's.
        international = INTERNATIONAL_BODY.search(folded_title) or re.search(
            r"\b(?:de\s+la|du)\s+(?:commission|conseil)(?:\s+(?:actuelle?|sortante?))?$", folded_title)
        return "secretary_general" if international else "official"
    return role_type


#: Bodies whose head is not a head of state, as the complement of "président(e)" (folded).
INSTITUTION = re.compile(
    r"\b(?:de\s+la\s+|de\s+l'|du\s+|des\s+)(?:haute?\s+|grande?\s+|premiere\s+)?(?:cour|tribunal|parlement|assemblee|senat|chambre|"
    r"conseil|commission|comite|banque|parti|fondation|federation|universite|association|conference|congres|"
    r"mouvement|syndicat|groupe|club|organisation|agence|office|fonds|institut|observatoire|"
    r"autorite\s+(?:de|des|du|nationale)|cena|ceni)\b")
#: ... unless the body rules the state: "président du Conseil souverain", "du Conseil présidentiel",
#: "du Comité national pour le salut du peuple", "du Conseil militaire de transition".
RULING_BODY = re.compile(r"souverain|presidentiel|transition|salut|militaire|revolutionnaire|conseil\s+d'etat\b|"
                         r"autorite\s+palestinienne|confederation")
INTERNATIONAL_BODY = re.compile(r"europe|afric|mondial|international|des\s+nations|\bonu\b|\bua\b|\bue\b|cedeao|"
                                r"ecowas|sadc|asean|ligue\s+arabe|\bbad\b|\bfmi\b|\bcemac\b|\buemoa\b")


# Words of time that the model (or a capital at the start of a word) glues to a name: "le
# président Emmanuel Macron lundi", "Mme X Mardi". They end a name; a capitalised month may be a
# name ("Mai", "Juin") so French months only count in lower case, and English months (May and June
# are names too) only before a day ("… Lamola March 12").
@cache
def _time_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(words of time, French months, months of every language), from the lexicons."""
    time_words = frozenset(w.lower() for key in ("weekdays", "relative_days", "time_words") for w in words_of_all(key))
    return time_words, frozenset(lexicon("fr")["months"]), frozenset(words_of_all("months"))


def _cut_time_words(text: str, start: int, end: int) -> int:
    """The end of a name before the first word of time in [start, end)."""
    time_words, months_fr, months = _time_words()
    for m in re.finditer(r"[\w'’-]+", text[start:end]):
        word = m.group(0).lower().replace("’", "'")
        if word in time_words or (m.group(0) in months_fr) or (word in months and re.match(r"\s+\d", text[start + m.end():])):
            return start + m.start()
    return end


def _widen_person(doc, ent, blocked, cities) -> tuple[int, int]:
    """A PER entity widened over the name parts the model left out: "Ahmed" in "Ahmed Attaf"
    (the surname untagged), "Nkosazana" in "Nkosazana Dlamini-Zuma" (the first name tagged LOC).
    Only capitalised proper nouns that touch the entity and no gazetteer entry claims."""
    def free(tok) -> bool:
        lo, hi = tok.idx, tok.idx + len(tok.text)
        # The tagger often calls a rare surname NOUN or ADJ ("Attaf"): any capitalised content word.
        return (tok.pos_ in ("PROPN", "NOUN", "ADJ", "X") and tok.text[:1].isupper() and tok.text.isalpha()
                and tok.text.lower() not in _time_words()[0]
                and tok.text not in _time_words()[1] and not honorific().match(tok.text + " ")
                and not any(b.start < hi and lo < b.end for b in (*blocked, *cities)))
    start, end = ent.start, ent.end
    while end < len(doc) and end - ent.end < 2 and doc[end - 1].whitespace_ and free(doc[end]) \
            and not (doc[end].ent_type_ and doc[end].ent_type_ != "PER" and doc[end].ent_iob_ == "B" and doc[end].ent_type_ != "LOC"):
        end += 1
    while start > 0 and ent.start - start < 2 and doc[start - 1].whitespace_ and free(doc[start - 1]) \
            and (start - 1 == 0 or not doc[start - 2].text[:1].isupper()):
        start -= 1
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def find_persons(text: str, doc, states: list[StateMention], cities: list[CityMention], orgs: list[OrgMention],
                 titles: list[TitleMention]) -> list[PersonMention]:
    """Person names: PER entities, names after honorifics, names right after a title; each
    candidate span cleaned (honorific, swallowed title, time words) and overlapping readings of
    one name kept once."""
    blocked, candidates = _person_candidates(text, doc, states, cities, orgs, titles)
    persons = _clean_persons(text, doc, candidates, blocked, cities, titles)
    # "CARICOM FOREIGN MINISTERS ENGAGE US SECRETARY…": one word of a headline in capitals is no name.
    letters = [c for c in text if c.isalpha()]
    if len(letters) > 20 and sum(c.isupper() for c in letters) > 0.8 * len(letters):
        persons = [p for p in persons if not (p.text.isupper() and len(p.text.split()) == 1)]
    return persons


def _person_candidates(text: str, doc, states, cities, orgs, titles) -> tuple[list, list[tuple[int, int, str | None]]]:
    """The spans that may be names, and what a name may not overlap (states, orgs, titles)."""
    # A name inside a title that nests another ("envoyé du président Emmanuel Macron") is a person.
    blocked = [*states, *orgs, *(t for t in titles if not t.nests)]
    # "François Hollande": a state's name as the surname of a tagged name ("Hollande" is also the
    # Netherlands). It is a name when a first name the gazetteers do not know stands right before it.
    for ent in doc.ents:
        if ent.label_ in PERSON_LABELS and len(ent) >= 2:
            last = ent[-1]
            st = next((s for s in states if s.start == last.idx and s.end == last.idx + len(last.text)
                       and s.kind in ("name", "capital")), None)
            if st is not None and ent[-2].text[:1].isupper() and not any(
                    s.start <= ent[-2].idx < s.end for s in (*states, *cities, *orgs, *titles)):
                blocked.remove(st)
                states.remove(st)
    candidates: list[tuple[int, int, str | None]] = []
    for ent in doc.ents:
        if ent.label_ in PERSON_LABELS:
            # "s'est rendu au Grand Sérail": after a place preposition it is a building, not a person.
            if re.search(r"(?:\b(?:au|aux|à|dans|vers|devant)\s+(?:la\s+|le\s+|l['’])?)$", text[max(0, ent.start_char - 12):ent.start_char]):
                continue
            # "l'édifice Lester B. Pearson", "l'aéroport Charles-de-Gaulle": a place named after someone.
            if re.search(r"(?:édifice|bâtiment|salle|palais|centre|hôtel|aéroport|lycée|rue|avenue|boulevard|place|pont|"
                         r"stade|université|institut|fondation|prix|porte-avions|navire|base|quai|musée|hôpital)\s+$",
                         text[max(0, ent.start_char - 15):ent.start_char], re.I):
                continue
            if doc.lang_ == "en" and (_place_named_en(text, ent.start_char, ent.end_char)
                                      or NOT_A_PERSON_AFTER_EN.match(text[ent.end_char:ent.end_char + 20])):
                continue
            candidates.append((*_widen_person(doc, ent, blocked, cities), None))
    if doc.lang_ == "en":
        candidates += _names_after_state_en(text, states, cities, orgs, titles)
    candidates += _names_inside_places(text, doc, states, cities)
    for m in name_after_honorific().finditer(text):
        if any(t.start <= m.start("name") < t.end for t in titles):
            continue  # "His Excellency President X", "Mr President": the name, if any, comes later
        gender = "f" if is_feminine_honorific(m.group("hon")) else "m"
        candidates.append((m.start("name"), m.end("name"), gender))
    for m in NICKNAMED.finditer(text):
        candidates.append((m.start(), m.end(), None))
    # "Yoweri Museveni (Ouganda)": a capitalised name followed by a state in brackets.
    # ("Muhannad M.A. Alhammouri (Palestine)": initials with their dots.)
    for m in re.finditer(r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){1,3})\s*\(\s*(?P<inner>[^()]{2,40}?)\s*\)", text):
        if any(s.start >= m.start("inner") and s.end <= m.end("inner") for s in states):
            candidates.append((m.start("name"), m.end("name"), None))
    for t in titles:
        rest = text[t.end:]
        gap = re.match(r"[\s,]*(?:(?:sortante?|par\s+intérim)\s*)?\(?\s*(?:(?:M\.|Mme|MM\.)\s+)?", rest)
        m = CAPITALISED_NAME.match(rest, gap.end()) if gap else None
        if m:
            candidates.append((t.end + m.start("name"), t.end + m.end("name"), t.gender))
    return blocked, candidates


def _names_inside_places(text: str, doc, states, cities) -> list[tuple[int, int, None]]:
    """"de la République de Moldova Nicu Popescu": the model tags the state and the name after it
    as one place; two or more capitalised words after the state that no gazetteer knows are a name."""
    out = []
    for ent in doc.ents:
        if ent.label_ in PERSON_LABELS:
            continue
        st = next((s for s in states if ent.start_char <= s.start and s.end < ent.end_char), None)
        gap = re.match(r"\s+", text[st.end:ent.end_char]) if st is not None else None
        rest = CAPITALISED_NAME.match(text, st.end + gap.end(), ent.end_char) if gap else None
        first = span_first_word(rest.group("name")) if rest else ""
        # (a first name: one the officials base or the first-names table knows, or no common word
        # of the language: not "Coast Guard", "Fire Force")
        if rest and rest.end("name") == ent.end_char and " " in rest.group("name").strip() \
                and not any(rest.start() <= x.start < rest.end() for x in (*states, *cities)) \
                and (fold(first) in known_first_names()
                     or doc.vocab.vectors.shape[0] > 0 and not doc.vocab.has_vector(first.lower())):
            out.append((rest.start("name"), rest.end("name"), None))
    return out


#: The family name of an Arabic name, after its particle: " Al Nahyan", " Al-Thani", " el-Sissi".
FAMILY_TAIL = re.compile(r"\s+(?:Al|El|al|el)[\s-][A-Z][\w'’-]+")


def _clean_persons(text: str, doc, candidates: list[tuple[int, int, str | None]], blocked: list, cities,
                   titles) -> list[PersonMention]:
    """Each candidate as a clean name, or left out (credits, headlines, honorifics alone…)."""
    persons: list[PersonMention] = []
    for start, end, gender in sorted(candidates, key=lambda c: (c[0], -(c[1] - c[0]))):
        if _is_credit(text, start, end):
            continue
        first = fold(span_first_word(text[start:end]))
        if first in folded_words("headline_function_words") and (first not in known_first_names() or " " not in text[start:end].strip()):
            continue  # "…Summons Canadian Ambassador To Issue Demarche": a Title Case headline, not a name (but "Saïd X")
        if start > 0 and text[start - 1] in "-‑" and text[start - 2:start - 1].isalpha():
            continue  # "la députée d'Ahuntsic-Cartierville": the tail of a hyphenated place, not a name
        span = text[start:end]
        hon = honorific().match(span)
        if hon:
            gender = gender or ("f" if is_feminine_honorific(span) else "m")
            start += hon.end()
            span = text[start:end]
        # "Roi Mohammed VI", "Président Ouattara": a title the model took into the name begins it.
        for t in titles:
            if t.start <= start < t.end < end and not t.plural and text[t.end:end].strip()[:1].isupper():
                start = t.end + len(text[t.end:end]) - len(text[t.end:end].lstrip())
        # Cut at a title or org that the model swallowed into the name, and at a word of time.
        for b in blocked:
            if start < b.start < end:
                end = b.start
        end = _cut_time_words(text, start, end)
        # "L'ambassadeur X de la Côte d'Ivoire": a particle ending the span opens a place, not a name.
        end = start + len(re.sub(r"(?:\s+(?:de|du|des|la|le|d['’]))+\s*$", "", text[start:end]))
        end = start + len(CAPTION_TAIL.sub("", text[start:end]))  # "X Photo: supplied", "X .jpeg"
        family = FAMILY_TAIL.match(text, end)
        if family and not any(start < b.start < family.end() for b in blocked):
            end = family.end()  # "Abdullah Bin Zayed Al Nahyan": the model stopped before the family name
        # "…, Kwame Mensah. Au programme…": a stop after a word of two letters or more ends the name
        # (inside a quotation the sentence splitter leaves such stops alone).
        stop = re.search(r"(?<=[a-zà-ÿ]{2})\.\s+(?=[A-ZÀ-Ý])", text[start:end])
        if stop:
            end = start + stop.start()
        if doc.lang_ == "en":
            end = start + len(re.sub(r"['’‘]s?$", "", text[start:end]))  # "Netanyahu's office": the name alone (‘ typed for ’)
            # "Tesfaye Meets Kenyan…", "Sikua Holds Talks", "President Agrees To Meet His…": a Title
            # Case headline's verb or function word ends the name; "Ali’s Facebook page": so does a possessive.
            words = text[start:end].split(" ")
            # (not after a name's particle: "Haitham bin Tariq Al Said" ends with a name, not a verb)
            cut = next((i for i, w in enumerate(words) if i and fold(words[i - 1]) not in _particles()
                        and (w.lower() in folded_words("headline_verbs")
                             or (w[:1].isupper() and fold(w) in folded_words("headline_function_words"))
                                                                 or re.search(r"['’]s$", words[i - 1]))), None)
            if cut is not None:
                end = start + len(re.sub(r"['’‘]s?$", "", " ".join(words[:cut])))
            if words and words[0].lower() in folded_words("headline_verbs"):
                continue
            name = re.sub(r"(?<=[a-z]{2})\.[A-Z].*$", "", text[start:end])  # "Blinken.The": a space lost after a stop
            end = start + len(_name_suffix_en().sub("", name))
            end = start + len(re.sub(r"-(?:era|led|backed|style)$", "", text[start:end]))  # "Trump-era policies"
        span = text[start:end].split("(")[0].rstrip(" ,.;:'’-")  # "Gervais Abayeho(à droite)": no bracket in a name
        end = start + len(span)
        if not span or not span[:1].isupper() or len(span) < 2:
            continue
        if any(b.start <= start and end <= b.end for b in blocked):
            continue
        if any(c.start <= start and end <= c.end for c in cities):
            continue
        if fold(span) in _honorifics_alone() or fold(span.rstrip(".")) in _honorific_words() or all(
                fold(w.rstrip(".")) in _honorific_words() or fold(w) in folded_words("no_name_alone")
                for w in span.replace("(", " ").replace(")", " ").split()):
            continue  # "Ms" alone, split from "Ms. Virginia Palmer"; "H.H. Sheikh"; "(Retd)"
        if len(span) <= 4 and " " not in span and re.match(r"\.\s+[A-ZÀ-Ý]", text[end:end + 3]):
            continue  # "Ma." (María), "Md.": an abbreviated first name before the name, not a person
        if _room().fullmatch(span):
            continue  # "the Council Chamber of the State House": a room the model took for a name
        if span.replace(".", "").isupper() and len(span.replace(".", "")) <= 5:
            continue  # "NDLR", "AFP": an editor's note or an acronym, not a name
        if span.isupper() and any(w in _caps_function_words() for w in span.lower().split()):
            continue  # "ET DEUX REPRESENTANTS DES", "US STATE SEC": a line in capitals, not a name
        if not re.search(r"[A-Za-zÀ-ÿ]", span):
            continue  # a word in another script: the page's chrome, not a name the article writes
        words = span.split()
        if all(w.lower() in ("le", "la", "les", "selon", "président", "ministre") for w in words):
            continue
        prev = persons[-1] if persons else None
        if prev and start < prev.end:
            # Overlapping readings of one name ("Mohamed" by the model, "Mohamed Ould Cheikh
            # El Ghazouani" after "M."): keep the longer.
            if end - start > prev.end - prev.start:
                prev.start, prev.end, prev.text = start, end, span
            if gender and not prev.gender:
                prev.gender = gender
            continue
        persons.append(PersonMention(start, end, span, gender))
    return persons


#: A nickname in quotes inside a name: 'Ferdinand "Bongbong" Marcos Jr.', 'Rodrigo « Digong » Duterte'.
NICKNAMED = re.compile(r"\b[A-ZÀ-Ý][\w'’-]+\s+[“\"«‘]\s?[A-ZÀ-Ý][\w'’-]+\s?[”\"»’]\s+[A-ZÀ-Ý][\w'’-]+"
                       r"(?:\s+(?:Jr\.?|Sr\.?|II|III|[A-ZÀ-Ý][\w'’-]+))?")


# "at the Akorda presidential palace", "in Diriyah": after a place preposition, or before a
# building's noun, a name is a place named after someone or a building, not a person.
PLACE_BEFORE_EN = re.compile(r"\b(?:at|in|inside|outside|near)\s+(?:the\s+)?$", re.I)


@cache
def _caps_function_words() -> frozenset[str]:
    """Words no name holds as a word of its own, which a line in capitals may ("et", "des", "of",
    "state"): the function words of both languages and the words of titles."""
    return frozenset({"et", "de", "des", "du", "la", "le", "les", "and", "of", "the", "for"}) | title_words() \
        | frozenset(w for w in _english_words("portfolio_words"))


@cache
def _place_after_en() -> re.Pattern:
    """A building's noun after the name ("the Akorda presidential palace", "Nelson Mandela Hall")."""
    nouns = alternation(lexicon("en")["building_nouns"])
    return re.compile(rf"^\s+(?:presidential\s+|royal\s+|state\s+)?(?:{nouns})\b", re.I)


@cache
def _room() -> re.Pattern:
    """A building's noun alone, which no one is named ("the Council Chamber of the State House");
    "Hall" and "House" are surnames too (``building_nouns_also_names``)."""
    names = set(words_of_all("building_nouns_also_names"))
    return re.compile(alternation(w for w in words_of_all("building_nouns") if w not in names), re.I)


#: "the Trump administration", "the Modi government": a name that stands for a government.
NOT_A_PERSON_AFTER_EN = re.compile(r"(?:['’]s)?\s+(?:administration|government|cabinet|era|doctrine|camp|years)\b", re.I)


def _place_named_en(text: str, start: int, end: int) -> bool:
    return bool(PLACE_BEFORE_EN.search(text[max(0, start - 12):start]) or _place_after_en().match(text[end:end + 30]))


# "Uzbekistan's Shavkat Mirziyoyev", "Guyana's Irfaan Ali": a state's possessive before a name
# the small English model often misses or calls an organisation.
NAME_AFTER_STATE_EN = re.compile(r"['’]s\s+(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+(?:(?:bin|bint|ibn|al|el|da|de|van|von)\s+)?"
                                 r"[A-ZÀ-Ý][\w'’.-]+){1,3})")


def _names_after_state_en(text: str, states, cities, orgs, titles) -> list[tuple[int, int, str | None]]:
    out = []
    for m in NAME_AFTER_STATE_EN.finditer(text):
        if not any(s.end == m.start() for s in states):
            continue
        lo, hi = m.start("name"), m.end("name")
        if any(x.start < hi and lo < x.end for x in (*states, *cities, *orgs, *titles)):
            continue
        out.append((lo, hi, None))
    return out


CREDIT_BEFORE = re.compile(r"(?:^|\n)\s*(?:Par|By|De notre (?:envoyée?|correspondante?)(?: spéciale?)?(?: à \w+)?,?)\s+$|"
                           r"(?:©|Photo\s*:|Crédit\s*:|Photo\s+de|Source\s*:)\s*$", re.I)
# ("X, envoyé spécial à Kiev" is a reporter; "X, envoyé spécial du Président", "… pour le Sahel" or
# "… américain" a diplomat.)
CREDIT_AFTER = re.compile(r"^\s*(?:/\s*(?:AFP|Reuters|AP|EPA|Getty|Sipa|Anadolu|Xinhua)\b|,\s*(?:envoyée?\s+spéciale?"
                          r"(?!\s+(?:du|de|des|d['’]|pour|auprès|chargée?)\b|\s+(?!dans\b|avec\b|sur\b|depuis\b)[a-zéèêëîïôûç]{4,}\b)|"
                          r"correspondante?|journaliste|photographe|avec\s+AFP)\b|\s*\((?:avec\s+)?AFP\)|"
                          # "according to Roya's correspondent": the outlet whose reporter tells it
                          r"['’]s\s+(?:correspondent|reporter|journalist|crew)s?\b)", re.I)


# A caption's chrome the model took into a name: "Inoke Kubuabola Photo", "Shirley Botchwey .jpeg".
CAPTION_TAIL = re.compile(r"(?:\s*\.(?:jpe?g|png|gif|webp)|\s+(?:photos?|file|crédits?|credits?|image|vidéo|video))\s*$", re.I)
# A caption or credit line: "(Photo : X / Y)", "Crédits : …", "© …", "Légende : …".
CREDIT_LINE = re.compile(r"^\s*[(\[]?\s*(?:©|(?:photos?|crédits?|credits?|légende|illustration|image|vidéo|source)\b)", re.I)
# "X / Reuters", "X/Présidence": the credit format, a name then a slash and the owner.
CREDIT_SLASH = re.compile(r"^\s*/\s*[A-ZÀ-Ý]")


# English wire footers and bylines: "Reporting by X in Moscow; Editing by Y", "Writing by Z".
CREDIT_LINE_EN = re.compile(r"^\s*[(\[]?\s*(?:(?:additional\s+)?reporting|writing|editing|compiled|produced|"
                            r"photograph|photo|picture|video)\b[^\n]{0,40}?\bby\b", re.I)


#: An English byline on a line of its own: "By Humeyra Pamuk and Simon Lewis".
BYLINE_EN = re.compile(r"\s*By\s+[A-Z][\w.'’ -]{1,40}(?:(?:,|\s+and)\s+[A-Z][\w.'’ -]{1,40}){0,3}\s*")


# A dateline's agency: "Turin, April 19 (LaPresse) – …", "Dakar, 3 mai (APS) - …".
DATELINE_CREDIT = re.compile(r"\)\s*[–—-]")


def _is_credit(text: str, start: int, end: int) -> bool:
    """Bylines, captions and photo credits name journalists and photographers, not officials:
    "Par Marie Dupont", "© X / AFP", "(Photo : Ministère / X)"."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return bool(CREDIT_BEFORE.search(text[max(0, start - 40):start]) or CREDIT_AFTER.match(text[end:end + 40])
                or CREDIT_LINE_EN.match(text[line_start:start])
                or BYLINE_EN.fullmatch(text[line_start:line_end if line_end >= 0 else len(text)])
                or CREDIT_LINE.match(text[line_start:start]) or CREDIT_SLASH.match(text[end:end + 10])
                or (text[start - 1:start] == "(" and DATELINE_CREDIT.match(text[end:end + 5]) is not None))


@cache
def _particles() -> frozenset[str]:
    """Small words inside a name ("de", "bin", "van") that are no surname by themselves."""
    return frozenset(words_of_all("name_particles"))


def span_first_word(span: str) -> str:
    return span.split()[0] if span.split() else ""


def add_known_names(text: str, doc, found: SentenceMentions, names: list[str]) -> None:
    """Later mentions of persons the article named in full, which the model did not tag: "Japarov
    offered to host…" after "Kyrgyzstan's Sadyr Japarov". A word of a known name (not its first
    name) standing alone and capitalised, where no other mention is, is that person."""
    words = _known_words(tuple(names))
    # (A token that is one of the words is written in the sentence: most sentences have none.)
    if not any(w in text or _particle_lowered(w) in text for w in words):
        return
    taken = [*found.persons, *found.states, *found.cities, *found.orgs, *found.titles]
    # (Read in the text, not by token: the model splits "Al-Rawahi" into three.)
    for w in words:
        # "al-Ansari" after "Majed Al-Ansari": a particle joined to the name may be written in lower case.
        forms = alternation({w, _particle_lowered(w)})
        for m in re.finditer(rf"(?<![\w’'-])(?:{forms})(?![\w-])", text):
            lo, hi = m.span()
            nxt = next((t for t in doc if t.idx >= hi), None)
            if not _overlaps(lo, hi, taken) and not (nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN"):
                found.persons.append(PersonMention(lo, hi, w))
    found.persons.sort(key=lambda p: p.start)


def _particle_lowered(word: str) -> str:
    """"Al-Ansari" → "al-Ansari": the form with its joined particle in lower case (the word itself otherwise)."""
    head, dash, rest = word.partition("-")
    return f"{head.lower()}{dash}{rest}" if dash and fold(head) in folded_words("name_particles") else word


@lru_cache(maxsize=8)
def _known_words(names: tuple[str, ...]) -> dict[str, str]:
    """The words of :func:`add_known_names` and the name each stands for (the same for every
    sentence of an article, so made once)."""
    words = {}
    for name in names:
        parts = name.split()
        for w in parts[1:]:
            if len(w) >= 3 and fold(w) not in _particles() and w[:1].isupper():
                words.setdefault(w, name)
    # "Bilawal said…" after "Bilawal Bhutto Zardari", "Retno said…" after "Retno Marsudi", "Wang…"
    # after "Wang Yi" (family name first): a name's first word stands for its person when no other
    # name of the article has that word and it is not a common given name (lexicon
    # "common_given_names") nor a word of a title the model took into the name ("Secretary Blinken").
    firsts = [n.split()[0] for n in names if len(n.split()) >= 2]
    for w in firsts:
        if len(w) >= 4 and w[:1].isupper() and sum(w in n.split() for n in set(names)) == 1 \
                and fold(w) not in _particles() and fold(w) not in folded_words("common_given_names") \
                and fold(w) not in title_words() and fold(w) not in _honorific_words():
            words.setdefault(w, w)
    return words


#: "Bruno Le Maire", "Marine Le Pen": a capitalised word after a name's particle is the surname,
#: not a title ("maire").
SURNAME_PARTICLE_BEFORE = re.compile(r"[A-ZÀ-Ý][\w'’-]+\s+(?:Le|La|De|Du|Des|Van|Von|Di|Da|Del)\s+$")


def find_mentions(text: str, doc, gaz: Gazetteer) -> SentenceMentions:
    """All mentions in one sentence; offsets are relative to the sentence."""
    folded = fold(text)
    if len(folded) == len(text) and ("—" in text or "–" in text):
        # "TOKYO—Tokyo summoned…": a dash glued to a word is no hyphen of a compound ("Bosnie-Herzégovine").
        folded = "".join(" " if ch in "—–" else f for ch, f in zip(text, folded))
    # "François Hollande", "Georges Washington": a state's or a capital's name right after a first
    # name is a surname.
    states = [st for st in find_states(text, folded, gaz) if not (
        st.kind in ("name", "capital") and (m := re.search(r"(?<![\w'’-])([A-ZÀ-Ý][\w-]+)\s+$", text[max(0, st.start - 25):st.start]))
        and fold(m.group(1)) in known_first_names())]
    cities = find_cities(text, folded, gaz, states)
    orgs = find_orgs(text, folded, gaz, states, cities)
    # (The tokens are only read around a title: most sentences have none.)
    tokens = list(doc) if roles_table(gaz.lang)[0].search(folded) else []
    titles = [t for t in find_titles(text, folded, tokens, states, cities, orgs, gaz.lang)
              if not (text[t.start:t.start + 1].isupper() and " " not in t.text.strip()
                      and SURNAME_PARTICLE_BEFORE.search(text, 0, t.start))]
    persons = find_persons(text, doc, states, cities, orgs, titles)
    # "Santiago Peña", "Paris Hilton", "François Hollande": a capital, a city or a state's name
    # inside a person's name is not a place, nor the state of a title around it ("envoyé spécial
    # de François Hollande").
    inside = lambda m: any(p.start <= m.start and m.end <= p.end and p.end - p.start > m.end - m.start for p in persons)
    named = [st for st in states if st.kind in ("capital", "name") and inside(st)]
    states = [st for st in states if st not in named]
    cities = [c for c in cities if not inside(c)]
    for t in titles:
        for attr in ("state", "posted_to"):
            code = getattr(t, attr)
            if code and any(st.code == code and t.start <= st.start < t.end for st in named) \
                    and not any(st.code == code and t.start <= st.start < t.end for st in states):
                setattr(t, attr, None)
    return SentenceMentions(states, cities, orgs, persons, titles)
