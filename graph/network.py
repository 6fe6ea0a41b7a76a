"""The store as a NetworkX graph: officials, states, organisations, meetings, positions, places.

Nodes carry a ``type``, a ``label`` and, where there is one, the ``evidence`` sentence; edges
carry a ``label`` (holds post, acts for, attended, held at, said, about...). All attributes are
plain strings so that GraphML and GEXF writers accept them.
"""
from __future__ import annotations

import networkx as nx

from diplograph.graph.store import run_query

__all__ = ["to_networkx", "write_graphml", "write_gexf"]

PREFIXES = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX dipl: <https://w3id.org/dipl/ns#>
"""
NODES = PREFIXES + """
SELECT ?n ?type ?label (SAMPLE(?ev) AS ?evidence) (SAMPLE(?aid) AS ?article) (SAMPLE(?d) AS ?date) WHERE {
  GRAPH ?g {
    ?art dipl:articleId ?aid .
    { ?n a dipl:State ; rdfs:label ?label . BIND ("state" AS ?type) }
    UNION { ?n a schema:Person ; schema:name ?label . BIND ("person" AS ?type) }
    UNION { ?n a org:Organization ; rdfs:label ?label . FILTER NOT EXISTS { ?n a dipl:State } BIND ("organization" AS ?type) }
    UNION { ?n a dipl:DiplomaticMeeting ; rdfs:label ?label . BIND ("meeting" AS ?type) OPTIONAL { ?n dipl:date ?d } }
    UNION { ?n a dipl:Statement ; schema:text ?label . BIND ("position" AS ?type) OPTIONAL { ?n schema:dateCreated ?d } }
    UNION { ?n a schema:City ; rdfs:label ?label . BIND ("place" AS ?type) }
    OPTIONAL { ?n prov:qualifiedDerivation/prov:entity/nif:anchorOf ?ev }
  }
} GROUP BY ?n ?type ?label
"""
EDGES = PREFIXES + """
SELECT DISTINCT ?s ?o ?label WHERE {
  { ?m org:member ?s ; dipl:onBehalfOf ?o . BIND ("acts for" AS ?label) }
  UNION { ?m org:member ?s ; org:organization ?o . FILTER NOT EXISTS { ?o a dipl:State } BIND ("holds post in" AS ?label) }
  UNION { ?m org:member ?s ; dipl:postedTo ?o . BIND ("posted to" AS ?label) }
  UNION { ?o sem:hasActor ?s . BIND ("attended" AS ?label) }
  UNION { ?s sem:hasPlace ?o . BIND ("held at" AS ?label) }
  UNION { ?st dipl:speaker ?s . BIND (?st AS ?o) BIND ("said" AS ?label) }
  UNION { ?s dipl:inContextOf ?o . BIND ("about" AS ?label) }
  UNION { ?s dipl:sendingState ?o . BIND ("belongs to" AS ?label) }
  UNION { ?s schema:containedInPlace ?o . BIND ("in" AS ?label) }
  UNION { ?s dipl:previousRound ?o . BIND ("previous round" AS ?label) }
}
"""


def to_networkx(store) -> nx.MultiDiGraph:
    """Project the whole store onto a directed multigraph."""
    g = nx.MultiDiGraph()
    _, nodes = run_query(store, NODES)
    for row in nodes:
        label = row["label"] if len(row["label"] or "") <= 80 else row["label"][:77] + "…"
        g.add_node(row["n"], type=row["type"], label=label or "", text=row["label"] or "",
                   evidence=row.get("evidence") or "", article=row.get("article") or "", date=row.get("date") or "")
    _, edges = run_query(store, EDGES)
    for row in edges:
        if row["s"] in g and row["o"] in g:
            g.add_edge(row["s"], row["o"], label=row["label"])
    return g


def write_graphml(g: nx.MultiDiGraph, path) -> None:
    nx.write_graphml(g, path)


def write_gexf(g: nx.MultiDiGraph, path) -> None:
    nx.write_gexf(g, path)
