"""What the resolver writes: rewritten article graphs, judgement records and updates of other graphs.

The updates are SPARQL texts from ``ontology/queries/resolve/*.rq`` whose parameters (``?g``,
``?m``…) are replaced by escaped RDF terms (:func:`fill`): the same text runs on Oxigraph and on
a remote endpoint, inside the ingest's transaction.
"""
from __future__ import annotations

import re
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD
from rdflib.term import Node

from diplograph.graph.ids import article_iri, digest, mint
from diplograph.graph.rdf import VERSION, bind_prefixes
from diplograph.graph.resolve.model import Judgement
from diplograph.graph.resolve.weights import UNSURE
from diplograph.graph.sparqltext import mask
from diplograph.ontology import read_query
from diplograph.ontology.namespace import DIPLO

__all__ = ["fill", "new_graph", "rewrite", "add_records"]

_VAR = re.compile(r"[?$]([A-Za-z_][A-Za-z0-9_]*)")


def fill(name: str, **terms: Node) -> str:
    """The text of ``resolve/<name>.rq`` with each parameter ``?NAME`` written as its term.

    Each term is written by rdflib (``n3()``), so IRIs and literals are escaped, never pasted.
    Comments, strings and IRIs of the template are left alone.

    Raises:
        KeyError: a parameter the template does not use (a typo would otherwise go unnoticed).
    """
    text = read_query(f"resolve/{name}")
    masked = mask(text)
    used, parts, at = set(), [], 0
    for m in _VAR.finditer(masked):
        if m.group(1) in terms:
            parts += [text[at:m.start()], terms[m.group(1)].n3()]
            used.add(m.group(1))
            at = m.end()
    unused = set(terms) - used
    if unused:
        raise KeyError(f"resolve/{name} has no parameter {sorted(unused)[0]!r}")
    return "".join(parts) + text[at:]


def new_graph() -> Graph:
    # One article's triples: SimpleMemory fills ~3x faster than the default store.
    return bind_prefixes(Graph(store="SimpleMemory"))


def rewrite(g: Graph, rewrites: dict[URIRef, URIRef]) -> Graph:
    """``g`` with every IRI in ``rewrites`` replaced (as subject and as object)."""
    if not rewrites:
        return g
    out = new_graph()
    for s, p, o in g:
        out.add((rewrites.get(s, s), p, rewrites.get(o, o) if isinstance(o, URIRef) else o))
    return out


def add_records(g: Graph, article_id: str, judgements: list[Judgement]) -> None:
    """One ``dipl:Merge`` or ``dipl:UnsureMatch`` node per judgement, in the article's own graph."""
    article = article_iri(article_id)
    run = mint("run", f"{article_id}--{VERSION}")
    for j in judgements:
        unsure = j.outcome == UNSURE
        node = mint("unsure" if unsure else "merge", digest(article_id, j.kind, j.mention, j.canonical))
        g.add((node, RDF.type, DIPLO.UnsureMatch if unsure else DIPLO.Merge))
        g.add((node, DIPLO.mergeKind, Literal(j.kind)))
        g.add((node, DIPLO.mention, j.mention))
        g.add((node, DIPLO.canonical, j.canonical))
        # Oxigraph stores decimals in canonical form ("1", not "1.0"): write that form, so a
        # re-ingest compares equal triple for triple.
        score = format(Decimal(str(round(j.score, 3))).normalize(), "f")
        g.add((node, DIPLO.score, Literal(score, datatype=XSD.decimal)))
        g.add((node, DIPLO.reason, Literal(j.reason)))
        if j.replaced_date:
            g.add((node, DIPLO.replacedDate, Literal(j.replaced_date)))
        g.add((node, PROV.wasGeneratedBy, run))
        g.add((node, PROV.wasDerivedFrom, article))
