"""French speech: the cue strategies of French sentences, in the order they are tried.

Each strategy recognises one shape of French attribution (see :data:`STRATEGIES`); the shared
engine (:mod:`diplograph.loaders.speech`) runs them and :mod:`diplograph.loaders.speakers` says
who the words name.
"""
from __future__ import annotations

import re
from functools import cache

from diplograph.loaders.context import Sentence
from diplograph.loaders.speakers import Speaker, person_speaker, pronoun_speaker, speaker_in
from diplograph.loaders.lexicon import alternation, folded_words, lexicon, words_of_all
from diplograph.loaders.nlp import indices_where
from diplograph.loaders.speech import (GOES_ON, Reading, clean, folded, follow_up, named_colon, not_statement_object, quotes_in, subheading,
                                       subject_span, whole_quotation)
from diplograph.loaders.text import fold

__all__ = ["STRATEGIES", "second_speaker", "coordinated_first"]

INCISE = re.compile(
    r"^\s*(?:[»”\"]|’’)\s*,?\s*(?P<aux>a|ont|avait|avaient|aurait|va|a-t-il|a-t-elle|ont-ils|ont-elles|"
    # "», s'est félicité le ministre": a reflexive cue ("se féliciter", "se dire")
    r"s['’](?:est|était)(?:-(?:il|elle))?|se\s+sont)?"
    # "», a par ailleurs précisé l'Elysée", "», a-t-il ensuite ajouté"
    r"(?:\s+(?:par\s+ailleurs|également|aussi|encore|ensuite|enfin|notamment|toutefois|cependant|pour\s+sa\s+part|"
    r"pour\s+leur\s+part|de\s+son\s+côté|de\s+leur\s+côté|quant\s+à\s+(?:lui|elle|eux)|[a-zé]+ment)(?=\s))*"
    r"(?:-t-(?P<pron>il|elle|ils|elles)|\s+)?"
    r"\s*(?P<verb>[a-zéèêâîôûç]+(?:-t-(?:il|elle))?)(?:-(?P<pron2>il|elle|ils|elles))?(?P<rest>.*)$",
    re.I,
)
SELON = re.compile(r"(?:^|[,;:]\s*|\b)(?P<cue>selon|d['’]après|pour|[àa]\s+en\s+croire(?:\s+à)?)\s+(?P<who>[^,]{2,80}?)\s*,\s*", re.I)
SELON_END = re.compile(r"(?:,\s*|\s+)(?:selon|d['’]après)\s+(?P<who>[^,;«»“”]{2,80}?)\s*[.!]?\s*$", re.I)
# "Selon X," opens a clause: at the start, after a punctuation mark, or after "mais"/"et".
SELON_OPENS = re.compile(r"(?:^|[,;:(–—])\s*(?:(?:mais|et|tandis\s+que|alors\s+que)\s+)?$", re.I)
@cache
def _cue_verb() -> re.Pattern:
    """A past participle after its auxiliary ("a souligné", "ont tenu à préciser"), or a phrase of
    the lexicon's ``phrase_cues`` ("a fait savoir", "a fait part"), and its "que" if it follows."""
    phrases = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(lexicon("fr")["phrase_cues"], key=len, reverse=True))
    return re.compile(
        r"\b(?:a|ont|avait|avaient|aurait|auraient)\s+(?:(?:\w+ment|aussi|également|encore|déjà|ainsi|notamment|"
        r"pour\s+sa\s+part|pour\s+leur\s+part|de\s+son\s+côté|de\s+leur\s+côté|quant\s+à\s+(?:lui|elle|eux)|"
        r"(?:lui|elle)-même|(?:lui|elle|eux|elles)\s+aussi|toutefois|cependant|néanmoins|enfin|ensuite|alors|immédiatement|surtout)\s*,?\s+)*"
        rf"(?P<verb>{phrases}|tenu\s+à\s+(?:souligner|rappeler|préciser)|"
        r"[a-zéèêâîôûç]+(?:é|ée|és|ées|it|u))"
        r"(?P<que>(?:\s*,?\s*(?:de\s+son\s+côté|pour\s+sa\s+part|de\s+leur\s+côté|également|aussi|encore|toutefois)\s*,?)?"
        r"\s*(?::\s*|qu['’]|que\s+))?",
        re.I,
    )
# "Le responsable français, qui rappelle…, affirme que": a present-tense cue and its "que".
CUE_PRESENT = re.compile(r"(?:,\s*|\s)(?P<verb>[a-zéèêâîôûç]{4,}(?:e|ent|it))(?P<que>\s+(?:qu['’]|que\s+))", re.I)
#: An attitude and what it bears on after a reflexive cue: "s'est déclaré convaincu du…", "s'est dit
#: préoccupé par…".
ATTITUDE = re.compile(r"\s+(?P<adj>[a-zéèêàâîôûç]+)\s+(?:de|du|des|d['’]|par|pour)\s*", re.I)
#: A past participle's endings, which "-er" replaces for the infinitive ("souligné" → "souligner").
PARTICIPLE_END = r"(?:é|ée|és|ées)$"

GOES_ON_CLAUSE = re.compile(r"^\s*(?:(?:Et|Avant)\s+d['’]|(?:Et|Avant)\s+de\s+|Qui\s+)(?P<verb>[a-zéèêâîôûç]+)"
                     r"(?:\s*,[^,:«»]{0,60},)?\s*(?::\s*|qu['’]|que\s+)?", re.I)
INNER_INCISE = re.compile(r",\s*(?:a|ont)\s+(?P<verb>[a-zéèêâîôûç]+(?:é|ée|it|u))\s+(?P<who>[^,.;«»“”]{2,60}?)\s*[.,;]")
# ", a-t-il ajouté, " (also written "a t-il") in the middle of the words it attributes.
MID_INCISE = re.compile(r",\s*(?:a|ont|avait)[\s-]t-(?P<pron>il|elle|ils|elles)\s+(?:\w+ment\s+|aussi\s+|encore\s+)?"
                        r"(?P<verb>[a-zéèêâîôûç]+)\s*,", re.I)
# "…, a-t-il dit en dressant le bilan." closing unquoted words: the pronoun's person said them
# (where or how he said it may follow the verb).
END_INCISE = re.compile(r",\s*(?:a|ont|avait)[\s-]t-(?P<pron>il|elle|ils|elles)\s+(?:\w+ment\s+|aussi\s+|encore\s+)?"
                        r"(?P<verb>[a-zéèêâîôûç]+)(?:\s+(?:en|lors|dans|à|au|aux|devant|après|avant|sur|mardi|lundi|mercredi|"
                        r"jeudi|vendredi|samedi|dimanche|hier)\b[^«»“”\"]*)?\s*[.!]?\s*$", re.I)
# An inverted subject at the end of the sentence ("…, ont indiqué des responsables."), or before a
# last clause of its own ("…, a affirmé X, dont…", "…, a annoncé X, chef de la diplomatie, ajoutant
# que…", "…, a déclaré jeudi le ministre, suggérant que…").
INVERTED = re.compile(
    r"(?:\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|"
    r"ce\s+matin|ce\s+soir|encore|aussi|également|ensuite|alors)\s+(?:soir\s+|matin\s+)?)?"
    # "…, a déclaré jeudi à l'AFP le ministre X": the outlet he spoke to
    r"(?:à\s+(?:l['’])?[A-Z][\w.-]+\s+)?|"
    # "…, a assuré, jeudi, à Dakar, le ministre X": the day and the place between commas
    r"\s*,\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|ce\s+\w+|le\s+\d{1,2}\s+\w+|"
    r"(?:à|depuis|de|en)\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)\s*,\s*)+)"
    r"(?P<who>(?:l['’]|le |la |les |des |une? |ce |cet |cette |ces |son |sa |ses |leur |leurs |"
    r"plusieurs |M\. |Mme |[A-ZÀ-Ý])[^,.;«»“”\"]{1,80}?)\s*(?:[.;]?\s*$|,\s*(?P<tail>[^«»“”\"]*|.*[»”\"].*)$|"
    # "…, a déclaré X à « Dagsrevyen ».": the programme he spoke to, not more words
    r"\s+(?:à|au|sur|dans)\s+[«“\"][^«»“”\"]{1,40}[»”\"]\s*[.;]?\s*$|"
    # "…, a souligné le ministre dans un autre tweet après son entretien avec…": where he said it
    r"\s+(?:dans\s+(?:un|une|son|sa|le|la)|lors\s+d|après|au\s+cours\s+d|à\s+l['’]issue\s+d|devant|en\s+marge\s+d)"
    r"[^«»“”\"]*$)")
#: The comma (and auxiliary) before an inverted cue: "…, ont indiqué des responsables."
BEFORE_INVERTED = re.compile(r",\s*(?:a|ont|avait|avaient|aurait)?\s*$")
#: The auxiliary of an inverted cue written without its comma: "… pour les deux pays a annoncé X."
BARE_BEFORE = re.compile(r"(?<=[^\s,])\s+(?:a|ont)\s*$")
# "Comme annoncé précédemment, …", "comme il l'avait indiqué": a reminder, not a statement.
AS_ANNOUNCED = re.compile(r"\bcomme\s+(?:(?:il|elle|on|ils|elles)\s+)?(?:l['’])?(?:(?:a|avait|ont|avaient)\s+)?(?:été\s+)?$", re.I)
#: "…, a-t-il ajouté." closing the words of a reporting verb found earlier.
CLOSING_INCISE = re.compile(r",\s*(?:a|ont)-t-(?:il|elle|ils|elles)\s+\w+\.?$")
#: "X a ajouté :" closing the sentence before a quotation that stands alone.
SAID_BEFORE = re.compile(r"(?:a|ont)\s+(?:\w+\s+)?(?:déclaré|ajouté|affirmé|dit|souligné|poursuivi|expliqué|indiqué)\s*:?\s*$")
PRESS_SOURCE = re.compile(r"\b(?:agences?|correspondante?s?|journalistes?|envoyée?s?\s+spéciale?s?|médias?|presse|"
                          r"quotidien|télévision|chaîne|radio)\b", re.I)
RELAYED = re.compile(r"\s*(?P<who>[^,;«»]{2,60}?)\s+(?:a|avait|aurait|ont)\s+(?:\w+ment\s+|également\s+|aussi\s+)?"
                     r"(?P<verb>[a-zéèêâîôûç]+(?:é|ée|u|it))\s*(?:qu['’]|que\s+|:\s*)")
#: "l'APS assure que X a signifié à l'ambassadeur le caractère « inacceptable »": no "que" of its own.
RELAYED_DIRECT = re.compile(r"\s*(?P<who>[^,;«»]{2,60}?)\s+(?:a|avait|aurait|ont)\s+(?:\w+ment\s+|également\s+|aussi\s+)?"
                            r"(?P<verb>[a-zéèêâîôûç]+(?:é|ée|u|it))\s+")
CONTRAST = re.compile(r",\s*(?:tandis\s+qu['’]|tandis\s+que\s+|alors\s+qu['’]|alors\s+que\s+|mais\s+)", re.I)
#: "dire" with a feeling for object: "a dit sa gratitude", "a dit tout son soutien à…".
SENTIMENT_OBJECT = re.compile(r"\s+(?:aussi\s+|également\s+)?(?:sa|son|ses|leur|leurs|toute\s+(?:sa|son|l['’]|la|leur)|tout\s+(?:son|le|leur))\s*", re.I)
#: "a rappelé les liens…", "a rappelé l'engagement…": a determiner opens what is recalled.
RECALLED = re.compile(r"\s+(?:aussi\s+|également\s+)?(?:les|la|le|l['’]|leurs?|ses|sa|son)\s*", re.I)
#: "a rappelé son ambassadeur", "a rappelé l'ambassadrice en poste à…": an envoy called home.
RECALLED_ENVOY = re.compile(r"\s+(?:aussi\s+|également\s+)?(?:les|la|le|l['’]|leurs?|ses|sa|son)\s*(?:\w+\s+){0,2}?"
                            r"(?:ambassad|diplomat|chargée?s?\s+d['’]affaires|consul|envoyé|représentant)", re.I)
#: Cues that are not verbs: "selon X", "pour X", "d'après X".
SOURCE_CUES = ("selon", "pour", "d'apres")


# --- the words of the lexicon ------------------------------------------------------------------


def _direct(lemma: str) -> bool:
    """A cue whose object is the content itself ("a dénoncé l'ingérence"), without "que"."""
    return lemma in folded("fr", "direct_cues")


def _joint(lemma: str) -> bool:
    """What several speakers state together: "les deux présidents ont convenu de…", "ont réaffirmé…"."""
    return lemma in folded("fr", "joint_cues")


@cache
def _irregular_participles() -> dict[str, str]:
    """Participles the "-é → -er" rule cannot turn into a lemma ("dit" → "dire"), folded."""
    return {fold(k): fold(v) for k, v in lexicon("fr")["irregular_participles"].items()}


@cache
def _incise_follow_up() -> re.Pattern:
    """"…, a-t-elle affirmé, précisant que…": a second statement by the same speaker after an incise."""
    return re.compile(rf",\s*(?:en\s+)?(?P<p>{follow_up('fr')})\s+(?:sur\s+)?(?:qu['’]|que\s+|le\s+fait\s+que\s+)?")


@cache
def _follow_up_clause() -> re.Pattern:
    """"…, ajoutant que…", "…, en précisant que…": the same speaker goes on."""
    return re.compile(rf"(?:[^,]*,\s*)?(?:en\s+)?(?P<p>{follow_up('fr')})\s+(?:sur\s+)?(?:qu['’]|que\s+|le\s+fait\s+que\s+)")


# --- lemmas of the cue words ----------------------------------------------------------------


def participle_lemma(verb: str) -> str:
    """The infinitive a cue's past participle stands for, folded: "souligné" → "souligner", "dit" → "dire"."""
    return _irregular_participles().get(fold(verb)) or fold(re.sub(PARTICIPLE_END, "er", verb.lower()))


def present_lemmas(verb: str) -> list[str]:
    """Infinitives a third-person present may stand for, folded: "estime" → "estimer",
    "ajoutent" → "ajouter", "avertit" → "avertir", "dit" → "dire"."""
    v = fold(verb.lower())
    out = [_irregular_participles().get(v, "")]
    if v.endswith("ent"):
        out.append(v[:-3] + "er")
    elif v.endswith("e"):
        out.append(v + "r")
    elif v.endswith("it"):
        out += [v[:-1] + "r", v[:-1] + "re"]
    return [c for c in out if c]


def follow_up_lemma(participle: str) -> str:
    """"précisant" → "preciser", "faisant savoir" → "faire savoir", "se disant convaincu" → "se dire"."""
    words = fold(participle.lower()).split()
    if words[0] == "faisant":
        return f"faire {words[1]}"
    if words[0] == "se":
        return "se dire"
    return words[0][:-3] + "er"


def _lemma_of(sent: Sentence, char: int) -> str:
    for tok in sent.doc:
        if tok.idx <= char < tok.idx + len(tok.text):
            return fold(tok.lemma_)
    return ""


def _infinitive(verb: str) -> str:
    """A past participle turned into its infinitive by the "-é → -er" rule, folded."""
    return fold(re.sub(PARTICIPLE_END, "er", verb))


# --- the strategies ---------------------------------------------------------------------------


def incise_after_quote(r: Reading) -> list | None:
    """« … », a déclaré X / « … », a-t-il ajouté: a quotation opening the sentence, then its cue.

    The speaker is the inverted pronoun, else the words after the cue. "…, a-t-elle affirmé,
    précisant que Manille examinait « toutes les options »" adds a second statement by the same
    speaker.
    """
    text = r.text
    for q_start, q_end in r.quotes:
        tail = text[q_end:]
        m = INCISE.match(tail)
        if not (m and q_start <= 3):
            continue
        cue = _incise_cue(r, m, q_end)
        if cue is None:
            continue
        pron = _incise_pronoun(m)
        if pron:
            speaker = pronoun_speaker(r.ctx, pron, r.recent)
        else:
            rs = q_end + m.start("rest")
            # "», selon lui.": the words up to the sentence's stop
            stop = re.search(r"[.;!?]\s*$", text[rs:rs + 80])
            speaker = r.speaker(rs, rs + stop.start() if stop else min(len(text), rs + 80))
        out = [(q_start, q_end, cue, speaker, "direct")]
        more = _incise_follow_up().search(tail)
        if more and speaker is not None:
            start2 = q_end + more.end()
            out.append((start2, len(text), follow_up_lemma(more.group("p")), speaker, r.quote_type(start2, len(text))))
        return out
    return None


def _incise_cue(r: Reading, m: re.Match, q_end: int) -> str | None:
    """The cue of an incise: the parser's lemma, the verb, its infinitive or a present's, or the
    reflexive cue ("s'est félicité" → "se feliciter")."""
    word = m.group("verb").split("-")[0]
    verb = fold(word)
    lemma = _lemma_of(r.sent, q_end + m.start("verb"))
    participle = fold(re.sub(r"(?:ée?s?)$", "er", word.lower()))
    cues = r.cues
    cue = lemma if lemma in cues else verb if verb in cues else participle if participle in cues else None
    if cue is None:
        cue = next((c for c in present_lemmas(word) if c in cues), None)
    if cue is None and verb == "fait":
        # "», a-t-il fait savoir": the cue is the phrase ("faire savoir", "faire valoir").
        after = re.findall(r"\w+", m.group("rest"))[:1]
        cue = next((c for c in (f"faire {fold(w)}" for w in after) if c in cues), None)
    if re.match(r"s['’]|se\s", m.group("aux") or ""):
        cue = next((c for c in (f"se {participle}", f"s'{participle}", f"se {lemma}", f"s'{lemma}") if c in cues), cue)
    return cue


def _incise_pronoun(m: re.Match) -> str | None:
    """The inverted pronoun of an incise ("a-t-il", "ont-ils", "a déclaré-t-elle"), if any."""
    verb = m.group("verb")
    pron = m.group("pron") or m.group("pron2") or (verb.split("-t-")[1] if "-t-" in verb else None)
    aux = m.group("aux") or ""
    if "-t-" in aux:
        pron = aux.split("-t-")[1]
    elif "-" in aux:
        pron = aux.split("-")[1]  # "», ont-ils ajouté"
    return pron


def goes_on(r: Reading) -> list | None:
    """"Et d'ajouter : « … »", "Qui ajoute que…": a narrative infinitive or a relative opening the
    sentence goes on with the previous speaker's words."""
    m = GOES_ON_CLAUSE.match(r.text)
    if not (m and r.recent):
        return None
    cue = next((c for c in (*present_lemmas(m.group("verb")), fold(m.group("verb").lower())) if c in r.cues), None)
    if cue is None:
        return None
    body = m.end()
    q = next((q for q in r.quotes if q[0] >= body - 2), None)
    start, end = (q if q and not r.text[body:q[0]].strip(" ,:«“\"") else (body, len(r.text)))
    return [(start, end, cue, r.previous_speaker(), r.quote_type(start, end))]


def incise_inside_quote(r: Reading) -> list | None:
    """"« La relation est solide, a déclaré X. Nous… »": the incise written inside the marks names
    the speaker of the whole quotation."""
    for q_start, q_end in r.quotes:
        m = INNER_INCISE.search(r.text, q_start, q_end)
        if m is None:
            continue
        cue = participle_lemma(m.group("verb").lower())
        person = speaker_in(r.ctx, r.sent, m.start("who"), m.end("who")) if cue in r.cues else None
        if person is not None:
            return [(q_start, q_end, cue, person_speaker(r.ctx, person), "direct")]
    return None


def mid_incise(r: Reading) -> list | None:
    """"Ces relations, a-t-il ajouté, ont été renforcées": an incise inside the statement makes the
    whole sentence the words of the pronoun's person."""
    m = MID_INCISE.search(r.text) or END_INCISE.search(r.text)
    if not (m and m.start() > 3):
        return None
    end = len(r.text) if m.re is MID_INCISE else m.start()
    verb = m.group("verb")
    cue = next((c for c in (participle_lemma(verb), fold(verb.lower())) if c in r.cues), None)
    speaker = pronoun_speaker(r.ctx, m.group("pron"), r.recent) if cue is not None else None
    if speaker is None:
        return None
    return [(0, end, cue, speaker, r.quote_type(0, end))]


def selon_opening(r: Reading) -> list | None:
    """"Selon X, …", "D'après X, …", "Pour X, …": one statement per cue that opens a clause.

    The statement after a cue runs to the next cue ("Selon A, … ; selon B, …"). A cue in the
    middle of a sentence ("Le dernier contact, selon le Kremlin, a eu lieu…") frames the words
    around it.
    """
    text = r.text
    matches = [m for m in SELON.finditer(text) if SELON_OPENS.search(text[:m.start("cue")])]
    out = []
    for i, m in enumerate(matches):
        stop = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        speaker = r.speaker(m.start("who"), m.end("who"))
        if _relays(r, m, stop, speaker):
            continue  # "Selon l'IRNA, le ministre a tweeté : « … »": the agency is the channel, not the speaker
        cue = "pour" if fold(m.group("cue")) == "pour" else "selon"
        # "Pour X, …" is someone's view only for a person or a source ("Pour notre source, c'était…"),
        # not for a purpose ("Pour la France, c'est un enjeu" stays the sentence's own words).
        if speaker is None or (cue == "pour" and speaker.person is None
                               and not (speaker.kind == "anonymous" and re.search(r"\bsources?\b", m.group("who"), re.I))):
            continue
        if cue == "pour" and not re.match(r"(?:l[ae]s?\b|l['’]|lui\b|eux\b|elles?\b|M\.|Mme|son|sa|ses|leurs?|notre|nos|[A-ZÀ-Ý])", m.group("who")):
            continue  # "pour évoquer le sort de X, …": a purpose, not "according to X"
        start, end = m.end(), stop
        if i == 0 and text[:m.start()].strip():
            # "Le dernier contact, selon le Kremlin, a eu lieu…": the statement is around the cue;
            # "L'accord est proche, selon A, mais selon B, …": it is the words before the cue.
            if len(matches) == 1:
                start, end = 0, len(text)
            elif len(clean(text[:m.start()])) > len(clean(text[m.end():stop])):
                start, end = 0, m.start()
        out.append((start, end, cue, speaker, r.quote_type(start, end)))
    return out or None


def _relays(r: Reading, m: re.Match, stop: int, speaker: Speaker | None) -> bool:
    """"Selon un diplomate, M. Kagame a répondu que…": the named person is the speaker, the source
    only relays; the same holds for an agency ("Selon l'IRNA, le ministre a tweeté")."""
    sent, cues = r.sent, r.cues
    agency = speaker is not None and speaker.kind == "organization" and any(
        o.key == speaker.org and o.kind == "agency" for o in sent.mentions.orgs)
    if agency:
        later_cue = any(_infinitive(c.group("verb").lower()) in cues for c in _cue_verb().finditer(r.text, m.end(), stop))
        return later_cue or any(fold(t.lemma_) in cues and m.end() <= t.idx < stop for t in sent.doc)
    if speaker is None:
        return False
    for t in sent.doc:
        if not m.end() <= t.idx < stop or fold(t.lemma_) not in cues or fold(t.lemma_) in SOURCE_CUES:
            continue
        sub = subject_span(t)
        named = sent.person_at(*sub, r.ctx) if sub is not None else None
        # "Selon elle, M. Wang a « exprimé des inquiétudes »": the named person's words, relayed.
        if named is not None and named is not speaker.person:
            return True
    return False


def selon_closing(r: Reading) -> list | None:
    """"…, selon une source proche des négociations.": the words before the cue."""
    m = SELON_END.search(r.text)
    speaker = r.speaker(m.start("who"), m.end("who")) if m else None
    if speaker is None or _names_who_said(r, m.start(), speaker):
        return None
    return [(0, m.start(), "selon", speaker, r.quote_type(0, m.start()))]


def _names_who_said(r: Reading, stop: int, source: Speaker) -> bool:
    """"X a encouragé la Pologne à…, selon l'agence APA": the clause names who spoke; the source only
    relays (the reporting verb's strategy gives the words to X)."""
    for t in r.sent.doc:
        if t.idx >= stop or fold(t.lemma_) not in r.cues or fold(t.lemma_) in SOURCE_CUES:
            continue
        sub = subject_span(t)
        named = r.sent.person_at(*sub, r.ctx) if sub is not None else next(
            (r.sent.person_at(p.start, p.end, r.ctx) for p in r.sent.mentions.persons
             if re.fullmatch(r"\s+(?:a|avait|aurait|ont)\s+", r.text[p.end:t.idx])), None)
        if named is not None and named is not source.person:
            return True
    return False


def reporting_verb(r: Reading) -> list | None:
    """"X a confirmé que …", "Il a insisté sur …", "…, ont indiqué des responsables.": a reporting
    verb the parser found, with its subject before it or inverted after it.

    Main-clause verbs first: in "M. Ruto, qui a proposé d'accueillir…, a salué « … »" the cue is
    "saluer", not "proposer".
    """
    for tok in sorted(_cue_candidates(r.sent.doc), key=lambda t: (t.dep_ in ("acl:relcl", "acl", "advcl", "csubj"), t.i)):
        found = _cue_token(r, tok)
        if found is None:
            continue
        tok, lemma = found
        inverted = _inverted_subject(r, tok)
        if inverted is not None:
            return _inverted_statement(r, tok, lemma, inverted)
        said = _subject_statement(r, tok, lemma)
        if said is not None:
            return said
    return None


@cache
def _faire_objects() -> tuple[str, ...]:
    """The words after "faire" that make it a cue ("faire savoir", "faire part"), from the cues."""
    return tuple(c.split()[1] for c in lexicon("fr")["cues"] if c.startswith("faire "))


def _cue_candidates(doc) -> list:
    """The only tokens :func:`_cue_token` can accept: a verb, auxiliary, adjective or noun, or the
    word before "valoir"/"savoir" ("a fait savoir"); taken from the Doc's arrays, not by walking it."""
    picked = set(indices_where(doc, "POS", ("VERB", "AUX", "ADJ", "NOUN")))
    picked |= {i - 1 for i in indices_where(doc, "LOWER", _faire_objects()) if i > 0}
    return [doc[i] for i in picked]


def _cue_token(r: Reading, tok) -> tuple | None:
    """The token of a reporting verb and its cue (the lemma; "faire savoir" for "fait savoir"), or None."""
    lemma = fold(tok.lemma_)
    if lemma not in r.cues and re.search(PARTICIPLE_END, tok.lower_):
        # The lemmatizer misses rarer verbs ("tweeté" → "tweeté"): try the infinitive.
        lemma = _infinitive(tok.lower_)
    reflexive = next((f for f in (f"se {lemma}", f"s'{lemma}") if f in r.cues), None)
    if reflexive and any(c.lower_ in ("se", "s'", "s’") for c in tok.children):
        lemma = reflexive  # "s'est réjoui de…", "se sont accordés sur…": the reflexive verb is the cue
    nxt_tok = tok.nbor(1) if tok.i + 1 < len(r.sent.doc) else None
    if lemma == "faire" and nxt_tok is not None and nxt_tok.lower_ in _faire_objects():
        # "font valoir que", "a fait savoir que", "a fait part de": the lemma "faire" alone is not a cue.
        lemma = f"faire {nxt_tok.lower_}"
        tok = nxt_tok
    if tok.pos_ not in ("VERB", "AUX", "ADJ", "NOUN") or lemma not in r.cues or lemma in SOURCE_CUES:
        return None
    if tok.pos_ != "VERB" and not any(c.dep_.startswith("aux") for c in tok.children):
        return None
    return (tok, lemma) if _says(r, tok) else None


def _says(r: Reading, tok) -> bool:
    """Whether a reporting verb reports words here: not quoted, not negated, not passive, not under
    another cue, not a reminder."""
    if r.quoted(tok.idx):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in lexicon("fr")["negations"] for c in tok.children):
        return False  # "L'ambassade n'a pas commenté…": saying nothing is not a statement
    if any(c.dep_ == "aux:pass" for c in tok.children):
        return False  # "le ministre, qui a été critiqué pour…": the target of the words, not their author
    if any(fold(a.lemma_) in r.cues and a.pos_ == "VERB" and not r.quoted(a.idx) for a in tok.ancestors):
        return False  # "il a déclaré que la partie iranienne avait proposé…": the outer cue speaks
    if not_statement_object("fr").match(r.text, tok.idx + len(tok.text)):
        return False  # "X a appelé au téléphone Y", "X a annoncé la nouvelle": an act, not words
    # "Comme annoncé précédemment, X effectuera…": no one is speaking
    return not AS_ANNOUNCED.search(r.text[:tok.idx])



def _inverted_subject(r: Reading, tok) -> re.Match | None:
    """The subject after a cue that follows the words: "…, ont indiqué des responsables."."""
    inverted = INVERTED.match(r.text[tok.idx + len(tok.text):])
    if inverted and any(c.dep_.startswith("nsubj") and c.i < tok.i for c in tok.children) \
            and re.search(r"\bqu(?:e\b|['’])", inverted.group("tail") or ""):
        return None  # "X a assuré son homologue, Y, que…": the subject is before; Y is told
    if inverted and re.search(r"\bqu(?:e\b|['’])", inverted.group("who")):
        return None  # "…, a jugé de son côté que…" is not "…, ont indiqué des responsables."
    before = BEFORE_INVERTED.search(r.text[:tok.idx]) if inverted else None
    if before is None and inverted and not inverted.group("tail") and BARE_BEFORE.search(r.text[:tok.idx]) \
            and any(p.end >= len(r.text.rstrip(" .")) and p.start >= tok.idx for p in r.sent.mentions.persons):
        # "…un avantage pour les deux pays a annoncé X.": the comma left out before a named speaker
        before = BARE_BEFORE.search(r.text[:tok.idx])
    if before is None:
        return None
    if not any(t.pos_ in ("VERB", "AUX") for t in r.sent.doc if t.idx < before.start()) and any(
            0 <= before.start() - p.end <= 1 for p in (*r.sent.mentions.persons, *r.sent.mentions.titles)):
        # "L'envoyé spécial de l'ONU, X, a rassuré le président…", "X, ministre des Affaires
        # étrangères, a salué la coopération": a subject in apposition, not words
        return None
    return inverted  # "…, ont indiqué des responsables." / "…, a affirmé X, dont…"


def _inverted_statement(r: Reading, tok, lemma: str, inverted: re.Match) -> list:
    """The words before an inverted cue, said by its subject (an anonymous one when it names nobody).

    "…, a déclaré le ministre, suggérant que les négociations se poursuivraient." adds the words
    of the participle clause; news of an event told by the press is no statement at all.
    """
    text = r.text
    shift = tok.idx + len(tok.text)
    speaker = r.speaker(shift + inverted.start("who"), shift + inverted.end("who"))
    end = (BEFORE_INVERTED.search(text[:tok.idx]) or BARE_BEFORE.search(text[:tok.idx])).start()
    if _is_press(r.sent, speaker, inverted.group("who")) and not r.quotes:
        return []  # "X a reçu Y, a indiqué l'agence Z": news of an event, told by the press
    start = 0
    if fold(clean(text[:end])).strip(" ,") in folded_words("sentence_connectors") and inverted.group("tail"):
        # "Par ailleurs, précise le ministère, le ministre « a reçu… »": a connector before the
        # incise; the words are those after it.
        start, end = shift + inverted.start("tail"), len(text)
    out = [(start, end, lemma, speaker or Speaker(None, "anonymous", inverted.group("who")), r.quote_type(start, end))]
    more = inverted.group("tail") and start == 0 and _follow_up_clause().match(inverted.group("tail"))
    if more and speaker is not None:
        start2 = shift + inverted.start("tail") + more.end()
        out.append((start2, len(text), follow_up_lemma(more.group("p")), speaker, r.quote_type(start2, len(text))))
    return out


def _is_press(sent: Sentence, speaker: Speaker | None, who: str) -> bool:
    """A news agency or a journalist reporting: a channel, not someone taking a position."""
    if speaker is not None and speaker.person is not None:
        return False
    if speaker is not None and speaker.org and any(o.key == speaker.org and o.kind == "agency" for o in sent.mentions.orgs):
        return True
    return bool(PRESS_SOURCE.search(who))


#: Between a subject's name and its verb: "X, a expliqué", "X a par ailleurs déclaré".
NAME_TO_VERB = re.compile(r"\s*,?\s*(?:(?:a|ont|avait|avaient|s['’]est|se\s+sont)\s+)?(?:[\w’'-]+\s+){0,2}")


def _name_before_verb(r: Reading, tok) -> tuple[int, int] | None:
    """"Au terme d'une rencontre avec X, la ministre, Y, a expliqué…" where the parser found no
    subject: the name written right before the verb."""
    if not FRONTED_PHRASE.match(r.text):
        return None
    before = [p for p in r.sent.mentions.persons if p.end <= tok.idx and NAME_TO_VERB.fullmatch(r.text[p.end:tok.idx])]
    return (before[-1].start, before[-1].end) if before else None


#: A phrase put before the subject: "Au terme d'une rencontre avec X, …", "Lors de son entretien…".
FRONTED_PHRASE = re.compile(rf"^\s*(?:{alternation(words_of_all('fronted_openers'))})\b[^,]*,")


def _subject_statement(r: Reading, tok, lemma: str) -> list | None:
    """The words after a reporting verb, said by its subject (or, for a participle clause
    "…, faisant savoir que…", by the subject of the verb it hangs on)."""
    sub = subject_span(tok)
    if sub is None and _participial(tok, r.text):
        sub = subject_span(_participle_head(tok))
    if sub is None:
        sub = _name_before_verb(r, tok)
    speaker = r.speaker(sub[0], sub[1]) if sub is not None else None
    if speaker is None:
        return None
    body = _content_start(r, tok, lemma, speaker)
    if body is None:
        return None
    end = len(r.text)
    inc = CLOSING_INCISE.search(r.text)
    if inc and inc.start() > body:
        end = inc.start()
    source = SELON_END.search(r.text, body) if speaker.person is not None else None
    if source is not None and source.start() < end:
        end = source.start()  # "…, selon l'agence APA": the relay is not the words
    body += len(re.match(r"à\s+|", r.text[body:end]).group())  # "a encouragé X à poursuivre": "poursuivre…"
    if speaker.person is None:
        # "Le communiqué ajoute que X a souligné que…": the document relays X's words.
        relayed = _relayed(r, body)
        if relayed is not None:
            speaker, body, lemma = relayed
    return [(body, end, lemma, speaker, r.quote_type(body, end))]


def _content_start(r: Reading, tok, lemma: str, speaker: Speaker) -> int | None:
    """Where the words of a reporting verb start: after its "que" or colon, at an infinitive clause
    ("a indiqué avoir évoqué…"), or right after a verb that takes its content directly; None when
    the verb reports an act."""
    verb_end = tok.idx + len(tok.text)
    # "a déclaré mardi dans un entretien accordé à la chaîne X que…": the content may come late.
    que = re.match(r"(?:,?\s+[\w'’.-]+){0,12}?,?\s+(?:qu['’]|que\s|:\s*)", r.text[verb_end:])  # ("à M. X que")
    if que and not PARTICIPLE_BETWEEN.search(que.group(0)):
        return verb_end + que.end()
    # "a salué le soutien de l'UE, soulignant que…": the "que" is the participle's; the words start
    # at the verb's own object and go on through the participle's clause.
    own = _own_content_start(r, tok, lemma, speaker, verb_end)
    return own if own is not None or que is None else verb_end + que.end()


#: A comma and a present participle between a verb and a "que": the "que" belongs to the participle.
PARTICIPLE_BETWEEN = re.compile(r",\s+(?:en\s+)?(?:s['’]|se\s+)?(?!(?:avant|pendant|durant|cependant|maintenant)\s)[^\W\d_]+ant\s", re.I)


def _own_content_start(r: Reading, tok, lemma: str, speaker: Speaker, verb_end: int) -> int | None:
    """The start of what a verb says without a "que" of its own (see :func:`_content_start`)."""
    if speaker.kind == "group" and not r.quotes and not _joint(lemma):
        return None  # "les deux ministres ont annoncé la création de…": an act, not a statement
    infinitive = _infinitive_content(tok)
    if infinitive is not None and lemma not in ("vouloir", "proposer", "promettre", "demander"):
        return infinitive  # "X a indiqué avoir évoqué…", "a dit être prêt à…"
    attitude = ATTITUDE.match(r.text, verb_end)
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if attitude and nxt is not None and (nxt.pos_ == "ADJ" or "Part" in nxt.morph.get("VerbForm")) \
            and any(c.lower_ in ("se", "s'", "s’") for c in tok.children):
        return attitude.start("adj")  # "s'est déclaré convaincu du bon développement de…"
    if lemma == "dire" and SENTIMENT_OBJECT.match(r.text, verb_end):
        return verb_end  # "a dit sa gratitude", "a dit tout son soutien à…": a feeling voiced
    if lemma == "rappeler" and RECALLED.match(r.text, verb_end) and not RECALLED_ENVOY.match(r.text, verb_end) \
            and not any(verb_end <= p.start < verb_end + 40 for p in r.sent.mentions.persons):
        return verb_end  # "a rappelé les liens entre les deux pays…": what is recalled, not an envoy called home
    # Only a verb that takes its content directly ("insister sur", "dénoncer") or a quotation.
    return verb_end if r.quotes or _direct(lemma) else None


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


def _relayed(r: Reading, body: int):
    """The person whose words a communiqué or an institution passes on: (speaker, body, cue) or None."""
    m = RELAYED.match(r.text, body) or RELAYED_DIRECT.match(r.text, body)
    if m is None:
        return None
    lemma = participle_lemma(m.group("verb").lower())
    if lemma not in r.cues:
        return None
    if not m.group(0).rstrip().endswith((":", "que", "qu'", "qu’")) and not (_direct(lemma) or "«" in r.text[m.end():]):
        return None  # "l'APS assure que X a reçu…": an act, not words
    speaker = r.speaker(m.start("who"), m.end("who"))
    if speaker is None or speaker.person is None:
        return None
    return speaker, m.end(), lemma


#: "a encouragé la Suisse à rester…", "a exhorté les parties à": whom, then what they are urged to do.
URGED = re.compile(r"\s+(?:[^\s.;:,]+\s+){1,5}?à\s+(?=\w)")


def surface_cue(r: Reading) -> list | None:
    """"X a <cue>é que/:", "X affirme que": a cue the parser missed (it often tags rare participles
    as nouns), found on the surface, with the speaker in the clause before it."""
    text = r.text
    for m in [*_cue_verb().finditer(text), *CUE_PRESENT.finditer(text)]:
        lemma = _surface_lemma(r, m)
        if lemma not in r.cues or r.quoted(m.start()) or not_statement_object("fr").match(text, m.end("verb")):
            continue
        urged = URGED.match(text, m.end()) if r.cues.get(lemma) == "urge" else None
        if not m.group("que") and not _direct(lemma) and not urged and not any(qs > m.end() for qs, _ in r.quotes):
            continue
        speaker = _clause_speaker(r, m.start())
        if speaker is None:
            continue
        body = urged.end() if urged else m.end()
        source = SELON_END.search(text, body)  # "…, selon l'agence APA": the relay is not the words
        end = source.start() if source else len(text)
        return [(body, end, lemma, speaker, r.quote_type(body, end))]
    return None


def _surface_lemma(r: Reading, m: re.Match) -> str:
    """The cue of a surface match: a phrase ("fait savoir"), an irregular or regular participle, or
    the present ("affirme" → "affirmer")."""
    verb_text = re.sub(r"\s+", " ", m.group("verb").lower())
    participle = verb_text.split()[-1] if verb_text.startswith("tenu") else verb_text  # "tenu à souligner"
    lemma = lexicon("fr")["phrase_cues"].get(verb_text) or _infinitive(participle)
    lemma = _irregular_participles().get(fold(m.group("verb").lower()), lemma)
    if m.re is CUE_PRESENT:
        lemma = next((c for c in present_lemmas(verb_text) if c in r.cues), "")
    return lemma


def _clause_speaker(r: Reading, cue_start: int) -> Speaker | None:
    """The speaker in the clause before a surface cue (after a ";" or a "Selon X,")."""
    text = r.text
    clause = max(text.rfind(";", 0, cue_start), 0)
    sel = SELON.match(text)
    if sel and sel.end() <= cue_start:
        clause = max(clause, sel.end())
    # "…, Y, qui lui a souhaité « … »": the person right before "qui" speaks, not the clause's first.
    rel = re.search(r"\bqui\s+(?:(?:lui|leur|nous|vous|leur|l['’]|les|le|la)\s+)?$", text[clause:cue_start])
    ante = [p for p in r.sent.mentions.persons if rel and clause <= p.start and p.end <= clause + rel.start()]
    if ante:
        return r.speaker(ante[-1].start, ante[-1].end)
    return r.speaker(clause, cue_start)


def colon_announcement(r: Reading) -> list | None:
    """"X a fait la déclaration suivante : « … »": the subject of the clause before the colon says
    the quotation after it."""
    colon = re.search(r":\s*[«“\"]", r.text)
    if not (colon and r.quotes):
        return None
    q = next((q for q in r.quotes if q[0] >= colon.start()), None)
    root = next((t for t in r.sent.doc if t.dep_ == "ROOT" and t.idx < colon.start()), None)
    sub = subject_span(root) if root is not None else None
    speaker = r.speaker(sub[0], sub[1]) if q and sub else None
    if speaker is None:
        return None
    return [(q[0], q[1], fold(root.lemma_), speaker, "direct")]


def quoted_subject(r: Reading) -> list | None:
    """"Sugiono avait fixé comme objectif « un accord partiel d'ici à la fin de l'année »": a
    quotation inside a sentence whose subject is a person, without a reporting verb."""
    if not (r.quotes and r.quotes[0][0] > 3):
        return None
    root = next((t for t in r.sent.doc if t.dep_ == "ROOT"), None)
    sub = subject_span(root) if root is not None else None
    if not (sub and sub[1] <= r.quotes[0][0]):
        return None
    speaker = r.speaker(sub[0], sub[1])
    if speaker is None or speaker.kind not in ("person", "official", "state", "organization"):
        return None
    if speaker.kind == "state" and len(r.text[sub[0]:sub[1]].split()) > 3:
        return None  # "Le forum de Dakar avait pour thème « … »": a place inside the subject speaks not
    body = root.idx
    return [(body, len(r.text), fold(root.lemma_), speaker, r.quote_type(body, len(r.text)))]


def quotation_continues(r: Reading) -> list | None:
    """"« … », a déclaré X. « … »": a quotation standing alone after a quoted speaker (or after
    "X a ajouté :") goes on with that speaker's words."""
    ctx, sent, quotes = r.ctx, r.sent, r.quotes
    if not (quotes and quotes[0][0] <= 2 and r.recent and ctx.sentences[sent.index - 1:sent.index]):
        return None
    prev = ctx.sentences[sent.index - 1]
    whole = whole_quotation(r.text, quotes, " .!?»”\"\n")
    if whole and subheading(r.text):
        return None  # a section heading in quotation marks ("« Des partenaires fiables »" on its own line)
    quoted_before = whole and any(INCISE.match(prev.text[qe:]) for _qs, qe in quotes_in(prev))
    if quoted_before or SAID_BEFORE.search(prev.text.rstrip(" .:")) or prev.text.rstrip().endswith(":"):
        return [(quotes[0][0], quotes[0][1], GOES_ON, r.previous_speaker(), "direct")]
    return None


#: The French cue strategies, in the order they are tried.
STRATEGIES = (
    incise_after_quote,   # « … », a déclaré X
    goes_on,              # Et d'ajouter : « … »
    incise_inside_quote,  # « …, a déclaré X. … »
    mid_incise,           # …, a-t-il ajouté, … / …, a-t-il dit.
    selon_opening,        # Selon X, …
    selon_closing,        # …, selon X.
    reporting_verb,       # X a déclaré que … / …, a déclaré X.
    surface_cue,          # the same when the parser missed the verb
    named_colon,          # X : « … »
    colon_announcement,   # X a fait la déclaration suivante : « … »
    quoted_subject,       # X avait fixé comme objectif « … »
    quotation_continues,  # « … » after a quoted speaker
)


def second_speaker(r: Reading, found: list) -> list:
    """"X a exhorté…, tandis que Mme Y a souligné Z": the clause after the contrast has its own
    speaker; the first statement stops where it starts."""
    m = CONTRAST.search(r.text)
    if not m or not found:
        return found
    tail = m.end()
    for c in _cue_verb().finditer(r.text, tail):
        lemma = _infinitive(re.sub(r"\s+", " ", c.group("verb").lower()))
        if lemma not in r.cues:
            continue
        speaker = r.speaker(tail, c.start())
        first = found[0]
        if speaker is None or speaker.person is None or (first[3] and first[3].person is speaker.person):
            return found
        head = (first[0], min(first[1], m.start()), *first[2:]) if first[0] < m.start() else first
        body = c.end()
        return [head, (body, len(r.text), lemma, speaker, r.quote_type(body, len(r.text)))]
    return found


#: "… et l'a assuré que", "… et a chaleureusement félicité": a second cue joined to the first by "et".
COORDINATED = re.compile(r"\s+et\s+(?:l['’]|lui\s+|leur\s+|les\s+)?(?:a|ont)\s+(?:(?:\w+ment|aussi|également|en\s+outre)\s+)*"
                         r"[a-zéèêâîôûç]+(?:é|ée|és|ées|it|u|is)\b[^«»“”]{0,40}$")
#: The first cue of the pair: "a remercié le président malgache de", "a tenu aussi à".
FIRST_CUE = re.compile(r"\b(?:a|ont)\s+(?:(?:\w+ment|aussi|également|surtout)\s+)*(?P<verb>[a-zéèêâîôûç]+(?:é|ée|és|ées|u))\b")


def coordinated_first(r: Reading, found: list) -> list:
    """"Le président X a remercié Y de « l'accueil… » et l'a assuré que « … »": the statement found
    for the second cue has a first one before it, by the same speaker: the quotation after the first
    verb (only with quotation marks, since "remercier" or "tenir à" alone report no words)."""
    if len(found) != 1 or found[0][3] is None or found[0][3].person is None:
        return found
    start = found[0][0]
    text = r.text
    joint = COORDINATED.search(text[:start])
    if joint is None:
        return found
    first = list(FIRST_CUE.finditer(text, 0, joint.start()))
    if not first:
        return found
    body = first[-1].end()
    quotes = [q for q in r.quotes if body <= q[0] and q[1] <= joint.start() + 1]
    if not quotes or r.quoted(first[-1].start()):
        return found
    verb = first[-1].group("verb").lower()
    lemma = _irregular_participles().get(fold(verb), participle_lemma(verb))
    return [(quotes[0][0], quotes[-1][1], lemma, found[0][3], "direct"), *found]
