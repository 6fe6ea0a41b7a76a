"""Person scoring: can the person an article names be a person the index already knows?

A pair's score starts from the name score (diplograph.graph.resolve.names: transliterations, first-name
variants, initials, a surname alone) and adds the features of ``weights.json`` (same state, state
unknown on one side, same post). Hard rules come first and give 0: a user decision, two
different Wikidata entities, two different known states, a surname alone without a shared state
or post, or with another post.
"""
from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import ORG, OWL, RDF, SDO

from diplograph.graph.resolve.names import block_keys, compare_names, split_name
from diplograph.graph.resolve.index import Index
from diplograph.graph.resolve.model import Judgement, PersonEntry, clash, code
from diplograph.graph.resolve.weights import MERGE, UNSURE, person_weights
from diplograph.ontology.namespace import DIPLO

__all__ = ["score_person", "resolve_persons"]


def score_person(index: Index, mention: str, names: list[str], states: set[str], roles: set[str],
                 iri: str, view: PersonEntry, qids: frozenset[str] = frozenset()) -> tuple[float, str]:
    """``(score, reason)`` of the pair (the article's person ``mention``, the known person ``iri``)."""
    w = person_weights()
    if index.separate(mention, iri):
        return 0.0, "distinct-by-decision"
    if clash(set(qids), view.qids):
        return 0.0, "different-qid"
    if qids & view.qids:
        return 1.0, "same-qid"
    if states and view.states and not (states & view.states):
        return 0.0, "different-state"
    best, why = 0.0, ""
    for a in names:
        # In name order: among names of equal score (the same spelling, a transliteration) the
        # first gives the reason, so the reason must not depend on how Python orders a set.
        for b in sorted(view.names):
            m = compare_names(a, b)
            if m.score > best:
                best, why = m.score, m.reason
    if best == 0.0:
        return 0.0, why
    if not any(split_name(a).first for a in names):
        why = "surname-only"  # even when the candidate was once written the same way, alone
    same_state = bool(states & view.states)
    same_role = bool(roles & view.roles)
    if why == "surname-only" and not (same_state or same_role):
        # "M. Martin" alone says too little: a shared state or post must confirm it.
        return 0.0, "surname-only-unconfirmed"
    posts, known_posts = roles - w.generic_roles, view.roles - w.generic_roles
    if why == "surname-only" and posts and known_posts and not posts & known_posts:
        # Same surname, same state, another post (the ambassador Martin, the minister Martin).
        return 0.0, "surname-only-other-post"
    state_unknown = not (states and view.states)
    reason = why + ("+same-state" if same_state else "+state-unknown" if state_unknown else "")
    reason += "+same-post" if same_role else ""
    f = w.features
    score = best + (f["same-state"] if same_state else f["state-unknown"] if state_unknown else 0) + (
        f["same-post"] if same_role else 0)
    return round(min(score, 1.0), 3), reason


def _people(g: Graph) -> list[tuple]:
    people = []
    for p in set(g.subjects(RDF.type, SDO.Person)):
        name = str(g.value(p, SDO.name) or "")
        aliases = [str(a) for a in g.objects(p, SDO.alternateName)]
        states = {str(s) for s in g.objects(p, DIPLO.actsFor)}
        qids = frozenset(str(q) for q in g.objects(p, OWL.sameAs))
        roles = set()
        for m in g.subjects(ORG.member, p):
            roles |= {code(str(r)) for r in g.objects(m, ORG.role)}
            states |= {str(s) for s in g.objects(m, DIPLO.onBehalfOf)}
        people.append((p, name, aliases, states, roles, qids))
    return people


def resolve_persons(index: Index, g: Graph, judgements: list[Judgement]) -> dict[URIRef, URIRef]:
    """The rewrites of the article's person IRIs; appends a judgement per merge and per unsure pair."""
    w = person_weights()
    generic = w.generic_roles
    people = _people(g)
    # Persons that keep their own IRI claim it first, then the fullest names choose.
    people.sort(key=lambda x: (str(x[0]) not in index.persons, -len(split_name(x[1]).first), str(x[0])))
    rewrites: dict[URIRef, URIRef] = {}
    used: set[str] = set()
    for p, name, aliases, states, roles, qids in people:
        own = index.person_view(str(p))
        # Two Wikidata entities under one name (George Bush in 1991 and in 2005): two people.
        clashing = own is not None and (clash(set(qids), own.qids) and "qid" or clash(states, own.states))
        if own is not None and not clashing and not split_name(name).first:
            # A surname alone is one key for every Martin: the post must not clash either.
            clashing = clash(roles - generic, own.roles - generic) and "post"
        if own is not None and not clashing:
            used.add(str(p))
            continue
        candidates = set()
        for n in (name, *aliases):
            for key in block_keys(n):
                candidates |= index.person_blocks.get(key, set())
        for q in qids:
            candidates |= index.person_blocks.get(q, set())
        scored, unsure = [], []
        for iri in sorted(candidates - {str(p)} - used):
            view = index.person_view(iri)
            if view is None:
                continue
            score, reason = score_person(index, str(p), [name], states, roles, iri, view, qids)
            outcome = w.outcome(score)
            if outcome == MERGE:
                scored.append((score, iri, reason))
            elif outcome == UNSURE:
                unsure.append((score, iri, reason))
        scored.sort(reverse=True)
        surname_only = not split_name(name).first
        ambiguous = len(scored) > 1 and (surname_only or scored[1][0] >= scored[0][0] - w.tie_margin)
        if scored and not ambiguous:
            score, iri, reason = scored[0]
            rewrites[p] = URIRef(iri)
            used.add(iri)
            judgements.append(Judgement("person", p, URIRef(iri), score, reason))
            continue
        if own is not None:
            # The same key for a person acting for another state (or, for a surname alone,
            # holding another post): two people, two IRIs.
            suffix = (sorted(roles - generic)[0] if clashing == "post" else
                      code(sorted(qids)[0]).lower() if clashing == "qid" else code(sorted(states)[0]).lower())
            split = URIRef(f"{p}--{suffix}")
            rewrites[p] = split
            used.add(str(split))
        else:
            used.add(str(p))
        # Not merged: the near misses are recorded, not dropped ('diplograph merges --unsure').
        mention = rewrites.get(p, p)
        for score, iri, reason in sorted(unsure, key=lambda u: (-u[0], u[1])):
            judgements.append(Judgement("person", mention, URIRef(iri), score, reason, outcome=UNSURE))
    return rewrites
