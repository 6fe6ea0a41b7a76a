"""One statement reported by several articles, in one language or two: ``dipl:sameStatementAs``.

Each article gives its own statement node (its words, its evidence sentence), so a frank
dialogue quoted by a French wire ("un dialogue franc et constructif") and by an English one
("a frank and constructive dialogue") are two nodes. They are *linked*, never merged: after the
resolver has given the speaker and the meeting their canonical IRIs
(diplograph.graph.resolve), :class:`StatementLinker` looks for statements of other articles
with the same speaker in the context of the same meeting, and writes, in the new article's
graph, ``<new> dipl:sameStatementAs <known>`` and a ``dipl:StatementLink`` node with the score
and the reason.

What decides is the speaker, the meeting and the date:

- the same speaker IRI and the same meeting IRI (``dipl:inContextOf``): required; a statement
  whose article names no meeting for it is about the one meeting its speaker attended in that
  article (``sem:hasActor``), if there is exactly one, held that day or the day before
  (reason ``same-meeting-attended``, 0.05 less a side);
- the dates agree: the same day, or one day apart when neither is before the meeting's date
  (an article that gives no date dates the statement by its publication, the day after the
  talks); a statement without a date agrees with any;
- a statement links to at most one statement of each other article (the best score; a tie
  links neither).

The text only adds to the score: a similarity of character trigrams of the words (cognates
carry across French and English: dialogue/dialogue, constructif/constructive), up to 0.2. It
never decides alone, and never vetoes a link the speaker, meeting and date make; when one
article quotes several things the same speaker said at the same meeting, it picks the pair.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, SDO, XSD

from diplograph.graph.ids import article_iri, digest, graph_iri, mint
from diplograph.graph.rdf import SEM, VERSION
from diplograph.loaders.text import fold
from diplograph.ontology import read_query
from diplograph.ontology.namespace import DIPLO

__all__ = ["StatementLinker", "text_similarity"]

#: Same speaker and same meeting: the part of the score the text never changes.
BASE_SCORE = 0.7
#: What the dates add: the same day, one day apart (the report's day), unknown on one side.
DATE_SCORE = {"same-date": 0.1, "date-within-a-day": 0.05, "date-unknown": 0.0}
#: At most this much comes from the text.
TEXT_WEIGHT = 0.2
#: Taken off for each side whose meeting is only the one its speaker attended in that article.
INFERRED_PENALTY = 0.05


@dataclass(frozen=True, slots=True)
class _Said:
    """One statement as the index knows it."""

    iri: str
    graph: str
    speaker: str
    meeting: str
    date: str | None
    text: str
    #: The article names no meeting for it: the one meeting its speaker attended there.
    inferred: bool = False


def _day(iso: str | None) -> date | None:
    if not iso or len(iso) != 10 or iso.startswith("--"):
        return None
    try:
        return date.fromisoformat(iso)
    except ValueError:
        return None


def _trigrams(text: str) -> set[str]:
    # Words of four letters or more: function words differ across languages and say nothing.
    grams = set()
    for word in re.findall(r"[a-z]{4,}", fold(text).lower()):
        padded = f" {word} "
        grams |= {padded[i:i + 3] for i in range(len(padded) - 2)}
    return grams


def text_similarity(a: str, b: str) -> float:
    """Dice coefficient of the character trigrams of the longer words of ``a`` and ``b``, 0..1.

    Not a translation: cognates and names carry across French and English, so a sentence and
    its translation score well above two unrelated sentences, which is all the linker asks.

    >>> text_similarity("un dialogue franc et constructif", "a frank and constructive dialogue") > 0.5
    True
    >>> text_similarity("un dialogue franc et constructif", "no date had been set for another meeting") < 0.2
    True
    """
    ga, gb = _trigrams(a), _trigrams(b)
    if not ga or not gb:
        return 0.0
    return round(2 * len(ga & gb) / (len(ga) + len(gb)), 3)


def _said(iri: str, graph: str, speaker: str, meeting: str | None, day: str | None, text: str,
          attended: dict[str, str | None]) -> _Said | None:
    """A statement for the index, with its meeting; None when the article ties it to none.

    Without ``dipl:inContextOf``, the statement is about the one meeting its speaker attended in
    the same article, when there is exactly one and the statement is dated that day or the
    next (the report's day); anything else leaves it out, since a statement cannot be linked
    without a meeting.
    """
    if meeting is not None:
        return _Said(iri, graph, speaker, meeting, day, text)
    if len(attended) != 1:
        return None
    (m, m_day), = attended.items()
    said, held = _day(day), _day(m_day)
    if said is not None and held is not None and not 0 <= (said - held).days <= 1:
        return None
    return _Said(iri, graph, speaker, m, day, text, inferred=True)


def _dates_agree(a: str | None, b: str | None, meeting_days: set[date]) -> str | None:
    """The date part of the reason, or None when the dates say two statements."""
    if not a or not b:
        return "date-unknown"
    if a == b:
        return "same-date"
    da, db = _day(a), _day(b)
    if da is None or db is None:
        return None
    if abs((da - db).days) == 1 and not any(min(da, db) < m for m in meeting_days):
        return "date-within-a-day"
    return None


class StatementLinker:
    """Links the statements of new articles to the same statements in articles already known.

    Args:
        select: runs a read-only SPARQL SELECT over the union of the store's graphs and returns
            rows as dicts of plain values (IRIs as str); the index is read once, with three
            queries (``ontology/queries/statements/``).

    Run it on each article's graph after the resolver (diplograph.graph.ingest does)::

        graph = linker.link(article_id, resolver.resolve(article_id, graph))
    """

    def __init__(self, select: Callable[[str], list[dict]]):
        #: (speaker, meeting) → statements.
        self._by_key: dict[tuple[str, str], list[_Said]] = defaultdict(list)
        #: meeting IRI → the full dates articles give it.
        self._meeting_days: dict[str, set[date]] = defaultdict(set)
        #: graph IRI → the statement pairs linked in it; and how many graphs link each pair.
        self._links: dict[str, set[frozenset[str]]] = defaultdict(set)
        self._linked_pairs: Counter[frozenset[str]] = Counter()
        attended: dict[tuple[str, str], dict[str, str | None]] = defaultdict(dict)
        for r in select(read_query("statements/attended")):
            attended[(r["g"], r["actor"])][r["meeting"]] = r.get("date")
            if (d := _day(r.get("date"))) is not None:
                self._meeting_days[r["meeting"]].add(d)
        for r in select(read_query("statements/index")):
            said = _said(r["st"], r["g"], r["speaker"], r.get("meeting"), r.get("date"), r.get("text") or "",
                         attended.get((r["g"], r["speaker"]), {}))
            if said is not None:
                self._add(said)
        for r in select(read_query("statements/links")):
            self._remember(r["g"], frozenset((r["a"], r["b"])))

    def _remember(self, graph: str, pair: frozenset[str]) -> None:
        if pair not in self._links[graph]:
            self._links[graph].add(pair)
            self._linked_pairs[pair] += 1

    def _add(self, said: _Said) -> None:
        self._by_key[(said.speaker, said.meeting)].append(said)

    def forget(self, article_id: str) -> None:
        """Ignore what the store holds for ``article_id`` (the article is being re-ingested)."""
        key = str(graph_iri(article_id))
        for k, items in list(self._by_key.items()):
            kept = [s for s in items if s.graph != key]
            if kept:
                self._by_key[k] = kept
            else:
                del self._by_key[k]
        for pair in self._links.pop(key, set()):
            self._linked_pairs[pair] -= 1
            if self._linked_pairs[pair] <= 0:
                del self._linked_pairs[pair]

    def _linked(self, a: str, b: str) -> bool:
        return frozenset((a, b)) in self._linked_pairs

    def _statements(self, g: Graph, key: str) -> list[_Said]:
        attended: dict[str, dict[str, str | None]] = defaultdict(dict)
        for m in g.subjects(RDF.type, DIPLO.DiplomaticMeeting):
            d = g.value(m, DIPLO.date)
            for actor in g.objects(m, SEM.hasActor):
                attended[str(actor)][str(m)] = str(d) if d is not None else None
            if (day := _day(str(d) if d is not None else None)) is not None:
                self._meeting_days[str(m)].add(day)
        out = []
        for st in sorted(set(g.subjects(RDF.type, DIPLO.Statement))):
            speaker, meeting, d = g.value(st, DIPLO.speaker), g.value(st, DIPLO.inContextOf), g.value(st, SDO.dateCreated)
            if speaker is None:
                continue
            said = _said(str(st), key, str(speaker), str(meeting) if meeting is not None else None,
                         str(d) if d is not None else None, str(g.value(st, SDO.text) or ""), attended.get(str(speaker), {}))
            if said is not None:
                out.append(said)
        return out

    def score(self, a: _Said, b: _Said) -> tuple[float, str] | None:
        """``(score, reason)`` of two statements with the same speaker and meeting, or None."""
        when = _dates_agree(a.date, b.date, self._meeting_days.get(a.meeting, set()))
        if when is None:
            return None
        sim = text_similarity(a.text, b.text)
        inferred = a.inferred + b.inferred
        score = min(BASE_SCORE - INFERRED_PENALTY * inferred + DATE_SCORE[when] + TEXT_WEIGHT * sim, 1.0)
        meeting = "same-meeting" if not inferred else "same-meeting-attended"
        return round(score, 3), f"same-speaker+{meeting}+{when}+text={sim:.2f}"

    def link(self, article_id: str, graph: Graph) -> Graph:
        """``graph`` with its links to known statements added (in place), then indexed."""
        key = str(graph_iri(article_id))
        new = self._statements(graph, key)
        # Every agreeing pair, then the best first, one statement per other article and side.
        pairs = []
        for s in new:
            for known in self._by_key.get((s.speaker, s.meeting), ()):
                if known.graph == key or self._linked(s.iri, known.iri):
                    continue
                found = self.score(s, known)
                if found is not None:
                    pairs.append((found[0], s.iri, known.iri, known.graph, found[1]))
        # One statement per other article on each side; a tie (two pairs as good) links neither.
        chosen = _unique_best(_unique_best(pairs, lambda p: (p[1], p[3])), lambda p: p[2])
        for score, s, known, _other, reason in chosen:
            self._write(graph, article_id, URIRef(s), URIRef(known), score, reason)
            self._remember(key, frozenset((s, known)))
        for s in new:
            self._add(s)
        return graph

    @staticmethod
    def _write(g: Graph, article_id: str, a: URIRef, b: URIRef, score: float, reason: str) -> None:
        g.add((a, DIPLO.sameStatementAs, b))
        node = mint("statement-link", digest(article_id, a, b))
        g.add((node, RDF.type, DIPLO.StatementLink))
        g.add((node, DIPLO.linkedStatement, a))
        g.add((node, DIPLO.linkedStatement, b))
        # Canonical decimal form, as the merges write it: a re-ingest compares equal triple for triple.
        g.add((node, DIPLO.score, Literal(format(Decimal(str(score)).normalize(), "f"), datatype=XSD.decimal)))
        g.add((node, DIPLO.reason, Literal(reason)))
        g.add((node, PROV.wasGeneratedBy, mint("run", f"{article_id}--{VERSION}")))
        g.add((node, PROV.wasDerivedFrom, article_iri(article_id)))


def _unique_best(pairs: list[tuple], group: Callable[[tuple], object]) -> list[tuple]:
    """The best pair of each group, when no other pair of the group scores as well."""
    groups: dict[object, list[tuple]] = defaultdict(list)
    for p in pairs:
        groups[group(p)].append(p)
    out = []
    for items in groups.values():
        items.sort(key=lambda p: (-p[0], p[1], p[2]))
        if len(items) == 1 or items[0][0] > items[1][0]:
            out.append(items[0])
    return sorted(out, key=lambda p: (p[1], p[2]))
