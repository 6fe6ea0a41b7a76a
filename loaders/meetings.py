"""Meetings as n-ary events: kind, participants, delegations, venue, date, status, series.

Each sentence with a meeting word ("pourparlers", "se sont rencontrées",
"s'est entretenu par téléphone", "a convoqué") gives a candidate. Candidates that
carry their own date or place become meetings; the others ("ces discussions",
"la réunion") refer back to the article's main meeting and add to it. A
candidate introduced as an earlier or later round ("un premier cycle de
pourparlers tenu le 12 janvier à Genève") is a separate meeting of the same series.

:func:`extract_meetings` is a driver: it runs :data:`MEETING_STEPS` in order over one
:class:`Found` (the way a spaCy pipeline runs its components over a Doc), then turns what they
found into :class:`~.facts.Meeting` facts. The pieces live beside it: triggers in
:mod:`.meeting_triggers`, one candidate's steps in :mod:`.meeting_candidates`, when candidates are
one event in :mod:`.meeting_merges`.
"""
from __future__ import annotations

import re
from functools import cache
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from diplograph.loaders.context import Context, Sentence
from diplograph.loaders.facts import DateValue, Delegation, Meeting, Place
from diplograph.loaders.keys import digest
from diplograph.loaders.lexicon import folded_words
from diplograph.loaders.meeting_candidates import DAY_EVENTS, PREVIOUS_ROUND, Candidate, borrow_setting, build_candidate, city_label
from diplograph.loaders.meeting_merges import another_encounter, encounters, merge, same_event, take_call
from diplograph.loaders.meeting_triggers import Trigger, lexical_regex, press_at
from diplograph.loaders.meeting_triggers import triggers as _triggers  # positions reads it under this name
from diplograph.loaders.roles import delegation_heads
from diplograph.loaders.text import fold

__all__ = ["extract_meetings", "MEETING_STEPS", "Found"]

SIDELINES_EN = re.compile(r"\b(?:on|at)\s+the\s+(?:margins|sidelines)\s+of\b", re.I)
#: A fronted clause about an earlier event: "Après avoir rencontré X…,", "After meeting X…,".
EARLIER_CLAUSE = re.compile(r"\s*(?:(?:Après|Apres)\s+(?:avoir|s['’]être)|After\s+(?:having\s+)?\w+ing)\b[^,;]{3,160},", re.I)
#: Words said at a meeting told in the sentence before: "a fait ces remarques lors de sa rencontre".
THESE_REMARKS = re.compile(r"\b(?:ces|ses|les)\s+(?:remarques|propos|déclarations|commentaires)\s+(?:lors|au\s+cours|à\s+l['’]issue)\b|"
                           r"\b(?:made|gave)\s+the(?:se)?\s+(?:remarks|comments)\s+(?:during|at|while)\b", re.I)
#: A sentence about the meeting just told: "La rencontre s'est déroulée…", "The talks were held…".
REFERS_BACK = re.compile(r"\s*(?:(?:la|cette|l['’]|les|ces|ce|cet)\s*(?:rencontre|entretien|entrevue|réunion|audience|"
                         r"discussions?|entretiens|échanges|pourparlers|tête-à-tête)|(?:the|this)\s+(?:meeting|talks|"
                         r"discussions?|encounter|audience))\b(?!\s+(?:de|du|des|d['’]|of|between|entre|avec|with)\b)", re.I)


#: A demonstrative right before a meeting's word: "pour cette visite", "lors de cet entretien
#: téléphonique", "during this call" (the meeting just told, wherever the sentence names it).
THIS_BEFORE = re.compile(r"\b(?:cette|cet|ce|this)\s+(?:[\w-]+\s+)?$", re.I)


@dataclass(slots=True)
class Found:
    """What the steps of :func:`extract_meetings` have found so far in one article."""

    ctx: Context
    #: Every candidate, in text order (steps 1–2).
    candidates: list[Candidate] = field(default_factory=list)
    #: Candidates with a date, a place or parties of their own: separate meetings (step 3 on).
    anchored: list[Candidate] = field(default_factory=list)
    #: Candidates that only refer back ("ces discussions"): they add to the main meeting.
    loose: list[Candidate] = field(default_factory=list)
    #: The article's main meeting: the first that is not an earlier round.
    main: Candidate | None = None
    #: (sentence, state, person) of "la délégation russe était conduite par X".
    heads: list[tuple[Sentence, str, str]] = field(default_factory=list)


def extract_meetings(ctx: Context) -> tuple[list[Meeting], list[Place]]:
    """The meetings of an article and the places they were held in (main meeting first)."""
    found = Found(ctx)
    for step in MEETING_STEPS:
        step(found)
    return _to_meetings(found)


# --- step 1: candidates, one or more a sentence ---------------------------------------------------

def _collect_candidates(found: Found) -> None:
    """Each sentence with a trigger gives its candidates, by the first of :data:`SENTENCE_SHAPES`
    that fits. "Une conférence de presse va clore la visite de X": the visit is the event."""
    for sent in found.ctx.sentences:
        trig = _triggers(sent)
        if not trig:
            continue
        trig = [t for t in trig if not press_at(sent.text, t[0])] or trig
        for shape in SENTENCE_SHAPES:
            cands = shape(found.ctx, sent, trig)
            if cands is not None:
                found.candidates += cands
                break


@cache
def _listed_after() -> re.Pattern:
    """The opening of a sentence that names who the sentence before counted: "Il s'agit des
    ambassadeurs de la Serbie, X, …", "They are ambassadors X (Philippines)…", "The envoys who
    presented their credentials were - …" (lexicon "listed_persons_nouns")."""
    return lexical_regex(r"\s*(?:Il\s+s['’]agit\s+(?:notamment\s+)?(?:de|des|du|d['’])|Ce\s+sont|They\s+(?:are|were|include)|"
                         r"These\s+(?:are|were)|(?:Les|The)\s+(?:\w+\s+)?(?:{})\b[^.;:]{0,60}?\s+"
                         r"(?:sont|étaient|are|were|include|included)\b)", "listed_persons_nouns")


@cache
def _counted() -> re.Pattern:
    """A count of persons before the list: "les ambassadeurs de quatre pays", "Eight incoming
    envoys", "17 ambassadors" (lexicon "count_words")."""
    return lexical_regex(r"\b(?:\d+|{})\b", "count_words")


def _listed_participants(found: Found) -> None:
    """A meeting of persons the sentence counts but does not name, named in the next sentence ("…a
    reçu les ambassadeurs de quatre pays. Il s'agit des ambassadeurs de la Serbie, X, …"): the
    persons of that list and their states are at the table."""
    ctx = found.ctx
    for c in found.candidates:
        i = c.sent.index + 1
        counted = _counted().search(c.sent.text) or any(t.plural and t.role_type in ("ambassador", "envoy", "diplomat")
                                                     for t in c.sent.mentions.titles)
        if i >= len(ctx.sentences) or not counted:
            continue
        nxt = ctx.sentences[i]
        if not _listed_after().match(nxt.text) or (_triggers(nxt) and not re.match(r"\s*(?:The|Les)\b", nxt.text)):
            continue
        for m in nxt.mentions.persons:
            person = ctx.person_spans.get((nxt.start + m.start, nxt.start + m.end))
            if person is not None:
                c.persons.add(person.key)
                if person.key in ctx.person_state:
                    c.states.add(ctx.person_state[person.key])


def _two_rounds(ctx: Context, sent: Sentence, trig: list[Trigger]) -> list[Candidate] | None:
    """"…à Abou Dhabi, après un premier cycle tenu le 12 janvier à Genève": two candidates when
    the sentence also reports an earlier round with its own date or place."""
    r = PREVIOUS_ROUND.search(sent.text)
    if not (r and trig[0][0] < r.start() and _has_setting(sent, 0, r.start())
            and _has_setting(sent, r.start(), len(sent.text))):
        return None
    first = build_candidate(ctx, sent, trig[0], hi=r.start())
    first.other_round = first.previous_round = False
    return [first, build_candidate(ctx, sent, (r.start(), r.end(), trig[0][2]), lo=r.start())]


def _has_setting(sent: Sentence, lo: int, hi: int) -> bool:
    """A date or a city between ``lo`` and ``hi`` (sentence offsets)."""
    return any(lo <= d.start - sent.start < hi for d in sent.dates) or any(
        lo <= c.start < hi for c in sent.mentions.cities)


def _two_events(ctx: Context, sent: Sentence, trig: list[Trigger]) -> list[Candidate] | None:
    """"X s'était rendu à Paris le 6 juillet et Y avait été reçu à Moscou le 20 juin": two clauses
    joined by "et"/"and", each with its own meeting verb and its own date, are two meetings."""
    if len(trig) < 2:
        return None
    for first, second in zip(trig, trig[1:]):
        joint = list(re.finditer(r",?\s+(?:et|and)\s+", sent.text[first[1]:second[0]]))
        if not joint:
            continue
        cut = first[1] + joint[-1].start()
        days = [{d.value.iso for d in sent.dates if lo <= d.start - sent.start < hi} for lo, hi in ((0, cut), (cut, len(sent.text)))]
        if not (days[0] and days[1]) or days[0] & days[1]:
            continue
        return [build_candidate(ctx, sent, first, hi=cut, people=[(0, cut)]),
                build_candidate(ctx, sent, second, lo=cut, people=[(cut, len(sent.text))])]
    return None


def _encounter_series(ctx: Context, sent: Sentence, trig: list[Trigger]) -> list[Candidate] | None:
    """"X a reçu Y, puis s'est entretenu avec Z": one candidate an encounter, each with the
    subject and its own counterpart."""
    series = encounters(sent, trig)
    if not series:
        return None
    parts = []
    for lo, hi, t in series:
        part = build_candidate(ctx, sent, t, people=[(0, series[0][2][0]), (lo, hi)])
        part.side = True
        parts.append(part)
    return parts


def _one_meeting(ctx: Context, sent: Sentence, trig: list[Trigger]) -> list[Candidate]:
    """One candidate for the sentence: the first trigger (the others describe the same event),
    or the main clause's after a fronted earlier one ("Après avoir rencontré X la semaine
    dernière, Y a reçu lundi Z…": the earlier meeting is only a reference)."""
    before = EARLIER_CLAUSE.match(sent.text)
    later = [t for t in trig if before and t[0] >= before.end()]
    if later:
        cand = build_candidate(ctx, sent, later[0], lo=before.end(), people=[(before.end(), len(sent.text))])
    else:
        cand = build_candidate(ctx, sent, trig[0])
    if sent.doc.lang_ == "en" and SIDELINES_EN.search(sent.text) and len(cand.persons) >= 2:
        cand.side = cand.sidelines = True  # "On the sidelines of the summit, X held talks with Y": an encounter of its own
    if cand.date is None and cand.city is None and sent.index > 0:
        borrow_setting(ctx, cand, ctx.sentences[sent.index - 1])
    if cand.date is None and sent.index > 0 and THESE_REMARKS.search(sent.text) and ctx.sentences[sent.index - 1].dates:
        # "X a déclaré mardi que… X a fait ces remarques lors de sa rencontre avec Y": the
        # words were said at the meeting, so they share its day.
        cand.date = ctx.sentences[sent.index - 1].dates[0].value
    return [cand]


#: How a sentence tells its meetings, tried in order by :func:`_collect_candidates`.
SENTENCE_SHAPES: tuple[Callable[[Context, Sentence, list[Trigger]], list[Candidate] | None], ...] = (
    _two_rounds, _two_events, _encounter_series, _one_meeting,
)


# --- step 2: not meetings after all ---------------------------------------------------------------

def _drop_press_and_tallies(found: Found) -> None:
    """"Lors d'une conférence de presse à Dakar, M. X a salué…": one speaker before the press is
    not a meeting, and its place is not the place of the talks (a joint one, two states, is).
    "Ils se sont rencontrés plus de 15 fois l'an passé": a tally of meetings, not one meeting."""
    found.candidates = [c for c in found.candidates if not (press_at(c.sent.text, c.start) and len(c.states) < 2
                                                            and len(c.persons) < 2)]
    tally = lexical_regex(r"\b(?:\d+\s+fois|{})\b", "tally_phrases")
    found.candidates = [c for c in found.candidates if not tally.search(c.sent.text)]


# --- step 3: anchored meetings and references back ------------------------------------------------

def _anchor_candidates(found: Found) -> None:
    """Candidates with a date, a place, a series or parties of their own are meetings (one per
    event: the same day, place and parties merge); the others refer back to the main one."""
    anchored, loose = found.anchored, found.loose
    previous: Candidate | None = None
    for c in found.candidates:
        if previous is not None:
            another_encounter(c, previous, [*anchored, *loose])
        previous = c if not c.sent.is_headline else previous
        back = anchored[-1] if anchored else None
        if back is not None and _tells_again(back, c):
            continue
        if _has_anchor(c) and not c.sent.is_headline:
            same = next((a for a in anchored if same_event(a, c)), None)
            if same:
                merge(same, c)
            else:
                anchored.append(c)
        else:
            loose.append(c)
    # An encounter found to open a series after it was set aside stands on its own.
    anchored += [c for c in loose if c.side]
    found.loose = [c for c in loose if not c.side]
    anchored.sort(key=lambda c: (c.sent.index, c.start))


def _tells_again(back: Candidate, c: Candidate) -> bool:
    """"La rencontre s'est déroulée en marge du sommet, qui se tient le 18 à Istanbul": the
    meeting just told (``back``), now given its place. A date of its own is the summit's, which
    stays an event of its own (without the persons). True when ``c`` is used up."""
    this = THIS_BEFORE.search(c.sent.text[max(0, c.start - 25):c.start]) and c.kind == back.kind and c.city is None
    if not ((REFERS_BACK.match(c.sent.text) and c.persons <= back.persons and c.kind not in ("call", "summons")
             or this) and not c.other_round):
        return False
    if this:
        # "X a remercié l'ambassadeur pour cette visite": who thanks was there too.
        back.persons |= c.persons
        back.states |= c.states
    if back.city is None and c.city:
        back.city, back.city_name, back.country = c.city, c.city_name, back.country or c.country
    back.venue = back.venue or c.venue
    back.closed = back.closed or c.closed
    back.topics_in += [t for t in c.topics_in if t not in back.topics_in]
    back.evidence.extend(c.evidence)
    if c.date is None or (back.date is not None and c.date.iso == back.date.iso):
        return True
    c.persons, c.subject = set(), set()
    return False


def _has_anchor(c: Candidate) -> bool:
    """A day (a period such as "la semaine dernière" is too vague), a city, a place in a series,
    or a call, summons or visit with persons: enough to be a meeting of its own."""
    dated = c.date is not None and not (c.date.inferred and len(c.date.iso) < 10)
    return dated or c.city is not None or c.side or (
        c.kind in ("call", "summons", "visit") and bool(c.persons) and not c.joined)


def _series_of_encounters(found: Found) -> None:
    """"Il a eu des entretiens avec A… Tôt le matin, il avait déjà rencontré B. Il a aussi eu un
    tête-à-tête avec C": three or more encounters of the article's main person, each with other
    counterparts and none with a date or place of its own, are one meeting each (a summit's side
    meetings), on the last day the story gave and in the one city it names outside that person's
    country."""
    ctx = found.ctx
    counts = Counter(p for c in found.candidates for p in sorted(c.persons))  # sorted: ties break the same way every run
    if not counts:
        return
    subject, seen = counts.most_common(1)[0]
    # Not the persons of a meeting already told ("à l'issue de l'audience, M. X a…" after "le
    # président a reçu X, Y et Z"): those look back at it.
    told = [a.persons for a in found.anchored]
    series = [c for c in found.loose if c.status == "held" and c.kind in ("meeting", "talks") and c.persons - {subject}
              and not any(c.persons - {subject} <= t for t in told)]
    # An encounter of the series the text already placed, without a day, counts too ("après sa
    # rencontre avec le chef d'État à sa résidence…, un entretien avec A…, une rencontre avec B").
    placed = [c for c in found.anchored if c.status == "held" and c.kind in ("meeting", "talks", "visit")
              and subject in c.persons and c.persons - {subject} and c.date is None and c.city]
    others = [c.persons - {subject} for c in (*series, *placed)]
    if seen < 2 or not series or len(others) < 3 or len(set().union(*others)) != sum(map(len, others)):
        return
    state = ctx.person_state.get(subject)
    cities = {m.key: m for s in ctx.sentences if not s.is_headline for m in s.mentions.cities
              if m.country and m.country != state}
    city = next(iter(cities.values())) if len(cities) == 1 else None
    # Else the one city where the text placed some of the encounters.
    where = {c.city for c in (*series, *placed) if c.city}
    if city is None and len(where) == 1:
        city = next((m for s in ctx.sentences for m in s.mentions.cities if m.key in where), None)
    day = None
    for c in sorted(found.candidates, key=lambda c: (c.sent.index, c.start)):
        day = c.date or day
        if c not in series:
            continue
        c.side, c.date, c.subject = True, day, {subject}
        c.persons.add(subject)
        c.states |= {state} if state else set()
        if city is not None and c.city is None:
            c.city, c.country, c.city_name = city.key, city.country, city_label(ctx, city)
        found.loose.remove(c)
        found.anchored.append(c)
    found.anchored.sort(key=lambda c: (c.sent.index, c.start))


# --- steps 4–8: the main meeting and what joins it ------------------------------------------------

def _pick_main(found: Found) -> None:
    """The main meeting is the first that is not an earlier round ("une précédente série…"); with
    no dated or located meeting, the first undated one with persons or two states stands alone."""
    anchored, loose = found.anchored, found.loose
    found.main = next((a for a in anchored if not a.previous_round), anchored[0] if anchored else None)
    if found.main is None and loose:
        with_people = [c for c in loose if len(c.states) >= 2 or c.persons]
        if with_people:
            found.main = with_people[0]
            anchored.append(found.main)
            loose.remove(found.main)


def _absorb_references(found: Found) -> None:
    """A reference back ("ces discussions") adds states, closed door, topics and its evidence to
    the main meeting, not persons that a later sentence merely mentions; "X s'est joint aux
    travaux" adds a participant."""
    main = found.main
    if main is None:
        return
    for c in found.loose:
        if c.joined:
            main.persons |= c.persons
            main.states |= c.states
        # "X meets Y at State House in Harare" above the story that leaves out the city: the
        # headline's city, for the same parties.
        if c.sent.is_headline and main.city is None and c.city and "call" not in (c.kind, main.kind) \
                and (c.persons & main.persons or (c.states and c.states <= main.states)) \
                and (c.date is None or main.date is None or c.date.iso == main.date.iso):
            main.city, main.city_name, main.country = c.city, c.city_name, main.country or c.country
        main.states |= {s for s in c.states if s in main.states or len(main.states) < 2}
        if not c.other_round:
            take_call(main, c)
        main.closed = main.closed or c.closed
        main.topics_in += [t for t in c.topics_in if t not in main.topics_in]
        main.topics_out += [t for t in c.topics_out if t not in main.topics_out]
        main.evidence.extend(c.evidence)


def _add_delegation_heads(found: Found) -> None:
    """"La délégation russe était conduite par X": X and Russia are at the main meeting."""
    found.heads = delegation_heads(found.ctx)
    if found.main is None:
        return
    for _sent, state, key in found.heads:
        found.main.persons.add(key)
        found.main.states.add(state)


#: "a accordé successivement des audiences à plusieurs personnalités", "held a series of meetings",
#: "reçu tour à tour": the encounters are told one by one in the next sentences.
ANNOUNCED_SERIES = re.compile(r"\b(?:successivement|tour\s+à\s+tour|plusieurs|une\s+série\s+d['’]|"
                              r"a\s+series\s+of|several|separate|successive)\b", re.I)


def _announced_audiences(found: Found) -> None:
    """"Le président a accordé successivement, ce mardi, des audiences à plusieurs diplomates. Il
    s'est d'abord entretenu avec A… Il a ensuite reçu B…": one meeting each, with the announcing
    sentence's host, day and place (else the dateline's, in the host's country); the announcement
    itself names no counterpart and goes."""
    ctx = found.ctx
    dl = ctx.dateline or {}
    for head in [*found.anchored, *found.loose]:
        if head.persons - head.subject or len(head.subject) != 1 or not ANNOUNCED_SERIES.search(head.sent.text):
            continue
        host = next(iter(head.subject))
        state = ctx.person_state.get(host)
        if head.city is None and dl.get("country") and dl["country"] in head.states | ({state} if state else set()):
            _held_at_dateline(found, head)  # "Libreville, (AGP) – Le président a reçu…"
        told = [c for c in (*found.anchored, *found.loose) if c is not head and c.status == "held"
                and head.sent.index < c.sent.index <= head.sent.index + 6 and c.kind in ("meeting", "talks", "visit")
                and c.persons - {host} and c.date in (None, head.date) and c.city in (None, head.city)
                and not c.sidelines]
        if len(told) < 2:
            continue
        for c in told:
            c.side, c.date, c.subject = True, head.date, {host}
            c.persons.add(host)
            c.states |= ({state} if state else set()) | head.states
            c.city, c.city_name, c.country = head.city, head.city_name, head.country or c.country
            if c in found.loose:
                found.loose.remove(c)
                found.anchored.append(c)
        (found.anchored if head in found.anchored else found.loose).remove(head)
        found.anchored.sort(key=lambda c: (c.sent.index, c.start))
        if found.main is head:
            found.main = told[0]
        return


#: "a phone conversation on Feb. 15 where the two top officials discussed…": the pair the story is about.
THE_TWO = re.compile(r"\b(?:the\s+two\s+(?:top\s+)?(?:officials|ministers|leaders|presidents|diplomats|men|sides|counterparts)|"
                     r"les\s+deux\s+(?:ministres|hommes|présidents|dirigeants|chefs\s+de\s+la\s+diplomatie|responsables|homologues))\b",
                     re.I)


def _share_series_parties(found: Found) -> None:
    """Rounds of one series share the main meeting's parties; so does another encounter of "the two
    officials" of the main meeting that names nobody ("a phone conversation on Feb. 15 where the
    two top officials discussed Syria": the same pair, Syria only what they discussed)."""
    main = found.main
    for c in found.anchored:
        if c is not main and c.other_round and main is not None:
            c.states |= main.states
        elif c is not main and main is not None and not c.persons and len(main.persons) == 2 \
                and len(main.states) == 2 and THE_TWO.search(c.sent.text, c.start):
            c.persons |= main.persons
            c.states = set(main.states)


def _held_at_dateline(found: Found, c: Candidate) -> None:
    """The candidate was held in the dateline's city."""
    dl = found.ctx.dateline
    c.city, c.country = dl["key"], c.country or dl.get("country")
    c.city_name = found.ctx.gaz.city_name(dl) or dl["text"].title()


def _venue_from_dateline(found: Found) -> None:
    """Reported from Ottawa, between Canada and France, no other place: held in Ottawa. So is each
    other meeting held there that day ("X also met the crown prince…")."""
    main, dl = found.main, found.ctx.dateline
    if not dl or main is None:
        return
    day = lambda c: c.date.iso if c.date is not None else None
    for c in sorted(found.anchored, key=lambda c: c is not main):
        if c is not main and (main.city != dl["key"] or day(c) != day(main)):
            continue
        if c.city is None and c.kind != "call" and c.status == "held" and dl.get("country") in c.states:
            _held_at_dateline(found, c)




def _venue_from_story(found: Found) -> None:
    """"Elle se rend au Japon… doit rencontrer son homologue… visitera un musée de Tokyo": a meeting
    without a place of its own is in the one city of a party's state the article names (the
    dateline aside, which says where the news was written)."""
    main, ctx = found.main, found.ctx
    if main is None or main.city is not None or main.kind == "call" or len(main.states) < 2:
        return
    dateline = (ctx.dateline or {}).get("key")
    cities = {}
    for sent in ctx.sentences:
        for c in sent.mentions.cities:
            if c.country in main.states and c.key != dateline and not sent.is_headline:
                cities.setdefault(c.key, c)
    if len(cities) == 1:
        c = next(iter(cities.values()))
        main.city, main.country = c.key, main.country or c.country
        main.city_name = city_label(ctx, c)


def _visit_to_capital(found: Found) -> None:
    """"Le président X a foulé le sol guinéen pour une visite d'État", "a state visit to Ghana": a
    visit to a country, with no city named, is received in its capital."""
    for c in found.anchored:
        if c.kind == "visit" and c.city is None and c.country:
            c.held_in_capital(found.ctx, c.country)


#: An agency dateline opening a sentence: "NAIROBI, March 3. /KNA/.", "LIMA, May 4 (Andina)".
DATELINE_DAY = re.compile(r"\s*[A-ZÀ-Ý][A-ZÀ-Ý'’. -]{2,30},\s+")


def _date_of_the_news(found: Found) -> None:
    """"Chilean minister arrives in Lima for an official visit": the meeting a headline or lede reports as
    taking place, with no date anywhere, is the news of the day it was published (marked inferred)."""
    main, ctx = found.main, found.ctx
    if main is None or main.date is not None or main.status != "held" or main.previous_round:
        return
    for sent in (main.sent, ctx.sentences[main.sent.index - 1] if main.sent.index else None):
        dated = DATELINE_DAY.match(sent.text) if sent is not None else None
        if dated and sent.dates and sent.dates[0].start - sent.start <= dated.end():
            # "NAIROBI, March 3. /KNA/. X and Y held talks…": the dateline's day.
            main.date = sent.dates[0].value
            return
    if (ctx.published is None and ctx.page_day is None) or main.kind not in DAY_EVENTS:
        return
    # The first sentences that name someone: page chrome before the headline does not count.
    story = [s.index for s in ctx.sentences if s.mentions.persons or s.mentions.states][:3]
    if main.sent.index not in story:
        return
    # (An undated page whose header gives a day without a year: that day, year unknown.)
    day = ctx.published.isoformat() if ctx.published else "--{:02d}-{:02d}".format(*ctx.page_day)
    main.date = DateValue(day, day, inferred=True)


#: The steps of :func:`extract_meetings`, in order.
MEETING_STEPS: tuple[Callable[[Found], None], ...] = (
    _collect_candidates, _listed_participants, _drop_press_and_tallies, _anchor_candidates, _series_of_encounters,
    _pick_main, _absorb_references,
    _add_delegation_heads, _share_series_parties, _venue_from_dateline, _announced_audiences, _venue_from_story,
    _visit_to_capital, _date_of_the_news,
)


# --- the facts ------------------------------------------------------------------------------------

def _to_meetings(found: Found) -> tuple[list[Meeting], list[Place]]:
    """Meeting and Place facts of the anchored candidates; the hosts of meetings that took place
    join the article's acting states. The main meeting comes first: later code links statements
    about "the talks" to it."""
    ctx, anchored, main = found.ctx, found.anchored, found.main
    keys = {id(c): _meeting_key(ctx, c, i) for i, c in enumerate(anchored)}
    heads: dict[str, str] = {}
    for _sent, state, key in found.heads:
        heads.setdefault(state, key)
    series = _series_key(anchored, main)
    previous = _previous_rounds(anchored, keys) if series else {}
    meetings: list[Meeting] = []
    places: dict[str, Place] = {}
    for c in anchored:
        _mark_acting(ctx, c, main)
        if c.city and c.city not in places:
            city = ctx.gaz.city(c.city) or {}
            places[c.city] = Place(key=c.city, name=c.city_name or ctx.gaz.city_name(city) or c.city, kind="city",
                                   country=c.country or city.get("country"), qid=city.get("qid"),
                                   evidence=(c.evidence[0],))
        delegations = tuple(Delegation(state=s, head=heads.get(s)) for s in sorted(c.states) if c is main)
        label = f"{c.kind} {c.date.iso if c.date else ''} {c.city_name or ''}".strip()
        meetings.append(Meeting(
            key=keys[id(c)], kind=c.kind, status=c.status, date=c.date, city=c.city,
            country=c.country or ((ctx.gaz.city(c.city) or {}).get("country") if c.city else None),
            venue=c.venue, states=tuple(sorted(c.states)), persons=tuple(sorted(c.persons)),
            delegations=delegations, host=c.country,
            closed_door=c.closed, series=series, previous=previous.get(id(c)), label=label,
            topics_in=tuple(c.topics_in), topics_out=tuple(c.topics_out),
            evidence=tuple(c.evidence),
        ))
    if main is not None:
        meetings.sort(key=lambda m: m.key != keys[id(main)])
    return meetings, list(places.values())


def _series_key(anchored: list[Candidate], main: Candidate | None) -> str | None:
    """Rounds of one series (an earlier or later round among several meetings) share a key named
    after the main meeting's states."""
    if any(c.other_round for c in anchored) and len(anchored) > 1:
        return f"series--{'-'.join(sorted(s.lower() for s in main.states))}" if main and main.states else None
    return None


def _previous_rounds(anchored: list[Candidate], keys: dict[int, str]) -> dict[int, str | None]:
    """The key of the round before each dated candidate, by date (undated last)."""
    ordered = sorted(anchored, key=lambda c: (c.date.iso.lstrip("-") if c.date else "9999"))
    out: dict[int, str | None] = {}
    for c in anchored:
        if c.date:
            idx = ordered.index(c)
            out[id(c)] = keys[id(ordered[idx - 1])] if idx > 0 else None
    return out


def _mark_acting(ctx: Context, c: Candidate, main: Candidate | None) -> None:
    """The parties of a meeting act; so does the host of a meeting that took place, when no parties
    are known or the text names the host country ("à Istanbul, en Turquie"); the city of a
    future one does not by itself. In English news a third country's city is often only the
    venue ("on the sidelines of the G20 summit in Johannesburg", "talks in Rome with Oman as mediator")."""
    ctx.acting_states |= c.states
    # (New York or Geneva is often only an organisation's seat, whoever writes.)
    seat = fold(c.city_name or "") in folded_words("organisation_seats")
    if c.country and ((c is main and c.status in ("held", "ongoing") and (not c.states or c.country_named) and not seat)
                      or c.country in c.states):
        ctx.acting_states.add(c.country)


def _meeting_key(ctx: Context, m: Candidate, index: int) -> str:
    if m.date and m.date.iso and not m.date.iso.startswith("--") and m.states:
        return f"{m.date.iso}--{'-'.join(sorted(s.lower() for s in m.states))}--{m.kind}"
    return f"{ctx.article.id}--m{index}-{digest(ctx.article.id, index, length=12)}"
