"""The diplograph ontology as data: the dipl: vocabulary, SHACL shapes and SPARQL queries.

Everything here is read by name through :mod:`importlib.resources`, so it works from
a wheel as well as from a checkout; nothing is read at import time.
"""
from __future__ import annotations

from importlib import resources

from diplograph.ontology.namespace import DIPLO, DIPLO_IRI, ID_IRI, VOCAB_IRI

__all__ = [
    "DIPLO",
    "DIPLO_IRI",
    "ID_IRI",
    "VOCAB_IRI",
    "PREFIXES",
    "read_query",
    "query_names",
    "load_ontology",
    "load_shapes",
    "ontology_text",
]

#: Prefixes bound on every graph we build and offered to user SPARQL.
PREFIXES = {
    "dipl": DIPLO_IRI,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "org": "http://www.w3.org/ns/org#",
    "time": "http://www.w3.org/2006/time#",
    "schema": "https://schema.org/",
    "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "wd": "http://www.wikidata.org/entity/",
    "role": VOCAB_IRI + "role/",
    "mkind": VOCAB_IRI + "meeting-kind/",
    "mstatus": VOCAB_IRI + "meeting-status/",
    "tenure": VOCAB_IRI + "tenure/",
    "qtype": VOCAB_IRI + "quote-type/",
    "skind": VOCAB_IRI + "speaker-kind/",
    "method": VOCAB_IRI + "method/",
    "amode": VOCAB_IRI + "assertion-mode/",
    "okind": VOCAB_IRI + "organization-kind/",
    "state": ID_IRI + "state/",
    "person": ID_IRI + "person/",
    "meeting": ID_IRI + "meeting/",
    "article": ID_IRI + "article/",
}


def _package():
    return resources.files("diplograph.ontology")


def ontology_text() -> str:
    """The Turtle source of the dipl: vocabulary (``diplo.ttl``)."""
    return (_package() / "diplo.ttl").read_text(encoding="utf-8")


def query_names() -> list[str]:
    """Names of the bundled SPARQL queries, sorted (``queries/<name>.rq``)."""
    folder = _package() / "queries"
    return sorted(p.name[:-3] for p in folder.iterdir() if p.name.endswith(".rq"))


def read_query(name: str) -> str:
    """The text of a bundled SPARQL query.

    Named questions (``ask``) sit at the top of ``queries/``; the queries the library runs for
    itself sit in one folder per family (``queries/resolve/``, ``queries/network/``…) so that
    ``ask`` does not offer them.

    Args:
        name: File stem under ``queries/``, e.g. ``"officials"``, or ``"family/stem"`` for an
            internal query, e.g. ``"resolve/names"``.

    Returns:
        The query text, header comment included.

    Raises:
        KeyError: No query has that name; the message lists the names.
    """
    family, _, stem = name.rpartition("/")
    path = _package() / "queries"
    if family:
        path = path / family
    path = path / f"{stem}.rq"
    if "." in family or not path.is_file():
        raise KeyError(f"unknown query {name!r}; known: {', '.join(query_names())}")
    return path.read_text(encoding="utf-8")


def load_ontology():
    """The dipl: vocabulary as an :class:`rdflib.Graph`."""
    import rdflib

    return rdflib.Graph().parse(data=ontology_text(), format="turtle")


def load_shapes():
    """The SHACL shapes (``shapes.ttl``) as an :class:`rdflib.Graph`."""
    import rdflib

    text = (_package() / "shapes.ttl").read_text(encoding="utf-8")
    return rdflib.Graph().parse(data=text, format="turtle")
