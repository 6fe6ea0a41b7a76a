"""The dipl: namespace as an rdflib DefinedNamespace.

GENERATED from ontology/diplo.ttl by ``python -m diplograph.ontology.codegen``: do not edit by
hand. ``_fail = True`` turns a misspelt term into an AttributeError, and
tests/ontology/test_namespace.py checks that this file is exactly what the generator writes.
"""
from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

__all__ = ["DIPLO", "DIPLO_IRI", "VOCAB_IRI", "ID_IRI"]

#: The dipl: namespace IRI.
DIPLO_IRI = "https://w3id.org/dipl/ns#"
#: Base of the SKOS concept schemes: ``VOCAB_IRI + "role/head_of_state"``.
VOCAB_IRI = "https://w3id.org/dipl/vocab/"
#: Base of the instance IRIs minted by diplograph.graph.ids.
ID_IRI = "https://w3id.org/dipl/id/"


class DIPLO(DefinedNamespace):
    """diplograph vocabulary: a thin layer over ORG, SEM, PROV-O, NIF, SKOS and schema.org."""

    _fail = True

    # classes
    Delegation: URIRef  # The ad-hoc team that represents one state at one meeting (n-ary node with its own provenance).
    DiplomaticMeeting: URIRef  # Talks, a meeting, a visit, a summit, a call, a summons or a conference between states or their officials.
    DiplomaticMission: URIRef  # An embassy, consulate or permanent mission of a sending state in a host state.
    GovernmentBody: URIRef  # A ministry, department, presidency or government of one state (dipl:sendingState gives the state).
    Ingest: URIRef  # The activity of reading one article with one diplograph version; deterministic, without timestamps, so re-ingesting changes nothing.
    InternationalOrganization: URIRef  # An intergovernmental organisation (UN, African Union, NATO...).
    MeetingSeries: URIRef  # The rounds of one series of talks; each round is sem:subEventOf the series.
    Merge: URIRef  # A resolver's judgement that the entity an article would have minted (dipl:mention) is an entity already known (dipl:canonical); stored in that article's graph, so re-ingesting or replacing the article replaces its merges. 'diplograph unmerge' undoes one.
    State: URIRef  # A sovereign state, keyed by its ISO 3166-1 alpha-3 code. A formal organisation in ORG terms so posts can sit in it.
    Statement: URIRef  # An attributed position (direct, partial or indirect speech) as reported in an article.
    StatementLink: URIRef  # The judgement behind one dipl:sameStatementAs: the two statements (dipl:linkedStatement), dipl:score and dipl:reason. Speaker, meeting and date decide; the similarity of the texts, across languages, only adds to the score.
    UnnamedSource: URIRef  # A speaker the article describes without naming ("une source proche du dossier"), minted per article and label.
    UnsureMatch: URIRef  # A resolver's judgement that the entity an article names (dipl:mention) may be an entity already known (dipl:canonical, the candidate), scored between the lower bound and the merge threshold: neither merged nor dropped, but recorded in that article's graph like a dipl:Merge and listed by 'diplograph merges --unsure'.
    Venue: URIRef  # A building or site where a meeting is held (palace, ministry, hotel).

    # properties
    actingState: URIRef  # A state that acts in the article: a named official, a delegation, a meeting or a statement. States only mentioned as topics use schema:mentions.
    actsFor: URIRef  # The state a person acts for in an article.
    alpha2: URIRef  # ISO 3166-1 alpha-2 code of a state (cf. wdt:P297).
    alpha3: URIRef  # ISO 3166-1 alpha-3 code of a state (cf. wdt:P298).
    articleId: URIRef  # The article id given by the loader (file stem or content hash).
    assertionMode: URIRef  # Whether the fact is stated in the text, inferred from it or enriched from a knowledge base (assertion-mode scheme).
    attributionCue: URIRef  # Lemma of the reporting verb or cue ("déclarer", "selon"); the cue says how far the reporter endorses the content.
    canonical: URIRef  # The IRI of the entity already known that the article's graph uses instead of dipl:mention; for an unsure match, the candidate it was not merged into.
    closedDoor: URIRef  # True when the meeting is held behind closed doors.
    confidence: URIRef  # Extractor confidence in [0, 1].
    contactPair: URIRef  # Derived from the article's graph, for the contacts question: two different persons of the meeting (sem:hasActor) as this graph names them (schema:name), written as the one name, U+001F, the other, in both orders. Rewritten whenever the graph's actors change (graph/rdf.py contact_pairs, ontology/queries/resolve/contact_pairs.rq).
    country: URIRef  # Country where the meeting takes place, as a state (sem:hasPlace keeps the city, dipl:venue the building).
    date: URIRef  # YYYY-MM-DD, YYYY-MM, YYYY, or --MM-DD when the year is unknown; as precise as the text allows.
    dateInferred: URIRef  # True when the year or the whole date was inferred from the publication date.
    distinctFrom: URIRef  # A user's decision that two IRIs denote different things; kept in the graph id/decisions, which re-ingests never touch, and obeyed by the resolver.
    extractionMethod: URIRef  # The rule or model that found the fact, e.g. 'rule:title-apposition'; its prefix is a code of the method scheme.
    extractionRule: URIRef  # Exact rule or model name reported by the loader ("rule:title-apposition").
    hasDelegation: URIRef  # A delegation taking part in the meeting.
    headedBy: URIRef  # Head of a delegation; outgoing form of org:headOf so that the delegation's provenance covers it.
    host: URIRef  # State hosting the meeting.
    hostState: URIRef  # State that hosts a diplomatic mission.
    inContextOf: URIRef  # Meeting during or about which the statement was made.
    key: URIRef  # The deterministic key an IRI was minted from (normalised name or codes).
    linkedStatement: URIRef  # One of the two statements of a dipl:StatementLink.
    meetingKind: URIRef  # Kind of meeting, a concept of the meeting-kind scheme.
    mention: URIRef  # The IRI the article would have used on its own (minted from its spelling or its own keys); for an unsure match, the IRI the article uses.
    mentionKind: URIRef  # How an entity was mentioned in an article: name, demonym, capital, pair...
    mergeKind: URIRef  # What was merged: person, meeting, series, place or organization.
    normalisedDate: URIRef  # The date normalised as precisely as known: xsd:date, xsd:gYearMonth, xsd:gYear, or xsd:gMonthDay when the year is unknown. sem:hasTimeStamp repeats it when it is a full date.
    onBehalfOf: URIRef  # State represented by a membership, a delegation or a statement (Popolo opengov:onBehalfOf).
    organizationKind: URIRef  # Kind of an organisation, a concept of the organization-kind scheme.
    pipelineVersion: URIRef  # diplograph version that produced a graph.
    post: URIRef  # Post held through this membership (Popolo opengov:post).
    postedTo: URIRef  # Receiving state of an ambassador, consul or envoy.
    previousRound: URIRef  # The previous round of the same series of talks.
    quoteType: URIRef  # Direct, partial or indirect speech (quote-type scheme).
    reason: URIRef  # Why the resolver merged (dipl:Merge), held back (dipl:UnsureMatch) or linked (dipl:StatementLink), as '+'-joined codes: translit-name, first-name-variant, surname-only, same-state, same-date, month-day, year-from-other-article, same-city, same-series, same-qid, same-geonames-city, same-speaker, same-meeting, date-within-a-day, text=0.62...
    replacedDate: URIRef  # The partial date (--MM-DD) the article gave before the merge completed it with the year another article gives; unmerge restores it.
    reportedVia: URIRef  # Intermediate outlet that relayed the statement (a news agency).
    sameStatementAs: URIRef  # Two articles report one statement (quoted in the same or another language): same speaker, same meeting, dates that agree. The statements stay two nodes, each with its article's words and evidence; the dipl:StatementLink in the same graph gives the score and the reason. Written in the graph of the later article, so replacing that article replaces its links.
    score: URIRef  # Score in [0, 1] of a resolver's judgement: a dipl:Merge, a dipl:UnsureMatch or a dipl:StatementLink.
    sendingState: URIRef  # State an organisation belongs to; for a mission, the state it represents.
    softwareVersion: URIRef  # The diplograph version that produced an article's graph.
    span: URIRef  # NIF span of the words that carry the fact, inside the sentence given by prov:entity.
    spanEnd: URIRef  # Character offset (exclusive) where the fact's own words end.
    spanStart: URIRef  # Character offset (Unicode code points) where the fact's own words start.
    speaker: URIRef  # Who made the statement: a person, an organisation, a state or an unnamed source.
    speakerKind: URIRef  # Kind of speaker as a code of the speaker-kind scheme (person, official, organization, state, group, member (one person of a group that spoke together), anonymous, document).
    speakerLabel: URIRef  # The speaker as written when it is not a named person ("une source proche du dossier", "le Kremlin").
    statedDate: URIRef  # The date as written in the article ("le 10 avril", "jeudi").
    status: URIRef  # Status code of a membership (current, former: the tenure scheme) or of a meeting (held, ongoing, planned, cancelled: the meeting-status scheme); a plain code so that SHACL and SPARQL filters stay simple.
    textSha256: URIRef  # SHA-256 of the normalised plain text the character offsets refer to; the text itself is not stored.
    title: URIRef  # The title exactly as the article writes it ("sous-secrétaire d'État adjointe"); org:role holds the normalised concept.
    topicInScope: URIRef  # A topic the article says the meeting covers.
    topicOutOfScope: URIRef  # A topic the article says the meeting excludes.
    validAsOf: URIRef  # Date at which the article attests that the membership holds (usually its publication date); xsd:date or a partial date type.
    venue: URIRef  # Building where the meeting is held; sem:hasPlace keeps the city.

    _NS = Namespace(DIPLO_IRI)
