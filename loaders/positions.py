"""Stated positions: who said what, in direct, partial or indirect speech.

Attribution patterns, per sentence:

- incise after a quotation: "« … », a déclaré Tammy Bruce" / "« … », a-t-il ajouté"
- "Selon X, …" / "D'après X, …"
- a reporting verb with its subject: "X a confirmé que …", "Il a insisté sur …"
- an inverted cue at the end: "…, ont indiqué des responsables."

Speakers are resolved to persons (names, surnames, titles such as "le chef de
la diplomatie russe", pronouns "il"/"elle" to the latest compatible person), to
institutions and capitals standing for governments ("le Kremlin", "Moscou"), or
left anonymous ("une source proche du dossier").
"""
from __future__ import annotations

import re
from functools import cache

from diplograph.loaders.context import Context, Sentence
from diplograph.loaders.facts import DateValue, Position
from diplograph.loaders.keys import digest
from diplograph.loaders.lexicon import lexicon
from diplograph.loaders.persons import PersonCluster
from diplograph.loaders.text import fold

__all__ = ["extract_positions"]

PRONOUNS = {"il": "m", "elle": "f", "he": "m", "she": "f"}
#: "Ils ont rappelé que…", "ont-elles ajouté": several speakers, never the latest person alone.
PLURAL_PRONOUNS = {"ils", "elles", "they"}
INCISE = re.compile(
    r"^\s*[»”\"]\s*,?\s*(?P<aux>a|ont|avait|avaient|aurait|va|a-t-il|a-t-elle|ont-ils|ont-elles|"
    # "», s'est félicité le ministre": a reflexive cue ("se féliciter", "se dire")
    r"s['’](?:est|était)(?:-(?:il|elle))?|se\s+sont)?"
    # "», a par ailleurs précisé l'Elysée", "», a-t-il ensuite ajouté"
    r"(?:\s+(?:par\s+ailleurs|également|aussi|encore|ensuite|enfin|notamment|toutefois|cependant|pour\s+sa\s+part|"
    r"pour\s+leur\s+part|de\s+son\s+côté|de\s+leur\s+côté|quant\s+à\s+(?:lui|elle|eux)|[a-zé]+ment)(?=\s))*"
    r"(?:-t-(?P<pron>il|elle|ils|elles)|\s+)?"
    r"\s*(?P<verb>[a-zéèêâîôûç]+(?:-t-(?:il|elle))?)(?:-(?P<pron2>il|elle|ils|elles))?(?P<rest>.*)$",
    re.I,
)
SELON = re.compile(r"(?:^|[,;:]\s*|\b)(?P<cue>selon|d['’]après|pour)\s+(?P<who>[^,]{2,80}?)\s*,\s*", re.I)
ANONYMOUS = re.compile(
    r"\b(?:une?|des|plusieurs|deux|trois|certaine?s?|de\s+hauts?|le|la|les)\s+(?:haute?s?\s+)?"
    r"(?:sources?|responsables?|diplomates?|officiels?|observateurs?|analystes?|experts?|proches?|négociateurs?)\b"
    r"(?:\s+(?!que\b|a\b|ont\b)[\w'’-]+){0,5}",
    re.I,
)
#: Cues whose object is the content itself ("a dénoncé l'ingérence"), without "que".
DIRECT_CONTENT = {"insister", "denoncer", "condamner", "saluer", "appeler", "plaider", "exhorter", "reclamer", "exiger",
                  "demander", "regretter", "deplorer", "promettre", "annoncer", "proposer", "critiquer", "fustiger",
                  "avertir", "mettre", "accuser", "souhaiter", "vouloir", "mettre en garde", "redouter", "craindre"}
SELON_END = re.compile(r"(?:,\s*|\s+)(?:selon|d['’]après)\s+(?P<who>[^,;«»“”]{2,80}?)\s*[.!]?\s*$", re.I)
CUE_VERB = re.compile(
    r"\b(?:a|ont|avait|avaient|aurait|auraient)\s+(?:(?:\w+ment|aussi|également|encore|déjà|ainsi|notamment|"
    r"pour\s+sa\s+part|pour\s+leur\s+part|de\s+son\s+côté|de\s+leur\s+côté|quant\s+à\s+(?:lui|elle|eux)|"
    r"(?:lui|elle)-même|toutefois|cependant|néanmoins|enfin|ensuite|alors|immédiatement)\s*,?\s+)*"
    r"(?P<verb>fait\s+savoir|laissé\s+entendre|mis\s+en\s+garde|tenu\s+à\s+(?:souligner|rappeler|préciser)|"
    r"[a-zéèêâîôûç]+(?:é|ée|és|ées|it|u))"
    r"(?P<que>(?:\s*,?\s*(?:de\s+son\s+côté|pour\s+sa\s+part|de\s+leur\s+côté|également|aussi|encore|toutefois)\s*,?)?"
    r"\s*(?::\s*|qu['’]|que\s+))?",
    re.I,
)
# "Le responsable français, qui rappelle…, affirme que": a present-tense cue and its "que".
CUE_PRESENT = re.compile(r"(?:,\s*|\s)(?P<verb>[a-zéèêâîôûç]{4,}(?:e|ent|it))(?P<que>\s+(?:qu['’]|que\s+))", re.I)
# "les cinq dirigeants", "les deux ministres", "les deux parties": several speakers at once.
GROUP = re.compile(
    r"\b(?:les|ces)\s+(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)\s+(?:dirigeants|ministres|présidents|"
    r"chefs\s+d['’]État|chefs\s+de\s+la\s+diplomatie|pays|parties|délégations|gouvernements|capitales|hommes|"
    r"responsables|diplomates)\b|\bles\s+(?:participants|signataires|deux\s+camps|ministres|présidents|chefs\s+de\s+la\s+diplomatie)\b",
    re.I,
)
#: What several speakers state together: "les deux présidents ont convenu de…", "ont réaffirmé…".
JOINT_STANCE = {"convenir", "reaffirmer", "souligner", "insister", "appeler", "saluer", "condamner", "plaider",
                "s'engager", "engager", "exhorter", "denoncer", "estimer", "affirmer", "declarer", "se feliciter",
                "exprimer", "reiterer", "s'accorder", "accorder", "rappeler"}
DIRECT_CONTENT |= {"convenir", "reaffirmer", "reiterer", "exprimer", "s'engager", "engager", "s'accorder", "accorder",
                   "souligner", "affirmer"}
#: The posts a group's noun names: "les deux ministres", "les deux présidents".
GROUP_ROLES = {"ministres": {"minister", "foreign_minister", "deputy_minister", "head_of_government"},
               "chefs de la diplomatie": {"foreign_minister"},
               "presidents": {"head_of_state"}, "chefs d'etat": {"head_of_state"}, "dirigeants": None,
               "responsables": None, "hommes": None}
NUMBERS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10}

#: Multi-word cues and irregular participles that the "-é → -er" rule cannot turn into a lemma.
PHRASE_LEMMAS = {"fait savoir": "faire savoir", "laissé entendre": "laisser entendre", "mis en garde": "mettre en garde"}
IRREGULAR_PARTICIPLES = {"dit": "dire", "ecrit": "ecrire", "reconnu": "reconnaitre", "promis": "promettre",
                         "admis": "admettre", "prevenu": "prevenir", "soutenu": "soutenir"}
COMMUNIQUE = re.compile(r"\b(?:un|le|ce|cette|la|une|dans\s+un|selon\s+un|selon\s+le)\s+(?:communiqué|texte|déclaration|"
                        r"note|lettre|résolution|document|rapport)\b", re.I)


@cache
def _cue_lemmas(lang: str = "fr") -> dict[str, str]:
    return {fold(k): v for k, v in lexicon(lang)["cues"].items()}


class _Speaker:
    __slots__ = ("person", "kind", "label", "org", "state", "members")

    def __init__(self, person=None, kind="person", label=None, org=None, state=None, members=None):
        self.person, self.kind, self.label, self.org, self.state = person, kind, label, org, state
        #: For a group whose persons are known ("la ministre X et le ministre Y ont exprimé…").
        self.members: list[PersonCluster] | None = members


def _resolve_span(ctx: Context, sent: Sentence, start: int, end: int, last: list[PersonCluster]) -> _Speaker | None:
    """The speaker written in [start, end) of the sentence."""
    rel = RELATIVE_IN_SUBJECT.search(sent.text, start, end)
    if rel and rel.start() > start:
        # "Le président français, qui avait estimé que l'élection de X…, a souligné": the head of
        # the subject speaks, not a person named in its relative clause.
        end = rel.start()
    text = sent.text[start:end]
    joined = _joined_persons(ctx, sent, start, end)
    if joined:
        return _Speaker(None, "group", text.strip(), members=joined)
    person = _speaker_in(ctx, sent, start, end)
    if person is not None:
        return _Speaker(person, state=ctx.person_state.get(person.key))
    low = fold(text).strip()
    if low in ("ce dernier", "cette derniere", "celui-ci", "celle-ci"):
        low = "il" if low in ("ce dernier", "celui-ci") else "elle"
    first = low.split()[0] if low.split() else ""
    if first in PLURAL_PRONOUNS and len(low.split()) <= 2:
        return _group_of(ctx, text.strip().split()[0], last)
    if first in PRONOUNS and len(low.split()) <= 2:
        gender = PRONOUNS[first]
        # "Quant à l'ambassadeur X, il a annoncé…": a person named earlier in the sentence first.
        fronted = _fronted_person(ctx, sent, start)
        if fronted is not None and fronted.gender in (None, gender):
            return _Speaker(fronted, state=ctx.person_state.get(fronted.key))
        # An official before anyone else named ("la langue de Shakespeare" names no speaker).
        for p in reversed(last):
            if ctx.person_roles.get(p.key) and p.gender in (None, gender):
                return _Speaker(p, state=ctx.person_state.get(p.key))
        for p in reversed(last):
            if p.gender in (None, gender):
                return _Speaker(p, state=ctx.person_state.get(p.key))
        return None
    english = sent.doc.lang_ == "en"
    group_re, anonymous_re, document_re = (GROUP_EN, ANONYMOUS_EN, COMMUNIQUE_EN) if english else (GROUP, ANONYMOUS, COMMUNIQUE)
    leader = LEADER_EN.fullmatch(text.strip()) if english else None
    if leader:
        # "The Fijian leader", "the Chinese president": the one person holding that post for that state.
        states = [s.code for s in sent.mentions.states if start <= s.start < end]
        family = {"head_of_state", "head_of_government"} if fold(leader.group("noun")) == "leader" else None
        for role_type in sorted(family or {"head_of_state"}):
            match = _person_by_title(ctx, role_type, states[0] if states else None, None, last)
            if match is not None:
                return _Speaker(match, state=ctx.person_state.get(match.key))
    group = group_re.match(text.strip())
    if group:
        return _Speaker(None, "group", group.group(0).strip())
    anonymous = anonymous_re.match(text.strip())
    if anonymous and fold(text.strip()).split()[0] in ("un", "une", "des", "plusieurs", "deux", "trois", "certains",
                                                          "certaines", "de", *INDEFINITE_EN):
        # "des diplomates", "un haut responsable": indefinite, so nobody in particular.
        states = [s.code for s in sent.mentions.states if start <= s.start < end]
        return _Speaker(None, "anonymous", anonymous.group(0).strip(), None, states[0] if states else None)
    generic = GENERIC_OFFICIAL.match(text.strip())
    if generic:
        # "le responsable français", "le diplomate américain": the one official of that state
        # named last.
        states = [x.code for x in sent.mentions.states if start <= x.start < end]
        for p in reversed(last):
            if states and ctx.person_state.get(p.key) == states[0] and ctx.person_roles.get(p.key):
                return _Speaker(p, state=states[0])
    for t in sent.mentions.titles:
        if start <= t.start < end:
            match = _person_by_title(ctx, t.role_type, t.state, t.gender, last)
            if match is None and t.gender and re.match(r"\s*(?:la|le|l['’])\s", text, re.I) and t.state is None:
                # "affirme la députée de X" about a minister the article follows: a definite title
                # nobody else holds is the official of that gender named last.
                match = next((p for p in reversed(last) if p.gender in (None, t.gender) and ctx.person_roles.get(p.key)), None)
            if match is not None:
                return _Speaker(match, state=ctx.person_state.get(match.key))
            return _Speaker(None, "official", text.strip(), t.org.key if t.org else None, t.state)
    anonymous = anonymous_re.search(text)
    if anonymous:
        states = [s.code for s in sent.mentions.states if start <= s.start < end]
        return _Speaker(None, "anonymous", anonymous.group(0).strip(), None, states[0] if states else None)
    for o in sent.mentions.orgs:
        if start <= o.start < end:
            return _Speaker(None, "organization", o.text, o.key, o.state)
    group = group_re.search(text)
    if group:
        return _Speaker(None, "group", group.group(0).strip())
    for s in sent.mentions.states:
        if start <= s.start < end:
            return _Speaker(None, "state", s.text, None, s.code)
    if document_re.search(text):
        return _Speaker(None, "document", text.strip())
    if INSTITUTION_NOUN.fullmatch(text.strip()):
        # "“…,” the ministry said": an institution the text names by its noun alone.
        return _Speaker(None, "organization", text.strip())
    return None


QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")
RELATIVE_IN_SUBJECT = re.compile(r",?\s+(?:qui|dont|lequel|laquelle|who|whose|which)\b", re.I)
INSTITUTION_NOUN = re.compile(
    r"(?:the|le|la|l['’])\s*(?:[\w-]+\s+){0,2}(?:ministry|department|embassy|office|government|presidency|mission|"
    r"secretariat|cabinet|kremlin|ministère|ministere|département|ambassade|présidence|gouvernement|chancellerie|"
    r"mission|primature|diplomatie)(?:\s+(?:[\w-]+\s+){0,2}[\w-]+)?", re.I)


GENERIC_OFFICIAL = re.compile(r"(?:le|la)\s+(?:haut[e]?\s+)?(?:responsable|diplomate|dirigeante?|émissaire|chef\s+de\s+la\s+"
                              r"diplomatie|officiel|the\s+(?:\w+\s+)?(?:official|diplomat|envoy))\s+\w+", re.I)


# "…, où il a été reçu par le président X, le ministre Y a déclaré": the agent of a passive
# inside the subject phrase is not the speaker.
AGENT_BEFORE = re.compile(r"\bpar\s+(?:le|la|l['’]|son|sa)?\s*(?:[\w'’-]+\s+){0,4}$", re.I)
FRONTED = re.compile(r"^\s*(?:quant\s+(?:à|au)|pour\s+sa\s+part|de\s+son\s+côté)\b", re.I)


def _speaker_in(ctx: Context, sent: Sentence, start: int, end: int) -> PersonCluster | None:
    """The person named in the speaker span [start, end), passing over agents of passives."""
    quoted = [(m.start(), m.end()) for m in QUOTED.finditer(sent.text)]
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
               "head_of_state": {"head_of_state"}, "foreign_minister": {"foreign_minister"}}


def _person_by_title(ctx: Context, role_type: str, state: str | None, gender: str | None = None,
                     recent: list[PersonCluster] | None = None) -> PersonCluster | None:
    """The one person of the article who holds that kind of post (for that state, of that gender)."""
    if role_type == "head_of_delegation":
        heads = [p for p in ctx.persons if p.key in ctx.delegation_heads.values()
                 and (state is None or ctx.person_state.get(p.key) == state)]
        if len(heads) == 1:
            return heads[0]
    family = ROLE_FAMILY.get(role_type, {role_type})
    found = [p for p in ctx.persons
             if any(rt in family for rt, _ in ctx.person_roles.get(p.key, []))
             and (state is None or ctx.person_state.get(p.key) == state)
             and (gender is None or p.gender in (None, gender))]
    if not found and state is not None:
        # "le chef de l'État vietnamien" for the one head of state whose state the text never gave.
        found = [p for p in ctx.persons if any(rt in family for rt, _ in ctx.person_roles.get(p.key, []))
                 and ctx.person_state.get(p.key) is None and (gender is None or p.gender in (None, gender))]
        if len(found) == 1:
            ctx.person_state[found[0].key] = state
            return found[0]
        return None
    if not found and role_type in ("foreign_minister", "deputy_minister"):
        # "le ministre des Affaires étrangères" for the one minister whose portfolio the text
        # gave only as "ministre d'État": the same person, when nobody else is a minister.
        found = [p for p in ctx.persons if any(rt == "minister" for rt, _ in ctx.person_roles.get(p.key, []))
                 and (state is None or ctx.person_state.get(p.key) in (None, state))]
        return found[0] if len(found) == 1 else None
    if len(found) > 1 and recent:
        ranked = [p for p in reversed(recent) if p in found]
        return ranked[0] if ranked else None
    return found[0] if len(found) == 1 else None


def _subject_span(tok) -> tuple[int, int] | None:
    for child in tok.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in ("who", "that") and tok.dep_ == "relcl":
            return tok.head.idx, tok.head.idx + len(tok.head.text)  # "…Y, who told him "…"": the antecedent
        if child.dep_ in ("nsubj", "nsubj:pass") and child.lower_ == "qui" and tok.dep_ == "acl:relcl" \
                and tok.head is not tok:
            # "…avec son homologue, Y, qui lui a souhaité « … »": the speaker is the antecedent.
            return tok.head.idx, tok.head.idx + len(tok.head.text)
        if child.dep_ in ("nsubj", "nsubj:pass", "expl:subj", "nsubjpass"):
            sub = list(child.subtree)
            return sub[0].idx, sub[-1].idx + len(sub[-1].text)
    if tok.dep_ in ("conj", "xcomp", "advcl") and tok.head is not tok:
        return _subject_span(tok.head)
    return None


def _participial(tok, text: str) -> bool:
    """A present participle opening a clause after a comma ("…, notant que", "…, se disant")."""
    head = tok.head if tok.lower_ in ("savoir", "valoir") else tok
    verb = head if head.lower_.endswith("ant") else next((t for t in head.children if t.lower_.endswith("ant")), None)
    if verb is None or "Part" not in verb.morph.get("VerbForm") and not verb.lower_.endswith("ant"):
        return False
    before = text[:verb.idx].rstrip()
    before = re.sub(r"\b(?:en|se|s['’])$", "", before, flags=re.I).rstrip()
    return before.endswith(",")


def _participle_head(tok):
    """The verb a participle clause hangs on, for its subject."""
    head = tok.head if tok.lower_ in ("savoir", "valoir") else tok
    while head.head is not head and head.dep_ in ("advcl", "advmod", "xcomp", "acl", "conj", "ccomp") \
            and not any(c.dep_.startswith("nsubj") for c in head.children):
        head = head.head
    return head


def _infinitive_content(tok) -> int | None:
    """Start of an infinitive clause that a cue takes as its content ("a indiqué avoir évoqué…")."""
    for child in tok.children:
        if child.dep_ in ("xcomp", "ccomp") and child.i > tok.i:
            words = [t for t in child.subtree if t.i <= child.i]
            first = words[0] if words else child
            if child.i - tok.i > 4 or any(t.dep_ == "mark" and t.lower_ in ("que", "qu'", "qu’") for t in words):
                continue
            if "Inf" in child.morph.get("VerbForm") or any("Inf" in t.morph.get("VerbForm") for t in words):
                return first.idx
    return None


def _quotes_in(ctx: Context, sent: Sentence) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"«\s*(.+?)\s*»|“\s*(.+?)\s*”|\"\s*([^\"]+?)\s*\"", sent.text):
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        out.append((m.start(g), m.end(g)))
    return out


def _clean(text: str) -> str:
    text = text.strip().strip(",;: ").strip()
    return re.sub(r"\s+", " ", text)


def extract_positions(ctx: Context, meeting_key: str | None) -> list[Position]:
    cues = _cue_lemmas(ctx.article.lang)
    positions: list[Position] = []
    recent: list[PersonCluster] = []  # persons in reading order, for pronouns
    last_said: tuple[int, _Speaker] | None = None  # (sentence index, speaker) of the last person's words
    for sent in ctx.sentences:
        if sent.is_headline:
            continue
        found = _attributions(ctx, sent, cues, recent)
        found = _second_clause(ctx, sent, cues, recent, found)
        if not found and last_said and last_said[0] == sent.index - 1:
            found = _quotation_goes_on(ctx, sent, last_said[1])
        said = next((sp for *_, sp, _ in found if sp is not None and sp.person is not None), None)
        if said is None and not found:
            said = _announcer(ctx, sent, cues, recent)
        last_said = (sent.index, said) if said is not None else None
        for start, end, cue, speaker, qtype in _each_member(ctx, found, recent):
            statement = _clean(sent.text[start:end])
            if len(statement) < 8:
                continue
            person = speaker.person if speaker else None
            via = next((o.key for o in sent.mentions.orgs if o.kind == "agency"), None)
            # A date inside the statement is what it speaks about, not when it was said: the
            # statement is dated by the article unless the cue itself carries a date.
            cue_dates = [d for d in sent.dates if re.match(r"\s*(?:,|$)", sent.text[d.end - sent.start:])
                         and d.start - sent.start < start]
            date = cue_dates[0].value if cue_dates else (
                DateValue(ctx.published.isoformat(), ctx.published.isoformat(), True) if ctx.published else None)
            state = speaker.state if speaker else None
            if state:
                ctx.acting_states.add(state)
            parts = [ctx.article.id, sent.start + start, sent.start + end]
            if speaker is not None and speaker.kind == "member":
                parts.append(person.key)  # one statement of several speakers: one position each
            key = digest(*parts)
            about = meeting_key if re.search(r"discussion|pourparler|négociation|réunion|rencontre|entretien|sommet|talks|meeting",
                                             sent.text, re.I) else None
            positions.append(Position(
                key=key, text=statement, quote_type=qtype, cue=cue,
                speaker=person.key if person else None,
                speaker_kind=speaker.kind if speaker else "anonymous",
                speaker_label=(speaker.label if speaker else None),
                speaker_org=speaker.org if speaker else None,
                speaker_state=state, date=date, meeting=about, via=via,
                evidence=ctx.evidence(sent, start, end, f"rule:{qtype}-speech", 0.8 if person else 0.6),
            ))
        # Persons mentioned in this sentence become antecedents for the next pronoun; the
        # speaker, the most salient, goes last.
        speakers = [sp.person for *_, sp, _ in found if sp is not None and sp.person is not None]
        # "Le chef de la diplomatie française a abordé…" then "a-t-il déclaré": a title that names
        # one known person makes that person the antecedent too.
        for t in sent.mentions.titles:
            if not any(p.start >= t.end and p.start - t.end < 4 for p in sent.mentions.persons):
                titled = _person_by_title(ctx, t.role_type, t.state, t.gender, recent)
                if titled is not None and titled not in speakers:
                    if titled in recent:
                        recent.remove(titled)
                    recent.append(titled)
        for p in sent.mentions.persons:
            person = ctx.person_spans.get((sent.start + p.start, sent.start + p.end))
            if person is not None and person not in speakers:
                if person in recent:
                    recent.remove(person)
                recent.append(person)
        for person in speakers:
            if person in recent:
                recent.remove(person)
            recent.append(person)
    return positions


def _announcer(ctx: Context, sent: Sentence, cues: dict[str, str], recent: list[PersonCluster]) -> _Speaker | None:
    """The speaker of a sentence that only announces words to come: "The Foreign Secretary X said:"."""
    if not sent.text.rstrip().endswith(":"):
        return None
    for tok in sent.doc:
        lemma = fold(tok.lemma_)
        if (lemma in cues or lemma in SAYING_EN) and re.fullmatch(r"\s*:\s*", sent.text[tok.idx + len(tok.text):]):
            sub = _subject_span(tok)
            speaker = _resolve_span(ctx, sent, *sub, recent) if sub else None
            return speaker if speaker is not None and speaker.person is not None else None
    return None


def _quotation_goes_on(ctx: Context, sent: Sentence, speaker: _Speaker) -> list:
    """"X said it was vital… ¶ “The partnership is the bedrock…”": a quotation opening the sentence
    right after a person's words, with no speaker of its own, goes on with that person's words."""
    text = sent.text.lstrip()
    if text and ctx.sentences[sent.index - 1].text.rstrip().endswith(":") and text[0] not in "«“\"":
        # "The Foreign Secretary X said: ¶ There are no closer friends…": a release's statement.
        return [(len(sent.text) - len(text), len(sent.text.rstrip()), "declarer" if ctx.article.lang == "fr" else "say",
                 speaker, "direct")]
    if not text or text[0] not in "«“\"":
        return []
    lead = len(sent.text) - len(text)
    quotes = _quotes_in(ctx, sent)
    start, end = next(((qs, qe) for qs, qe in quotes if qs <= lead + 2), (lead + 1, len(sent.text)))
    return [(start, end, "declarer" if ctx.article.lang == "fr" else "say", speaker, "direct")]


PRESS_SOURCE = re.compile(r"\b(?:agences?|correspondante?s?|journalistes?|envoyée?s?\s+spéciale?s?|médias?|presse|"
                          r"quotidien|télévision|chaîne|radio)\b", re.I)


def _is_press(ctx: Context, sent: Sentence, speaker: _Speaker | None, who: str) -> bool:
    """A news agency or a journalist reporting: a channel, not someone taking a position."""
    if speaker is not None and speaker.person is not None:
        return False
    if speaker is not None and speaker.org and any(o.key == speaker.org and o.kind == "agency" for o in sent.mentions.orgs):
        return True
    return bool(PRESS_SOURCE.search(who))


RELAYED = re.compile(r"\s*(?P<who>[^,;«»]{2,60}?)\s+(?:a|avait|aurait|ont)\s+(?:\w+ment\s+|également\s+|aussi\s+)?"
                     r"(?P<verb>[a-zéèêâîôûç]+(?:é|ée|u|it))\s*(?:qu['’]|que\s+|:\s*)")


def _follow_up_lemma(participle: str) -> str:
    """"précisant" → "preciser", "faisant savoir" → "faire savoir", "se disant convaincu" → "se dire"."""
    words = fold(participle.lower()).split()
    if words[0] == "faisant":
        return f"faire {words[1]}"
    if words[0] == "se":
        return "se dire"
    return words[0][:-3] + "er"


def _present_lemmas(verb: str) -> list[str]:
    """Infinitives a third-person present may stand for, folded: "estime" → "estimer",
    "ajoutent" → "ajouter", "avertit" → "avertir", "dit" → "dire"."""
    v = fold(verb.lower())
    out = [IRREGULAR_PARTICIPLES.get(v, "")]
    if v.endswith("ent"):
        out.append(v[:-3] + "er")
    elif v.endswith("e"):
        out.append(v + "r")
    elif v.endswith("it"):
        out += [v[:-1] + "r", v[:-1] + "re"]
    return [c for c in out if c]


def _participle_lemma(verb: str) -> str:
    """The infinitive a cue's past participle stands for, folded: "souligné" → "souligner", "dit" → "dire"."""
    return IRREGULAR_PARTICIPLES.get(fold(verb)) or fold(re.sub(r"(?:é|ée|és|ées)$", "er", verb.lower()))


def _relayed(ctx: Context, sent: Sentence, cues: dict[str, str], body: int, recent: list[PersonCluster]):
    """The person whose words a communiqué or an institution passes on: (speaker, body, cue) or None."""
    m = RELAYED.match(sent.text, body)
    if m is None:
        return None
    verb = m.group("verb").lower()
    lemma = _participle_lemma(verb)
    if lemma not in cues:
        return None
    speaker = _resolve_span(ctx, sent, m.start("who"), m.end("who"), recent)
    if speaker is None or speaker.person is None:
        return None
    return speaker, m.end(), lemma


def _each_member(ctx: Context, found: list, recent: list[PersonCluster]) -> list:
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
            out.append((start, end, cue, _Speaker(p, "member", speaker.label, state=ctx.person_state.get(p.key)), qtype))
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
    if m.group("n") not in NUMBERS:
        return None
    n, family = NUMBERS[m.group("n")], GROUP_ROLES[m.group("noun")]
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


CONTRAST = re.compile(r",\s*(?:tandis\s+qu['’]|tandis\s+que\s+|alors\s+qu['’]|alors\s+que\s+|mais\s+)", re.I)


def _second_clause(ctx: Context, sent: Sentence, cues, recent, found: list) -> list:
    """"X a exhorté…, tandis que Mme Y a souligné Z": the clause after the contrast has its own
    speaker; the first statement stops where it starts."""
    m = CONTRAST.search(sent.text)
    if not m or not found:
        return found
    tail = m.end()
    for c in CUE_VERB.finditer(sent.text, tail):
        verb = re.sub(r"\s+", " ", c.group("verb").lower())
        lemma = fold(re.sub(r"(?:é|ée|és|ées)$", "er", verb))
        if lemma not in cues:
            continue
        speaker = _resolve_span(ctx, sent, tail, c.start(), recent)
        first = found[0]
        if speaker is None or speaker.person is None or (first[3] and first[3].person is speaker.person):
            return found
        head = (first[0], min(first[1], m.start()), *first[2:]) if first[0] < m.start() else first
        body = c.end()
        return [head, (body, len(sent.text), lemma, speaker, _quote_type(sent, body, len(sent.text), _quotes_in(ctx, sent)))]
    return found


def _quote_type(sent: Sentence, start: int, end: int, quotes: list[tuple[int, int]]) -> str:
    inner = [q for q in quotes if start <= q[0] and q[1] <= end]
    if inner and len(inner) == 1 and inner[0][0] - start <= 2 and end - inner[0][1] <= 2:
        return "direct"
    return "partial" if inner else "indirect"


def _attributions(ctx: Context, sent: Sentence, cues: dict[str, str], recent: list[PersonCluster]):
    if sent.doc.lang_ == "en":
        return _attributions_en(ctx, sent, cues, recent)
    text = sent.text
    quotes = _quotes_in(ctx, sent)
    out = []
    # 1. « … », a déclaré X / a-t-il ajouté
    for q_start, q_end in quotes:
        tail = text[q_end:]
        m = INCISE.match(tail)
        if m and q_start <= 3:
            verb = fold(m.group("verb").split("-")[0])
            lemma = _lemma_of(sent, q_end + m.start("verb"))
            participle = fold(re.sub(r"(?:ée?s?)$", "er", m.group("verb").split("-")[0].lower()))
            cue = lemma if lemma in cues else verb if verb in cues else participle if participle in cues else None
            if cue is None:
                cue = next((c for c in _present_lemmas(m.group("verb").split("-")[0]) if c in cues), None)
            if re.match(r"s['’]|se\s", m.group("aux") or ""):
                cue = next((c for c in (f"se {participle}", f"s'{participle}", f"se {lemma}", f"s'{lemma}") if c in cues), cue)
            if cue is None:
                continue
            pron = m.group("pron") or m.group("pron2") or (m.group("verb").split("-t-")[1] if "-t-" in m.group("verb") else None)
            aux = (m.group("aux") or "")
            if "-t-" in aux:
                pron = aux.split("-t-")[1]
            elif "-" in aux:
                pron = aux.split("-")[1]  # "», ont-ils ajouté"
            if pron:
                speaker = _resolve_span_text(ctx, sent, pron, recent)
            else:
                rs = q_end + m.start("rest")
                speaker = _resolve_span(ctx, sent, rs, min(len(text), rs + 80), recent)
            out.append((q_start, q_end, cue, speaker, "direct"))
            # "…, a-t-elle affirmé, précisant que Manille examinait « toutes les options »": a second
            # statement by the same speaker.
            more = re.search(r",\s*(?:en\s+)?(?P<p>précisant|ajoutant|soulignant|estimant|expliquant|assurant|affirmant|"
                             r"rappelant|indiquant|notant|insistant|faisant\s+savoir|faisant\s+valoir)\s+(?:sur\s+)?(?:qu['’]|que\s+|le\s+fait\s+que\s+)?", tail)
            if more and speaker is not None:
                start2 = q_end + more.end()
                out.append((start2, len(text), _follow_up_lemma(more.group("p")), speaker,
                            _quote_type(sent, start2, len(text), quotes)))
            return out
    # 0. "Et d'ajouter : « … »", "Qui ajoute que…": the narrative infinitive or a relative opening
    # the sentence goes on with the previous speaker.
    m = GOES_ON.match(text)
    if m and recent:
        cue = next((c for c in (*_present_lemmas(m.group("verb")), fold(m.group("verb").lower())) if c in cues), None)
        if cue is not None:
            body = m.end()
            q = next((q for q in quotes if q[0] >= body - 2), None)
            start, end = (q if q and not text[body:q[0]].strip(" ,:«“\"") else (body, len(text)))
            speaker = _Speaker(recent[-1], state=ctx.person_state.get(recent[-1].key))
            return [(start, end, cue, speaker, _quote_type(sent, start, end, quotes))]
    # 1a. "« La relation est solide, a déclaré X. Nous… »": the incise written inside the marks.
    for q_start, q_end in quotes:
        m = INNER_INCISE.search(text, q_start, q_end)
        if m is None:
            continue
        verb = m.group("verb").lower()
        cue = _participle_lemma(verb)
        person = _speaker_in(ctx, sent, m.start("who"), m.end("who")) if cue in cues else None
        if person is not None:
            return [(q_start, q_end, cue, _Speaker(person, state=ctx.person_state.get(person.key)), "direct")]
    # 1b. "Ces relations, a-t-il ajouté, ont été renforcées": an incise inside the statement.
    m = MID_INCISE.search(text)
    if m and m.start() > 3:
        verb = m.group("verb")
        cue = next((c for c in (_participle_lemma(verb), fold(verb.lower())) if c in cues), None)
        if cue is not None:
            speaker = _resolve_span_text(ctx, sent, m.group("pron"), recent)
            if speaker is not None:
                return [(0, len(text), cue, speaker, _quote_type(sent, 0, len(text), quotes))]
    # 2. Selon X, … (each of "selon X, …; selon Y, …" gives its own statement)
    selon = _selon_attributions(ctx, sent, cues, recent, quotes)
    if selon:
        return selon
    # 2b. "…, selon une source proche des négociations."
    m = SELON_END.search(text)
    if m:
        speaker = _resolve_span(ctx, sent, m.start("who"), m.end("who"), recent)
        if speaker is not None:
            out.append((0, m.start(), "selon", speaker, _quote_type(sent, 0, m.start(), quotes)))
            return out
    # 3. Reporting verb with subject, or inverted at the end. Main-clause verbs first: in "M. Ruto,
    # qui a proposé d'accueillir…, a salué « … »" the cue is "saluer", not "proposer".
    for tok in sorted(sent.doc, key=lambda t: (t.dep_ in ("acl:relcl", "acl", "advcl", "csubj"), t.i)):
        lemma = fold(tok.lemma_)
        if lemma not in cues and re.search(r"(?:é|ée|és|ées)$", tok.lower_):
            # The lemmatizer misses rarer verbs ("tweeté" → "tweeté"): try the infinitive.
            lemma = fold(re.sub(r"(?:é|ée|és|ées)$", "er", tok.lower_))
        nxt_tok = tok.nbor(1) if tok.i + 1 < len(sent.doc) else None
        if lemma == "faire" and nxt_tok is not None and nxt_tok.lower_ in ("valoir", "savoir"):
            lemma = f"faire {nxt_tok.lower_}"  # "font valoir que", "a fait savoir que"
            tok = nxt_tok
        if tok.pos_ not in ("VERB", "AUX", "ADJ", "NOUN") or lemma not in cues or lemma in ("selon", "pour", "d'apres"):
            continue
        if tok.pos_ != "VERB" and not any(c.dep_.startswith("aux") for c in tok.children):
            continue
        if any(qs <= tok.idx < qe for qs, qe in quotes):
            continue
        if any(c.dep_ == "advmod" and c.lower_ in ("pas", "jamais", "guère", "point") for c in tok.children):
            continue  # "L'ambassade n'a pas commenté…": saying nothing is not a statement
        if any(c.dep_ == "aux:pass" for c in tok.children):
            continue  # "le ministre, qui a été critiqué pour…": the target of the words, not their author
        if any(fold(a.lemma_) in cues and a.pos_ == "VERB" and not any(qs <= a.idx < qe for qs, qe in quotes)
               for a in tok.ancestors):
            continue  # "il a déclaré que la partie iranienne avait proposé…": the outer cue speaks
        if AS_ANNOUNCED.search(text[:tok.idx]):
            continue  # "Comme annoncé précédemment, X effectuera…": no one is speaking
        # "faire savoir", "mettre en garde": the lemma "faire" alone is not a cue.
        sub = _subject_span(tok)
        nxt = text[tok.idx + len(tok.text):]
        inverted = INVERTED.match(nxt)
        if inverted and re.search(r"\bqu(?:e\b|['’])", inverted.group("who")):
            inverted = None  # "…, a jugé de son côté que…" is not "…, ont indiqué des responsables."
        before = text[:tok.idx]
        if inverted and re.search(r",\s*(?:a|ont|avait|avaient|aurait)?\s*$", before):
            # "…, ont indiqué des responsables." / "…, a affirmé X, dont…"
            shift = tok.idx + len(tok.text)
            speaker = _resolve_span(ctx, sent, shift + inverted.start("who"), shift + inverted.end("who"), recent)
            end = re.search(r",\s*(?:a|ont|avait|avaient|aurait)?\s*$", before).start()
            if _is_press(ctx, sent, speaker, inverted.group("who")) and not quotes:
                return out  # "X a reçu Y, a indiqué l'agence Z": news of an event, told by the press
            out.append((0, end, lemma, speaker or _Speaker(None, "anonymous", inverted.group("who")),
                        _quote_type(sent, 0, end, quotes)))
            more = inverted.group("tail") and FOLLOW_UP.match(inverted.group("tail"))
            if more and speaker is not None:
                # "…, a déclaré le ministre, suggérant que les négociations se poursuivraient."
                start2 = shift + inverted.start("tail") + more.end()
                out.append((start2, len(text), _follow_up_lemma(more.group("p")), speaker,
                            _quote_type(sent, start2, len(text), quotes)))
            return out
        if sub is None and _participial(tok, text):
            # "…, faisant savoir que…", "…, se disant convaincu que…": a participle clause
            # speaks for the subject of the verb it hangs on.
            sub = _subject_span(_participle_head(tok))
        if sub is None:
            continue
        speaker = _resolve_span(ctx, sent, sub[0], sub[1], recent)
        if speaker is None:
            continue
        # "a déclaré mardi dans un entretien accordé à la chaîne X que…": the content may come late.
        que = re.match(r"(?:,?\s+[\w'’-]+){0,12}?,?\s+(?:qu['’]|que\s|:\s*)", nxt)
        if que:
            body = tok.idx + len(tok.text) + que.end()
        else:
            body = tok.idx + len(tok.text)
            if speaker.kind == "group" and not quotes and lemma not in JOINT_STANCE:
                continue  # "les deux ministres ont annoncé la création de…": an act, not a statement
            infinitive = _infinitive_content(tok)
            if infinitive is not None and lemma not in ("vouloir", "proposer", "promettre", "demander"):
                # "X a indiqué avoir évoqué…", "a dit être prêt à…": the infinitive clause is the content.
                body = infinitive
            # Only a verb that takes its content directly ("insister sur", "dénoncer") or a quotation.
            elif not quotes and lemma not in DIRECT_CONTENT:
                continue
        end = len(text)
        inc = re.search(r",\s*(?:a|ont)-t-(?:il|elle|ils|elles)\s+\w+\.?$", text)
        if inc and inc.start() > body:
            end = inc.start()
        if speaker.person is None:
            # "Le communiqué ajoute que X a souligné que…": the document relays X's words.
            relayed = _relayed(ctx, sent, cues, body, recent)
            if relayed is not None:
                speaker, body, lemma = relayed
        out.append((body, end, lemma, speaker, _quote_type(sent, body, end, quotes)))
        return out
    # 3a. The parser missed the verb (it often tags rare participles as nouns): a surface pattern
    # "X a <cue>é que/:" (or "X affirme que") with the speaker in the clause before it.
    for m in [*CUE_VERB.finditer(text), *CUE_PRESENT.finditer(text)]:
        verb_text = re.sub(r"\s+", " ", m.group("verb").lower())
        lemma = PHRASE_LEMMAS.get(verb_text) or fold(
            re.sub(r"(?:é|ée|és|ées)$", "er", verb_text.split()[-1] if verb_text.startswith("tenu") else verb_text))
        lemma = IRREGULAR_PARTICIPLES.get(fold(m.group("verb").lower()), lemma)
        if m.re is CUE_PRESENT:
            lemma = next((c for c in _present_lemmas(verb_text) if c in cues), "")
        if lemma not in cues or any(qs <= m.start() < qe for qs, qe in quotes):
            continue
        if not m.group("que") and lemma not in DIRECT_CONTENT and not any(qs > m.end() for qs, _ in quotes):
            continue
        clause = max(text.rfind(";", 0, m.start()), 0)
        sel = SELON.match(text)
        if sel and sel.end() <= m.start():
            clause = max(clause, sel.end())
        # "…, Y, qui lui a souhaité « … »": the person right before "qui" speaks, not the clause's first.
        rel = re.search(r"\bqui\s+(?:(?:lui|leur|nous|vous|leur|l['’]|les|le|la)\s+)?$", text[clause:m.start()])
        ante = [p for p in sent.mentions.persons if rel and clause <= p.start and p.end <= clause + rel.start()]
        if ante:
            speaker = _resolve_span(ctx, sent, ante[-1].start, ante[-1].end, recent)
        else:
            speaker = _resolve_span(ctx, sent, clause, m.start(), recent)
        if speaker is None:
            continue
        body = m.end()
        out.append((body, len(text), lemma, speaker, _quote_type(sent, body, len(text), quotes)))
        return out
    # 3b. "X a fait la déclaration suivante : « … »" — the subject of the clause before the colon.
    colon = re.search(r":\s*[«“\"]", text)
    if colon and quotes:
        q = next((q for q in quotes if q[0] >= colon.start()), None)
        root = next((t for t in sent.doc if t.dep_ == "ROOT" and t.idx < colon.start()), None)
        sub = _subject_span(root) if root is not None else None
        if q and sub:
            speaker = _resolve_span(ctx, sent, sub[0], sub[1], recent)
            if speaker is not None:
                out.append((q[0], q[1], fold(root.lemma_), speaker, "direct"))
                return out
    # 3c. A quotation inside a sentence whose subject is a person, without a reporting verb:
    # "Sugiono avait fixé comme objectif « un accord partiel d'ici à la fin de l'année »".
    if quotes and quotes[0][0] > 3:
        root = next((t for t in sent.doc if t.dep_ == "ROOT"), None)
        sub = _subject_span(root) if root is not None else None
        if sub and sub[1] <= quotes[0][0]:
            speaker = _resolve_span(ctx, sent, sub[0], sub[1], recent)
            if speaker is not None and speaker.kind in ("person", "official", "state", "organization"):
                body = root.idx
                out.append((body, len(text), fold(root.lemma_), speaker, _quote_type(sent, body, len(text), quotes)))
                return out
    # 4. A quotation alone, continuing the previous speaker's words.
    if quotes and quotes[0][0] <= 2 and recent and ctx.sentences[sent.index - 1:sent.index]:
        prev = ctx.sentences[sent.index - 1]
        # "« … », a déclaré X. « … »": a quotation standing alone after a quoted speaker goes on
        # with that speaker's words.
        whole = quotes[-1][1] >= len(text.rstrip(" .!?»”\"\n")) - 1
        quoted_before = whole and any(INCISE.match(prev.text[qe:]) for _qs, qe in _quotes_in(ctx, prev))
        if quoted_before or re.search(
                r"(?:a|ont)\s+(?:\w+\s+)?(?:déclaré|ajouté|affirmé|dit|souligné|poursuivi|expliqué|indiqué)\s*:?\s*$",
                prev.text.rstrip(" .:")) or prev.text.rstrip().endswith(":"):
            speaker = _Speaker(recent[-1], state=ctx.person_state.get(recent[-1].key))
            out.append((quotes[0][0], quotes[0][1], "declarer", speaker, "direct"))
    return out


GOES_ON = re.compile(r"^\s*(?:(?:Et|Avant)\s+d['’]|(?:Et|Avant)\s+de\s+|Qui\s+)(?P<verb>[a-zéèêâîôûç]+)"
                     r"(?:\s*,[^,:«»]{0,60},)?\s*(?::\s*|qu['’]|que\s+)?", re.I)
INNER_INCISE = re.compile(r",\s*(?:a|ont)\s+(?P<verb>[a-zéèêâîôûç]+(?:é|ée|it|u))\s+(?P<who>[^,.;«»“”]{2,60}?)\s*[.,;]")
# ", a-t-il ajouté, " (also written "a t-il") in the middle of the words it attributes.
MID_INCISE = re.compile(r",\s*(?:a|ont|avait)[\s-]t-(?P<pron>il|elle|ils|elles)\s+(?:\w+ment\s+|aussi\s+|encore\s+)?"
                        r"(?P<verb>[a-zéèêâîôûç]+)\s*,", re.I)

# An inverted subject at the end of the sentence ("…, ont indiqué des responsables."), or before a
# last clause of its own ("…, a affirmé X, dont…", "…, a annoncé X, chef de la diplomatie, ajoutant
# que…", "…, a déclaré jeudi le ministre, suggérant que…").
INVERTED = re.compile(
    r"\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|"
    r"ce\s+matin|ce\s+soir|encore|aussi|également|ensuite|alors)\s+(?:soir\s+|matin\s+)?)?"
    r"(?P<who>(?:l['’]|le |la |les |des |une? |ce |cet |cette |ces |son |sa |ses |leur |leurs |"
    r"plusieurs |M\. |Mme |[A-ZÀ-Ý])[^,.;«»“”\"]{1,80}?)\s*(?:[.;]?\s*$|,\s*(?P<tail>[^«»“”\"]*|.*[»”\"].*)$)")
#: "…, ajoutant que…", "…, en précisant que…": the same speaker goes on.
FOLLOW_UP = re.compile(r"(?:[^,]*,\s*)?(?:en\s+)?(?P<p>précisant|ajoutant|soulignant|estimant|expliquant|assurant|"
                       r"affirmant|rappelant|indiquant|notant|insistant|suggérant|faisant\s+savoir|faisant\s+valoir|"
                       r"se\s+disant\s+(?:convaincue?|persuadée?|certaine?|confiante?))\s+(?:sur\s+)?(?:qu['’]|que\s+|le\s+fait\s+que\s+)")
# "Comme annoncé précédemment, …", "comme il l'avait indiqué": a reminder, not a statement.
AS_ANNOUNCED = re.compile(r"\bcomme\s+(?:(?:il|elle|on|ils|elles)\s+)?(?:l['’])?(?:(?:a|avait|ont|avaient)\s+)?(?:été\s+)?$", re.I)

# "Selon X," opens a clause: at the start, after a punctuation mark, or after "mais"/"et".
SELON_OPENS = re.compile(r"(?:^|[,;:(–—])\s*(?:(?:mais|et|tandis\s+que|alors\s+que)\s+)?$", re.I)


def _selon_attributions(ctx: Context, sent: Sentence, cues: dict[str, str], recent: list[PersonCluster],
                        quotes: list[tuple[int, int]]) -> list:
    """"Selon X, …", "D'après X, …", "Pour X, …": one statement per cue that opens a clause.

    The statement after a cue runs to the next cue ("Selon A, … ; selon B, …"). A cue in the
    middle of a sentence ("Le dernier contact, selon le Kremlin, a eu lieu…") frames the words
    around it.
    """
    text = sent.text
    matches = [m for m in SELON.finditer(text) if SELON_OPENS.search(text[:m.start("cue")])]
    out = []
    for i, m in enumerate(matches):
        stop = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        speaker = _resolve_span(ctx, sent, m.start("who"), m.end("who"), recent)
        if _relays(ctx, sent, cues, m, stop, speaker):
            continue  # "Selon l'IRNA, le ministre a tweeté : « … »": the agency is the channel, not the speaker
        cue = "pour" if fold(m.group("cue")) == "pour" else "selon"
        if speaker is None or (cue == "pour" and speaker.person is None):
            continue
        if cue == "pour" and not re.match(r"(?:l[ae]s?\b|l['’]|M\.|Mme|son|sa|ses|leurs?|[A-ZÀ-Ý])", m.group("who")):
            continue  # "pour évoquer le sort de X, …": a purpose, not "according to X"
        start, end = m.end(), stop
        if i == 0 and text[:m.start()].strip():
            # "Le dernier contact, selon le Kremlin, a eu lieu…": the statement is around the cue;
            # "L'accord est proche, selon A, mais selon B, …": it is the words before the cue.
            if len(matches) == 1:
                start, end = 0, len(text)
            elif len(_clean(text[:m.start()])) > len(_clean(text[m.end():stop])):
                start, end = 0, m.start()
        out.append((start, end, cue, speaker, _quote_type(sent, start, end, quotes)))
    return out


def _relays(ctx: Context, sent: Sentence, cues: dict[str, str], m: re.Match, stop: int, speaker: _Speaker | None) -> bool:
    """"Selon un diplomate, M. Kagame a répondu que…": the named person is the speaker, the source
    only relays; the same holds for an agency ("Selon l'IRNA, le ministre a tweeté")."""
    text = sent.text
    agency = speaker is not None and speaker.kind == "organization" and any(
        o.key == speaker.org and o.kind == "agency" for o in sent.mentions.orgs)
    if agency:
        later_cue = any(fold(re.sub(r"(?:é|ée|és|ées)$", "er", c.group("verb").lower())) in cues
                        for c in CUE_VERB.finditer(text, m.end(), stop))
        return later_cue or any(fold(t.lemma_) in cues and m.end() <= t.idx < stop for t in sent.doc)
    if speaker is None:
        return False
    for t in sent.doc:
        if not m.end() <= t.idx < stop or fold(t.lemma_) not in cues or fold(t.lemma_) in ("selon", "pour", "d'apres"):
            continue
        sub = _subject_span(t)
        named = sent.person_at(*sub, ctx) if sub is not None else None
        # "Selon elle, M. Wang a « exprimé des inquiétudes »": the named person's words, relayed.
        if named is not None and named is not speaker.person:
            return True
    return False


def _resolve_span_text(ctx: Context, sent: Sentence, pronoun: str, recent: list[PersonCluster]) -> _Speaker | None:
    """The speaker of an inverted pronoun ("a-t-il ajouté", "ont-elles précisé")."""
    if pronoun.lower() in PLURAL_PRONOUNS:
        return _group_of(ctx, pronoun, recent)
    gender = PRONOUNS.get(pronoun.lower())
    for p in reversed(recent):
        if gender is None or p.gender in (None, gender):
            return _Speaker(p, state=ctx.person_state.get(p.key))
    return None


def _group_of(ctx: Context, pronoun: str, recent: list[PersonCluster]) -> _Speaker:
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
    return _Speaker(None, "group", label)


def _lemma_of(sent: Sentence, char: int) -> str:
    for tok in sent.doc:
        if tok.idx <= char < tok.idx + len(tok.text):
            return fold(tok.lemma_)
    return ""


# --- English ----------------------------------------------------------------------------------
# The same engine (speaker resolution, quotation types, members of groups), with English shapes:
# "“…,” X said", "“…,” said X", "X said (that) …", "…, X said.", "According to X, …",
# "…, according to X.", "X told reporters …", "…, adding that …".

LEADER_EN = re.compile(r"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,2}(?P<noun>leader|president|premier)", re.I)
INDEFINITE_EN = ("a", "an", "two", "three", "four", "several", "some", "senior", "one", "people")
ANONYMOUS_EN = re.compile(
    r"\b(?:an?|two|three|four|five|several|some|many|one|the|senior|other)\s+(?:(?:senior|top|high-ranking|western|"
    r"european|arab|african|asian|other|diplomatic|government|administration|official|familiar)\s+)*"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}(?:sources?|officials?|diplomats?|observers?|analysts?|experts?|aides?|insiders?|"
    r"negotiators?|people|persons|participants?)\b(?:\s+(?!that\b|said\b|told\b)[\w'’-]+){0,5}",
    re.I,
)
GROUP_EN = re.compile(
    r"\b(?:the|these|both)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:leaders|ministers|presidents|"
    r"heads\s+of\s+state|foreign\s+ministers|countries|sides|parties|delegations|governments|capitals|men|officials|"
    r"diplomats|counterparts)\b|\bboth\s+(?:sides|leaders|ministers|countries|parties)\b",
    re.I,
)
COMMUNIQUE_EN = re.compile(r"\b(?:a|the|this|their|its|his|her|in\s+a|joint)\s+(?:joint\s+)?(?:statement|readout|communiqu[ée]|"
                           r"declaration|note|letter|resolution|document|report|post|transcript)\b", re.I)
AGENT_BEFORE_EN = re.compile(r"\bby\s+(?:the|his|her)?\s*(?:[\w'’-]+\s+){0,4}$", re.I)
#: "…, according to the readout.", "According to X, …"
ACCORDING_START_EN = re.compile(r"^\s*(?:(?:But|And|Yet)\s+)?according\s+to\s+(?P<who>[^,]{2,80}?)\s*,\s*", re.I)
ACCORDING_END_EN = re.compile(r"(?:,\s*|\s+)according\s+to\s+(?P<who>[^,;“”\"]{2,80}?)\s*[.!]?\s*$", re.I)
#: What may stand between a closing quotation mark and the attribution: "," is inside the marks in English.
AFTER_QUOTE_EN = re.compile(r"\s*[”\"]\s*,?\s*")
#: The end of a statement before its attribution tail: "…, two diplomats in the region said."
CONTRAST_EN = re.compile(r"(?:,\s*|\s+)(?:while|whereas)\s+|;\s*", re.I)
FOLLOW_UP_EN = re.compile(r",\s*(?P<p>adding|saying|noting|stressing|insisting|warning|arguing|explaining|suggesting|"
                          r"underlining|emphasi[sz]ing)\s+(?:that\s+)?", re.I)
#: Verbs whose words need no "that": "called for …", "urged X to …", "welcomed …".
DIRECT_EN = {"call_for", "urge", "welcome", "condemn", "denounce", "demand", "promise", "propose", "warn", "deplore",
             "regret", "accuse", "commit", "express", "agree", "stress", "reaffirm", "want", "hope", "insist"}
#: A reporting verb under these is not said: "declined to comment", "refused to say".
NOT_SAID_EN = {"decline", "refuse", "fail"}
#: Institutions reporting an event ("…spoke by phone on Tuesday, the German government said") give
#: news, not a position; anonymous sources and named persons do take one.
INSTITUTIONS = ("organization", "state", "document", "official", "group")
#: Participles that report words ("…, saying that…"); others ("agreeing to expand trade") report acts.
SAYING_EN = {"say", "tell", "add", "stress", "warn", "note", "insist", "argue", "explain", "claim", "state", "declare"}


def _negated_en(tok) -> bool:
    return any(c.dep_ == "neg" for c in tok.children) or (tok.head is not tok and fold(tok.head.lemma_) in NOT_SAID_EN)


def _cue_en(tok, cues: dict[str, str]) -> str | None:
    """The cue of an English reporting verb ("said" → "say", "called for" → "call_for"), or None."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    lemma = fold(tok.lemma_)
    if lemma == "call":
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        return "call" if nxt is not None and nxt.lower_ in ("for", "on") else None
    if lemma == "point":
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        return "point" if nxt is not None and nxt.lower_ == "out" else None
    return lemma if lemma in cues and lemma != "according to" else None


def _content_en(sent: Sentence, tok, quotes: list[tuple[int, int]], cue: str, cues: dict[str, str]) -> tuple[int, int] | None:
    """The words a reporting verb introduces: its clausal complement (after it, or before it in
    "…, X said"), else for verbs that take their content directly, what follows the verb."""
    text = sent.text
    verb_end = tok.idx + len(tok.text)
    comps = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "parataxis") and not (c.dep_ == "xcomp" and c.i < tok.i)]
    after = [c for c in comps if c.i > tok.i]
    before = [c for c in comps if c.i < tok.i]
    if before and not after:
        # "…, two diplomats in the region said." / "“…,” X said": the words before the subject.
        sub = _subject_span(tok)
        cut = text.rfind(",", 0, sub[0] if sub else tok.idx)
        if cut <= 0:
            return None
        return 0, cut
    if after:
        c = after[0]
        start = c.left_edge.idx
        if cue in ("say", "add", "note", "warn", "insist", "argue", "state", "declare", "claim"):
            # "diplomats said divisions among the members ruled out…": "say" has no addressee, so an
            # object the parse split from the complement is part of the words.
            objects = [o for o in tok.children if o.dep_ == "dobj" and tok.i < o.i < c.i]
            if objects:
                start = min(start, objects[0].left_edge.idx)
        if c.left_edge.lower_ == "that":
            start = c.left_edge.idx + len(c.left_edge.text) + 1
        # "told reporters that…": "that" may come after an object the parse put in the complement.
        m = re.match(r"(?:\s+[^,;:“”\"]{0,60}?)?\s+that\s+", text[verb_end:])
        if m and re.search(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|could|should|may|might|must|"
                           r"it|there)\b", m.group(0), re.I):
            m = None  # "said it is vital that…": the words start at "it", the "that" is theirs
        if m and verb_end + m.end() > start and not any(qs < verb_end + m.end() for qs, _qe in quotes if qs > verb_end):
            start = verb_end + m.end()
        return max(start, verb_end), len(text)
    if cue in DIRECT_EN or cues.get(cue) in DIRECT_EN or any(qs > verb_end for qs, _qe in quotes):
        m = re.match(r"\s+(?:that\s+)?", text[verb_end:])
        start = verb_end + (m.end() if m else 0)
        phrase = re.match(r"[^,;.]*", text[start:]).group(0)
        if len(phrase.split()) < 4 and not any(start <= qs <= start + len(phrase) for qs, _qe in quotes):
            return None  # "welcomed the offer, saying…": an object, not words
        return (start, len(text)) if len(text[start:].strip(" .")) >= 8 else None
    return None


def _trim_tail_en(text: str, start: int, end: int) -> int:
    """Where a statement ends before its tail: ", according to …", ", adding that …"."""
    m = ACCORDING_END_EN.search(text[:end])
    if m and m.start() > start:
        end = m.start()
    f = FOLLOW_UP_EN.search(text, start, end)
    return f.start() if f else end


def _verb_attribution_en(ctx: Context, sent: Sentence, cues, recent, quotes, lo: int = 0, hi: int | None = None):
    """The first reporting verb with a subject in [lo, hi) of the sentence (main clauses first)."""
    text = sent.text
    hi = len(text) if hi is None else hi
    toks = [t for t in sent.doc if lo <= t.idx < hi]
    for tok in sorted(toks, key=lambda t: (t.dep_ in ("relcl", "acl", "advcl", "csubj", "pcomp"), t.i)):
        cue = _cue_en(tok, cues)
        if cue is None or any(qs <= tok.idx < qe for qs, qe in quotes) or _negated_en(tok):
            continue
        if tok.tag_ == "VBG" and cue not in SAYING_EN:
            continue  # "…held talks, agreeing to expand trade": an act
        if cue == "welcome" and any(c.dep_ == "dobj" and (c.pos_ == "PROPN" or sent.person_at(c.idx, c.idx + len(c.text), ctx))
                                    for c in tok.children):
            continue  # "X welcomed Guyana's President Y": a host greeting guests
        if any(_cue_en(a, cues) and not any(qs <= a.idx < qe for qs, qe in quotes) and lo <= a.idx < hi for a in tok.ancestors):
            continue  # "X said the leaders had agreed…": the outer verb speaks
        sub = _subject_span(tok)
        if sub is None or not lo <= sub[0] < hi:
            continue
        speaker = _resolve_span(ctx, sent, sub[0], sub[1], recent)
        if speaker is None:
            continue
        if speaker.person is None and _press_en(sent.text[sub[0]:sub[1]]) and not quotes:
            return []  # "…, Vietnamese state media reported": the press tells news
        span = _content_en(sent, tok, quotes, cue, cues)
        if span is None:
            continue
        start, end = span
        # (The words before an inverted "…, two diplomats said." may span earlier clauses.)
        start, end = (start if start < tok.idx else max(start, lo)), min(end, hi)
        if tok.dep_ == "conj" and tok.head.i < tok.i and any(tok.head.idx < qs < tok.idx for qs, _qe in quotes):
            start = max(tok.head.idx, lo)  # "X thanked Moscow for its “principled position” and said…": both
        if start > tok.idx:
            end = _trim_tail_en(text, start, end)
        if speaker.kind in INSTITUTIONS and _reports_event(sent, start, end, quotes):
            return []  # "X spoke by phone with Y, the State Department said": news, not a position
        out = [(start, end, cue, speaker, _quote_type(sent, start, end, quotes))]
        if speaker.person is None and start > tok.idx:
            relayed = _relayed_en(ctx, sent, cues, recent, quotes, start, end)
            if relayed:
                return relayed
        f = FOLLOW_UP_EN.search(text, start, hi)
        if f and start > tok.idx:
            out.append((f.end(), hi, fold(f.group("p"))[:-3], speaker, _quote_type(sent, f.end(), hi, quotes)))
        return out
    return []


def _relayed_en(ctx, sent, cues, recent, quotes, start: int, end: int):
    """"The readout said Merz stressed that…": a named person's words passed on by a document."""
    for tok in sent.doc:
        if not start <= tok.idx < end or _cue_en(tok, cues) is None:
            continue
        sub = _subject_span(tok)
        if sub is None or sent.person_at(*sub, ctx) is None:
            continue
        span = _content_en(sent, tok, quotes, _cue_en(tok, cues), cues)
        speaker = _resolve_span(ctx, sent, sub[0], sub[1], recent)
        if span and span[0] > tok.idx and speaker is not None:
            return [(span[0], min(span[1], end), _cue_en(tok, cues), speaker, _quote_type(sent, span[0], end, quotes))]
    return None


@cache
def _press_regex() -> re.Pattern:
    words = sorted(lexicon("en").get("press_sources", []), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})\b", re.I)


def _press_en(who: str) -> bool:
    return bool(_press_regex().search(who))


#: Verbs that tell who attended or led, as meeting words do.
EVENT_VERBS_EN = {"attend", "represent", "lead", "head", "arrive", "travel", "visit", "meet", "host", "receive", "discuss"}


def _reports_event(sent: Sentence, start: int, end: int, quotes: list[tuple[int, int]]) -> bool:
    """The words, without a quotation, report a meeting: a meeting verb ("spoke by phone", "will
    travel to") or a meeting held ("would hold talks")."""
    from diplograph.loaders.meetings import _triggers  # late: meetings imports this package's roles

    if any(start <= qs < end for qs, _qe in quotes):
        return False
    verbs = {t.idx for t in sent.doc if t.pos_ in ("VERB", "AUX")}
    if any(start <= t.idx < end and t.pos_ == "VERB" and t.lemma_ in EVENT_VERBS_EN for t in sent.doc):
        return True
    return any(start <= a < end and (a in verbs or re.search(r"\b(?:hold|holds|held|holding|at\s+(?:a|an|the|their|its))\s+(?:\w+\s+){0,2}$",
                                                            sent.text[max(0, a - 25):a], re.I))
               for a, _b, _k in _triggers(sent))


def _attributions_en(ctx: Context, sent: Sentence, cues: dict[str, str], recent: list[PersonCluster]):
    text = sent.text
    quotes = _quotes_in(ctx, sent)
    # 1. "“…,” X said." / "“…,” said X." / "“…,” she added." — a quotation that opens the sentence.
    if quotes and quotes[0][0] <= 3:
        q_start, q_end = quotes[0]
        tail = AFTER_QUOTE_EN.match(text, q_end)
        if tail is not None and text[tail.end():tail.end() + 1] not in ("", "“", "\""):
            for tok in sent.doc:
                if tok.idx < tail.end() or any(qs <= tok.idx < qe for qs, qe in quotes[1:]):
                    continue
                if tok.is_punct and tok.text in ".;!?":
                    break
                cue = _cue_en(tok, cues)
                if cue is None:
                    continue
                sub = _subject_span(tok)
                if sub is None or sub[0] < tail.end():
                    # "“…,” said Lavrov": the subject after the verb, up to a comma or the end.
                    m = re.match(r"\s*(?P<who>[^,.;“”\"]{2,80})", text[tok.idx + len(tok.text):])
                    sub = (tok.idx + len(tok.text) + m.start("who"), tok.idx + len(tok.text) + m.end("who")) if m else None
                speaker = _resolve_span(ctx, sent, sub[0], sub[1], recent) if sub else None
                if speaker is None:
                    break
                out = [(q_start, q_end, cue, speaker, "direct")]
                f = FOLLOW_UP_EN.search(text, tok.idx)
                if f:
                    out.append((f.end(), len(text), fold(f.group("p"))[:-3], speaker,
                                _quote_type(sent, f.end(), len(text), quotes)))
                return out
    # 2. "According to X, …" (the clause after it), unless a named person in it speaks.
    m = ACCORDING_START_EN.match(text)
    if m:
        speaker = _resolve_span(ctx, sent, m.start("who"), m.end("who"), recent)
        if speaker is not None:
            inner = _verb_attribution_en(ctx, sent, cues, recent, quotes, lo=m.end()) if speaker.person is None else []
            if inner and inner[0][3] is not None and inner[0][3].person is not None:
                return inner
            return [(m.end(), len(text), "according_to", speaker, _quote_type(sent, m.end(), len(text), quotes))]
    # 3. Reporting verbs with their subjects, clause by clause ("X called for …, while Y warned that …").
    out = []
    bounds = [0, *[c.start() for c in CONTRAST_EN.finditer(text)], len(text)]
    for lo, hi in zip(bounds, bounds[1:]):
        found = _verb_attribution_en(ctx, sent, cues, recent, quotes, lo, hi)
        if not found and quotes and any(lo <= qs < hi for qs, _qe in quotes):
            found = _quoted_subject_en(ctx, sent, recent, quotes, lo, hi)
        out += found
    if out:
        return out
    # 4. "…, according to the readout." — the words before the cue.
    m = ACCORDING_END_EN.search(text)
    if m:
        speaker = _resolve_span(ctx, sent, m.start("who"), m.end("who"), recent)
        if speaker is not None and not (speaker.kind in INSTITUTIONS and _reports_event(sent, 0, m.start(), quotes)):
            return [(0, m.start(), "according_to", speaker, _quote_type(sent, 0, m.start(), quotes))]
    # 5. A quotation alone, continuing the words of the speaker quoted just before.
    if quotes and quotes[0][0] <= 2 and recent and sent.index > 0:
        prev = ctx.sentences[sent.index - 1]
        whole = quotes[-1][1] >= len(text.rstrip(" .!?”\"\n")) - 1
        prev_quotes = _quotes_in(ctx, prev)
        if whole and prev_quotes and (prev_quotes[0][0] <= 3 or prev.text.rstrip().endswith(":")):
            speaker = _Speaker(recent[-1], state=ctx.person_state.get(recent[-1].key))
            return [(quotes[0][0], quotes[0][1], "say", speaker, "direct")]
    return []


def _quoted_subject_en(ctx, sent, recent, quotes, lo: int, hi: int):
    """"Ali offered to supply gas at “preferential prices”": a quotation in a clause whose subject
    is a person, with no reporting verb."""
    for tok in sent.doc:
        if not lo <= tok.idx < hi or tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("ROOT", "conj", "advcl"):
            continue
        sub = _subject_span(tok)
        if sub is None or not lo <= sub[0] < hi or sub[1] > min(qs for qs, _qe in quotes if lo <= qs < hi):
            continue
        speaker = _resolve_span(ctx, sent, sub[0], sub[1], recent)
        if speaker is not None and speaker.kind in ("person", "official", "state", "organization"):
            return [(tok.idx, hi, fold(tok.lemma_), speaker, _quote_type(sent, tok.idx, hi, quotes))]
    return []
