"""Facts → RDF: one article's :class:`Extraction` as the triples of its named graph.

Every fact that has evidence becomes an n-ary node (org:Membership, dipl:DiplomaticMeeting,
dipl:Statement...) with ``prov:wasDerivedFrom`` the article and a ``prov:qualifiedDerivation``
that names the NIF sentence, the fact's own character span, the method and the confidence. The
article's text is not stored, only its SHA-256 and the evidence sentences.
"""
from __future__ import annotations

from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, Namespace

from diplograph.graph.ids import (
    MEETING_KIND, QUOTE_TYPE, ROLE, article_iri, digest, graph_iri, mint, span_iri, state_iri,
)
from diplograph.loaders.facts import DateValue, Evidence, Extraction
from diplograph.ontology.namespace import DIPLO

__all__ = ["facts_to_rdf", "contact_pairs", "bind_prefixes", "VERSION", "SEM", "NIF", "WD", "PAIR_SEPARATOR"]

VERSION = "0.1.0"
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
WD = Namespace("http://www.wikidata.org/entity/")
#: Between the two names of a dipl:contactPair (U+001F, the unit separator: never in a name).
PAIR_SEPARATOR = "\x1f"
ORG_CLASSES = {
    "ministry": DIPLO.GovernmentBody, "department": DIPLO.GovernmentBody, "government": DIPLO.GovernmentBody,
    "presidency": DIPLO.GovernmentBody, "embassy": DIPLO.DiplomaticMission, "consulate": DIPLO.DiplomaticMission,
    "mission": DIPLO.DiplomaticMission, "agency": SDO.NewsMediaOrganization, "international": DIPLO.InternationalOrganization,
    "alliance": DIPLO.InternationalOrganization, "forum": DIPLO.InternationalOrganization,
}


def bind_prefixes(g: Graph) -> Graph:
    for prefix, ns in (("dipl", str(DIPLO)), ("org", str(ORG)), ("prov", str(PROV)), ("schema", str(SDO)),
                       ("sem", str(SEM)), ("nif", str(NIF)), ("skos", str(SKOS)), ("wd", str(WD)),
                       ("owl", str(OWL)), ("role", str(ROLE)), ("mkind", str(MEETING_KIND)),
                       ("qtype", str(QUOTE_TYPE))):
        g.bind(prefix, ns, override=True)
    return g


def _date_literal(value: DateValue) -> Literal:
    return Literal(value.iso)


def _timestamp(value: DateValue) -> Literal | None:
    iso = value.iso
    if len(iso) == 10 and not iso.startswith("--"):
        return Literal(iso, datatype=XSD.date)
    if iso.startswith("--"):
        return Literal(iso, datatype=XSD.gMonthDay)
    if len(iso) == 7:
        return Literal(iso, datatype=XSD.gYearMonth)
    if len(iso) == 4:
        return Literal(iso, datatype=XSD.gYear)
    return None


class _Builder:
    """Collects the triples of one article; small helpers keep provenance uniform."""

    def __init__(self, ex: Extraction):
        self.ex = ex
        # The triples in the order the steps give them; :meth:`graph` puts them in the store at once.
        self.triples: list[tuple] = []
        # The NIF sentences already described: many facts cite the same sentence.
        self.sentences: set[URIRef] = set()
        self.article = article_iri(ex.article.id)
        self.run = mint("run", f"{ex.article.id}--{VERSION}")
        self.context = URIRef(f"{self.article}#context")

    def add(self, s, p, o) -> None:
        if o is not None:
            self.triples.append((s, p, o))

    def graph(self) -> Graph:
        """The collected triples as a graph. SimpleMemory: ~3x faster to fill than the default
        store (no event dispatch), and one article graph needs no context index. The triples are
        written straight into the store: every term was built here (URIRef, Literal), so the
        per-triple checks and dispatch of ``Graph.add`` would only cost time (~20% of the build)."""
        g = bind_prefixes(Graph(store="SimpleMemory"))
        add = g.store.add
        for triple in self.triples:
            add(triple, g)
        return g

    def evidence(self, node: URIRef, ev: Evidence | None, index: int = 0) -> None:
        """prov:wasDerivedFrom the article, and a qualified derivation naming the sentence."""
        self.add(node, PROV.wasDerivedFrom, self.article)
        if ev is None:
            return
        sentence = span_iri(ev.article, ev.sentence_start, ev.sentence_end)
        if sentence not in self.sentences:  # (the same five triples again would change nothing)
            self.sentences.add(sentence)
            self.add(sentence, RDF.type, NIF.Sentence)
            self.add(sentence, NIF.beginIndex, Literal(ev.sentence_start, datatype=XSD.integer))
            self.add(sentence, NIF.endIndex, Literal(ev.sentence_end, datatype=XSD.integer))
            self.add(sentence, NIF.anchorOf, Literal(ev.sentence))
            self.add(sentence, NIF.referenceContext, self.context)
        drv = URIRef(f"{node}#drv-{digest(ev.article, ev.start, ev.end, ev.method, index)}")
        self.add(node, PROV.qualifiedDerivation, drv)
        self.add(drv, RDF.type, PROV.Derivation)
        self.add(drv, PROV.entity, sentence)
        self.add(drv, PROV.hadActivity, self.run)
        self.add(drv, DIPLO.confidence, Literal(Decimal(str(round(ev.confidence, 3))), datatype=XSD.decimal))
        self.add(drv, DIPLO.extractionMethod, Literal(ev.method))
        self.add(drv, DIPLO.spanStart, Literal(ev.start, datatype=XSD.integer))
        self.add(drv, DIPLO.spanEnd, Literal(ev.end, datatype=XSD.integer))

    def date(self, node: URIRef, value: DateValue | None) -> None:
        if value is None:
            return
        self.add(node, DIPLO.statedDate, Literal(value.text))
        self.add(node, DIPLO.date, _date_literal(value))
        self.add(node, DIPLO.dateInferred, Literal(value.inferred))
        stamp = _timestamp(value)
        if stamp is not None and stamp.datatype == XSD.date:
            self.add(node, SEM.hasTimeStamp, stamp)


def _article(b: _Builder) -> None:
    a = b.ex.article
    b.add(b.article, RDF.type, SDO.NewsArticle)
    b.add(b.article, DIPLO.articleId, Literal(a.id))
    b.add(b.article, DIPLO.textSha256, Literal(a.sha256) if a.sha256 else None)
    b.add(b.article, SDO.headline, Literal(a.title) if a.title else None)
    b.add(b.article, SDO.url, Literal(a.url, datatype=XSD.anyURI) if a.url else None)
    b.add(b.article, SDO.datePublished, Literal(a.published, datatype=XSD.date) if a.published else None)
    b.add(b.article, SDO.inLanguage, Literal(a.lang))
    b.add(b.context, RDF.type, NIF.Context)
    b.add(b.context, NIF.sourceUrl, b.article)
    b.add(b.run, RDF.type, PROV.Activity)
    b.add(b.run, PROV.used, b.article)
    agent = mint("agent", f"diplograph-{VERSION}")
    b.add(b.run, PROV.wasAssociatedWith, agent)
    b.add(agent, RDF.type, PROV.SoftwareAgent)
    b.add(agent, DIPLO.softwareVersion, Literal(VERSION))


def _states(b: _Builder) -> None:
    lang = b.ex.article.lang
    for st in b.ex.states:
        node = state_iri(st.code)
        b.add(node, RDF.type, DIPLO.State)
        b.add(node, RDF.type, SDO.Country)
        b.add(node, RDFS.label, Literal(st.name, lang=lang))
        b.add(node, DIPLO.alpha3, Literal(st.code))
        b.add(node, DIPLO.alpha2, Literal(st.alpha2) if st.alpha2 else None)
        b.add(node, SDO.sameAs, WD[st.qid] if st.qid else None)
        b.add(b.article, DIPLO.actingState if st.acting else SDO.mentions, node)
        if st.acting:
            b.add(b.article, SDO.mentions, node)


def _persons(b: _Builder) -> None:
    for p in b.ex.persons:
        node = mint("person", p.key)
        b.add(node, RDF.type, SDO.Person)
        b.add(node, SDO.name, Literal(p.name))
        b.add(node, DIPLO.key, Literal(p.key))
        for alias in p.aliases:
            b.add(node, SDO.alternateName, Literal(alias))
        b.add(node, DIPLO.actsFor, state_iri(p.state) if p.state else None)
        # The officials knowledge base's QID: a federated query can join Wikidata on it.
        b.add(node, OWL.sameAs, WD[p.qid] if p.qid else None)
        b.add(b.article, SDO.mentions, node)
        for i, ev in enumerate(p.evidence[:1]):
            b.evidence(node, ev, i)


def _organizations(b: _Builder) -> None:
    for o in b.ex.organizations:
        node = mint("org", o.key)
        b.add(node, RDF.type, ORG_CLASSES.get(o.kind, ORG.Organization))
        b.add(node, RDF.type, ORG.Organization)
        b.add(node, RDFS.label, Literal(o.name))
        b.add(node, DIPLO.key, Literal(o.key))
        b.add(node, DIPLO.sendingState, state_iri(o.state) if o.state else None)
        b.add(node, DIPLO.hostState, state_iri(o.host_state) if o.host_state else None)
        b.add(node, SDO.location, mint("place", o.city) if o.city else None)
        b.add(node, SDO.sameAs, WD[o.qid] if o.qid else None)
        b.add(b.article, SDO.mentions, node)
        if o.evidence:
            b.evidence(node, o.evidence[0])


def _places(b: _Builder) -> None:
    for pl in b.ex.places:
        node = mint("place", pl.key)
        b.add(node, RDF.type, SDO.City if pl.kind == "city" else SDO.Place)
        b.add(node, RDFS.label, Literal(pl.name))
        b.add(node, SDO.containedInPlace, state_iri(pl.country) if pl.country else None)
        b.add(node, SDO.sameAs, WD[pl.qid] if pl.qid else None)


def _roles(b: _Builder) -> None:
    for r in b.ex.roles:
        person = mint("person", r.person)
        holder = r.organization or (r.state or "xxx").lower()
        post = mint("post", f"{holder}--{r.role_type}" + (f"--{r.posted_to.lower()}" if r.posted_to else ""))
        node = mint("membership", digest(b.ex.article.id, r.person, r.role_type, r.state, r.title))
        b.add(post, RDF.type, ORG.Post)
        b.add(post, ORG.role, ROLE[r.role_type])
        b.add(post, ORG.postIn, mint("org", r.organization) if r.organization else
              (state_iri(r.state) if r.state else None))
        b.add(node, RDF.type, ORG.Membership)
        b.add(node, ORG.member, person)
        b.add(node, ORG.role, ROLE[r.role_type])
        b.add(node, DIPLO.post, post)
        b.add(node, DIPLO.title, Literal(r.title))
        b.add(node, ORG.organization, mint("org", r.organization) if r.organization else
              (state_iri(r.state) if r.state else None))
        b.add(node, DIPLO.onBehalfOf, state_iri(r.state) if r.state else None)
        b.add(node, DIPLO.postedTo, state_iri(r.posted_to) if r.posted_to else None)
        b.add(node, DIPLO.validAsOf, Literal(r.as_of.iso, datatype=XSD.date)
              if r.as_of and len(r.as_of.iso) == 10 and not r.as_of.iso.startswith("--") else None)
        b.add(node, DIPLO.status, Literal(r.status))
        b.evidence(node, r.evidence)


def _meetings(b: _Builder) -> None:
    lang = b.ex.article.lang
    for m in b.ex.meetings:
        node = mint("meeting", m.key)
        b.add(node, RDF.type, DIPLO.DiplomaticMeeting)
        b.add(node, RDFS.label, Literal(m.label or m.kind))
        b.add(node, DIPLO.meetingKind, MEETING_KIND[m.kind])
        b.add(node, DIPLO.status, Literal(m.status))
        b.date(node, m.date)
        for code in m.states:
            b.add(node, SEM.hasActor, state_iri(code))
        for key in m.persons:
            b.add(node, SEM.hasActor, mint("person", key))
        for d in m.delegations:
            deleg = URIRef(f"{node}/delegation/{d.state}")
            b.add(node, DIPLO.hasDelegation, deleg)
            b.add(deleg, RDF.type, DIPLO.Delegation)
            b.add(deleg, DIPLO.onBehalfOf, state_iri(d.state))
            b.add(deleg, DIPLO.headedBy, mint("person", d.head) if d.head else None)
        b.add(node, SEM.hasPlace, mint("place", m.city) if m.city else None)
        b.add(node, DIPLO.venue, mint("org", m.venue) if m.venue else None)
        b.add(node, DIPLO.country, state_iri(m.country) if m.country else None)
        b.add(node, DIPLO.host, state_iri(m.host) if m.host else None)
        b.add(node, DIPLO.closedDoor, Literal(m.closed_door))
        if m.series:
            series = mint("series", m.series)
            b.add(series, RDF.type, DIPLO.MeetingSeries)
            b.add(node, SEM.subEventOf, series)
        b.add(node, DIPLO.previousRound, mint("meeting", m.previous) if m.previous else None)
        for t in m.topics_in:
            b.add(node, DIPLO.topicInScope, Literal(t, lang=lang))
        for t in m.topics_out:
            b.add(node, DIPLO.topicOutOfScope, Literal(t, lang=lang))
        for i, ev in enumerate(m.evidence[:3]):
            b.evidence(node, ev, i)


def _positions(b: _Builder) -> None:
    lang = b.ex.article.lang
    for p in b.ex.positions:
        node = mint("statement", f"{b.ex.article.id}--{p.key}")
        b.add(node, RDF.type, DIPLO.Statement)
        b.add(node, SDO.text, Literal(p.text, lang=lang))
        b.add(node, DIPLO.quoteType, QUOTE_TYPE[p.quote_type])
        b.add(node, DIPLO.attributionCue, Literal(p.cue) if p.cue else None)
        b.add(node, DIPLO.speakerKind, Literal(p.speaker_kind))
        b.add(node, DIPLO.speakerLabel, Literal(p.speaker_label) if p.speaker_label else None)
        if p.speaker:
            speaker = mint("person", p.speaker)
        elif p.speaker_org:
            speaker = mint("org", p.speaker_org)
        elif p.speaker_kind == "state" and p.speaker_state:
            speaker = state_iri(p.speaker_state)
        else:
            speaker = mint("source", f"{b.ex.article.id}--{digest(p.speaker_label or 'unknown')}")
            b.add(speaker, RDF.type, DIPLO.UnnamedSource)
            b.add(speaker, RDFS.label, Literal(p.speaker_label or "source non nommée"))
        b.add(node, DIPLO.speaker, speaker)
        b.add(node, DIPLO.onBehalfOf, state_iri(p.speaker_state) if p.speaker_state else None)
        if p.date:
            b.add(node, SDO.dateCreated, Literal(p.date.iso))
        b.add(node, DIPLO.inContextOf, mint("meeting", p.meeting) if p.meeting else None)
        b.add(node, DIPLO.reportedVia, mint("org", p.via) if p.via else None)
        b.evidence(node, p.evidence)


def facts_to_rdf(extraction: Extraction) -> Graph:
    """The triples of one article's named graph (see :func:`diplograph.graph.ids.graph_iri`).

    Args:
        extraction: the facts of one article.

    Returns:
        A new rdflib Graph with no blank nodes; the same extraction always gives the same triples.
    """
    b = _Builder(extraction)
    for step in (_article, _states, _persons, _organizations, _places, _roles, _meetings, _positions):
        step(b)
    return contact_pairs(b.graph())


def contact_pairs(g: Graph) -> Graph:
    """Write again, in place, the ``dipl:contactPair`` triples of one article's graph ``g``.

    For every meeting of the graph and every two different actors of it that the graph names
    (``schema:name``), one pair of their names in each order: what the contacts question counts,
    joined once here instead of at every question (its first page on a million quads went from
    0.5 s to a few ms). A pure function of the graph's meetings, actors and names: run it again
    whenever they change (the resolver's rewrites; ``resolve/contact_pairs.rq`` after an unmerge
    does the same in the store), and the pairs are the graph's again.
    """
    g.remove((None, DIPLO.contactPair, None))
    for m in set(g.subjects(RDF.type, DIPLO.DiplomaticMeeting)):
        named = [(a, str(n)) for a in set(g.objects(m, SEM.hasActor)) for n in g.objects(a, SDO.name)]
        for a, name in named:
            for b, other in named:
                if a != b:
                    g.add((m, DIPLO.contactPair, Literal(f"{name}{PAIR_SEPARATOR}{other}")))
    return g


_ = graph_iri  # re-exported for callers that build the named graph
