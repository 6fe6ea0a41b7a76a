"""Stated positions: who said what, in direct, partial or indirect speech.

Each sentence is read in named steps, in order (:func:`extract_positions`):

1. the cue strategies of its language (:data:`CUE_STRATEGIES`, run by the shared engine of
   :mod:`diplograph.loaders.speech`): "« … », a déclaré X", "Selon X, …", "X a confirmé que …",
   "…, ont indiqué des responsables.", "“…,” X said", "According to X, …";
2. a second speaker after a contrast ("…, tandis que Mme Y a souligné…");
3. a quotation going on with the words of the previous sentence's speaker;
4. the persons of the sentence become antecedents for the next pronouns.

Speakers are resolved to persons (names, surnames, titles such as "le chef de la diplomatie
russe", pronouns "il"/"elle" to the latest compatible person), to institutions and capitals
standing for governments ("le Kremlin", "Moscou"), or left anonymous ("une source proche du
dossier") by :mod:`diplograph.loaders.speakers`.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from diplograph.loaders import speech_en, speech_fr
from diplograph.loaders.context import Context, Sentence
from diplograph.loaders.facts import DateValue, Position
from diplograph.loaders.interviews import ends_answers, interviewee, is_question, same_paragraph
from diplograph.loaders.keys import digest
from diplograph.loaders.lexicon import alternation, folded_words, lexicon, table_of_all, words_of_all
from diplograph.loaders.persons import PersonCluster
from diplograph.loaders.speakers import Speaker, each_member, person_by_title, person_speaker, resolve_span, speaker_in
from diplograph.loaders.speech import GOES_ON, INSTITUTIONS, Reading, clean, cue_lemmas, quotes_in, reports_event, run_strategies, subheading, subject_span
from diplograph.loaders.mentions import CREDIT_LINE
from diplograph.loaders.text import find_quotes, fold, unquoted
from diplograph.loaders.transcripts import speaker_labels

__all__ = ["extract_positions"]

#: The cue strategies of each language, in the order they are tried.
CUE_STRATEGIES = {"fr": speech_fr.STRATEGIES, "en": speech_en.STRATEGIES}
#: The cue of words that go on without a cue of their own.
GOING_ON_CUE = {"fr": "declarer", "en": "say"}


def extract_positions(ctx: Context, meeting_key: str | None) -> list[Position]:
    """The stated positions of the article, in reading order.

    Args:
        meeting_key: the article's meeting, which statements about talks are about.
    """
    cues = cue_lemmas(ctx.article.lang)
    positions: list[Position] = []
    recent: list[PersonCluster] = []  # persons in reading order, for pronouns
    last_said: tuple[int, Speaker] | None = None  # (sentence index, speaker) of the last person's words
    speaking: Speaker | None = None  # the person whose speech the page transcribes, after its heading
    guest = interviewee(ctx)
    labels = speaker_labels(ctx)
    # The person whose paragraphs are being read (an interview's guest after a question, a
    # transcript's labelled speaker), and the last sentence of those words; a questioner's label
    # sets ``voice`` to None with ``voicing`` on: their words are nobody's statements.
    voice: PersonCluster | None = None
    voicing: Sentence | None = None
    announced_by: PersonCluster | None = None  # the voice, when a line announced its statement
    for sent in ctx.sentences:
        head = _transcript_head(ctx, sent) if not sent.is_headline or TRANSCRIPT_LABEL.match(sent.text) else None
        if head is not None:
            speaking = head
            continue
        if sent.is_headline and not NAMED_HEADLINE_QUOTE.match(sent.text):
            continue
        announced = _statement_intro(ctx, sent, Reading(ctx, sent, cues, recent))
        if announced is not None:
            # "Here is the statement issued by X:": the paragraphs after it are X's words.
            voice, voicing, announced_by = announced, sent, announced
            continue
        if guest is not None and is_question(ctx, sent):
            voice, voicing, announced_by = guest, sent, None
            continue
        if sent.index in labels:
            voice, start = labels[sent.index]
            announced_by = None
            voicing = sent
            if voice is not None and start < len(sent.text):
                _voiced(ctx, sent, start, voice, positions, None, meeting_key, recent)
            continue
        if voicing is not None and (CREDIT_LINE.match(sent.text) or re.fullmatch(r"\s*\([^()]*\)\s*", sent.text)):
            continue  # a photo's caption or credit between the paragraphs of the words
        if CAPTION_CREDIT.search(sent.text):
            continue  # "X s'exprime après avoir voté, le 9 août à Kigali. © AFP": a photo's caption
        if voicing is not None and ends_answers(sent):
            voice = voicing = announced_by = None
        reading = Reading(ctx, sent, cues, recent)
        found, said = _statements(reading, last_said) if voicing is None or announced_by is not None else ([], None)
        if voicing is not None and not (announced_by is not None and _reports_another(sent, found, announced_by)):
            if voice is not None:
                _voiced(ctx, sent, 0, voice, positions, voicing, meeting_key, recent)
            voicing = sent
            continue
        if voicing is not None:
            voicing = sent  # "The minister of state expressed…" inside X's statement: her words, told by X
        if not found and speaking is not None and _first_person(sent):
            found = [(0, len(sent.text), GOING_ON_CUE[ctx.article.lang], speaking, "direct")]
        if said is not None or not (last_said and WORDS_TO_COME.search(sent.text)):
            last_said = (sent.index, said) if said is not None else None
        for start, end, cue, speaker, qtype in each_member(ctx, found, recent):
            if cue == GOES_ON:
                if _joins(ctx, sent, positions, speaker):
                    positions[-1] = _joined(ctx, positions[-1], sent, end)
                    continue
                cue = GOING_ON_CUE[ctx.article.lang]
            opened = _opened_before(ctx, sent) if start <= 2 and speaker is not None else None
            if opened is not None:
                # The quotation this sentence closes began paragraphs earlier: one statement from there.
                first = next(s for s in ctx.sentences if s.start <= opened < s.end)
                positions[:] = [p for p in positions if p.evidence is None or p.evidence.start < opened]
                position = _position(ctx, first, (opened + 1 - first.start, len(first.text), cue, speaker, "direct"),
                                     meeting_key)
                position = position and _joined(ctx, position, sent, end)
            else:
                position = _position(ctx, sent, (start, end, cue, speaker, qtype), meeting_key)
            if position is not None:
                positions.append(position)
        _remember(ctx, sent, found, recent)
    return positions


#: A copyright credit closing a sentence: the sentence is a photo's caption.
CAPTION_CREDIT = re.compile(r"©\s*[\w .,/&'’-]{1,50}$")


def _reports_another(sent: Sentence, found: list, voice: PersonCluster) -> bool:
    """True when a sentence of X's statement reports, in the third person, what another named
    person said ("Minister Y assured that…"): those are Y's words."""
    return bool(found) and not _first_person(sent) and all(
        f[3] is not None and f[3].person is not None and f[3].person is not voice for f in found)


def _voiced(ctx: Context, sent: Sentence, start: int, person: PersonCluster, positions: list[Position],
            last: Sentence | None, meeting_key: str | None, recent: list[PersonCluster]) -> None:
    """The words of a sentence from ``start`` are the person's (an interview's answer, a
    transcript's paragraph): one statement per paragraph, so a sentence in the paragraph of
    ``last`` joins the statement before."""
    found = [(start, len(sent.text), GOING_ON_CUE[ctx.article.lang], person_speaker(ctx, person), "direct")]
    if last is not None and same_paragraph(ctx, last, sent) and positions and positions[-1].speaker == person.key \
            and positions[-1].evidence.sentence_end == last.end:
        positions[-1] = _joined(ctx, positions[-1], sent, len(sent.text))
    else:
        position = _position(ctx, sent, found[0], meeting_key)
        if position is not None:
            positions.append(position)
    _remember(ctx, sent, found, recent)


@cache
def _transcript_heading(lang: str) -> re.Pattern:
    """"Prise de parole de M. X", "Remarks by Secretary X": the heading of a speech's transcript
    (lexicon "transcript_heads")."""
    link = r"(?:de|du|d['’])" if lang == "fr" else r"(?:by|of)"
    return re.compile(rf"^\s*(?:{alternation(lexicon(lang)['transcript_heads'])})\s+{link}\s", re.I)


#: "Transcription - Le PM X et le président Y en conférence de presse": a page of X's words.
TRANSCRIPT_LABEL = re.compile(r"^\s*(?:transcription|transcript)\s*[-–—:]\s*\S", re.I)


def _transcript_head(ctx: Context, sent: Sentence) -> Speaker | None:
    """The speaker a heading line announces: the page that follows is that person's speech."""
    labelled = TRANSCRIPT_LABEL.match(sent.text)
    if len(sent.text.split()) > (20 if labelled else 14) or sent.text.rstrip().endswith((".", "»", "\"", "”")) \
            or not (labelled or _transcript_heading(ctx.article.lang).match(sent.text)):
        return None
    person = next((sent.person_at(p.start, p.end, ctx) for p in sent.mentions.persons), None)
    return person_speaker(ctx, person) if person is not None else None


@cache
def _statement_intro_regex(lang: str) -> re.Pattern:
    return re.compile(rf"\b(?:{alternation(lexicon(lang)['statement_intros'])})\b", re.I)


def _statement_intro(ctx: Context, sent: Sentence, r: Reading) -> PersonCluster | None:
    """The person whose statement the page reproduces after this line ("Here is the statement
    issued by X", "X a fait la déclaration suivante :"): None unless the line announces one and
    the words do not follow in the same sentence."""
    m = _statement_intro_regex(ctx.article.lang).search(sent.text)
    if m is None or re.search(r"[«“\"]", sent.text[m.end():]):
        return None
    if not (sent.text.rstrip().endswith(":") or len(sent.text) < 250 and not sent.text.rstrip().endswith((".", "!", "?"))):
        return None
    for p in sent.mentions.persons:
        person = sent.person_at(p.start, p.end, ctx)
        if person is not None:
            return person
    speaker = r.speaker(0, m.start())
    return speaker.person if speaker is not None and speaker.person is not None else None


def _first_person(sent: Sentence) -> bool:
    """A sentence in the first person ("je", "nous", "we"), outside quotation marks."""
    words = re.findall(r"\w+'?", unquoted(sent.text).lower().replace("’", "'"))
    return bool(set(words) & folded_words("first_person_words"))


@cache
def _meeting_words() -> re.Pattern:
    """A sentence speaking of these (lexicon "meeting_words", any language, inside words) is about the article's meeting."""
    return re.compile(alternation(words_of_all("meeting_words")), re.I)


def _statements(r: Reading, last_said: tuple[int, Speaker] | None) -> tuple[list, Speaker | None]:
    """The statements of a sentence, and the person whose words the next sentence may go on with."""
    lang = "en" if r.sent.doc.lang_ == "en" else "fr"
    found = run_strategies(CUE_STRATEGIES[lang], r)
    found = speech_fr.second_speaker(r, found)
    if lang == "fr":
        found = speech_fr.coordinated_first(r, found)
    if lang == "en":
        found = speech_en.source_of_report(r, found)
    if lang == "fr":
        # "X a reçu Y, a indiqué la présidence": an institution telling an event gives news.
        found = [f for f in found if not (f[3] is not None and f[3].person is None and f[3].kind in INSTITUTIONS
                                          and reports_event(r, f[0], f[1]))]
    found = [_inner_speaker(r, f) for f in found]
    if not found and last_said and (last_said[0] == r.sent.index - 1 or (
            last_said[0] == r.sent.index - 2 and WORDS_TO_COME.search(r.ctx.sentences[r.sent.index - 1].text))):
        found = _quotation_goes_on(r, last_said[1])
    if not found:
        found = _unattributed(r)
    # A person or an institution may go on speaking in the next sentence ("“…,” the ministry said. ¶ “…”").
    said = next((sp for *_, sp, _ in found if sp is not None and (sp.person is not None or sp.kind == "organization")), None)
    if said is None and not found:
        said = _announcer(r)
    return found, said


#: "…, a-t-elle indiqué. Avant de conclure en ces termes. « … »": a sentence of its own that only
#: announces the same speaker's next words.
WORDS_TO_COME = re.compile(r"\b(?:en\s+ces\s+termes|comme\s+suit|in\s+these\s+words|as\s+follows)\s*[.:]?\s*$", re.I)
def _inner_speaker(r: Reading, said: tuple) -> tuple:
    """"…, where she condemned "in the strongest terms…", the minister's office told X": a person's
    own reporting verb right before the quotation beats an office or a source that relays it."""
    start, end, cue, speaker, qtype = said
    if speaker is not None and speaker.person is not None:
        return said
    verb = next((t for t in reversed(r.sent.doc) if t.idx + len(t.text) <= start and not (t.is_punct or t.is_space)), None)
    if verb is None or verb.pos_ != "VERB" or fold(verb.lemma_) not in r.cues:
        return said
    sub = subject_span(verb)
    inner = r.speaker(*sub) if sub is not None else None
    if inner is None or inner.person is None:
        return said
    return start, end, fold(verb.lemma_), inner, qtype


#: The fewest words of a quotation that stands for a statement without anyone named as saying it.
UNATTRIBUTED_WORDS = 6


def _unattributed(r: Reading) -> list:
    """"Les discussions ont porté sur « la solidité des relations entre les deux pays »": a
    quotation no strategy gives a speaker is still someone's words (a communiqué's, as a rule),
    kept with no speaker. Short quotations (a name, a slogan) and headings are not statements."""
    out = []
    for qs, qe in r.quotes:
        words = r.text[qs:qe].split()
        # ("« L'Afrique face à ses défis : regards croisés »": capitalised or in two parts, and
        # without a verb, a title or a slogan; "porté sur « la sécurité maritime »" is what was said.)
        verb = any(qs <= t.idx < qe and t.pos_ in ("VERB", "AUX") for t in r.sent.doc)
        title = not verb and (r.text[qs:qs + 1].isupper() or ":" in r.text[qs:qe])
        if len(words) >= UNATTRIBUTED_WORDS and not title and not subheading(r.text[qs:qe]) and not r.sent.is_headline:
            said = _inner_speaker(r, (qs, qe, GOING_ON_CUE["fr" if r.ctx.article.lang == "fr" else "en"], None, "direct"))
            out.append(said if said[3] is not None else (*said[:3], _subject_speaker(r, qs), said[4]))
    return out


def _subject_speaker(r: Reading, before: int) -> Speaker | None:
    """"M. X joint à ses félicitations ses vœux, à l'heure où « … »": the named person who is the
    subject of the sentence's main verb, before the quotation, speaks it; else nobody named."""
    root = next((t for t in r.sent.doc if t.dep_ == "ROOT"), None)
    sub = subject_span(root) if root is not None else None
    if sub is None or sub[0] >= before:
        return None
    person = speaker_in(r.ctx, r.sent, *sub)
    return person_speaker(r.ctx, person) if person is not None else None


def _announcer(r: Reading) -> Speaker | None:
    """The speaker of a sentence that only announces words to come: "The Foreign Secretary X said:"."""
    sent = r.sent
    if not sent.text.rstrip().endswith(":"):
        return None
    for tok in sent.doc:
        lemma = fold(tok.lemma_)
        said = lemma in r.cues or lemma in folded_words("saying_verbs")
        if said and re.fullmatch(r"\s*:\s*", sent.text[tok.idx + len(tok.text):]):
            sub = subject_span(tok)
            speaker = resolve_span(r.ctx, sent, *sub, r.recent) if sub else None
            return speaker if speaker is not None and speaker.person is not None else None
    return None


def _quotation_goes_on(r: Reading, speaker: Speaker) -> list:
    """"X said it was vital… ¶ “The partnership is the bedrock…”": a quotation opening the sentence
    right after a person's words, with no speaker of its own, goes on with that person's words."""
    ctx, sent = r.ctx, r.sent
    cue = GOES_ON
    text = sent.text.lstrip()
    label = _quotation_label().match(text)
    if label and text[label.end():label.end() + 1] in "«“\"":
        text = text[label.end():]  # "Quote: “We will keep working…”": a page's label for the words
    if text and ctx.sentences[sent.index - 1].text.rstrip().endswith(":") and text[0] not in "«“\"":
        # "The Foreign Secretary X said: ¶ There are no closer friends…": a release's statement.
        return [(len(sent.text) - len(text), len(sent.text.rstrip()), cue, speaker, "direct")]
    if not text or text[0] not in "«“\"" or subheading(text):
        return []
    lead = len(sent.text) - len(text)
    start, end = next(((qs, qe) for qs, qe in quotes_in(sent) if qs <= lead + 2), (lead + 1, len(sent.text)))
    return [(start, end, cue, speaker, "direct")]


@cache
def _quotation_label() -> re.Pattern:
    """A page's label before a quotation (lexicon "quotation_labels", any language): "Quote:"."""
    return re.compile(rf"(?:{alternation(words_of_all('quotation_labels'))})\s*:\s*", re.I)


def _joins(ctx: Context, sent: Sentence, positions: list[Position], speaker: Speaker | None) -> bool:
    """Whether a quotation that goes on is the same quotation as the statement before: that
    statement ends the sentence before, by the same speaker, and its quotation was left open
    ("He said: “We have common cause… ¶ “While progress has been made…”": one quotation over two
    paragraphs, each opened again, closed only at its end)."""
    if not positions or positions[-1].evidence is None or sent.index == 0 or speaker is None:
        return False
    last, prev = positions[-1], ctx.sentences[sent.index - 1]
    same = (last.speaker == speaker.person.key) if speaker.person is not None else last.speaker_label == speaker.label
    return same and last.evidence.sentence_start == prev.start and _left_open(prev.text)


def _left_open(text: str) -> bool:
    """Whether ``text`` ends inside a quotation: its last mark opens one (a straight mark, when
    their number is odd)."""
    marks = [c for c in text if c in "«“»”\""]
    if not marks:
        return False
    return marks[-1] in "«“" or (marks[-1] == "\"" and marks.count("\"") % 2 == 1)


#: How far back (characters) a quotation closed by a sentence may have been opened.
OPENED_WITHIN = 2000


def _opened_before(ctx: Context, sent: Sentence) -> int | None:
    """"“All of us have watched… ¶ And this is a good thing,” X stated": the article offset of the
    mark that opened, at the start of an earlier paragraph, the quotation this sentence closes
    without opening it; None when the sentence opens its own or no such mark comes first."""
    closes = [i for i, c in enumerate(sent.text) if c in "”»\""]
    if not closes or any(c in "“«" for c in sent.text[:closes[0]]):
        return None
    text = ctx.article.text
    for i in range(sent.start - 1, max(-1, sent.start - OPENED_WITHIN), -1):
        if text[i] in "”»":
            return None
        if text[i] in "“«\"":
            line = text[text.rfind("\n", 0, i) + 1:i]
            return i if not line.strip() and text.find("\n", i, sent.start) >= 0 else None
    return None


#: A headline that is a named person's words: "Amina Diallo : « Nos relations sont excellentes »".
NAMED_HEADLINE_QUOTE = re.compile(r"[^\W\d_][^:«»“”\"]{1,60}?\s*:\s*[«“\"]")


def _joined(ctx: Context, last: Position, sent: Sentence, end: int) -> Position:
    """The statement ``last`` run on to ``end`` of the sentence ``sent`` (one quotation over paragraphs)."""
    ev = last.evidence
    stop = sent.start + end
    text = clean(ctx.article.text[ev.start:stop])
    evidence = replace(ev, sentence=ctx.article.text[ev.sentence_start:sent.end], sentence_end=sent.end, end=stop)
    return replace(last, key=digest(ctx.article.id, ev.start, stop), text=text, evidence=evidence)


def _position(ctx: Context, sent: Sentence, said: tuple, meeting_key: str | None) -> Position | None:
    """One statement as a Position (None when its words are too short to be one)."""
    start, end, cue, speaker, qtype = said
    statement = clean(sent.text[start:end])
    if len(statement) < 8 or (WORDS_TO_COME.search(statement) and len(statement.split()) <= 4):
        return None  # "Avant de conclure en ces termes.": the words come in the next sentence
    if start > 0 and not sent.text[:start].rstrip().endswith(":") and len(statement.split()) < 3 \
            and not find_quotes(statement):
        return None  # "…, a-t-il dénoncé les expulsions.": an object, not a statement
    if cue == "agree" and re.match(r"to\s", statement) and (speaker is None or speaker.person is None) \
            and not find_quotes(statement):
        return None  # "The two governments agreed to pursue…": a decision taken, not words said
    start = _with_verb(sent, start, cue, qtype)
    statement = clean(sent.text[start:end])
    person = speaker.person if speaker else None
    via = next((o.key for o in sent.mentions.orgs if o.kind == "agency"), None)
    state = speaker.state if speaker else None
    if state:
        ctx.acting_states.add(state)
    parts = [ctx.article.id, sent.start + start, sent.start + end]
    if speaker is not None and speaker.kind == "member":
        parts.append(person.key)  # one statement of several speakers: one position each
    about = meeting_key if _meeting_words().search(sent.text) else None
    return Position(
        key=digest(*parts), text=statement, quote_type=qtype, cue=cue,
        speaker=person.key if person else None,
        speaker_kind=speaker.kind if speaker else "anonymous",
        speaker_label=(speaker.label if speaker else None),
        speaker_org=speaker.org if speaker else None,
        speaker_state=state, date=_statement_date(ctx, sent, start), meeting=about, via=via,
        evidence=ctx.evidence(sent, start, end, f"rule:{qtype}-speech", 0.8 if person else 0.6),
    )


def _with_verb(sent: Sentence, start: int, cue: str | None, qtype: str) -> int:
    """Where a reported statement begins when its verb is part of what was stated: "X commended US
    aid to…", "les deux ministres ont discuté des préparatifs…" (the verb and its auxiliary are
    taken in). Not for a verb of saying whose content follows "que"/"that" or a quotation."""
    if qtype == "direct" or not cue or _cue_kinds(sent.doc.lang_).get(cue) not in STATED_VERB_KINDS:
        return start
    lemma = re.sub(r"^(?:se\s+|s')", "", cue)  # "s'est réjoui de…", "se sont accordés sur…": the reflexive cue's verb
    verbs = [t for t in sent.doc if t.idx + len(t.text) <= start and fold(t.lemma_.lower()) == lemma and t.pos_ in ("VERB", "AUX")]
    if not verbs:
        return start
    verb = verbs[-1]
    gap = sent.text[verb.idx + len(verb.text):start]
    if len(gap) > 40 or VERB_GAP_STOPS.search(gap):
        return start
    aux = [c for c in verb.children if (c.dep_ in ("aux", "aux:tense", "aux:pass") or c.lower_ in ("se", "s'", "s’"))
           and c.i < verb.i and verb.idx - c.idx < 30 and "," not in sent.text[c.idx:verb.idx]]
    return min([verb.idx] + [c.idx for c in aux])


@cache
def _cue_kinds(lang: str) -> dict[str, str]:
    """Cue (folded, as positions carry it) → its kind (lexicon "cues")."""
    return {fold(k): v for k, v in lexicon(lang)["cues"].items()}


#: Kinds of cue whose verb says the stance itself ("commended", "a salué", "reaffirmed"), unlike a
#: verb of saying ("said", "a déclaré", "a précisé") that only reports words.
STATED_VERB_KINDS = frozenset({"welcome", "praise", "express", "stress", "reaffirm", "reiterate", "agree", "commit",
                               "promise", "condemn", "denounce", "deplore", "regret", "recall", "acknowledge", "wish",
                               "hope", "urge", "call_for", "propose", "demand", "advocate", "criticise", "accuse", "note"})
#: What between a verb and its statement says the verb only reports it.
VERB_GAP_STOPS = re.compile(r"\b(?:que|qu['’]|that|whether|si)\b|[«“\"”»:;,(]", re.I)


def _statement_date(ctx: Context, sent: Sentence, start: int) -> DateValue | None:
    """A date inside a statement is what it speaks about, not when it was said: the statement is
    dated by the article unless the cue itself carries a date."""
    cue_dates = [d for d in sent.dates if re.match(r"\s*(?:,|$)", sent.text[d.end - sent.start:])
                 and d.start - sent.start < start]
    if cue_dates:
        return cue_dates[0].value
    return DateValue(ctx.published.isoformat(), ctx.published.isoformat(), True) if ctx.published else None


def _remember(ctx: Context, sent: Sentence, found: list, recent: list[PersonCluster]) -> None:
    """Persons of the sentence become antecedents for the next pronoun; the speaker, the most
    salient, goes last."""
    speakers = [sp.person for *_, sp, _ in found if sp is not None and sp.person is not None]
    # "Le chef de la diplomatie française a abordé…" then "a-t-il déclaré": a title that names
    # one known person makes that person the antecedent too.
    for t in sent.mentions.titles:
        if not any(p.start >= t.end and p.start - t.end < 4 for p in sent.mentions.persons):
            titled = person_by_title(ctx, t.role_type, t.state, t.gender, recent)
            if titled is not None and titled not in speakers:
                _move_last(recent, titled)
    before = recent[-1] if recent else None
    for p in sent.mentions.persons:
        person = ctx.person_spans.get((sent.start + p.start, sent.start + p.end))
        if person is not None and person not in speakers:
            _move_last(recent, person)
    # The subject stays the most salient after the persons its sentence names in passing ("Il a
    # rappelé l'appel du président X. « … », a-t-il souligné" is not X).
    subject = _subject_person(ctx, sent, before)
    if subject is not None and subject not in speakers:
        _move_last(recent, subject)
    for person in speakers:
        _move_last(recent, person)


def _subject_person(ctx: Context, sent: Sentence, before: PersonCluster | None) -> PersonCluster | None:
    """The person the sentence's main clause is about: a named subject, or the antecedent a
    subject pronoun opening the sentence goes on with."""
    for tok in sent.doc:
        if tok.dep_ not in ("nsubj", "nsubj:pass") or tok.head.dep_ != "ROOT":
            continue
        person = sent.person_at(tok.idx, tok.idx + len(tok.text), ctx)
        if person is not None:
            return person
        gender = table_of_all("speech_pronouns").get(fold(tok.text))
        if tok.i == 0 and gender is not None and before is not None and before.gender in (None, gender):
            return before
        return None
    return None


def _move_last(recent: list[PersonCluster], person: PersonCluster) -> None:
    if person in recent:
        recent.remove(person)
    recent.append(person)
