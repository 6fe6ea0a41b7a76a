"""Synthetic extractions shaped like the pipeline's real output, for benchmarks at scale.

Running spaCy on 20,000 articles takes a quarter of an hour, so the query benchmarks build the
:class:`~diplograph.loaders.facts.Extraction` objects directly and turn them into RDF with the real
:func:`~diplograph.graph.rdf.facts_to_rdf`. The shape follows what ``extract_facts`` gives on our
hand-written articles (per article on average: 3.6 states, 4.8 persons, 4.6 posts, 1.5
organisations, 1.7 places, 2 meetings, 4.9 statements, ~430 triples), and so do the overlaps
that make a real store hard to query:

- states from the gazetteer (``loaders/data/states.json``), a few of them in most articles
  (Zipf-weighted, as in any news feed);
- a pool of officials per state whose posts change hands every four years, so the same person
  recurs in hundreds of articles and a post has several holders over time;
- one meeting often reported by several articles (same key, hence the same node in several
  named graphs), rounds of a series of talks chained by ``previous``;
- every fact with its evidence sentence and character offsets in a generated text.

Everything comes from one seeded :class:`random.Random`: the same arguments give the same facts.
The names are made of invented syllables; the sentences are our own templates.

    from synth import generate, write_nquads
    quads = write_nquads(generate(20_000), path)
"""
from __future__ import annotations

import json
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib.resources import files
from pathlib import Path

from diplograph.loaders.facts import (
    Article, DateValue, Delegation, Evidence, Extraction, Meeting, Organization, Person, Place, Position,
    RoleHolding, State,
)
from diplograph.loaders.persons import person_key

__all__ = ["World", "generate", "write_nquads", "graph_nquads"]

#: A post changes hands every TERM_YEARS years.
TERM_YEARS = 4
FIRST_YEAR, LAST_YEAR = 2015, 2025
#: Meeting kinds with their share of the main meeting of an article.
KINDS = {"talks": 5, "meeting": 6, "visit": 4, "call": 4, "summit": 1, "summons": 1, "conference": 1}
KIND_FR = {"talks": "des pourparlers", "meeting": "une rencontre", "visit": "une visite", "call": "un entretien téléphonique",
           "summit": "un sommet", "summons": "une convocation", "conference": "une conférence"}
TOPICS = ("la sécurité énergétique", "le commerce des céréales", "la frontière commune", "les visas",
          "la pêche", "le nucléaire civil", "les échanges de prisonniers", "la navigation fluviale",
          "les droits de douane", "le climat", "la coopération militaire", "les réfugiés")
QUOTES = ("Nous avons avancé sur {t}", "Rien n'est encore décidé sur {t}", "Le dialogue sur {t} doit continuer",
          "Nos positions sur {t} se sont rapprochées", "Il reste beaucoup à faire sur {t}",
          "Nous ne céderons rien sur {t}", "Un accord sur {t} est à portée de main")
CUES = (("déclarer", "a déclaré"), ("affirmer", "a affirmé"), ("indiquer", "a indiqué"), ("souligner", "a souligné"),
        ("estimer", "a estimé"), ("assurer", "a assuré"))
ANONYMOUS = ("une source diplomatique", "un diplomate sous couvert d'anonymat", "une source proche du dossier")
SYLLABLES = ("ba", "lo", "mi", "ra", "ken", "dar", "so", "vel", "tu", "na", "gor", "li", "sa", "mo", "rek", "ta",
             "vi", "an", "el", "or", "zu", "pe", "kal", "do", "ri", "mar", "ne", "bo", "is", "fa")
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")


def _data(name: str):
    return json.loads((files("diplograph.loaders") / "data" / name).read_text(encoding="utf-8"))


def _zipf(n: int, exponent: float) -> list[float]:
    return [1.0 / (rank + 1) ** exponent for rank in range(n)]


@dataclass
class _Official:
    key: str
    name: str
    state: str
    role_type: str
    title: str
    organization: str | None = None
    posted_to: str | None = None


@dataclass
class _Event:
    """A meeting in the world, which several articles may report."""

    key: str
    kind: str
    day: date
    states: tuple[str, ...]
    host: str
    city: str
    status: str
    series: str | None = None
    previous: str | None = None
    topic: str = ""


@dataclass
class World:
    """The states, officials, places and meetings that synthetic articles report on."""

    seed: int = 0
    rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self.states = {s["alpha3"]: s for s in _data("states.json")}
        codes = sorted(self.states)
        self.rng.shuffle(codes)
        #: Most articles are about a few states: Zipf weights over a seeded order.
        self.codes, self.weights = codes, _zipf(len(codes), 1.1)
        self.cities: dict[str, list[dict]] = {}
        for c in _data("places.json"):
            self.cities.setdefault(c["country"], []).append(c)
        self.titles = {r["role_type"]: r["forms"] for r in _data("roles.fr.json")}
        self.agencies = [o for o in _data("organizations.json") if o["kind"] == "agency"]
        self.names: set[str] = set()
        self.officials: dict[tuple, _Official] = {}
        self.events: list[_Event] = []
        self.series: dict[tuple[str, ...], list[_Event]] = {}

    # -- people ---------------------------------------------------------------------------
    def _name(self) -> str:
        while True:
            first = "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 3))).capitalize()
            last = "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 4))).capitalize()
            name = f"{first} {last}"
            if person_key(name) not in self.names:
                self.names.add(person_key(name))
                return name

    def demonym(self, code: str) -> str:
        forms = self.states[code].get("demonyms_fr") or [self.states[code]["name_fr"]]
        return forms[0]

    def official(self, code: str, role_type: str, year: int, posted_to: str | None = None) -> _Official:
        """The holder of a post in a year: the same person for TERM_YEARS years, then a successor."""
        term = (year - FIRST_YEAR) // TERM_YEARS
        ident = (code, role_type, posted_to, term)
        if ident not in self.officials:
            name = self._name()
            form = self.titles[role_type][0]
            if posted_to:
                title = f"{form} {self.demonym(code)} en {self.states[posted_to]['name_fr']}"
                org = f"{code.lower()}-embassy-{posted_to.lower()}"
            else:
                title = f"{form} {self.demonym(code)}"
                org = f"{code.lower()}-ministere-des-affaires-etrangeres" \
                    if role_type in ("foreign_minister", "spokesperson", "deputy_minister") else None
            self.officials[ident] = _Official(person_key(name), name, code, role_type, title, org, posted_to)
        return self.officials[ident]

    # -- meetings -------------------------------------------------------------------------
    def pick_states(self, k: int) -> tuple[str, ...]:
        picked: set[str] = set()
        while len(picked) < k:
            picked.add(self.rng.choices(self.codes, self.weights)[0])
        return tuple(sorted(picked))

    def city(self, code: str) -> dict | None:
        options = self.cities.get(code) or []
        if not options:
            return None
        capitals = [c for c in options if c.get("capital")]
        return self.rng.choice(capitals) if capitals and self.rng.random() < 0.7 else self.rng.choice(options)

    def event(self, published: date) -> _Event:
        """The main meeting of an article: often one already reported, else a new one."""
        recent = [e for e in self.events[-300:] if 0 <= (published - e.day).days <= 10]
        if recent and self.rng.random() < 0.35:
            return self.rng.choice(recent)
        kind = self.rng.choices(list(KINDS), list(KINDS.values()))[0]
        states = self.pick_states(self.rng.randint(3, 6) if kind in ("summit", "conference") else 2)
        host = self.rng.choice(states)
        day = published - timedelta(days=self.rng.randint(0, 3))
        status = "held" if day < published else self.rng.choice(("held", "ongoing"))
        city = self.city(host)
        ev = _Event(f"{day.isoformat()}--{'-'.join(s.lower() for s in states)}--{kind}", kind, day, states, host,
                    f"gn-{city['geonameid']}" if city else "", status, topic=self.rng.choice(TOPICS))
        if kind == "talks" and self.rng.random() < 0.3:
            rounds = self.series.setdefault(states, [])
            ev.series = f"{'-'.join(s.lower() for s in states)}--talks"
            ev.previous = rounds[-1].key if rounds else None
            rounds.append(ev)
        self.events.append(ev)
        return ev


class _Text:
    """An article's text built sentence by sentence, so evidence offsets are exact."""

    def __init__(self, article_id: str, headline: str):
        self.article_id = article_id
        self.parts = [headline]
        self.length = len(headline)
        self.head = self.evidence(headline, 0, headline, "rule:meeting-trigger", 0.75)

    def add(self, sentence: str) -> tuple[str, int]:
        self.parts.append(sentence)
        start = self.length + 1
        self.length = start + len(sentence)
        return sentence, start

    def evidence(self, sentence: str, start: int, span: str, method: str, confidence: float = 0.8) -> Evidence:
        at = sentence.find(span)
        at = 0 if at < 0 else at
        return Evidence(self.article_id, sentence, start, start + len(sentence), start + at,
                        start + at + len(span), method, confidence)

    @property
    def text(self) -> str:
        return "\n".join(self.parts)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _date_fr(day: date) -> str:
    return f"le {day.day} {MONTHS[day.month - 1]} {day.year}"


def _article(world: World, index: int, published: date) -> Extraction:
    rng, year = world.rng, published.year
    aid = f"synth-{index:06d}"
    ev = world.event(published)
    city = next((c for c in world.cities.get(ev.host, []) if f"gn-{c['geonameid']}" == ev.city), None)
    city_name = city["name_fr"] if city else world.states[ev.host]["name_fr"]
    names = " et ".join(world.states[s]["name_fr"] for s in ev.states)
    text = _Text(aid, f"{_cap(KIND_FR[ev.kind].split(' ', 1)[1])} entre {names} à {city_name}")

    # Heads of delegation: foreign ministers for talks and calls, heads of state for summits.
    lead = "head_of_state" if ev.kind in ("summit", "visit") else "foreign_minister"
    heads = [world.official(s, lead, year) for s in ev.states]
    people = list(heads)
    if rng.random() < 0.6:
        people.append(world.official(rng.choice(ev.states), "spokesperson", year))
    if rng.random() < 0.5:
        a, b = rng.sample(ev.states, 2)
        people.append(world.official(a, "ambassador", year, posted_to=b))
    for code in ev.states:  # delegation members besides the head
        if rng.random() < 0.35:
            people.append(world.official(code, rng.choice(("envoy", "adviser", "deputy_minister")), year))
    people = list({p.key: p for p in people}.values())

    sent, s0 = text.add(f"{_cap(heads[0].title)} {heads[0].name} a tenu {KIND_FR[ev.kind]} "
                        f"{_date_fr(ev.day)} à {city_name} avec "
                        + ", ".join(f"{h.title} {h.name}" for h in heads[1:]) + f", consacré à {ev.topic}.")
    meeting_ev = [text.head, text.evidence(sent, s0, KIND_FR[ev.kind], "rule:meeting-trigger", 0.75)]
    person_ev: dict[str, Evidence] = {}
    role_ev: dict[str, Evidence] = {}
    for h in heads:
        person_ev[h.key] = text.evidence(sent, s0, h.name, "ner+rules", 0.85)
        role_ev[h.key] = text.evidence(sent, s0, f"{h.title} {h.name}" if h is not heads[0] else h.name,
                                       "rule:title-apposition", 0.85)
    for p in people:
        if p.key in person_ev:
            continue
        sent, s = text.add(f"{_cap(p.title)}, {p.name}, était également présent.")
        person_ev[p.key] = text.evidence(sent, s, p.name, "ner+rules", 0.85)
        role_ev[p.key] = text.evidence(sent, s, _cap(p.title), "rule:title-apposition", 0.85)

    # Statements: mostly the persons named, sometimes a government or an anonymous source.
    positions, meetings_keys = [], ev.key
    agency = rng.choice(world.agencies) if rng.random() < 0.3 else None
    for i in range(rng.choice((3, 4, 5, 5, 6, 7))):
        quote = rng.choice(QUOTES).format(t=ev.topic)
        lemma, said = rng.choice(CUES)
        roll = rng.random()
        if roll < 0.7:
            sp = rng.choice(people)
            sent, s = text.add(f"« {quote} », {said} M. {sp.name.split()[-1]}.")
            kwargs = dict(speaker=sp.key, speaker_kind="person", speaker_state=sp.state)
        elif roll < 0.85:
            code = rng.choice(ev.states)
            label = f"le gouvernement {world.demonym(code)}"
            sent, s = text.add(f"Selon {label}, {quote[0].lower() + quote[1:]}.")
            kwargs = dict(speaker_kind="state", speaker_label=label, speaker_state=code)
        else:
            label = rng.choice(ANONYMOUS)
            sent, s = text.add(f"« {quote} », {said} {label}.")
            kwargs = dict(speaker_kind="anonymous", speaker_label=label)
        quote_type = "direct" if sent.startswith("«") else "indirect"
        positions.append(Position(
            key=f"{i}-{rng.getrandbits(40):010x}", text=quote, quote_type=quote_type, cue=lemma,
            date=DateValue(_date_fr(ev.day), ev.day.isoformat(), True), meeting=meetings_keys if rng.random() < 0.5 else None,
            via=agency["key"] if agency and i == 0 else None,
            evidence=text.evidence(sent, s, quote, f"rule:{quote_type}-speech", 0.8), **kwargs))

    # A follow-up announced in the article: undated keys are article-scoped, as in the real pipeline.
    follow_host = rng.choice(ev.states)
    follow_city = world.city(follow_host)
    sent, s = text.add(f"Une nouvelle rencontre est prévue à {follow_city['name_fr'] if follow_city else 'une date ultérieure'}.")
    follow = Meeting(f"{aid}--m1-{rng.getrandbits(48):012x}", "meeting", "planned",
                     city=f"gn-{follow_city['geonameid']}" if follow_city else None, country=follow_host,
                     states=ev.states, host=follow_host, label=f"meeting  {follow_city['name_fr'] if follow_city else ''}",
                     evidence=(text.evidence(sent, s, "rencontre", "rule:meeting-trigger", 0.75),))

    main = Meeting(ev.key, ev.kind, ev.status, DateValue(_date_fr(ev.day), ev.day.isoformat(), False),
                   ev.city or None, ev.host, None, ev.states, tuple(sorted(h.key for h in heads)),
                   tuple(Delegation(h.state, h.key) for h in heads), ev.host, ev.kind == "talks" and rng.random() < 0.3,
                   ev.series, ev.previous, (ev.topic,), (), f"{ev.kind} {ev.day.isoformat()} {city_name}",
                   tuple(meeting_ev))

    # Topic states: named in passing, not acting.
    topic_states = [c for c in world.pick_states(rng.choice((0, 0, 1, 1, 2))) if c not in ev.states]
    acting = set(ev.states) | {p.state for p in people} | {p.posted_to for p in people if p.posted_to}
    head_ev = text.head
    states = tuple(State(c, world.states[c]["alpha2"], world.states[c]["name_fr"], world.states[c]["qid"], c in acting,
                         ("name",), (head_ev,)) for c in sorted(acting | set(topic_states)))

    orgs = {}
    for p in people:
        if p.organization and p.posted_to:
            orgs[p.organization] = Organization(p.organization, f"ambassade : {world.states[p.state]['name_fr']} → "
                                                f"{world.states[p.posted_to]['name_fr']}", "embassy", p.state, p.posted_to,
                                                evidence=(role_ev[p.key],))
        elif p.organization:
            orgs[p.organization] = Organization(p.organization, f"ministère {world.demonym(p.state)} des Affaires étrangères",
                                                "ministry", p.state, evidence=(role_ev[p.key],))
    if agency:
        orgs[agency["key"]] = Organization(agency["key"], agency["name_fr"], "agency", agency["state"], qid=agency["qid"],
                                           evidence=(positions[0].evidence,))
    places = {}
    for c in (city, follow_city):
        if c:
            places[f"gn-{c['geonameid']}"] = Place(f"gn-{c['geonameid']}", c["name_fr"], "city", c["country"], c.get("qid"))

    as_of = DateValue(published.isoformat(), published.isoformat(), True)
    roles = tuple(RoleHolding(p.key, p.title, p.role_type, p.state, p.organization, p.posted_to, as_of,
                              "former" if rng.random() < 0.03 else "current", role_ev[p.key]) for p in people)
    persons = tuple(Person(p.key, p.name, (p.name.split()[-1],), p.state, (person_ev[p.key],)) for p in people)
    article = Article(aid, text.text, "fr", text.parts[0], f"https://news.example.org/{aid}", published.isoformat(),
                      sha256=f"{rng.getrandbits(256):064x}")
    return Extraction(article, states, persons, tuple(orgs.values()), tuple(places.values()), roles, (main, follow),
                      tuple(positions))


def generate(articles: int, *, seed: int = 0) -> Iterator[Extraction]:
    """``articles`` synthetic extractions, published in date order from 2015 to 2025.

    Args:
        articles: how many articles.
        seed: the random seed; the same seed gives the same facts.

    Raises:
        ValueError: ``articles`` is negative.
    """
    if articles < 0:
        raise ValueError(f"the number of articles must be positive, not {articles}")
    world = World(seed)
    span = (date(LAST_YEAR, 12, 31) - date(FIRST_YEAR, 1, 1)).days
    for i in range(articles):
        published = date(FIRST_YEAR, 1, 1) + timedelta(days=i * span // max(articles, 1))
        yield _article(world, i, published)


def graph_nquads(extraction: Extraction) -> str:
    """The N-Quads of one article's named graph, as the store holds it."""
    from diplograph.graph.ids import graph_iri
    from diplograph.graph.rdf import facts_to_rdf

    suffix = f" <{graph_iri(extraction.article.id)}> .\n"
    nt = facts_to_rdf(extraction).serialize(format="nt")
    # N-Triples lines end with " ."; N-Quads put the graph name before the dot.
    return "".join(line[:-2] + suffix for line in nt.splitlines() if line.endswith(" ."))


def write_nquads(extractions: Iterable[Extraction], path: str | Path) -> int:
    """Write the named graphs of the extractions to an N-Quads file; returns the number of quads."""
    count = 0
    with open(path, "w", encoding="utf-8") as out:
        for ex in extractions:
            text = graph_nquads(ex)
            count += text.count("\n")
            out.write(text)
    return count


def finish(result: dict, report, json_path=None) -> None:
    """End a benchmark run: print its report, save it as JSON if asked, and exit 1 (listing them)
    when the engines' answers disagree."""
    import json
    import sys

    report(result)
    if json_path:
        json_path.write_text(json.dumps(result, indent=1, default=str) + "\n", encoding="utf-8")
    if result["problems"]:
        print(f"error: {len(result['problems'])} answer(s) disagree:", file=sys.stderr)
        for problem in result["problems"]:
            print(f"  {problem}", file=sys.stderr)
        raise SystemExit(1)
