"""Places and organisations: the same Wikidata QID or GeoNames id is the same thing.

A capital written as its state's name ("à Koweït") is minted under its own key by the gazetteer;
when the state has one capital it is that GeoNames city (diplograph.graph.resolve.index.capital_aliases).
"""
from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SDO

from diplograph.graph.ids import BASE
from diplograph.graph.resolve.index import Index
from diplograph.graph.resolve.model import Judgement
from diplograph.ontology.namespace import DIPLO

__all__ = ["resolve_codes"]


def resolve_codes(index: Index, g: Graph, judgements: list[Judgement]) -> dict[URIRef, URIRef]:
    """The rewrites of the article's place and organisation IRIs; appends a judgement per merge."""
    rewrites: dict[URIRef, URIRef] = {}
    for n in {s for s in g.subjects() if str(s) in index.aliases}:
        target = URIRef(index.aliases[str(n)])
        if not index.separate(str(n), str(target)):
            rewrites[n] = target
            judgements.append(Judgement("place", n, target, 1.0, "same-geonames-city"))
    for n, code in g.subject_objects(SDO.sameAs):
        if (n, RDF.type, DIPLO.State) in g or n in rewrites:
            continue
        known = sorted(i for i in index.codes.get(str(code), {}) if i != str(n) and not index.separate(str(n), i))
        if known:
            kind = "place" if str(n).startswith(BASE + "place/") else "organization"
            rewrites[n] = URIRef(known[0])
            judgements.append(Judgement(kind, n, URIRef(known[0]), 1.0, "same-qid"))
    return rewrites
