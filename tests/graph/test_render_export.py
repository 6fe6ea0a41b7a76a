import networkx as nx

from diplograph.graph.export import export_rdf
from diplograph.graph.network import to_networkx, write_gexf, write_graphml
from diplograph.graph.render import to_html
from diplograph.graph.validate import validate_store

from .conftest import make_extraction

PAYLOAD = '<img src=x onerror="window.__pwned=1">'


def test_networkx_projection_and_gephi_files(store_with, tmp_path):
    g = to_networkx(store_with(make_extraction()))
    types = nx.get_node_attributes(g, "type")
    assert {"state", "person", "organization", "meeting", "position", "place"} <= set(types.values())
    assert any(d["label"] == "attended" for *_, d in g.edges(data=True))
    write_graphml(g, tmp_path / "g.graphml")
    write_gexf(g, tmp_path / "g.gexf")
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_nodes() == g.number_of_nodes()
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_nodes() == g.number_of_nodes()


def test_page_is_offline_and_escapes_article_text(store_with):
    page = to_html(to_networkx(store_with(make_extraction(quote=PAYLOAD))))
    assert "<script src=\"http" not in page and "<link href=\"http" not in page
    assert "cdn.jsdelivr" not in page and "vis-network" in page
    assert PAYLOAD not in page


def test_rdf_exports_round_trip(store_with):
    from rdflib import Dataset, Graph

    db = store_with(make_extraction())
    n = len(db)
    assert len(Graph().parse(data=export_rdf(db, "turtle"), format="turtle")) == n
    assert len(Graph().parse(data=export_rdf(db, "nt"), format="nt")) == n
    ds = Dataset()
    ds.parse(data=export_rdf(db, "trig"), format="trig")
    assert len(list(ds.quads((None, None, None, None)))) == n
    assert export_rdf(db, "jsonld").lstrip().startswith(("[", "{"))


def test_shapes_pass_on_good_data(store_with):
    conforms, report = validate_store(store_with(make_extraction()))
    assert conforms, report
