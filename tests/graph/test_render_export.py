import json
import re
import subprocess
import sys
from dataclasses import replace

import networkx as nx
import pytest

from diplograph.graph.errors import QueryError
from diplograph.graph.export import export_rdf
from diplograph.graph.render.network import (
    date_span, find_nodes, node_dates, node_states, select_view, to_networkx, trim_view, write_gexf, write_graphml,
)
from diplograph.graph.render import layout, to_html, to_notebook
from diplograph.graph.render.page import _safe_url
from diplograph.graph.validate import validate_store

from .conftest import make_extraction

PAYLOAD = '<img src=x onerror="window.__pwned=1"></script><script>window.__pwned=2</script>'
BERG = "https://w3id.org/dipl/id/person/anna-berg"
MEETING = "https://w3id.org/dipl/id/meeting/2024-05-02--isl-nor--visit"


def page_data(page: str) -> dict:
    """The JSON the page embeds (what its script reads)."""
    text = re.search(r'<script type="application/json" id="diplograph-data">(.*?)</script>', page, re.S).group(1)
    return json.loads(text)


def test_networkx_projection_and_gephi_files(store_with, tmp_path):
    g = to_networkx(store_with(make_extraction()))
    types = nx.get_node_attributes(g, "type")
    assert {"state", "person", "organization", "meeting", "position", "place"} <= set(types.values())
    labels = {d["label"] for *_, d in g.edges(data=True)}
    assert {"acts for", "holds post", "attended", "hosted at", "said", "about"} <= labels
    holds = [d for s, _, d in g.edges(data=True) if s == BERG and d["label"] == "holds post"]
    assert holds[0]["title"] == "ministre norvégienne" and holds[0]["evidence"].startswith("La ministre norvégienne")
    assert holds[0]["article"] == "a1" and holds[0]["date"] == "2024-05-02"
    assert g.nodes[MEETING]["date"] == "2024-05-02" and g.nodes[MEETING]["article_title"] == "Talks in Oslo"
    write_graphml(g, tmp_path / "g.graphml")
    write_gexf(g, tmp_path / "g.gexf")
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_nodes() == g.number_of_nodes()
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_nodes() == g.number_of_nodes()


def test_a_node_in_two_articles_lists_both_and_each_fact_keeps_its_article(store_with):
    g = to_networkx(store_with(make_extraction("a1"), make_extraction("a2", url="https://news.example.org/a2")))
    assert g.nodes[BERG]["articles"] == "a1\na2"
    acts = sorted((d["article"], d["url"]) for s, _, d in g.edges(data=True) if s == BERG and d["label"] == "acts for")
    assert acts == [("a1", ""), ("a2", "https://news.example.org/a2")]


def test_states_and_dates_of_nodes(store_with):
    g = to_networkx(store_with(make_extraction()))
    states, dates = node_states(g), node_dates(g)
    assert states[BERG] == {"NOR"} and states[MEETING] == {"ISL", "NOR"}
    assert states["https://w3id.org/dipl/id/statement/a1--p1"] == {"NOR"}  # through its speaker
    assert dates[BERG] == [("2024-05-02", "2024-05-02")] and dates["https://w3id.org/dipl/id/state/UKR"] == []
    assert date_span("2024") == ("2024-01-01", "2024-12-31") and date_span("--05-02") is None


def test_select_view_by_focus_type_state_date_and_article(store_with):
    g = to_networkx(store_with(make_extraction("a1"), make_extraction("a2")))
    size = (g.number_of_nodes(), g.number_of_edges())
    assert find_nodes(g, "anna berg") == [BERG] and find_nodes(g, "NOR") == ["https://w3id.org/dipl/id/state/NOR"]
    one_hop = select_view(g, focus="Anna Berg", hops=1)
    assert BERG in one_hop and MEETING in one_hop and "https://w3id.org/dipl/id/state/ISL" not in one_hop
    assert "https://w3id.org/dipl/id/state/ISL" in select_view(g, focus="Anna Berg", hops=2)
    assert {d["type"] for _, d in select_view(g, types=["person"]).nodes(data=True)} == {"person"}
    assert set(select_view(g, states=["isl"])) == {"https://w3id.org/dipl/id/person/jon-olafsson", MEETING,
                                                   "https://w3id.org/dipl/id/state/ISL"}
    later = select_view(g, since="2024-06")
    assert MEETING not in later and "https://w3id.org/dipl/id/state/UKR" in later  # undated nodes stay
    assert MEETING in select_view(g, since="2024-05-02", until="2024-05")
    only_a2 = select_view(g, articles=["a2"])
    assert "https://w3id.org/dipl/id/statement/a1--p1" not in only_a2
    assert {d["article"] for *_, d in only_a2.edges(data=True)} == {"a2"}
    assert (g.number_of_nodes(), g.number_of_edges()) == size  # the input is left alone


@pytest.mark.parametrize("kwargs, message", [
    ({"focus": "Zorro"}, "no node is named 'Zorro'"),
    ({"focus": "o"}, "nodes match 'o'"),
    ({"since": "2024-13"}, "since date '2024-13' is not a valid date"),
    ({"until": "yesterday"}, "until date 'yesterday'"),
    ({"types": ["treaty"]}, "unknown node type 'treaty'"),
    ({"focus": "Anna Berg", "hops": -1}, "hops must be 0 or more"),
])
def test_bad_view_requests_say_what_is_wrong(store_with, kwargs, message):
    g = to_networkx(store_with(make_extraction()))
    with pytest.raises(QueryError, match=re.escape(message)):
        select_view(g, **kwargs)


def test_trim_view_keeps_the_most_linked_and_says_what_it_left_out(store_with):
    g = to_networkx(store_with(make_extraction()))
    small, note = trim_view(g, 4)
    assert small.number_of_nodes() == 4 and MEETING in small and BERG in small
    assert note.startswith(f"The graph has {g.number_of_nodes()} nodes; this view shows the 4 most linked")
    assert "--focus NAME" in note and "--max-nodes" in note
    assert trim_view(g, 100) == (g, "")


def test_layout_is_deterministic_and_spreads_nodes():
    g = nx.MultiDiGraph()
    nx.add_path(g, [f"n{i}" for i in range(400)])  # bigger than SMALL: the grid layout runs
    g.add_edges_from([("a", "b"), ("c", "c")])  # a second part and a lone node with a loop
    first, second = layout(g), layout(g)
    assert first == second and set(first) == set(g)
    xs = sorted({p for p in first.values()})
    assert len(xs) == g.number_of_nodes()  # no two nodes on the same spot


def test_page_is_offline_and_escapes_article_text(store_with):
    ex = make_extraction(quote=PAYLOAD, url="javascript:window.__pwned=3")
    ex = replace(ex, article=replace(ex.article, title=PAYLOAD))
    page = to_html(to_networkx(store_with(ex)), title=PAYLOAD)
    assert re.findall(r"""(?:src|href)\s*=\s*["']?(?!data:)[a-z]+:""", page, re.I) == []
    assert "cdn.jsdelivr" not in page and "vis-network" in page
    assert "default-src 'none'" in page
    assert PAYLOAD not in page and "<img" not in page and "</script><script>" not in page
    assert len(re.findall(r"^<script", page, re.M)) == 3  # the data, vis-network, the page's own script
    data = page_data(page)
    assert PAYLOAD in data["sentences"] or any(n[2] == PAYLOAD for n in data["nodes"])
    assert data["articles"][0][1] == PAYLOAD and data["articles"][0][2] == ""  # no javascript: link
    assert "<title>&lt;img src=x" in page


def test_page_data_merges_parallel_facts_into_one_drawn_edge(store_with):
    g = to_networkx(store_with(make_extraction("a1"), make_extraction("a2")))
    data = page_data(to_html(g))
    assert len(data["nodes"]) == g.number_of_nodes() and len(data["facts"]) == g.number_of_edges()
    assert len(data["edges"]) == len({(s, o, d["label"]) for s, o, d in g.edges(data=True)})
    assert [a[0] for a in data["articles"]] == ["a1", "a2"]


def test_big_graph_page_says_what_it_left_out(store_with):
    data = page_data(to_html(to_networkx(store_with(make_extraction())), max_nodes=3))
    assert len(data["nodes"]) == 3 and "leaves out 6" in data["notice"]


@pytest.mark.parametrize("url, safe", [
    ("https://news.example.org/a?b=1", True), ("http://x.org", True), ("javascript:alert(1)", False),
    ("JavaScript:alert(1)", False), (" javascript:alert(1)", False), ("data:text/html,x", False),
    ("https://x.org/\njavascript:", False), ("//x.org", False), ("", False),
])
def test_only_http_urls_become_links(url, safe):
    assert (_safe_url(url) != "") is safe


def test_notebook_view_is_a_sandboxed_frame(store_with):
    frame = to_notebook(to_networkx(store_with(make_extraction(quote=PAYLOAD))), height=500)._repr_html_()
    assert frame.startswith('<iframe srcdoc="&lt;!DOCTYPE html&gt;') and 'sandbox="allow-scripts allow-popups"' in frame
    assert "<script" not in frame and "height:500px" in frame


def _cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "diplograph.graph", *map(str, args)], capture_output=True, text=True)


def test_render_command_narrows_the_view_and_reports_bad_requests(store_with, tmp_path):
    db = store_with(make_extraction())
    store = tmp_path / "store"
    del db  # the command opens the store itself (read-only)
    page = tmp_path / "g.html"
    proc = _cli("render", "-o", page, "--store", store, "--focus", "Anna Berg", "--hops", "1", "--type", "person",
                "--type", "meeting")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("2 nodes (of 9)")
    assert sorted(n[1] for n in page_data(page.read_text(encoding="utf-8"))["nodes"]) == ["Anna Berg",
                                                                                       "visit 2024-05-02 Oslo"]
    proc = _cli("render", "-o", page, "--store", store, "--max-nodes", "3")
    assert proc.returncode == 0 and proc.stderr.startswith("warning: The graph has 9 nodes")
    proc = _cli("render", "-o", page, "--store", store, "--since", "2024-02-30")
    assert proc.returncode == 1 and proc.stderr.strip().splitlines() == [
        "error: since date '2024-02-30' is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)"]


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
