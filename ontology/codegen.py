"""Regenerate ``namespace.py`` from ``diplo.ttl``: ``python -m diplograph.ontology.codegen``.

rdflib's own ``defined_namespace_creator`` needs a file path and writes to the working
directory; this keeps the output stable (sorted terms, classes first) so the drift test can
compare the generated text with the file byte for byte.
"""
from __future__ import annotations

from pathlib import Path

__all__ = ["ontology_terms", "render_namespace", "main"]

HEADER = '''"""The dipl: namespace as an rdflib DefinedNamespace.

GENERATED from ontology/diplo.ttl by ``python -m diplograph.ontology.codegen``: do not edit by
hand. ``_fail = True`` turns a misspelt term into an AttributeError, and
tests/ontology/test_namespace.py checks that this file is exactly what the generator writes.
"""
from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

__all__ = ["DIPLO", "DIPLO_IRI", "VOCAB_IRI", "ID_IRI"]

#: The dipl: namespace IRI.
DIPLO_IRI = "https://w3id.org/dipl/ns#"
#: Base of the SKOS concept schemes: ``VOCAB_IRI + "role/head_of_state"``.
VOCAB_IRI = "https://w3id.org/dipl/vocab/"
#: Base of the instance IRIs minted by diplograph.graph.ids.
ID_IRI = "https://w3id.org/dipl/id/"


class DIPLO(DefinedNamespace):
    """diplograph vocabulary: a thin layer over ORG, SEM, PROV-O, NIF, SKOS and schema.org."""

    _fail = True
'''


def ontology_terms(graph=None) -> dict[str, tuple[str, str]]:
    """Every dipl: term of diplo.ttl: local name → (``"class"`` or ``"property"``, comment)."""
    from rdflib import OWL, RDF, RDFS, URIRef

    from diplograph.ontology import load_ontology
    from diplograph.ontology.namespace import DIPLO_IRI

    g = graph if graph is not None else load_ontology()
    terms = {}
    for s in set(g.subjects(RDF.type, None)):
        if not isinstance(s, URIRef) or not str(s).startswith(DIPLO_IRI) or str(s) == DIPLO_IRI:
            continue
        kind = "class" if (s, RDF.type, OWL.Class) in g else "property"
        comment = next((str(c) for c in g.objects(s, RDFS.comment) if getattr(c, "language", None) == "en"), "")
        terms[str(s)[len(DIPLO_IRI):]] = (kind, " ".join(comment.split()))
    return terms


def render_namespace(terms: dict[str, tuple[str, str]] | None = None) -> str:
    """The text of namespace.py for ``terms`` (default: the terms of diplo.ttl)."""
    terms = terms if terms is not None else ontology_terms()
    lines = [HEADER]
    for kind, title in (("class", "classes"), ("property", "properties")):
        lines.append(f"    # {title}")
        for name in sorted(n for n, (k, _) in terms.items() if k == kind):
            lines.append(f"    {name}: URIRef  # {terms[name][1]}".rstrip())
        lines.append("")
    lines.append("    _NS = Namespace(DIPLO_IRI)")
    return "\n".join(lines) + "\n"


def main() -> None:
    target = Path(__file__).with_name("namespace.py")
    target.write_text(render_namespace(), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
