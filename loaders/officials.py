"""The officials knowledge base: who held which post, for which state, when.

Real articles name leaders without saying their country ("le président Tebboune", "Barack Obama
a déclaré"). ``data/officials.jsonl`` (built by ``data/scripts/build_officials.py`` from Wikidata
extracts and a hand table; see data/SOURCES.md) lists one tenure per line. This module loads it
once per process, finds a person by any name variant, and fills what the text leaves silent:

* the state a person acts for, when the base gives one state for that person by the article's
  date;
* the state of a role written without one ("le ministre Lavrov"), when the base's post agrees
  with the role type;
* a post for a named person the text gives none, current or former by the dates, with
  evidence method ``kb`` and a lower confidence.

The text wins whenever it says something: a state or a role it gives is never replaced. A
surname alone ("Tebboune") matches only with a title of the text that agrees ("le président
Tebboune") and only when one person fits at the date.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from diplograph.loaders.context import KB
from diplograph.loaders.facts import DateValue, RoleHolding
from diplograph.loaders.lexicon import words_of_all
from diplograph.loaders.roles import bare_minister, named_post
from diplograph.loaders.text import fold
from diplograph.loaders.translit import translit_key

__all__ = ["Tenure", "PersonMatch", "load_officials", "lookup", "match_person", "apply_officials", "normalize_name",
           "officeholder_surnames"]

#: Role types of the text that agree with a post of the base.
AGREES = {
    "head_of_state": {"head_of_state"},
    "head_of_government": {"head_of_government"},
    "deputy_head_of_state": {"deputy_head_of_state"},
    "foreign_minister": {"foreign_minister", "secretary_of_state", "minister"},
    "deputy_minister": {"deputy_minister", "secretary_of_state", "minister"},
    "spokesperson": {"spokesperson"},
    "secretary_general": {"secretary_general"},
    "envoy": {"envoy", "foreign_minister"},
}

#: Confidence of a fact that comes from the base rather than from the text.
KB_CONFIDENCE = 0.6


@lru_cache(maxsize=1)
def _name_prefixes() -> re.Pattern:
    """Words in front of a name that are not part of it ("M.", "Sheikh", "le"), folded like a name."""
    words = {re.sub(r"[^a-z0-9]+", " ", fold(w)).strip() for w in words_of_all("name_prefixes")}
    return re.compile(rf"^(?:{'|'.join(sorted(map(re.escape, words)))})\s+")


@dataclass(frozen=True, slots=True)
class Tenure:
    """One person holding one post from ``start`` to ``end`` (ISO dates, possibly ``YYYY`` or ``YYYY-MM``)."""

    qid: str | None
    name: str
    names: tuple[str, ...]
    surname: str
    state: str | None
    role_type: str
    title_fr: str
    title_en: str
    organization: str | None
    start: str
    end: str | None
    source: str

    @property
    def person_id(self) -> str:
        return self.qid or normalize_name(self.name)

    def started_by(self, on: dt.date) -> bool:
        """True when the tenure had surely begun on ``on`` (a ``YYYY`` start counts from its last day)."""
        return _upper(self.start) <= on

    def may_have_started(self, on: dt.date) -> bool:
        return _lower(self.start) <= on

    def current_on(self, on: dt.date) -> bool:
        """Surely in office on ``on``."""
        return self.started_by(on) and (self.end is None or on < _lower(self.end))

    def ended_by(self, on: dt.date) -> bool:
        """Surely out of office on ``on`` (the day a post ends is the successor's first)."""
        return self.end is not None and (_upper(self.end) < on or len(self.end) == 10 and _lower(self.end) == on)


def _lower(iso: str) -> dt.date:
    parts = [int(p) for p in iso.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _upper(iso: str) -> dt.date:
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        nxt = dt.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(parts[0], 12, 31)


def normalize_name(name: str) -> str:
    """A name folded for comparison: no accents, case, punctuation or honorific.

    >>> normalize_name("Sergueï Lavrov")
    'serguei lavrov'
    >>> normalize_name("M. Jean-Yves Le Drian")
    'jean yves le drian'
    >>> normalize_name("Denis Sassou N'Guesso")
    'denis sassou nguesso'
    """
    # (an apostrophe inside a name joins its parts: "N'Guesso" is "Nguesso", "O'Brien" "OBrien")
    text = re.sub(r"[^a-z0-9]+", " ", re.sub(r"(?<=\w)['’](?=\w)", "", fold(name))).strip()
    while True:
        stripped = _name_prefixes().sub("", text)
        if stripped == text:
            return text
        text = stripped


@dataclass(frozen=True, slots=True)
class _Index:
    tenures: tuple[Tenure, ...]
    by_name: dict[str, tuple[int, ...]]
    by_surname: dict[str, tuple[int, ...]]
    #: The full names again, by transliteration key ("sadir japarov" for "Sadyr Zhaparov").
    by_spelling: dict[str, tuple[int, ...]]


#: Particles that open the second part of a compound surname ("Fernández de Kirchner").
PARTICLES = frozenset({"de", "del", "da", "das", "do", "dos", "di", "y", "e", "bin", "ben", "ibn", "al", "el", "van", "von"})


def _short_forms(name: str) -> set[str]:
    """A folded name and the shorter forms news writes for it: without middle names ("Recep
    Erdogan" for Recep Tayyip Erdoğan) and without the part of a compound surname after a
    particle ("Cristina Fernández" for Cristina Fernández de Kirchner).

    >>> sorted(_short_forms("cristina fernandez de kirchner"))
    ['cristina fernandez', 'cristina fernandez de kirchner', 'cristina kirchner']
    """
    words = name.split()
    forms = {name}
    if len(words) >= 3:
        forms.add(f"{words[0]} {words[-1]}")
        cut = next((i for i, w in enumerate(words) if i >= 2 and w in PARTICLES), None)
        if cut is not None:
            forms.add(" ".join(words[:cut]))
    return forms


@lru_cache(maxsize=1)
def load_officials() -> _Index:
    """The knowledge base, read once per process."""
    text = resources.files("diplograph.loaders.data").joinpath("officials.jsonl").read_text(encoding="utf-8")
    tenures = []
    by_name: dict[str, list[int]] = {}
    by_surname: dict[str, list[int]] = {}
    by_spelling: dict[str, list[int]] = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        t = Tenure(qid=r["qid"], name=r["name"], names=tuple(r["names"]), surname=r["surname"], state=r["state"],
                   role_type=r["role_type"], title_fr=r["title_fr"], title_en=r["title_en"],
                   organization=r["organization"], start=r["start"], end=r["end"], source=r["source"])
        i = len(tenures)
        tenures.append(t)
        for n in {f for n in (t.name, *t.names) for f in _short_forms(normalize_name(n))}:
            if len(n.split()) >= 2 or re.search(r"\b[ivx]+$", n):
                by_name.setdefault(n, []).append(i)
                by_spelling.setdefault(_spelling(n), []).append(i)
    # A person's tenures may spell the surname differently (a French "Salmane", an English
    # "Salman"): each tenure is found by every spelling of its person's.
    surnames: dict[str, set[str]] = {}
    for t in tenures:
        surnames.setdefault(t.qid or t.name, set()).add(normalize_name(t.surname))
    for i, t in enumerate(tenures):
        for sur in sorted(surnames[t.qid or t.name]):
            by_surname.setdefault(sur, []).append(i)
    return _Index(tuple(tenures), {k: tuple(v) for k, v in by_name.items()},
                  {k: tuple(v) for k, v in by_surname.items()},
                  {k: tuple(sorted(set(v))) for k, v in by_spelling.items()})


def _spelling(name: str) -> str:
    """A normalised full name as transliteration keys, word by word."""
    return " ".join(translit_key(w) for w in name.split())


WORD = re.compile(r"[^\W_]+", re.UNICODE)


@lru_cache(maxsize=65536)
def _normalized_word(word: str) -> str:
    return normalize_name(word)


def find_known_names(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that write a full name of the base ("Susana Malcorra"), longest first
    at each place: the small models often tag a foreign name as an organisation or miss it.

    >>> find_known_names("Il a reçu Sergueï Lavrov mardi.")
    [(10, 24)]
    """
    idx = load_officials()
    words = [(m.start(), m.end(), _normalized_word(m.group())) for m in WORD.finditer(text)]
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        hit = None
        if text[words[i][0]].isupper():
            for n in range(min(5, len(words) - i), 1, -1):
                span = words[i:i + n]
                if not text[span[-1][0]].isupper():
                    continue
                if " ".join(w for *_, w in span) in idx.by_name:
                    hit = (span[0][0], span[-1][1], n)
                    break
        if hit:
            out.append(hit[:2])
            i += hit[2]
        else:
            i += 1
    return out


@lru_cache(maxsize=256)
def officeholder_surnames(on: dt.date, states: frozenset[str]) -> frozenset[str]:
    """Folded surnames of the persons in office on ``on`` for one of ``states``, for the
    models' misses of a surname alone ("Solberg stressed…" in a story naming Norway).

    >>> "lavrov" in officeholder_surnames(dt.date(2017, 2, 18), frozenset({"RUS"}))
    True
    """
    idx = load_officials()
    return frozenset(normalize_name(t.surname) for t in idx.tenures
                     if t.state in states and t.current_on(on) and len(t.surname) >= 4)


def lookup(name: str, on: dt.date | None = None) -> list[Tenure]:
    """Every tenure of the persons called ``name`` (a full-name variant), who had taken up a
    post of the base by ``on`` (any date when None).

    >>> [t.state for t in lookup("Sergueï Lavrov", dt.date(2012, 5, 1))]
    ['RUS']
    >>> lookup("Lavrov")  # a surname alone is not a name
    []
    >>> {t.state for t in lookup("Kishida Fumio")}
    {'JPN'}
    """
    idx = load_officials()
    key = normalize_name(name)
    # Another transliteration of a full name ("Sadyr Japarov" for "Sadyr Zhaparov") when the
    # spelling itself is not in the base.
    found = [idx.tenures[i] for i in idx.by_name.get(key, ())] or \
            ([idx.tenures[i] for i in idx.by_spelling.get(_spelling(key), ())] if len(key.split()) >= 2 else [])
    if not found and len(key.split()) == 2:
        # The family name first, as Japanese and Hungarian pages write it ("Kishida Fumio").
        found = [idx.tenures[i] for i in idx.by_name.get(" ".join(reversed(key.split())), ())]
    if not found and len(key.split()) >= 3:
        # Middle names the base spells otherwise or lacks ("Emmanuel Jean-Michel Frédéric Macron"
        # for "Emmanuel Macron"): the first and last names.
        words = key.split()
        found = [idx.tenures[i] for i in idx.by_name.get(f"{words[0]} {words[-1]}", ())]
    return _known_by(found, on)


def _known_by(found: list[Tenure], on: dt.date | None) -> list[Tenure]:
    """The tenures of the persons who had held a post by ``on`` (all of a person's tenures)."""
    if on is None:
        return found
    persons = {t.person_id for t in found if t.may_have_started(on)}
    return [t for t in found if t.person_id in persons]


@dataclass(frozen=True, slots=True)
class PersonMatch:
    """The one person of the base a name stands for, with that person's tenures."""

    person_id: str
    qid: str | None
    tenures: tuple[Tenure, ...]

    def states_on(self, on: dt.date | None) -> set[str]:
        """States of the posts held by ``on`` (or at any time when None)."""
        return {t.state for t in self.tenures if t.state and (on is None or t.may_have_started(on))}

    def acting_states(self, on: dt.date | None) -> set[str]:
        """The states the person acts for on ``on``: those of the posts held that day, else those
        held before. A former Estonian prime minister who is now the EU's High Representative
        acts for no state; a former president speaks for his country still."""
        if on is not None:
            current = [t for t in self.tenures if t.current_on(on)]
            if current:
                return {t.state for t in current if t.state}
        return self.states_on(on)

    def held_on(self, on: dt.date) -> list[Tenure]:
        return [t for t in self.tenures if t.current_on(on)]

    def maybe_held_on(self, on: dt.date) -> list[Tenure]:
        """Posts begun by ``on`` whose end the sources know only to the year or month of ``on``."""
        return [t for t in self.tenures if t.may_have_started(on) and not t.current_on(on) and not t.ended_by(on)]

    def last_before(self, on: dt.date) -> Tenure | None:
        """The post last left by ``on``; None while a post may still be held that day (one whose
        end the sources know only to the year or month): the older post would be a guess."""
        if self.maybe_held_on(on):
            return None
        done = [t for t in self.tenures if t.ended_by(on)]
        return max(done, key=lambda t: t.end or "") if done else None


def match_person(names: list[str], role_types: set[str], on: dt.date | None) -> PersonMatch | None:
    """The one person of the base these spellings name, or None.

    A full-name variant is enough. A one-word name (a surname) needs a role type of the text
    that agrees with a post that person held at the date (or at any time without one). Two
    persons fit: None.
    """
    idx = load_officials()
    found: list[Tenure] = []
    for n in names:
        found += lookup(n, on)
    if not found and role_types:
        keys = {normalize_name(n) for n in names} - {""}
        candidates = [idx.tenures[i] for k in sorted(keys) for i in idx.by_surname.get(k, ())
                      if role_types & AGREES.get(idx.tenures[i].role_type, {idx.tenures[i].role_type})]
        # In office at the date first ("le président Bush" in 2005 is George W.), else any who had
        # held that post by then ("l'ancien président Chirac").
        found = [t for t in candidates if on is None or t.current_on(on)] or \
                [t for t in candidates if on is not None and t.may_have_started(on)]
        # Every tenure of the one person found, not only the agreeing post.
        ids = {t.person_id for t in found}
        if len(ids) == 1:
            pid = ids.pop()
            found = [t for t in idx.tenures if t.person_id == pid]
    persons = {t.person_id for t in found}
    if len(persons) != 1:
        return None
    pid = persons.pop()
    tenures = tuple(sorted({t for t in found if t.person_id == pid}, key=lambda t: (t.start, t.role_type)))
    return PersonMatch(pid, tenures[0].qid, tenures)


#: The method of a title linked to the next name the text gives (roles.py): a guess the base may undo.
NAMED_LATER = "rule:title-named-later"


def _agrees(role_type: str, t: Tenure) -> bool:
    return role_type in AGREES.get(t.role_type, {t.role_type})


def apply_officials(ctx, roles: list[RoleHolding]) -> tuple[list[RoleHolding], dict[str, str]]:
    """Fill what the text leaves silent from the knowledge base.

    Args:
        ctx: the article's :class:`~diplograph.loaders.context.Context` (persons, person states).
        roles: the roles read from the text.

    Returns:
        The roles (states filled in, posts added for persons the text gives none) and the
        Wikidata QID of each person of the base, by person key. ``ctx.person_state`` is filled
        for persons whose state the text does not give.
    """
    if ctx.published is None:
        ctx.kb_date = dated_by_officials([[c.name, *sorted(c.aliases)] for c in ctx.persons], ctx.kb_date)
    on = ctx.kb_date
    qids: dict[str, str] = {}
    out = list(roles)
    by_person: dict[str, list[int]] = {}
    for i, r in enumerate(out):
        by_person.setdefault(r.person, []).append(i)
    for c in ctx.persons:
        text_roles = {out[i].role_type for i in by_person.get(c.key, [])}
        text_roles |= {rt for rt, _title in ctx.person_roles.get(c.key, [])}
        match = match_person([c.name, *sorted(c.aliases)], text_roles, on) or _by_surname_alone(
            ctx, c, on, text_roles - {"counterpart"})
        if match is None:
            continue
        states = match.states_on(on)
        said = ctx.person_state.get(c.key)
        if said and states and said not in states:
            if (_stated(ctx, c, said) and not ctx.guessed_state(c.key)) or len(states) != 1:
                # The text says another state: the text wins, and the base's person may be
                # another one of the same name. Nothing from the base.
                continue
            # The state was only the outlet's country, taken for a bare title ("le ministre des
            # Affaires étrangères, X" in a national paper): the base knows better.
            acting = match.acting_states(on)
            if len(acting) != 1:
                continue
            right = next(iter(acting))
            ctx.set_state(c.key, right, KB)
            # Every post the guess gave moves with it ("Crown Prince and Prime Minister X" under a
            # Kuwaiti dateline): one person acts for one state, even in posts the base lacks. A
            # title linked to the next name ("…en tant que président de la Confédération. […]
            # Frank-Walter Steinmeier a…") was someone else's: it goes.
            for i in by_person.get(c.key, []):
                if out[i].state == said and out[i].evidence is not None and out[i].evidence.method == NAMED_LATER:
                    wrong = (out[i].role_type, out[i].title)
                    ctx.person_roles[c.key] = [p for p in ctx.person_roles.get(c.key, []) if p != wrong]
                    out[i] = None
                elif out[i].state == said:
                    out[i] = replace(out[i], state=right)
        if match.qid:
            qids[c.key] = match.qid
        acting = match.acting_states(on)
        if len(acting) == 1:
            ctx.set_state(c.key, next(iter(acting)), KB)
        # Roles the text gives without a state: the base's post of that role type.
        for i in by_person.get(c.key, []):
            if out[i] is None:
                continue
            out[i] = r = _named_portfolio(ctx, out[i], match, on)
            if r.state or r.organization:
                continue
            posts = {t.state for t in match.tenures if _agrees(r.role_type, t) and t.state
                     and (on is None or t.may_have_started(on))}
            if len(posts) == 1:
                out[i] = replace(r, state=posts.pop())
        has_posts = any(out[i] is not None for i in by_person.get(c.key, [])) or bool(ctx.person_roles.get(c.key))
        # Posts the text did not give are known all the same: "le ministre suisse des Affaires
        # étrangères a estimé" is the president who also holds that portfolio.
        known = {rt for rt, _title in ctx.person_roles.get(c.key, [])} | text_roles
        for t in match.held_on(on) if on else ():
            if t.role_type not in known and (not said or t.state == said):
                ctx.person_roles.setdefault(c.key, []).append((t.role_type, _title_in(ctx, t)))
        if has_posts:
            continue
        role = _kb_role(ctx, c, match, on)
        if role is not None:
            out.append(role)
    out = [r for r in out if r is not None]
    return out + _unlinked_titles(ctx, out, on), qids


def _unlinked_titles(ctx, roles: list[RoleHolding], on: dt.date | None) -> list[RoleHolding]:
    """"Le Tessinois a déclaré que son souhait en tant que président de la Confédération…": a post
    the text names for a state with nobody's name beside it, which the base says exactly one
    person of the article held that day, is that person's."""
    if on is None:
        return []
    held = {(r.person, r.role_type, r.state) for r in roles}
    taken = {(r.role_type, r.state) for r in roles}
    matches = {c.key: match_person([c.name, *sorted(c.aliases)], set(), on) for c in ctx.persons}
    out = []
    for sent in ctx.sentences:
        for t in sent.mentions.titles:
            if not t.state or t.plural or t.former or t.role_type == "counterpart" or (t.role_type, t.state) in taken:
                continue
            holders = [(k, x) for k, m in matches.items() if m is not None
                       for x in m.held_on(on) if x.role_type == t.role_type and x.state == t.state]
            if len(holders) != 1 or (holders[0][0], t.role_type, t.state) in held:
                continue
            taken.add((t.role_type, t.state))
            # (the base's words for the post: the text's may run on, "chef d'État allemand à sa résidence…")
            out.append(RoleHolding(person=holders[0][0], title=_title_in(ctx, holders[0][1]), role_type=t.role_type, state=t.state,
                                   as_of=DateValue(on.isoformat(), on.isoformat(), True),
                                   evidence=ctx.evidence(sent, t.start, t.end, "kb", KB_CONFIDENCE)))
    return out


def dated_by_officials(persons: list[list[str]], guess: dt.date | None) -> dt.date | None:
    """The day an undated page is read at: ``guess`` (the latest date it writes), unless more of
    the persons it names by full name were in office together on another day; then the day of
    that kind nearest the guess. A year in a page's chrome ("2024" in a teaser of another story)
    made two ministers of 2020 "former" and their titles nobody's.

    Args:
        persons: each person's spellings (name first).
        guess: the latest date the text writes, or None.
    """
    matches = [m for names in persons if (m := match_person(names, set(), None)) is not None]
    if len(matches) < 2:
        return guess
    days = {d for m in matches for t in m.tenures
            for d in (_upper(t.start), t.end and _lower(t.end) - dt.timedelta(days=1)) if d}

    def in_office(day: dt.date) -> int:
        return sum(any(t.current_on(day) for t in m.tenures) for m in matches)

    def started(day: dt.date) -> int:
        # A page names former officials, rarely future ones: of two days with as many in office,
        # the one by which more of them had taken up a post ("son prédécesseur X" named too).
        return sum(any(t.may_have_started(day) for t in m.tenures) for m in matches)

    best = max(days, key=lambda d: (in_office(d), started(d), -abs((d - guess).days) if guess else d.toordinal()))
    if in_office(best) < 2 or (guess is not None and in_office(guess) >= in_office(best)):
        return guess
    return best


def _by_surname_alone(ctx, cluster, on: dt.date | None, text_roles: set[str] = frozenset()) -> PersonMatch | None:
    """"Mr Albanese must now decide…" in a story about Australia: a surname the text never completes is
    the one person of the base by that surname in office at the article's date whose state the
    article names, in a post that agrees with the titles the text gives (the foreign minister "M.
    Aliyev" is not the president Aliyev). Without a date, or with two such persons, nobody."""
    if on is None or len(normalize_name(cluster.name).split()) != 1:
        return None
    idx = load_officials()
    named = {m.code for sent in ctx.sentences for m in sent.mentions.states}
    found = [idx.tenures[i] for i in idx.by_surname.get(normalize_name(cluster.name), ())]
    current = [t for t in found if t.current_on(on) and t.state in named
               and (not text_roles or any(_agrees(rt, t) for rt in text_roles))]
    if len({t.person_id for t in current}) != 1:
        return None
    pid = current[0].person_id
    tenures = tuple(sorted((t for t in found if t.person_id == pid), key=lambda t: (t.start, t.role_type)))
    return PersonMatch(pid, tenures[0].qid, tenures)


def _named_portfolio(ctx, r: RoleHolding, match: PersonMatch, on: dt.date | None) -> RoleHolding:
    """The post the base knows at the date, for a title that does not name it: "minister Cho
    Tae-yul", "le ministre chinois" (no portfolio), or "son homologue américain John Kerry" (a
    title borrowed from the counterpart, who is a foreign minister where Kerry is Secretary of
    State)."""
    if on is None:
        return r
    borrowed = r.evidence is not None and r.evidence.method == "rule:counterpart"
    # ("conseiller fédéral" is a title of its own, not a minister whose portfolio goes unsaid.)
    if r.role_type == "minister" and bare_minister(ctx.gaz, r.title) and "minist" in fold(r.title):
        held = [t for t in match.held_on(on) if "minister" in AGREES.get(t.role_type, ()) and r.state in (None, t.state)]
    elif borrowed:
        held = [t for t in match.held_on(on) if _agrees(r.role_type, t) and r.state in (None, t.state)]
    else:
        return r
    if len(held) != 1:
        return r
    t = held[0]
    return replace(r, title=_title_in(ctx, t), role_type=t.role_type, state=r.state or t.state)


def _title_in(ctx, t: Tenure) -> str:
    """A post's title in the article's language (a counterpart may borrow it), with the common
    name of the post when the title has another ("chef du Département fédéral des affaires
    étrangères (= ministre des Affaires étrangères)")."""
    lang = "en" if ctx.article.lang == "en" and t.title_en else "fr"
    return named_post(t.title_en if lang == "en" else t.title_fr, t.role_type, lang)


def _stated(ctx, cluster, state: str) -> bool:
    """Whether a sentence that names the person also names ``state`` (a name, demonym or capital)."""
    sentences = {i for i, _start, _end in cluster.mentions}
    return any(m.code == state for i in sentences for m in ctx.sentences[i].mentions.states)


def _kb_role(ctx, cluster, match: PersonMatch, on: dt.date | None) -> RoleHolding | None:
    """The post a person the text names without a title held at the article's date (or last held)."""
    if not cluster.mentions:
        return None
    if on is None:
        # An undated page: the person's latest post, when all of them served one state.
        if len(match.states_on(None)) != 1:
            return None
        on = _lower(max(match.tenures, key=lambda t: t.start).start)
    # A post that may still be held that day is likelier than an older one surely left.
    held = match.held_on(on) or match.maybe_held_on(on)
    status = "current"
    if not held:
        last = match.last_before(on)
        if last is None:
            return None
        held, status = [last], "former"
    # The highest post first: a president who was foreign minister once is the president.
    rank = ["head_of_state", "head_of_government", "secretary_general", "foreign_minister", "envoy",
            "deputy_head_of_state", "deputy_minister", "spokesperson"]
    t = min(held, key=lambda t: (rank.index(t.role_type) if t.role_type in rank else 99, t.start))
    sent_index, start, end = cluster.mentions[0]
    sent = ctx.sentences[sent_index]
    as_of = DateValue(on.isoformat(), on.isoformat(), True) if status == "current" else None
    orgs = {o.key for s in ctx.sentences for o in s.mentions.orgs}
    title = _title_in(ctx, t)
    return RoleHolding(person=cluster.key, title=title, role_type=t.role_type, state=t.state,
                       organization=t.organization if t.organization in orgs else None,
                       as_of=as_of, status=status,
                       evidence=ctx.evidence(sent, start - sent.start, end - sent.start, "kb", KB_CONFIDENCE))
