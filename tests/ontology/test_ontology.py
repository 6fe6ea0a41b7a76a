"""The vocabulary, the generated namespace, the shapes and the queries stay consistent."""
import ast
from pathlib import Path

from rdflib import RDF, URIRef
from rdflib.namespace import OWL

import diplograph.graph
from diplograph.ontology import load_ontology, load_shapes, query_names, read_query
from diplograph.ontology.codegen import ontology_terms, render_namespace
from diplograph.ontology.namespace import DIPLO, DIPLO_IRI

GRAPH_DIR = Path(diplograph.graph.__file__).parent


def test_namespace_is_what_the_generator_writes():
    import diplograph.ontology.namespace as ns

    assert Path(ns.__file__).read_text(encoding="utf-8") == render_namespace()


def test_every_term_used_by_the_graph_layer_is_declared():
    declared = {str(s)[len(DIPLO_IRI):] for s in load_ontology().subjects() if str(s).startswith(DIPLO_IRI)}
    used = set()
    for path in GRAPH_DIR.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "DIPLO":
                used.add(node.attr)
    assert used and used <= declared, used - declared


def test_every_term_has_french_and_english_labels():
    g = load_ontology()
    for term in ontology_terms(g):
        langs = {l.language for l in g.objects(URIRef(DIPLO_IRI + term), URIRef("http://www.w3.org/2000/01/rdf-schema#label"))}
        assert {"en", "fr"} <= langs, term


def test_every_query_parses_and_has_a_header():
    from rdflib.plugins.sparql import prepareQuery

    for name in query_names():
        text = read_query(name)
        assert text.startswith(f"# name: {name}")
        prepareQuery(text)


def test_shapes_fail_on_a_broken_graph():
    from rdflib import Graph, Literal

    from diplograph.graph.validate import validate_graph

    g = Graph()
    s = URIRef("https://w3id.org/dipl/id/state/XX")
    g.add((s, RDF.type, DIPLO.State))
    g.add((s, DIPLO.alpha3, Literal("not a code")))
    conforms, report = validate_graph(g)
    assert not conforms and "alpha3" in report
    assert len(load_shapes()) > 20
