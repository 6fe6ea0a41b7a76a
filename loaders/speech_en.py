"""English speech: the cue strategies of English sentences, in the order they are tried.

The same engine as French (:mod:`diplograph.loaders.speech`: speaker resolution, quotation types,
members of groups) with English shapes: "“…,” X said", "“…,” said X", "X said (that) …",
"…, X said.", "According to X, …", "…, according to X.", "X told reporters …", "…, adding that …".
English reporting verbs are read from the dependency parse; see :data:`STRATEGIES`.
"""
from __future__ import annotations

import re
from functools import cache

from diplograph.loaders.lexicon import alternation, lexicon
from diplograph.loaders.meeting_triggers import noun_regex
from diplograph.loaders.speakers import Speaker, pronoun_speaker
from diplograph.loaders.speech import GOES_ON, INSTITUTIONS, Reading, folded, follow_up, named_colon, not_statement_object, quoted_as, quotes_in, reports_event, subject_span, whole_quotation
from diplograph.loaders.text import fold

__all__ = ["STRATEGIES"]

#: "…, according to the readout.", "According to X, …"
ACCORDING_START_EN = re.compile(r"^\s*(?:(?:But|And|Yet)\s+)?according\s+to\s+(?P<who>[^,]{2,80}?)\s*,\s*", re.I)
# ("according to Foreign Affairs Spokesperson, Meles Alem.": a comma between the title and the name)
ACCORDING_END_EN = re.compile(r"(?:,\s*|\s+)according\s+to\s+(?P<who>[^,;“”\"]{2,80}?"
                              r"(?:,\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})?)\s*[.!]?\s*$")
#: What may stand between a closing quotation mark and the attribution: "," is inside the marks in English.
# "made the point that …", "made it clear that …": a statement with "make".
MADE_CLEAR = re.compile(r"\s+(?:the\s+point|it\s+clear|clear)\s+that\s+", re.I)
AFTER_QUOTE_EN = re.compile(r"\s*[”\"]\s*,?\s*")
#: The end of a statement before its attribution tail: "…, two diplomats in the region said."
#: ("…, while conveying his thanks, stated…": "while" before a participle opens no clause of its own.)
CONTRAST_EN = re.compile(r"(?:,\s*|\s+)(?:while|whereas)\s+(?![a-z]+ing\b)|;\s*", re.I)


@cache
def _follow_up_en() -> re.Pattern:
    """"…, adding that …": more words of the same speaker ("…," X said adding that …: the comma may
    be missing before a participle and its "that")."""
    return re.compile(rf"(?:,\s*|\s+(?=(?:{follow_up('en')})\s+that\b))(?P<p>{follow_up('en')})\s+(?:that\s+)?", re.I)


def _direct(cue: str | None) -> bool:
    """Verbs whose words need no "that": "called for …", "urged X to …", "welcomed …"."""
    return cue in folded("en", "direct_cues")


def negated_en(tok) -> bool:
    """"did not say", "declined to comment", "refused to say": a reporting verb that says nothing."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    return tok.head is not tok and fold(tok.head.lemma_) in folded("en", "not_said_verbs")


def cue_en(tok, cues: dict[str, str]) -> str | None:
    """The cue of an English reporting verb ("said" → "say", "called for" → "call_for"), or None."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    lemma = fold(tok.lemma_)
    if lemma == "call":
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.lower_ == "on":
            # "called on the parties to exercise restraint" asks; "called on FM X and discussed…"
            # is a courtesy call.
            after = tok.doc.text[nxt.idx + 2:nxt.idx + 100]
            return "call" if re.match(r"[^.;]{0,80}?\bto\s+[a-z]", after) else None
        return "call" if nxt is not None and nxt.lower_ == "for" else None
    if lemma == "make" and MADE_CLEAR.match(tok.doc.text, tok.idx + len(tok.text)):
        return "point"  # "made the point that …", "made it clear that …"
    if lemma == "point":
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        return "point" if nxt is not None and nxt.lower_ == "out" else None
    return lemma if lemma in cues and lemma != "according to" else None


def _follow_up(r: Reading, f: re.Match, end: int, speaker: Speaker) -> tuple:
    """"…, adding that …": more words of the same speaker, up to ``end``."""
    return f.end(), end, fold(f.group("p"))[:-3], speaker, r.quote_type(f.end(), end)


# --- the strategies ---------------------------------------------------------------------------


def quotation_then_cue(r: Reading) -> list | None:
    """"“…,” X said." / "“…,” said X." / "“…,” she added.": a quotation opening the sentence, then
    its cue; "…, adding that …" after the cue adds more words of the same speaker."""
    text, quotes = r.text, r.quotes
    if not (quotes and quotes[0][0] <= 3):
        return None
    q_start, q_end = quotes[0]
    tail = AFTER_QUOTE_EN.match(text, q_end)
    if tail is None or text[tail.end():tail.end() + 1] in ("", "“", "\""):
        return None
    for tok in r.sent.doc:
        if tok.idx < tail.end() or any(qs <= tok.idx < qe for qs, qe in quotes[1:]):
            continue
        if tok.is_punct and tok.text in ".;!?":
            break
        cue = cue_en(tok, r.cues)
        if cue is None:
            continue
        speaker = _incise_speaker(r, tok, tail.end())
        if speaker is None:
            break
        out = [(q_start, q_end, cue, speaker, "direct")]
        f = _follow_up_en().search(text, tok.idx)
        if f:
            out.append(_follow_up(r, f, len(text), speaker))
        return out
    return None


def _incise_speaker(r: Reading, tok, after: int) -> Speaker | None:
    """The subject of the cue after a quotation, before it ("X said") or after it ("said Lavrov")."""
    sub = subject_span(tok)
    if sub is None or sub[0] < after:
        # "“…,” said Lavrov": the subject after the verb, up to a comma or the end.
        verb_end = tok.idx + len(tok.text)
        m = re.match(r"\s*(?P<who>[^,.;“”\"]{2,80})", r.text[verb_end:])
        sub = (verb_end + m.start("who"), verb_end + m.end("who")) if m else None
    return r.speaker(sub[0], sub[1]) if sub else None


def according_to_opening(r: Reading) -> list | None:
    """"According to X, …": the clause after it, unless a named person in it speaks."""
    m = ACCORDING_START_EN.match(r.text)
    speaker = r.speaker(m.start("who"), m.end("who")) if m else None
    if speaker is None:
        return None
    inner = _verb_attribution(r, lo=m.end()) if speaker.person is None else []
    if inner and inner[0][3] is not None and inner[0][3].person is not None:
        return inner
    if speaker.kind in INSTITUTIONS and reports_event(r, m.end(), len(r.text)):
        return None  # "According to the ministry, X had a working meeting with Y": news, not a position
    return [(m.end(), len(r.text), "according_to", speaker, r.quote_type(m.end(), len(r.text)))]


def reporting_verbs(r: Reading) -> list | None:
    """"X called for …, while Y warned that …": reporting verbs with their subjects, clause by
    clause; in a clause without one, a quotation whose clause has a person for subject."""
    out = []
    bounds = [0, *[c.start() for c in CONTRAST_EN.finditer(r.text)], len(r.text)]
    for lo, hi in zip(bounds, bounds[1:]):
        found = _verb_attribution(r, lo, hi)
        if not found and r.quotes and any(lo <= qs < hi for qs, _qe in r.quotes):
            found = _quoted_subject(r, lo, hi)
        out += found
    return out or None


#: "The meeting, according to the ministry, discussed…": the source set off by commas mid-sentence.
ACCORDING_MID_EN = re.compile(r",\s*according\s+to\s+(?P<who>[^,;“”\"]{2,80}?)\s*,\s*(?=[a-z])")


def according_to_middle(r: Reading) -> list | None:
    """"The meeting, according to the ministry, discussed… and explored…": the words after the
    source (unless an institution tells of a meeting)."""
    m = ACCORDING_MID_EN.search(r.text)
    speaker = r.speaker(m.start("who"), m.end("who")) if m else None
    if speaker is None or (speaker.kind in INSTITUTIONS and reports_event(r, m.end(), len(r.text))):
        return None
    return [(m.end(), len(r.text), "according_to", speaker, r.quote_type(m.end(), len(r.text)))]


def according_to_closing(r: Reading) -> list | None:
    """"…, according to the readout.": the words before the cue (unless an institution tells of a meeting)."""
    m = ACCORDING_END_EN.search(r.text)
    speaker = r.speaker(m.start("who"), m.end("who")) if m else None
    if speaker is None or (speaker.kind in INSTITUTIONS and reports_event(r, 0, m.start())):
        return None
    return [(0, m.start(), "according_to", speaker, r.quote_type(0, m.start()))]


def passive_cue(r: Reading) -> list | None:
    """"The parties' interest in … was emphasized.", "Views were exchanged on …" is not one: a
    readout's passive cue with no agent states what was said, by no one named."""
    root = next((t for t in r.sent.doc if t.dep_ == "ROOT"), None)
    if root is None or r.quotes or cue_en(root, r.cues) is None or fold(root.lemma_) in folded("en", "passive_not_said"):
        return None
    if not any(c.dep_ == "auxpass" for c in root.children) or any(c.dep_ == "agent" for c in root.children):
        return None
    end = len(r.text.rstrip(" .")) if r.text.rstrip().endswith(".") else len(r.text)
    return [(0, end, cue_en(root, r.cues), Speaker(None, "document", "readout"), "indirect")]


def quotation_continues(r: Reading) -> list | None:
    """A quotation alone, right after a sentence opened by a quotation (or closed by a colon),
    continues the words of the speaker quoted just before."""
    ctx, sent, quotes = r.ctx, r.sent, r.quotes
    if not (quotes and quotes[0][0] <= 2 and r.recent and sent.index > 0):
        return None
    prev = ctx.sentences[sent.index - 1]
    whole = whole_quotation(r.text, quotes, " .!?”\"\n")
    prev_quotes = quotes_in(prev)
    if whole and prev_quotes and (prev_quotes[0][0] <= 3 or prev.text.rstrip().endswith(":")):
        return [(quotes[0][0], quotes[0][1], GOES_ON, r.previous_speaker(), "direct")]
    return None


@cache
def _mid_incise_en() -> re.Pattern:
    """", he said, " inside the words it attributes: a pronoun of the lexicon ("speech_pronouns",
    "plural_pronouns") and a verb, which the caller checks against the cues."""
    pronouns = alternation([*lexicon("en")["speech_pronouns"], *lexicon("en")["plural_pronouns"]])
    # ", the minister said, …": a definite subject of one to three lower-case words stands as the pronoun does.
    return re.compile(rf",\s*(?:(?P<pron>{pronouns})|(?P<who>the(?:\s+[a-z][\w-]*){{1,3}}))\s+(?:also\s+)?"
                      rf"(?P<verb>[a-z]+)\s*,", re.I)


def mid_incise(r: Reading) -> list | None:
    """"Serbia's decision, he said, is a step back": an incise inside the statement makes the
    whole sentence the words of the pronoun's person."""
    m = _mid_incise_en().search(r.text)
    if not (m and m.start() > 3):
        return None
    if m.group("pron") and any(cue_en(t, r.cues) for t in r.sent.doc if t.idx < m.start()):
        return None  # ("X said one of his priorities is Y, a country with which, he says, …": X's words)
    # (", the minister said," after "The government has called on…": the minister tells all of it.)
    tok = next((t for t in r.sent.doc if t.idx == m.start("verb")), None)
    cue = cue_en(tok, r.cues) if tok is not None else None
    if cue is None:
        return None
    if m.group("pron"):
        speaker = pronoun_speaker(r.ctx, m.group("pron"), r.recent, r.sent)
    else:
        speaker = r.speaker(m.start("who"), m.end("who"))
    if speaker is None:
        return None
    return [(0, len(r.text), cue, speaker, r.quote_type(0, len(r.text)))]


def source_of_report(r: Reading, found: list) -> list:
    """"The ministers stressed X, according to Spokesperson Y": the person a closing "according to"
    names is the source of what a group, an institution or nobody named is reported to have said."""
    m = ACCORDING_END_EN.search(r.text)
    source = r.speaker(m.start("who"), m.end("who")) if m and found else None
    if source is None or source.person is None:
        return found
    return [(a, min(b, m.start()), cue, source if sp is None or sp.person is None else sp, qt)
            for a, b, cue, sp, qt in found]


#: The English cue strategies, in the order they are tried.
STRATEGIES = (
    quotation_then_cue,    # “…,” X said.
    mid_incise,            # …, he said, …
    according_to_opening,  # According to X, …
    reporting_verbs,       # X said (that) … / …, X said.
    according_to_closing,  # …, according to X.
    according_to_middle,   # The meeting, according to X, discussed …
    named_colon,           # X: “…”
    quotation_continues,   # “…” after a quoted speaker
    passive_cue,           # The importance of … was stressed.
)


# --- reporting verbs --------------------------------------------------------------------------


def _verb_attribution(r: Reading, lo: int = 0, hi: int | None = None) -> list:
    """The first reporting verb with a subject in [lo, hi) of the sentence (main clauses first)."""
    hi = len(r.text) if hi is None else hi
    toks = [t for t in r.sent.doc if lo <= t.idx < hi]
    for tok in sorted(toks, key=lambda t: (t.dep_ in ("relcl", "acl", "advcl", "csubj", "pcomp"), t.i)):
        cue = _reporting_cue(r, tok, lo, hi)
        if cue is None:
            continue
        sub = subject_span(tok)
        if sub is None or not lo <= sub[0] < hi:
            continue
        speaker = r.speaker(sub[0], sub[1])
        if speaker is None:
            continue
        if speaker.person is None and _press(r.text[sub[0]:sub[1]]) and not r.quotes:
            return []  # "…, Vietnamese state media reported": the press tells news
        span = _content(r, tok, cue)
        if span is not None:
            return _verb_statements(r, tok, cue, speaker, span, lo, hi)
    return []


def _reporting_cue(r: Reading, tok, lo: int, hi: int) -> str | None:
    """The cue of a token that reports words here, or None (quoted, negated, an act, a greeting,
    or under another cue)."""
    cue = cue_en(tok, r.cues)
    if cue is None or r.quoted(tok.idx) or negated_en(tok) or not_statement_object("en").match(r.text, tok.idx + len(tok.text)):
        return None
    if tok.tag_ == "VBG" and cue not in folded("en", "saying_verbs") and not quoted_as(tok):
        return None  # "…held talks, agreeing to expand trade": an act
    if cue == "welcome" and any(c.dep_ == "dobj" and (c.pos_ == "PROPN" or r.sent.person_at(c.idx, c.idx + len(c.text), r.ctx)
                                                      or fold(c.lemma_) in noun_regex("en")[1])
                                for c in tok.children):
        return None  # "X welcomed Guyana's President Y", "welcomed the visit of Y": a host greeting guests
    if any(cue_en(a, r.cues) and not r.quoted(a.idx) and lo <= a.idx < hi for a in tok.ancestors):
        return None  # "X said the leaders had agreed…": the outer verb speaks
    return cue


def _verb_statements(r: Reading, tok, cue: str, speaker: Speaker, span: tuple[int, int], lo: int, hi: int) -> list:
    """The statement of a reporting verb within [lo, hi), its follow-up ("…, adding that …"), or
    the words of a person it relays; none when an institution tells of a meeting."""
    start, end = span
    # (The words before an inverted "…, two diplomats said." may span earlier clauses.)
    start, end = (start if start < tok.idx else max(start, lo)), min(end, hi)
    if tok.dep_ == "conj" and tok.head.i < tok.i and any(tok.head.idx < qs < tok.idx for qs, _qe in r.quotes):
        start = max(tok.head.idx, lo)  # "X thanked Moscow for its “principled position” and said…": both
    if start > tok.idx:
        end = _trim_tail(r.text, start, end)
    if speaker.kind in INSTITUTIONS and reports_event(r, start, end):
        return []  # "X spoke by phone with Y, the State Department said": news, not a position
    out = [(start, end, cue, speaker, r.quote_type(start, end))]
    if speaker.person is None and start > tok.idx:
        relayed = _relayed(r, start, end)
        if relayed:
            return relayed
    # (after the words, or after the verb of an inverted "…, X said, adding that …")
    f = _follow_up_en().search(r.text, start if start > tok.idx else tok.idx, hi)
    if f:
        out.append(_follow_up(r, f, hi, speaker))
    return out


def _content(r: Reading, tok, cue: str) -> tuple[int, int] | None:
    """The words a reporting verb introduces: its clausal complement (after it, or before it in
    "…, X said"), else for verbs that take their content directly, what follows the verb."""
    made = MADE_CLEAR.match(r.text, tok.idx + len(tok.text)) if fold(tok.lemma_) == "make" else None
    if made:
        return made.end(), len(r.text)
    comps = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "parataxis") and not (c.dep_ == "xcomp" and c.i < tok.i)]
    after = [c for c in comps if c.i > tok.i]
    before = [c for c in comps if c.i < tok.i]
    if before and not after:
        # "…, two diplomats in the region said." / "“…,” X said": the words before the subject.
        sub = subject_span(tok)
        cut = r.text.rfind(",", 0, sub[0] if sub else tok.idx)
        return (0, cut) if cut > 0 else None
    if after:
        return _complement(r, tok, cue, after[0]), len(r.text)
    return _direct_content(r, tok, cue)


def _complement(r: Reading, tok, cue: str, c) -> int:
    """Where the words of a clausal complement start ("said (that) …", "told reporters that …")."""
    text, verb_end = r.text, tok.idx + len(tok.text)
    start = c.left_edge.idx
    if cue in folded("en", "verbs_without_addressee"):
        # "diplomats said divisions among the members ruled out…": "say" has no addressee, so an
        # object the parse split from the complement is part of the words.
        objects = [o for o in tok.children if o.dep_ == "dobj" and tok.i < o.i < c.i]
        if objects:
            start = min(start, objects[0].left_edge.idx)
    if c.left_edge.lower_ == "that":
        start = c.left_edge.idx + len(c.left_edge.text) + 1
    # "told reporters that…": "that" may come after an object the parse put in the complement.
    m = re.match(r"(?:\s+[^,;:“”\"]{0,60}?)?\s+that\s+", text[verb_end:])
    if m and (re.search(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|could|should|may|might|must|"
                        r"it|there)\b", m.group(0), re.I)
              or any(t.pos_ == "VERB" and verb_end <= t.idx < verb_end + m.end() for t in r.sent.doc)):
        m = None  # "said it is vital that…", "said such incidents bolster the case that…": the "that" is theirs
    if m and verb_end + m.end() > start and not any(qs < verb_end + m.end() for qs, _qe in r.quotes if qs > verb_end):
        start = verb_end + m.end()
    return max(start, verb_end)


def _direct_content(r: Reading, tok, cue: str) -> tuple[int, int] | None:
    """"called for …", "welcomed …": the words right after a verb that takes them directly (or
    before a quotation), when they are more than an object."""
    text, verb_end = r.text, tok.idx + len(tok.text)
    if not (_direct(cue) or _direct(r.cues.get(cue)) or any(qs > verb_end for qs, _qe in r.quotes)):
        return None
    m = re.match(r"\s+(?:that\s+)?", text[verb_end:])
    start = verb_end + (m.end() if m else 0)
    phrase = re.match(r"[^,;.]*", text[start:]).group(0)
    if len(phrase.split()) < 4 and not any(start <= qs <= start + len(phrase) for qs, _qe in r.quotes):
        follow = _follow_up_en().match(text, start + len(phrase))
        if follow:
            return follow.end(), len(text)  # "expressed concern, saying it was…": the words are the participle's
        return None  # "welcomed the offer": an object, not words
    return (start, len(text)) if len(text[start:].strip(" .")) >= 8 else None


def _trim_tail(text: str, start: int, end: int) -> int:
    """Where a statement ends before its tail: ", according to …", ", adding that …"."""
    m = ACCORDING_END_EN.search(text[:end])
    if m and m.start() > start:
        end = m.start()
    f = _follow_up_en().search(text, start, end)
    return f.start() if f else end


def _relayed(r: Reading, start: int, end: int) -> list | None:
    """"The readout said Merz stressed that…": a named person's words passed on by a document."""
    for tok in r.sent.doc:
        if not start <= tok.idx < end or cue_en(tok, r.cues) is None:
            continue
        sub = subject_span(tok)
        if sub is None or r.sent.person_at(*sub, r.ctx) is None:
            continue
        span = _content(r, tok, cue_en(tok, r.cues))
        speaker = r.speaker(sub[0], sub[1])
        if span and span[0] > tok.idx and speaker is not None:
            return [(span[0], min(span[1], end), cue_en(tok, r.cues), speaker, r.quote_type(span[0], end))]
    return None


@cache
def _press_regex() -> re.Pattern:
    words = sorted(lexicon("en").get("press_sources", []), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})\b", re.I)


def _press(who: str) -> bool:
    return bool(_press_regex().search(who))


def _quoted_subject(r: Reading, lo: int, hi: int) -> list:
    """"Ali offered to supply gas at “preferential prices”": a quotation in a clause whose subject
    is a person, with no reporting verb."""
    first_quote = min(qs for qs, _qe in r.quotes if lo <= qs < hi)
    found = []
    for tok in r.sent.doc:
        if not lo <= tok.idx < min(hi, first_quote) or tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("ROOT", "conj", "advcl"):
            continue
        sub = subject_span(tok)
        if sub is None or not lo <= sub[0] < hi or sub[1] > first_quote:
            continue
        speaker = r.speaker(sub[0], sub[1])
        if speaker is not None and speaker.kind in ("person", "official", "state", "organization"):
            found = [(tok.idx, hi, fold(tok.lemma_), speaker, r.quote_type(tok.idx, hi))]
    # The clause nearest the quotation speaks: "X hosted Y as the visiting diplomat sought to “…”".
    return found
