"""extract_facts: one article in, an :class:`Extraction` of frozen facts out.

Steps: split sentences ourselves (see text.py), parse each with the trained
pipeline, find mentions, group persons, then link titles to persons (posts),
build meetings and attribute statements. Every fact keeps its evidence.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
import re
from functools import cache
from collections.abc import Iterable, Iterator
from itertools import islice
from dataclasses import replace

from diplograph.loaders.context import GUESS, Context, Sentence
from diplograph.loaders.dates import find_dates, is_date_line, page_date, page_day, written_on
from diplograph.loaders.errors import DateFormatError
from diplograph.loaders.facts import Article, DateValue, Extraction, Organization, Person, RoleHolding, State
from diplograph.loaders.gazetteer import Gazetteer, load_gazetteer
from diplograph.loaders.meetings import extract_meetings
from diplograph.loaders.lexicon import alternation, folded_words, lexicon
from diplograph.loaders.mentions import PersonMention, add_known_names, find_mentions
from diplograph.loaders.nlp import in_relative_clause_of_past, indices_where
from diplograph.loaders.officials import apply_officials, find_known_names, lookup, normalize_name, officeholder_surnames
from diplograph.loaders.persons import cluster_persons
from diplograph.loaders.positions import extract_positions
from diplograph.loaders.roles import bare_minister, host_state, link_titles, states_from_peers, states_of_plural_titles
from diplograph.loaders.text import fold, quotation_spans, split_sentences

__all__ = ["extract_facts", "extract_many", "parse_ahead", "story_sentences"]

FUTURE_CUES = re.compile(
    r"\b(?:doit|doivent|devra|devront|prévue?s?|se\s+tiendra|se\s+tiendront|aura\s+lieu|auront\s+lieu|"
    r"prochaine?s?|will|is\s+due|are\s+due|scheduled|"
    r"\w{3,}(?:eraient|erait|iraient|irait|draient|drait))\b",
    re.I,
)
# "sous la présidence de X", "sous l'administration Obama" (the US sense: the president's term),
# "sous le mandat de X" (a head of state's or a head of government's).
PRESIDENCY = re.compile(
    r"\bsous\s+(?:(?P<head>la\s+présidence|l['’]administration)\s+(?:de\s+|d['’])?|le\s+mandat\s+(?:de\s+|d['’]))", re.I)


# Country-code domains that are sold as generic names and say nothing about the outlet.
GENERIC_TLDS = {"tv", "co", "io", "me", "ai", "fm", "am", "ly", "to", "cc", "ws", "nu", "gg", "so", "la", "im",
                "is", "it", "in", "cd", "sh", "ac", "vc", "gl", "re"}


def home_state(url: str | None) -> str | None:
    """The outlet's country from its country-code domain, or None.

    >>> home_state("https://www.elmoudjahid.dz/fr/actualites/1")
    'DZA'
    >>> home_state("https://news.example.org/x") is None
    True
    """
    if not url:
        return None
    m = re.match(r"^[a-z]+://([^/:?#]+)", url.strip().lower())
    if not m:
        return None
    tld = m.group(1).rsplit(".", 1)[-1]
    if len(tld) != 2 or tld in GENERIC_TLDS:
        return None
    import pycountry

    country = pycountry.countries.get(alpha_2="GB" if tld == "uk" else tld.upper())
    return country.alpha_3 if country else None


DATELINE = re.compile(r"^\s*(?:Le\s+\d{1,2}(?:er)?\s+\w+\s+\d{4}\s*[–—-]\s*)?"  # "Le 5 novembre 2021 – Ottawa (Ontario) –"
                      r"(?P<city>[A-ZÀ-Ý][A-ZÀ-Ýa-zà-ÿ' -]{2,30}?)\s*(?:\([^)]{1,30}\))?\s*(?:,\s*[^–—-]{3,30})?\s*[–—-]{1,2}\s")


# A city in capitals glued to its dash: "TOKYO—Tokyo summoned…".
DATELINE_GLUED = re.compile(r"^\s*(?P<city>[A-ZÀ-Ý][A-ZÀ-Ý' .-]{2,30}?)\s*[–—]\s*(?=[A-ZÀ-Ý])")

# Agency datelines without a dash: "MOSCOW, November 14. /TASS/.", "BEIJING, Nov. 14 (Xinhua) --".
DATELINE_AGENCY = re.compile(r"^\s*(?P<city>[A-Z][A-Z' -]{2,30}?),\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\.?\s*"
                             r"(?:/[A-Za-z-]+/\.?|\([^)]{1,30}\))")

# A line of its own with the city and the day: "Nouakchott, 23/10/2018", "Dakar, le 5 mai 2021".
DATELINE_DAY = re.compile(r"^\s*(?P<city>[A-ZÀ-Ý][\w'’ -]{2,30}?)\s*,\s*(?:le\s+)?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|"
                          r"\d{1,2}(?:er)?\s+[^\W\d]+\.?\s+\d{4})\s*$", re.I)

# Capitals and a colon, as South Asian and Malaysian papers write them: "ISLAMABAD: …", "DAKAR : …".
DATELINE_COLON = re.compile(r"^\s*(?P<city>[A-ZÀ-Ý][A-ZÀ-Ý' .-]{2,30}?)\s*(?:\([^)]{1,30}\))?\s*:\s")


def dateline_city(text: str, gaz) -> dict | None:
    """The city of a dispatch's dateline ("BEYROUTH – …", "ALGER (APS) - …"), or None.

    A bare "le président de la République" in a dispatch from Beirut is Lebanon's, and talks
    reported from Ottawa without another place were most likely held there.
    """
    lines = [l for l in text.split("\n") if l.strip()]
    # (A first line of only a city and a day is a dateline, not the headline it looks like.)
    lines = lines[:4] if not _has_headline(text) or (lines and DATELINE_DAY.match(lines[0])) else lines[1:4]
    for line in lines:
        m = DATELINE.match(line) or DATELINE_COLON.match(line) or DATELINE_DAY.match(line) or DATELINE_GLUED.match(line) or (
            DATELINE_AGENCY.match(line) if gaz.lang == "en" else None)
        found = gaz.cities.find(m.group("city").title()) if m else None
        if found:
            return _dateline_entry(found[0], m.group("city"))
    # A caption run into the story's first line: "… — VNA Photo MOSCOW — Vietnamese Minister…".
    for m in DATELINE_INLINE.finditer(text[:600]):
        found = gaz.cities.find(m.group("city").title())
        if found and fold(found[0].text) == fold(m.group("city")):
            return _dateline_entry(found[0], m.group("city"))
    return None


def _dateline_entry(found, written: str) -> dict:
    """A dateline's city: its gazetteer entry, its key and the words the text wrote."""
    return {**found.entry.data, "key": found.entry.key, "text": written}


DATELINE_INLINE = re.compile(r"(?<![\w/])(?P<city>[A-ZÀ-Ý]{3,}(?:[ -][A-ZÀ-Ý]{2,}){0,2})\s+[—–]\s+(?=[A-ZÀ-Ý][a-zà-ÿ])")


# A dispatch credited to an agency: "(APS)", "(Avec MAP)", "Source : AIP", "ALGER (APS) –", "– ATOP".
CREDIT = re.compile(r"(?:^|\(|\[|[–—-]\s|source\s*:\s*|avec\s+)\s*(?:avec\s+)?(?P<agency>[A-Z][\w'’ .-]{1,45}?)\s*(?:\)|\]|$|\s[–—-])",
                    re.I | re.M)


def agency_state(text: str, gaz) -> str | None:
    """The country of the national news agency a dispatch is credited to, or None.

    An outlet that runs "(APS)" or "(Avec MAP)" dispatches is Algerian or Moroccan, so its
    bare titles ("le président de la République") are that country's. Credits to world
    wires (AFP, Reuters…) say nothing about the outlet. Only the first and last lines count:
    an agency named inside the story is a source, not a credit.
    """
    lines = [l for l in text.split("\n") if l.strip()]
    edge = [*lines[1:3], *lines[-3:]]
    found = set()
    for line in edge:
        if len(line) > 160 and not re.match(r"^\s*[A-ZÀ-Ý' -]{3,30}\s*\(", line):
            continue  # a paragraph of the story, not a credit or a dateline
        for m in CREDIT.finditer(line[:160] if len(line) > 160 else line):
            for hit in gaz.orgs.find(m.group("agency")):
                org = hit.entry.data
                if org.get("kind") == "agency" and org.get("state") and not org.get("wire") \
                        and fold(hit.text) == fold(m.group("agency").strip(" .")):
                    found.add(org["state"])
    # A credit glued to the story's last words: "…dans le monde. -VNA/VI-", "… – APS".
    for line in lines[-2:]:
        m = CREDIT_TAIL.search(line[-40:])
        for hit in gaz.orgs.find(m.group("agency")) if m else ():
            org = hit.entry.data
            if org.get("kind") == "agency" and org.get("state") and not org.get("wire") and fold(hit.text) == fold(m.group("agency")):
                found.add(org["state"])
    return found.pop() if len(found) == 1 else None


#: "…dans le monde. -VNA/VI-", "…the region. – KUNA": an agency's initials ending the last paragraph.
CREDIT_TAIL = re.compile(r"[.!?»”]\s*[–—-]\s*(?P<agency>[A-Z]{2,8})(?:/[A-Z]{1,5})*\s*[–—-]?\s*$")


def _published(article: Article) -> dt.date | None:
    if not article.published:
        return page_date(article.text)
    try:
        return dt.date.fromisoformat(article.published[:10])
    except ValueError as exc:
        raise DateFormatError(f"{article.id}: malformed publication date {article.published!r}: expected YYYY-MM-DD") from exc


# English: "are expected to meet", "is due to visit", "plans to travel", "is set to host".
FUTURE_CUES_EN = re.compile(r"\b(?:(?:is|are|was|were)\s+(?:expected|due|set|scheduled|slated|poised)\s+to|"
                            r"plans?\s+to|will|shall|next\s+(?:week|month|year)|upcoming|later\s+this\s+(?:week|month|year))\b",
                            re.I)


def _is_future(doc, text: str) -> bool:
    if doc.lang_ == "en":
        # (English has no future morphology: "will" and these phrases say it; "arrived on a tour
        # that will take him to Mali" is past news all the same.)
        return any(not in_relative_clause_of_past(doc, m.start()) for m in FUTURE_CUES_EN.finditer(text))
    for tok in _verbs_and_aller(doc):
        if in_relative_clause_of_past(doc, tok.idx):
            continue  # "est arrivé lundi pour une tournée qui le mènera au Mali": the news is past
        if tok.pos_ in ("VERB", "AUX") and "Fut" in tok.morph.get("Tense"):
            return True
        # In reported speech the conditional is the future of the past: "se retrouveraient le 15 juin".
        if tok.pos_ == "VERB" and "Cnd" in tok.morph.get("Mood") and tok.dep_ not in ("aux", "aux:tense"):
            return True
        # The near future: "un point de presse va boucler la visite", "ils vont se rencontrer".
        # (The parser makes "va" either the auxiliary of the infinitive or its head.)
        if tok.lemma_ == "aller" and "Pres" in tok.morph.get("Tense") and (
                (tok.head is not tok and "Inf" in tok.head.morph.get("VerbForm"))
                or any(c.dep_ == "xcomp" and "Inf" in c.morph.get("VerbForm") and c.i == tok.i + 1 for c in tok.children)):
            return True
    return bool(FUTURE_CUES.search(text))


def _verbs_and_aller(doc) -> list:
    """The tokens :func:`_is_future` looks at (verbs, auxiliaries, "aller" whatever its tag), in
    order; picked from the Doc's arrays, since a Token object per word is what walking a Doc costs."""
    picked = set(indices_where(doc, "POS", ("VERB", "AUX"))) | set(indices_where(doc, "LEMMA", ("aller",)))
    return [doc[i] for i in sorted(picked)]


def _tokens_starting_in(doc, start: int, end: int):
    """The tokens of ``doc`` that start at an offset in [start, end), in order."""
    from spacy.attrs import IDX

    idx = doc.to_array(IDX)
    return (doc[i] for i in range(int(idx.searchsorted(start)), int(idx.searchsorted(end))))


def _has_headline(text: str) -> bool:
    r"""The first line is a headline: a short line of its own. Pages copied from the web often
    start with the story itself ("Le ministre X s'est entretenu, lundi, avec…"), which is not.

    >>> _has_headline("Sommet à Lomé\nLe président a reçu…"), _has_headline("Le ministre Paul Nkoulou a reçu lundi à Yaoundé son homologue, a indiqué la présidence.\nSuite.")
    (True, False)
    """
    first, newline, _ = text.lstrip().partition("\n")
    words = len(first.split())
    return bool(newline) and words <= 30 and not (words > 12 and re.search(r"[.!]\s*$", first.strip()))


@cache
def _page_chrome(lang: str) -> tuple[re.Pattern, re.Pattern]:
    lex = lexicon(lang)
    words = lambda key: "|".join(re.escape(fold(w)) for w in sorted(lex.get(key, []), key=len, reverse=True))
    # A line that is only the marker (with a colon or a dash at most) ends the story; a teaser
    # line ("Lire aussi : …") is skipped on its own.
    # Arrows and bullets may lead either ("→ À LIRE AUSSI : …", "» Lire aussi").
    tail = re.compile(rf"^[\W_]*(?:{words('page_tail')})\s*[:\-–—]?\s*(?:\(\d+\))?\s*$")
    teaser = re.compile(rf"^[\W_]*(?:{words('page_teasers')})\b")
    return tail, teaser


def _story(spans: list, text: str, lang: str) -> list:
    """The sentences of the story: a web page's related-articles list, comment box and share
    buttons after it are not part of it ("À consulter également", "Sur le même sujet"), nor
    are teaser lines ("Lire aussi : …")."""
    tail, teaser = _page_chrome(lang)
    out = []
    for i, span in enumerate(spans):
        line_start = text.rfind("\n", 0, span.start) + 1
        line = fold(text[line_start:text.find("\n", span.start) if "\n" in text[span.start:] else len(text)])
        if i > 1 and out and tail.match(line) and not _story_goes_on(text, span.end):
            break
        if teaser.match(line) or SLUG.fullmatch(line.strip()) or CUT_HEADLINE.fullmatch(line.strip()):
            continue
        out.append(span)
    return out


def _story_goes_on(text: str, line_end: int) -> bool:
    """The line after a closing marker is a paragraph of the story: the page dropped the teaser's
    link ("À lire également:" and the story again) or put its share buttons first."""
    nxt = next((line for line in text[line_end:].split("\n") if line.strip()), "")
    return len(nxt.split()) >= 20 and bool(re.search(r"[.!?]\s*$", nxt)) and "http" not in nxt and "www." not in nxt


#: A related story's headline the page cut short ("Fiji and Peru to hold talks in Lim..."): a
#: line of a few words, no stop inside, ending in an ellipsis glued to a word.
CUT_HEADLINE = re.compile(r"(?=(?:\S+\s+){2,19}\S+$)[^.!?:;«»“”\"]{10,160}\w(?:\.\.\.|…)")
#: A web address's last part standing as a line ("Oman-Foreign-Minister-X-Y"): no sentence.
SLUG = re.compile(r"[\w’'.]+(?:[-_][\w’'.]+){3,}")


def story_sentences(article: Article) -> list:
    """The sentences of an article's story (:func:`_story`), as text spans."""
    return _story(split_sentences(article.text), article.text, article.lang)


def _build_sentences(ctx: Context, nlp, parsed: list | None = None) -> None:
    if parsed is None:
        spans = story_sentences(ctx.article)
        parsed = zip(spans, nlp.pipe([s.text for s in spans], batch_size=64))
    headline = _has_headline(ctx.article.text)
    # (Relative days count from the day the text was written, which it may say: "this evening [Wednesday 26 February]".)
    written = written_on(ctx.article.text, ctx.published)
    ctx.page_day = page_day(ctx.article.text) if written is None else None
    for i, (span, doc) in enumerate(parsed):
        future = _is_future(doc, span.text)
        mentions = find_mentions(span.text, doc, ctx.gaz)
        dates = find_dates(span.text, written, future=future, offset=span.start, page=ctx.page_day)
        if is_date_line(span.text, dates, span.start):
            dates = []  # "Monday, 12 February 2018 - 12:57 PM" on its own line: the page's date
        ctx.sentences.append(Sentence(i, span.start, span.end, span.text, doc, mentions, dates, future,
                                      is_headline=(i == 0 and headline)))
    # Names of the officials base that the model tagged as something else or missed.
    for s in ctx.sentences:
        taken = [*s.mentions.persons, *s.mentions.states, *s.mentions.cities, *s.mentions.orgs, *s.mentions.titles]
        for start, end in find_known_names(s.text):
            if not any(m.start < end and start < m.end for m in taken):
                s.mentions.persons.append(PersonMention(start, end, s.text[start:end]))
        s.mentions.persons.sort(key=lambda p: p.start)
    ctx.kb_date = ctx.published or _latest_written_date(ctx)
    _known_surnames(ctx)
    # The models miss many later mentions of a name they tagged once ("…, a poursuivi Mezouar").
    names = [p.text for s in ctx.sentences for p in s.mentions.persons if len(p.text.split()) >= 2]
    for s in ctx.sentences:
        add_known_names(s.text, s.doc, s.mentions, names)
    _settle_shared_demonyms(ctx)


def _settle_shared_demonyms(ctx: Context) -> None:
    """"le président congolais Denis Sassou Nguesso", "Congolese", "Dominican": a demonym several
    states share stands for the one the person after it held a post for at the article's date
    (officials base), else for the one the article names by its name, capital or seat of power."""
    named = {m.code for s in ctx.sentences for m in s.mentions.states if m.kind != "demonym"}
    for s in ctx.sentences:
        for st in s.mentions.states:
            if not st.others:
                continue
            choices = {st.code, *st.others}
            person = next((p for p in s.mentions.persons if st.end <= p.start < st.end + 60), None)
            held = {t.state for t in lookup(person.text, ctx.kb_date)} & choices if person is not None else set()
            if len(held) != 1:
                held = named & choices
            if len(held) != 1 or st.code in held:
                continue
            new = held.pop()
            for t in s.mentions.titles:
                if t.start - 2 <= st.start <= t.end + 2:
                    t.state = new if t.state == st.code else t.state
                    t.posted_to = new if t.posted_to == st.code else t.posted_to
            st.code = new


def _latest_written_date(ctx: Context) -> dt.date | None:
    """The latest date the text writes with its year, for an undated page: a full date, else the
    middle of the latest month or year written ("en mars 2019", "depuis 2020")."""
    days = []
    for s in ctx.sentences:
        for m in s.dates:
            iso = m.value.iso
            if m.value.inferred or not re.fullmatch(r"(?:19|20)\d\d(?:-\d\d){0,2}", iso):
                continue
            days.append(dt.date.fromisoformat(iso) if len(iso) == 10 else
                        dt.date(int(iso[:4]), int(iso[5:7]), 15) if len(iso) == 7 else dt.date(int(iso), 7, 1))
    return max(days) if days else None


def _known_surnames(ctx: Context) -> None:
    """A surname alone the model missed ("Solberg stressed…"): the surname of a person in office
    at the article's date for a state the article names, written capitalised, never in lower case."""
    named = frozenset(m.code for s in ctx.sentences for m in s.mentions.states)
    if ctx.kb_date is None or not named:
        return
    surnames = officeholder_surnames(ctx.kb_date, named)
    for s in ctx.sentences:
        taken = [*s.mentions.persons, *s.mentions.states, *s.mentions.cities, *s.mentions.orgs, *s.mentions.titles]
        for m in re.finditer(r"(?<![\w-])[A-ZÀ-Ý][\w’'-]+", s.text):
            if normalize_name(m.group()) in surnames and not any(t.start < m.end() and m.start() < t.end for t in taken) \
                    and not re.search(rf"(?<![\w-]){re.escape(m.group().lower())}(?![\w-])", ctx.article.text) \
                    and not _place_word(ctx.gaz, m.group()) and not _attributive(s.doc, m.end()):
                s.mentions.persons.append(PersonMention(m.start(), m.end(), m.group()))
        s.mentions.persons.sort(key=lambda p: p.start)


def _place_word(gaz, word: str) -> bool:
    """A word the gazetteer knows as a state, people, place or body ("Jordan", "Chad")."""
    f = fold(word)
    return f in folded_words("ambiguous_state_names") or any(
        f in table.forms for table in (gaz.names, gaz.demonyms, gaz.capitals, gaz.metonyms, gaz.cities, gaz.orgs))


def _attributive(doc, end: int) -> bool:
    """"the Trump administration": a name that qualifies the noun after it names nobody acting."""
    after = next((t for t in doc if t.idx >= end), None)
    return after is not None and after.pos_ == "NOUN" and after.idx - end <= 1


def _not_a_name(p, text: str, full_words: set[str]) -> bool:
    """A common word the model tagged as a name ("Meeting", "Environment" in a title's tail): it is
    written in lower case elsewhere in the article and no fuller name contains it; or a name ending
    in an institution's word ("Trinity College"; lexicon "institution_words") or opening with a
    place's ("Masjid al-Aqsa"; lexicon "place_heads")."""
    words = p.text.split()
    if fold(words[-1]) in folded_words("institution_words") or (
            len(words) > 1 and fold(words[0]) in folded_words("place_heads")):
        return True  # "Trinity College", "Masjid al-Aqsa", "Istana Negara": a place or a body
    if len(words) == 1 and fold(p.text) in folded_words("ambiguous_state_names") and _state_named(text, p.text):
        return True  # "Jordan" in a story about Jordan (its demonym, its capital): the state
    return len(words) == 1 and p.text not in full_words and p.text[:1].isupper() \
        and re.search(rf"(?<![\w-]){re.escape(p.text.lower())}(?![\w-])", text) is not None


@cache
def _forms_of_ambiguous_states() -> dict[str, re.Pattern]:
    """For each ambiguous state name ("Jordan", "Chad"), the other words that name that state."""
    from diplograph.loaders.gazetteer import load_gazetteer

    out = {}
    for lang in ("fr", "en"):
        gaz = load_gazetteer(lang)
        for st in gaz.states.values():
            for name in st.get(f"ambiguous_{lang}", []) or []:
                forms = [*st.get(f"demonyms_{lang}", []), *st.get(f"capitals_{lang}", []), st.get(f"name_{lang}") or ""]
                forms = [f for f in forms if f and fold(f) != fold(name)]
                if forms:
                    out[fold(name)] = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b")
    return out


def _state_named(text: str, word: str) -> bool:
    """Whether the article names the state an ambiguous word stands for in another way."""
    pattern = _forms_of_ambiguous_states().get(fold(word))
    return bool(pattern and pattern.search(text))


def _persons(ctx: Context) -> None:
    text = ctx.article.text
    full_words = {w for s in ctx.sentences for p in s.mentions.persons if len(p.text.split()) > 1 for w in p.text.split()}
    for s in ctx.sentences:
        s.mentions.persons[:] = [p for p in s.mentions.persons if not _not_a_name(p, text, full_words)]
    mentions = [(s.index, s.start + p.start, s.start + p.end, p.text, p.gender)
                for s in ctx.sentences for p in s.mentions.persons]
    regnal = frozenset((start, end) for _i, start, end, _t, _g in mentions
                       if REGNAL_BEFORE.search(fold(text[max(0, start - 20):start])))
    ctx.persons, ctx.person_spans = cluster_persons(mentions, regnal)


#: A sovereign's title right before a name: "King Charles", "le roi Charles", "le pape François".
REGNAL_BEFORE = re.compile(r"\b(?:king|queen|pope|emperor|roi|reine|pape|empereur|imperatrice)\s+$")


def _past_leaders(ctx: Context, roles: list[RoleHolding]) -> list[RoleHolding]:
    """'sous la présidence de Joe Biden': a former head of state of the same state as a current one."""
    out = []
    heads = {r.state for r in roles if r.role_type == "head_of_state" and r.state}
    have = {r.person for r in roles}
    for sent in ctx.sentences:
        for m in PRESIDENCY.finditer(sent.text):
            after = [p for p in sent.mentions.persons if 0 <= p.start - m.end() <= 2]
            if not after:
                continue
            person = ctx.person_spans.get((sent.start + after[0].start, sent.start + after[0].end))
            if person is None or person.key in have:
                continue
            state = ctx.person_state.get(person.key) or (next(iter(heads)) if len(heads) == 1 else None)
            if state:
                ctx.set_state(person.key, state, GUESS)
            role_type = "head_of_state" if m.group("head") else "head_of_government"
            title = "président" if role_type == "head_of_state" else "chef du gouvernement"
            ctx.person_roles.setdefault(person.key, []).append((role_type, title))
            out.append(RoleHolding(person=person.key, title=title, role_type=role_type, state=state,
                                   status="former",
                                   evidence=ctx.evidence(sent, m.start(), after[0].end, "rule:past-term", 0.6)))
    return out


#: Posts that make a bare "ministre" of the same person redundant.
MINISTER_POSTS = frozenset({"foreign_minister", "deputy_minister", "secretary_of_state", "head_of_government",
                            "deputy_head_of_government"})


#: Posts that serve a state from home: a national title the text leaves without its state is the
#: state of everyone else in the article when they all serve one ("le Premier ministre Elio Di Rupo"
#: in a story about Belgian ministers).
HOME_POSTS = {"head_of_state", "head_of_government", "deputy_head_of_state", "deputy_head_of_government",
              "minister", "foreign_minister", "deputy_minister", "secretary_of_state", "spokesperson", "official"}


def _lone_state(ctx: Context, roles: list[RoleHolding], meetings: list) -> list[RoleHolding]:
    # An envoy posted abroad serves his state away from it: a bare home post in a story about a
    # foreign diplomat ("the ministry summoned the deputy chief of mission at the Japanese Embassy
    # in Seoul … said ministry spokesperson X") is the host's.
    abroad = {r.person: r.posted_to for r in roles if r.state and r.posted_to and r.posted_to != r.state}
    served = {r.state for r in roles if r.state and r.status == "current" and r.person not in abroad} \
        | {st for p, st in ctx.person_state.items() if p not in abroad}
    if not served and len(set(abroad.values())) == 1:
        served = set(abroad.values())
    by_start = {sent.start: sent for sent in ctx.sentences}
    # "X s'est rendu à Paris… a rencontré Gérard Larcher, président du Sénat": a national post met
    # in the host country of a held meeting is the host's.
    hosted = {p: m.country for m in meetings if m.country and m.status in ("held", "planned") and m.kind != "call"
              for p in m.persons}
    facing = _facing_state(ctx, meetings)
    dominant = _dominant_state(ctx)
    # "Le président X a reçu Mme Y, émissaire de son homologue kényan": an envoy met comes from
    # abroad, so the state she serves is not her host's.
    envoys = {(r.person, r.state) for r in roles if r.role_type in ("envoy", "ambassador", "charge_d_affaires") and r.state}
    met_envoy_of: dict[str, set[str]] = {}
    for m in meetings:
        for p in m.persons:
            met_envoy_of.setdefault(p, set()).update(st for q, st in envoys if q in m.persons and q != p)
    # "le secrétaire général de la présidence de la République, X": the office of the one head of
    # state the article names serves his state.
    heads = {r.state for r in roles if r.role_type == "head_of_state" and r.state and r.status == "current"}
    out = []
    for r in roles:
        if r.state is None and r.organization is None and r.posted_to is None and len(heads) == 1 \
                and r.role_type != "head_of_state" and _presidency_office().search(fold(r.title)):
            r = replace(r, state=next(iter(heads)))
            ctx.set_state(r.person, r.state, GUESS)
        if r.state is None and r.organization is None and r.posted_to is None and r.role_type in HOME_POSTS:
            if len(served) == 1:
                lone = next(iter(served))
                lone = None if lone in met_envoy_of.get(r.person, set()) else lone
            else:
                sent = by_start.get(r.evidence.sentence_start) if r.evidence else None
                lone = _sentence_peers_state(ctx, sent, r.person)
                # "X's office suggested she would not retract. « … », wrote spokesman Y": a
                # spokesperson speaks for the official of the sentence before.
                if lone is None and r.role_type == "spokesperson" and sent is not None and sent.index \
                        and not _unquoted_states(sent):
                    lone = _sentence_peers_state(ctx, ctx.sentences[sent.index - 1], r.person)
            state = hosted.get(r.person) or facing.get(r.person) or lone or dominant
            if state:
                r = replace(r, state=state)
                ctx.set_state(r.person, state, GUESS)
        out.append(r)
    return out


def _facing_state(ctx: Context, meetings: list) -> dict[str, str]:
    """"Foreign Minister X welcomed New Zealand's Foreign Minister Y" in talks between Fiji and
    New Zealand: X sits on the other side of a two-state meeting from the participants whose
    state is known. Persons that meetings put on different sides get nothing."""
    sides: dict[str, set[str]] = {}
    for m in meetings:
        if len(m.states) != 2:
            continue
        for p in m.persons:
            if ctx.person_state.get(p):
                continue
            others = {ctx.person_state.get(o) for o in m.persons if o != p} - {None}
            if len(others) == 1 and others <= set(m.states):
                sides.setdefault(p, set()).update(set(m.states) - others)
    return {p: next(iter(s)) for p, s in sides.items() if len(s) == 1}


def _dominant_state(ctx: Context) -> str | None:
    """The state an article is about: named at least twice, and half again as often as any other
    ("le président du Parlement" in a story about Lebanon)."""
    counts = Counter(m.code for s in ctx.sentences for m in s.mentions.states)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 1.5 * ranked[1][1]):
        return None
    return ranked[0][0]


#: Posts a state gives one person at a time.
ONE_HOLDER_POSTS = frozenset({"head_of_state", "head_of_government", "foreign_minister", "deputy_head_of_state"})


@cache
def _presidency_office() -> re.Pattern:
    """The president's office inside a title, over folded text (lexicon "presidency_words")."""
    return re.compile(rf"\b(?:{alternation(sorted(folded_words('presidency_words')))})\b")


def _unquoted_states(sent) -> set[str]:
    quotes = quotation_spans(sent.text)
    return {m.code for m in sent.mentions.states if not any(qs <= m.start < qe for qs, qe in quotes)}


def _sentence_peers_state(ctx: Context, sent, person: str) -> str | None:
    """"le président du Parlement Nabih Berry et le Premier ministre libanais X": the one state
    of the other officials named in the sentence, when the sentence names no other state."""
    if sent is None:
        return None
    # Not a person or a state named inside a quotation: "« President Putin has invaded… », wrote
    # spokesman X" tells nothing of the spokesman's state.
    quotes = quotation_spans(sent.text)
    outside = [p for p in sent.mentions.persons if not any(qs <= p.start < qe for qs, qe in quotes)]
    peers = [ctx.person_spans.get((sent.start + p.start, sent.start + p.end)) for p in outside]
    peers = [p for p in peers if p is not None and p.key != person]
    # "a message from the Ukrainian President, X, to the President, Y": one post, two states.
    posts = {rt for rt, _t in ctx.person_roles.get(person, [])} & ONE_HOLDER_POSTS
    if any(posts & {rt for rt, _t in ctx.person_roles.get(p.key, [])} for p in peers):
        return None
    states = {ctx.person_state.get(p.key) for p in peers}
    if len(states) == 1 and None not in states and _unquoted_states(sent) <= states:
        return next(iter(states))
    return None


def _dedupe_roles(gaz: Gazetteer, roles: list[RoleHolding]) -> list[RoleHolding]:
    """One row per post: "le chef de l'État" then "le président X" of one state is one post once
    the state is known (it may be filled in only after linking), and "le ministre Y" adds nothing
    to "Y, ministre de l'Europe et des Affaires étrangères" (the headline's short form)."""
    out: list[RoleHolding] = []
    index: dict[tuple, int] = {}
    for r in roles:
        ident = (r.person, r.role_type, r.state, r.status)
        if ident in index:
            i = index[ident]
            # The person's own title beats the one borrowed from a counterpart ("son homologue").
            own = (r.evidence is None or r.evidence.method != "rule:counterpart",
                   out[i].evidence is None or out[i].evidence.method != "rule:counterpart")
            # A portfolio beats a longer bare title ("Trade Minister", then "the Chinese minister").
            fuller = (not bare_minister(gaz, r.title), len(r.title)) > (not bare_minister(gaz, out[i].title), len(out[i].title))
            if own[0] > own[1] or (own[0] == own[1] and fuller):
                out[i] = replace(out[i], title=r.title, posted_to=out[i].posted_to or r.posted_to)
            continue
        index[ident] = len(out)
        out.append(r)
    # Only a bare "ministre" goes: "vice-Premier ministre et ministre des Finances", "Vice Premier
    # and Commerce Minister", "State Councilor and Foreign Minister" hold two posts.
    out = [r for r in out if not (r.role_type == "minister" and bare_minister(gaz, r.title) and any(
        o.person == r.person and o.role_type in MINISTER_POSTS and r.state in (None, o.state) for o in out))]
    # "Cabinet Secretary for Foreign Affairs Ambassador X", "Assistant Foreign Minister Ambassador
    # Y": a bare "Ambassador" before the name of someone who holds a government post is his rank.
    return [r for r in out if not (BARE_ENVOY_RANK.fullmatch(r.title.strip()) and not r.posted_to and any(
        o.person == r.person and o.role_type in GOVERNMENT_POSTS for o in out))]


#: A diplomat's rank written as a bare English title, without a complement: "Ambassador", "H.E.
#: Ambassador" (French writes the rank after the post, which the title rules already read).
BARE_ENVOY_RANK = re.compile(r"(?:(?!\b(?:to|of|in|at)\b)[^,])*\bambassador", re.I)
#: Posts in a government, which a career diplomat holding them keeps "Ambassador" as a rank beside.
GOVERNMENT_POSTS = MINISTER_POSTS | {"minister", "head_of_state", "deputy_head_of_state", "secretary_general", "spokesperson"}


def _missions(ctx: Context, roles: list[RoleHolding]) -> tuple[list[RoleHolding], list[Organization]]:
    """An ambassador of X posted to Y works at X's embassy in Y, even when the text never says "ambassade"."""
    out, orgs = [], {}
    for r in roles:
        if r.organization is None and r.state and r.posted_to and r.role_type in ("ambassador", "charge_d_affaires", "consul"):
            kind = "consulate" if r.role_type == "consul" else "embassy"
            key = f"{r.state.lower()}-{kind}-{r.posted_to.lower()}"
            word = "consulat" if kind == "consulate" else "ambassade"
            orgs[key] = Organization(key=key, name=f"{word} : {ctx.gaz.state_name(r.state)} → {ctx.gaz.state_name(r.posted_to)}",
                                     kind=kind, state=r.state, host_state=r.posted_to,
                                     evidence=(r.evidence,) if r.evidence else ())
            r = replace(r, organization=key)
        out.append(r)
    return out, list(orgs.values())


def _organizations(ctx: Context) -> list[Organization]:
    orgs: dict[str, Organization] = {}
    for sent in ctx.sentences:
        for o in sent.mentions.orgs:
            if o.key in orgs:
                continue
            orgs[o.key] = Organization(key=o.key, name=o.text, kind=o.kind, state=o.state, host_state=o.host_state,
                                       city=o.city, qid=o.qid,
                                       evidence=(ctx.evidence(sent, o.start, o.end, "rule:organization", 0.8),))
    return list(orgs.values())


def _states(ctx: Context) -> list[State]:
    seen: dict[str, dict] = {}
    for sent in ctx.sentences:
        for s in sent.mentions.states:
            entry = seen.setdefault(s.code, {"kinds": [], "evidence": []})
            if s.kind not in entry["kinds"]:
                entry["kinds"].append(s.kind)
            if len(entry["evidence"]) < 5:
                entry["evidence"].append(ctx.evidence(sent, s.start, s.end, f"gazetteer:{s.kind}", 0.9))
            # A capital or seat of power as the subject of a verb speaks for its government:
            # "Paris et Berlin souhaitent…", "le Kremlin a dénoncé…".
            if s.kind in ("capital", "metonym", "name") and _is_subject(sent, s.start, s.end):
                ctx.acting_states.add(s.code)
    for code in list(ctx.acting_states):
        if code not in seen and ctx.gaz.state(code):
            seen[code] = {"kinds": [], "evidence": []}
    out = []
    for code, entry in seen.items():
        st = ctx.gaz.state(code) or {}
        out.append(State(code=code, alpha2=st.get("alpha2", ""), name=ctx.gaz.state_name(code), qid=st.get("qid"),
                         acting=code in ctx.acting_states, mention_kinds=tuple(entry["kinds"]),
                         evidence=tuple(entry["evidence"])))
    return sorted(out, key=lambda s: s.code)


def _is_subject(sent: Sentence, start: int, end: int) -> bool:
    if sent.is_headline:
        return False
    for tok in _tokens_starting_in(sent.doc, start, end):
        if start <= tok.idx < end and tok.dep_ in ("nsubj", "nsubj:pass"):
            # (English: a subject inside reported words, "…said Ukraine must be at the table", is a topic.)
            return tok.head.pos_ in ("VERB", "AUX") and not (sent.doc.lang_ == "en" and tok.head.dep_ == "ccomp")
        if start <= tok.idx < end and tok.dep_ == "conj" and tok.head.dep_ in ("nsubj",):
            return True
    return False


def extract_facts(article: Article, nlp=None, *, parsed: list | None = None) -> Extraction:
    """Extract every fact from one article.

    Args:
        article: the article, as read by :mod:`diplograph.loaders.articles`.
        nlp: a loaded pipeline; loaded for ``article.lang`` when None.
        parsed: the story's sentences with their Docs, as :func:`parse_ahead` gives them (parsed
            here when None).

    Returns:
        An :class:`Extraction` whose facts all carry evidence in ``article.text``.
    """
    if nlp is None and parsed is None:
        from diplograph.loaders.nlp import load_pipeline

        nlp = load_pipeline(article.lang)
    gaz = load_gazetteer(article.lang)
    dateline = dateline_city(article.text, gaz)
    ctx = Context(article=article, gaz=gaz, published=_published(article),
                  home_state=home_state(article.url) or agency_state(article.text, gaz) or (dateline or {}).get("country"),
                  dateline=dateline)
    _build_sentences(ctx, nlp, parsed)
    _persons(ctx)
    ctx.home_state = ctx.home_state or host_state(ctx)
    roles = link_titles(ctx)
    roles += _past_leaders(ctx, roles)
    roles, qids = apply_officials(ctx, roles)
    roles = states_from_peers(ctx, roles)
    for r in roles:
        # Posts the knowledge base gave: "le président français" is that person too.
        if r.evidence is not None and r.evidence.method == "kb" and r.status == "current":
            ctx.person_roles.setdefault(r.person, []).append((r.role_type, r.title))
    meetings, places = extract_meetings(ctx)
    main = meetings[0].key if meetings else None
    positions = extract_positions(ctx, main)
    for r in roles:
        if r.state and r.status == "current":
            ctx.acting_states.add(r.state)
    ctx.acting_states |= states_of_plural_titles(ctx)
    # Fill a role's missing state from the person (delegation, another title).
    roles = [r if r.state or not ctx.person_state.get(r.person) else
             replace(r, state=ctx.person_state[r.person])
             for r in roles]
    roles = _lone_state(ctx, roles, meetings)
    persons = []
    for c in ctx.persons:
        evidence = []
        for sent_index, start, end in c.mentions[:5]:
            sent = ctx.sentences[sent_index]
            evidence.append(ctx.evidence(sent, start - sent.start, end - sent.start, "ner+rules", 0.85))
        persons.append(Person(key=c.key, name=c.name, aliases=tuple(sorted(c.aliases)),
                              state=ctx.person_state.get(c.key), evidence=tuple(evidence), qid=qids.get(c.key)))
    roles = _dedupe_roles(ctx.gaz, roles)
    roles, missions = _missions(ctx, roles)
    states = _states(ctx)
    orgs = _organizations(ctx)
    known = {o.key for o in orgs}
    orgs += [o for o in missions if o.key not in known]
    return Extraction(
        article=article, states=tuple(states), persons=tuple(persons), organizations=tuple(orgs),
        places=tuple(places), roles=tuple(roles), meetings=tuple(meetings), positions=tuple(positions),
        stats={"sentences": len(ctx.sentences), "words": sum(len(s.doc) for s in ctx.sentences)},
    )


def extract_many(articles: Iterable[Article], nlp=None) -> Iterator[Extraction]:
    """Extract facts from several articles with one pipeline (or each language's), parsed a few
    articles at a time (:func:`parse_ahead`)."""
    for article, parsed in parse_ahead(articles, nlp):
        yield extract_facts(article, nlp, parsed=parsed)


def parse_ahead(articles: Iterable[Article], nlp=None, *, chunk: int = 16) -> Iterator[tuple[Article, list | None]]:
    """Each article with its story's sentences and their Docs, for ``extract_facts(parsed=...)``.

    The sentences of ``chunk`` articles go through one ``nlp.pipe`` call: the model pays a cost
    per call and per batch, and one call per article (a batch of some ten sentences) made the
    parse of a one-process ingest ~10% slower than the same sentences in full batches. A Doc does
    not depend on the other texts of its batch (the extractions of the eval and dev sets are
    byte-identical either way). An article whose language has no pipeline, or whose chunk the
    model could not parse, comes with None: ``extract_facts`` then parses it alone and raises the
    reason for that article only.

    Args:
        articles: the articles, in order (kept).
        nlp: one pipeline for every article; each article's language's when None.
        chunk: articles parsed together.
    """
    from diplograph.loaders.errors import LoaderError
    from diplograph.loaders.nlp import load_pipeline

    articles = iter(articles)
    while group := list(islice(articles, chunk)):
        parsed: list = [None] * len(group)
        for lang in dict.fromkeys(None if nlp is not None else a.lang for a in group):
            try:
                pipeline = nlp if nlp is not None else load_pipeline(lang)
            except LoaderError:
                continue
            mine = [i for i, a in enumerate(group) if lang is None or a.lang == lang]
            try:
                spans = {i: story_sentences(group[i]) for i in mine}
                docs = iter(list(pipeline.pipe([s.text for i in mine for s in spans[i]], batch_size=64)))
            except Exception:  # noqa: BLE001 - not swallowed: each article meets it again alone
                continue
            for i in mine:
                parsed[i] = [(s, next(docs)) for s in spans[i]]
        yield from zip(group, parsed)


# Keep fold importable from here for callers that normalise names the same way.
_ = (fold, DateValue)
