"""`to_pyvis`: a pyvis Network laid out like the fast page, offline, and with article text kept as text.

The network's own data is checked in Python; the saved HTML is opened in Debian's chromium
(playwright, as in test_browser.py) with every request outside the file refused and recorded.
"""
from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path

import pytest

from diplograph.graph.render.network import to_networkx
from diplograph.graph.render import layout
from diplograph.graph.render.pyvis import to_pyvis

from .conftest import make_extraction
from .test_browser import ARGS, CHROMIUM, PAYLOADS, TRAP

#: "href" in a title makes pyvis 0.3.2 write tooltips with innerHTML; the article text below says it.
HOSTILE = " ".join(PAYLOADS) + ' <a href="javascript:window.__pwned=6">lien</a>'


def _hostile_graph(store_with):
    ex = make_extraction(quote=HOSTILE)
    ex = replace(ex, article=replace(ex.article, title=PAYLOADS[1] + " titre"),
                 persons=(replace(ex.persons[0], name=PAYLOADS[0] + "Anna Berg"), *ex.persons[1:]))
    return to_networkx(store_with(ex))


def test_the_network_holds_the_page_layout_with_physics_off(store_with):
    g = to_networkx(store_with(make_extraction()))
    net = to_pyvis(g)
    positions = layout(g)
    assert sorted(net.get_nodes()) == sorted(g.nodes)
    assert {n["id"]: (n["x"], n["y"]) for n in net.nodes} == positions
    assert all(n["physics"] is False for n in net.nodes) and net.options.physics.enabled is False
    # One edge per kind of fact between two nodes, as on the page.
    assert len(net.get_edges()) == len({(s, o, d["label"]) for s, o, d in g.edges(data=True)})
    assert all(e["arrows"] == "to" for e in net.get_edges())


def test_the_html_is_offline_and_escaped_and_writes_nothing_else(store_with, tmp_path, monkeypatch):
    g = _hostile_graph(store_with)
    net = to_pyvis(g, heading=PAYLOADS[2])
    assert any("href" in n["title"] for n in net.nodes)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(out)
    net.write_html("graph.html")
    assert os.listdir(out) == ["graph.html"]  # pyvis's "local" mode would have copied lib/ here
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert re.findall(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page) == []
    assert "bootstrap" not in page and "popup.innerHTML" not in page
    for payload in PAYLOADS:
        assert payload not in page
    assert "&lt;svg onload=" in page  # the heading, escaped by the template


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed")
def test_the_saved_page_draws_offline_in_chromium_and_runs_no_injected_script(store_with, tmp_path, monkeypatch):
    from playwright.sync_api import sync_playwright

    g = _hostile_graph(store_with)
    monkeypatch.chdir(tmp_path)
    to_pyvis(g, heading=PAYLOADS[1]).write_html("graph.html")
    path = tmp_path / "graph.html"
    person = next(n for n, d in g.nodes(data=True) if d["label"].startswith(PAYLOADS[0]))
    statement = next(n for n, d in g.nodes(data=True) if d["type"] == "position")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.add_init_script(TRAP)
        requests, errors = [], []
        page.on("request", lambda r: requests.append(r.url))
        page.on("pageerror", lambda e: errors.append(str(e)))
        # Offline: anything but the file itself is refused (and recorded above).
        page.route(re.compile(r"^(?!file:)"), lambda route: route.abort())
        page.goto(path.as_uri())
        page.wait_for_function("() => window.network && network.body && network.body.nodeIndices.length > 0")
        assert page.evaluate("network.body.nodeIndices.length") == g.number_of_nodes()
        drawn = page.evaluate("network.getPositions()")
        expected = layout(g)  # vis-network reports whole pixels
        assert drawn.keys() == expected.keys()
        assert all(abs(drawn[n]["x"] - x) <= 1 and abs(drawn[n]["y"] - y) <= 1 for n, (x, y) in expected.items())
        page.wait_for_timeout(500)
        assert page.evaluate("network.getPositions()") == drawn  # physics off: nothing moves
        # The hostile person's label is drawn as text on the canvas; its tooltip shows the text.
        for node in (person, statement):
            x, y = page.evaluate("""id => {
                const p = network.getPositions([id])[id];
                network.moveTo({position: p, scale: 2.0, animation: false});
                const d = network.canvasToDOM(p), r = document.getElementById('mynetwork').getBoundingClientRect();
                return [r.left + d.x, r.top + d.y];
            }""", node)
            page.mouse.move(x - 40, y - 40)
            page.mouse.move(x, y)
            page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
            assert g.nodes[node]["text"] in page.inner_text("div.vis-tooltip")
        assert page.evaluate("document.querySelectorAll('img, svg, #mynetwork a, div.popup').length") == 0
        assert page.evaluate("window.__hits") == []
        assert [u for u in requests if u != path.as_uri()] == [] and errors == []
        browser.close()
