"""Posts: linking titles to the persons who hold them.

Patterns, all within one sentence:

- title then name: "le président américain Donald Trump", "La porte-parole du
  ministère kényan des Affaires étrangères, Grace Wanjiru"
- name then apposition: "Tammy Bruce, porte-parole du département d'État",
  "M. X, récemment nommé ambassadeur de Pékin à Canberra"
- "son homologue X" takes the title of the counterpart and the other state.
- two posts of one person joined by "et" or listed after the name ("X, ministre d'État,
  ministre des Affaires étrangères"; "ministre des Sports et ancienne ambassadrice").

Across sentences, only when unambiguous: an unnamed title ("la ministre chilienne des
Affaires étrangères est arrivée…") and the one new title-less name of the next sentences.

A state comes from the title itself (demonym, "de Russie", "de Moscou"), from its
organisation, or from the person's delegation (head or listed member); "à Washington" is the
receiving state; "sa porte-parole" takes the state of the subject it refers to.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

from diplograph.loaders.context import GUESS, TEXT, Context, Sentence
from diplograph.loaders.facts import DateValue, RoleHolding
from diplograph.loaders.gazetteer import Gazetteer
from diplograph.loaders.lexicon import alternation, words_of_all
from diplograph.loaders.mentions import PersonMention, TitleMention, roles_table
from diplograph.loaders.text import find_quotes, fold, quotation_spans

__all__ = ["link_titles", "delegation_heads", "delegation_members", "host_state", "states_from_peers"]

# Words that may stand between a name and its title: "X, récemment nommé ambassadeur".
# Each word ends at a word boundary ("l'" and "ex-" at their punctuation): without the \b,
# "nouvelle" also reads as "nouvel" + "le" and a run of such words backtracks exponentially.
APPOSITION_GAP = re.compile(
    r"^\s*(?:,|\(|–|—|-)\s*(?:(?:l['’]|ex-|(?:le|la|les|un|une|son|sa|leur|actuel|actuelle|nouvel|nouveau|nouvelle|"
    r"récemment|nommé|nommée|désigné|désignée|devenu|devenue|qui\s+est|désormais|alors|lui-même|elle-même|"
    # "A, B et C, respectivement nouveaux ambassadeurs de…": one plural title for a list of names.
    r"respectivement|nouveaux|nouvelles|nommés|nommées|"
    # "X, qui occupe le poste de…", "X, qui exerce les fonctions d'…", "X, qui était jusqu'ici"
    r"qui\s+(?:occupe|occupait|exerce|exerçait)\s+(?:le\s+poste|les\s+fonctions)\s+(?:de|d['’])|"
    r"qui\s+(?:a\s+été|était|fut)|"
    # "X, en sa qualité d'envoyé spécial…"
    r"également|aussi|ancien|ancienne|ex|futur|future|et)\b|en\s+(?:sa\s+)?qualité\s+(?:de\s|d['’]))\s*)*$",
    re.I,
)
#: "l'accréditation de M. X comme ambassadeur de Tunisie", "the appointment of X as ambassador to…":
#: the post a person is named to.
AS_POST = re.compile(r"\s+(?:comme|en\s+tant\s+que|as|en\s+(?:sa|leur)\s+qualité\s+d(?:e\s+|['’])|en\s+qualité\s+d(?:e\s+|['’])|"
                     r"in\s+(?:his|her|their)\s+capacity\s+as)\s*(?:(?:le|la|l['’]|nouvel|nouveau|nouvelle|the|new)\s*)?", re.I)
# "X is the Head of Mission for Italy", "X est le nouvel ambassadeur du Japon": a copula names the post.
COPULA_POST = re.compile(r"\s+(?:is|was|est|était)\s+(?:(?:also|now|currently|aussi|désormais|actuellement)\s+)?"
                         r"(?:the|le|la|l['’])\s*(?:(?:new|nouvel|nouveau|nouvelle)\s+)?", re.I)
# What may stand between a title and its holder's name. The optional capitalised demonym ("le
# ministre, l'Algérien X") keeps its capital under re.I, or "salue" in "le président salue Mme X"
# would read as one and give the title to the person greeted.
TITLE_NAME_GAP = re.compile(
    # "le Premier ministre sortant (Nagib X)": a qualifier and a bracket may come between.
    # "le directeur général de l'Agence… (AIEA), X": the organisation's acronym may close the title.
    r"^\s*(?:\(\s*[A-ZÀ-Ý][A-ZÀ-Ý0-9.&-]{1,11}\s*\)\s*)?(?:(?:sortante?|démissionnaire|intérimaire|par\s+intérim)\s*)?\(?\s*(?:des\s+deux\s+pays|de\s+leurs?\s+pays|de\s+leurs?\s+gouvernements?)?[\s,]*(?:respectivement\s+)?(?:(?:l['’]|le\s+|la\s+)?(?-i:[A-ZÀ-Ý])[a-zà-ÿ-]+(?:ne|ais|aise|ien|ienne|ain|aine|ois|oise|an|ane|e|ien)\s+)?(?:(?:(?:Son|Sa|Leurs?)\s+Excellences?|S\.\s?E\.|SEMme|SEM|SE)\s+)?"
    r"(?:(?:M\.|Mme|MM\.|Mlle|Monsieur|Madame|le|la|l['’])\s*)?"
    r"(?:(?:prince|princesse|cheikh|cheikha|sheikh|émir|roi|reine|sultan|général|maréchal|colonel|"
    r"docteur|professeur|Dr\.?|Pr\.?|(?:très\s+)?honorable)\s+)?$",
    re.I,
)
APPOSITION_GAP_EN = re.compile(
    r"^\s*(?:,|\(|–|—|-)\s*(?:(?:the|a|an|his|her|its|their|now|currently|then|who\s+is|who\s+was|also|newly|recently|"
    r"appointed|named|and|former|ex-|late|outgoing|respectively|new|"
    # "X, who has been serving as the Indian High Commissioner since…"
    r"who\s+(?:has\s+been|had\s+been|was|is)?\s*(?:serving|served|serves|working|acting)\s+as|"
    r"who\s+(?:has\s+)?(?:served|serves)\s+as|in\s+(?:his|her|their)\s+capacity\s+as)\b\s*)*$", re.I)
INVERTED_SUBJECT_EN = re.compile(r",\s*(?:a|an|one|two|three)\s+$", re.I)
#: "a Philippine diplomat present at the meeting", "another senior official": nobody in particular.
GENERIC_EN = re.compile(r"\b(?:a|an|another|several|some|one|two|three|many)\s+"
                        r"(?:(?!(?:by|of|to|for|with|from|at|in|on)\b)[\w.'’-]+\s+){0,2}$", re.I)
#: Titles that say no post ("le diplomate tunisien", "the official"): a word for someone already named.
GENERIC_TITLES = frozenset({"diplomat", "official"})
#: "Ms Wong, who was accompanied by Defence Minister Richard Marles": of the same side.
ACCOMPANIED_EN = re.compile(r"\b(?:accompanied|joined|flanked)\s+by\s+(?:the\s+|his\s+|her\s+)?$", re.I)
JOINED_BEFORE = re.compile(r"^\s*(?:(?:et|and)\s+|/\s*)$", re.I)
JOINED_AFTER = re.compile(r"^\s*,?\s*(?:et|and)\s+(?:(?:ancien|ancienne|ex|actuel|actuelle|futur|future)(?:\s+|-))?$", re.I)
# "X, ministre d'État, ministre des Affaires étrangères, …": a list of posts after one name.
LISTED_AFTER = re.compile(r"^\s*,\s*$")
DELEGATION = re.compile(
    r"\bdélégation\s+(?P<who>[\w'’ -]{0,40}?)\s*(?:,\s*)?(?:était\s+|est\s+|sera\s+|a\s+été\s+)?"
    r"(?:conduite|menée|dirigée|emmenée|présidée|représentée|pilotée)\s+par\s+",
    re.I,
)
# "une délégation ghanéenne comprenant le ministre X et…", "la délégation de la Guinée, composée
# du ministre Y": the members act for the delegation's state, not for the dateline's.
MEMBERS = re.compile(
    r"\b(?:comprenant|incluant|composée?\s+(?:notamment\s+)?(?:de|du|des|d['’])|formée?\s+(?:de|du|des|d['’])|"
    r"qui\s+(?:comprend|comprenait|compte|comptait|inclut|incluait)|dont\s+(?:faisai(?:en)?t|font|fait)\s+partie)\b",
    re.I,
)
# "Bakou … était représentée par sa chargée d'affaires, X": the state speaks through X.
REPRESENTED = re.compile(r"\b(?:était|est|sera|a\s+été|étaient|sont)?\s*(?:représentée?s?|incarnée?s?)\s+par\s+", re.I)
# English: "The Iranian delegation was led by X", "Venezuela was represented by X", "X headed the
# American team".
DELEGATION_EN = re.compile(r"\b(?P<who>(?:[A-Z][\w.'’-]*\s+){1,3})(?:delegation|team|side)\s*,?\s+(?:(?:was|is|will\s+be|"
                           r"had\s+been|were)\s+)?(?:led|headed|chaired|represented)\s+by\s+")
REPRESENTED_EN = re.compile(r"\b(?:was|is|will\s+be|were|are|had\s+been)\s+represented\s+by\s+")
HEAD_OF_EN = re.compile(r"\b(?:led|headed|leads|heads|chaired)\s+the\s+(?P<who>[\w.'’ -]{0,30}?)\s*(?:delegation|team|side)\b")


def _pick(sent: Sentence, french: re.Pattern, english: re.Pattern) -> re.Pattern:
    """The sentence's language's version of a pattern."""
    return english if sent.doc.lang_ == "en" else french


@cache
def _honorific_dot() -> re.Pattern:
    """The full stop of "M." or "Dr." (an abbreviated honorific of the lexicons): not the end of a clause."""
    short = {f[:-1] for f in words_of_all("honorifics") if re.fullmatch(r"[^\W\d_]+\.", f)}
    return re.compile(rf"\b(?:{'|'.join(sorted(short, key=lambda w: (-len(w), w)))})\.")


HEAD_OF = re.compile(r"\bà\s+la\s+tête\s+de\s+la\s+délégation\s+(?P<who>[\w'’ -]{0,30})", re.I)


#: What separates the items of a list of names and posts: a comma, or "et"/"and" before the last.
CHAIN_GAP = re.compile(r"\s*,\s*(?:(?:et|and|ainsi\s+que)\s+)?(?:(?:le|la|l['’]|the)\s+)?|\s+(?:et|and|ainsi\s+que)\s+(?:(?:le|la|l['’]|the)\s+)?",
                       re.I)


#: "…, le général de brigade aérienne X": a rank in lower case before a name of the list.
RANKED_GAP = re.compile(r"\s*,\s*(?:(?:et|and)\s+)?(?:le|la|the)\s+(?:[a-zéèêàâîôûç'’-]+\s+){1,4}")


def _names_first_list(sent: Sentence) -> list[tuple[TitleMention, PersonMention]]:
    """"…du chef de l'État, A, ministre d'État, secrétaire général, B, ministre des Relations
    extérieures, et C, commandant de la garde": a comma list of names each followed by its posts.
    A list that ends with a post is written name first (a list written post first ends with a
    name), so each post goes to the name before it; a post opening the list belongs to no one of it."""
    titles = [t for t in sent.mentions.titles  # not "président de la République" inside "directeur du cabinet du président…"
              if not any(u is not t and u.start <= t.start and t.end <= u.end for u in sent.mentions.titles)]
    items = sorted([*titles, *sent.mentions.persons], key=lambda x: x.start)
    text, pairs = sent.text, []
    chain: list = []
    for item in [*items, None]:
        gap = text[chain[-1].end:item.start] if chain and item is not None else ""
        if item is not None and (not chain or CHAIN_GAP.fullmatch(gap)
                                 or (isinstance(item, PersonMention) and RANKED_GAP.fullmatch(gap))):
            chain.append(item)
            continue
        persons = [x for x in chain if isinstance(x, PersonMention)]
        if len(persons) >= 2 and isinstance(chain[-1], TitleMention) \
                and all(isinstance(x, TitleMention) for x in chain[chain.index(persons[-1]) + 1:]) \
                and sum(isinstance(x, TitleMention) for x in chain[chain.index(persons[0]):]) >= 2 \
                and not any(t.plural for t in chain if isinstance(t, TitleMention)):
            owner = None
            for x in chain:
                if isinstance(x, PersonMention):
                    owner = x
                elif owner is not None:
                    pairs.append((x, owner))
            # the posts before the first name are nobody's in the list; kept out of other links
            pairs.extend((x, None) for x in chain[:chain.index(persons[0])])
        chain = [item] if item is not None else []
    return pairs


@cache
def _kin_before() -> re.Pattern:
    """A relative's noun and "of" right before a title (lexicon "kin_nouns")."""
    return re.compile(rf"\b(?:{alternation(words_of_all('kin_nouns'))})\s+(?:du|de\s+la|de\s+l['’]|des|de|of\s+the|of)\s*$", re.I)


def _link(sent: Sentence) -> list[tuple[TitleMention, PersonMention]]:
    pairs = []
    text = sent.text
    used_titles: set[int] = set()
    for t, p in _names_first_list(sent):
        used_titles.add(id(t))
        if p is not None:
            pairs.append((t, p))
    # "la compagne du président, X", "the wife of the President, X": X is the kin, not the holder.
    used_titles.update(id(t) for t in sent.mentions.titles if _kin_before().search(text[max(0, t.start - 40):t.start]))
    for t in sent.mentions.titles:
        # ("des" is left out: "la coprésidence des ministres…" is "de les", not an indefinite.)
        if re.search(r"(?:\b(?:un|une|d['’]un|d['’]une|plusieurs|certains|certaines)\s+(?:\w+\s+)?)$", text[max(0, t.start - 25):t.start], re.I) \
                or (sent.doc.lang_ == "en" and GENERIC_EN.search(text[max(0, t.start - 25):t.start])
                    and not (re.search(r",\s*(?:a|an)\s+(?:[\w.'’-]+\s+){0,2}$", text[max(0, t.start - 25):t.start])
                             and not re.match(r"\s+(?:said|says|told|added|wrote|stated)\b", text[t.end:]))):
            continue  # "un diplomate présent dans la salle, M. Kagame": generic, not Kagame's title
        listed = _listed_by_state(sent, t) if t.plural else []
        if listed:
            pairs.extend(listed)
            used_titles.add(id(t))
            continue
        if id(t) in used_titles:
            continue
        for i, p in enumerate(sent.mentions.persons):
            if p.start >= t.end and TITLE_NAME_GAP.match(_without_honorific(_without_rank(sent, t, p))) \
                    and not _ends_fronted_phrase(text, t, p) and not _apposed_between(sent, t, p):
                if t.plural:
                    pairs.extend(_distribute(sent, t, sent.mentions.persons[i:]))
                else:
                    pairs.append((t, p))
                used_titles.add(id(t))
                used_titles.update(id(u) for u in sent.mentions.titles if t.end <= u.start and u.end <= p.start)
                break
    for t in sent.mentions.titles:
        if id(t) in used_titles:
            continue
        if sent.doc.lang_ == "en" and INVERTED_SUBJECT_EN.search(text[max(0, t.start - 6):t.start]) \
                and re.match(r"\s+(?:said|says|told|added|wrote|stated|reported)\b", text[t.end:]):
            continue  # "…was represented by X, a government spokesman said": the speaker, not X's post
        # Some outlets write the title right after the name, capitalised and without a comma:
        # "Sami Gharbi Ministre des Affaires étrangères, a reçu…".
        before = [p for p in sent.mentions.persons if p.end <= t.start and not _heads_clause(sent, t, p) and (
            _pick(sent, APPOSITION_GAP, APPOSITION_GAP_EN).match(text[p.end:t.start])
            or AS_POST.fullmatch(text[p.end:t.start])
            or (COPULA_POST.fullmatch(text[p.end:t.start]) and not re.match(r"['’]s\b", text[t.end:]))
            or (re.fullmatch(r" ", text[p.end:t.start]) and text[t.start:t.start + 1].isupper()))]
        if before:
            listed = _listed_before(sent, before[-1]) if t.plural else []
            pairs.extend(_distribute(sent, t, listed, postings=True) if len(listed) > 1 else [(t, before[-1])])
            used_titles.add(id(t))
    # Two posts of one person joined by "et": "vice-Premier ministre et ministre des Affaires
    # étrangères, X", "X, ministre des Sports et ancienne ambassadrice…". With a determiner
    # ("le président X et le ministre…") the second title is another person's.
    # A chain ("the Tánaiste, Minister for Foreign Affairs and Minister for Defence, X") links one
    # post a round, from the one next to the name outwards.
    holder = {id(t): p for t, p in pairs}
    for _round in range(4):
        added = False
        for t in sent.mentions.titles:
            if id(t) in used_titles or t.plural or t.role_type == "counterpart":
                continue
            joined = next((u for u in sent.mentions.titles if id(u) in holder and (
                (u.end <= t.start and JOINED_AFTER.match(text[u.end:t.start]))
                or (u.end <= t.start and LISTED_AFTER.match(text[u.end:t.start]) and holder[id(u)].end <= u.start)
                or (t.end <= u.start and JOINED_BEFORE.match(text[t.end:u.start]))
                # "the Tánaiste, Minister for Foreign Affairs, Simon Harris": posts listed before one name.
                or (t.end <= u.start and LISTED_AFTER.match(text[t.end:u.start]) and holder[id(u)].start >= u.end))), None)
            if joined is not None and not _exclusive_posts(t.role_type, joined.role_type):
                pairs.append((t, holder[id(joined)]))
                holder[id(t)] = holder[id(joined)]
                used_titles.add(id(t))
                added = True
        if not added:
            break
    return pairs


#: Posts nobody holds together: "The Ambassador and President X discussed…" are two persons.
ENVOY_POSTS = frozenset({"ambassador", "charge_d_affaires", "consul", "diplomat", "envoy"})
LEADER_POSTS = frozenset({"head_of_state", "deputy_head_of_state", "head_of_government", "crown_prince"})


def _exclusive_posts(a: str, b: str) -> bool:
    return (a in ENVOY_POSTS and b in LEADER_POSTS) or (b in ENVOY_POSTS and a in LEADER_POSTS)


#: A name inside a prepositional phrase: "avec le président X", "with President X".
IN_PHRASE = re.compile(r"\b(?:avec|de|du|des|à|au|aux|par|pour|auprès\s+de|with|by|to|of|for)\s+(?:[\w’'.-]+\s+){0,3}$", re.I)


def _heads_clause(sent: Sentence, t: TitleMention, p: PersonMention) -> bool:
    """A title with its article and a verb right after it, after a name inside a phrase ("avec le
    président X, la ministre kenyane de la Défense s'est réjouie"), is the subject of its own
    clause, not an apposition to that name ("X, l'ambassadeur du Bénin a déclaré" is one)."""
    if not re.search(r"\b(?:la|le|l['’]|the)\s*$", sent.text[max(0, t.start - 4):t.start], re.I) \
            or not IN_PHRASE.search(sent.text[max(0, p.start - 30):p.start]):
        return False
    nxt = next((tok for tok in sent.doc if tok.idx >= t.end and not tok.is_space), None)
    return nxt is not None and (nxt.pos_ in ("VERB", "AUX") or nxt.lower_ in ("s'", "s’", "se"))


def _apposed_between(sent: Sentence, t: TitleMention, p: PersonMention) -> bool:
    """"X, President of Zambia, Y, President of Malawi": a title between commas right after a
    name is that name's apposition, not a post listed before the next name. With a determiner
    ("X, le ministre namibien, Y") it opens the next item of a list."""
    text = sent.text
    return "," in text[t.end:p.start] and any(
        q.end <= t.start and re.fullmatch(r"\s*,\s*", text[q.end:t.start])
        # (unless that name came after its own title and a comma: "Spain's Foreign Minister, X,
        # Foreign Minister of Somalia, Y" lists each title before its name)
        # ("the Minister for Fisheries, Mrs. X, Deputy Minister for Education, Dr. Y": honorifics too)
        and not any(u.end <= q.start and re.fullmatch(r"\s*,\s*", _without_honorific(text[u.end:q.start]))
                    for u in sent.mentions.titles)
        for q in sent.mentions.persons)


#: A diplomat's rank written as an honorific after the post: "Deputy Foreign Minister Ambassador X".
RANK = re.compile(r"^\s+(?:Ambassador|Amb\.)\s+$")


def _without_rank(sent: Sentence, t: TitleMention, p: PersonMention) -> str:
    """The gap between a title and a name, a rank title that opens the name left out."""
    gap = sent.text[t.end:p.start]
    if sent.doc.lang_ == "en" and t.role_type != "ambassador" and RANK.match(gap):
        return " "
    return gap


@cache
def _honorific_tail() -> re.Pattern:
    """Honorifics of any lexicon at the end of a gap: "Foreign Minister, Rt Hon X", "le ministre, Dr X"."""
    return re.compile(rf"(?:(?<=\s)|^)(?:(?:{alternation(words_of_all('honorifics'))})\s+)+$")


def _without_honorific(gap: str) -> str:
    """The gap between a title and a name, the honorifics that open the name left out."""
    return _honorific_tail().sub("", gap) or gap


#: Words that open a phrase put before the subject ("Lors de son entretien avec…", "Speaking about
#: his meeting with…"), lexicon "fronted_openers" of every language.
# (also a participle opening the sentence: "Greeting the Russian Foreign Minister, X highlighted…",
# "Accueillant le ministre russe, X a salué…")
FRONTED = re.compile(rf"^\s*(?:{alternation(words_of_all('fronted_openers'))}|(?-i:[A-Z][a-z]+ing|[A-ZÀ-Ý][a-zéè]+ant))\b[^,]*$")
FINITE_AFTER = re.compile(r"^\s+(?:a|ont|avait|avaient|est|sont|s['’]|se\s|n['’]|ne\s|[a-zé]+(?:e|a|it|ent)\b|"
                          r"said|says|told|added|noted|stressed|has|had|was|is|will|would|also|[a-z]+ed\b)")


def _ends_fronted_phrase(text: str, t: TitleMention, p: PersonMention) -> bool:
    """"Lors de son entretien avec la ministre des Affaires étrangères, M. X a évoqué…": the title
    closes a fronted phrase and the name after the comma is the subject, not an apposition."""
    return "," in text[t.end:p.start] and bool(FRONTED.match(text[:t.start])) and bool(FINITE_AFTER.match(text[p.end:]))


# "…, du Vietnam, Pham Van X": a state, a comma (or not), then the name it introduces.
STATE_THEN_NAME = re.compile(r"(?:\bde\s+la|\bdu|\bde\s+l['’]|\bdes|\bd['’]|\bde)\s*(?P<state>[^,;:()]{2,40}?)\s*,?\s*"
                             r"(?:(?:M\.|Mme|MM\.|S\.\s?E\.?(?:\s?M\.)?|SEM|SE)\s+)?$")


def _listed_by_state(sent: Sentence, t: TitleMention) -> list[tuple[TitleMention, PersonMention]]:
    """"les ambassadeurs de la Serbie, A, du Vietnam, B, et de la France, C": a plural title, then
    names each introduced by its state."""
    out = []
    head = re.match(r"\w+(?:-\w+)*", t.text)  # ("hauts-commissaires": each part singular)
    singular = re.sub(r"(\w+?)(?:s|x)\b", r"\1", head.group(0) if head else t.text)
    # ("…, C ainsi que les hauts-commissaires de l'Inde, D": the next plural title lists its own)
    stop = min((u.start for u in sent.mentions.titles if u.plural and u.start >= t.end), default=len(sent.text))
    for p in sent.mentions.persons:
        if p.start < t.end or p.start > stop:
            continue
        window_start = max(t.start + len(singular), p.start - 50)
        m = STATE_THEN_NAME.search(sent.text[window_start:p.start])
        if m is None:
            continue
        lo, hi = window_start + m.start("state"), window_start + m.end("state")
        # (the state nearest the name: "…de Moldova B et d'Ukraine, C")
        state = next((s for s in reversed(sent.mentions.states) if lo <= s.start and s.end <= hi and s.kind == "name"), None)
        if state is not None:
            out.append((TitleMention(t.start, t.end, singular, t.role_type, None, t.former, state.code, t.posted_to, t.org), p))
    return out if len(out) >= 2 else (_listed_by_demonym(sent, t, singular) or _listed_after_copula(sent, t))


#: "The new ambassadors are A, B…", "Les nouveaux ambassadeurs sont A…": a plural title, then its names.
COPULA_LIST = re.compile(r"\s*(?:are|were|include|included|sont|étaient|:)\s+", re.I)
#: A listed name's state before it ("Argentina's A") or after it ("A from Pakistan", "A, du Pakistan").
STATE_OWNS = re.compile(r"['’]s?\s+$")
STATE_AFTER = re.compile(r"\s*,?\s*(?:(?:from|of)\s+(?:the\s+)?|(?:de\s+la|du|de\s+l['’]|des|d['’]|de)\s*)$", re.I)


def _listed_after_copula(sent: Sentence, t: TitleMention) -> list[tuple[TitleMention, PersonMention]]:
    """"The new diplomats are Argentina's A, B from Pakistan, and C from Lesotho": a plural title
    as subject, then a list of names, each with its state before or after it."""
    text = sent.text
    names = [p for p in sent.mentions.persons if p.start >= t.end]
    if len(names) < 2 or not COPULA_LIST.match(text, t.end) or any(u.start >= t.end for u in sent.mentions.titles):
        return []
    singular = re.sub(r"(\w+?)(?:s|x)\b", r"\1", re.sub(r"^(?:new|nouveaux|nouvelles)\s+", "", t.text, flags=re.I))
    out = []
    for i, p in enumerate(names):
        nxt = names[i + 1].start if i + 1 < len(names) else len(text)
        prev = names[i - 1].end if i else t.end
        state = next((s.code for s in sent.mentions.states if s.kind == "name" and prev <= s.start and s.end <= p.start
                      and STATE_OWNS.match(text[s.end:p.start])), None) or next(
            (s.code for s in sent.mentions.states if s.kind == "name" and p.end <= s.start < nxt
             and STATE_AFTER.fullmatch(text[p.end:s.start])), None)
        out.append((TitleMention(t.start, t.end, singular, t.role_type, None, t.former, state, t.posted_to, t.org), p))
    return out if sum(1 for tm, _p in out if tm.state) >= 2 else []


def _listed_by_demonym(sent: Sentence, t: TitleMention, singular: str) -> list[tuple[TitleMention, PersonMention]]:
    """"les ambassadeurs chinois A, indonésien B, français C et américain D": a plural title, then
    names each introduced by a demonym (the first one closing the title)."""
    out, last = [], None
    for p in sent.mentions.persons:
        if p.start < t.end:
            continue
        dem = next((d for d in sent.mentions.states if d.kind == "demonym" and d.end <= p.start
                    and re.fullmatch(r"\s+", sent.text[d.end:p.start])), None)
        if dem is None:
            break
        # (an item whose name the model missed may stand between: ", indonésien Ibnu Hadi,")
        joined = dem.end <= t.end if last is None else re.fullmatch(
            r"(?:\s*,\s*[a-zà-ÿ-]+\s+(?:[A-ZÀ-Ý][\w'’-]+\s*){1,4})*\s*(?:,|et|and)\s*(?:et\s+)?", sent.text[last:dem.start])
        if not joined:
            break
        title = re.sub(r"\s+\S+$", "", singular) if dem.end <= t.end else singular
        out.append((TitleMention(t.start, t.end, title, t.role_type, None, t.former, dem.code, t.posted_to, t.org), p))
        last = p.end
    return out if len(out) >= 2 else []


#: What joins two names of a list: "A, B et C", "A, B and C".
LIST_JOIN = re.compile(r"\s*(?:,|et|and|ainsi\s+que|as\s+well\s+as)\s*(?:(?:M\.|Mme|Mr\.?|Ms\.?|SEM|SE)\s+)?")


def _listed_before(sent: Sentence, last: PersonMention) -> list[PersonMention]:
    """The names of a list that ends with ``last`` ("A, B et C, respectivement ambassadeurs…")."""
    persons = [p for p in sent.mentions.persons if p.end <= last.start]
    group = [last]
    for p in reversed(persons):
        if LIST_JOIN.fullmatch(sent.text[p.end:group[0].start]):
            group.insert(0, p)
        else:
            break
    return group


def _distribute(sent: Sentence, t: TitleMention, persons: list[PersonMention],
                postings: bool = False) -> list[tuple[TitleMention, PersonMention]]:
    """'Les ministres américain et français des Affaires étrangères, A et B': one title each, states in order.

    With ``postings`` (a title after the names: "A et B, respectivement ambassadeurs du Togo au Ghana
    et au Bénin"), the title's other states are the places of posting, in the order of the names.
    """
    group = [persons[0]]
    for p in persons[1:]:
        if re.fullmatch(r"\s*(?:\([^()]{1,40}\))?\s*(?:,|et|and|ainsi\s+que)\s*(?:(?:M\.|Mme)\s+)?(?:l['’]|le\s+|la\s+)?"
                        r"(?:[\w-]+\s+)?", sent.text[group[-1].end:p.start]) and not any(
                t2.start > group[-1].end and t2.end <= p.start for t2 in sent.mentions.titles):
            group.append(p)
        else:
            break
    states = [s for s in sent.mentions.states if t.start <= s.start < t.end and s.code != t.posted_to]
    singular = re.sub(r"^(\w+?)(?:s|x)\b", r"\1", t.text)
    singular = re.sub(r"\s+[\w-]+\s+et\s+[\w-]+(?=\s+(?:des|du|de)\b)", "", singular) if len(states) > 1 else singular
    # A name followed by its own apposition title ("…, le prince X, ministre saoudien…") ends the list.
    for i, p in enumerate(group[1:], start=1):
        if any(re.fullmatch(r"\s*,\s*", sent.text[p.end:t2.start]) for t2 in sent.mentions.titles if t2.start > p.end):
            group = group[:i]
            break
    out = []
    places = [s.code for s in sent.mentions.states if s.start >= t.start and s.code != t.state] if t.state and postings else []
    places = places if len(places) == len(group) else []
    own = next((s for s in sent.mentions.states if s.start >= t.start and s.code == t.state), None)
    if places and own is not None:
        singular = re.sub(r"^(\w+?)(?:s|x)\b", r"\1", re.sub(r"^(?:nouveaux|nouvelles|new)\s+", "", sent.text[t.start:own.end]))
    for i, p in enumerate(group):
        if places:
            state, posted_to = t.state, places[i]
        else:
            state = states[i].code if len(states) == len(group) else (t.state if len(group) == 1 else None)
            posted_to = t.posted_to
        out.append((TitleMention(t.start, t.end, singular, t.role_type, None, t.former, state, posted_to, t.org), p))
    return out


def _shared_title_states(ctx: Context, sent: Sentence, pairs: list[tuple[TitleMention, PersonMention]]):
    """"Les deux chefs d'État ont chargé leurs ministres des Affaires étrangères, A et B": a title
    shared through "leurs" and distributed over N names takes, in order, the states of the N
    persons the article named before (when they are exactly N states)."""
    groups: dict[tuple[int, int], list[int]] = {}
    for i, (t, _p) in enumerate(pairs):
        if t.state is None and re.search(r"\bleurs\s+$", sent.text[max(0, t.start - 7):t.start], re.I):
            groups.setdefault((t.start, t.end), []).append(i)
    if not groups:
        return pairs
    order: list[str] = []
    for c in ctx.persons:  # clusters in order of first mention
        state = ctx.person_state.get(c.key)
        if c.mentions and c.mentions[0][0] < sent.index and state and state not in order:
            order.append(state)
    out = list(pairs)
    for members in groups.values():
        if len(members) >= 2 and len(order) == len(members):
            for i, state in zip(members, order):
                out[i] = (replace(out[i][0], state=state), out[i][1])
    return out


def _without_states(sent: Sentence, t: TitleMention) -> str:
    """The counterpart's title without its own state: "président angolais" → "président"."""
    title = t.text
    for st in sorted((x for x in sent.mentions.states if t.start <= x.start < t.end), key=lambda x: -x.start):
        a, b = st.start - t.start, st.end - t.start
        # A demonym used as a noun is a portfolio of its own: "… de la Coopération régionale et des
        # Burkinabè de l'extérieur" → "… de la Coopération régionale".
        noun = re.search(r"(?:\s*,\s*(?:et\s+)?|\s+et\s+)(?:des|aux)\s+$", title[:a]) if st.kind == "demonym" else None
        if noun:
            title = title[:noun.start()]
            continue
        before = re.search(r"\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*$", title[:a]) if st.kind != "demonym" else None
        a = before.start() if before else a
        rest = re.sub(r"^['’]s?\s+", "", title[b:].lstrip())  # "India's External Affairs Minister"
        title = (title[:a].rstrip() + " " + rest).strip()
    return re.sub(r"\s+", " ", title)


def _strip_states(gaz: Gazetteer, title: str) -> str:
    """A title as written elsewhere, without its state: "Saudi Minister of Foreign Affairs" →
    "Minister of Foreign Affairs", "ministre français des Affaires étrangères" → "ministre des
    Affaires étrangères" (what :func:`_without_states` does for a title of the sentence)."""
    for m in sorted(gaz.demonyms.find(title) + gaz.names.find(title), key=lambda m: -m.start):
        before = re.search(r"\s*(?:\b(?:of|de\s+la|de\s+l['’]|du|de|d['’])\s*)?$", title[:m.start])
        after = re.match(r"(?:['’]s)?", title[m.end:])
        title = title[:before.start() if m.entry.kind != "demonym" else m.start] + title[m.end + after.end():]
    return re.sub(r"\s+", " ", title).strip(" ,") or title


def _parenthetical_states(ctx: Context, sent: Sentence) -> None:
    """'Félix Tshisekedi (RDC)': the state in brackets right after a name is the person's.
    'l'Algérien Ahmed Attaf', 'homologue jordanien Ayman Safadi': so is a demonym right before it."""
    for p in sent.mentions.persons:
        before = [st for st in sent.mentions.states if st.kind == "demonym" and st.end <= p.start
                  and re.fullmatch(r"\s*", sent.text[st.end:p.start])]
        person = ctx.person_spans.get((sent.start + p.start, sent.start + p.end))
        if before and person is not None:
            ctx.set_state(person.key, before[-1].code)
        if sent.doc.lang_ == "en" and person is not None:
            # "Uzbekistan's Shavkat Mirziyoyev", "the Chinese Wang Yi"
            # (a name needs its "'s": "chargé d'affaires of Lithuania in the Russian Federation X")
            owner = [st for st in sent.mentions.states if st.end <= p.start and st.kind in ("name", "demonym")
                     and re.fullmatch(r"['’]s\s+" if st.kind == "name" else r"(?:['’]s)?\s+", sent.text[st.end:p.start])]
            if owner:
                ctx.set_state(person.key, owner[-1].code)
        m = re.match(r"\s*\(\s*([^()]{2,40}?)\s*\)", sent.text[p.end:]) or \
            re.match(r"\s+(?:pour|de)\s+(?:la\s+|le\s+|les\s+|l['’])?([A-ZÀ-Ý][\w'’ -]{1,40}?)(?=\s*(?:,|et\b|\.|;|$))", sent.text[p.end:])
        if not m and sent.doc.lang_ == "en" and not any(o.kind in INTERNATIONAL_KINDS and o.end <= p.start
                                                         for o in sent.mentions.orgs):
            # "Serdar Berdimuhamedov of Turkmenistan" (but "the chairperson of the AU Commission, X of
            # Djibouti" acts for the Union, not for the country of which X is a national)
            m = re.match(r"\s+of\s+(?:the\s+)?([A-ZÀ-Ý][\w'’ -]{1,40}?)(?=\s*(?:,|and\b|\.|;|\s+at\b|\s+in\b|$))", sent.text[p.end:])
        if not m:
            continue
        inner = [st for st in sent.mentions.states if p.end + m.start(1) <= st.start and st.end <= p.end + m.end(1)]
        person = ctx.person_spans.get((sent.start + p.start, sent.start + p.end))
        if inner and person is not None:
            ctx.set_state(person.key, inner[0].code)


def delegation_heads(ctx: Context) -> list[tuple[Sentence, str, str]]:
    """(sentence, state, person key) for "la délégation russe était conduite par X"."""
    heads = []
    for sent in ctx.sentences:
        for m in _pick(sent, DELEGATION, DELEGATION_EN).finditer(sent.text):
            states = [s for s in sent.mentions.states if m.start() <= s.start < m.end()]
            # "conduite par M. X" or "conduite par le sénateur X"
            after = [p for p in sent.mentions.persons if p.start >= m.end() and p.start - m.end() <= 40
                     and not re.search(r"[,;.]", _honorific_dot().sub("", sent.text[m.end():p.start]))]
            if states and after:
                person = ctx.person_spans.get((sent.start + after[0].start, sent.start + after[0].end))
                if person:
                    heads.append((sent, states[0].code, person.key))
        for m in _pick(sent, REPRESENTED, REPRESENTED_EN).finditer(sent.text):
            if re.search(r"délégation", sent.text[max(0, m.start() - 60):m.start()], re.I) or \
                    re.search(r"\b(?:delegation|team|side)\s*$", sent.text[max(0, m.start() - 20):m.start()], re.I):
                continue  # handled above
            # The represented state is the subject, not a place named in between ("à Téhéran").
            english = sent.doc.lang_ == "en"  # ("Congolese President X … was represented by Y")
            states = [s for s in sent.mentions.states if s.end <= m.start() and (s.kind in ("name", "capital", "metonym") or english)
                      and not re.search(r"\b(?:à|en|au|aux|de|du|des|d['’]|in|at|of)\s*$", sent.text[max(0, s.start - 5):s.start])]
            states = states[-1:] if sent.doc.lang_ == "en" else states[:1]  # English: the clause's own subject
            after = [p for p in sent.mentions.persons if p.start >= m.end() and p.start - m.end() <= 60
                     and not re.search(r"[.;]", sent.text[m.end():p.start])]
            if states and after:
                person = ctx.person_spans.get((sent.start + after[0].start, sent.start + after[0].end))
                if person:
                    heads.append((sent, states[-1].code, person.key))
        for m in _pick(sent, HEAD_OF, HEAD_OF_EN).finditer(sent.text):
            states = [s for s in sent.mentions.states if m.start() <= s.start < m.end() + 5]
            before = [p for p in sent.mentions.persons if p.end <= m.start()]
            after = [p for p in sent.mentions.persons if p.start >= m.end() and p.start - m.end() <= 60]
            # "X, à la tête de la délégation russe" or "À la tête de la délégation russe figure X"
            chosen = before[-1] if before else (after[0] if after else None)
            if states and chosen:
                person = ctx.person_spans.get((sent.start + chosen.start, sent.start + chosen.end))
                if person:
                    heads.append((sent, states[0].code, person.key))
    return heads


def delegation_members(ctx: Context) -> list[tuple[str, str]]:
    """(state, person key) for the members listed after "une délégation ghanéenne comprenant…",
    up to the clause's finite verb ("…, est arrivée mardi")."""
    out = []
    for sent in ctx.sentences:
        for m in MEMBERS.finditer(sent.text):
            word = None
            for d in re.finditer(r"\bdélégation\b", sent.text[:m.start()], re.I):
                word = d
            if word is None or m.start() - word.end() > 120:
                continue
            # The delegation's own state is written right after the word: "ghanéenne", "du Ghana".
            states = [s for s in sent.mentions.states if word.end() <= s.start < min(m.start(), word.end() + 40)]
            if len(states) != 1:
                continue
            stop = next((tok.idx for tok in sent.doc if tok.idx > m.end() and tok.pos_ in ("VERB", "AUX")
                         and "Fin" in tok.morph.get("VerbForm")), len(sent.text))
            for p in sent.mentions.persons:
                if m.end() <= p.start < stop:
                    person = ctx.person_spans.get((sent.start + p.start, sent.start + p.end))
                    if person is not None:
                        out.append((states[0].code, person.key))
    return out


def _sentence_state(sent: Sentence, exclude: set[str]) -> str | None:
    """The one state a sentence names, unless another title or a counterpart already claims it."""
    claimed = {t.state for t in sent.mentions.titles if t.state} | {t.posted_to for t in sent.mentions.titles}
    # A place of the story, not an allegiance: "arrivé au Kenya", "will travel to Indonesia".
    venue = {s.code for s in sent.mentions.states
             if re.search(r"(?:\b(?:en|au|aux|à|vers|to|in|into|from|visiting|visit|toward|towards)\s+)$",
                          sent.text[max(0, s.start - 10):s.start], re.I)}
    venue |= {c.country for c in sent.mentions.cities}
    # ("“… at the Japanese Embassy …,” said the ministry spokesperson": a state inside the quoted
    # words is not the speaker's.)
    quoted = quotation_spans(sent.text)
    codes = {s.code for s in sent.mentions.states if s.kind in ("name", "demonym")
             and not any(qs <= s.start < qe for qs, qe in quoted)} - exclude - claimed - venue
    return codes.pop() if len(codes) == 1 else None


#: The common name of a post, per language: a periphrasis or a national name of it ("chef de la
#: diplomatie", "External Affairs Minister", "top diplomat", "Premier") is kept as written and
#: says which post it names.
POST_NAMES = {"fr": {"foreign_minister": "ministre des Affaires étrangères", "head_of_state": "président",
                     "head_of_government": "premier ministre"},
              "en": {"foreign_minister": "foreign minister", "head_of_government": "prime minister",
                     "deputy_minister": "deputy foreign minister", "head_of_state": "president"}}


def named_post(title: str, role_type: str, lang: str) -> str:
    """The title, followed by the common name of its post when it writes another ("chef de la
    diplomatie (= ministre des Affaires étrangères)")."""
    name = POST_NAMES.get(lang, {}).get(role_type)
    if name is None or fold(name.split()[0]) in fold(title).split():
        return title
    if role_type == "deputy_minister" and "foreign" not in fold(title):
        return title  # a deputy of another ministry
    if (role_type == "head_of_state" or (role_type, lang) == ("head_of_government", "fr")) \
            and not re.search(r"\b(?:chef|head)\b", fold(title)):
        return title  # a king is no president: only "chef de l'État", "head of state" get a name
    return f"{title} (= {name})"


def link_titles(ctx: Context) -> list[RoleHolding]:
    """RoleHoldings for every title linked to a person; fills ctx.person_state/person_roles.

    The steps: states the text gives around names (delegations, brackets), the title–person pairs
    of each sentence in reading order, states given by a later title, then one role per pair (a
    counterpart takes the other side's post; a title without a state tries :data:`STATE_GUESSES`
    in order), and the titles whose holder is named later.
    """
    as_of = DateValue(ctx.published.isoformat(), ctx.published.isoformat(), True) if ctx.published else None
    raw = _title_pairs(ctx)
    # "L'émissaire du président de la République, X": X holds the outer title only, not the one
    # it nests.
    raw = [(sent, t, p, key) for sent, t, p, key in raw
           if not any(s2 is sent and k2 == key and u is not t and u.start <= t.start and t.end <= u.end
                      for s2, u, _p2, k2 in raw)]
    _states_given_later(ctx, raw)
    roles: list[RoleHolding] = []
    last_role: dict[int, TitleMention] = {}
    shared = Counter((sent.index, t.start, t.end) for sent, t, _p, _k in raw)
    for sent, t, p, key in raw:
        post = _counterpart_post(ctx, sent, t, key, last_role) if t.role_type == "counterpart" else \
            (t.role_type, t.text, t.state)
        if t.role_type != "counterpart":
            last_role[sent.index] = t
        if post is None:
            continue
        role_type, title, state = post
        # A state known only as a guess stays a guess for the person's next title.
        # (So is a state a shared title gave this name by its place in a list.)
        told = (state is not None and shared[(sent.index, t.start, t.end)] == 1) or not ctx.guessed_state(key)
        state, posted = _post_state(ctx, Holder(sent, t, p, key, role_type), state or ctx.person_state.get(key), told)
        role_type = chancellor_post(role_type, title, state)
        _add_role(ctx, roles, Holder(sent, t, p, key, role_type), title, state, posted, as_of)
    roles += _named_later(ctx, raw, roles, as_of)
    roles = _states_of_bare_envoys(ctx, raw, roles)
    if ctx.article.lang == "en":
        roles += _members_of_plural_title(ctx, raw, roles, as_of)
    return roles


def _title_pairs(ctx: Context) -> list[tuple[Sentence, TitleMention, PersonMention, str]]:
    """Every (sentence, title, person mention, person key) pair, in reading order; the states the
    text gives around names (delegations, brackets, a title's own state) are recorded on the way."""
    for _sent, state, key in delegation_heads(ctx):
        ctx.set_state(key, state)
        ctx.delegation_heads.setdefault(state, key)
    for state, key in delegation_members(ctx):
        ctx.set_state(key, state)
    for sent in ctx.sentences:
        _parenthetical_states(ctx, sent)
    raw: list[tuple[Sentence, TitleMention, PersonMention, str]] = []
    for sent in ctx.sentences:
        pairs = _shared_title_states(ctx, sent, _link(sent))
        # "les ministres malien et français, A et B": states given to names by their order only,
        # which writers get wrong; the officials base may undo it.
        shared = Counter((t.start, t.end) for t, _p in pairs)
        for t, p in pairs:
            person = ctx.person_spans.get((sent.start + p.start, sent.start + p.end))
            if person is None:
                continue
            raw.append((sent, t, p, person.key))
            if t.gender and not person.gender:
                person.gender = t.gender
            if t.state and t.role_type != "counterpart" and not t.former:
                ctx.set_state(person.key, t.state, GUESS if shared[(t.start, t.end)] > 1 else TEXT)
    # In reading order: a title's state may come from the one before it ("son homologue chinois,
    # le conseiller d'État et ministre X"), whatever order the linking found them in.
    raw.sort(key=lambda r: (r[0].index, r[1].start))
    return raw


def _counterpart_post(ctx: Context, sent: Sentence, t: TitleMention, key: str,
                      last_role: dict[int, TitleMention]) -> tuple[str, str, str | None] | None:
    """"son homologue russe X": the counterpart's post (role type, title) and the other state; None
    when the counterpart is unknown or the title contradicts the person's known state."""
    pronoun = SUBJECT_PRONOUN.match(sent.text)
    counterpart = last_role.get(sent.index) or next(
        (x for x in reversed(sent.mentions.titles) if x.end <= t.start and x.role_type != "counterpart"
         and not x.plural), None) \
        or (last_role.get(sent.index - 1) if sent.index > 0 and not pronoun and not re.search(
            r"\b(?:dirigeant|dirigeante|leader|chef|cheffe)s?\b", sent.text[:t.start], re.I) else None)
    if t.state and ctx.person_state.get(key) not in (None, t.state):
        return None  # "son homologue française" cannot be someone the text makes American
    if counterpart is None:
        # "M. Nicholson doit rencontrer son homologue français, X": the post the named person
        # before it holds, wherever the article gave it. "She then met her counterpart": the post
        # of the person the pronoun stands for.
        own = _post_of_person_before(ctx, sent, t.start) or (_post_of_antecedent(ctx, sent) if pronoun else None) \
            or _portfolio_of_counterpart(sent, t)
        if own is None:
            return None
        role_type, title = own[0], _strip_states(ctx.gaz, own[1])
    else:
        here = any(x is counterpart for x in sent.mentions.titles)
        role_type = counterpart.role_type
        title = _without_states(sent, counterpart) if here else _strip_states(ctx.gaz, counterpart.text)
    state = t.state or ctx.person_state.get(key)
    if state is None:
        others = {s.code for s in sent.mentions.states if s.kind in ("name", "demonym", "capital")}
        others.discard(counterpart.state if counterpart is not None else "")
        state = others.pop() if len(others) == 1 else None
    return role_type, title, state


@dataclass(frozen=True, slots=True)
class Holder:
    """One title linked to one person, as the state guesses and the role builder read it."""

    sent: Sentence
    t: TitleMention
    p: PersonMention
    key: str
    role_type: str


def _post_state(ctx: Context, h: Holder, state: str | None, told: bool = True) -> tuple[str | None, str | None]:
    """The state a post acts for and where it is posted. What the text says stays; officials of
    international organisations act for no state; otherwise the guesses are tried in order.
    ``told`` is False when ``state`` is only an earlier guess."""
    posted = h.t.posted_to
    told = state is not None and told
    international = _is_international(h.sent, h.t)
    if international:
        state = h.t.state if h.t.state and not h.t.org else None
    elif state is None:
        for guess in STATE_GUESSES:
            found = guess(ctx, h, posted)
            if found is not None:
                state, posted = found
                if state:
                    break
    if state:
        ctx.set_state(h.key, state, TEXT if told else GUESS)
    return state, posted


def _lone_sentence_state(ctx: Context, h: Holder, posted: str | None) -> tuple[str, str | None] | None:
    """"X, the foreign minister, arrived in Kenya": the one state of a sentence about this one
    person (the adjectives of a title beat the sentence, so only a lone state)."""
    persons = {id(ctx.person_spans.get((h.sent.start + q.start, h.sent.start + q.end))) for q in h.sent.mentions.persons}
    state = _sentence_state(h.sent, {h.t.posted_to} if h.t.posted_to else set()) if len(persons) == 1 else None
    return (state, posted) if state else None


def _mission_state(ctx: Context, h: Holder, posted: str | None) -> tuple[str | None, str | None] | None:
    """An ambassador or consul in a story about one embassy or consulate serves that mission."""
    if h.role_type not in ("consul", "ambassador", "charge_d_affaires"):
        return None
    kind = "consulate" if h.role_type == "consul" else "embassy"
    mission = _only_mission(ctx, kind)
    if mission is not None:
        return mission.state, posted or mission.host_state
    # "l'ambassade de Russie à Bruxelles… à La Haye": missions of one state serve that state.
    states = {o.state for s in ctx.sentences for o in s.mentions.orgs if o.kind == kind and o.state}
    return (states.pop(), posted) if len(states) == 1 else None


def _mission_after(ctx: Context, h: Holder, posted: str | None) -> tuple[str | None, str | None] | None:
    """"X, an advisor at the Russian Embassy", "first secretary of the embassy of Serbia": the
    mission right after the title is the one the person serves; so is a ministry ("Vice Minister
    of Multilateral Affairs in the Ministry of Foreign Affairs of Colombia")."""
    gap = _pick(h.sent, MISSION_GAP, MISSION_GAP_EN)
    for o in h.sent.mentions.orgs:
        if o.kind in ("embassy", "consulate", "ministry") and o.state and o.start >= h.t.end \
                and gap.fullmatch(h.sent.text[h.t.end:o.start]):
            return o.state, posted or (o.host_state if o.kind != "ministry" else None)
    return None


MISSION_GAP = re.compile(r"\s*(?:à|de|auprès\s+de)\s+(?:l['’]|la\s+)?", re.I)
MISSION_GAP_EN = re.compile(r"\s*(?:at|of|in|with)\s+(?:the\s+|a\s+)?", re.I)


#: "l'ambassadeur X de la Côte d'Ivoire", "Ambassador X of Ghana": the state right after the name.
STATE_AFTER_NAME = re.compile(r"\s*(?:de\s+la|du|de\s+l['’]|des|de|d['’]|of(?:\s+the)?)\s*", re.I)


def _state_after_name(ctx: Context, h: Holder, posted: str | None) -> tuple[str, str | None] | None:
    """"L'ambassadeur X de la Côte d'Ivoire a aussi décliné…": a title before the name, and the
    state named right after it (an envoy's, not a posting: that comes with "en"/"auprès de")."""
    if h.t.end > h.p.start or h.role_type not in ("ambassador", "charge_d_affaires", "envoy", "diplomat", "consul"):
        return None
    gap = STATE_AFTER_NAME.match(h.sent.text, h.p.end)
    if gap is None:
        return None
    state = next((s for s in h.sent.mentions.states if s.start == gap.end() and s.kind == "name"), None)
    return (state.code, posted) if state is not None and state.code != posted else None


def _demonym_before(ctx: Context, h: Holder, posted: str | None) -> tuple[str, str | None] | None:
    """"son homologue chinois, le conseiller d'État X": the counterpart's demonym right before."""
    state = _counterpart_state_before(h.sent, h.t)
    return (state, posted) if state else None


def _english_context(ctx: Context, h: Holder, posted: str | None) -> tuple[str, str | None] | None:
    """"In Caracas, Foreign Minister X said…": a place put first is where the speaker stands;
    "Putin's aide X", "accompanied by X", "was received by President X at State House", a bare
    "President X" with one acting state: the side the sentence puts the person on."""
    if h.sent.doc.lang_ != "en":
        return None
    sent, t, p = h.sent, h.t, h.p
    state = (fronted_place_state(sent) or _owner_state_en(ctx, sent, t) or _accompanied_state_en(ctx, sent, t)
             or _host_state_en(ctx, sent, t, p) or _leader_state_en(sent, t, p))
    return (state, posted) if state else None


def _possessive_owner(ctx: Context, h: Holder, posted: str | None) -> tuple[str, str | None] | None:
    """"La Maison Blanche a annoncé… Sa porte-parole, X, …": the subject before speaks for a state;
    "M. Cameron et son ministre d'État X": the person joined before it does."""
    before = h.sent.text[max(0, h.t.start - 8):h.t.start]
    if not (POSSESSIVE.search(before) or (h.sent.doc.lang_ == "en" and POSSESSIVE_EN.search(before))):
        return None
    state = _joined_owner_state(ctx, h.sent, h.t.start) or _possessor_state(ctx, h.sent, h.t.start)
    return (state, posted) if state else None


def _home_title(ctx: Context, h: Holder, posted: str | None) -> tuple[str, str | None] | None:
    """A national outlet's bare title ("le ministre des Affaires étrangères") is its own country's."""
    if ctx.home_state and not posted and h.role_type not in ("envoy", "adviser") and _is_home_title(h.sent.text, h.t):
        return ctx.home_state, posted
    return None


#: Where a post's state comes from when the text does not say it, in the order tried.
STATE_GUESSES = (_mission_after, _state_after_name, _lone_sentence_state, _mission_state, _demonym_before, _english_context,
                 _possessive_owner, _home_title)


def bare_minister(gaz: Gazetteer, title: str) -> bool:
    """"ministre", "the Chinese minister", "conseillère fédérale suisse": a minister's title that
    names no portfolio ("ministre des Finances", "Trade Minister" name one)."""
    words = re.sub(r"^(?:the|le|la|l['’])\s+", "", fold(_strip_states(gaz, title)), flags=re.I)
    return words.rstrip("s") in _minister_forms()


@cache
def _minister_forms() -> frozenset[str]:
    """The folded titles of role type "minister" in every language (the plain word, "conseiller fédéral")."""
    return frozenset(f for lang in ("fr", "en") for f, role_type in roles_table(lang)[1].items() if role_type == "minister")


def _add_role(ctx: Context, roles: list[RoleHolding], h: Holder, title: str, state: str | None,
              posted: str | None, as_of: DateValue | None) -> None:
    """One RoleHolding per (person, post, state): the same post written twice ("ambassadeur de
    Pékin à Canberra", then "l'ambassadeur Xiao") keeps the fuller title, and the person's own
    title beats one borrowed from a counterpart."""
    sent, t, p, key, role_type = h.sent, h.t, h.p, h.key, h.role_type
    status = "former" if t.former or _in_past_frame(sent.text, t.start) else "current"
    method = "rule:counterpart" if t.role_type == "counterpart" else "rule:title-apposition"
    same = next((i for i, r in enumerate(roles) if (r.person, r.role_type, r.state) == (key, role_type, state)), None)
    if same is not None:
        own, theirs = method != "rule:counterpart", roles[same].evidence.method != "rule:counterpart"
        # A portfolio beats a longer bare title ("Trade Minister", then "the Chinese minister").
        fuller = (not bare_minister(ctx.gaz, title), len(title)) > (not bare_minister(ctx.gaz, roles[same].title), len(roles[same].title))
        if own > theirs or (own == theirs and fuller):
            roles[same] = replace(roles[same], title=named_post(title, role_type, sent.doc.lang_),
                                  posted_to=roles[same].posted_to or t.posted_to)
        return
    ctx.person_roles.setdefault(key, []).append((role_type, title))
    roles.append(RoleHolding(
        person=key, title=named_post(title, role_type, sent.doc.lang_), role_type=role_type, state=state,
        organization=t.org.key if t.org else None, posted_to=posted,
        as_of=as_of if status == "current" else None, status=status,
        evidence=ctx.evidence(sent, min(t.start, p.start), max(t.end, p.end), method, 0.85),
    ))


def _members_of_plural_title(ctx: Context, raw: list, roles: list[RoleHolding], as_of: DateValue | None) -> list[RoleHolding]:
    """"The presidents of the five Central Asian republics gathered… Tokayev hosted Uzbekistan's
    Shavkat Mirziyoyev, Kyrgyzstan's Sadyr Japarov…": a plural title with no names, then at least
    two persons with a state and no title of their own in that sentence or the next, hold it."""
    linked = {(sent.index, t.start) for sent, t, _p, _key in raw}
    titled = {r.person for r in roles}
    out = []
    for sent in ctx.sentences:
        for t in sent.mentions.titles:
            if not t.plural or t.former or t.role_type in ("counterpart", "official", "diplomat") \
                    or (sent.index, t.start) in linked or _is_international(sent, t):
                continue
            members = []
            for s2 in ctx.sentences[sent.index:sent.index + 2]:
                for p in s2.mentions.persons:
                    person = ctx.person_spans.get((s2.start + p.start, s2.start + p.end))
                    if person is None or person.key in titled or person in members or (s2 is sent and p.start < t.end):
                        continue
                    if ctx.person_state.get(person.key):
                        members.append(person)
            if len(members) < 2:
                continue
            head = re.match(r"(.*?\w+?)(?:s|es)\b", t.text)
            title = head.group(1) if head else t.text
            for person in members:
                titled.add(person.key)
                ctx.person_roles.setdefault(person.key, []).append((t.role_type, title))
                out.append(RoleHolding(person=person.key, title=title, role_type=t.role_type,
                                       state=ctx.person_state[person.key], as_of=as_of,
                                       evidence=ctx.evidence(sent, t.start, t.end, "rule:plural-title-members", 0.6)))
    return out


# ", de la République d'Indonésie", " et de l'État du Koweït": one more item of a list of states.
NEXT_OF_STATE = re.compile(r"^\s*(?:,|et|ainsi\s+que)?\s*(?:et\s+)?(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*$", re.I)


def states_of_plural_titles(ctx: Context) -> set[str]:
    """"les ambassadeurs de la Palestine, du Pakistan, de l'Indonésie et du Koweït": every state a
    plural title lists has someone acting for it, named or not."""
    found: set[str] = set()
    for sent in ctx.sentences:
        if sent.is_headline:
            continue
        for t in sent.mentions.titles:
            if not t.plural or t.role_type in ("counterpart", "official"):
                continue
            states = sorted((s for s in sent.mentions.states if s.start >= t.start), key=lambda s: s.start)
            end = t.end
            for s in states:
                if s.start < t.end:
                    found.add(s.code)
                    continue
                # "de la République islamique du Pakistan": the words between may name the state's form.
                gap = sent.text[end:s.start]
                if not NEXT_OF_STATE.match(re.sub(r"(?:l['’])?(?:état|république|royaume|émirat|sultanat|principauté|fédération)"
                                                  r"(?:\s+(?:islamique|fédérale|populaire|démocratique|arabe|unie))*\s*(?:de\s+la|de\s+l['’]|du|des|d['’]|de)?\s*$",
                                                  "", gap, flags=re.I)):
                    break
                found.add(s.code)
                end = s.end
    return found


def _counterpart_state_before(sent: Sentence, t: TitleMention) -> str | None:
    """The state of "son homologue chinois" when the title follows it as its apposition."""
    for u in sent.mentions.titles:
        if u.role_type == "counterpart" and u.state and u.end <= t.start \
                and re.fullmatch(r"\s*,?\s*(?:le|la|l['’])?\s*", sent.text[u.end:t.start]):
            return u.state
    return None


def _joined_owner_state(ctx: Context, sent: Sentence, start: int) -> str | None:
    """"M. Cameron et son ministre d'État": the state of the person right before "et son"."""
    for p in sent.mentions.persons:
        if p.end <= start and re.fullmatch(r"\s*et\s+(?:son|sa|ses)\s+", sent.text[p.end:start]):
            person = ctx.person_spans.get((sent.start + p.start, sent.start + p.end))
            return ctx.person_state.get(person.key) if person else None
    return None


SUBJECT_PRONOUN = re.compile(r"\s*(?:[A-Z][\w ]{0,30},\s*)?(?:she|he|il|elle)\b", re.I)


def _post_of_antecedent(ctx: Context, sent: Sentence) -> tuple[str, str] | None:
    """The post of the person a sentence-initial pronoun stands for: the last person named at the
    start of an earlier sentence (as its subject), passing over sentences that open with a pronoun."""
    for prev in reversed(ctx.sentences[max(0, sent.index - 4):sent.index]):
        if SUBJECT_PRONOUN.match(prev.text):
            continue
        first = next((p for p in prev.mentions.persons if p.start < 60), None)
        if first is None:
            return None
        person = ctx.person_spans.get((prev.start + first.start, prev.start + first.end))
        posts = ctx.person_roles.get(person.key) if person else None
        return posts[0] if posts else None
    return None


def chancellor_post(role_type: str, title: str, state: str | None) -> str:
    """A chancellor heads the government only where the lexicon says so (Germany, Austria); "le
    chancelier haïtien" or "la chancelière vénézuélienne" is the foreign minister, and the
    chancellor of the Exchequer holds the finance portfolio; the chancellor of the Swiss
    Confederation is an official."""
    folded = fold(title)
    if role_type != "head_of_government" or "chancel" not in folded:
        return role_type
    if re.search(r"echiquier|exchequer", folded):
        return "minister"
    if re.search(r"confederation|universit", folded):
        return "official"  # the Swiss federal chancellor heads the chancellery, a university's its university
    if state and state not in words_of_all("chancellor_heads_government"):
        return "foreign_minister"
    return role_type


def _portfolio_of_counterpart(sent: Sentence, t: TitleMention) -> tuple[str, str] | None:
    """"son homologue espagnole des Affaires étrangères": the minister of the portfolio the
    counterpart title names, when nobody's post says it."""
    m = re.search(r"\b(?:des|de\s+la|de\s+l['’]|du)\s+[A-ZÀ-Ý].*$", t.text)
    if m is None or sent.doc.lang_ != "fr":
        return None
    title = "ministre " + m.group(0)
    forms = roles_table("fr")[1]
    return forms.get(fold(title), "minister"), title


def _post_of_person_before(ctx: Context, sent: Sentence, before: int) -> tuple[str, str] | None:
    """(role type, title) of the last person named before ``before`` whose post is known."""
    for p in reversed([p for p in sent.mentions.persons if p.end <= before]):
        person = ctx.person_spans.get((sent.start + p.start, sent.start + p.end))
        posts = ctx.person_roles.get(person.key) if person else None
        if posts:
            return posts[0]
    return None


def _states_given_later(ctx: Context, raw: list) -> None:
    """"Le président Lamine Sarr a reçu… Le président sénégalais a estimé…": a later title with a
    state and no name gives its state to the one person who holds that post without a state."""
    linked = {(sent.index, t.start) for sent, t, _p, _key in raw}
    # A post someone already holds for that state: the later title is that person's.
    held = {(t.role_type, t.state or ctx.person_state.get(key)) for _s, t, _p, key in raw}
    # "Le diplomate tunisien" after "M. X, ambassadeur de Tunisie": a generic word for a person whose
    # state is known already, not the state of the one diplomate without one.
    acting = {t.state or ctx.person_state.get(key) for _s, t, _p, key in raw}
    stateless: dict[str, set[str]] = {}
    for sent, t, _p, key in raw:
        if t.role_type != "counterpart" and not t.former and not t.state and key not in ctx.person_state \
                and not _is_international(sent, t):
            stateless.setdefault(t.role_type, set()).add(key)
    if not stateless:
        return
    for sent in ctx.sentences:
        for t in sent.mentions.titles:
            if (sent.index, t.start) in linked or not t.state or t.plural or t.former or t.role_type == "counterpart" \
                    or not re.search(r"(?:\b(?:le|la)\s+|\bl['’])$", sent.text[max(0, t.start - 4):t.start], re.I):
                continue
            if (t.role_type, t.state) in held or (t.role_type in GENERIC_TITLES and t.state in acting):
                continue
            holders = stateless.get(t.role_type, set())
            first = min((sent2.index for sent2, t2, _p, k in raw if k in holders), default=sent.index)
            if len(holders) == 1 and first <= sent.index:
                key = next(iter(holders))
                # A guess: the later title may be another person's ("le président français" after
                # "le président Michel Aoun" in Paris), and the officials base knows better.
                ctx.set_state(key, t.state, GUESS)
                holders.clear()


def _named_later(ctx: Context, raw: list, roles: list[RoleHolding], as_of: DateValue | None) -> list[RoleHolding]:
    """"La ministre chilienne des Affaires étrangères est arrivée mardi. M. X a déclaré…": a title
    written without a name, then, in one of the next two sentences, the first mention of a person
    with no title. Linked only when unambiguous: one such title (with its state) in reach, one
    such new person, agreeing in gender and state, and nobody else holding that post."""
    linked = {(sent.index, t.start) for sent, t, _p, _key in raw}
    held = {(r.role_type, r.state) for r in roles}
    titled = {r.person for r in roles}
    open_titles = []
    for sent in ctx.sentences:
        for t in sent.mentions.titles:
            if (sent.index, t.start) in linked or t.plural or t.former or t.role_type == "counterpart" or not t.state \
                    or (t.role_type, t.state) in held or _is_international(sent, t) \
                    or not re.search(r"(?:\b(?:le|la)\s+|\bl['’])$", sent.text[max(0, t.start - 4):t.start], re.I):
                continue
            open_titles.append((sent, t))
    # Persons in order of first mention with no title of their own; a name in brackets
    # ("le commandant de l'armée (X)") is already described by the words before it.
    text = ctx.article.text
    firsts = [(c.mentions[0][0], c) for c in ctx.persons if c.mentions and c.key not in titled
              and not re.search(r"\(\s*$", text[max(0, c.mentions[0][1] - 3):c.mentions[0][1]])]
    out = []
    for sent, t in open_titles:
        reach = [(i, c) for i, c in firsts if sent.index < i <= sent.index + 2]
        # A person without a title beside the unnamed one could be its holder, or a third party.
        if len(reach) != 1 or any(c.key not in titled and any(m[0] == sent.index for m in c.mentions)
                                  for c in ctx.persons):
            continue
        i, person = reach[0]
        if _quoted_first(ctx, person) or _described_first(ctx, person):
            continue  # "« …les provocations de X »": a name inside quoted words introduces no holder
        others = [u for s2, u in open_titles if s2.index <= i and s2.index >= i - 2 and u is not t
                  and (u.role_type, u.state) != (t.role_type, t.state)]
        if others:
            continue
        if t.gender and person.gender and t.gender != person.gender:
            continue
        if ctx.person_state.get(person.key) not in (None, t.state):
            continue
        # (a guess: the officials base may know the person served another state that day)
        ctx.set_state(person.key, t.state, GUESS)
        ctx.person_roles.setdefault(person.key, []).append((t.role_type, t.text))
        titled.add(person.key)
        held.add((t.role_type, t.state))
        out.append(RoleHolding(person=person.key, title=t.text, role_type=t.role_type, state=t.state,
                               organization=t.org.key if t.org else None, posted_to=t.posted_to, as_of=as_of,
                               evidence=ctx.evidence(sent, t.start, t.end, "rule:title-named-later", 0.6)))
    return out


ENVOY_TYPES = ("ambassador", "charge_d_affaires", "consul")


def _states_of_bare_envoys(ctx: Context, raw: list, roles: list[RoleHolding]) -> list[RoleHolding]:
    """"L'ambassadeur du Mali en Haïti est arrivé dimanche… L'ambassadeur X a présenté…": the one
    envoy written with a bare title serves the state of the article's unnamed envoy title, when
    that title names one state and no other envoy of the article has a state of its own."""
    linked = {(sent.index, t.start) for sent, t, _p, _key in raw}
    plain = roles_table(ctx.article.lang)[1]
    out = list(roles)
    for role_type in ENVOY_TYPES:
        of_type = [r for r in roles if r.role_type == role_type]
        bare = [r for r in of_type if r.state is None and r.organization is None and fold(r.title) in plain]
        if len({r.person for r in bare}) != 1 or any(r.state for r in of_type):
            continue
        unnamed = {(t.state, t.posted_to) for sent in ctx.sentences for t in sent.mentions.titles
                   if t.role_type == role_type and t.state and (sent.index, t.start) not in linked
                   and not t.plural and not t.former and not _is_international(sent, t)}
        if len({state for state, _posted in unnamed}) != 1:
            continue
        postings = {posted for _state, posted in unnamed if posted}
        state = next(iter(unnamed))[0]
        posted = postings.pop() if len(postings) == 1 else None
        ctx.set_state(bare[0].person, state, GUESS)
        out = [replace(r, state=state, posted_to=r.posted_to or posted) if r in bare else r for r in out]
    return out


#: "la jeune artiste malienne X", "the Malian singer X": words that already say who the person is.
DESCRIBED = re.compile(r"\b(?:le|la|l['’]|les|un|une|the|a|an)\s+(?:[a-zà-ÿ-]+\s+){1,3}$")


def _described_first(ctx: Context, person) -> bool:
    """Whether a person's first mention comes after a description of its own ("la jeune artiste X")."""
    i, start, _end = person.mentions[0]
    return bool(DESCRIBED.search(ctx.article.text[max(0, start - 50):start]))


def _quoted_first(ctx: Context, person) -> bool:
    """Whether a person is first named inside a quotation (or a quotation left open by the sentence)."""
    i, start, _end = person.mentions[0]
    sent = ctx.sentences[i]
    rel = start - sent.start
    if any(q.start <= rel < q.end for q in find_quotes(sent.text)):
        return True
    before = sent.text[:rel]
    return before.count("«") > before.count("»") or before.count("“") > before.count("”")


POSSESSIVE = re.compile(r"\b(?:sa|son|ses)\s+$", re.I)
POSSESSIVE_EN = re.compile(r"\b(?:his|her|its|their)\s+$", re.I)
#: "In Seoul, presidential spokesperson X said…": a place put at the head of an English sentence.
FRONTED_PLACE_EN = re.compile(r"^\s*(?:In|From|At)\s+(?P<place>[A-Z][\w.'’ -]{1,30}?)\s*,\s+")
#: Verbs and passives that make a person the host of a visit.
HOSTS_EN = re.compile(r"\b(?:received|hosted|welcomed|greeted)\s+by\s+$|^\s*,?\s*(?:who\s+)?(?:received|hosted|welcomed|greeted)\b", re.I)


def fronted_place_state(sent: Sentence) -> str | None:
    """The country of a place an English sentence opens with ("In Ankara, …", "In Moscow, …")."""
    m = FRONTED_PLACE_EN.match(sent.text)
    if not m:
        return None
    for c in sent.mentions.cities:
        if m.start("place") <= c.start < m.end("place"):
            return c.country
    for st in sent.mentions.states:
        if m.start("place") <= st.start < m.end("place") and st.kind in ("name", "capital"):
            return st.code
    return None


#: Where a state named in a sentence is only a place, a destination or a topic.
NOT_ACTING_EN = re.compile(r"\b(?:in|at|to|from|with|about|on|over|visit|visited|visiting|into|across|toward|towards)\s+(?:the\s+)?$", re.I)


def _owner_state_en(ctx: Context, sent: Sentence, t: TitleMention) -> str | None:
    """"Putin's foreign policy aide Yuri Ushakov", "Trump's special envoy Steve Witkoff": the post
    belongs to the side of the person whose possessive comes before it."""
    for q in sent.mentions.persons:
        if re.fullmatch(r"['’]s?\s+", sent.text[q.end:t.start]):
            person = ctx.person_spans.get((sent.start + q.start, sent.start + q.end))
            return ctx.person_state.get(person.key) if person is not None else None
    return None


def _accompanied_state_en(ctx: Context, sent: Sentence, t: TitleMention) -> str | None:
    """"X, who was accompanied by Defence Minister Y": Y is on X's side."""
    if not ACCOMPANIED_EN.search(sent.text[max(0, t.start - 30):t.start]):
        return None
    for q in reversed([q for q in sent.mentions.persons if q.end <= t.start]):
        person = ctx.person_spans.get((sent.start + q.start, sent.start + q.end))
        if person is not None and ctx.person_state.get(person.key):
            return ctx.person_state[person.key]
    return None


def _leader_state_en(sent: Sentence, t: TitleMention, p: PersonMention) -> str | None:
    """A bare "President X" or "Prime Minister Y": the one state the sentence names as an actor
    ("Beijing has not said whether President Xi Jinping will visit Hanoi"), or, for the head of
    state an ambassador presents credentials to, the state the ambassador is posted to."""
    if t.role_type not in ("head_of_state", "head_of_government") or t.former:
        return None
    if re.search(r"\bcredentials\s+to\s+$", sent.text[max(0, t.start - 20):t.start], re.I):
        posted = {u.posted_to for u in sent.mentions.titles if u.posted_to and u.role_type in ("ambassador", "charge_d_affaires")}
        if len(posted) == 1:
            return posted.pop()
    codes = {s.code for s in sent.mentions.states if s.kind in ("name", "capital", "metonym")
             and not any(u.start <= s.start < u.end for u in sent.mentions.titles)
             and not NOT_ACTING_EN.search(sent.text[max(0, s.start - 12):s.start])}
    return codes.pop() if len(codes) == 1 else None


def _host_state_en(ctx: Context, sent: Sentence, t: TitleMention, p: PersonMention) -> str | None:
    """A head of state or government who receives or hosts a visitor acts for the country where the
    visit takes place: the venue's country, else the dateline's."""
    if t.former or t.role_type == "counterpart":
        return None
    lo, hi = min(t.start, p.start), max(t.end, p.end)
    hosts = HOSTS_EN.search(sent.text[max(0, lo - 20):lo]) or HOSTS_EN.match(sent.text[hi:hi + 30])
    if not hosts:
        # "Foreign Minister X met her Brazilian counterpart Y in Lisbon": the one who meets a
        # foreign counterpart in a capital is at home there.
        verb = next((tok.head for tok in sent.doc if lo <= tok.idx < hi and tok.dep_ == "nsubj"), None)
        if verb is None or verb.lemma_ not in ("meet", "host", "receive", "welcome") or not any(
                u.role_type == "counterpart" and u.state for u in sent.mentions.titles):
            return None
        capitals = [c for c in sent.mentions.cities if c.start > hi and (ctx.gaz.city(c.key) or {}).get("capital")
                    and re.search(r"\b(?:in|at)\s+$", sent.text[max(0, c.start - 4):c.start])]
        others = {u.state for u in sent.mentions.titles if u.state}
        return capitals[0].country if capitals and capitals[0].country not in others else None
    if t.role_type not in ("head_of_state", "head_of_government", "crown_prince"):
        return None
    venue = [c.country for c in sent.mentions.cities if c.start > hi and c.country
             and re.search(r"\b(?:in|at)\s+$", sent.text[max(0, c.start - 4):c.start])]
    return venue[0] if venue else (ctx.dateline or {}).get("country")


def _possessor_state(ctx: Context, sent: Sentence, before: int) -> str | None:
    """The state of the subject that "sa"/"son" refers to: the last subject before ``before`` in
    the sentence, else the last subject of the sentence before. A subject is a state ("le Japon"),
    a seat of power ("la Maison Blanche", "le Kremlin"), a national institution ("le ministère
    russe des Affaires étrangères") or a person whose state is known."""
    for s, limit in ((sent, before), (ctx.sentences[sent.index - 1] if sent.index > 0 else None, None)):
        if s is None or (s is not sent and s.is_headline):
            continue
        subjects = [tok.idx for tok in s.doc if tok.dep_ in ("nsubj", "nsubj:pass") and (limit is None or tok.idx < limit)]
        if not subjects:
            continue
        spans: list[tuple[int, int, str | None]] = [(m.start, m.end, m.code) for m in s.mentions.states
                                                     if m.kind in ("name", "metonym", "capital")]
        spans += [(o.start, o.end, o.state) for o in s.mentions.orgs if o.state and o.kind not in INTERNATIONAL_KINDS]
        for p in s.mentions.persons:
            person = ctx.person_spans.get((s.start + p.start, s.start + p.end))
            spans.append((p.start, p.end, ctx.person_state.get(person.key) if person else None))
        # The subject nearest before the possessive, then look no further: a subject without a
        # known state ("Le porte-parole…") must not hand "sa" to an earlier one.
        last = max(subjects)
        owner = [code for lo, hi, code in spans if lo <= last < hi]
        return owner[0] if owner else None
    return None


#: Verbs whose subject hosts a visit.
HOSTING = {"recevoir", "accueillir"}


def host_state(ctx: Context) -> str | None:
    """The country of a host written with a bare title: "Le président de la République, M. X, a
    reçu, jeudi à Alger, …" is Algeria's president, and the outlet's own country, so its other bare
    titles ("le ministre des Affaires étrangères, Y") are that country's too. For articles whose URL
    and dateline do not tell the outlet's country."""
    for sent in ctx.sentences:
        if sent.is_headline:
            continue
        for tok in sent.doc:
            if tok.pos_ != "VERB" or tok.lemma_ not in HOSTING:
                continue
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subject is None:
                continue
            words = list(subject.subtree)
            lo, hi = words[0].idx, words[-1].idx + len(words[-1].text)
            bare = [t for t in sent.mentions.titles if lo <= t.start < hi and t.state is None and t.org is None
                    and not t.posted_to and _is_home_title(sent.text, t)]
            if not bare:
                continue
            # "à Alger" after the verb, not a posting inside a title ("ambassadeur à Alger").
            venue = [c for c in sent.mentions.cities if c.start > tok.idx and c.country
                     and re.search(r"\b(?:à|a)\s+$", sent.text[max(0, c.start - 4):c.start])
                     and not any(t.start <= c.start < t.end for t in sent.mentions.titles)]
            if venue:
                return venue[0].country
    return None


#: Organisation kinds (organizations.json) whose officials act for no state.
INTERNATIONAL_KINDS = frozenset({"international", "alliance", "forum"})


def _is_international(sent: Sentence, t: TitleMention) -> bool:
    """A title naming an international organisation the gazetteer knows ("secrétaire général de
    l'ONU", "président de la Commission de l'UA"). Words alone are not enough: "président de la
    Commission électorale nationale" or "de la Cour suprême" are national bodies."""
    if t.org is not None and t.org.kind in INTERNATIONAL_KINDS:
        return not re.search(r"\bchargée?s?\b", sent.text[t.start:t.org.start], re.I)
    # "ministre d'État chargé du Moyen-Orient … et des Nations unies": a national portfolio that
    # names an organisation is not a post in it.
    return any(o.kind in INTERNATIONAL_KINDS and t.start <= o.start and o.end <= t.end
               and not re.search(r"\bchargée?s?\b", sent.text[t.start:o.start], re.I) for o in sent.mentions.orgs)


def _only_mission(ctx: Context, kind: str):
    """The article's one consulate (or embassy), when there is exactly one with a known state."""
    found = {o.key: o for s in ctx.sentences for o in s.mentions.orgs if o.kind == kind and o.state}
    return next(iter(found.values())) if len(found) == 1 else None


def _is_home_title(text: str, t: TitleMention) -> bool:
    """A national outlet's bare title ("le ministre des Affaires étrangères", "le Président de la
    République", "ambassadeur de notre pays") refers to its own country. A bare "président X" does
    not (it is often another country's), nor a possessive one ("sa porte-parole") or a shared one
    ("leurs ministres des Affaires étrangères, X et Y")."""
    if t.role_type == "counterpart" or t.plural or re.search(r"\bhomologues?\b", t.text, re.I):
        return False
    if re.search(r"\b(?:sa|son|ses|leurs?)\s+$", text[max(0, t.start - 8):t.start], re.I):
        return False
    if t.role_type == "head_of_state":
        return bool(re.search(r"republique|chef de l'etat", fold(t.text)))
    return True


def _in_past_frame(text: str, start: int) -> bool:
    """'sous la présidence de X', 'du temps de' mark a past term of office."""
    window = fold(text[max(0, start - 30):start + 40])
    return bool(re.search(r"sous la presidence|sous le mandat|du temps de|sous l'administration", window))


#: "Erdogan's chief adviser X", "le conseiller de M. Y, X": the owner before the title.
OWNER_BEFORE = {"en": re.compile(r"^['’]s?\s+(?:\w+\s+){0,4}$"),
                "fr": re.compile(r"^\s*,\s*$")}
#: "le ministre A et le vice-ministre B", "Foreign Minister A and Deputy Foreign Minister B".
COORDINATED = re.compile(r"^\s*(?:(?:,\s*)?(?:et|and)\s+(?:(?:le|la|l['’]|the|son|sa|his|her)\s*)?(?:[\w’'-]+\s+){0,5}"
                         # "accompanied by the Minister for Foreign Affairs, Ms. X, the Minister for Energy, Mr. Y"
                         r"|,\s*(?:le|la|l['’]|the)\s*)$", re.I)


def states_from_peers(ctx: Context, roles: list[RoleHolding]) -> list[RoleHolding]:
    """States of titles the text left without one, from persons whose state is known only now
    (after the officials base): the owner of a possessive ("Erdogan's chief adviser X")
    and a person coordinated with the holder ("Foreign Minister A and Deputy Foreign Minister B")."""
    by_start = {sent.start: sent for sent in ctx.sentences}
    out = []
    for r in roles:
        sent = by_start.get(r.evidence.sentence_start) if r.evidence else None
        if r.state is None and r.organization is None and r.posted_to is None and sent is not None \
                and r.role_type not in ("counterpart",) and not r.evidence.method == "kb":
            state = _peer_state(ctx, sent, r)
            if state:
                r = replace(r, state=state)
                ctx.set_state(r.person, state, GUESS)
        out.append(r)
    return out


def _peer_state(ctx: Context, sent: Sentence, r: RoleHolding) -> str | None:
    start, end = r.evidence.start - sent.start, r.evidence.end - sent.start
    mine = [p for p in sent.mentions.persons if start <= p.start and p.end <= end]
    if not mine:
        return None
    me = mine[-1]
    owner = OWNER_BEFORE.get(sent.doc.lang_, OWNER_BEFORE["fr"])
    for q in sent.mentions.persons:
        person = ctx.person_spans.get((sent.start + q.start, sent.start + q.end))
        if person is None or person.key == r.person or not ctx.person_state.get(person.key):
            continue
        if sent.doc.lang_ == "en" and q.end <= start and owner.match(sent.text[q.end:start]):
            return ctx.person_state[person.key]
        gap = (q.end, start) if q.end <= start else (me.end, q.start) if me.end <= q.start else None
        if gap and COORDINATED.match(sent.text[gap[0]:gap[1]]) \
                and not any(gap[0] <= st.start < gap[1] for st in sent.mentions.states):
            return ctx.person_state[person.key]
    return None
