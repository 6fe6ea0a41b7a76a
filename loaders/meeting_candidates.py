"""A meeting candidate: what one trigger of one sentence says of a meeting.

:func:`build_candidate` runs :data:`CANDIDATE_STEPS` in order over a :class:`Scope` (the sentence,
the trigger, the part of the sentence that speaks of this meeting). Each step fills one aspect:
kind, status, rounds, date, the venue (from the sentence's cities, an unknown town, a seat of
power, a summoned ambassador's posting, a mission), the parties (states, persons, persons named by
their post), topics. The order matters where a step reads what an earlier one found: the date
reads the rounds, every venue step runs only while no earlier one found a city, the parties skip
the venue's country.
"""
from __future__ import annotations

import re
from functools import cache
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from diplograph.loaders.context import GUESS, Context, Sentence
from diplograph.loaders.facts import DateValue, Evidence
from diplograph.loaders.lexicon import lexicon, words_of_all
from diplograph.loaders.meeting_triggers import Trigger, lexical_regex, noun_regex, triggers
from diplograph.loaders.nlp import in_relative_clause_of_past
from diplograph.loaders.roles import FRONTED_PLACE_EN
from diplograph.loaders.text import fold, quotation_spans

__all__ = ["Candidate", "Scope", "CANDIDATE_STEPS", "DAY_EVENTS", "build_candidate", "borrow_setting", "PREVIOUS_ROUND"]


def _planned() -> re.Pattern:
    """"doit se tenir", "prévue", "se rencontreront", "sont convenus de se revoir", "will", "scheduled"."""
    return lexical_regex(r"\b(?:{}|(?:{})\s+de\s+se\s+(?:{}))\b", "meeting_planned", "meeting_plan_verbs",
                         "meeting_again_verbs")


def _person_topic() -> re.Pattern:
    """"le sort de M. X", "au sujet de Mme Y": the person is what they talked about."""
    return lexical_regex(r"\b(?:{})\s+(?:de\s+|d['’]|des\s+)(?:(?:M\.|Mme|MM\.)\s+)?$|"
                         r"\b(?:au\s+sujet\s+de|à\s+propos\s+de|concernant)\s+(?:(?:M\.|Mme)\s+)?$", "person_topic_nouns")


def _said_of_meeting(key: str) -> re.Pattern:
    """Whole words of a lexicon key: "meeting_held", "meeting_cancelled", "meeting_ongoing"."""
    return lexical_regex(r"\b(?:{})\b", key)


# The round words stay in Python for now: written out for the lexicon they would read "dernièr" and
# "nouvell", because "dernière?" misses "dernier" and "nouvelle?" misses "nouveau" ("un nouveau cycle de
# pourparlers"); fixing that changes results, which a refactor must not.
OTHER_ROUND = re.compile(
    r"\b(?:précédente?s?|premier|première|dernière?|second|seconde|deuxième|troisième|nouvelle?|nouveaux|prochaine?)\s+"
    r"(?:série|cycle|round|tour|session|réunion|rencontre|séance)",
    re.I,
)
PREVIOUS_ROUND = re.compile(r"\b(?:précédente?s?|premier|première|dernière?)\s+(?:série|cycle|round|tour|session|réunion|rencontre)", re.I)
#: A meeting's noun a span of time after "after"/"après" ("…weeks after the minister's visit to Seoul",
#: "trois semaines après sa visite à Pékin"): an earlier event the sentence dates another by.
AFTER_EVENT = re.compile(r"\b(?:days?|weeks?|months?|years?|jours?|semaines?|mois|ans|années?)\s+(?:after|après)\s+"
                         r"(?:the|la|le|l['’]|sa|son|ses|his|her|their|leur|(?-i:[A-Z])[\w.'’-]+['’]s?)?\s*"
                         r"(?:(?:first|last|recent|première|dernière|récente)\s+)?$", re.I)
#: The place of an earlier trip a sentence dates by: "weeks after Blinken's visit to ", "trois semaines après sa visite à ".
AFTER_TRIP = re.compile(r"\b(?:days?|weeks?|months?|years?|jours?|semaines?|mois|ans|années?)\s+(?:after|après)\s+"
                        r"(?:\S+\s+){0,3}(?:visit|trip|talks|visite|voyage|"
                        r"séjour|déplacement)(?:\s+(?:de|du|des|d['’]|of|by)(?:\s*\S+){1,3}?)?\s+(?:to|in|at|à|au|aux|en)\s+$", re.I)
#: "talks centred on the forthcoming summit in Addis Ababa", "ahead of the upcoming summit in X",
#: "en vue du prochain sommet à Y": the place of an event to come that the talks are about.
EVENT_AHEAD = re.compile(r"\b(?:on|about|over|for|ahead\s+of|before|sur|avant|vue\s+du|vue\s+de\s+la|(?:préparation|préparatifs|tenue)\s+du|"
                         r"(?:préparation|préparatifs|tenue)\s+de\s+la|preparations\s+for)\s+(?:the\s+|la\s+|le\s+|l['’])?(?:forthcoming|upcoming|coming|next|"
                         r"prochaine?)\s+(?:[\w'’-]+\s+){0,5}(?:in|at|à|au|en)\s+$", re.I)
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
# "entretiens consacrés à la sécurité dans l'Arctique, à l'Ukraine et au commerce": every item of the list.
TOPIC_CLAUSE = re.compile(r"(?:consacrée?s?|portant|porté|portaient|portent|axée?s?|centrée?s?)\s+(?:notamment\s+|principalement\s+|essentiellement\s+|surtout\s+|entre\s+autres\s+)?(?:sur|à|aux?)\b[^.;:«»]{0,80}"
                          r"(?:,|\bet)\s*(?:à|au|aux|sur|de)\s+(?:la\s+|le\s+|les\s+|l['’])?$", re.I)
TOPIC_BEFORE = re.compile(
    r"(?:(?:relations?|coopération|liens|partenariat|tensions?|différend)\s+(?:bilatérale?s?\s+)?(?:avec|entre)|"
    r"consacrée?s?\s+(?:notamment\s+|principalement\s+|essentiellement\s+|surtout\s+|entre\s+autres\s+)?(?:à|au|aux)|portant\s+sur|porté\s+sur|portent\s+sur|concernant|au\s+sujet\s+de|"
    r"à\s+propos\s+de|relatifs?\s+(?:à|au)|sur\s+la\s+situation\s+(?:en|au|à)|sur|situation\s+(?:en|au|à|dans)|"
    # "leur position unie face à la Russie", "les sanctions contre l'Iran"
    r"face\s+(?:à|au|aux)|contre)"
    r"\s*(?:la\s+|le\s+|les\s+|l['’]|du\s+|des\s+)?$",
    re.I,
)
#: "about the situation in Syria", "talks on Iran's nuclear programme", "relations with Russia": a topic.
TOPIC_BEFORE_EN = re.compile(r"(?:\babout|\bon|\bover|\bregarding|\bconcerning|\bincluding|\bsituation\s+in|\brelations\s+with|"
                             r"\bties\s+with|\bwar\s+in|\bconflict\s+in|\bcrisis\s+in|\bsecurity\s+in|\bsupport\s+for|"
                             r"\bpeace\s+in|\bceasefire\s+in|\bfighting\s+in|\bviolence\s+in|\bagainst|"
                             r"\bin\s+(?:the\s+)?(?:eastern|western|northern|southern|central))\s+(?:the\s+)?$", re.I)
#: "la guerre d'agression de la Russie contre l'Ukraine", "Russia's war on Ukraine": the sides of a war
#: or a crisis named in a meeting's sentence are what it is about.
TOPIC_WAR = re.compile(r"\b(?:guerres?|agressions?|invasions?|conflits?|crises?|offensives?|wars?|aggression|"
                       r"invasions?|conflicts?|crisis|crises)\b[^.;:«»,]{0,40}$", re.I)
#: "a regional tour that also includes Jordan, Turkey…", "avant de se rendre au Kenya": the next
#: stops of a trip, not parties to the meeting of the sentence.
ITINERARY = re.compile(r"(?:\b(?:tour|trip|tournée|périple)\b[^.;:«»]{0,40}\b(?:(?:also\s+)?includes?|including|"
                       r"will\s+(?:also\s+)?take\s+(?:him|her|them)\s+to|(?:le|la|les)\s+(?:mènera|conduira)\s+"
                       r"(?:également\s+|aussi\s+|ensuite\s+)?(?:en|au|aux|à)|comprend)|"
                       r"\bbefore\s+(?:travell?ing|heading|going|flying|proceeding)\s+(?:on\s+)?to|"
                       r"\bavant\s+de\s+(?:se\s+rendre|poursuivre\s+(?:sa|son)\s+\w+)\s+(?:en|au|aux|à|vers))"
                       # (the stops before it in the list: "includes Jordan, Turkey, Lebanon and …")
                       r"\s+(?:the\s+|la\s+|le\s+|les\s+|l['’])?"
                       r"(?-i:(?:[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)*\s*(?:,|\band\b|\bet\b|\bpuis\b|\bthen\b)\s*"
                       r"(?:the\s+|la\s+|le\s+|les\s+|l['’]|en\s+|au\s+|aux\s+|à\s+)?)*)$", re.I)
#: "les relations entre l'Alliance atlantique et la Russie": the second side is a topic too.
TOPIC_BETWEEN = re.compile(r"(?:relations?|coopération|liens|tensions?|différend|relations|ties|tensions)\s+(?:entre|between)\s+"
                           r"[^,.;:«»]{2,50}\s+(?:et|and)\s+(?:la\s+|le\s+|les\s+|l['’]|the\s+)?$", re.I)
UNKNOWN_TOWN = re.compile(r"\bà\s+(?P<town>[A-ZÀ-Ý][a-zà-ÿ'’-]{2,}(?:[- ][A-ZÀ-Ý][a-zà-ÿ'’-]+)?)(?=\s*[,.(;]|\s+(?:en|au|aux|dans)\s)")
#: "met his Peruvian counterpart in Tacna on Friday": the same in English.
UNKNOWN_TOWN_EN = re.compile(r"\bin\s+(?P<town>[A-Z][a-z'’-]{2,}(?:[- ][A-Z][a-z'’-]+)?)"
                             r"(?=\s*[,.(;]|\s+(?:on|last|this|next|at|for|to|during|after|before|ahead)\b)")
PHONE = re.compile(r"t[ée]l[ée]phon|par\s+visioconférence|\bphone\b|\bcall\b|\bcoup\s+de\s+fil\b", re.I)
# English: a telephone call, a video link; "call" alone is also a request ("a call for restraint").
PHONE_EN = re.compile(r"\b(?:tele)?phon(?:e|ic)\b|\bvideo\s*(?:call|conference|link)\b|\bvideoconference\b|"
                      r"\b(?:a|the|their|in\s+a)\s+call\s+(?:with|between)\b", re.I)
# "à Genève", "au Caire" name a venue; "de Genève" only right after a meeting word ("le sommet de
# Luanda", "celle de Tokyo"): "arrivé de Washington" names where someone came from.
VENUE_BEFORE = re.compile(r"(?:\b(?:a|au|in|at)\s+)$")
#: "in Omani capital of Muscat", "in the Kenyan capital Nairobi", "dans la capitale omanaise, Mascate"
#: (over folded text).
CAPITAL_BEFORE = re.compile(r"\b(?:in|at|dans|a)\s+(?:the\s+|la\s+)?(?:[a-z-]+\s+)?capital(?:e)?(?:\s+[a-z-]+)?(?:\s+of|\s*,)?\s+$")
#: "in Kenya", "au Kenya" right before a country's name (over folded text).
COUNTRY_BEFORE = re.compile(r"(?:\b(?:en|au|aux|in)\s+)$")
# "as part of his official visit to Russia", "lors de sa visite officielle en Russie": the host
# country of talks held during the visit, wherever in the sentence (over folded text).
VISIT_TO = re.compile(r"\bvisit\s+to\s+(?:the\s+)?$|\bvisite\s+(?:\w+\s+){0,2}(?:en|au|aux)\s+$|"
                      # "à Abidjan, la capitale économique de la Côte d'Ivoire", "in Suva, the capital of Fiji"
                      r"\bcapital(?:e)?\s+(?:\w+\s+)?(?:of\s+(?:the\s+)?|de\s+la\s+|de\s+l'|de\s+|du\s+|des\s+|d')$")
# "arrivé de Washington", "de retour du Caire": where someone comes from is neither the venue nor a
# party to the meeting (over folded text).
ORIGIN_BEFORE = re.compile(r"\b(?:arrivee?s?|venue?s?|revenue?s?|rentree?s?|partie?s?|en\s+provenance|de\s+retour)\s+"
                           r"(?:de\s+la\s+|de\s+l'|de\s+|du\s+|des\s+|d')$")
#: "the Riyadh talks", "the Addis Ababa summit": a city named before a meeting word is its venue.
#: "the Riyadh talks", "the Riga Security Conference": an event named after its city.
NAMED_AFTER_CITY_EN = re.compile(r"\s+(?:(?-i:[A-Z])[\w-]+\s+){0,2}(?:summit|talks|meeting|conference|negotiations|round|process|"
                                 r"forum|dialogue)\b", re.I)
VISITED_EN = re.compile(r"\b(?:visit(?:ed|s|ing)?|travel(?:l?ed)?\s+to|arrived\s+in|flew\s+to|trip\s+to|visit\s+to)\s+$", re.I)
# "…, a déclaré jeudi le ministre": a participle of a reporting verb right before a date.
REPORTED_BY = re.compile(r"\b(?:a|ont|avait|avaient|aurait|a-t-(?:il|elle)|ont-(?:ils|elles))\s+(?P<verb>[a-zéèêâîôûç]+)\s+$", re.I)
#: "…, the Kremlin said on Wednesday that…": a date right after a reporting verb is the statement's.
REPORTED_BY_EN = re.compile(r"\b(?P<verb>said|says|told\s+\w+|announced|added|stressed|confirmed|stated|reported|wrote|noted|"
                            r"declared|insisted|warned|explained|indicated)\s+(?:late\s+|early\s+)?(?:on\s+)?$", re.I)
# "à l'aéroport international de Ouagadougou", "au palais présidentiel de Koulouba": a building
# named with its city is a venue in that city (over folded text).
BUILDING_OF = re.compile(r"\b(?:a|au)\s+(?:l'|la\s+|le\s+)?(?:aeroport|palais|chateau|hotel|residence|siege|salle|centre\s+de\s+conferences?|abbaye|villa|domaine)"
                         r"(?:\s+[\w-]+){0,3}\s+d(?:e\s+|')$")
#: "at State House, Nairobi", "au Palais du Peuple, Kinshasa": a named building, a comma, its city.
BUILDING_COMMA = re.compile(r"\b(?:at|in|inside|within|au|à)\s+(?:the\s+|l['’]|la\s+|le\s+)?(?:[A-ZÀ-Ý][\w'’-]*\s+(?:(?:of|du|de|des|de\s+la)\s+)?){0,4}"
                            r"[A-ZÀ-Ý][\w'’-]*,\s+$")
SEAT_BEFORE = re.compile(r"(?:\b(?:au|à\s+la|à\s+l['’]|dans\s+les\s+salons\s+de\s+l['’]|at\s+the|in\s+the|at|inside\s+the)\s+"
                         r"(?:(?:palais|palace|résidence|residence|siège)\s+(?:de\s+l['’]|de\s+la|du|des|of\s+the)?\s*)?)$", re.I)
#: "au siège de l'ambassade", "dans les locaux du consulat": the meeting is held at the mission.
AT_MISSION = re.compile(r"\b(?:au|à l['’]|dans les locaux)")
#: A quotation told by someone who was there ("nous", "je"), not reported by an outsider.
FIRST_PERSON = re.compile(r"\b(?:nous|je|j['’]|nos|mon|ma)\b", re.I)
MISSIONS = ("embassy", "consulate", "mission")
#: The posts of a state's envoys abroad: the one summoned to a ministry.
ENVOYS = ("ambassador", "charge_d_affaires", "diplomat", "consul")
#: A verb of receiving a visitor, its passive auxiliary, and the words up to its agent.
RECEIVING = re.compile(r"\b(?:re[çc]u(?:e|s|es)?|re[çc]oit|accueilli(?:e|s|es)?|accueille|received|receives|hosted|hosts|"
                       r"welcomed)\b", re.I)
PASSIVE_BEFORE = re.compile(r"\b(?:été|était|sont|est|was|were|been|being)\s+(?:\w+\s+){0,2}$", re.I)
AGENT_AFTER = re.compile(r"[^.;]{0,80}?\b(?:par|by)\s+(?:le|la|l['’]|son|sa|the|his|her)?\s*(?:[\w'’.-]+\s+){0,6}$", re.I)
#: The posts that receive visitors in their own capital.
LEADERS = {"head_of_state", "head_of_government"}
#: Who receives visitors at home, in the capital, when the text names no place.
HOSTS = LEADERS | {"foreign_minister"}


@dataclass(slots=True)
class Candidate:
    """What one trigger says of a meeting; candidates are merged into :class:`~.facts.Meeting` later."""

    sent: Sentence
    kind: str
    start: int
    end: int
    date: DateValue | None = None
    city: str | None = None
    city_name: str | None = None
    country: str | None = None
    #: The text names the venue's country ("à Istanbul, en Turquie"): its host takes part.
    country_named: bool = False
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
    #: "…weeks after the minister's visit to Seoul": an earlier event the text refers
    #: to, never the one it reports.
    earlier: bool = False

    def held_in(self, ctx: Context, c) -> None:
        """The meeting's place is this city mention, spelled as the text has it."""
        self.city, self.city_name, self.country = c.key, city_label(ctx, c), c.country

    def held_in_capital(self, ctx: Context, code: str) -> bool:
        """The meeting's place is the capital of ``code`` (a seat of power, a summoning ministry);
        False when the gazetteer knows no capital."""
        city = ctx.gaz.capital_city(code)
        if city is None:
            return False
        self.city, self.city_name, self.country = city["key"], ctx.gaz.city_name(city), code
        return True


@dataclass(slots=True)
class Scope:
    """Where a candidate's steps look: the sentence up to ``hi`` (``text``), from ``lo`` for rounds and
    venues, and only at persons inside ``people`` ranges when set (one encounter of a series)."""

    ctx: Context
    sent: Sentence
    start: int
    end: int
    lo: int
    hi: int
    people: list[tuple[int, int]] | None
    text: str
    folded: str
    english: bool
    quotes: list[tuple[int, int]]
    #: States a venue step placed the meeting in: their capital is then no party by itself.
    located: set[str] = field(default_factory=set)

    def among_people(self, offset: int) -> bool:
        """The mention at ``offset`` belongs to this encounter (always, when no ranges are set)."""
        return self.people is None or any(a <= offset < b for a, b in self.people)


#: A dash between spaces: alone after a meeting's trigger, it opens another clause; a pair of
#: dashes encloses an aside ("… – comme nous l'avons souligné – que …") and cuts nothing.
CLAUSE_DASH = re.compile(r"\s[—–]\s")


def build_candidate(ctx: Context, sent: Sentence, trig: Trigger, lo: int = 0, hi: int | None = None,
                    people: list[tuple[int, int]] | None = None) -> Candidate:
    """A meeting candidate from one trigger; ``lo``/``hi`` limit it to a part of the sentence
    when the sentence speaks of two rounds ("…à Abou Dhabi, après un premier cycle tenu le
    12 janvier à Genève"); ``people`` limits its participants to persons named in those ranges
    (one encounter of a series told in one sentence)."""
    start, end, kind = trig
    if hi is None:
        # "X summoned the chargé d'affaires — she protested against the expulsion in Vilnius on
        # December 1": after a dash the sentence tells another event, with its own date and place.
        dashes = list(CLAUSE_DASH.finditer(sent.text, end))
        hi = dashes[0].start() if len(dashes) == 1 else len(sent.text)
    text = sent.text[:hi]
    at = Scope(ctx, sent, start, end, lo, hi, people, text, fold(text), sent.doc.lang_ == "en", quotation_spans(text))
    cand = Candidate(sent, kind, start, end)
    for step in CANDIDATE_STEPS:
        step(cand, at)
    return cand


# --- kind, status, rounds, date -------------------------------------------------------------------

def _kind(cand: Candidate, at: Scope) -> None:
    """A telephone or video link makes any meeting a call (English: outside quotations, where "call"
    is often a request); "convoqué" makes it a summons."""
    if (PHONE_EN.search(_unquoted(at.text)) if at.english else PHONE.search(at.text)):
        cand.kind = "call"
    if cand.kind == "summons" or re.search(r"\bconvoqu", at.folded):
        cand.kind = "summons"


def _joined(cand: Candidate, at: Scope) -> None:
    """"X s'est joint aux travaux par visioconférence": a participant of the meeting told
    elsewhere, not a call of its own."""
    cand.joined = bool(lexical_regex(r"\b(?:{})", "meeting_joined").search(at.text))


def _status(cand: Candidate, at: Scope) -> None:
    """Held, planned, ongoing or cancelled, read around the trigger (or around the round the
    sentence names: "un premier cycle tenu le 12 janvier" is held whatever the main verb says)."""
    round_match = OTHER_ROUND.search(at.text, at.lo)
    anchor = round_match.span() if round_match else (at.start, at.end)
    lo = max(0, anchor[0] - 60)
    local = at.text[lo:anchor[1] + 80]
    # ("arrived on Monday on a tour that will take him to Mali": a plan told in a relative clause
    # of past news is not this meeting's.)
    planned = any(not in_relative_clause_of_past(at.sent.doc, lo + m.start()) for m in _planned().finditer(local))
    cand.status = ("cancelled" if _said_of_meeting("meeting_cancelled").search(local)
                   else "held" if _said_of_meeting("meeting_held").search(local)
                   else "planned" if at.sent.future or planned
                   else "ongoing" if _said_of_meeting("meeting_ongoing").search(local) else "held")


def _closed_door(cand: Candidate, at: Scope) -> None:
    """"à huis clos", "behind closed doors"."""
    cand.closed = bool(CLOSED_DOOR.search(at.text))


def _rounds(cand: Candidate, at: Scope) -> None:
    """"une nouvelle série de pourparlers", "le premier cycle": one round of a series, maybe an earlier one."""
    cand.other_round = bool(OTHER_ROUND.search(at.text, at.lo))
    cand.previous_round = bool(PREVIOUS_ROUND.search(at.text, at.lo))
    cand.earlier = bool(AFTER_EVENT.search(at.text[max(0, at.start - 50):at.start]))


#: The words of another event right before a date: "après leur arrivée à Beyrouth ", "after his
#: return from Doha ", "avant son départ pour ".
OTHER_EVENT_BEFORE = re.compile(r"\b(?:après|avant|depuis|after|before|since|following)\s+(?:leur|son|sa|ses|l['’]|la|le|les|"
                                r"their|his|her|its|the)\s*[^\W\d_]+(?:\s+[\w'’-]+){0,5}?\s+$", re.I)


#: "…for the first time since Prime Minister X came to power on December 26": a date inside a "since"
#: clause starts a period; it is not the day of the event told.
SINCE_CLAUSE = re.compile(r"\b(?:since|depuis\s+que|depuis\s+l['’]arrivée|depuis\s+son|depuis\s+sa)\b[^,.;:]{0,80}$", re.I)


#: Kinds of meeting that happen on one day; talks and negotiations go on for longer.
DAY_EVENTS = frozenset({"meeting", "visit", "call", "summons", "audience"})


def _date(cand: Candidate, at: Scope) -> None:
    """The date nearest after the trigger, else the nearest before it (the last one for another
    round); "…, a déclaré jeudi le ministre": that date is the statement's, not the meeting's."""
    sent = at.sent
    dates = [d for d in sent.dates if at.lo <= d.start - sent.start < at.hi
             and not _after_cue(sent.text, d.start - sent.start, sent.doc.lang_)]
    # "…, ce matin, leurs entretiens… après leur arrivée à Beyrouth dimanche soir": that Sunday
    # dates the arrival; another date of the sentence dates the talks.
    own = [d for d in dates if not OTHER_EVENT_BEFORE.search(sent.text, max(0, d.start - sent.start - 60), d.start - sent.start)
           and not SINCE_CLAUSE.search(sent.text, max(0, d.start - sent.start - 80), d.start - sent.start)]
    dates = own or dates
    if dates:
        after = [d for d in dates if d.start - sent.start >= at.start]
        chosen = (after or dates)[0] if not cand.other_round else (after or dates)[-1]
        cand.date = chosen.value
        return
    told = [d for d in sent.dates if at.lo <= d.start - sent.start < at.hi and d.start - sent.start > at.start]
    if told and cand.kind in DAY_EVENTS:
        # "X a eu un entretien téléphonique avec Y, a indiqué samedi un communiqué": a call is
        # announced the day it takes place; the day of the release is the call's.
        cand.date = replace(told[0].value, inferred=True)


# --- the venue: each step runs only while no earlier one found the city ------------------------

def _venue_from_cities(cand: Candidate, at: Scope) -> None:
    """A known city "à Genève", "in Doha", "le sommet de Luanda", "au palais présidentiel de
    Koulouba", "the Riyadh talks", "visited New Delhi"; not a posting ("ambassadeur de Moscou à
    Washington"), an organisation's seat, or where an English sentence's speaker is ("In Ankara, a
    source said…"). A call has no venue."""
    if cand.kind == "call":
        return
    fronted = FRONTED_PLACE_EN.match(at.text) if at.english else None
    for c in at.sent.mentions.cities:
        if not at.lo <= c.start < at.hi:
            continue
        if fronted is not None and fronted.start("place") <= c.start < fronted.end("place"):
            continue  # "In Ankara, a source said…": where the speaker is, not where they meet
        if AFTER_TRIP.search(at.text[max(0, c.start - 60):c.start]) or EVENT_AHEAD.search(at.text[max(0, c.start - 80):c.start]):
            at.located.add(c.country or "")  # (so its capital makes no party either)
            continue  # "…weeks after the minister's visit to Seoul": the place of an earlier event
        if at.english and VISITED_EN.search(at.text[max(0, c.start - 30):c.start]) and cand.city is None:
            _place_in(cand, at, c)  # "visited New Delhi"
            continue
        if cand.city is None and _names_venue(at, c) and not _posting_or_seat(at.sent, c):
            _place_in(cand, at, c)


#: "M. X, basé à Brazzaville", "accredited to Kenya and based in Addis Ababa": where an envoy resides.
RESIDENT_AT = re.compile(r"\b(?:basée?s?|résid(?:e|ent|ant|ente)s?|based|resident|residing)\s+(?:à|au|en|in|at)\s+$", re.I)


def _names_venue(at: Scope, c) -> bool:
    """The words around a city make it a venue: "à", "in", "le sommet de", "au palais de", "the X summit"."""
    if RESIDENT_AT.search(at.text[max(0, c.start - 30):c.start]):
        return False
    return bool(VENUE_BEFORE.search(at.folded[max(0, c.start - 8):c.start])
                or CAPITAL_BEFORE.search(at.folded[max(0, c.start - 40):c.start])
                or _named_after_city(at.folded, c.start, at.sent.doc.lang_)
                or BUILDING_OF.search(at.folded[max(0, c.start - 60):c.start])
                or _building_comma(at, c)
                or (at.english and NAMED_AFTER_CITY_EN.match(at.text, c.end)))


def _building_comma(at: Scope, c) -> bool:
    """"at State House, Nairobi": the words between the preposition and the comma name a building,
    not another place ("in Brussels, Paris and Berlin")."""
    m = BUILDING_COMMA.search(at.text, max(0, c.start - 60), c.start)
    mentions = at.sent.mentions
    return m is not None and not any(m.start() <= x.start < c.start for x in (*mentions.cities, *mentions.states))


def _posting_or_seat(sent: Sentence, c) -> bool:
    """"à Washington" after "ambassadeur de Moscou" is a posting; inside an organisation's name a seat."""
    return (any(t.start <= c.start < t.end + 2 for t in sent.mentions.titles)
            or any(o.start <= c.start < o.end for o in sent.mentions.orgs))


def _place_in(cand: Candidate, at: Scope, c) -> None:
    cand.held_in(at.ctx, c)
    at.located.add(c.country or "")


@cache
def _calendar_words() -> frozenset[str]:
    return frozenset(fold(w) for key in ("months", "weekdays") for w in words_of_all(key))


def _venue_unknown_town(cand: Candidate, at: Scope) -> None:
    """"a reçu, vendredi soir à Assinie, …": a town the gazetteer does not know, named right
    after the meeting words, is still the venue (with no GeoNames id)."""
    if cand.city is not None or cand.kind == "call":
        return
    m = (UNKNOWN_TOWN_EN if at.english else UNKNOWN_TOWN).search(at.text, at.end, min(len(at.text), at.end + 60))
    mentions = at.sent.mentions
    if m and fold(m.group("town")) in _calendar_words():
        return  # "in May", "in January"
    if m and not any(x.start < m.end("town") and m.start("town") < x.end
                     for x in (*mentions.persons, *mentions.states, *mentions.orgs, *mentions.titles, *mentions.cities)):
        town = m.group("town")
        cand.city, cand.city_name = "town-" + re.sub(r"[^a-z0-9]+", "-", fold(town)).strip("-"), town


def _venue_seat_of_power(cand: Candidate, at: Scope) -> None:
    """"reçu au Palais de l'Élysée", "talks at the Kremlin": a seat of power is in its capital."""
    if cand.city is not None or cand.kind == "call":
        return
    for st in at.sent.mentions.states:
        if st.kind == "metonym" and at.lo <= st.start < at.hi \
                and SEAT_BEFORE.search(at.text[max(0, st.start - 30):st.start]):
            if cand.held_in_capital(at.ctx, st.code):
                at.located.add(st.code)
                break


def _venue_of_summons(cand: Candidate, at: Scope) -> None:
    """The summoned ambassador is posted where the summons happens: "l'ambassadeur de Chine à Manille"."""
    if cand.city is not None or cand.kind != "summons":
        return
    mentions = at.sent.mentions
    for t in mentions.titles:
        c = next((c for c in mentions.cities if t.start <= c.start < t.end + 2), None)
        if t.role_type in ("ambassador", "charge_d_affaires") and c is not None:
            cand.held_in(at.ctx, c)
            break


def _summoner_capital(cand: Candidate, at: Scope) -> None:
    """"Russia summoned Lithuania's chargé d'affaires", "le Quai d'Orsay a convoqué l'ambassadeur
    d'Iran": a summons is held at the summoning ministry, in its state's capital, when the text
    names no place. The summoner is the one party that is not the envoy's state."""
    if cand.city is not None or cand.kind != "summons" or cand.status != "held":
        return
    ctx = at.ctx
    envoys = {t.state for t in at.sent.mentions.titles if t.role_type in ENVOYS and t.state}
    # "La dernière fois que X a été convoqué au ministère algérien…": the envoy the article
    # introduced earlier, known by his post, is the only person there.
    if cand.persons and all(p in ctx.person_state and any(role in ENVOYS for role, _ in ctx.person_roles.get(p, ()))
                            for p in cand.persons):
        envoys |= {ctx.person_state[p] for p in cand.persons}
    summoner = (cand.states - envoys) or {o.state for o in at.sent.mentions.orgs
                                          if o.kind == "ministry" and o.state and o.state not in envoys}
    if not envoys or len(summoner) != 1:
        return
    code = next(iter(summoner))
    if cand.held_in_capital(ctx, code):
        cand.states.add(code)


def _audience_capital(cand: Candidate, at: Scope) -> None:
    """"X a été reçu par le président Y", "l'ambassadeur X a rencontré le ministre Y": an audience
    with a head of state or of government, or an envoy meeting an official of the state he is
    accredited to, the text naming no place, is held in that state's capital."""
    if cand.city is not None or cand.kind not in ("meeting", "visit", "talks") or cand.status != "held" or cand.sidelines:
        return
    ctx = at.ctx
    if not ATTENDED.search(at.text):
        _host_of_envoys(cand, ctx)
    if _credentials_received(cand, at):
        return
    if len(cand.states) == 1:
        # "X held a meeting with African ambassadors in Nairobi": envoys without a state, posted to
        # the host's country, meet him in its capital.
        (host,) = cand.states
        envoys_posted_here = any(t.role_type in ENVOYS and t.posted_to == host and t.state is None and t.plural
                                 for t in at.sent.mentions.titles if at.lo <= t.start < at.hi)
        # "Le président X a reçu le corps diplomatique", "the foreign minister received a delegation
        # of the bank": a leader or a foreign minister receiving visitors of no state, at home.
        receives_at_home = host in _receivers(cand, at) and not at.sent.mentions.cities and any(
            ctx.person_state.get(p) == host and {r for r, _ in ctx.person_roles.get(p, ())} & HOSTS
            for p in cand.persons)
        if envoys_posted_here or receives_at_home:
            cand.held_in_capital(ctx, host)
        return
    if len(cand.states) != 2:
        return
    by_state: dict[str, set[str]] = {}
    for p in cand.persons:
        if p in ctx.person_state:
            by_state.setdefault(ctx.person_state[p], set()).update(r for r, _ in ctx.person_roles.get(p, ()))
    if set(by_state) != cand.states:
        return
    receivers = _receivers(cand, at)
    hosts = [s for s, posts in by_state.items() if posts & LEADERS and s in receivers
             and not any(o & LEADERS for x, o in by_state.items() if x != s)]
    # The envoy must be said to be accredited there ("ambassador of China to Mongolia"): a visiting
    # minister also meets other states' envoys.
    posted = {(t.state, t.posted_to) for sent in ctx.sentences for t in sent.mentions.titles
              if t.role_type in ENVOYS and t.posted_to}
    hosts += [s for s, posts in by_state.items() if posts and not posts & set(ENVOYS)
              and all(o and o <= set(ENVOYS) and (x, s) in posted for x, o in by_state.items() if x != s)]
    if len(set(hosts)) == 1:
        cand.held_in_capital(ctx, hosts[0])


def _credentials_received(cand: Candidate, at: Scope) -> bool:
    """"President X received Letters of Credence from 17 ambassadors", "a reçu les lettres de
    créance de l'ambassadeur du Japon": credentials are presented to a head of state at home, so
    the ceremony is in the receiver's capital whatever states the envoys come from."""
    if not _credentials_words().search(at.text):
        return False
    ctx = at.ctx
    # Envoys present credentials; the one leader among the participants receives them (not the
    # leader whose envoy presents them: "the representative of His Holiness Pope Francis").
    posts = {p: {r for r, _ in ctx.person_roles.get(p, ())} for p in cand.persons if p in ctx.person_state}
    envoys_of = {ctx.person_state[p] for p, r in posts.items() if r & set(ENVOYS)}
    envoys_of |= {t.state for t in at.sent.mentions.titles if t.role_type in ENVOYS}
    sent = at.sent
    represented = {person.key for m in sent.mentions.persons
                   if (person := ctx.person_spans.get((sent.start + m.start, sent.start + m.end)))
                   and REPRESENTED_BEFORE.search(sent.text[max(0, m.start - 40):m.start])}
    receivers = {ctx.person_state[p] for p, r in posts.items() if r & LEADERS and p not in represented} - envoys_of
    return len(receivers) == 1 and cand.held_in_capital(ctx, receivers.pop())


#: "the representative of His Holiness Pope Francis", "l'envoyé du président X": the leader an envoy
#: speaks for, not one who receives him.
REPRESENTED_BEFORE = re.compile(r"\b(?:of|de|du|d['’])\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){0,4}$", re.I)


@cache
def _credentials_words() -> re.Pattern:
    """The lexicons' words for an envoy's credentials ("letters of credence", "lettres de créance")."""
    return lexical_regex(r"\b(?:{})\b", "credentials_words")


#: "The meeting was attended by X and Y, UAE Ambassador to Syria": those who sit with one side.
ATTENDED = re.compile(r"\b(?:attended|accompanied|joined|flanked)\s+by\b|\ben\s+présence\s+d|\baccompagnée?s?\s+(?:par|de)\b|"
                      r"\bont\s+assisté\b|\ba\s+assisté\b", re.I)


def _host_of_envoys(cand: Candidate, ctx: Context) -> None:
    """"La ministre des Affaires étrangères X et l'ambassadeur du Gabon en RDC ont échangé": the
    one participant without a state, with envoys posted to one state, is that state's official."""
    stateless = [p for p in cand.persons if p not in ctx.person_state]
    envoys = [p for p in cand.persons if p in ctx.person_state]
    posts = [{r for r, _ in ctx.person_roles.get(p, ())} for p in envoys]
    if len(stateless) != 1 or not envoys or not all(r and r <= set(ENVOYS) for r in posts):
        return
    sent_to = {t.posted_to for sent in ctx.sentences for t in sent.mentions.titles
               if t.role_type in ENVOYS and t.posted_to and t.state in {ctx.person_state[p] for p in envoys}}
    if len(sent_to) == 1 and not sent_to & {ctx.person_state[p] for p in envoys}:
        host = sent_to.pop()
        ctx.set_state(stateless[0], host, GUESS)
        cand.states.add(host)


def _receivers(cand: Candidate, at: Scope) -> set[str]:
    """The states of the persons who receive at a reception verb: its subject ("le président X a
    reçu Y") or the agent of its passive ("Y a été reçu par le président X")."""
    ctx, sent, text = at.ctx, at.sent, at.text
    verb = RECEIVING.search(text[cand.start:cand.end + 20])
    if verb is None:
        return set()
    passive = bool(PASSIVE_BEFORE.search(text[:cand.start]))
    out = set()
    for p in sent.mentions.persons:
        person = ctx.person_spans.get((sent.start + p.start, sent.start + p.end))
        if person is None or person.key not in ctx.person_state:
            continue
        agent = p.start >= cand.end and AGENT_AFTER.match(text[cand.end:p.start])
        if (agent if passive else person.key in cand.subject):
            out.add(ctx.person_state[person.key])
    return out


def _venue_of_mission(cand: Candidate, at: Scope) -> None:
    """"Le consulat général d'Azerbaïdjan à Tabriz a rouvert… lors d'une cérémonie": the mission's city.
    Not for a summons: a summons is held at the summoning ministry, and a mission the sentence names
    is what it is about ("to protest the attack on our embassy in Minsk")."""
    mentions = at.sent.mentions
    mission_city = next(((o.city, o) for o in mentions.orgs if o.city and o.kind in MISSIONS), None)
    if cand.city is not None or not mission_city or cand.kind in ("call", "summons"):
        return
    key, org = mission_city
    c = next((c for c in mentions.cities if c.key == key), None)
    if c is not None:
        cand.city, cand.city_name, cand.country, cand.venue = c.key, c.text, c.country, org.key
        at.located.add(c.country or "")


# --- the parties ----------------------------------------------------------------------------------

def _party_states(cand: Candidate, at: Scope) -> None:
    """The states at the table: named, by demonym on people ("la délégation russe"), by capital;
    not the venue's country, a topic, a posting, an origin, or a state named inside a quotation."""
    for s in at.sent.mentions.states:
        if not at.among_people(s.start):
            continue  # another encounter's counterpart
        if _venue_country(cand, at, s) or _not_a_party(cand, at, s):
            continue
        cand.states.add(s.code)


def _venue_country(cand: Candidate, at: Scope, s) -> bool:
    """"à Nairobi, au Kenya" or "in Kenya" right after the meeting words: the venue's country.
    True when the state is consumed here; "un règlement en Ukraine" elsewhere in the sentence is a
    topic, not a venue (and no party either, unless the meeting is a call)."""
    if s.kind == "name" and cand.kind != "call" and VISIT_TO.search(at.folded[max(0, s.start - 40):s.start]):
        cand.country = cand.country or s.code
        at.located.add(s.code)
        return True
    if not (s.kind == "name" and COUNTRY_BEFORE.search(at.folded[max(0, s.start - 6):s.start])):
        return False
    if any(t.start <= s.start < t.end for t in at.sent.mentions.titles):
        return True
    after_city = cand.city is not None and re.fullmatch(r"[\s,]*(?:en|au|aux|in)\s+",
                                                        at.text[_city_end(at.sent, cand):s.start] or "x")
    near_trigger = 0 <= s.start - at.end <= 40
    if cand.kind != "call" and (after_city or near_trigger):
        cand.country = cand.country or s.code
        cand.country_named = cand.country_named or cand.country == s.code
        at.located.add(s.code)
        return True
    # (For a call too: "hospitalisé en Allemagne" is where someone was, not a party on the line.)
    return cand.kind != "call" or not near_trigger


def _not_a_party(cand: Candidate, at: Scope, s) -> bool:
    """A state mention that is not a party: where someone came from, the venue's capital, inside a
    quotation, a topic ("un entretien consacré à la Syrie"), a demonym not on people ("le conflit
    ukrainien"), or the posting of an ambassador ("ambassadeur de Pékin à Canberra")."""
    text, mentions = at.text, at.sent.mentions
    if ORIGIN_BEFORE.search(at.folded[max(0, s.start - 30):s.start]):
        return True
    if s.kind == "capital" and any(c.start == s.start for c in mentions.cities) and s.code in at.located:
        return True
    if any(qs <= s.start < qe for qs, qe in at.quotes):
        return True  # named inside someone's words, not at the table
    if at.english and s.kind == "capital" and NAMED_AFTER_CITY_EN.match(text, s.end):
        return True  # "the Addis Ababa summit": the venue, not a party
    if _is_topic(at, s):
        return True
    title = next((t for t in mentions.titles if t.start <= s.start < t.end), None)
    people_before = lexical_regex(r"\b(?:{})\b(?:\s+[\w'’-]+){0,3}\s+$", "participant_nouns")
    if s.kind == "demonym" and not people_before.search(text[max(0, s.start - 45):s.start]) and title is None \
            and not _listed_with_titled_demonym(at, s):
        return True
    if s.kind == "capital" and cand.city and any(c.start == s.start and c.key == cand.city for c in mentions.cities):
        return True
    return title is not None and s.kind != "demonym" and title.posted_to == s.code


#: What joins two items of a list: "Haiti and Venezuela", "la Syrie et le Liban".
LIST_ITEM_JOIN = re.compile(r"\s*(?:,|and|et|or|ou)\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?", re.I)


def _is_topic(at: Scope, s) -> bool:
    """A state named as what the talks are about ("the situation in Haiti"), or listed after one
    ("the situation in Haiti and Venezuela")."""
    text = at.text
    if TOPIC_BEFORE.search(text[max(0, s.start - 30):s.start]) or TOPIC_CLAUSE.search(text[max(0, s.start - 90):s.start]) \
            or TOPIC_BETWEEN.search(text[max(0, s.start - 90):s.start]) or TOPIC_WAR.search(text[max(0, s.start - 60):s.start]) \
            or (at.english and TOPIC_BEFORE_EN.search(text[max(0, s.start - 30):s.start])) \
            or ITINERARY.search(text[max(0, s.start - 90):s.start]):
        return True
    before = [x for x in at.sent.mentions.states if x.end <= s.start]
    return bool(before) and LIST_ITEM_JOIN.fullmatch(text[before[-1].end:s.start]) is not None \
        and before[-1].kind == s.kind and _is_topic(at, before[-1])


def _listed_with_titled_demonym(at: Scope, s) -> bool:
    """"Brazilian and Chilean foreign ministers": a demonym listed before one that opens a title."""
    after = [x for x in at.sent.mentions.states if x.start >= s.end]
    return bool(after) and after[0].kind == "demonym" and LIST_ITEM_JOIN.fullmatch(at.text[s.end:after[0].start]) is not None \
        and any(t.start <= after[0].start < t.end for t in at.sent.mentions.titles)


def _party_persons(cand: Candidate, at: Scope) -> None:
    """The persons at the table and their states; the subject of the verb (the host, the visitor)
    apart. Not a person named inside a quotation or as a topic ("pour évoquer le sort de X"), and
    nobody from a meeting told inside a quotation that the speaker outside it only reports
    ("« La délégation est arrivée à Riyad… », a annoncé le porte-parole X"), unless the speaker
    was there ("nous")."""
    ctx, sent = at.ctx, at.sent
    told = next(((qs, qe) for qs, qe in at.quotes if qs <= at.start < qe), None)
    if told is not None and not FIRST_PERSON.search(at.text[told[0]:told[1]]):
        return
    for p in sent.mentions.persons:
        if any(qs <= p.start < qe for qs, qe in at.quotes) or not at.among_people(p.start):
            continue
        if _person_topic().search(at.text[max(0, p.start - 40):p.start]):
            continue
        person = ctx.person_spans.get((sent.start + p.start, sent.start + p.end))
        if not person:
            continue
        if _sender().search(at.text[max(0, p.start - 60):p.start]) or _senders_item().match(at.text, p.end):
            # "porteur d'un message du président X", "conveyed Modi's invitation": X sent it and is
            # not at the table; his state is.
            if person.key in ctx.person_state:
                cand.states.add(ctx.person_state[person.key])
            continue
        posts = {rt for rt, _title in ctx.person_roles.get(person.key, [])}
        if posts and posts <= {"spokesperson"}:
            continue  # "…set to participate, spokesperson X told reporters": who tells of a meeting
        cand.persons.add(person.key)
        subject = _is_subject_of_verb(sent, p.start, p.end) if at.people is None else p.start < at.start
        if subject:
            cand.subject.add(person.key)
        if person.key in ctx.person_state:
            cand.states.add(ctx.person_state[person.key])
            if subject:
                cand.subject_states.add(ctx.person_state[person.key])


@cache
def _sender() -> re.Pattern:
    """A conveyed item and its sender's preposition right before a name: "un message du président ",
    "a letter from President " (lexicon "conveyed_items")."""
    return lexical_regex(r"\b(?:{})\s+(?:de|du|des|d['’]|from|of)\s*(?:the\s+|l['’]|la\s+|le\s+)?"
                         r"(?:[\w.'’-]+\s+){0,4}$", "conveyed_items")


@cache
def _senders_item() -> re.Pattern:
    """A possessive name before a conveyed item: "Jaishankar's invitation", "Modi’s warm greetings"."""
    return lexical_regex(r"['’]s?\s+(?:\w+\s+)?(?:{})\b", "conveyed_items")


def _titled_parties(cand: Candidate, at: Scope) -> None:
    """"Le ministre iranien des A.E. a été reçu par…": a title alone stands for the one person
    of the article who holds that post for that state."""
    for key in _titled_persons(at):
        cand.persons.add(key)
        if key in at.ctx.person_state:
            cand.states.add(at.ctx.person_state[key])


def _titled_persons(at: Scope) -> list[str]:
    """Persons a sentence names by their post alone: a singular title with a state and no name
    next to it, held in the article by exactly one person of that state; or, without a state,
    the very words of the title the text gave one person before ("the Minister of Foreign Affairs,
    X, was in Estonia. … the Minister of Foreign Affairs met…")."""
    ctx, sent = at.ctx, at.sent
    out = []
    for t in sent.mentions.titles:
        if t.plural or t.former or t.role_type in ("counterpart", "head_of_delegation"):
            continue
        if any(qs <= t.start < qe for qs, qe in at.quotes) or not at.among_people(t.start):
            continue
        if any(0 <= p.start - t.end <= 3 or 0 <= t.start - p.end <= 3 for p in sent.mentions.persons):
            continue  # "le président français, François Hollande": the name is there
        if t.state is None:
            same = _titled_before(ctx, sent.start + t.start, t.text)
            out += [same] if same else []
            continue
        family = {"minister", "foreign_minister"} if t.role_type == "minister" else {t.role_type}
        holders = [k for k, posts in ctx.person_roles.items()
                   if ctx.person_state.get(k) == t.state and any(rt in family for rt, _ in posts)]
        if len(holders) == 1:
            out.append(holders[0])
    return out


#: "The delegation met with…", "la délégation a rencontré…": the article's delegation as the subject.
THE_DELEGATION = re.compile(r"(?:^|[,;:]\s*|\b(?:the|la|cette|this)\s+)delegation\s+(?:\S+\s+){0,4}$")


def _delegation_subject(cand: Candidate, at: Scope) -> None:
    """"A delegation led by X is here… ¶ The delegation yesterday met with Y": a delegation that names
    no state, before the trigger, is the article's one delegation, so its head and state are at the table."""
    heads = at.ctx.delegation_heads
    if len(heads) != 1 or not THE_DELEGATION.search(at.folded[:at.start]):
        return
    state, key = next(iter(heads.items()))
    cand.persons.add(key)
    cand.subject.add(key)
    cand.states.add(state)
    cand.subject_states.add(state)


def _titled_before(ctx: Context, at: int, title: str) -> str | None:
    """The one person named before ``at`` whom the text gave these very title words."""
    words = fold(re.sub(r"^(?:the|le|la|l['’])\s*", "", title.strip(), flags=re.I))
    # (a cluster's mentions are in reading order: the first tells whether it was named before)
    found = {p.key for p in ctx.persons if any(_without_demonym(ctx, t) == words for _rt, t in ctx.person_roles.get(p.key, []))
             and p.mentions and p.mentions[0][1] < at}
    return found.pop() if len(found) == 1 else None


def _without_demonym(ctx: Context, title: str) -> str:
    """A title's folded words without its demonym: "Ghanaian President" is the later "the President"."""
    return " ".join(w for w in fold(title).split() if w not in ctx.gaz.demonyms.forms)


def _venue_at_mission(cand: Candidate, at: Scope) -> None:
    """"au siège de l'ambassade de France à Dakar": the mission is the meeting's building."""
    for o in at.sent.mentions.orgs:
        if o.kind in MISSIONS and o.city and AT_MISSION.search(at.text[max(0, o.start - 20):o.start]):
            cand.venue = o.key


def _trigger_evidence(cand: Candidate, at: Scope) -> None:
    """The trigger's words are the candidate's first evidence (later merges add theirs)."""
    cand.evidence.append(at.ctx.evidence(at.sent, at.start, at.end, "rule:meeting-trigger", 0.75))


def _topics(cand: Candidate, at: Scope) -> None:
    """Topics said to be in or explicitly out of the meeting's scope."""
    text = at.text
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


#: The steps of :func:`build_candidate`, in order (see the module docstring for why the order matters).
CANDIDATE_STEPS: tuple[Callable[[Candidate, Scope], None], ...] = (
    _kind, _joined, _status, _closed_door, _rounds, _date,
    _venue_from_cities, _venue_unknown_town, _venue_seat_of_power, _venue_of_summons, _venue_of_mission,
    _party_states, _party_persons, _titled_parties, _delegation_subject, _venue_at_mission, _summoner_capital,
    _audience_capital,
    _trigger_evidence, _topics,
)


# --- helpers --------------------------------------------------------------------------------------

def borrow_setting(ctx: Context, cand: Candidate, prev: Sentence) -> None:
    """'Ils étaient sept autour de la table, jeudi 12 juin, à Londres. [...] ont discuté de…':
    a meeting sentence without date or place takes those of the sentence before it, when that
    sentence has no meeting word of its own."""
    if triggers(prev):
        return
    if prev.dates:
        cand.date = prev.dates[0].value
    for c in prev.mentions.cities:
        if re.search(r"(?:\b(?:à|au|in|at)\s+)$", prev.text[max(0, c.start - 6):c.start]) \
                and not RESIDENT_AT.search(prev.text[max(0, c.start - 30):c.start]):
            cand.held_in(ctx, c)
            break
    if cand.date or cand.city:
        cand.evidence.append(ctx.evidence(prev, 0, len(prev.text), "rule:meeting-setting", 0.6))


def _unquoted(text: str) -> str:
    """The text with its quotations blanked out (same length)."""
    for qs, qe in quotation_spans(text):
        text = text[:qs] + " " * (qe - qs) + text[qe:]
    return text


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
    regex, _ = noun_regex(lang)
    before = re.search(r"(?<![\w-])([\w-]+)\s+d[e']\s*$", folded[max(0, city_start - 40):city_start])
    return bool(before and (before.group(1) in ("celle", "celui", "celles", "ceux") or regex.fullmatch(before.group(1))))


def _topic(text: str) -> str:
    text = re.sub(r"\s*[,–—-]\s*(?:qui|dont|notamment|comme)\b.*$", "", text.strip())
    return re.sub(r"^(?:des|de la|du|de l['’]|d['’])\s+", "", text).strip()


def city_label(ctx: Context, c) -> str:
    """The city as written, with its article when the text merged it ("au Caire" → "Le Caire")."""
    name = ctx.gaz.city_name(ctx.gaz.city(c.key) or {}) or c.text
    return name if fold(name) != fold(c.text) and fold(name).endswith(" " + fold(c.text)) else c.text


def _city_end(sent: Sentence, cand: Candidate) -> int:
    for c in sent.mentions.cities:
        if c.key == cand.city:
            return c.end
    return 0
