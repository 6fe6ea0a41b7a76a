"""Who speaks: the words naming a speaker, resolved to a person, a group, an institution or nobody.

:func:`resolve_span` runs an ordered table of resolvers (:data:`RESOLVERS`) over the words of a
sentence that name a speaker, the way spaCy runs its pipeline components: each resolver handles one
shape of words ("il", "la ministre X et le ministre Y", "des diplomates", "le Kremlin"…) and says
who speaks, or :data:`NOBODY` when the words name nobody, or None to hand the words to the next one.
The order is the precedence: a named person before a title, a title before an anonymous source.

French and English share every resolver; the patterns differ by language (:func:`patterns`,
whose nouns are the lexicon's).
"""
from __future__ import annotations

import re
from functools import cache

from diplograph.loaders.context import Context, Sentence
from diplograph.loaders.lexicon import alternation, lexicon, table_of_all, words_of_all
from diplograph.loaders.persons import PersonCluster
from diplograph.loaders.roles import chancellor_post
from diplograph.loaders.text import fold, quotation_spans

__all__ = ["Speaker", "NOBODY", "resolve_span", "pronoun_speaker", "group_of", "person_speaker", "person_by_title",
           "speaker_in", "each_member"]

#: "ce dernier", "celle-ci": a person named just before, as "il"/"elle" would.
DEMONSTRATIVES = {"ce dernier": "il", "celui-ci": "il", "cette derniere": "elle", "celle-ci": "elle"}


class Speaker:
    """Who says a statement: a person, or a group, an institution, a state, a document, an anonymous source."""

    __slots__ = ("person", "kind", "label", "org", "state", "members")

    def __init__(self, person=None, kind="person", label=None, org=None, state=None, members=None):
        self.person, self.kind, self.label, self.org, self.state = person, kind, label, org, state
        #: For a group whose persons are known ("la ministre X et le ministre Y ont exprimé…").
        self.members: list[PersonCluster] | None = members


#: What a resolver returns when the words name nobody and no later resolver may try
#: ("il" with no person before it is not "the state named in the sentence").
NOBODY = Speaker(None, "nobody")


def person_speaker(ctx: Context, person: PersonCluster) -> Speaker:
    """A person as speaker, acting for the state the article gives that person."""
    return Speaker(person, state=ctx.person_state.get(person.key))


def _pronoun_gender(word: str) -> str | None:
    """The gender of a singular personal pronoun of any language ("il", "she"), else None."""
    return table_of_all("speech_pronouns").get(word)


def _plural_pronoun(word: str) -> bool:
    """"Ils ont rappelé que…", "ont-elles ajouté": several speakers, never the latest person alone."""
    return word in words_of_all("plural_pronouns")


LEADER_EN = re.compile(r"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,2}(?P<noun>leader|president|premier)", re.I)
INDEFINITE_EN = ("a", "an", "two", "three", "four", "several", "some", "senior", "one", "people")
#: The shapes of groups ("les cinq dirigeants", "les deux ministres", "both sides": several speakers
#: at once), anonymous sources ("des diplomates", "two senior officials") and documents ("le
#: communiqué", "the joint statement") in each language. Their words are the language's lexicon
#: lists: {nouns} "group_nouns" (after a count), {alone} "group_nouns_alone", {modifiers}
#: "anonymous_modifiers", {sources} "anonymous_sources", {documents} "document_nouns".
SHAPES = {
    "fr": (
        r"\b(?:les|ces)\s+(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)\s+(?:{nouns})\b|\bles\s+(?:{alone})\b",
        r"\b(?:une?|des|plusieurs|deux|trois|certaine?s?|de\s+hauts?|le|la|les|notre|nos)\s+(?:(?:{modifiers})\s+)?(?:{sources})\b"
        r"(?:\s+(?!que\b|a\b|ont\b)[\w'’-]+){{0,5}}",
        r"\b(?:un|le|ce|cette|la|une|dans\s+un|selon\s+un|selon\s+le)\s+(?:{documents})\b",
    ),
    "en": (
        r"\b(?:the|these|both)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:{nouns})\b"
        r"|\bboth\s+(?:{alone})\b",
        r"\b(?:an?|two|three|four|five|several|some|many|one|the|senior|other)\s+(?:(?:{modifiers})\s+)*"
        r"(?:[A-Z][\w.'’-]*\s+){{0,3}}(?:{sources})\b(?:\s+(?!that\b|said\b|told\b)[\w'’-]+){{0,5}}",
        r"\b(?:a|the|this|their|its|his|her|in\s+a|joint)\s+(?:joint\s+)?(?:{documents})\b",
    ),
}


@cache
def patterns(lang: str) -> tuple[re.Pattern, ...]:
    """The shapes of groups, anonymous sources and documents in one language: (group, anonymous, document)."""
    words = {name: alternation(lexicon(lang)[key]) for name, key in (
        ("nouns", "group_nouns"), ("alone", "group_nouns_alone"), ("modifiers", "anonymous_modifiers"),
        ("sources", "anonymous_sources"), ("documents", "document_nouns"))}
    return tuple(re.compile(shape.format(**words), re.I) for shape in SHAPES[lang])


@cache
def _institution_pattern() -> re.Pattern:
    """"The ministry", "l'ambassade de France": an institution named by its noun (lexicon "institution_nouns")."""
    nouns = alternation(words_of_all("institution_nouns"))
    return re.compile(rf"(?:the|le|la|l['’])\s*(?:[\w-]+\s+){{0,2}}(?:{nouns})(?:\s+(?:[\w-]+\s+){{0,2}}[\w-]+)?", re.I)


#: The first words that make an anonymous source indefinite ("des diplomates", "two officials").
INDEFINITE = ("un", "une", "des", "plusieurs", "deux", "trois", "certains", "certaines", "de", *INDEFINITE_EN)

RELATIVE_IN_SUBJECT = re.compile(r",?\s+(?:qui|dont|lequel|laquelle|who|whose|which)\b", re.I)
GENERIC_OFFICIAL = re.compile(r"(?:le|la)\s+(?:haut[e]?\s+)?(?:responsable|diplomate|dirigeante?|émissaire|chef\s+de\s+la\s+"
                              r"diplomatie|officiel|the\s+(?:\w+\s+)?(?:official|diplomat|envoy))\s+\w+", re.I)
# "…, où il a été reçu par le président X, le ministre Y a déclaré", "A l'issue des entretiens
# avec M. X, M. Y a souligné": the agent of a passive or the partner of a talk inside the
# subject phrase is not the speaker.
AGENT_BEFORE = re.compile(r"\b(?:par|avec|auprès\s+d[eu'’]|chez)\s*(?:le|la|l['’]|son|sa|M\.|Mme)?\s*"
                          r"(?:[\w'’.-]+\s+){0,4}$", re.I)
AGENT_BEFORE_EN = re.compile(r"\b(?:by|with|alongside)\s+(?:the|his|her|Mr\.?|Ms\.?|Mrs\.?)?\s*"
                             r"(?:[\w'’.-]+\s+){0,4}$", re.I)
FRONTED = re.compile(r"^\s*(?:quant\s+(?:à|au)|pour\s+sa\s+part|de\s+son\s+côté)\b", re.I)


class SpeakerWords:
    """The words [start, end) of a sentence that name a speaker, as the resolvers read them."""

    __slots__ = ("ctx", "sent", "start", "end", "recent", "text", "lang")

    def __init__(self, ctx: Context, sent: Sentence, start: int, end: int, recent: list[PersonCluster]):
        self.ctx, self.sent, self.start, self.end, self.recent = ctx, sent, start, end, recent
        self.text = sent.text[start:end]
        self.lang = "en" if sent.doc.lang_ == "en" else "fr"

    def states(self) -> list[str]:
        """The codes of the states named in the words, in reading order."""
        return [s.code for s in self.sent.mentions.states if self.start <= s.start < self.end]

    def first_state(self) -> str | None:
        states = self.states()
        return states[0] if states else None


def _joined(w: SpeakerWords) -> Speaker | None:
    """"La ministre X et le ministre Y": two persons joined by "et" speak together."""
    joined = _joined_persons(w.ctx, w.sent, w.start, w.end)
    return Speaker(None, "group", w.text.strip(), members=joined) if joined else None


def _named(w: SpeakerWords) -> Speaker | None:
    """A person named in the words ("M. X", "le ministre X"), passing over agents of passives."""
    person = speaker_in(w.ctx, w.sent, w.start, w.end)
    return person_speaker(w.ctx, person) if person is not None else None


def _pronoun(w: SpeakerWords) -> Speaker | None:
    """"il", "elle", "ce dernier", "they": the latest compatible person, or a group for a plural.

    A pronoun with no compatible person before it names nobody: no later resolver may read it.
    """
    low = fold(w.text).strip()
    if OWN_WORDS.fullmatch(low):
        # "selon ses propres termes", "in his own words": the official last named, of either gender.
        officials = [p for p in w.recent if w.ctx.person_roles.get(p.key)]
        last = (officials or w.recent or [None])[-1]
        return person_speaker(w.ctx, last) if last is not None else NOBODY
    # "ce dernier" is the person named last, never the previous sentence's subject.
    latter = low in DEMONSTRATIVES
    # "His Highness also affirmed…": an honorific standing alone as "he" would; a royal one
    # ("His Highness", "Sa Majesté") for the person last named with a royal title ("Sheikh X").
    honorific = table_of_all("honorific_pronouns").get(low)
    if honorific and ROYAL_HONORIFIC.search(low):
        royal = _last_royal(w)
        if royal is not None:
            return person_speaker(w.ctx, royal)
    low = DEMONSTRATIVES.get(low) or honorific or low
    words = low.split()
    first = words[0] if words else ""
    if len(words) > 2:
        return None
    if len(words) == 1:
        # "selon lui", "according to him": the disjunctive form stands for the subject pronoun.
        first = table_of_all("disjunctive_pronouns").get(first, first)
    if _plural_pronoun(first):
        return group_of(w.ctx, w.text.strip().split()[0], w.recent)
    gender = _pronoun_gender(first)
    if gender is None:
        return None
    if latter:
        # "X a rencontré le président Y. Ce dernier a exprimé…": Y, the person written last.
        last = _written_last(w, gender)
        if last is not None:
            return person_speaker(w.ctx, last)
    # "Quant à l'ambassadeur X, il a annoncé…": a person named earlier in the sentence first.
    fronted = _fronted_person(w.ctx, w.sent, w.start)
    if fronted is not None and fronted.gender in (None, gender):
        return person_speaker(w.ctx, fronted)
    # A pronoun opening the sentence goes on with the previous sentence's subject ("X a reçu
    # l'ambassadeur Y. Il lui a exprimé…" is X), not with the last person named.
    subject = None if latter else _previous_subject(w)
    if subject is not None and subject.gender in (None, gender):
        return person_speaker(w.ctx, subject)
    # An official before anyone else named ("la langue de Shakespeare" names no speaker).
    officials = [p for p in w.recent if w.ctx.person_roles.get(p.key)]
    for candidates in (officials, w.recent):
        for p in reversed(candidates):
            if p.gender in (None, gender):
                return person_speaker(w.ctx, p)
    return NOBODY


#: "ses propres termes", "ses dires", "his own words" (over folded text): the words of the person last named.
OWN_WORDS = re.compile(r"(?:ses|son|sa|his|her)\s+(?:propres\s+|own\s+)?(?:termes|mots|dires|propos|paroles|words|terms)")
#: The royal honorifics of "honorific_pronouns", and the royal titles a name is written after (folded).
ROYAL_HONORIFIC = re.compile(r"\b(?:highness|majesty|altesse|majeste)\b")
ROYAL_BEFORE = re.compile(r"\b(?:sheikh|sheikha|cheikh|cheikha|prince|princess|princesse|king|queen|roi|reine|emir|emire|sultan)\s+$")


def _last_royal(w: SpeakerWords) -> PersonCluster | None:
    """The person whose name is written last, before the words, right after a royal title."""
    before = w.sent.start + w.start
    text = w.ctx.article.text
    named = [(start, person) for (start, _end), person in w.ctx.person_spans.items()
             if start < before and ROYAL_BEFORE.search(fold(text[max(0, start - 12):start]))]
    return max(named, key=lambda x: x[0])[1] if named else None


def _written_last(w: SpeakerWords, gender: str) -> PersonCluster | None:
    """The person whose name is written last before the words, of a compatible gender."""
    before = w.sent.start + w.start
    named = [(start, person) for (start, _end), person in w.ctx.person_spans.items()
             if start < before and person.gender in (None, gender)]
    return max(named, key=lambda x: x[0])[1] if named else None


def _previous_subject(w: SpeakerWords) -> PersonCluster | None:
    """The person who is the grammatical subject of the sentence before, if any."""
    before = w.sent.text[:w.start].split()
    # "Selon lui, …" / "According to him, …" opens the sentence as much as "Il a dit…" does.
    opening = not before or (len(before) <= 2 and fold(w.text.strip()) in table_of_all("disjunctive_pronouns"))
    if not opening:
        return None
    return subject_before(w.ctx, w.sent, w.recent)


def subject_before(ctx: Context, sent: Sentence, recent: list[PersonCluster]) -> PersonCluster | None:
    """The person who is the grammatical subject of the main clause of the sentence before ``sent``:
    named, in apposition, or a title of someone named before ("The minister criticized…")."""
    if sent.index == 0:
        return None
    prev = ctx.sentences[sent.index - 1]
    for tok in prev.doc:
        if tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT":
            person = prev.person_at(tok.idx, tok.idx + len(tok.text), ctx)
            if person is not None:
                return person
            # "Le ministre des Relations extérieures, X, a reçu…": the name in apposition.
            for child in tok.children:
                if child.dep_ == "appos":
                    person = prev.person_at(child.idx, child.idx + len(child.text), ctx)
                    if person is not None:
                        return person
            t = next((t for t in prev.mentions.titles if t.start <= tok.idx < t.end), None)
            if t is not None:
                return (_same_title(ctx, t) if t.state is None else None) or \
                    person_by_title(ctx, t.role_type, t.state, t.gender, recent)
    return None


def _leader(w: SpeakerWords) -> Speaker | None:
    """"The Fijian leader", "the Chinese president": the one person holding that post for that state."""
    leader = LEADER_EN.fullmatch(w.text.strip()) if w.lang == "en" else None
    if not leader:
        return None
    family = {"head_of_state", "head_of_government"} if fold(leader.group("noun")) == "leader" else None
    for role_type in sorted(family or {"head_of_state"}):
        match = person_by_title(w.ctx, role_type, w.first_state(), None, w.recent)
        if match is not None:
            return person_speaker(w.ctx, match)
    return None


def _group_named(w: SpeakerWords) -> Speaker | None:
    """"Les deux ministres", "both sides": the words are a group of speakers."""
    group = patterns(w.lang)[0].match(w.text.strip())
    return Speaker(None, "group", group.group(0).strip()) if group else None


def _indefinite_source(w: SpeakerWords) -> Speaker | None:
    """"Des diplomates", "un haut responsable", "two officials": indefinite, so nobody in particular."""
    anonymous = patterns(w.lang)[1].match(w.text.strip())
    if anonymous and fold(w.text.strip()).split()[0] in INDEFINITE:
        return Speaker(None, "anonymous", anonymous.group(0).strip(), None, w.first_state())
    return None


def _generic_official(w: SpeakerWords) -> Speaker | None:
    """"Le responsable français", "le diplomate américain": the one official of that state named last."""
    if not GENERIC_OFFICIAL.match(w.text.strip()):
        return None
    states = w.states()
    for p in reversed(w.recent):
        if states and w.ctx.person_state.get(p.key) == states[0] and w.ctx.person_roles.get(p.key):
            return Speaker(p, state=states[0])
    return None


def _titled(w: SpeakerWords) -> Speaker | None:
    """"Le chef de la diplomatie russe": the person holding that post, else the post itself as an official."""
    t = next((t for t in w.sent.mentions.titles if w.start <= t.start < w.end), None)
    if t is None:
        return None
    role_type = chancellor_post(t.role_type, t.text, t.state)  # "le chancelier haïtien" is the foreign minister
    state = t.state
    if state is None and w.ctx.home_state and (_our_country().match(w.sent.text, t.end)
                                               or _our_country().search(t.text)):
        state = w.ctx.home_state  # "le ministre des Affaires étrangères de notre pays", in an Iranian agency's story
    match = (_same_title(w.ctx, t) if state is None else None) or _home_president(w.ctx, t) \
        or person_by_title(w.ctx, role_type, state, t.gender, w.recent)
    if match is None and t.role_type == "foreign_minister" and fold(t.text).endswith("secretary of state"):
        # "the Secretary of State said" in a British release: the one secretary of state of the
        # article, whatever the state the bare title was first taken for.
        match = person_by_title(w.ctx, "secretary_of_state", None, t.gender, w.recent)
    if match is None and t.gender and re.match(r"\s*(?:la|le|l['’])\s", w.text, re.I) and t.state is None:
        # "affirme la députée de X" about a minister the article follows: a definite title
        # nobody else holds is the official of that gender named last.
        match = next((p for p in reversed(w.recent) if p.gender in (None, t.gender) and w.ctx.person_roles.get(p.key)),
                     None)
    if match is not None:
        return person_speaker(w.ctx, match)
    return Speaker(None, "official", w.text.strip(), t.org.key if t.org else None, t.state)


@cache
def _our_country() -> re.Pattern:
    """"…de notre pays", "…of our country" right after a title: the outlet's own state."""
    return re.compile(rf"\s*(?:{alternation(words_of_all('our_country'))})\b", re.I)


#: "le président de la République", "the President of the Republic": the formula for the outlet's own
#: head of state (over folded text).
HOME_PRESIDENT = re.compile(r"(?:president|presidente)\s+(?:de\s+la\s+republique|of\s+the\s+republic)$")


def _home_president(ctx: Context, t) -> PersonCluster | None:
    """"Le président de la République a salué…" after "le président algérien X a eu un entretien avec
    le président russe Y": the formula names the home president, the one the article named first,
    not the one named last."""
    if t.state is not None or not HOME_PRESIDENT.search(fold(t.text)):
        return None
    holders = [p for p in ctx.persons if _holds(ctx, p, {"head_of_state"}) and p.mentions]
    return min(holders, key=lambda p: p.mentions[0][1]) if len(holders) > 1 else None


def _same_title(ctx: Context, t) -> PersonCluster | None:
    """"His Majesty the Sultan" after "Sultan X" and "President Y" of another state: the one person
    the article gave these very words as a title, before any holder of the same kind of post."""
    words = fold(re.sub(r"^(?:the|le|la|l['’])\s*", "", t.text.strip(), flags=re.I))
    found = [p for p in ctx.persons if any(fold(title) == words for _rt, title in ctx.person_roles.get(p.key, []))]
    return found[0] if len(found) == 1 else None


def _anonymous_source(w: SpeakerWords) -> Speaker | None:
    """"Selon une source proche du dossier": an anonymous source anywhere in the words."""
    anonymous = patterns(w.lang)[1].search(w.text)
    return Speaker(None, "anonymous", anonymous.group(0).strip(), None, w.first_state()) if anonymous else None


def _organization(w: SpeakerWords) -> Speaker | None:
    """"Le ministère russe des Affaires étrangères", "le Kremlin": an organisation the text names."""
    o = next((o for o in w.sent.mentions.orgs if w.start <= o.start < w.end), None)
    return Speaker(None, "organization", o.text, o.key, o.state) if o is not None else None


def _group_within(w: SpeakerWords) -> Speaker | None:
    """A group of speakers inside longer words ("à l'issue de la réunion, les ministres")."""
    group = patterns(w.lang)[0].search(w.text)
    return Speaker(None, "group", group.group(0).strip()) if group else None


def _state(w: SpeakerWords) -> Speaker | None:
    """"Moscou", "la France": a state or its capital standing for its government."""
    s = next((s for s in w.sent.mentions.states if w.start <= s.start < w.end), None)
    return Speaker(None, "state", s.text, None, s.code) if s is not None else None


def _document(w: SpeakerWords) -> Speaker | None:
    """"Le communiqué", "the joint statement": a document speaks."""
    return Speaker(None, "document", w.text.strip()) if patterns(w.lang)[2].search(w.text) else None


def _institution_noun(w: SpeakerWords) -> Speaker | None:
    """"“…,” the ministry said": an institution the text names by its noun alone."""
    return Speaker(None, "organization", w.text.strip()) if _institution_pattern().fullmatch(w.text.strip()) else None


#: The resolvers in the order they are tried; the first that answers decides.
RESOLVERS = (_joined, _named, _pronoun, _leader, _group_named, _indefinite_source, _generic_official, _titled,
             _anonymous_source, _organization, _group_within, _state, _document, _institution_noun)


def resolve_span(ctx: Context, sent: Sentence, start: int, end: int, last: list[PersonCluster]) -> Speaker | None:
    """The speaker written in [start, end) of the sentence, or None.

    Args:
        last: the persons named so far, in reading order (the antecedents of pronouns and titles).
    """
    rel = RELATIVE_IN_SUBJECT.search(sent.text, start, end)
    if rel and rel.start() > start:
        # "Le président français, qui avait estimé que l'élection de X…, a souligné": the head of
        # the subject speaks, not a person named in its relative clause.
        end = rel.start()
    words = SpeakerWords(ctx, sent, start, end, last)
    for resolve in RESOLVERS:
        speaker = resolve(words)
        if speaker is not None:
            return None if speaker is NOBODY else speaker
    return None


def speaker_in(ctx: Context, sent: Sentence, start: int, end: int) -> PersonCluster | None:
    """The person named in the speaker span [start, end), passing over agents of passives."""
    quoted = quotation_spans(sent.text)
    # "A la question « Allez-vous parler avec X ? », le chef de l'État a répondu": a name inside
    # quotation marks is what was said, not who said it.
    found = [p for p in sent.mentions.persons if p.start < end and start < p.end
             and not any(qs < p.start and p.end < qe and not qs < start < qe for qs, qe in quoted)]
    agent = AGENT_BEFORE_EN if sent.doc.lang_ == "en" else AGENT_BEFORE
    chosen = [p for p in found if not agent.search(sent.text[start:p.start])] or found
    for p in chosen:
        person = ctx.person_spans.get((sent.start + p.start, sent.start + p.end))
        if person is not None:
            return person
    return None


def _joined_persons(ctx: Context, sent: Sentence, start: int, end: int) -> list[PersonCluster] | None:
    """"La ministre X et le ministre Y": two persons joined by "et" speak together."""
    found = [p for p in sent.mentions.persons if start <= p.start and p.end <= end]
    if len(found) != 2 or not re.fullmatch(r"\s*,?\s*et\s+(?:(?:l[ae]|son|sa)\s+)?(?:[\w'’-]+\s+){0,6}?(?:(?:M\.|Mme)\s+)?",
                                             sent.text[found[0].end:found[1].start]):
        return None
    persons = [ctx.person_spans.get((sent.start + p.start, sent.start + p.end)) for p in found]
    return persons if all(persons) and persons[0] is not persons[1] else None


def _fronted_person(ctx: Context, sent: Sentence, pronoun: int) -> PersonCluster | None:
    """"Quant à l'ambassadeur X, il…": the person of a fronted topic before the pronoun."""
    if not FRONTED.match(sent.text):
        return None
    before = [p for p in sent.mentions.persons if p.end <= pronoun]
    if not before:
        return None
    return ctx.person_spans.get((sent.start + before[-1].start, sent.start + before[-1].end))


ROLE_FAMILY = {"minister": {"minister", "foreign_minister", "deputy_minister"},
               "head_of_state": {"head_of_state"}, "foreign_minister": {"foreign_minister"},
               # "le diplomate tunisien" after "M. X, ambassadeur de Tunisie": any envoy of that state
               "diplomat": {"diplomat", "ambassador", "charge_d_affaires", "envoy"}}


def person_by_title(ctx: Context, role_type: str, state: str | None, gender: str | None = None,
                    recent: list[PersonCluster] | None = None) -> PersonCluster | None:
    """The one person of the article who holds that kind of post (for that state, of that gender)."""
    if role_type == "head_of_delegation":
        heads = [p for p in ctx.persons if p.key in ctx.delegation_heads.values()
                 and (state is None or ctx.person_state.get(p.key) == state)]
        if len(heads) == 1:
            return heads[0]
    if role_type == "counterpart" and state is not None:
        return _counterpart_of(ctx, state, recent or [])
    family = ROLE_FAMILY.get(role_type, {role_type})
    found = [p for p in ctx.persons if _holds(ctx, p, family)
             and (state is None or ctx.person_state.get(p.key) == state)
             and (gender is None or p.gender in (None, gender))]
    if not found and state is not None:
        return _stateless_holder(ctx, family, state, gender)
    if not found and role_type in ("foreign_minister", "deputy_minister"):
        # "le ministre des Affaires étrangères" for the one minister whose portfolio the text
        # gave only as "ministre d'État": the same person, when nobody else is a minister.
        found = [p for p in ctx.persons if _holds(ctx, p, {"minister"})
                 and (state is None or ctx.person_state.get(p.key) in (None, state))]
        return found[0] if len(found) == 1 else None
    if len(found) > 1 and recent:
        ranked = [p for p in reversed(recent) if p in found]
        return ranked[0] if ranked else None
    return found[0] if len(found) == 1 else None


def _counterpart_of(ctx: Context, state: str, recent: list[PersonCluster]) -> PersonCluster | None:
    """"Son homologue chypriote a estimé…": the one official of that state, or the one of them who
    holds the post of the official of another state named last (a foreign minister's counterpart)."""
    posts = {p.key: {rt for rt, _ in ctx.person_roles.get(p.key, [])} - {"counterpart"} for p in ctx.persons}
    found = [p for p in ctx.persons if posts[p.key] and ctx.person_state.get(p.key) == state]
    other = next((p for p in reversed(recent) if ctx.person_state.get(p.key) not in (None, state) and posts.get(p.key)), None)
    if len(found) > 1 and other is not None:
        found = [p for p in found if posts[p.key] & posts[other.key]]
    return found[0] if len(found) == 1 else None


def _holds(ctx: Context, person: PersonCluster, family: set[str]) -> bool:
    return any(rt in family for rt, _ in ctx.person_roles.get(person.key, []))


def _stateless_holder(ctx: Context, family: set[str], state: str, gender: str | None) -> PersonCluster | None:
    """"Le chef de l'État vietnamien" for the one head of state whose state the text never gave:
    that person, who now acts for the state of the title."""
    found = [p for p in ctx.persons if _holds(ctx, p, family)
             and ctx.person_state.get(p.key) is None and (gender is None or p.gender in (None, gender))]
    if len(found) == 1:
        ctx.set_state(found[0].key, state)
        return found[0]
    return None


def pronoun_speaker(ctx: Context, pronoun: str, recent: list[PersonCluster],
                    sent: Sentence | None = None) -> Speaker | None:
    """The speaker of an inverted pronoun ("a-t-il ajouté", "ont-elles précisé").

    Given the pronoun's sentence (an incise after the words, "…, he said"), the pronoun goes on with
    the previous sentence's subject when it agrees ("The minister criticized… meeting with X. Such
    operations…, he said" is the minister), not with the last person named."""
    if _plural_pronoun(pronoun.lower()):
        return group_of(ctx, pronoun, recent)
    gender = _pronoun_gender(pronoun.lower())
    if sent is not None:
        subject = subject_before(ctx, sent, recent)
        if subject is not None and subject.gender in (None, gender):
            return person_speaker(ctx, subject)
    for p in reversed(recent):
        if gender is None or p.gender in (None, gender):
            return person_speaker(ctx, p)
    return None


def group_of(ctx: Context, pronoun: str, recent: list[PersonCluster]) -> Speaker:
    """A plural pronoun speaks for a group: labelled with the states of the last persons named
    ("ils (Kenya, Éthiopie)") when they act for at least two, else with the pronoun alone."""
    states: list[str] = []
    for p in reversed(recent[-3:]):
        state = ctx.person_state.get(p.key)
        if state and state not in states:
            states.append(state)
    label = pronoun.lower()
    if len(states) >= 2:
        label += " (" + ", ".join(sorted(ctx.gaz.state_name(s) for s in states)) + ")"
    return Speaker(None, "group", label)


#: The posts a group's noun names: "les deux ministres", "les deux présidents".
GROUP_ROLES = {"ministres": {"minister", "foreign_minister", "deputy_minister", "head_of_government"},
               "chefs de la diplomatie": {"foreign_minister"},
               "presidents": {"head_of_state"}, "chefs d'etat": {"head_of_state"}, "dirigeants": None,
               "responsables": None, "hommes": None}


def each_member(ctx: Context, found: list, recent: list[PersonCluster]) -> list:
    """"Les deux ministres ont convenu de…": a statement of a counted group goes to each of its
    members, when the last persons named who hold that kind of post are exactly that many."""
    out = []
    for start, end, cue, speaker, qtype in found:
        members = None
        if speaker is not None and speaker.kind == "group":
            members = speaker.members or _members(ctx, speaker.label, recent)
        if not members:
            out.append((start, end, cue, speaker, qtype))
            continue
        for p in members:
            out.append((start, end, cue, Speaker(p, "member", speaker.label, state=ctx.person_state.get(p.key)), qtype))
    return out


def _members(ctx: Context, label: str | None, recent: list[PersonCluster]) -> list[PersonCluster] | None:
    """The persons a group label stands for: "les deux ministres", "les ministres" and "ils" after a
    bilateral exchange (two persons of two states)."""
    low = fold(label or "").strip()
    if re.match(r"(?:ils|elles)\b", low):
        return _last_pair(ctx, recent, None)
    m = re.match(r"(?:les|ces)\s+(?:(?P<n>\w+)\s+)?(?P<noun>.+)$", low)
    if not m or m.group("noun") not in GROUP_ROLES:
        return None
    if m.group("n") is None:
        return _last_pair(ctx, recent, GROUP_ROLES[m.group("noun")])
    numbers = table_of_all("numbers")
    if m.group("n") not in numbers:
        return None
    n, family = numbers[m.group("n")], GROUP_ROLES[m.group("noun")]
    members: list[PersonCluster] = []
    for p in reversed(recent):
        roles = {rt for rt, _ in ctx.person_roles.get(p.key, [])}
        if roles and (family is None or roles & family):
            members.append(p)
        if len(members) == n:
            break
    return members if len(members) == n else None


def _last_pair(ctx: Context, recent: list[PersonCluster], family: set[str] | None) -> list[PersonCluster] | None:
    """The last two persons named who hold such a post and act for two different states."""
    pair: list[PersonCluster] = []
    for p in reversed(recent):
        roles = {rt for rt, _ in ctx.person_roles.get(p.key, [])}
        if not roles or (family is not None and not roles & family):
            continue
        if pair and ctx.person_state.get(p.key) in (None, ctx.person_state.get(pair[0].key)):
            continue
        pair.append(p)
        if len(pair) == 2:
            return pair
    return None
